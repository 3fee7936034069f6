"""Reading customers and sends from files, and writing verdicts as records.

* `read_customers` streams `Customer` records from CSV or JSONL;
* `read_sends`, `SendReader`, `email_from_record`, `SEND_FIELDS`: moved to
  `misdirect.audit.sources` (the audit's sources), importable from here as before;
* `read_eml` turns an RFC 5322 message (an ``.eml`` file) into an `OutboundEmail`;
* `audit_record` checks one send and returns the JSON-safe record ``misdirect audit`` writes: a pure
  function of a `Guard` and a dict, so that a batch runner (Dask, multiprocessing) can map it.

Files are read as UTF-8 (a byte-order mark is accepted) unless an ``encoding`` is given (``cp1252``
for Excel's plain "CSV"). Bytes that do not decode stop the read with a `RecordError` naming the
file and line: guessing an encoding would silently change addresses.
A record that is malformed (bad JSON, missing id, invalid field) is a `RecordError` too; the readers
take ``on_error`` to report it and go on instead of stopping.

CSV columns (header row required): ``id`` and ``emails`` (or ``email``) are required; ``full_name``
and the optional fields of `Customer` (``city``, ``postal_address``, ``postal_code``, ``phone``,
``birth_date`` as YYYY-MM-DD, ``national_id``, ``customer_number``, ``flags``, ``notes``) may be
present. Header names match whatever their case and spacing (``Full Name``, ``E-mail``; see
``_COLUMN_ALIASES``); a header without ``id`` or ``emails`` is refused with a suggestion. The
delimiter (``,`` ``;`` or tab) is sniffed from the header row unless given. Several addresses in
one cell are separated by ``;`` or ``|``. Other columns are ignored and listed in
`CustomerReader.ignored_columns`.

An address's history (the directory as it was, docs/directory.md): in JSONL an ``emails`` entry may
be an object ``{"address": ..., "added_at": ..., "removed_at": ..., "verified": true}`` (times in
ISO 8601, UTC unless they say otherwise); in CSV the ``emails`` cell may hold the same as a JSON
list (a cell starting with ``[``; quote it as CSV quotes any cell with commas).
"""

from __future__ import annotations

import csv
import difflib
import itertools
import json
import re
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import suppress
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
    "DELIMITERS",
    "CustomerReader",
    "DuplicateId",
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


def _text_encoding(encoding: str) -> str:
    """The codec's canonical name; only encodings that write a line break as the byte 0x0a (UTF-8,
    Windows-1252, Latin-1, ...) are accepted, since lines are split on bytes."""
    import codecs

    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r} (try utf-8 or cp1252)") from None
    if "\n".encode(info.name) != b"\n" or "a".encode(info.name) != b"a":
        raise InputError(f"encoding {encoding!r} is not supported: use utf-8 (or an 8-bit "
                         f"encoding such as cp1252)")
    return info.name


def _decoded_lines(path: Path, source: str, encoding: str = "utf-8") -> Iterator[str]:
    """The file's lines as text; a line that does not decode raises RecordError with its number."""
    encoding = _text_encoding(encoding)
    utf8 = encoding == "utf-8"
    try:
        fh = path.open("rb")
    except OSError as e:
        raise InputError(f"{source}: cannot open: {e.strerror or e}") from e
    with fh:
        for number, raw in enumerate(fh, start=1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                if not utf8:
                    raise RecordError(source, 1, f"the file starts with a UTF-8 byte-order mark "
                                                 f"but {encoding} was given; it is UTF-8")
                raw = raw[3:]
            try:
                yield raw.decode(encoding)
            except UnicodeDecodeError as e:
                bad = raw[e.start:e.start + 1].hex()
                if utf8:
                    hint = ("save the file as UTF-8 (Excel: \"CSV UTF-8\"), or give its encoding "
                            "if it is Windows-1252 (--encoding cp1252)")
                else:
                    hint = f"is the file really {encoding}?"
                raise RecordError(
                    source, number,
                    f"bytes that are not {'UTF-8' if utf8 else encoding} (0x{bad} at byte "
                    f"{e.start + 1} of the line); {hint}") from None


def check_utf8(path: str | Path, *, encoding: str = "utf-8") -> int:
    """Read the whole file once and return its number of lines; raise `RecordError` at the first
    line that does not decode (UTF-8 unless ``encoding`` says otherwise). Lets a loader refuse a
    file before writing anything."""
    count = 0
    for _line in _decoded_lines(Path(path), str(path), encoding):
        count += 1
    return count


def _problem(e: ValidationError) -> str:
    """A pydantic error as one readable line, without echoing the input value."""
    parts = []
    for err in e.errors()[:3]:
        loc = ".".join(str(x) for x in err.get("loc", ())) or "record"
        parts.append(f"{loc}: {err.get('msg', 'invalid')}")
    return "; ".join(parts)


# --- CSV headers and delimiters ----------------------------------------------------------------

#: The delimiters a customers CSV may use (Excel writes ``;`` in the Nordic and German locales).
DELIMITERS = (",", ";", "\t")
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}


def _column_key(header: str) -> str:
    """``"Full Name"``, ``"full_name"``, ``"FULL-NAME"`` -> ``"fullname"``."""
    return re.sub(r"[\s_\-.]+", "", header.strip().lstrip("\ufeff").casefold())


#: Header spellings (as `_column_key`) and the field each means: the field names themselves, and
#: the usual other names of the two columns every export has.
_COLUMN_ALIASES: dict[str, str] = {
    **{_column_key(c): c for c in CUSTOMER_COLUMNS},
    **dict.fromkeys(("email", "emailaddress", "emailaddresses", "epost", "epostadress",
                     "sähköposti"), "emails"),
    **dict.fromkeys(("name", "namn", "navn", "nimi"), "full_name"),
    "customerid": "id",
}


def _field_of(header: str) -> str | None:
    return _COLUMN_ALIASES.get(_column_key(header))


def _closest(header: str, candidates: Sequence[str]) -> str | None:
    """The candidate whose spelling is nearest ``header`` (difflib ratio 0.6 or more)."""
    keys = {_column_key(c): c for c in candidates}
    found = difflib.get_close_matches(_column_key(header), list(keys), n=1, cutoff=0.6)
    return keys[found[0]] if found else None


def _containing(field_name: str, headers: Sequence[str]) -> str | None:
    """The first header that starts or ends with a spelling of ``field_name`` (``Kund-ID``,
    ``E-mail address``), for a suggestion."""
    spellings = [a for a, f in _COLUMN_ALIASES.items() if f == field_name]
    for h in headers:
        key = _column_key(h)
        if any(key.startswith(a) or key.endswith(a) for a in spellings):
            return h
    return None


def sniff_delimiter(header_line: str) -> str:
    """The delimiter of a CSV header line: of ``,`` ``;`` and tab, the one under which most cells
    are customer columns (then: most cells); ``,`` when nothing tells."""
    best, best_score = ",", (0, 1)
    for d in DELIMITERS:
        cells = next(csv.reader([header_line], delimiter=d), [])
        score = (sum(1 for c in cells if _field_of(c)), len(cells))
        if score > best_score:
            best, best_score = d, score
    return best


def _delimiter(value: str | None) -> str | None:
    """``--delimiter`` as given (``;``, ``tab``, ``\\t``, ``comma``...) -> one character."""
    if value is None:
        return None
    named = {"comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t", "pipe": "|"}
    d = named.get(value.strip().lower(), value)
    if len(d) != 1 or d in "\"\r\n" or d.isalnum():
        raise InputError(f"a delimiter is one character such as , ; or tab, not {value!r}")
    return d


@dataclass(frozen=True)
class DuplicateId:
    """A customer id met again further down the same file: the later row wins (it replaces the
    earlier one, as an upsert does). ``str()`` is the line `misdirect load` prints."""

    source: str
    line: int
    customer_id: str
    earlier_line: int

    def __str__(self) -> str:
        return (f"{self.source}:{self.line}: customer {self.customer_id[:60]!r} also on line "
                f"{self.earlier_line}; the later row wins")


@dataclass
class CustomerReader:
    """Streams customers from a CSV or JSONL file.

    Iterating yields `Customer` objects. A malformed record raises `RecordError`, unless
    ``on_error`` is given: then it is called with the error and the record is skipped. A file that
    cannot be read at all (missing, not decodable, no usable header) always raises.

    While it reads, the reader notes what a person loading the file should know: ids met twice
    (`duplicates`, the later row wins), the line each customer came from (`line_of`), how many
    customers have a name (`named`), the CSV delimiter it used and the columns it ignored.
    """

    path: str | Path
    format: Format | None = None
    on_error: Callable[[RecordError], None] | None = None
    #: CSV delimiter; None: sniffed from the header row (``,`` ``;`` or tab), see `delimiter_used`.
    delimiter: str | None = None
    #: The file's encoding: UTF-8 (a byte-order mark is fine) unless told (``cp1252``).
    encoding: str = "utf-8"
    #: CSV columns that were present but are not customer fields (their values are not read).
    ignored_columns: list[str] = field(default_factory=list)
    #: Ignored columns whose name is close to a customer field: header -> field.
    column_suggestions: dict[str, str] = field(default_factory=dict)
    #: CSV header -> the customer field it was read as (``"E-mail"`` -> ``"emails"``).
    columns: dict[str, str] = field(default_factory=dict)
    #: Records read (good and bad), and lines that were blank.
    records: int = 0
    #: Ids met again further down the file (each time after the first).
    duplicates: list[DuplicateId] = field(default_factory=list)
    #: Customers read that have a (non-empty) full name.
    named: int = 0
    #: Customers read.
    customers: int = 0

    def __post_init__(self) -> None:
        self.format = detect_format(self.path, self.format)
        self._source = str(self.path)
        self.delimiter = _delimiter(self.delimiter)
        self.encoding = _text_encoding(self.encoding)
        #: The delimiter the CSV was read with (given or sniffed); None before reading or for JSONL.
        self.delimiter_used: str | None = None
        self._line_of: dict[str, int] = {}

    @property
    def name_column(self) -> str | None:
        """The CSV header read as ``full_name`` (None when there is none, or for JSONL)."""
        return next((h for h, f in self.columns.items() if f == "full_name"), None)

    def line_of(self, customer_id: str) -> int | None:
        """The line the customer was (last) read from."""
        return self._line_of.get(customer_id)

    def check_header(self) -> None:
        """Read only the header row (CSV) and raise `RecordError` if it cannot be used: a loader
        calls this before it connects to a database. JSONL has no header; nothing to check."""
        if self.format == "csv":
            rows = self._csv_rows()
            with suppress(StopIteration):
                next(rows)
            rows.close()

    def __iter__(self) -> Iterator[Customer]:
        rows = self._csv_rows() if self.format == "csv" else self._jsonl_rows()
        seen = self._line_of
        for line, row in rows:
            self.records += 1
            try:
                customer = self._customer(line, row)
            except RecordError as e:
                if self.on_error is None:
                    raise
                self.on_error(e)
                continue
            earlier = seen.get(customer.id)
            if earlier is not None:
                self.duplicates.append(DuplicateId(self._source, line, customer.id, earlier))
            seen[customer.id] = line
            self.customers += 1
            if customer.full_name:
                self.named += 1
            yield customer

    def _fail(self, line: int | None, problem: str) -> RecordError:
        return RecordError(self._source, line, problem)

    def _header(self, header: list[str], delimiter: str) -> list[str]:
        """The customer field of each header cell ("" for an ignored one); raise `RecordError`
        with a suggestion when ``id`` or ``emails`` is missing or a field appears twice."""
        fields = [_field_of(h) or "" for h in header]
        shown = [h.strip().lstrip("\ufeff") for h in header]
        missing = [c for c in ("id", "emails") if c not in fields]
        if missing:
            found = ", ".join(repr(h) for h in shown if h) or "nothing"
            hints = []
            unmapped = [h for h, f in zip(shown, fields, strict=True) if h and not f]
            for m in missing:
                near = _closest(m, unmapped) or _containing(m, unmapped)
                if near:
                    hints.append(f"rename {near!r} to {m}?")
            if len(header) == 1:
                others = [d for d in (",", ";", "\t", "|") if d != delimiter and d in header[0]]
                if others:
                    hints.append(f"the header is one column; is the file separated by "
                                 f"{_DELIMITER_NAMES[others[0]]}s? (--delimiter "
                                 f"{'tab' if others[0] == chr(9) else others[0]!r})")
            spellings = "id" if missing == ["id"] else "emails (or email, e-mail)"
            raise self._fail(1, f"missing column{'s' if len(missing) > 1 else ''} "
                                f"{', '.join(missing)} in the header row (found: {found}); "
                                + (" ".join(hints) if hints else
                                   f"the header row needs {spellings}, in any case and spacing"))
        for f in dict.fromkeys(f for f in fields if f):
            same = [h for h, g in zip(shown, fields, strict=True) if g == f]
            if len(same) > 1:
                names = ", ".join(repr(h) for h in dict.fromkeys(same))
                raise self._fail(1, f"column {f} appears more than once ({names}); keep one")
        self.columns = {h: f for h, f in zip(shown, fields, strict=True) if f}
        self.ignored_columns = [h for h, f in zip(shown, fields, strict=True) if h and not f]
        self.column_suggestions = {}
        for h in self.ignored_columns:
            near = _closest(h, [c for c in CUSTOMER_COLUMNS if c not in fields])
            if near:
                self.column_suggestions[h] = near
        return fields

    def _csv_rows(self) -> Generator[tuple[int, dict[str, Any]], None, None]:
        lines = _decoded_lines(Path(self.path), self._source, self.encoding)
        first = next(lines, None)
        if first is None:
            raise self._fail(None, "the file is empty; expected a header row with at least "
                                   "id and emails")
        delimiter = self.delimiter or sniff_delimiter(first)
        self.delimiter_used = delimiter
        reader = csv.reader(itertools.chain([first], lines), delimiter=delimiter)
        try:
            header = next(reader)
        except csv.Error as e:
            raise self._fail(1, f"cannot read the header row: {e}") from None
        names = self._header(header, delimiter)
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
                if not k:
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
        lines = _decoded_lines(Path(self.path), self._source, self.encoding)
        for line, text in enumerate(lines, start=1):
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
                   on_error: Callable[[RecordError], None] | None = None,
                   delimiter: str | None = None, encoding: str = "utf-8") -> Iterator[Customer]:
    """Stream customers from ``path`` (CSV or JSONL, see the module docstring)."""
    return iter(CustomerReader(path, format=detect_format(path, format), on_error=on_error,
                               delimiter=delimiter, encoding=encoding))


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
