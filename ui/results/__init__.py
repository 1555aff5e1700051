"""The platforms' results: importing their export files, and reading the figures back."""
