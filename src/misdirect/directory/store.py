"""`Directory`: the customer directory on SQLAlchemy 2.0, with its in-memory mailbox index.

Callers never hold a Session: they call `upsert`, `delete`, `get` and the lookup methods. The
database is the source of truth; the index (`misdirect.directory.index`) is built from it on first
use and kept right by every upsert and delete made through this object. Another process's writes are
picked up by `refresh()` (or automatically with ``refresh_interval``).
"""

from __future__ import annotations

import datetime as dt
import math
import os
import sqlite3
import threading
import time
import urllib.parse
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    Engine,
    Table,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from misdirect.addresses import InvalidAddress, clean_paste_debris, parse_address
from misdirect.directory.engine_options import private_engine_options
from misdirect.directory.events import AddressEvent, AddressState, utc
from misdirect.directory.index import CustomerEntry, MailboxIndex
from misdirect.directory.lookups import IndexLookups, file_identity, file_problem
from misdirect.directory.schema import (
    SCHEMA_VERSION,
    AddressEventRow,
    AddressRow,
    Base,
    CustomerRow,
    MetaRow,
    SharedMailboxRow,
)
from misdirect.directory.snapshot import ON_STALE, SnapshotInfo, index_for
from misdirect.errors import ConfigurationError, DirectoryError, UnknownCustomerError
from misdirect.models import Customer, EmailAddress
from misdirect.names import name_key

__all__ = ["Directory", "UpsertReport"]

_C = cast(Table, CustomerRow.__table__)
_A = cast(Table, AddressRow.__table__)
_M = cast(Table, MetaRow.__table__)
_S = cast(Table, SharedMailboxRow.__table__)
_E = cast(Table, AddressEventRow.__table__)
_CUSTOMER_FIELDS = ("full_name", "city", "postal_address", "postal_code", "phone", "birth_date",
                    "national_id", "customer_number", "flags", "notes")


@dataclass
class UpsertReport:
    """What an upsert did. ``invalid_addresses`` lists ``(customer id, address)`` stored as typed but
    not valid: they can never match a recipient exactly, so a data-quality job should fix them.
    An invalid address that cannot be stored at all (over 320 characters, or a NUL character) is
    listed here and left out of the record."""

    inserted: int = 0
    updated: int = 0
    addresses: int = 0
    invalid_addresses: list[tuple[str, str]] = field(default_factory=list)

    def merge(self, other: UpsertReport) -> None:
        self.inserted += other.inserted
        self.updated += other.updated
        self.addresses += other.addresses
        self.invalid_addresses.extend(other.invalid_addresses)


def _key_of(address: str) -> tuple[str, bool]:
    """The mailbox key of a recorded address; an invalid one is kept under a cleaned lower form."""
    try:
        return parse_address(address).key, True
    except InvalidAddress:
        return clean_paste_debris(address).lower(), False


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


#: Width of the address and mailbox_key columns (no valid address is longer: 254).
_ADDRESS_COLUMN = 320


def _storable(address: str, key: str) -> bool:
    """Whether a recorded address fits its columns: servers reject over-long strings and NUL
    (PostgreSQL) and would fail the whole batch; such an address is only reported invalid."""
    return (bool(key) and len(address) <= _ADDRESS_COLUMN and len(key) <= _ADDRESS_COLUMN
            and "\x00" not in address)


@dataclass(frozen=True)
class _Wanted:
    """One address an upsert writes: today's (``removed_at`` None) or a former one. ``added_at``
    and ``verified`` None: not said (a row that exists keeps its own)."""

    address: str
    added_at: dt.datetime | None = None
    removed_at: dt.datetime | None = None
    verified: bool | None = None

    @property
    def state(self) -> str | None:
        return None if self.verified is None else ("verified" if self.verified else "unverified")


def _wanted_addresses(c: Customer) -> tuple[dict[str, _Wanted], list[str]]:
    """Mailbox key -> what the upsert writes for it (today's addresses first, in the record's
    order, then former ones), and the recorded addresses that are not valid (each address parsed
    once: a bulk load parses a million of them). A key both today's and former is today's."""
    history: dict[str, Any] = {}
    invalid: list[str] = []
    for h in c.email_history:
        key, ok = _key_of(h.address)
        if not ok:
            invalid.append(h.address)
        history.setdefault(key, h)
    want: dict[str, _Wanted] = {}
    for address in c.emails:
        key, ok = _key_of(address)
        if not ok and address not in invalid:
            invalid.append(address)
        stripped = address.strip()
        if key not in want and _storable(stripped, key):
            past = history.get(key)
            want[key] = (_Wanted(stripped) if past is None else
                         _Wanted(stripped, past.added_at if past.removed_at is None else None,
                                 None, past.verified))
    for key, h in history.items():
        if h.removed_at is not None and key not in want and _storable(h.address, key):
            want[key] = _Wanted(h.address, h.added_at, h.removed_at, h.verified)
    return want, invalid


def _entry_and_invalid(c: Customer) -> tuple[CustomerEntry, list[str], dict[str, _Wanted]]:
    """The customer's index entry as a new record (no rows stored yet), its recorded addresses
    that are not valid, and what the upsert writes (`_wanted_addresses`)."""
    want, invalid = _wanted_addresses(c)
    live = [(k, w) for k, w in want.items() if w.removed_at is None]
    entry = CustomerEntry(id=c.id, full_name=c.full_name, name_key=name_key(c.full_name),
                          addresses=tuple([(w.address, k) for k, w in live]),
                          states=tuple([w.state or "unknown" for _k, w in live]),
                          added_at=tuple([w.added_at for _k, w in live]),
                          former=tuple([(w.address, k, w.state or "unknown", w.added_at,
                                         w.removed_at) for k, w in want.items()
                                        if w.removed_at is not None]),
                          flags=tuple(c.flags), notes=tuple(c.notes),
                          personal=_personal_pairs({k: getattr(c, k) for k in PERSONAL_FIELDS}))
    return entry, invalid, want


#: The record fields the content scan looks for in a body (kept in the index, see CustomerEntry).
PERSONAL_FIELDS = ("postal_address", "postal_code", "city", "phone", "birth_date", "national_id",
                   "customer_number")


def _personal_pairs(values: Any) -> tuple[tuple[str, str], ...]:
    """``(field, text)`` for the personal fields that are set; ``values`` maps or sequences them."""
    if not isinstance(values, dict):
        values = dict(zip(PERSONAL_FIELDS, values, strict=True))
    out = []
    for k in PERSONAL_FIELDS:
        v = values.get(k)
        if v not in (None, ""):
            out.append((k, v.isoformat() if isinstance(v, dt.date) else str(v)))
    return tuple(out)


def _entry_from_rows(cid: str, full_name: str | None, nkey: str | None, rows: Sequence[Any],
                     flags: Any, notes: Any, shared: set[str] | None,
                     personal: Sequence[Any] = ()) -> CustomerEntry:
    """An index entry from address rows ``(customer_pk, address, key, state, verified_at,
    misdirected, added_at, removed_at)`` (`_ADDRESS_ROW`): misdirected rows are not the
    customer's addresses, only marks; removed ones are former addresses."""
    live = [r for r in rows if not r[5] and r[7] is None]
    return CustomerEntry(
        id=cid, full_name=full_name or "", name_key=nkey or "",
        addresses=tuple((r[1], r[2]) for r in live),
        states=tuple(r[3] or "unknown" for r in live),
        verified_at=tuple(r[4] for r in live),
        added_at=tuple(r[6] for r in live),
        former=tuple((r[1], r[2], r[3] or "unknown", r[6], r[7]) for r in rows
                     if not r[5] and r[7] is not None),
        misdirected=frozenset(r[2] for r in rows if r[5]),
        shared=frozenset(shared or ()),
        flags=tuple(flags or ()), notes=tuple(notes or ()),
        personal=_personal_pairs(personal) if personal else ())


#: The address columns an index entry is built from (`_entry_from_rows`).
_ADDRESS_ROW = (_A.c.customer_pk, _A.c.address, _A.c.mailbox_key, _A.c.verification,
                _A.c.verified_at, _A.c.misdirected, _A.c.added_at, _A.c.removed_at)


class Directory(IndexLookups):
    """The customer directory: any SQLAlchemy URL, SQLite by default.

    >>> d = Directory.connect("sqlite://")
    >>> d.upsert([Customer(id="C-1", full_name="Linnea Öberg", emails=["linnea.oberg1987@comhem.se"])])
    UpsertReport(inserted=1, updated=0, addresses=1, invalid_addresses=[])
    """

    def __init__(self, engine: Engine, *, refresh_interval: float | None = None,
                 snapshot: str | os.PathLike[str] | None = None,
                 on_stale: str = "rebuild", probe_timeout: float | None = None,
                 _probe_options: dict[str, Any] | None = None) -> None:
        if on_stale not in ON_STALE:
            raise ConfigurationError(f"on_stale must be one of {', '.join(ON_STALE)}, "
                                     f"not {on_stale!r}")
        self._engine = engine
        self._snapshot = None if snapshot is None else Path(snapshot)
        self._on_stale = on_stale
        #: Where the index came from, once it exists: "built from the database" or a sentence
        #: naming the snapshot it was loaded from (the CLI prints it).
        self.index_origin: str | None = None
        self._index: MailboxIndex | None = None
        self._index_lock = threading.Lock()
        self._revision_seen: int | None = None
        self._refresh_interval = refresh_interval
        self._next_probe = time.monotonic() + (refresh_interval or 0.0)
        #: Why the index may be behind the database (a failed probe or rebuild); None when not.
        self._stale: DirectoryError | None = None
        # The freshness probe runs on its own small engine whose connections carry timeouts
        # (busy / statement / read timeout) of the checks' budget; writes and index builds keep
        # the main engine's, which may take minutes on a bulk load. None: probe on the main one.
        self._probe_options = _probe_options
        self._probe_engine: Engine | None = None
        self._probe_timeout = probe_timeout
        self._guard_probe_timeout: float | None = None
        # A file SQLite directory remembers which file it opened (st_dev, st_ino), so that a file
        # deleted or replaced under it is noticed instead of read or written silently.
        url = engine.url
        self._file: str | None = None
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:") \
                and not str(url.database).startswith("file:"):
            self._file = os.path.abspath(str(url.database))
        self._file_id: tuple[int, int] | None = None
        self._may_create_file = True
        self._schema_ok = False
        self._records: dict[str, tuple[CustomerEntry, Customer]] = {}

    # -- connecting ------------------------------------------------------------------------------

    @classmethod
    def connect(cls, url: str = "sqlite://", *, create: bool = True,
                refresh_interval: float | None = None,
                snapshot: str | os.PathLike[str] | None = None, on_stale: str = "rebuild",
                probe_timeout: float | None = None,
                **engine_options: Any) -> Directory:
        """Open the directory at ``url`` (creating its tables unless ``create=False``).

        ``"sqlite://"`` is an in-memory directory, ``"sqlite:///customers.db"`` a file,
        ``"postgresql+psycopg://..."`` and ``"mysql+pymysql://..."`` the servers.
        ``refresh_interval`` (seconds): check that often whether another process changed the
        directory, and rebuild the index if so. ``snapshot``: a folder with a saved index
        (`save_snapshot`, ``misdirect index build``), memory-mapped instead of building the index
        when it was built at the directory's current revision; ``on_stale`` says what happens
        when it was not: ``"rebuild"`` (build from the database, leave the snapshot),
        ``"refresh"`` (build and save it), ``"error"`` (raise `StaleSnapshotError`).
        ``probe_timeout`` (seconds): how long the freshness check may wait for the database
        (default: the ``directory`` budget of the Guard's policy, 250 ms); when it fails the index
        answers and checks report ``check_failed``. A SQLite file is created only by a
        ``create=True`` connect; a reconnect never creates an empty file in place of one that was
        deleted.
        """
        try:
            parsed = make_url(url)
        except ArgumentError as e:
            raise ConfigurationError(f"not a database URL: {url!r}") from e
        options: dict[str, Any] = dict(engine_options)
        memory = parsed.get_backend_name() == "sqlite" and parsed.database in (None, "",
                                                                                ":memory:")
        if parsed.get_backend_name() == "sqlite":
            if create:
                _sqlite_folder_exists(parsed.database)
            options.setdefault("connect_args", {"check_same_thread": False})
            if memory:
                options.setdefault("poolclass", StaticPool)
        else:
            options.setdefault("pool_pre_ping", True)
        # what the probe engine copies (an in-memory database has no other writer to probe for)
        probe_options = None if memory else {
            k: v for k, v in options.items() if k in ("connect_args", "pool_pre_ping")}
        _server_connect_timeout(parsed, options)
        if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() == "psycopg":
            # psycopg prepares a statement after 5 runs and PostgreSQL may then keep a generic
            # plan made while the table was empty: upsert's "id IN (2000 ids)" became a
            # sequential scan per batch and a bulk load went quadratic (172,000 customers in
            # 8 min, then slower). Plans are made per statement instead; nothing here is hot.
            connect_args = dict(options.get("connect_args") or {})
            connect_args.setdefault("prepare_threshold", None)
            options["connect_args"] = connect_args
        try:
            engine = create_engine(parsed, **private_engine_options(options))
        except (ArgumentError, ImportError) as e:
            raise ConfigurationError(f"cannot open {parsed.render_as_string()}: {e}") from e
        if parsed.get_backend_name() == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        directory = cls(engine, refresh_interval=refresh_interval, snapshot=snapshot,
                        on_stale=on_stale, probe_timeout=probe_timeout,
                        _probe_options=probe_options)
        directory._may_create_file = create
        directory._watch_file(engine)
        if create:
            directory.create_schema()
        return directory

    # -- the SQLite file under the directory -------------------------------------------------

    def _watch_file(self, engine: Engine) -> None:
        """Open the SQLite file without creating it (after the first connect of ``create=True``)
        and check on every new connection that it is still the file first opened."""
        if self._file is not None:
            event.listen(engine, "do_connect", self._open_file)
            event.listen(engine, "connect", self._opened_file)

    def _open_file(self, _dialect: Any, _record: Any, cargs: list[Any],
                   cparams: dict[str, Any]) -> Any:
        if (self._file_id is None and self._may_create_file) or cparams.get("uri"):
            return None  # the default connect, which creates the file
        self._check_file()
        params = {k: v for k, v in cparams.items() if k != "uri"}
        # mode=rw: a missing file is an error, never a new empty database
        return sqlite3.connect(f"file:{urllib.parse.quote(self._file or '')}?mode=rw",
                               uri=True, **params)

    def _opened_file(self, _dbapi_connection: Any, _record: Any) -> None:
        if self._file is None:
            return
        if self._file_id is None:
            self._file_id = file_identity(self._file)
        else:
            self._check_file()

    def _check_file(self) -> None:
        """Raise `DirectoryError` when the SQLite file was deleted or replaced since it was
        opened (one stat call)."""
        if self._file_id is None or self._file is None:
            return
        problem = file_problem(self._file, self._file_id)
        if problem is not None:
            raise problem

    # -- the freshness probe --------------------------------------------------------------------

    @property
    def probe_timeout(self) -> float:
        """Seconds the freshness probe (``refresh_interval``) may wait for the database: the
        smallest of `connect`'s ``probe_timeout`` and the budgets Guards passed to
        `limit_probe_time`; 250 ms when neither says."""
        given = [t for t in (self._probe_timeout, self._guard_probe_timeout) if t is not None]
        return min(given) if given else _PROBE_TIMEOUT

    def limit_probe_time(self, seconds: float) -> None:
        """Make the freshness probe give up after at most ``seconds`` (a `Guard` passes its
        policy's ``directory`` budget; with several Guards the smallest wins)."""
        if not seconds > 0:
            raise ConfigurationError("the probe timeout must be positive")
        before = self.probe_timeout
        current = self._guard_probe_timeout
        self._guard_probe_timeout = seconds if current is None else min(current, seconds)
        if self.probe_timeout != before:  # new connections carry the new timeouts
            old, self._probe_engine = self._probe_engine, None
            if old is not None:
                old.dispose()

    def _prober(self) -> Engine:
        """The engine the probe reads through (made on first use)."""
        if self._probe_options is None:
            return self._engine
        engine = self._probe_engine
        if engine is None:
            engine = self._probe_engine = _probe_engine(self._engine.url, self._probe_options,
                                                        self.probe_timeout)
            self._watch_file(engine)
        return engine

    def _probe_revision(self) -> int:
        """The directory's revision, read under the probe's timeout (and the file identity)."""
        self._check_file()
        started = time.perf_counter()
        try:
            with self._prober().connect() as conn:
                _read_within(conn, self.probe_timeout * 0.8 - (time.perf_counter() - started))
                value = conn.execute(select(_M.c.value).where(_M.c.key == "revision")).scalar()
        except SQLAlchemyError as e:
            raise DirectoryError(f"cannot read the directory revision within "
                                 f"{self.probe_timeout * 1000:.0f} ms: {_short(e)}") from e
        return int(value or 0)

    def health(self) -> DirectoryError | None:
        """Why the in-memory index may not hold the database's current content, or None.

        Set when a freshness probe or a rebuild failed (the index kept answering) until one
        succeeds, and whenever the SQLite file was deleted or replaced. `Guard.check` reads it
        once per message and reports it as ``check_failed`` beside the checks' findings."""
        if self._file_id is not None:
            try:
                self._check_file()
            except DirectoryError as e:
                return e
        return self._stale

    @property
    def url(self) -> str:
        return self._engine.url.render_as_string(hide_password=True)

    def create_schema(self) -> None:
        """Create the tables, or bring those of an older schema version up to this one (version
        1 -> 2 adds ``added_at`` and ``removed_at`` to the address table; every address keeps
        its row and counts as always the customer's)."""
        with self._db("create the directory tables") as conn:
            Base.metadata.create_all(conn)
            version = conn.execute(select(_M.c.value).where(_M.c.key == "schema_version")).scalar()
            if version is None:
                conn.execute(insert(_M), [{"key": "schema_version", "value": str(SCHEMA_VERSION)},
                                          {"key": "revision", "value": "0"}])
            elif int(version) < SCHEMA_VERSION:
                _migrate(conn, int(version))
            if conn.execute(select(_M.c.value).where(_M.c.key == "directory_id")).first() is None:
                # tells index snapshots of two directories apart (their revisions may be equal)
                conn.execute(insert(_M).values(key="directory_id", value=uuid.uuid4().hex))

    def _require_schema(self, conn: Any) -> None:
        """Raise `DirectoryError` when the tables are of an older schema version (checked once
        per Directory, before the first index build or write)."""
        if self._schema_ok:
            return
        version = conn.execute(select(_M.c.value).where(_M.c.key == "schema_version")).scalar()
        if version is not None and int(version) < SCHEMA_VERSION:
            raise DirectoryError(
                f"the directory at {self.url} has schema version {version}, this misdirect needs "
                f"{SCHEMA_VERSION}: connect once with create=True (Directory.connect(url), or "
                f"misdirect load) to migrate its tables")
        self._schema_ok = True

    def close(self) -> None:
        self._engine.dispose()
        if self._probe_engine is not None:
            self._probe_engine.dispose()

    def __enter__(self) -> Directory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __reduce__(self) -> tuple[Any, ...]:
        # A Dask worker reconnects by URL and builds its own index once.
        if self._engine.url.get_backend_name() == "sqlite" and self._engine.url.database in (
                None, "", ":memory:"):
            raise TypeError("an in-memory SQLite directory cannot be sent to another process; "
                            "use a file or server URL")
        return (_reconnect, (self._engine.url.render_as_string(hide_password=False),
                             None if self._snapshot is None else str(self._snapshot),
                             self._on_stale), {"create": False})

    def __setstate__(self, state: dict[str, Any]) -> None:  # pragma: no cover - create flag only
        pass

    def _db(self, doing: str) -> _Transaction:
        return _Transaction(self._engine, doing, self._check_file)

    # -- writing ---------------------------------------------------------------------------------

    def upsert(self, customers: Iterable[Customer], *, batch_size: int = 10_000,
               progress: Callable[[int], None] | None = None) -> UpsertReport:
        """Insert or replace customers (matched by ``id``); addresses that stay keep their state.

        Each batch is one transaction. ``progress`` is called with the number of customers done.
        """
        report = UpsertReport()
        batch: list[Customer] = []
        for c in customers:
            batch.append(c)
            if len(batch) >= batch_size:
                report.merge(self._upsert_batch(batch))
                if progress:
                    progress(len(batch))
                batch = []
        if batch:
            report.merge(self._upsert_batch(batch))
            if progress:
                progress(len(batch))
        return report

    def _upsert_batch(self, batch: Sequence[Customer]) -> UpsertReport:
        by_id = {c.id: c for c in batch}  # the last record of an id in one batch wins
        report = UpsertReport()
        entries: dict[str, CustomerEntry] = {}
        wanted: dict[str, dict[str, _Wanted]] = {}
        for cid, c in by_id.items():
            entries[cid], invalid, wanted[cid] = _entry_and_invalid(c)
            report.invalid_addresses.extend((cid, a) for a in invalid)
        ids = list(by_id)
        with self._db("upsert customers") as conn:
            self._require_schema(conn)
            existing = dict(conn.execute(select(_C.c.id, _C.c.pk).where(_C.c.id.in_(ids))).all())
            rows = [{**_customer_values(by_id[cid]), "id": cid,
                     "name_key": entries[cid].name_key} for cid in ids]
            new_rows = [r for r in rows if r["id"] not in existing]
            if new_rows:
                conn.execute(insert(_C), new_rows)
                new_ids = [r["id"] for r in new_rows]
                existing.update(conn.execute(
                    select(_C.c.id, _C.c.pk).where(_C.c.id.in_(new_ids))).all())
            new_id_set = {n["id"] for n in new_rows}  # once per batch, not once per row
            old_rows = [r for r in rows if r["id"] not in new_id_set]
            if old_rows:
                conn.execute(
                    update(_C).where(_C.c.pk == bindparam("b_pk")).values(
                        {k: bindparam(f"b_{k}") for k in (*_CUSTOMER_FIELDS, "name_key")}),
                    [{"b_pk": existing[r["id"]], **{f"b_{k}": r[k] for k in
                                                    (*_CUSTOMER_FIELDS, "name_key")}}
                     for r in old_rows])
            report.inserted += len(new_rows)
            report.updated += len(old_rows)
            old_pks = [existing[r["id"]] for r in old_rows]
            to_insert, changes = self._address_changes(conn, existing, wanted, old_pks, report)
            if to_insert:
                conn.execute(insert(_A), to_insert)
            for values, pks in changes.items():
                conn.execute(update(_A).where(_A.c.pk.in_(pks)).values(dict(values)))
            revision = _bump_revision(conn)
            if old_pks:
                # a customer already on record: the index entry is what the rows now say (states,
                # history and misdirected marks kept across upserts), read back in one query
                shared: dict[int, set[str]] = {}
                for cpk, skey in conn.execute(select(_S.c.customer_pk, _S.c.mailbox_key)
                                              .where(_S.c.customer_pk.in_(old_pks))):
                    shared.setdefault(cpk, set()).add(skey)
                stored: dict[int, list[Any]] = {}
                for r in conn.execute(select(*_ADDRESS_ROW).where(_A.c.customer_pk.in_(old_pks))
                                      .order_by(_A.c.customer_pk, _A.c.pk)):
                    stored.setdefault(r[0], []).append(r)
                for r in old_rows:
                    cid, cpk = r["id"], existing[r["id"]]
                    e = entries[cid]
                    entries[cid] = replace(
                        _entry_from_rows(cid, e.full_name, e.name_key, stored.get(cpk, []),
                                         e.flags, e.notes, shared.get(cpk), ()),
                        personal=e.personal)
        self._after_write(lambda index: index.upsert(entries.values()), len(entries), revision)
        return report

    @staticmethod
    def _address_changes(conn: Any, existing: dict[str, int],
                         wanted: dict[str, dict[str, _Wanted]], old_pks: list[int],
                         report: UpsertReport) -> tuple[list[dict[str, Any]],
                                                        dict[tuple[tuple[str, Any], ...],
                                                             list[int]]]:
        """The address rows to insert, and the updates to make (values -> row pks): an address
        that stays keeps its row (state, history, misdirected mark); one the record no longer
        lists is marked removed (now), not deleted; a former one listed again is today's."""
        stored: dict[int, dict[str, Any]] = {}
        if old_pks:
            for r in conn.execute(select(_A.c.customer_pk, _A.c.mailbox_key, _A.c.pk,
                                         _A.c.verification, _A.c.misdirected, _A.c.added_at,
                                         _A.c.removed_at)
                                  .where(_A.c.customer_pk.in_(old_pks))):
                stored.setdefault(r[0], {})[r[1]] = r
        now = _now()
        to_insert: list[dict[str, Any]] = []
        changes: dict[tuple[tuple[str, Any], ...], list[int]] = {}
        for cid, want in wanted.items():
            cpk = existing[cid]
            have = stored.get(cpk, {})
            report.addresses += sum(1 for w in want.values() if w.removed_at is None)
            for key, w in want.items():
                row = have.get(key)
                if row is None:
                    to_insert.append({"customer_pk": cpk, "address": w.address, "mailbox_key": key,
                                      "verification": w.state or "unknown",
                                      "added_at": w.added_at, "removed_at": w.removed_at})
                    continue
                if row[4]:  # a misdirected mark survives every re-sync from the CRM
                    continue
                values: dict[str, Any] = {}
                if row[6] != w.removed_at:
                    values["removed_at"] = w.removed_at
                if w.added_at is not None and row[5] != w.added_at:
                    values["added_at"] = w.added_at
                if w.state is not None and row[3] != w.state:
                    values["verification"] = w.state
                    if w.state == "unverified":
                        values["verified_at"] = None
                if values:
                    changes.setdefault(tuple(sorted(values.items())), []).append(row[2])
            gone = [r[2] for k, r in have.items() if k not in want and not r[4] and r[6] is None]
            if gone:
                changes.setdefault((("removed_at", now),), []).extend(gone)
        return to_insert, changes

    def delete(self, customer_ids: Iterable[str]) -> int:
        """Delete customers and their addresses; returns how many existed."""
        ids = list(dict.fromkeys(customer_ids))
        if not ids:
            return 0
        revision: int | None = None  # no write, no new revision
        with self._db("delete customers") as conn:
            pks = [pk for (pk,) in conn.execute(select(_C.c.pk).where(_C.c.id.in_(ids)))]
            if pks:
                conn.execute(delete(_E).where(_E.c.customer_pk.in_(pks)))
                conn.execute(delete(_S).where(_S.c.customer_pk.in_(pks)))
                conn.execute(delete(_A).where(_A.c.customer_pk.in_(pks)))
                conn.execute(delete(_C).where(_C.c.pk.in_(pks)))
                revision = _bump_revision(conn)
        self._after_write(lambda index: index.delete(ids), len(ids), revision)
        return len(pks)

    # -- verification, incidents, allowlist -------------------------------------------------------

    # Every method here also records who did it (``by``) and when, with an optional ``note``, as
    # an `AddressEvent` in the same transaction (`address_events` reads them back).

    def mark_verified(self, customer_id: str, address: str, *,
                      at: dt.datetime | None = None, by: str | None = None,
                      note: str = "") -> None:
        """Record that the customer confirmed ``address`` (at ``at``, default now, UTC).

        An address not on the customer's record is added to it. Clears a misdirected mark.
        """
        when = (at or dt.datetime.now(dt.UTC))
        if when.tzinfo is not None:
            when = when.astimezone(dt.UTC).replace(tzinfo=None)
        self._set_address(customer_id, address, "mark an address verified",
                          ("verified", by, note), verification="verified", verified_at=when,
                          misdirected=False, removed_at=None)

    def mark_unverified(self, customer_id: str, address: str, *, by: str | None = None,
                        note: str = "") -> None:
        """Record ``address`` as not confirmed (just typed in by an agent, say).

        An address not on the customer's record is added to it, as unverified.
        """
        self._set_address(customer_id, address, "mark an address unverified",
                          ("unverified", by, note), verification="unverified", verified_at=None,
                          removed_at=None)

    def mark_misdirected(self, customer_id: str, address: str, *, note: str = "",
                         by: str | None = None) -> None:
        """Never send this customer's mail to ``address`` again (it reached the wrong person).

        The address stops being one of the customer's addresses (as `get` and the index see them)
        but its row stays, marked, so that a later upsert from the CRM cannot bring it back:
        every message for this customer to it gets a ``misdirected_address`` finding. ``note``
        says what happened (kept with the event, for the incident record).
        """
        self._set_address(customer_id, address, "mark an address misdirected",
                          ("misdirected", by, note),
                          misdirected=True, verification="unverified", verified_at=None)

    def unmark_misdirected(self, customer_id: str, address: str, *, by: str | None = None,
                           note: str = "") -> None:
        """Undo `mark_misdirected` (the address becomes the customer's again, unverified)."""
        self._set_address(customer_id, address, "clear a misdirected mark",
                          ("misdirected_cleared", by, note), misdirected=False, removed_at=None)

    def allow_shared(self, customer_id: str, address: str, *, reason: str = "",
                     by: str | None = None) -> None:
        """Allowlist ``address`` for this customer's mail although it is another customer's, or
        built from a name others share: a family mailbox, an accountant receiving a client's
        invoices. Only this pair is affected; ``reason`` is kept for audits.
        """
        key, _ok = _key_of(address)
        with self._db("allowlist a shared mailbox") as conn:
            cpk = self._pk(conn, customer_id)
            exists = conn.execute(select(_S.c.pk).where(
                _S.c.customer_pk == cpk, _S.c.mailbox_key == key)).first()
            if exists is None:
                conn.execute(insert(_S).values(customer_pk=cpk, address=address.strip(),
                                               mailbox_key=key, reason=reason))
            else:
                conn.execute(update(_S).where(_S.c.pk == exists[0]).values(reason=reason))
            _record_event(conn, cpk, address, key, "allowed", by, reason)
            revision = _bump_revision(conn)
            entry = self._entry(conn, cpk, customer_id)
        self._after_write(lambda index: index.upsert([entry]), 1, revision)

    def disallow_shared(self, customer_id: str, address: str, *, by: str | None = None,
                        note: str = "") -> bool:
        """Remove a pair from the allowlist; returns whether it was there."""
        key, _ok = _key_of(address)
        with self._db("remove a shared mailbox") as conn:
            cpk = self._pk(conn, customer_id)
            n = conn.execute(delete(_S).where(_S.c.customer_pk == cpk,
                                              _S.c.mailbox_key == key)).rowcount
            if n:
                _record_event(conn, cpk, address, key, "allow_removed", by, note)
            revision = _bump_revision(conn)
            entry = self._entry(conn, cpk, customer_id)
        self._after_write(lambda index: index.upsert([entry]), 1, revision)
        return bool(n)

    def shared_mailboxes(self, customer_id: str) -> list[tuple[str, str]]:
        """The allowlisted ``(address, reason)`` pairs of a customer."""
        with self._db("read shared mailboxes") as conn:
            cpk = self._pk(conn, customer_id)
            return [(a, r or "") for a, r in conn.execute(
                select(_S.c.address, _S.c.reason).where(_S.c.customer_pk == cpk)
                .order_by(_S.c.pk))]

    def add_note(self, customer_id: str, note: str) -> None:
        """Append a note to the customer ("verify callers extra carefully"); explanations show it.

        Notes are a customer field: an upsert that carries ``notes`` replaces them.
        """
        with self._db("add a note") as conn:
            cpk = self._pk(conn, customer_id)
            notes = conn.execute(select(_C.c.notes).where(_C.c.pk == cpk)).scalar() or []
            conn.execute(update(_C).where(_C.c.pk == cpk).values(notes=[*notes, note]))
            revision = _bump_revision(conn)
            entry = self._entry(conn, cpk, customer_id)
        self._after_write(lambda index: index.upsert([entry]), 1, revision)

    def verification(self, customer_id: str, address: str) -> str | None:
        """"verified", "unverified", "unknown", "misdirected", or None when not on the record."""
        e = self.customer(customer_id)
        key, _ok = _key_of(address)
        if key in e.misdirected:
            return "misdirected"
        return e.state_of(key)

    def _set_address(self, customer_id: str, address: str, doing: str,
                     event: tuple[str, str | None, str], **values: Any) -> None:
        key, _ok = _key_of(address)
        with self._db(doing) as conn:
            cpk = self._pk(conn, customer_id)
            apk = conn.execute(select(_A.c.pk).where(
                _A.c.customer_pk == cpk, _A.c.mailbox_key == key)).scalar()
            if apk is None:
                row = {"verification": "unknown", "verified_at": None, "misdirected": False,
                       **values}
                conn.execute(insert(_A).values(customer_pk=cpk, address=address.strip(),
                                               mailbox_key=key, **row))
            else:
                conn.execute(update(_A).where(_A.c.pk == apk).values(**values))
            _record_event(conn, cpk, address, key, *event)
            revision = _bump_revision(conn)
            entry = self._entry(conn, cpk, customer_id)
        self._after_write(lambda index: index.upsert([entry]), 1, revision)

    # -- the incident record ----------------------------------------------------------------------

    def address_events(self, customer_id: str) -> list[AddressEvent]:
        """Every step taken on the customer's addresses (verify, misdirected, allowlist ...),
        oldest first, each with who and when. Raises `UnknownCustomerError`."""
        with self._db("read the address events") as conn:
            cpk = self._pk(conn, customer_id)
            rows = conn.execute(select(_E.c.address, _E.c.action, _E.c.actor, _E.c.at, _E.c.note)
                                .where(_E.c.customer_pk == cpk).order_by(_E.c.pk)).all()
        return [AddressEvent(address=a, action=act, by=by or "", at=utc(at) or _epoch(),
                             note=note or "") for a, act, by, at, note in rows]

    def address_states(self, customer_id: str) -> list[AddressState]:
        """The customer's stored addresses with their verification state and misdirected mark,
        in the order they were added, former ones (``removed_at`` set) included. ``added_at`` is
        when the address became the customer's when the record says so, else when it was
        stored. Raises `UnknownCustomerError`."""
        with self._db("read the address states") as conn:
            cpk = self._pk(conn, customer_id)
            rows = conn.execute(select(_A.c.address, _A.c.mailbox_key, _A.c.verification,
                                       _A.c.verified_at, _A.c.misdirected, _A.c.created_at,
                                       _A.c.added_at, _A.c.removed_at)
                                .where(_A.c.customer_pk == cpk).order_by(_A.c.pk)).all()
        return [AddressState(address=a, mailbox_key=k, verification=v or "unknown",
                             verified_at=utc(at), misdirected=bool(m),
                             added_at=utc(added or created), removed_at=utc(removed))
                for a, k, v, at, m, created, added, removed in rows]

    def stored_owners(self, address: str) -> list[tuple[str, str]]:
        """``[(customer id, address as stored), ...]`` of every customer that has ``address``
        (by mailbox key) on record, misdirected marks left out; read from the database, no index
        needed. Callers show other customers masked."""
        key, _ok = _key_of(address)
        with self._db("read who has an address") as conn:
            return [(cid, a) for cid, a in conn.execute(
                select(_C.c.id, _A.c.address).join(_C, _C.c.pk == _A.c.customer_pk)
                .where(_A.c.mailbox_key == key, _A.c.misdirected.is_not(True),
                       _A.c.removed_at.is_(None))
                .order_by(_C.c.id))]

    @staticmethod
    def _pk(conn: Any, customer_id: str) -> int:
        pk = conn.execute(select(_C.c.pk).where(_C.c.id == customer_id)).scalar()
        if pk is None:
            raise UnknownCustomerError(customer_id)
        return int(pk)

    @staticmethod
    def _entry(conn: Any, cpk: int, customer_id: str) -> CustomerEntry:
        c = conn.execute(select(_C.c.full_name, _C.c.name_key, _C.c.flags, _C.c.notes,
                                *(_C.c[f] for f in PERSONAL_FIELDS))
                         .where(_C.c.pk == cpk)).one()
        rows = conn.execute(select(*_ADDRESS_ROW)
                            .where(_A.c.customer_pk == cpk).order_by(_A.c.pk)).all()
        shared = {k for (k,) in conn.execute(select(_S.c.mailbox_key)
                                             .where(_S.c.customer_pk == cpk))}
        return _entry_from_rows(customer_id, c[0], c[1], rows, c[2], c[3], shared, c[4:])

    def _after_write(self, apply: Callable[[MailboxIndex], None], size: int,
                     revision: int | None) -> None:
        """Apply a committed write (which moved the directory to ``revision``) to the index.

        The index counts as current at ``revision`` only when it was current just before it
        (``revision - 1``). Reading the revision again after the commit would also count the
        writes another process committed meanwhile, which this index never saw, as seen."""
        with self._index_lock:
            index = self._index
            if index is None:
                return
            if size > max(MailboxIndex.compact_after, len(index) // 10):
                self._index = None  # cheaper to rebuild than to feed a huge delta
                return
            apply(index)
            if revision is not None and self._revision_seen == revision - 1:
                self._revision_seen = revision

    # -- reading ---------------------------------------------------------------------------------

    def __len__(self) -> int:
        with self._db("count customers") as conn:
            return int(conn.execute(select(func.count()).select_from(_C)).scalar_one())

    def get(self, customer_id: str) -> Customer:
        """The full customer record. Raises `UnknownCustomerError`."""
        with self._db("read a customer") as conn:
            row = conn.execute(select(_C).where(_C.c.id == customer_id)).mappings().first()
            if row is None:
                raise UnknownCustomerError(customer_id)
            addresses = conn.execute(
                select(_A.c.address, _A.c.added_at, _A.c.removed_at)
                .where(_A.c.customer_pk == row["pk"], _A.c.misdirected.is_not(True))
                .order_by(_A.c.pk)).all()
        values = {k: row[k] for k in _CUSTOMER_FIELDS}
        values["flags"] = values["flags"] or []
        values["notes"] = values["notes"] or []
        emails = [a for a, _added, removed in addresses if removed is None]
        history = [EmailAddress(address=a, added_at=added, removed_at=removed)
                   for a, added, removed in addresses if added is not None or removed is not None]
        return Customer(id=row["id"], emails=emails, email_history=history, **values)

    def iter_customers(self, *, batch_size: int = 5000) -> Iterator[Customer]:
        """Every customer, in insertion order, streamed from the database."""
        last = 0
        while True:
            with self._db("read customers") as conn:
                rows = conn.execute(select(_C.c.pk, _C.c.id).where(_C.c.pk > last)
                                    .order_by(_C.c.pk).limit(batch_size)).all()
            if not rows:
                return
            for _pk, cid in rows:
                yield self.get(cid)
            last = rows[-1][0]

    # -- the index -------------------------------------------------------------------------------

    @property
    def index(self) -> MailboxIndex:
        """The mailbox index, built from the database on first use.

        With ``refresh_interval``, at most that often the database's revision is probed (under
        `probe_timeout`) and the index rebuilt when another process wrote. A probe or rebuild
        that fails keeps the index answering and is reported by `health` until one succeeds;
        only when there is no index yet does the failure raise `DirectoryError`."""
        if self._refresh_interval is not None:
            now = time.monotonic()
            if now >= self._next_probe:
                self._freshen(now)
        index = self._index
        if index is None:
            with self._index_lock:
                index = self._index
                if index is None:
                    revision = self._revision()
                    index = self._open_index(revision)
                    self._index, self._revision_seen = index, revision
        return index

    def _freshen(self, now: float) -> None:
        interval = self._refresh_interval or 0.0
        self._next_probe = now + interval  # before probing: concurrent checks do not pile up
        try:
            if self._probe_revision() != self._revision_seen:
                self.refresh()
        except Exception as e:  # noqa: BLE001 - whatever failed, the index keeps answering
            if self._index is None:
                raise
            self._stale = e if isinstance(e, DirectoryError) else DirectoryError(
                f"cannot bring the index up to date: {type(e).__name__}: {e}")
            # a locked or gone database is not asked again by every index access of one check
            self._next_probe = now + max(interval, _PROBE_RETRY)
            return
        self._stale = None

    def refresh(self) -> None:
        """Rebuild the index from the database (after another process wrote to it); with a
        snapshot, load it instead when it is at the database's revision.

        Raises `DirectoryError` when the database cannot be read; the old index then stays in
        use and `health` says so until a refresh succeeds."""
        with self._index_lock:
            try:
                revision = self._revision()
                index = self._open_index(revision)
            except DirectoryError as e:
                if self._index is not None:
                    self._stale = e
                raise
            self._index, self._revision_seen = index, revision
            self._stale = None

    def _open_index(self, revision: int) -> MailboxIndex:
        if self._snapshot is None:
            self.index_origin = "built from the database"
            return MailboxIndex(self._stream_entries())
        index, self.index_origin = index_for(
            self._snapshot, revision=revision, directory_id=self._identity(), source=self.url,
            on_stale=self._on_stale, build=lambda: MailboxIndex(self._stream_entries()))
        return index

    def save_snapshot(self, path: str | os.PathLike[str]) -> SnapshotInfo:
        """Build the index from the database and save it as a snapshot in folder ``path``
        (replacing the one there atomically), recording the revision it was built at."""
        revision = self._revision()  # before reading: a write meanwhile makes it stale, not wrong
        index = MailboxIndex(self._stream_entries())
        info = index.save(path, revision=revision, directory_id=self._identity(),
                          source=self.url)
        with self._index_lock:
            self._index, self._revision_seen = index, revision
            self.index_origin = "built from the database"
        return info

    def _identity(self) -> str:
        with self._db("read the directory identity") as conn:
            value = conn.execute(select(_M.c.value).where(_M.c.key == "directory_id")).scalar()
        return str(value or "")

    def _revision(self) -> int:
        with self._db("read the directory revision") as conn:
            value = conn.execute(select(_M.c.value).where(_M.c.key == "revision")).scalar()
        return int(value or 0)

    def _stream_entries(self) -> Iterator[CustomerEntry]:
        """Customers with their addresses in pk order, read in two ordered streams and merged."""
        self._check_file()
        try:
            with self._engine.connect() as c1, self._engine.connect() as c2:
                self._require_schema(c1)
                shared: dict[int, set[str]] = {}
                for cpk, skey in c1.execute(select(_S.c.customer_pk, _S.c.mailbox_key)):
                    shared.setdefault(cpk, set()).add(skey)
                customers = c1.execution_options(yield_per=20000).execute(
                    select(_C.c.pk, _C.c.id, _C.c.full_name, _C.c.name_key, _C.c.flags,
                           _C.c.notes, *(_C.c[f] for f in PERSONAL_FIELDS)).order_by(_C.c.pk))
                addresses = c2.execution_options(yield_per=20000).execute(
                    select(*_ADDRESS_ROW).order_by(_A.c.customer_pk, _A.c.pk))
                pending = next(addresses, None)
                for pk, cid, full_name, nkey, flags, notes, *personal in customers:
                    rows: list[Any] = []
                    while pending is not None and pending[0] <= pk:
                        if pending[0] == pk:
                            rows.append(pending)
                        pending = next(addresses, None)
                    yield _entry_from_rows(cid, full_name, nkey, rows, flags, notes,
                                           shared.get(pk), personal)
                if self._engine.dialect.name == "sqlite":
                    # the two full-table reads filled both connections' page caches (up to 64 MB
                    # each, see _sqlite_pragmas): give that memory back now the index holds it
                    for c in (c1, c2):
                        c.exec_driver_sql("PRAGMA shrink_memory")
        except SQLAlchemyError as e:
            raise DirectoryError(f"cannot read the directory to build its index: {e}") from e


def _sqlite_folder_exists(database: str | None) -> None:
    """Raise `DirectoryError` naming the folder when a SQLite file's folder is missing (SQLite
    itself only says "unable to open database file")."""
    if database in (None, "", ":memory:") or str(database).startswith("file:"):
        return
    folder = Path(str(database)).expanduser().absolute().parent
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        cause = (NotADirectoryError if folder.exists() else FileNotFoundError)(str(folder))
        raise DirectoryError(f"cannot open the SQLite file {Path(str(database)).name}: the "
                             f"folder {folder} {what}; create it first, or give another "
                             f"path") from cause


def _record_event(conn: Any, cpk: int, address: str, key: str, action: str, by: str | None,
                  note: str) -> None:
    """One `AddressEvent` row (cut to its columns: a note is a sentence, not a document)."""
    conn.execute(insert(_E).values(customer_pk=cpk, address=address.strip()[:_ADDRESS_COLUMN],
                                   mailbox_key=key[:_ADDRESS_COLUMN], action=action,
                                   actor=(by or "").strip()[:200], note=(note or "").strip()[:1000],
                                   at=dt.datetime.now(dt.UTC).replace(tzinfo=None)))


def _epoch() -> dt.datetime:
    return dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _reconnect(url: str, snapshot: str | None, on_stale: str) -> Directory:
    return Directory.connect(url, create=False, snapshot=snapshot, on_stale=on_stale)


def _customer_values(c: Customer) -> dict[str, Any]:
    return {k: getattr(c, k) for k in _CUSTOMER_FIELDS}


def _migrate(conn: Any, version: int) -> None:
    """Schema ``version`` -> `SCHEMA_VERSION`, in the caller's transaction (PostgreSQL and
    SQLite undo it on failure; MariaDB commits each ALTER TABLE, so a rerun skips the columns
    that exist)."""
    from sqlalchemy import inspect

    have = {c["name"] for c in inspect(conn).get_columns(_A.name)}
    datetime_type = _A.c.added_at.type.compile(dialect=conn.dialect)
    for column in ("added_at", "removed_at"):
        if column not in have:
            conn.exec_driver_sql(f"ALTER TABLE {_A.name} ADD COLUMN {column} {datetime_type} NULL")
    conn.execute(update(_M).where(_M.c.key == "schema_version")
                 .values(value=str(SCHEMA_VERSION)))
    _bump_revision(conn)  # snapshots built before the migration are stale


def _bump_revision(conn: Any) -> int:
    """Count writes, so that other processes can tell their index is stale (`refresh`); returns
    the new revision (the row is locked until the transaction ends, so it is this write's)."""
    current = conn.execute(select(_M.c.value).where(_M.c.key == "revision")
                           .with_for_update()).scalar()
    revision = int(current or 0) + 1
    conn.execute(update(_M).where(_M.c.key == "revision").values(value=str(revision)))
    return revision


#: Seconds the freshness probe waits for the database unless a Guard or `connect` says otherwise.
_PROBE_TIMEOUT = 0.25
#: After a failed probe, the next one waits at least this long (whatever ``refresh_interval``).
_PROBE_RETRY = 1.0
#: Seconds to wait for a server connection on the main engine (bulk work, not the hot path).
_CONNECT_TIMEOUT = 10


def _server_connect_timeout(url: Any, options: dict[str, Any]) -> None:
    """A connect timeout for the main engine unless the caller set one (libpq and PyMySQL
    would otherwise wait for the operating system, minutes on a dropped network)."""
    # the URL's own name: asking SQLAlchemy for the default driver would load the dialect
    if url.drivername not in ("postgresql+psycopg", "mysql+pymysql", "mariadb+pymysql"):
        return
    if "connect_timeout" in url.query:
        return
    connect_args = dict(options.get("connect_args") or {})
    connect_args.setdefault("connect_timeout", _CONNECT_TIMEOUT)
    options["connect_args"] = connect_args


def _read_within(conn: Any, seconds: float) -> None:
    """Let the probe's read on a PyMySQL connection wait only what is left of its timeout once
    connected: the read timeout is fixed when a connection is made, and reconnecting after a
    timed-out read (the lock is still there) took 30-80 ms of the budget on a loaded machine.
    (PostgreSQL's statement_timeout and SQLite's busy timeout start with the statement.)"""
    raw = getattr(conn.connection, "dbapi_connection", None)
    if raw is not None and hasattr(raw, "_read_timeout") and raw._read_timeout is not None:
        raw._read_timeout = max(0.01, seconds)


def _probe_engine(url: Any, options: dict[str, Any], timeout: float) -> Engine:
    """A small engine for the freshness probe: autocommit single-row reads whose every wait
    (lock, statement, socket, connect) ends within ``timeout`` seconds where the driver allows.

    The waits get 80% of ``timeout`` so that the round trips around them fit in it too:
    SQLite's busy timeout, PostgreSQL's statement and lock timeouts, PyMySQL's read and write
    timeouts (its connect timeout is the whole budget). A server that stops answering altogether
    can cost a ping, a reconnect and a read. libpq's connect timeout is whole seconds, at least 2."""
    connect_args = dict(options.get("connect_args") or {})
    backend, driver = url.get_backend_name(), url.get_driver_name()
    ms = max(1, int(timeout * 800))
    if backend == "sqlite":
        connect_args["timeout"] = ms / 1000  # SQLite's busy timeout
        connect_args.setdefault("check_same_thread", False)
    elif backend == "postgresql" and driver == "psycopg":
        existing = connect_args.get("options") or url.query.get("options") or ""
        connect_args["options"] = (f"{existing} -c statement_timeout={ms} "
                                   f"-c lock_timeout={ms}").strip()
        connect_args["connect_timeout"] = max(2, math.ceil(timeout))
        connect_args.setdefault("prepare_threshold", None)
    elif backend == "mysql" and driver == "pymysql":
        connect_args["connect_timeout"] = timeout
        connect_args["read_timeout"] = connect_args["write_timeout"] = ms / 1000
    engine = create_engine(url, **private_engine_options({
        "connect_args": connect_args, "isolation_level": "AUTOCOMMIT", "pool_size": 2,
        "max_overflow": 8, "pool_reset_on_return": None,
        "pool_pre_ping": options.get("pool_pre_ping", backend != "sqlite")}))
    if backend == "sqlite":
        event.listen(engine, "connect", _sqlite_read_only)
    return engine


def _sqlite_read_only(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA query_only=ON")  # the probe never writes, whatever happens
    cur.close()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    # 64 MB of page cache (the default is 2 MB): bulk upserts insert into the id and mailbox-key
    # indexes in random order, and a small cache turns that into disk reads
    cur.execute("PRAGMA cache_size=-65536")
    cur.close()


class _Transaction:
    """``with self._db("doing x") as conn``: one transaction; database errors become DirectoryError."""

    def __init__(self, engine: Engine, doing: str, check_file: Callable[[], None]) -> None:
        self._engine = engine
        self._doing = doing
        self._check_file = check_file
        self._ctx: Any = None

    def __enter__(self) -> Any:
        try:
            self._check_file()
            self._ctx = self._engine.begin()
            return self._ctx.__enter__()
        except (SQLAlchemyError, DirectoryError) as e:
            raise DirectoryError(f"cannot {self._doing}: {_short(e)}") from e

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc is None:
            try:  # again just before the commit: nothing is committed to an unlinked file
                self._check_file()
            except DirectoryError as e:
                self._ctx.__exit__(type(e), e, e.__traceback__)  # rolls back
                raise DirectoryError(f"cannot {self._doing}: {e}") from e
        try:
            self._ctx.__exit__(exc_type, exc, tb)
        except SQLAlchemyError as e:
            raise DirectoryError(f"cannot {self._doing}: {_short(e)}") from e
        if isinstance(exc, SQLAlchemyError):
            raise DirectoryError(f"cannot {self._doing}: {_short(exc)}") from exc


def _short(e: BaseException) -> str:
    text = str(getattr(e, "orig", None) or e)
    return text.splitlines()[0][:300] if text else type(e).__name__

