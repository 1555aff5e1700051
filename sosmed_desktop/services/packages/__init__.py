"""Post packages (export and import) and the monthly report."""
