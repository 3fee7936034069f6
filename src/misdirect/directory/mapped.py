"""`SnapshotDirectory`: a SQLite directory answered from its current index snapshot, opened
without SQLAlchemy, for one-shot commands (``misdirect check``).

Importing SQLAlchemy and declaring the tables costs a few hundred milliseconds, most of a cold
``misdirect check`` once the index itself is mapped. A check reads nothing from the database but
the revision and identity that say whether the snapshot is current, and those are two rows the
standard library's sqlite3 reads. So `open_snapshot_directory` reads them, maps the snapshot
when it was built at that revision of that directory, and returns None in every other case (no
snapshot, a stale one, another schema version, a file it cannot read): the caller then opens a
`Directory` as before, which rebuilds the index and says why. A corrupt snapshot raises
`SnapshotError`, as it does through `Directory`.

A `SnapshotDirectory` only looks up: it has no writes, no freshness probe and no database reads
(`Directory.get`); the lookups are `IndexLookups`, the same code as `Directory`'s.
"""

from __future__ import annotations

import os
import sqlite3
import time
from typing import TYPE_CHECKING, Any

from misdirect.directory.lookups import IndexLookups, file_identity, file_problem
from misdirect.directory.meta import SCHEMA_VERSION, read_sqlite_meta
from misdirect.errors import DirectoryError, StaleSnapshotError

if TYPE_CHECKING:
    from pathlib import Path

    from misdirect.directory.index import MailboxIndex
    from misdirect.models import Customer

__all__ = ["SnapshotDirectory", "open_snapshot_directory"]


class SnapshotDirectory(IndexLookups):
    """The lookups of a SQLite directory over its mapped index snapshot (read-only)."""

    def __init__(self, file: str, index: MailboxIndex, *, snapshot: Path, origin: str,
                 file_id: tuple[int, int], revision: int) -> None:
        #: The revision the snapshot was built at, which the file was at when it was opened.
        self.revision = revision
        self._file = file
        self._file_id = file_id
        self._index = index
        self._snapshot = snapshot
        #: Where the index came from (the CLI prints it), as `Directory.index_origin`.
        self.index_origin: str | None = origin
        #: Seconds it took to map the snapshot (the CLI prints them).
        self.index_seconds = 0.0
        self._records: dict[str, tuple[Any, Customer]] = {}

    @property
    def index(self) -> MailboxIndex:
        return self._index

    @property
    def url(self) -> str:
        return f"sqlite:///{self._file}"

    def health(self) -> DirectoryError | None:
        """As `Directory.health`: a problem when the SQLite file was deleted or replaced since
        the snapshot was found current (there is no freshness probe to fail)."""
        return file_problem(self._file, self._file_id)

    def close(self) -> None:
        """Nothing to close: the mapped pages go with the index."""

    def __enter__(self) -> SnapshotDirectory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SnapshotDirectory({self._file!r}, snapshot={str(self._snapshot)!r})"


def open_snapshot_directory(file: str | os.PathLike[str],
                            snapshot: str | os.PathLike[str]) -> SnapshotDirectory | None:
    """The SQLite directory in ``file`` over the snapshot in folder ``snapshot`` when that
    snapshot was built at the file's current revision from this directory; None otherwise (the
    caller opens a `Directory`, which says why the snapshot was not used). Raises
    `SnapshotError` when the snapshot is current by its manifest but corrupt."""
    from pathlib import Path

    from misdirect.directory.snapshot import MANIFEST, index_for

    path, folder = os.path.abspath(os.fspath(file)), Path(snapshot)
    if not (folder / MANIFEST).is_file():
        return None
    try:
        file_id = file_identity(path)
        meta = read_sqlite_meta(path)
    except (OSError, sqlite3.Error, ValueError):
        return None
    if meta.schema_version != SCHEMA_VERSION:  # an older one is migrated by Directory.connect
        return None

    started = time.perf_counter()
    try:  # on_stale="error": a snapshot that is not current raises, nothing is built
        index, origin = index_for(folder, revision=meta.revision,
                                  directory_id=meta.directory_id, source=f"sqlite:///{path}",
                                  on_stale="error", build=None)
    except StaleSnapshotError:
        return None
    directory = SnapshotDirectory(path, index, snapshot=folder, origin=origin, file_id=file_id,
                                  revision=meta.revision)
    directory.index_seconds = time.perf_counter() - started
    return directory
