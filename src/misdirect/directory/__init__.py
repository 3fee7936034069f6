"""The customer directory: SQLAlchemy tables plus an in-memory mailbox index.

The names are imported on first use (PEP 562): the index types do not bring in SQLAlchemy, so a
check that maps an index snapshot does not import it unless it reads the database.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS: dict[str, str] = {
    **dict.fromkeys(("CustomerEntry", "MailboxIndex", "Neighbour"), "misdirect.directory.index"),
    **dict.fromkeys(("InvalidAddressRow", "LoadReport", "load_customers"),
                    "misdirect.directory.loading"),
    **dict.fromkeys(("Directory", "UpsertReport"), "misdirect.directory.store"),
}

__all__ = ["CustomerEntry", "Directory", "InvalidAddressRow", "LoadReport", "MailboxIndex",
           "Neighbour", "UpsertReport", "load_customers"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'misdirect.directory' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})


if TYPE_CHECKING:
    from misdirect.directory.index import CustomerEntry, MailboxIndex, Neighbour
    from misdirect.directory.loading import InvalidAddressRow, LoadReport, load_customers
    from misdirect.directory.store import Directory, UpsertReport
