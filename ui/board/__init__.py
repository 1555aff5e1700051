"""The "Draf & Persetujuan" section: its page and the board's cards (model and painting)."""
