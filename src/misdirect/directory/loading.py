"""`load_customers`: a customers file into a directory, with a report of what it did.

What ``misdirect load`` runs, usable from Python. Besides the counts of `UpsertReport` the report
says, each by file and line: the rows skipped (`RecordError`), the ids met twice (`DuplicateId`,
the later row wins), the addresses stored although not valid (masked); and whether the
customers have names at all (namesake checks need them).

Nothing is written before the file has been read through once to check its encoding and its
header; with ``strict=True`` the whole file is checked first and `LoadRefused` is raised, with
nothing written, when a row is bad or an id appears twice. A load that creates a new SQLite file
and fails, or loads no customer, removes the file again.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from misdirect.addresses import mask_address
from misdirect.directory.store import Directory, UpsertReport
from misdirect.errors import LoadRefused
from misdirect.io import CustomerReader, DuplicateId, RecordError, check_utf8

__all__ = ["InvalidAddressRow", "LoadReport", "load_customers"]

#: The checks that compare names; they cannot work for customers loaded without one.
NAME_CHECKS = ("namesake_collision", "namesake_ambiguous", "name_mismatch")


@dataclass(frozen=True)
class InvalidAddressRow:
    """An address stored as given but not valid (it can never match a recipient). Only the
    masked form is kept: a report may go to a log."""

    source: str
    line: int | None
    customer_id: str
    masked: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.masked} (customer {self.customer_id[:60]!r}): not a valid address"


@dataclass
class LoadReport:
    """What `load_customers` did (or, when `LoadRefused` is raised, found)."""

    source: str
    #: The directory's URL (password hidden); None when nothing was opened.
    database: str | None = None
    inserted: int = 0
    updated: int = 0
    addresses: int = 0
    #: Rows that could not be read, skipped (``file:line: problem``).
    bad_rows: list[RecordError] = field(default_factory=list)
    #: Ids met again further down the file; each time, the later row replaced the earlier.
    duplicates: list[DuplicateId] = field(default_factory=list)
    invalid_addresses: list[InvalidAddressRow] = field(default_factory=list)
    #: CSV columns that are not customer fields, and those of them that look like a misspelt one.
    ignored_columns: list[str] = field(default_factory=list)
    column_suggestions: dict[str, str] = field(default_factory=dict)
    #: CSV header -> customer field, as read.
    columns: dict[str, str] = field(default_factory=dict)
    #: The CSV delimiter used (given or sniffed); None for JSONL.
    delimiter: str | None = None
    #: Customers read, and how many of them have a name.
    customers: int = 0
    named: int = 0
    #: Sentences a person loading the file should read (no names column, ...).
    warnings: list[str] = field(default_factory=list)
    #: Whether anything was written to the directory.
    written: bool = False

    @property
    def ok(self) -> bool:
        """No row skipped and no id twice (invalid addresses and warnings do not count)."""
        return not self.bad_rows and not self.duplicates


def load_customers(path: str | os.PathLike[str], into: Directory | str, *,
                   format: str | None = None, delimiter: str | None = None,
                   encoding: str = "utf-8", strict: bool = False, batch_size: int = 10_000,
                   progress: Callable[[int], None] | None = None) -> LoadReport:
    """Load the customers in ``path`` (CSV or JSONL, see `misdirect.io`) into ``into``: a
    `Directory`, or a database URL (a new SQLite file that the load fails to fill is removed).

    ``delimiter``: the CSV delimiter (default: sniffed from the header row; ``,`` ``;`` tab).
    ``encoding``: UTF-8 unless told (``"cp1252"`` for a file Excel saved as plain "CSV" in a
    Western locale). ``strict``: write nothing if any row is bad or any id appears twice; raises
    `LoadRefused` (carrying the report). A file that cannot be read at all raises `InputError`
    (a `RecordError` names the line) before anything is written.
    """
    source = str(path)
    report = LoadReport(source=source)
    reader = _reader(path, format, delimiter, encoding, report)
    check_utf8(source, encoding=encoding)
    reader.check_header()
    if strict:
        for _c in reader:
            pass
        _note_reader(report, reader)
        if not report.ok:
            raise LoadRefused(report, _refusal(report))
        report.bad_rows.clear()
        reader = _reader(path, format, delimiter, encoding, report)
    new_file = _new_sqlite_file(into) if isinstance(into, str) else None
    directory = Directory.connect(into) if isinstance(into, str) else into
    report.database = directory.url
    try:
        upserted: UpsertReport = directory.upsert(reader, batch_size=batch_size,
                                                  progress=progress)
    except BaseException:
        if new_file is not None:
            _remove_sqlite_file(directory, new_file)
        raise
    report.inserted, report.updated = upserted.inserted, upserted.updated
    report.addresses = upserted.addresses
    report.written = bool(upserted.inserted or upserted.updated)
    _note_reader(report, reader)
    seen: set[tuple[str, str]] = set()
    for cid, address in upserted.invalid_addresses:
        if (cid, address) not in seen:  # a duplicate id's earlier row may list it too
            seen.add((cid, address))
            report.invalid_addresses.append(InvalidAddressRow(
                source, reader.line_of(cid), cid, mask_address(address.strip())))
    if new_file is not None and not report.written:
        _remove_sqlite_file(directory, new_file)
        report.warnings.append(f"no customer was loaded; {new_file} was not created")
    elif isinstance(into, str):
        directory.close()  # opened here: the caller gets the report, not the connection
    return report


def _reader(path: str | os.PathLike[str], format: str | None, delimiter: str | None,
            encoding: str, report: LoadReport) -> CustomerReader:
    return CustomerReader(Path(path), format=format,  # type: ignore[arg-type]
                          on_error=report.bad_rows.append, delimiter=delimiter,
                          encoding=encoding)


def _note_reader(report: LoadReport, reader: CustomerReader) -> None:
    """Copy what the reader noticed into the report, and say so when no customer has a name."""
    report.duplicates = list(reader.duplicates)
    report.ignored_columns = list(reader.ignored_columns)
    report.column_suggestions = dict(reader.column_suggestions)
    report.columns = dict(reader.columns)
    report.delimiter = reader.delimiter_used
    report.customers, report.named = reader.customers, reader.named
    report.warnings = [w for w in report.warnings if "namesake" not in w]
    if reader.customers and not reader.named:
        checks = ", ".join(NAME_CHECKS)
        if reader.format == "csv" and reader.name_column is None:
            what = "the file has no name column (full_name, or Name, Full Name)"
        else:
            what = "no customer in the file has a name (full_name is empty everywhere)"
        report.warnings.append(f"{what}: the customers were loaded without names, so namesake "
                               f"checks ({checks}) will not work for them")


def _refusal(report: LoadReport) -> str:
    parts = []
    if report.bad_rows:
        n = len(report.bad_rows)
        parts.append(f"{n} bad row{'s' if n > 1 else ''}")
    if report.duplicates:
        n = len(report.duplicates)
        parts.append(f"{n} repeated customer id{'s' if n > 1 else ''}")
    return f"{report.source}: {' and '.join(parts)}; nothing was written (strict)"


def _new_sqlite_file(url: str) -> Path | None:
    """The SQLite file ``url`` names, when it does not exist yet (the load will create it)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None  # Directory.connect says what is wrong
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or database in (None, "", ":memory:") \
            or str(database).startswith("file:"):
        return None
    path = Path(str(database)).absolute()
    return None if path.exists() else path


def _remove_sqlite_file(directory: Directory, path: Path) -> None:
    directory.close()
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()
