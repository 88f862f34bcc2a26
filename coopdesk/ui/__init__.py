"""PySide6 user interface: the only layer that imports QtWidgets/QtGui."""
