"""The desktop interface: the only package that imports PySide6.

Importing it first spares every later import PySide6's search of the module's
source (`ui/import_cost.py`).
"""

from ui.import_cost import skip_feature_scan

skip_feature_scan()
