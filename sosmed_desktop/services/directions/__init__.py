"""Leadership directions and data notes, with the files kept beside them."""
