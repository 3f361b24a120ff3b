"""Unit of work: one transaction per use case; repositories never commit."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlmodel import Session


class UnitOfWork:
    """Hands out sessions that commit on success and roll back on any error."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        """Yield a session in one transaction; commit when the block exits cleanly."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"
