"""The Media section: its page, the library's grid, filters, thumbnails and imports."""
