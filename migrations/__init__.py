"""Alembic migrations of factdb's schema (shipped in the wheel as `factdb.migrations`)."""
