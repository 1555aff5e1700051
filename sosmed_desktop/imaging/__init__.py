"""Pillow work: opening files safely, reading metadata, thumbnails and renders."""
