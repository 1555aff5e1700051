"""Item models that hold ids and a row cache, fed by services."""
