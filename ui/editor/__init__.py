"""The post editor window and its parts (details, captions, photos, checks, preview,
approval, history), plus the manager that opens, finds and recovers editors."""
