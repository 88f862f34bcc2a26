"""Data in and out: spreadsheets (XLSX, CSV) and volunteer bundles, through the services."""
