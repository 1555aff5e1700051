"""Team mode: the shared server, its departments, accounts and permissions, changes by others."""
