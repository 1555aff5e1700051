"""The image studio: crop to a preset, text and logo on the photo, its renders and batches."""
