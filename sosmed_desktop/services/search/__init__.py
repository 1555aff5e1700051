"""One search over posts, leadership directions and data notes, on either engine."""
