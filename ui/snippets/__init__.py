"""Saved hashtag groups and caption snippets: the dialog that keeps them, with undo."""
