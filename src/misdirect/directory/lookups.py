"""The checks' lookups over a directory's in-memory index, shared by `Directory` and by
`SnapshotDirectory` (a current index snapshot of a SQLite file, opened without SQLAlchemy).

Nothing here reads the database: every answer comes from ``self.index``.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import TYPE_CHECKING

from misdirect.errors import DirectoryError, UnknownCustomerError
from misdirect.models import Customer, _customer_from_index

if TYPE_CHECKING:
    from misdirect.directory.index import CustomerEntry, IndexAt, MailboxIndex, Neighbour

__all__ = ["IndexLookups", "file_identity", "file_problem"]

#: Records `IndexLookups.record` keeps validated (a few MB at most).
_RECORD_CACHE = 4096


class IndexLookups:
    """`record`, `customer`, `owners`, `near`, `with_name`, `name_count`, `namesake_count` and
    `at` over ``self.index`` (a `MailboxIndex`), for a subclass that provides it."""

    _records: dict[str, tuple[CustomerEntry, Customer]]

    @property
    def index(self) -> MailboxIndex:  # pragma: no cover - every subclass has its own
        raise NotImplementedError

    def record(self, customer_id: str) -> Customer:
        """The customer as the checks see it, from the in-memory index (no database read):
        name, addresses on record, flags, notes and personal-data fields. `Directory.get` reads
        the complete row from the database. Raises `UnknownCustomerError`."""
        e = self.customer(customer_id)
        # The content scan asks for the record of every message: the validated Customer is kept
        # per index entry (entries are immutable, and a changed customer is a new entry), so a
        # batch of one customer's sends validates it once, not once per send.
        cached = self._records.get(customer_id)
        if cached is not None and cached[0] is e:
            return cached[1]
        record = _customer_from_index(e.id, e.full_name, [a for a, _k in e.addresses],
                                      list(e.flags), list(e.notes), e.personal)
        if len(self._records) >= _RECORD_CACHE:
            self._records.clear()
        self._records[customer_id] = (e, record)
        return record

    def at(self, when: dt.datetime) -> IndexAt:
        """The checks' lookups over the directory as it was at ``when`` (naive UTC, or aware):
        a customer's addresses then, and who owned a mailbox then (`IndexAt`)."""
        return self.index.at(when)

    def customer(self, customer_id: str) -> CustomerEntry:
        """The indexed view of a customer. Raises `UnknownCustomerError`."""
        entry = self.index.customer(customer_id)
        if entry is None:
            raise UnknownCustomerError(customer_id)
        return entry

    def owners(self, key: str) -> list[CustomerEntry]:
        return self.index.owners(key)

    def near(self, key: str, *, max_distance: int = 1) -> list[Neighbour]:
        return self.index.near(key, max_distance=max_distance)

    def with_name(self, name_key_: str) -> list[CustomerEntry]:
        return self.index.with_name(name_key_)

    def name_count(self, name_key_: str) -> int:
        return self.index.name_count(name_key_)

    def namesake_count(self, full_name: str, *, exclude: str | None = None,
                       limit: int = 100) -> int:
        """Customers other than ``exclude`` with exactly this full name, up to ``limit``."""
        return self.index.namesake_count(full_name, exclude=exclude, limit=limit)


def file_identity(path: str) -> tuple[int, int]:
    """``(st_dev, st_ino)`` of a file: which file a path named when it was opened."""
    st = os.stat(path)
    return st.st_dev, st.st_ino


def file_problem(path: str, opened: tuple[int, int]) -> DirectoryError | None:
    """Why the SQLite file at ``path`` is no longer the file ``opened`` (deleted, replaced, or
    not checkable), or None when it still is (one stat call)."""
    try:
        now = file_identity(path)
    except FileNotFoundError:
        return DirectoryError(
            f"the SQLite file {path} was deleted while the directory was open; nothing is read "
            "from or written to it any more")
    except OSError as e:
        return DirectoryError(f"cannot check the SQLite file {path}: {e}")
    if now != opened:
        return DirectoryError(f"the SQLite file {path} was replaced by another file while the "
                              "directory was open; connect again to use the new one")
    return None
