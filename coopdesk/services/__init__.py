"""Use cases over the store: validation, queries returning DTOs, money maths."""
