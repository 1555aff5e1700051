"""Finding posts: the search dialog (Ctrl+F) over the core's full-text search."""
