"""Held messages, in SQL: SQLite, PostgreSQL or MariaDB, beside the customer directory.

    >>> q = Quarantine("sqlite:///customers.db")          # or an Engine, or a Directory
    >>> qid = q.hold(message_bytes, verdict=mv.verdict, customer_id="C-1",
    ...              envelope_from="order@shop.example", envelope_to=["linnea@example.se"])
    >>> q.list(status="held"); q.get(qid)
    >>> q.release(qid, by="agent.anna", send=deliver)    # deliver(bytes, from, to) sends it
    >>> q.reject(qid, by="agent.anna", reason="wrong customer")

Two tables of its own, created on first use: ``misdirect_quarantine`` (one row per held message)
and ``misdirect_quarantine_events`` (the audit trail: held, release claimed, released, release
failed, rejected; who and when). `hold` returns only after its transaction is committed (SQLite
runs it with ``synchronous=FULL``), so a relay may answer 250 then.

A message moves ``held -> releasing -> released`` or ``held -> rejected``. Each step is one
``UPDATE ... WHERE status = <expected>``: of two relays or agents that release the same message at
once, exactly one gets the row, and the other gets `QuarantineStateError`. A release whose
sending fails goes back to ``held``. A process that dies between sending and recording leaves the
message ``releasing`` (never sent twice; ``misdirect quarantine list`` shows it).

The stored message is the redacted one. The original (with its secrets) is stored only when the
caller passes ``original=`` (the hooks do so when the policy says ``quarantine.keep_original``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import (
    JSON,
    DateTime,
    Engine,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    create_engine,
    event,
    select,
    update,
)
from sqlalchemy.dialects import mysql
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.pool import StaticPool

from misdirect.directory.engine_options import private_engine_options
from misdirect.directory.store import _short
from misdirect.errors import ConfigurationError, QuarantineError, QuarantineStateError
from misdirect.models import Verdict

if TYPE_CHECKING:
    from misdirect.directory import Directory
    from misdirect.mime import MessageVerdict

__all__ = ["HeldMessage", "Quarantine", "QuarantineEvent", "STATUSES"]

#: Every status a held message can have.
STATUSES = ("held", "releasing", "released", "rejected")

#: Sends a released message: ``send(message_bytes, envelope_from, envelope_to)``; raises on failure.
Sender = Callable[[bytes, str, list[str]], None]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _exact(length: int) -> String:
    """Compared byte for byte on MariaDB too (its default collation ignores case and accents)."""
    return String(length).with_variant(mysql.VARCHAR(length, collation="utf8mb4_bin"),
                                       "mysql", "mariadb")


# A MariaDB BLOB holds 64 KB; a held message may be megabytes.
_BYTES = LargeBinary().with_variant(mysql.LONGBLOB(), "mysql", "mariadb")
_TEXT = Text().with_variant(mysql.MEDIUMTEXT(), "mysql", "mariadb")


class QuarantineBase(DeclarativeBase):
    """Tables of the quarantine: their own metadata, so the directory's schema is untouched."""


class HeldRow(QuarantineBase):
    __tablename__ = "misdirect_quarantine"

    id: Mapped[str] = mapped_column(_exact(40), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    held_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    customer_id: Mapped[str] = mapped_column(_exact(200), index=True)
    action: Mapped[str] = mapped_column(String(8))
    codes: Mapped[list[str]] = mapped_column(JSON)
    #: The verdict without the message: findings, reasons, rules fired (no secret is in them).
    verdict: Mapped[dict[str, Any]] = mapped_column(JSON)
    envelope_from: Mapped[str] = mapped_column(String(320), default="")
    envelope_to: Mapped[list[str]] = mapped_column(JSON)
    message_id: Mapped[str | None] = mapped_column(String(500))
    size: Mapped[int] = mapped_column(Integer)
    #: The redacted message as it would have been sent.
    message: Mapped[bytes] = mapped_column(_BYTES)
    #: The message as it came, only when the policy keeps originals.
    original: Mapped[bytes | None] = mapped_column(_BYTES)
    claimed_by: Mapped[str | None] = mapped_column(String(200))
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    reason: Mapped[str | None] = mapped_column(_TEXT)


class EventRow(QuarantineBase):
    __tablename__ = "misdirect_quarantine_events"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message: Mapped[str] = mapped_column(ForeignKey("misdirect_quarantine.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    event: Mapped[str] = mapped_column(String(32))
    by: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[str] = mapped_column(_TEXT, default="")


_HELD = cast(Table, HeldRow.__table__)
_EVENTS = cast(Table, EventRow.__table__)


@dataclass(frozen=True)
class QuarantineEvent:
    """One line of a held message's audit trail."""

    at: dt.datetime
    event: str
    by: str
    detail: str


@dataclass(frozen=True)
class HeldMessage:
    """A held message. ``message`` (the redacted bytes) is filled by `Quarantine.get` only."""

    id: str
    status: str
    held_at: dt.datetime
    customer_id: str
    action: str
    codes: list[str]
    envelope_from: str
    envelope_to: list[str]
    message_id: str | None
    size: int
    has_original: bool
    decided_by: str | None = None
    decided_at: dt.datetime | None = None
    reason: str | None = None
    verdict: dict[str, Any] = field(default_factory=dict)
    message: bytes | None = field(default=None, repr=False)
    events: list[QuarantineEvent] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        """A JSON-safe dict: what ``misdirect quarantine list --json`` prints for each message."""
        return {"id": self.id, "status": self.status, "customer_id": self.customer_id,
                "action": self.action, "codes": list(self.codes),
                "held_at": self.held_at.replace(tzinfo=dt.UTC).isoformat(),
                "envelope_from": self.envelope_from, "envelope_to": list(self.envelope_to),
                "message_id": self.message_id, "size": self.size,
                "decided_by": self.decided_by,
                "decided_at": (self.decided_at.replace(tzinfo=dt.UTC).isoformat()
                               if self.decided_at else None),
                "reason": self.reason}


def _verdict_record(verdict: Verdict) -> dict[str, Any]:
    return {"action": verdict.action.value,
            "findings": [f.model_dump(mode="json", exclude_defaults=True) for f in verdict.findings],
            "reasons": list(verdict.reasons), "rules_fired": list(verdict.rules_fired)}


class Quarantine:
    """Held messages in SQL. ``target``: a SQLAlchemy URL, an `Engine`, or a `Directory` (its
    database). Safe to share between threads; each call is its own transaction."""

    def __init__(self, target: str | Engine | Directory, *, create: bool = True) -> None:
        if isinstance(target, str):
            self._engine = _engine(target)
            self._own_engine = True
        elif isinstance(target, Engine):
            self._engine, self._own_engine = target, False
        else:
            engine = getattr(target, "_engine", None)
            if not isinstance(engine, Engine):
                raise ConfigurationError(
                    f"Quarantine takes a URL, an Engine or a Directory, not {type(target).__name__}")
            self._engine, self._own_engine = engine, False
        self._sqlite = self._engine.dialect.name == "sqlite"
        if create:
            self.create_schema()

    @property
    def engine(self) -> Engine:
        return self._engine

    def create_schema(self) -> None:
        """Create the quarantine tables if they do not exist (the directory's are not touched)."""
        with self._tx("create the quarantine tables") as conn:
            QuarantineBase.metadata.create_all(conn)

    def drop_schema(self) -> None:
        """Drop the quarantine tables and everything in them."""
        with self._tx("drop the quarantine tables") as conn:
            QuarantineBase.metadata.drop_all(conn)

    def close(self) -> None:
        if self._own_engine:
            self._engine.dispose()

    def __enter__(self) -> Quarantine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _tx(self, doing: str) -> contextlib.AbstractContextManager[Any]:
        return _transaction(self._engine, doing, durable=self._sqlite)

    # -- holding ---------------------------------------------------------------------------------

    def hold(self, message_bytes: bytes, *, verdict: Verdict | MessageVerdict, customer_id: str,
             envelope_from: str = "", envelope_to: Sequence[str] = (),
             original: bytes | None = None, message_id: str | None = None,
             by: str = "") -> str:
        """Store a message and return its id, after the transaction is committed.

        ``message_bytes`` is the redacted message; ``original`` the message as it came (pass it
        only when the policy keeps originals). ``verdict`` is the `Verdict` or the
        `MessageVerdict` that held it. Raises `QuarantineError` when the database fails.
        """
        plain = verdict.verdict if not isinstance(verdict, Verdict) else verdict
        if not isinstance(message_bytes, bytes | bytearray):
            raise QuarantineError("hold takes the message as bytes")
        qid = uuid.uuid4().hex
        now = _now()
        row = {"id": qid, "status": "held", "held_at": now, "customer_id": str(customer_id),
               "action": plain.action.value, "codes": sorted(plain.codes()),
               "verdict": _verdict_record(plain), "envelope_from": envelope_from or "",
               "envelope_to": [str(a) for a in envelope_to],
               "message_id": (message_id or plain.message.message_id or None),
               "size": len(message_bytes), "message": bytes(message_bytes),
               "original": bytes(original) if original is not None else None}
        with self._tx("hold the message") as conn:
            conn.execute(_HELD.insert(), [row])
            conn.execute(_EVENTS.insert(), [{
                "message": qid, "at": now, "event": "held", "by": by,
                "detail": f"{plain.action.value}: {', '.join(row['codes']) or 'no findings'}"}])
        return qid

    # -- reading ---------------------------------------------------------------------------------

    def list(self, status: str | None = None, *, customer_id: str | None = None,
             limit: int | None = None) -> list[HeldMessage]:
        """Held messages, oldest first, without their bytes; filtered by ``status``
        (one of `STATUSES`) and ``customer_id``."""
        if status is not None and status not in STATUSES:
            raise QuarantineError(f"unknown status {status!r}; one of {', '.join(STATUSES)}")
        t = _HELD
        cols = [c for c in t.c if c.name not in ("message", "original")]
        query = select(*cols, (t.c.original.is_not(None)).label("has_original"))
        if status is not None:
            query = query.where(t.c.status == status)
        if customer_id is not None:
            query = query.where(t.c.customer_id == customer_id)
        query = query.order_by(t.c.held_at, t.c.id)
        if limit is not None:
            query = query.limit(limit)
        with self._tx("list the quarantine") as conn:
            rows = conn.execute(query).mappings().all()
        return [_held(dict(r)) for r in rows]

    def get(self, qid: str) -> HeldMessage:
        """One held message with its (redacted) bytes and its audit trail."""
        t, e = _HELD, _EVENTS
        with self._tx("read the quarantine") as conn:
            row = conn.execute(select(t).where(t.c.id == qid)).mappings().first()
            if row is None:
                raise QuarantineError(f"no held message with id {qid!r}")
            events = conn.execute(select(e).where(e.c.message == qid)
                                  .order_by(e.c.pk)).mappings().all()
        record = dict(row)
        record["has_original"] = record.pop("original") is not None
        return _held(record, events=[QuarantineEvent(x["at"], x["event"], x["by"], x["detail"])
                                     for x in events])

    def original(self, qid: str) -> bytes | None:
        """The message as it came, when the policy kept it (None otherwise)."""
        t = _HELD
        with self._tx("read the quarantine") as conn:
            row = conn.execute(select(t.c.id, t.c.original).where(t.c.id == qid)).first()
        if row is None:
            raise QuarantineError(f"no held message with id {qid!r}")
        return bytes(row[1]) if row[1] is not None else None

    # -- deciding --------------------------------------------------------------------------------

    def _move(self, conn: Any, qid: str, old: str, new: str, **values: Any) -> bool:
        t = _HELD
        result = conn.execute(update(t).where(t.c.id == qid, t.c.status == old)
                              .values(status=new, **values))
        return bool(result.rowcount == 1)

    def _state_error(self, conn: Any, qid: str, wanted: str) -> QuarantineError:
        t = _HELD
        status = conn.execute(select(t.c.status).where(t.c.id == qid)).scalar()
        if status is None:
            return QuarantineError(f"no held message with id {qid!r}")
        return QuarantineStateError(qid, status, wanted)

    def claim_release(self, qid: str, by: str) -> HeldMessage:
        """Take a held message for release (``held -> releasing``) and return it with its bytes.
        Exactly one of several concurrent callers succeeds; the others get
        `QuarantineStateError`. Follow with `finish_release` or `abandon_release`."""
        with self._tx("claim the held message") as conn:
            if not self._move(conn, qid, "held", "releasing", claimed_by=by):
                raise self._state_error(conn, qid, "release")
            conn.execute(_EVENTS.insert(), [{
                "message": qid, "at": _now(), "event": "release_claimed", "by": by,
                "detail": ""}])
        return self.get(qid)

    def finish_release(self, qid: str, by: str, detail: str = "") -> None:
        """Record that the claimed message was sent (``releasing -> released``)."""
        with self._tx("record the release") as conn:
            if not self._move(conn, qid, "releasing", "released", decided_by=by,
                              decided_at=_now()):
                raise self._state_error(conn, qid, "finish releasing")
            conn.execute(_EVENTS.insert(), [{
                "message": qid, "at": _now(), "event": "released", "by": by, "detail": detail}])

    def abandon_release(self, qid: str, by: str, detail: str) -> None:
        """Sending failed: the message is held again (``releasing -> held``)."""
        with self._tx("return the message to the quarantine") as conn:
            if not self._move(conn, qid, "releasing", "held", claimed_by=None):
                raise self._state_error(conn, qid, "return to held")
            conn.execute(_EVENTS.insert(), [{
                "message": qid, "at": _now(), "event": "release_failed", "by": by,
                "detail": detail[:2000]}])

    def release(self, qid: str, *, by: str, send: Sender) -> HeldMessage:
        """Release a held message: claim it, ``send(bytes, envelope_from, envelope_to)``, record
        who released it. If ``send`` raises, the message is held again and the error re-raised."""
        held = self.claim_release(qid, by)
        assert held.message is not None
        try:
            send(held.message, held.envelope_from, list(held.envelope_to))
        except BaseException as e:
            self.abandon_release(qid, by, f"{type(e).__name__}: {str(e).splitlines()[0][:300]}"
                                 if str(e) else type(e).__name__)
            raise
        self.finish_release(qid, by, f"sent to {len(held.envelope_to)} recipient(s)")
        return self.get(qid)

    def reject(self, qid: str, *, by: str, reason: str) -> HeldMessage:
        """Reject a held message for good (``held -> rejected``), recording who and why."""
        if not by.strip() or not reason.strip():
            raise QuarantineError("reject needs who decided (by) and a reason")
        with self._tx("reject the held message") as conn:
            now = _now()
            if not self._move(conn, qid, "held", "rejected", decided_by=by, decided_at=now,
                              reason=reason):
                raise self._state_error(conn, qid, "reject")
            conn.execute(_EVENTS.insert(), [{
                "message": qid, "at": now, "event": "rejected", "by": by, "detail": reason}])
        return self.get(qid)


def _held(r: dict[str, Any], events: list[QuarantineEvent] | None = None) -> HeldMessage:
    return HeldMessage(
        id=r["id"], status=r["status"], held_at=r["held_at"], customer_id=r["customer_id"],
        action=r["action"], codes=list(r["codes"] or []), envelope_from=r["envelope_from"] or "",
        envelope_to=list(r["envelope_to"] or []), message_id=r["message_id"], size=r["size"],
        has_original=bool(r["has_original"]), decided_by=r["decided_by"],
        decided_at=r["decided_at"], reason=r["reason"], verdict=dict(r["verdict"] or {}),
        message=r.get("message"), events=events or [])


def _engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as e:
        raise ConfigurationError(f"not a database URL: {url!r}") from e
    options: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite":
        options["connect_args"] = {"check_same_thread": False}
        if parsed.database in (None, "", ":memory:"):
            options["poolclass"] = StaticPool
    else:
        options["pool_pre_ping"] = True
    try:
        engine = create_engine(parsed, **private_engine_options(options))
    except (ArgumentError, ImportError) as e:
        raise ConfigurationError(f"cannot open {parsed.render_as_string()}: {e}") from e
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


@contextlib.contextmanager
def _transaction(engine: Engine, doing: str, *, durable: bool) -> Iterator[Any]:
    """One transaction; database errors become `QuarantineError`. On SQLite the commit is made
    with ``synchronous=FULL``, so a held message survives a power cut once `hold` returns."""
    try:
        with engine.begin() as conn:
            if durable:
                conn.exec_driver_sql("PRAGMA synchronous=FULL")
            yield conn
    except SQLAlchemyError as e:
        raise QuarantineError(f"cannot {doing}: {_short(e)}") from e
