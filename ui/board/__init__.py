"""The "Draf & Persetujuan" board's cards (model and painting)."""
