"""Team mode's screens: signing in, the first administrator, users and departments."""
