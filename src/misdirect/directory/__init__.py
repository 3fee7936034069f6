"""The customer directory: SQLAlchemy tables plus an in-memory mailbox index."""

from misdirect.directory.index import CustomerEntry, MailboxIndex, Neighbour
from misdirect.directory.loading import InvalidAddressRow, LoadReport, load_customers
from misdirect.directory.store import Directory, UpsertReport

__all__ = ["CustomerEntry", "Directory", "InvalidAddressRow", "LoadReport", "MailboxIndex",
           "Neighbour", "UpsertReport", "load_customers"]
