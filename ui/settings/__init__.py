"""The settings dialog, the officer's profile and the welcome of a new data folder."""
