"""Dialogs that edit one record each, plus the application's small dialogs."""
