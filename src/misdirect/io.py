"""Reading customers and sends from files, and writing verdicts as records.

* `read_customers` streams `Customer` records from CSV or JSONL;
* `read_sends`, `SendReader`, `email_from_record`, `SEND_FIELDS`: moved to
  `misdirect.audit.sources` (the audit's sources), importable from here as before;
* `read_eml` turns an RFC 5322 message (an ``.eml`` file) into an `OutboundEmail`;
* `audit_record` checks one send and returns the JSON-safe record ``misdirect audit`` writes: a pure
  function of a `Guard` and a dict, so that a batch runner (Dask, multiprocessing) can map it.

Files are read as UTF-8 (a byte-order mark is accepted). Bytes that are not UTF-8 stop the read with
a `RecordError` naming the file and line: guessing an encoding would silently change addresses.
A record that is malformed (bad JSON, missing id, invalid field) is a `RecordError` too; the readers
take ``on_error`` to report it and go on instead of stopping.

CSV columns (header row required): ``id`` and ``emails`` (or ``email``) are required; ``full_name``
and the optional fields of `Customer` (``city``, ``postal_address``, ``postal_code``, ``phone``,
``birth_date`` as YYYY-MM-DD, ``national_id``, ``customer_number``, ``flags``, ``notes``) may be
present. Several addresses in one cell are separated by ``;`` or ``|``. Other columns are ignored
and listed in `CustomerReader.ignored_columns`.

An address's history (the directory as it was, docs/directory.md): in JSONL an ``emails`` entry may
be an object ``{"address": ..., "added_at": ..., "removed_at": ..., "verified": true}`` (times in
ISO 8601, UTC unless they say otherwise); in CSV the ``emails`` cell may hold the same as a JSON
list (a cell starting with ``[``; quote it as CSV quotes any cell with commas).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email import policy as email_policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from misdirect.errors import InputError, UnknownCustomerError
from misdirect.models import Customer, OutboundEmail, Verdict

__all__ = [
    "CUSTOMER_COLUMNS",
    "CustomerReader",
    "RecordError",
    "audit_record",
    "check_utf8",
    "detect_format",
    "parse_eml",
    "read_customers",
    "read_eml",
    "split_addresses",
    "verdict_record",
]

Format = Literal["csv", "jsonl"]

#: Columns a customers CSV may have; ``id`` and ``emails`` (or ``email``) are required.
CUSTOMER_COLUMNS = ("id", "full_name", "emails", "city", "postal_address", "postal_code", "phone",
                    "birth_date", "national_id", "customer_number", "flags", "notes")
_LIST_COLUMNS = ("emails", "flags", "notes")
#: Send-file parsing moved to `misdirect.audit.sources`; these names stay importable from here.
_MOVED_TO_AUDIT = ("SEND_FIELDS", "SendReader", "email_from_record", "read_sends")


class RecordError(InputError):
    """One record (or the file) cannot be read. ``str()`` is ``file:line: problem``."""

    def __init__(self, source: str, line: int | None, problem: str) -> None:
        self.source = source
        self.line = line
        self.problem = problem
        where = f"{source}:{line}" if line else source
        super().__init__(f"{where}: {problem}")


def detect_format(path: str | Path, given: str | None = None) -> Format:
    """``csv`` or ``jsonl``, from ``given`` or the file name (``.csv``, ``.jsonl``, ``.ndjson``)."""
    if given:
        g = given.lower()
        if g in ("csv", "jsonl"):
            return g  # type: ignore[return-value]
        raise InputError(f"unknown format {given!r}: use csv or jsonl")
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    raise InputError(f"{path}: cannot tell the format from the file name; pass --format csv or "
                     f"--format jsonl")


def split_addresses(cell: str) -> list[str]:
    """``"a@x.fi; b@y.fi"`` or ``"a@x.fi|b@y.fi"`` -> ``["a@x.fi", "b@y.fi"]`` (blanks dropped)."""
    parts = cell.replace("|", ";").split(";")
    return [p.strip() for p in parts if p.strip()]


def _json_emails(cell: str) -> list[Any] | str:
    """An ``emails`` cell holding a JSON list (entries strings or objects with ``address``,
    ``added_at``, ``removed_at``, ``verified``), or the reason it is not one."""
    try:
        value = json.loads(cell)
    except json.JSONDecodeError as e:
        return f"the emails cell is not a valid JSON list ({e.msg} at column {e.colno})"
    if not isinstance(value, list):
        return "the emails cell starts with [ but is not a JSON list"
    return value


def _decoded_lines(path: Path, source: str) -> Iterator[str]:
    """The file's lines as text; a line that is not UTF-8 raises RecordError with its number."""
    try:
        fh = path.open("rb")
    except OSError as e:
        raise InputError(f"{source}: cannot open: {e.strerror or e}") from e
    with fh:
        for number, raw in enumerate(fh, start=1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError as e:
                bad = raw[e.start:e.start + 1].hex()
                raise RecordError(
                    source, number,
                    f"bytes that are not UTF-8 (0x{bad} at byte {e.start + 1} of the line); "
                    f"save the file as UTF-8 (it may be Latin-1 or Windows-1252)") from None


def check_utf8(path: str | Path) -> int:
    """Read the whole file once and return its number of lines; raise `RecordError` at the first
    line that is not UTF-8. Lets a loader refuse a file before writing anything."""
    count = 0
    for _line in _decoded_lines(Path(path), str(path)):
        count += 1
    return count


def _problem(e: ValidationError) -> str:
    """A pydantic error as one readable line, without echoing the input value."""
    parts = []
    for err in e.errors()[:3]:
        loc = ".".join(str(x) for x in err.get("loc", ())) or "record"
        parts.append(f"{loc}: {err.get('msg', 'invalid')}")
    return "; ".join(parts)


@dataclass
class CustomerReader:
    """Streams customers from a CSV or JSONL file.

    Iterating yields `Customer` objects. A malformed record raises `RecordError`, unless
    ``on_error`` is given: then it is called with the error and the record is skipped. A file that
    cannot be read at all (missing, not UTF-8, no header) always raises.
    """

    path: str | Path
    format: Format | None = None
    on_error: Callable[[RecordError], None] | None = None
    #: CSV columns that were present but are not customer fields (their values are not read).
    ignored_columns: list[str] = field(default_factory=list)
    #: Records read (good and bad), and lines that were blank.
    records: int = 0

    def __post_init__(self) -> None:
        self.format = detect_format(self.path, self.format)
        self._source = str(self.path)

    def __iter__(self) -> Iterator[Customer]:
        rows = self._csv_rows() if self.format == "csv" else self._jsonl_rows()
        for line, row in rows:
            self.records += 1
            try:
                yield self._customer(line, row)
            except RecordError as e:
                if self.on_error is None:
                    raise
                self.on_error(e)

    def _fail(self, line: int | None, problem: str) -> RecordError:
        return RecordError(self._source, line, problem)

    def _csv_rows(self) -> Iterator[tuple[int, dict[str, Any]]]:
        lines = _decoded_lines(Path(self.path), self._source)
        reader = csv.reader(lines)
        try:
            header = next(reader)
        except StopIteration:
            raise self._fail(None, "the file is empty; expected a header row with at least "
                                   "id and emails") from None
        except csv.Error as e:
            raise self._fail(1, f"cannot read the header row: {e}") from None
        names = [h.strip().lower().lstrip("\ufeff") for h in header]
        if "email" in names and "emails" not in names:
            names[names.index("email")] = "emails"
        missing = [c for c in ("id", "emails") if c not in names]
        if missing:
            raise self._fail(1, f"missing column{'s' if len(missing) > 1 else ''} "
                                f"{', '.join(missing)} in the header row (found: "
                                f"{', '.join(n for n in names if n) or 'nothing'})")
        dupes = sorted({n for n in names if n and names.count(n) > 1})
        if dupes:
            raise self._fail(1, f"column {', '.join(dupes)} appears more than once")
        self.ignored_columns = [n for n in names if n and n not in CUSTOMER_COLUMNS]
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as e:
                raise self._fail(reader.line_num, f"cannot read the CSV row: {e}") from None
            line = reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(names):
                yield line, {"__error__": f"{len(cells)} cells, but the header has "
                                          f"{len(names)} columns"}
                continue
            row: dict[str, Any] = {}
            for k, cell in zip(names, cells, strict=True):
                if k not in CUSTOMER_COLUMNS:
                    continue
                value = cell.strip()
                if k == "emails" and value.startswith("["):
                    row[k] = _json_emails(value)  # with their history (see the docstring)
                elif k in _LIST_COLUMNS:
                    row[k] = split_addresses(value)
                elif value or k == "id":  # an empty optional cell is "not known", not ""
                    row[k] = value
            if isinstance(row.get("emails"), str):  # a JSON cell that did not parse
                yield line, {"__error__": row["emails"]}
                continue
            yield line, row

    def _jsonl_rows(self) -> Iterator[tuple[int, dict[str, Any]]]:
        empty = True
        for line, text in enumerate(_decoded_lines(Path(self.path), self._source), start=1):
            if not text.strip():
                continue
            empty = False
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as e:
                yield line, {"__error__": f"not valid JSON ({e.msg} at column {e.colno})"}
                continue
            if not isinstance(obj, dict):
                yield line, {"__error__": f"expected a JSON object, got {type(obj).__name__}"}
                continue
            if isinstance(obj.get("emails"), str):
                obj["emails"] = split_addresses(obj["emails"])
            yield line, obj
        if empty:
            raise self._fail(None, "the file is empty; expected one JSON object per line")

    def _customer(self, line: int, row: dict[str, Any]) -> Customer:
        if "__error__" in row:
            raise self._fail(line, row["__error__"])
        if not str(row.get("id") or "").strip():
            raise self._fail(line, "the id is empty")
        try:
            return Customer.model_validate(row)
        except ValidationError as e:
            raise self._fail(line, f"customer {str(row.get('id'))[:60]!r}: {_problem(e)}") from None


def read_customers(path: str | Path, *, format: str | None = None,
                   on_error: Callable[[RecordError], None] | None = None) -> Iterator[Customer]:
    """Stream customers from ``path`` (CSV or JSONL, see the module docstring)."""
    return iter(CustomerReader(path, format=detect_format(path, format), on_error=on_error))


# --- .eml ------------------------------------------------------------------------------------


def _header_addresses(msg: EmailMessage, name: str) -> list[str]:
    """Every address in the ``name`` headers. Unparseable text is kept raw, so the guard reports
    it as ``invalid_address`` instead of silently dropping a recipient."""
    out: list[str] = []
    for value in msg.get_all(name, []):
        text = str(value)
        if not text.strip():
            continue
        pairs = getaddresses([text])
        if pairs and all(addr for _n, addr in pairs):
            out.extend(addr for _n, addr in pairs)
        else:
            out.extend(p.strip() for p in text.split(",") if p.strip())
    return out


def _part_text(part: EmailMessage) -> str:
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, AssertionError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
    return content if isinstance(content, str) else ""


def parse_eml(data: bytes, *, customer_id: str | None = None,
              source: str = "<message>") -> OutboundEmail:
    """An `OutboundEmail` from the bytes of an RFC 5322 message.

    Recipients come from To, Cc and Bcc; the body from the text/plain and text/html parts that are
    not attachments. The customer id is ``customer_id`` or else the ``X-Customer-Id`` header.
    """
    try:
        msg = BytesParser(policy=email_policy.default).parsebytes(data)
    except Exception as e:  # the email package raises assorted errors on broken input
        raise InputError(f"{source}: cannot parse the message: {e}") from e
    assert isinstance(msg, EmailMessage)
    if not msg.keys():
        raise InputError(f"{source}: no headers found; is this an .eml file?")
    cid = customer_id or str(msg.get("X-Customer-Id", "") or "").strip()
    if not cid:
        raise InputError(f"{source}: no customer id: pass --customer or add an X-Customer-Id "
                         f"header")
    texts: list[str] = []
    htmls: list[str] = []
    for part in msg.walk():
        if part.is_multipart() or part.is_attachment():
            continue
        ctype = part.get_content_type()
        if ctype == "text/plain":
            texts.append(_part_text(part))
        elif ctype == "text/html":
            htmls.append(_part_text(part))
    try:
        return OutboundEmail(
            customer_id=cid,
            to=_header_addresses(msg, "to"),
            cc=_header_addresses(msg, "cc"),
            bcc=_header_addresses(msg, "bcc"),
            subject=str(msg.get("subject", "") or ""),
            text="\n".join(texts) if texts else None,
            html="\n".join(htmls) if htmls else None,
            sender=str(msg.get("from")) if msg.get("from") else None,
            message_id=str(msg.get("message-id")) if msg.get("message-id") else None,
        )
    except ValidationError as e:
        raise InputError(f"{source}: {_problem(e)}") from None


def read_eml(path: str | Path, *, customer_id: str | None = None) -> OutboundEmail:
    """`parse_eml` of a file."""
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot open: {e.strerror or e}") from e
    return parse_eml(data, customer_id=customer_id, source=str(path))


# --- verdicts as records ---------------------------------------------------------------------


def verdict_record(verdict: Verdict, *, explanations: bool = False,
                   **extra: Any) -> dict[str, Any]:
    """A verdict as a JSON-safe dict: action, codes, and per finding the code, recipient,
    suggestion, other customers (id and masked address) and, for content findings, the kind and
    position. Never the body or a secret value; the explanation text only with
    ``explanations=True`` (it names the customer, which a batch report does not need)."""
    findings = []
    for f in verdict.findings:
        item: dict[str, Any] = {"code": f.code, "recipient": f.recipient,
                                "suggestion": f.suggestion}
        if explanations:
            item["explanation"] = f.explanation
        if f.other_customers:
            item["other_customers"] = [{"id": o.id, "masked_address": o.masked_address}
                                       for o in f.other_customers]
        if f.kind:
            item["kind"] = f.kind
        if f.location:
            item["location"] = f.location.model_dump()
        findings.append(item)
    return {**extra, "action": verdict.action.value,
            "codes": sorted(verdict.codes()),
            "recipient_actions": {r: a.value for r, a in verdict.recipient_actions.items()},
            "findings": findings}


def audit_record(guard: Any, email: OutboundEmail, **extra: Any) -> dict[str, Any]:
    """Check one send and return its audit record (pure apart from the guard's lookups).

    An unknown customer id is a record with ``"error": "unknown_customer"``, not an exception.
    """
    base = {**extra, "customer_id": email.customer_id}
    if email.message_id:
        base["message_id"] = email.message_id
    try:
        verdict = guard.check(email)
    except UnknownCustomerError:
        return {**base, "action": None, "error": "unknown_customer", "codes": [], "findings": []}
    return verdict_record(verdict, **base)


def __getattr__(name: str) -> Any:
    # Lazy: misdirect.audit.sources imports this module, so it cannot be imported at the top.
    if name in _MOVED_TO_AUDIT:
        from misdirect.audit import sources

        return getattr(sources, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
