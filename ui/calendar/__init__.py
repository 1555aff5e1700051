"""Calendar views: month grid, week timeline (the agenda is a table in the page)."""
