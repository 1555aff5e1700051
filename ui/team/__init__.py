"""Team mode's screens: signing in, users and departments, the server and moving to it."""
