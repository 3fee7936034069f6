"""Tables of the customer directory (SQLAlchemy 2.0 declarative).

``addresses.mailbox_key`` is the normalized key every lookup uses; it is indexed. A customer's
addresses are replaced on upsert, but an address that stays keeps its row, and so its verification
state and history; an address an upsert no longer lists keeps its row too, with ``removed_at``
set (the directory as it was, see docs/directory.md).

Schema versions: 1 had no ``added_at``/``removed_at``; `Directory.create_schema` (every
``Directory.connect(url)``, the default ``create=True``) adds them to a version-1 database.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from misdirect.directory.meta import META_TABLE, SCHEMA_VERSION

__all__ = ["AddressEventRow", "AddressRow", "Base", "CustomerRow", "MetaRow", "SCHEMA_VERSION",
           "SharedMailboxRow"]



def _exact(length: int) -> String:
    """A string compared byte for byte everywhere. MariaDB/MySQL default to case- and
    accent-insensitive collations, under which ids ``abc-1``/``ABC-1`` and mailbox keys
    ``jörg@``/``jorg@`` would collide in unique indexes."""
    return String(length).with_variant(mysql.VARCHAR(length, collation="utf8mb4_bin"),
                                       "mysql", "mariadb")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class CustomerRow(Base):
    __tablename__ = "misdirect_customers"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(_exact(200), unique=True)
    full_name: Mapped[str] = mapped_column(String(500), default="")
    name_key: Mapped[str] = mapped_column(String(500), default="", index=True)
    city: Mapped[str | None] = mapped_column(String(200))
    postal_address: Mapped[str | None] = mapped_column(String(500))
    postal_code: Mapped[str | None] = mapped_column(String(32))
    phone: Mapped[str | None] = mapped_column(String(64))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    national_id: Mapped[str | None] = mapped_column(String(64))
    customer_number: Mapped[str | None] = mapped_column(String(64))
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[list[str]] = mapped_column(JSON, default=list)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    addresses: Mapped[list[AddressRow]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", passive_deletes=True)


class AddressRow(Base):
    __tablename__ = "misdirect_addresses"
    __table_args__ = (
        UniqueConstraint("customer_pk", "mailbox_key", name="uq_misdirect_address_customer_key"),
        Index("ix_misdirect_addresses_mailbox_key", "mailbox_key"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    customer_pk: Mapped[int] = mapped_column(
        ForeignKey("misdirect_customers.pk", ondelete="CASCADE"), index=True)
    address: Mapped[str] = mapped_column(String(320))
    mailbox_key: Mapped[str] = mapped_column(_exact(320))
    #: "verified", "unverified" or "unknown" (loaded without a state, as most CRMs' addresses are).
    verification: Mapped[str] = mapped_column(String(16), default="unknown")
    verified_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    #: Set by mark_misdirected: never send this customer's mail here again.
    misdirected: Mapped[bool] = mapped_column(Boolean, default=False)
    #: When the address became the customer's (naive UTC); None: unknown, always theirs.
    added_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    #: When it stopped being theirs (a sync no longer listed it); None: theirs today.
    removed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    customer: Mapped[CustomerRow] = relationship(back_populates="addresses")


class SharedMailboxRow(Base):
    """An allowlisted pair: this customer's mail may go to this mailbox although it is another
    customer's, or built from a shared name (a family address, an accountant's address)."""

    __tablename__ = "misdirect_shared_mailboxes"
    __table_args__ = (
        UniqueConstraint("customer_pk", "mailbox_key", name="uq_misdirect_shared_customer_key"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    customer_pk: Mapped[int] = mapped_column(
        ForeignKey("misdirect_customers.pk", ondelete="CASCADE"), index=True)
    address: Mapped[str] = mapped_column(String(320))
    mailbox_key: Mapped[str] = mapped_column(_exact(320))
    reason: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class AddressEventRow(Base):
    """One step of the incident workflow on a customer's address: who did what, when, and why
    (verified, unverified, misdirected, misdirected_cleared, allowed, allow_removed). Rows are
    only ever added; they go with the customer when it is deleted."""

    __tablename__ = "misdirect_address_events"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    customer_pk: Mapped[int] = mapped_column(
        ForeignKey("misdirect_customers.pk", ondelete="CASCADE"), index=True)
    address: Mapped[str] = mapped_column(String(320))
    mailbox_key: Mapped[str] = mapped_column(_exact(320))
    action: Mapped[str] = mapped_column(String(32))
    #: Who did it (``--by``, by default the operating-system user); "" when not told.
    actor: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    #: The note of a misdirected mark, the reason of an allowlisted mailbox, ...
    note: Mapped[str] = mapped_column(String(1000), default="")


class MetaRow(Base):
    __tablename__ = META_TABLE

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
