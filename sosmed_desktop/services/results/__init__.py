"""Results of posts from the platforms' own export files (reading, matching, importing)."""
