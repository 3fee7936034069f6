"""What the incident workflow leaves behind: `AddressEvent` (who did what to an address, when,
why) and `AddressState` (an address of a customer as stored, with its verification state).

`Directory` writes an event in the same transaction as every verify, unverify, misdirected mark
and allowlist change, and reads them back with `Directory.address_events`; ``misdirect customer
show`` prints them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = ["EVENT_ACTIONS", "AddressEvent", "AddressState"]

#: The actions an event records, and the words ``misdirect customer show`` uses for them.
EVENT_ACTIONS = {
    "verified": "marked verified",
    "unverified": "marked unverified",
    "misdirected": "marked misdirected",
    "misdirected_cleared": "misdirected mark cleared",
    "allowed": "allowed as a shared mailbox",
    "allow_removed": "removed from the shared mailboxes",
}


def utc(value: dt.datetime | None) -> dt.datetime | None:
    """A stored (naive UTC) time as an aware UTC datetime."""
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


@dataclass(frozen=True)
class AddressEvent:
    """One step taken on a customer's address. ``by`` is "" when the caller did not say."""

    address: str
    action: str
    by: str
    at: dt.datetime
    note: str = ""

    def describe(self) -> str:
        """``2026-12-03 12:40 UTC  marked misdirected by alice: "went to a namesake"``."""
        who = f" by {self.by}" if self.by else ""
        why = f": {self.note}" if self.note else ""
        return (f"{self.at:%Y-%m-%d %H:%M} UTC  {self.address} "
                f"{EVENT_ACTIONS.get(self.action, self.action)}{who}{why}")


@dataclass(frozen=True)
class AddressState:
    """An address on a customer's record as stored: ``verification`` is "verified",
    "unverified" or "unknown"; a ``misdirected`` address is a mark, not one of the customer's
    addresses any more."""

    address: str
    mailbox_key: str
    verification: str
    verified_at: dt.datetime | None
    misdirected: bool
    added_at: dt.datetime | None
    #: When a sync removed it (a former address, see docs/directory.md); None: today's.
    removed_at: dt.datetime | None = None
