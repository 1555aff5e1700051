"""Searching posts, directions and data notes: the search window (Ctrl+F) over the core's search."""
