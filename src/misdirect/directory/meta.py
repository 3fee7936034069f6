"""The directory's bookkeeping rows (``misdirect_meta``: schema version, revision, identity),
and a read of them from a SQLite file with the standard library alone.

`SnapshotDirectory` compares these with an index snapshot before it maps one, so that a
``misdirect check`` from a current snapshot needs neither SQLAlchemy nor the ORM tables.
"""

from __future__ import annotations

import sqlite3
import urllib.parse
from dataclasses import dataclass

__all__ = ["META_TABLE", "SCHEMA_VERSION", "Meta", "read_sqlite_meta"]

#: The version of the tables `Directory.create_schema` makes (misdirect.directory.schema).
SCHEMA_VERSION = 2
META_TABLE = "misdirect_meta"


@dataclass(frozen=True)
class Meta:
    """What ``misdirect_meta`` says, as `Directory` reads it: ``revision`` counts the writes,
    ``directory_id`` tells two directories apart; ``schema_version`` None when not recorded."""

    schema_version: int | None
    revision: int
    directory_id: str


def read_sqlite_meta(path: str) -> Meta:
    """The meta rows of the SQLite file at ``path``, read in one read-only transaction (the file
    is never created or written). Raises `sqlite3.Error` or `ValueError` when the file is not a
    directory this code can read; the caller then opens it the usual way, which says why."""
    uri = f"file:{urllib.parse.quote(path)}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=5.0, isolation_level=None)
    try:
        rows = dict(conn.execute(
            f"SELECT key, value FROM {META_TABLE} "  # noqa: S608 - a constant, not input
            "WHERE key IN ('schema_version', 'revision', 'directory_id')").fetchall())
    finally:
        conn.close()
    version = rows.get("schema_version")
    return Meta(schema_version=None if version is None else int(version),
                revision=int(rows.get("revision") or 0),
                directory_id=str(rows.get("directory_id") or ""))
