"""Plain types and rules of the product: no I/O, no database, no Qt."""
