"""The Kalender section: its page, the month grid, the week timeline and the agenda table."""
