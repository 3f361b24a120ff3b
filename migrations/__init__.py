"""Alembic migrations (run with `qbot db upgrade`)."""
