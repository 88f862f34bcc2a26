"""Pure domain: enums and value types, no framework imports."""
