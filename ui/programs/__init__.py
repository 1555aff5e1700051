"""The programs editor: the department's programs with their calendar colours."""
