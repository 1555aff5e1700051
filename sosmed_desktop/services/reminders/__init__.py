"""Reminders derived from the data: kept in line with it, read for the scheduler and the page."""
