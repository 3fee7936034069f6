"""Historic sends for the audit: JSONL, CSV, mbox, a directory of .eml files, or a SQL query.

A source is read in two steps, so that the expensive one can run on workers:

1. `Source.__iter__` yields `RawSend` items: the bytes of a line, a CSV row, the bytes of a message,
   or a database row, each with its ordinal ``n`` (1, 2, ...) and a ``position`` a person can find
   (``sends.jsonl:17``, ``archive.mbox:#3 (line 120)``, ``eml/0042.eml``, ``query:row 9``). This
   step only splits the input: it never decodes, validates or stops on a bad record.
2. `parse_send` turns one `RawSend` into a `ParsedSend` (an `OutboundEmail` and its ``sent_at``),
   or raises `InputError` with the reason. Pure: a worker process or a Dask task can run it.

Only a source that cannot be read at all (a missing file, a CSV without a ``customer_id`` column,
a query the database refuses) raises from `Source.open`; everything else becomes an error row.

Fields of a send (JSONL keys, CSV columns, query columns): ``message_id``, ``sent_at``,
``customer_id`` (required), ``to``, ``cc``, ``bcc``, ``subject``, ``text``, ``html``, and optionally
``known_secrets``, ``kind``, ``sender``. Other keys are ignored. In CSV and SQL, a recipient cell
holds several addresses separated by ``,`` ``;`` or ``|`` (or a JSON list). ``sent_at`` is an ISO
8601 date or time (``2025-03-01``, ``2025-03-01T09:30:00+02:00``; a time without an offset is UTC)
or a Unix timestamp; it is written back as UTC ISO 8601 (``2025-03-01T07:30:00Z``).

In mbox and .eml the customer comes from a header (``X-Customer-Id`` by default) and ``sent_at``
from ``Date`` (a missing or unreadable Date gives no ``sent_at``: the send is still audited).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError
from pydantic_core import from_json as _from_json

from misdirect.errors import InputError
from misdirect.io import RecordError, _decoded_lines, _problem, parse_eml
from misdirect.models import OutboundEmail, _plain_email

__all__ = [
    "SEND_FIELDS",
    "CsvSource",
    "EmlDirSource",
    "JsonlSource",
    "MboxSource",
    "ParsedSend",
    "RawSend",
    "SendReader",
    "Source",
    "SqlSource",
    "email_from_record",
    "mime_envelope",
    "normalize_sent_at",
    "open_source",
    "parse_send",
    "read_sends",
]

#: Keys of a send record that become `OutboundEmail` fields; other keys are ignored.
SEND_FIELDS = ("customer_id", "to", "cc", "bcc", "subject", "text", "html", "known_secrets", "kind",
               "sender", "message_id")
_RECIPIENT_FIELDS = ("to", "cc", "bcc")
#: CSV cells may hold a whole body (the issue's 10 MB case); the csv module's default is 128 KB.
_CSV_FIELD_LIMIT = 256 * 1024 * 1024

RawKind = Literal["json", "csv", "mime", "row"]


@dataclass(frozen=True, slots=True)
class RawSend:
    """One send as read from the source, not yet decoded. ``data`` is bytes (json, mime) or a
    dict (csv, row); a CSV row that could not be split carries ``{"__error__": reason}``."""

    n: int
    position: str
    kind: RawKind
    data: Any


@dataclass(frozen=True, slots=True)
class ParsedSend:
    email: OutboundEmail
    sent_at: str | None


def email_from_record(record: dict[str, Any]) -> OutboundEmail:
    """An `OutboundEmail` from a send record; keys that are not message fields are ignored."""
    values = _message_values(record)
    plain = _plain_email(values)  # the common record: no coercion, so no validation needed
    if plain is not None:
        return plain
    return _validated_email(values)


def _message_values(record: dict[str, Any]) -> dict[str, Any]:
    """The message fields of a send record, the customer id as text; `InputError` when it is
    not an object or has no customer id."""
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {type(record).__name__}")
    cid = record.get("customer_id")
    if cid is None or (isinstance(cid, str) and not cid.strip()):
        raise InputError("customer_id is missing")
    values = {k: record[k] for k in SEND_FIELDS if k in record}
    if not isinstance(values["customer_id"], str):
        values["customer_id"] = str(values["customer_id"])
    return values


def _validated_email(values: dict[str, Any]) -> OutboundEmail:
    try:
        return OutboundEmail.model_validate(values)
    except ValidationError as e:
        raise InputError(_problem(e)) from None


def normalize_sent_at(value: Any) -> str | None:
    """``sent_at`` as UTC ISO 8601 (``...Z``), None when empty; `InputError` when not a time."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    when: dt.datetime
    if isinstance(value, dt.datetime):
        when = value
    elif isinstance(value, dt.date):
        when = dt.datetime(value.year, value.month, value.day)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        try:
            when = dt.datetime.fromtimestamp(float(value), tz=dt.UTC)
        except (OverflowError, OSError, ValueError):
            raise InputError(f"sent_at: {value!r} is not a Unix timestamp") from None
    elif isinstance(value, str):
        text = value.strip()
        try:
            when = dt.datetime.fromisoformat(text[:-1] + "+00:00" if text[-1:] in "zZ" else text)
        except ValueError:
            raise InputError(f"sent_at: {text[:40]!r} is not an ISO 8601 date or time") from None
    else:
        raise InputError(f"sent_at: expected a date or time, got {type(value).__name__}")
    if when.tzinfo is not None:
        # a time at UTC (most archives write +00:00 or Z) needs no conversion: the same result,
        # at a third of the cost of astimezone()
        if when.utcoffset() != _ZERO:
            when = when.astimezone(dt.UTC)
        when = when.replace(tzinfo=None)
    return when.isoformat() + "Z"


_ZERO = dt.timedelta(0)


def _split_cell(value: Any) -> Any:
    """A recipient cell (CSV, SQL) as a list: a JSON list, or addresses split on , ; |."""
    if not isinstance(value, str):
        return value if value is not None else []
    text = value.strip()
    if not text:
        return []
    if text.startswith("["):
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError:
            parsed = None
        if isinstance(parsed, list):
            return parsed
    if "<" in text or '"' in text:  # display names may hold commas: let the RFC 5322 parser split
        pairs = getaddresses([text.replace(";", ",").replace("|", ",")])
        if pairs and all(a for _n, a in pairs):
            return [a for _n, a in pairs]
    return [p.strip() for p in text.replace(";", ",").replace("|", ",").split(",") if p.strip()]


def _from_mapping(record: dict[str, Any], *, split_cells: bool) -> ParsedSend:
    values = dict(record)
    if split_cells:
        for k in _RECIPIENT_FIELDS:
            if k in values:
                values[k] = _split_cell(values[k])
        for k in ("known_secrets",):
            if isinstance(values.get(k), str):
                values[k] = _split_cell(values[k])
        for k, v in list(values.items()):  # SQL NULL / empty CSV cell: not given
            if v is None or (isinstance(v, str) and k not in _RECIPIENT_FIELDS and not v):
                values.pop(k)
    sent_at = normalize_sent_at(values.get("sent_at"))
    return ParsedSend(email_from_record(values), sent_at)


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        bad = raw[e.start:e.start + 1].hex()
        raise InputError(f"bytes that are not UTF-8 (0x{bad} at byte {e.start + 1}); the source "
                         f"may be Latin-1 or Windows-1252") from None


_HEADERS = BytesHeaderParser()


def mime_envelope(data: bytes, customer_header: str) -> tuple[str, str | None, str | None]:
    """``(customer id, message id, sent_at)`` from a message's headers (a cheap header-only
    parse); `InputError` when the customer header is missing."""
    try:
        headers = _HEADERS.parsebytes(data)
    except Exception as e:  # noqa: BLE001 - the email package raises assorted errors
        raise InputError(f"cannot parse the message headers: {e}") from None
    cid = str(headers.get(customer_header, "") or "").strip()
    if not cid:
        raise InputError(f"no customer id: the message has no {customer_header} header")
    mid = str(headers.get("message-id", "") or "").strip() or None
    sent_at: str | None = None
    date = headers.get("date")
    if date:
        try:
            sent_at = normalize_sent_at(parsedate_to_datetime(str(date)))
        except (TypeError, ValueError, IndexError, InputError):
            sent_at = None  # archives hold odd dates; the send is still audited, as of today
    return cid, mid, sent_at


def _parse_mime(data: bytes, customer_header: str) -> ParsedSend:
    cid, _mid, sent_at = mime_envelope(data, customer_header)
    try:
        email = parse_eml(data, customer_id=cid, source="message")
    except InputError as e:
        raise InputError(str(e).removeprefix("message: ")) from None
    return ParsedSend(email, sent_at)


def parse_send(raw: RawSend, *, customer_header: str = "X-Customer-Id") -> ParsedSend:
    """The send in ``raw``; `InputError` with a one-line reason when it cannot be read."""
    if raw.kind == "json":
        text = _decode(raw.data)
        try:
            # pydantic-core's parser (a dependency already) takes a third less time than the
            # json module's; whatever it refuses goes to json.loads, which accepts the same
            # documents but for lone surrogate escapes, and words the error as before.
            obj = _from_json(text)
        except ValueError:
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as e:
                raise InputError(f"not valid JSON ({e.msg} at column {e.colno})") from None
            except RecursionError:
                raise InputError("not valid JSON (nested too deeply)") from None
        if not isinstance(obj, dict):
            raise InputError(f"expected a JSON object, got {type(obj).__name__}")
        return _from_mapping(obj, split_cells=False)
    if raw.kind == "csv":
        if "__error__" in raw.data:
            raise InputError(raw.data["__error__"])
        return _from_mapping(raw.data, split_cells=True)
    if raw.kind == "row":
        return _from_mapping(raw.data, split_cells=True)
    return _parse_mime(raw.data, customer_header)


# --- sources ---------------------------------------------------------------------------------


@dataclass
class Source:
    """Base of the sources: iterate for `RawSend` items; ``done`` and ``total`` measure progress
    (bytes for files, sends for a query whose size is unknown: ``total`` None)."""

    name: str
    done: int = 0
    total: int | None = None
    unit: str = "bytes"

    def __iter__(self) -> Iterator[RawSend]:  # pragma: no cover - abstract
        raise NotImplementedError

    def describe(self) -> str:
        return self.name


def _open(path: Path) -> io.BufferedReader:
    try:
        return path.open("rb")
    except OSError as e:
        raise InputError(f"{path}: cannot open: {e.strerror or e}") from e


@dataclass
class JsonlSource(Source):
    """One JSON object a line; blank lines are skipped (and not counted as sends)."""

    path: Path = field(default_factory=Path)

    def __post_init__(self) -> None:
        self.total = self.path.stat().st_size

    def __iter__(self) -> Iterator[RawSend]:
        n = 0
        with _open(self.path) as fh:
            for number, raw in enumerate(fh, start=1):
                self.done += len(raw)
                if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                if not raw.strip():
                    continue
                n += 1
                yield RawSend(n, f"{self.name}:{number}", "json", raw)


@dataclass
class CsvSource(Source):
    """A header row with the send fields as columns (``customer_id`` required); the delimiter
    (``,`` ``;`` or tab) is taken from the header row."""

    path: Path = field(default_factory=Path)

    def __post_init__(self) -> None:
        self.total = self.path.stat().st_size
        with _open(self.path) as fh:
            first = fh.readline().removeprefix(b"\xef\xbb\xbf")
        header = first.decode("utf-8", errors="replace")
        counts = {d: header.count(d) for d in (",", ";", "\t")}
        self.delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
        names = next(csv.reader([header], delimiter=self.delimiter), [])
        self.columns = [c.strip().lower() for c in names]
        if "customer_id" not in self.columns:
            raise InputError(f"{self.name}:1: no customer_id column in the header row (found: "
                             f"{', '.join(c for c in self.columns if c) or 'nothing'})")

    def __iter__(self) -> Iterator[RawSend]:
        csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
        fh = _open(self.path)

        def lines() -> Iterator[str]:
            for i, raw in enumerate(fh):
                self.done += len(raw)
                if i == 0:
                    continue  # the header, read in __post_init__
                # surrogateescape keeps the row whole; parse_send's check below names the bytes
                yield raw.decode("utf-8", errors="surrogateescape")

        n = 0
        with fh:
            reader = csv.reader(lines(), delimiter=self.delimiter)
            while True:
                start = reader.line_num + 1
                try:
                    cells = next(reader)
                except StopIteration:
                    return
                except csv.Error as e:
                    n += 1
                    yield RawSend(n, f"{self.name}:{start + 1}", "csv",
                                  {"__error__": f"cannot read the CSV row: {e}"})
                    continue
                if not any(c.strip() for c in cells):
                    continue
                n += 1
                where = f"{self.name}:{start + 1}"  # +1: the header line is not fed to reader
                yield RawSend(n, where, "csv", self._row(cells))

    def _row(self, cells: list[str]) -> dict[str, Any]:
        if len(cells) != len(self.columns):
            return {"__error__": f"{len(cells)} cells, but the header has "
                                 f"{len(self.columns)} columns"}
        for c in cells:
            try:
                c.encode("utf-8")
            except UnicodeEncodeError as e:
                return {"__error__": f"bytes that are not UTF-8 (0x"
                                     f"{ord(c[e.start]) & 0xFF:02x}); the file may be Latin-1 or "
                                     f"Windows-1252"}
        return {k: v for k, v in zip(self.columns, cells, strict=True) if k}


@dataclass
class MboxSource(Source):
    """An mbox file (mboxo or mboxrd): messages start at lines beginning ``From `` and
    ``>From `` lines are unescaped. Read as a stream, never listed whole."""

    path: Path = field(default_factory=Path)

    def __post_init__(self) -> None:
        self.total = self.path.stat().st_size

    def __iter__(self) -> Iterator[RawSend]:
        n = 0
        buf: list[bytes] = []
        start_line = 0
        with _open(self.path) as fh:
            for number, raw in enumerate(fh, start=1):
                self.done += len(raw)
                if raw.startswith(b"From "):
                    if buf or start_line:
                        n += 1
                        yield RawSend(n, f"{self.name}:#{n} (line {start_line})", "mime",
                                      b"".join(buf))
                    buf, start_line = [], number
                    continue
                if not start_line:
                    if raw.strip():
                        start_line = number  # no leading From line: treat as one message
                        buf.append(raw)
                    continue
                if raw.startswith(b">") and raw.lstrip(b">").startswith(b"From "):
                    raw = raw[1:]
                buf.append(raw)
            if start_line:
                n += 1
                yield RawSend(n, f"{self.name}:#{n} (line {start_line})", "mime", b"".join(buf))


@dataclass
class EmlDirSource(Source):
    """Every ``*.eml`` file under a directory, in sorted path order (so that reruns and resumes
    see the same order). The file names are listed first: about 100 bytes of memory per file."""

    path: Path = field(default_factory=Path)

    def __post_init__(self) -> None:
        files: list[str] = []
        for root, dirs, names in os.walk(self.path):
            dirs.sort()
            files.extend(os.path.join(root, f) for f in sorted(names) if f.lower().endswith(".eml"))
        self._files = files
        self.total = len(files)
        self.unit = "sends"

    def __iter__(self) -> Iterator[RawSend]:
        for n, name in enumerate(self._files, start=1):
            rel = os.path.relpath(name, self.path)
            self.done += 1
            try:
                data = Path(name).read_bytes()
            except OSError as e:
                yield RawSend(n, f"{self.name}/{rel}", "csv",
                              {"__error__": f"cannot read the file: {e.strerror or e}"})
                continue
            yield RawSend(n, f"{self.name}/{rel}", "mime", data)


@dataclass
class SqlSource(Source):
    """Rows of a query, read through SQLAlchemy in server-side chunks (``stream_results``), so
    that a table of any size is never held whole by the client."""

    url: str = ""
    query: str = ""
    chunk_rows: int = 2000

    def __post_init__(self) -> None:
        self.unit = "sends"
        self.total = None

    def describe(self) -> str:
        from sqlalchemy.engine import make_url

        try:
            shown = make_url(self.url).render_as_string(hide_password=True)
        except Exception:  # noqa: BLE001 - only for display
            shown = "<database>"
        return f"{shown}: {self.query}"

    def __iter__(self) -> Iterator[RawSend]:
        from sqlalchemy import create_engine, text
        from sqlalchemy.exc import SQLAlchemyError

        from misdirect.directory.engine_options import private_engine_options

        try:
            engine = create_engine(self.url, **private_engine_options())
        except Exception as e:  # noqa: BLE001 - a bad URL or a missing driver
            raise InputError(f"cannot open the source database: {e}") from e
        try:
            with engine.connect() as conn:
                result = conn.execution_options(stream_results=True,
                                                yield_per=self.chunk_rows).execute(
                    text(self.query))
                for n, row in enumerate(result.mappings(), start=1):
                    self.done = n
                    yield RawSend(n, f"query:row {n}", "row",
                                  {str(k).lower(): v for k, v in row.items()})
        except SQLAlchemyError as e:
            first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            raise InputError(f"the source query failed: {first[:300]}") from e
        finally:
            engine.dispose()


SourceKind = Literal["jsonl", "csv", "mbox", "eml"]


def open_source(path: str | Path | None = None, *, format: str | None = None,
                source_db: str | None = None, query: str | None = None) -> Source:
    """The source for a path (format from ``format`` or the name: ``.jsonl``/``.ndjson``,
    ``.csv``, ``.mbox``, a directory of ``.eml``) or for ``source_db`` + ``query``."""
    if source_db is not None or query is not None:
        if not source_db or not query:
            raise InputError("--source-db and --query go together")
        if path is not None:
            raise InputError("give either SOURCE or --source-db/--query, not both")
        return SqlSource(name="query", url=source_db, query=query)
    if path is None:
        raise InputError("no source: give SOURCE (a file or directory) or --source-db and --query")
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file or directory")
    kind = (format or "").lower() or None
    if kind is None:
        if p.is_dir():
            kind = "eml"
        else:
            suffix = p.suffix.lower()
            kind = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv",
                    ".mbox": "mbox", ".mbx": "mbox"}.get(suffix)
            if kind is None:
                raise InputError(f"{p}: cannot tell the format from the name; pass --format "
                                 f"jsonl, csv, mbox or eml")
    makers: dict[str, Callable[..., Source]] = {
        "jsonl": JsonlSource, "csv": CsvSource, "mbox": MboxSource, "eml": EmlDirSource}
    if kind not in makers:
        raise InputError(f"unknown format {format!r}: use jsonl, csv, mbox or eml")
    if (kind == "eml") != p.is_dir():
        raise InputError(f"{p}: format {kind} needs a {'directory' if kind == 'eml' else 'file'}")
    return makers[kind](name=str(p), path=p)


# --- the JSONL reader kept from misdirect.io ----------------------------------------------------


@dataclass
class SendReader:
    """Streams ``(line number, OutboundEmail)`` from a sends JSONL file.

    A malformed record raises `RecordError`, or, with ``on_error``, is reported and skipped.
    (The audit reads through `JsonlSource` + `parse_send`, which never skip; this reader is kept
    for callers of ``misdirect.io.read_sends``.)
    """

    path: str | Path
    on_error: Callable[[Any], None] | None = None
    records: int = 0

    def __iter__(self) -> Iterator[tuple[int, OutboundEmail]]:
        source = str(self.path)
        for line, text in enumerate(_decoded_lines(Path(self.path), source), start=1):
            if not text.strip():
                continue
            self.records += 1
            try:
                try:
                    obj = json.loads(text)
                except json.JSONDecodeError as e:
                    raise RecordError(source, line, f"not valid JSON ({e.msg} at column "
                                                    f"{e.colno})") from None
                try:
                    email = email_from_record(obj)
                except InputError as e:
                    raise RecordError(source, line, str(e)) from None
            except RecordError as e:
                if self.on_error is None:
                    raise
                self.on_error(e)
                continue
            yield line, email


def read_sends(path: str | Path, *,
               on_error: Callable[[Any], None] | None = None
               ) -> Iterator[tuple[int, OutboundEmail]]:
    """Stream ``(line, OutboundEmail)`` from a JSONL file of sends."""
    return iter(SendReader(path, on_error=on_error))
