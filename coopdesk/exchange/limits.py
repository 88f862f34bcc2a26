"""Size limits for files read from outside: checked before any parser sees the content."""

from __future__ import annotations

MB = 1024 * 1024

# A CSV or XLSX file offered for import (on disk).
MAX_INPUT_FILE_BYTES = 50 * MB
# Excel's own limit for the text of one cell; a longer cell is refused, not cut.
MAX_CELL_CHARS = 32_767
# Rows and columns of one table (a sheet or a CSV file).
MAX_ROWS = 500_000
MAX_COLUMNS = 1_000

# XLSX (a zip of XML parts), checked with zipfile before openpyxl opens it. Python's
# zipfile never inflates a member past its declared size (the CRC check fails), so
# checking the declared sizes bounds what openpyxl can be made to read.
MAX_XLSX_MEMBERS = 2_000
MAX_XLSX_MEMBER_BYTES = 200 * MB
MAX_XLSX_TOTAL_BYTES = 400 * MB
# Uncompressed / compressed size of one member; real sheets stay well below 100.
MAX_COMPRESSION_RATIO = 200
# Members smaller than this are never refused for their ratio (tiny parts compress oddly).
RATIO_CHECK_FROM_BYTES = 1 * MB

# Volunteer bundles (.coopdesk zip files).
MAX_BUNDLE_FILE_BYTES = 2_000 * MB
MAX_BUNDLE_MEMBERS = 20_000
MAX_BUNDLE_RECORDS_BYTES = 100 * MB
MAX_BUNDLE_TOTAL_BYTES = 4_000 * MB
