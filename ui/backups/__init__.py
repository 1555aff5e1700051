"""Backups and restores, and what happens when the database is found damaged at start-up."""
