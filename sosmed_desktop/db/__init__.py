"""Persistence: ORM mapping, engine set-up, unit of work and migrations.

Nothing outside this package knows which database engine is in use.
"""
