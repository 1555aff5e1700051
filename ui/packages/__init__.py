"""The Paket section: export and import of post packages, the monthly report, charts."""
