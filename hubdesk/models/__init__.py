"""Domain model: SQLAlchemy mappings, enumerations, validation and domain rules.

Nothing in this package imports Qt (enforced by import-linter).
"""
