"""Qt item models over service DTOs (no queries inside)."""
