"""Reusable widgets: pickers, optional dates, multilingual editors, table panels."""
