"""The Paket page's parts: export and import of post packages, the monthly report, charts."""
