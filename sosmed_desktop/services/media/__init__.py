"""The media library and the image studio: bringing files in, browsing them, rendering photos."""
