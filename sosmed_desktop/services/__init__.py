"""Use cases: functions that take a unit of work, return plain data, raise domain errors."""
