"""The department's word list for the spell checker."""
