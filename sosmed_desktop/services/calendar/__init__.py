"""The calendar: reading posts by month, week and agenda, marked days, programs, the .ics file."""
