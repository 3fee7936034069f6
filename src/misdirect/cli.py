"""The ``misdirect`` command: ``demo``, ``load``, ``check`` and ``audit``.

Exit codes (docs/cli.md):

* ``check``: 0 allow, 1 warn, 2 hold, 3 block, 4 unknown customer, 5 any other error;
* ``load``: 0 every row loaded, 1 some rows were skipped or a customer id appeared twice (each
  reported as ``file:line: problem``; with ``--strict`` nothing is written), 5 the file or the
  database could not be used;
* ``demo``: 0 when done, 5 on an error; ``audit``: see misdirect.cli_audit (0-5, for CI jobs).

Usage errors (a missing option, a bad value) exit 5 too, so that 2 always means "hold".
Nothing here prints a body, a secret, or another customer's data beyond what findings carry
(an id and a masked address).
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar, cast

import click
from rich.console import Console
from rich.markup import escape

from misdirect import __version__
from misdirect.cli_index import INDEX_HELP, db_url, open_directory, open_for_checks, report_index
from misdirect.dns import CachedResolver, DomainStatus, MailResolver, MxAnswer
from misdirect.errors import InputError, LoadRefused, MisdirectError, UnknownCustomerError
from misdirect.guard import Guard
from misdirect.io import (
    CustomerReader,
    RecordError,
    check_utf8,
    detect_format,
    read_eml,
    verdict_record,
)
from misdirect.models import Action, OutboundEmail, Verdict
from misdirect.policy import DEFAULT_ACTIONS, Policy

if TYPE_CHECKING:
    from rich.progress import Progress

    from misdirect.directory.loading import LoadReport
    from misdirect.directory.store import Directory

__all__ = ["EXIT_CODES", "EXIT_ERROR", "EXIT_SKIPPED_ROWS", "EXIT_UNKNOWN_CUSTOMER", "cli",
           "main"]

#: ``misdirect check`` exits with the verdict's action.
EXIT_CODES: dict[Action, int] = {Action.ALLOW: 0, Action.WARN: 1, Action.HOLD: 2, Action.BLOCK: 3}
EXIT_UNKNOWN_CUSTOMER = 4
EXIT_ERROR = 5
#: ``misdirect load`` skipped malformed rows (and loaded the others).
EXIT_SKIPPED_ROWS = 1
#: A command whose output stream was closed before it finished (128 + SIGPIPE, as a shell gives).
EXIT_BROKEN_PIPE = 141

ACTION_STYLES = {"allow": "green", "warn": "yellow", "hold": "bold dark_orange",
                 "block": "bold red"}
#: How many bad rows / unknown ids are listed before "... and N more".
MAX_LISTED = 20


#: Width given to rich when a stream is not a terminal: lines are never wrapped for a pipe or a
#: log file (rich would otherwise fold them at 80 columns, in the middle of addresses).
_PIPE_WIDTH = 100_000


def _console(stderr: bool) -> Console:
    """A console that wraps and colours only on a terminal; a pipe or a file gets plain lines."""
    stream = sys.stderr if stderr else sys.stdout
    if stream.isatty():
        return Console(stderr=stderr, highlight=False, soft_wrap=False)
    return Console(stderr=stderr, highlight=False, soft_wrap=True, width=_PIPE_WIDTH,
                   color_system=None, force_terminal=False)


def _consoles() -> tuple[Console, Console]:
    return _console(False), _console(True)


def _quiet() -> bool:
    """``misdirect --quiet`` or a command's own ``--quiet``: only errors and problems."""
    ctx = click.get_current_context(silent=True)
    return bool(ctx is not None and ctx.find_root().meta.get("misdirect.quiet"))


def _set_quiet(ctx: click.Context, _param: click.Parameter, value: bool) -> bool:
    if value:
        ctx.find_root().meta["misdirect.quiet"] = True
    return value


_F = TypeVar("_F", bound=Callable[..., Any])


def _quiet_option() -> Callable[[_F], _F]:
    return click.option("-q", "--quiet", is_flag=True, expose_value=False, callback=_set_quiet,
                        is_eager=True, help="Print only errors and problems (and --json output).")


def _fail(message: str, code: int = EXIT_ERROR) -> NoReturn:
    _consoles()[1].print(f"[bold red]error:[/] {escape(message)}")
    sys.exit(code)


@contextmanager
def _errors() -> Iterator[None]:
    """Our own errors become one line on stderr and an exit code, never a traceback."""
    try:
        yield
    except UnknownCustomerError as e:
        _fail(f"{e}. Load the customer first (misdirect load), or check the id.",
              EXIT_UNKNOWN_CUSTOMER)
    except MisdirectError as e:
        _fail(str(e))
    except OSError as e:
        _fail(f"{getattr(e, 'filename', None) or ''} {e.strerror or e}".strip())


def _db_url(value: str) -> str:
    """A SQLAlchemy URL; a plain path means a SQLite file."""
    return db_url(value)


def _open_existing(db: str, index_dir: str | Path | None = None) -> Directory:
    """A directory that must already hold customers (check, audit), with its index snapshot."""
    return open_directory(db, index_dir=index_dir)


def _guard(db: str, live_dns: bool, policy_file: Path | None,
           index_dir: str | Path | None = None) -> Guard:
    """The Guard of check and audit; its index is loaded (from the snapshot when current) now,
    and stderr says where it came from."""
    policy = Policy.from_toml(policy_file) if policy_file is not None else None
    directory = open_for_checks(db, index_dir=index_dir)
    report_index(directory, _consoles()[1], quiet=_quiet())
    # a SnapshotDirectory has every lookup a Guard makes (IndexLookups, health); it only cannot
    # write, and check never writes
    return Guard(cast("Directory", directory), policy=policy,
                 resolver=CachedResolver() if live_dns else None)


def _warm(guard: Guard, customer_id: str) -> None:
    """Run one throwaway check first, so that lazy loading (the index, the shipped domain and name
    lists, the content patterns) is not counted against the per-check time budgets: a one-shot
    command is always a cold start, and a fail-closed guard would hold the message for it."""
    with suppress(MisdirectError):  # the real check reports it
        guard.check(OutboundEmail(customer_id=customer_id, to=["warm.up@example.com"],
                                  subject="warm up", text="warm up"))


class _RecordedResolver:
    """DNS answers recorded in a JSON file, for a demo that runs offline and repeatably.

    A domain the file does not list counts as accepting mail: the sample's other domains are
    real mail domains (an UNKNOWN answer would make the guard fail closed on every send)."""

    def __init__(self, answers: dict[str, Any]) -> None:
        self._answers = {k.lower(): v for k, v in answers.items() if not k.startswith("_")}

    def mail_status(self, domain: str) -> MxAnswer:
        a = self._answers.get(domain.lower())
        if a is None:
            return MxAnswer(DomainStatus.DELIVERABLE, "not recorded; assumed to accept mail")
        return MxAnswer(DomainStatus(a["status"]), a.get("detail", ""))


def _sample(name: str) -> Any:
    return resources.files("misdirect").joinpath("data", "sample", name)


def _progress(console: Console) -> Progress:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                    MofNCompleteColumn(), TimeElapsedColumn(), console=console, transient=True,
                    disable=not console.is_terminal)


def _action_text(action: Action | str | None) -> str:
    if action is None:
        return "[dim]-[/]"
    value = action.value if isinstance(action, Action) else action
    return f"[{ACTION_STYLES[value]}]{value}[/]"


# --- the group -----------------------------------------------------------------------------


#: The commands defined in other modules: name -> (module, attribute). Each module is imported
#: only when its command runs (or for ``--help``), so that ``misdirect check`` does not pay for
#: the audit's, the relay's or the quarantine's imports.
_LAZY_COMMANDS: dict[str, tuple[str, str]] = {
    "policy": ("misdirect.cli_policy", "policy"),
    "audit": ("misdirect.cli_audit", "audit"),
    "relay": ("misdirect.cli_relay", "relay"),
    "quarantine": ("misdirect.cli_quarantine", "quarantine"),
    "index": ("misdirect.cli_index", "index"),
    "address": ("misdirect.cli_incident", "address"),
    "allow": ("misdirect.cli_incident", "allow"),
    "customer": ("misdirect.cli_incident", "customer"),
}


class _Group(click.Group):
    """Maps click's usage errors to exit code 5 (click uses 2, which here means "hold"), and
    loads the commands of `_LAZY_COMMANDS` on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *_LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is None and cmd_name in _LAZY_COMMANDS:
            module, attribute = _LAZY_COMMANDS[cmd_name]
            command = getattr(importlib.import_module(module), attribute)
            self.add_command(command, cmd_name)
        return command

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except BrokenPipeError:
            _closed_pipe(EXIT_BROKEN_PIPE)
        except click.exceptions.Abort:
            click.echo("Aborted.", err=True)
            sys.exit(130)
        except click.ClickException as e:
            e.show()
            sys.exit(EXIT_ERROR)
        sys.exit(rv if isinstance(rv, int) else 0)


def _closed_pipe(code: int) -> NoReturn:
    """The reader of stdout went away (``| head``): stop quietly. Python would print a
    BrokenPipeError when it flushes stdout at exit, so stdout is pointed at /dev/null first."""
    with suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    sys.exit(code)


_DB_HELP = ("Database: a SQLAlchemy URL (sqlite:///customers.db, postgresql+psycopg://..., "
            "mysql+pymysql://...) or a path to a SQLite file. Also read from MISDIRECT_DB.")


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="misdirect")
@_quiet_option()
def cli() -> None:
    """Check outbound transactional emails against the customer record before sending."""


# --- demo ----------------------------------------------------------------------------------


@cli.command()
@click.option("--db", default="sqlite://", show_default=True, envvar="MISDIRECT_DEMO_DB",
              help="Where to load the sample customers (default: in memory).")
@click.option("--dns", "live_dns", is_flag=True,
              help="Ask live DNS instead of the recorded answers shipped with the sample.")
@click.option("-v", "--verbose", is_flag=True, help="Explain every finding, not only the "
                                                     "incidents.")
def demo(db: str, live_dns: bool, verbose: bool) -> None:
    """Load the bundled sample customers and check the bundled sample sends.

    The sample holds about 60 customers from Finland, Sweden, Norway, Denmark, Germany and the UK,
    among them the two incidents this library exists for (docs/index.md).
    """
    from misdirect.audit.sources import email_from_record
    from misdirect.directory.store import Directory

    out, _err = _consoles()
    with _errors():
        directory = Directory.connect(_db_url(db))
        with resources.as_file(_sample("customers.csv")) as customers_path:
            report = directory.upsert(CustomerReader(customers_path, format="csv"))
        resolver: MailResolver
        if live_dns:
            resolver = CachedResolver()
        else:
            resolver = _RecordedResolver(json.loads(_sample("dns.json").read_text("utf-8")))
        guard = Guard(directory, resolver=resolver)
        records = [json.loads(line) for line in
                   _sample("sends.jsonl").read_text("utf-8").splitlines() if line.strip()]
        _warm(guard, str(records[0]["customer_id"]))
        results: list[tuple[dict[str, Any], Verdict]] = [
            (r, guard.check(email_from_record(r))) for r in records]

    out.print(f"Loaded {report.inserted + report.updated} sample customers "
              f"({report.addresses} addresses) into {escape(directory.url)}; "
              f"checking {len(results)} sample sends.\n")
    from rich.table import Table

    table = Table(title="misdirect demo: verdicts", show_lines=False, expand=False)
    table.add_column("send", no_wrap=True)
    table.add_column("customer", no_wrap=True)
    table.add_column("recipients", overflow="fold")
    table.add_column("action", no_wrap=True)
    table.add_column("findings", overflow="fold")
    table.add_column("suggestion", overflow="fold")
    for record, verdict in results:
        email = verdict.message
        recipients = [f"{'' if f == 'to' else f + ': '}{a}" for f, a in email.recipients()]
        codes = [c for c in _ordered_codes(verdict) if c != "recipient_not_on_record"]
        if "recipient_not_on_record" in verdict.codes():
            codes.append("[dim]recipient_not_on_record[/]")
        suggestions = list(dict.fromkeys(f.suggestion for f in verdict.findings if f.suggestion))
        table.add_row(escape(str(record.get("message_id", ""))), escape(email.customer_id),
                      escape("\n".join(recipients)) or "[dim](none)[/]",
                      _action_text(verdict.action), "\n".join(codes),
                      escape("\n".join(suggestions)))
    out.print(table)
    counts = Counter(v.action for _r, v in results)
    parts = ", ".join(f"{counts[a]} {_action_text(a)}" for a in Action)
    stopped = counts[Action.HOLD] + counts[Action.BLOCK]
    out.print(f"\n{len(results)} sends: {parts}. "
              f"{stopped} would not have been sent without a person looking at them.")
    featured = [(r, v) for r, v in results if verbose and v.findings or r.get("featured")]
    for record, verdict in featured:
        out.print(f"\n[bold]{escape(str(record.get('message_id', '')))}[/] "
                  f"({escape(str(record.get('note', '')))})")
        _print_findings(out, verdict)
    if not verbose:
        out.print("\n[dim]misdirect demo -v explains every finding; docs/findings.md lists "
                  "them all.[/]")


def _ordered_codes(verdict: Verdict) -> list[str]:
    """Codes, the most severe first."""
    order = sorted({f.code for f in verdict.findings},
                   key=lambda c: (-DEFAULT_ACTIONS.get(c, Action.WARN).rank, c))
    return order


def _print_findings(out: Console, verdict: Verdict) -> None:
    out.print(f"  action: {_action_text(verdict.action)}")
    for f in verdict.findings:
        out.print(f"  - [bold]{f.code}[/]: {escape(f.explanation)}")
        if f.suggestion:
            out.print(f"    suggestion: {escape(f.suggestion)}")
    # Rules that escalate the message as a whole (secrets to a doubtful recipient, ...) are not
    # a finding's own explanation, so they are shown separately.
    explained = [f.explanation for f in verdict.findings]
    for reason in verdict.reasons:
        if not any(e and e in reason for e in explained):
            out.print(f"  - {escape(reason)}")
    for note in getattr(verdict, "notes", []) or []:
        out.print(f"  note on this customer: {escape(note)}")


# --- load ----------------------------------------------------------------------------------


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--db", required=True, envvar="MISDIRECT_DB", help=_DB_HELP)
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default=None,
              help="Input format (default: from the file name).")
@click.option("--delimiter", default=None, metavar="CHAR",
              help="CSV delimiter: , ; tab (or any one character). Default: sniffed from the "
                   "header row.")
@click.option("--encoding", default="utf-8", show_default=True,
              help="The file's encoding: utf-8 (a byte-order mark is fine) or an 8-bit one such "
                   "as cp1252 (Excel's plain \"CSV\" in Western locales).")
@click.option("--strict", is_flag=True,
              help="Check every row first and write nothing if any row is bad or any customer "
                   "id appears twice.")
@click.option("--batch-size", type=click.IntRange(1, 100_000), default=10_000, show_default=True,
              help="Customers per transaction.")
@_quiet_option()
def load(file: Path, db: str, fmt: str | None, delimiter: str | None, encoding: str,
         strict: bool, batch_size: int) -> None:
    """Load customers from a CSV or JSONL FILE into the database.

    Existing customers (same id) are replaced. Every problem is reported by file:line on stderr:
    a malformed row (skipped), a customer id met twice (the later row wins), an address that is
    not valid (stored, masked in the report). Exit code 1 when a row was skipped or an id
    repeated; with --strict nothing is written then. A file that is not UTF-8 (or --encoding) or
    has no usable header is refused before anything is written, and a new SQLite file that the
    load does not fill is removed.
    """
    from misdirect.directory.loading import load_customers

    out, err = _consoles()
    with _errors():
        lines = check_utf8(file, encoding=encoding)
        is_csv = detect_format(file, fmt) == "csv"
        total = max(lines - (1 if is_csv else 0), 0)
        with _progress(err) as progress:
            task = progress.add_task(f"loading {file.name}", total=total or None)
            try:
                report = load_customers(file, _db_url(db), format=fmt, delimiter=delimiter,
                                        encoding=encoding, strict=strict,
                                        batch_size=batch_size,
                                        progress=lambda n: progress.advance(task, n))
            except LoadRefused as e:
                progress.stop()
                _report_load_problems(err, e.report)
                _fail(str(e).replace("(strict)", "(--strict)"), EXIT_SKIPPED_ROWS)
    _report_load_notes(err, report)
    if not _quiet():
        from rich.table import Table

        table = Table(title=f"loaded {escape(file.name)} into {escape(report.database or db)}",
                      show_header=False)
        table.add_column("", style="bold")
        table.add_column("", justify="right")
        table.add_row("customers inserted", str(report.inserted))
        table.add_row("customers updated", str(report.updated))
        table.add_row("addresses", str(report.addresses))
        table.add_row("invalid addresses (stored, never match)",
                      str(len(report.invalid_addresses)))
        table.add_row("repeated customer ids (the later row wins)",
                      f"[yellow]{len(report.duplicates)}[/]" if report.duplicates else "0")
        table.add_row("rows skipped", f"[red]{len(report.bad_rows)}[/]" if report.bad_rows
                      else "0")
        out.print(table)
    _report_load_problems(err, report)
    if not report.ok:
        sys.exit(EXIT_SKIPPED_ROWS)


def _report_load_notes(err: Console, report: LoadReport) -> None:
    """How the file was read (delimiter, ignored columns) and the warnings, unless --quiet."""
    if not _quiet():
        if report.delimiter not in (None, ","):
            name = {";": "semicolons", "\t": "tabs"}.get(report.delimiter or "",
                                                        repr(report.delimiter))
            err.print(f"[dim]note: read as CSV separated by {escape(name)}[/]")
        if report.ignored_columns:
            shown = [repr(c) + (f" (did you mean {report.column_suggestions[c]}?)"
                                if c in report.column_suggestions else "")
                     for c in report.ignored_columns]
            err.print(f"[yellow]note:[/] ignored column{'s' if len(shown) > 1 else ''} "
                      f"{escape(', '.join(shown))}")
    for warning in report.warnings:
        err.print(f"[yellow]warning:[/] {escape(warning)}")


def _report_load_problems(err: Console, report: LoadReport) -> None:
    """Each problem row by file:line (the first MAX_LISTED of each kind)."""
    _report_listed(err, report.duplicates, "[bold yellow]{n} repeated customer id{s} "
                                           "(the later row wins):[/]")
    _report_listed(err, report.invalid_addresses,
                   "[yellow]{n} invalid address{es} (stored, never match a recipient):[/]")
    _report_bad_rows(err, report.bad_rows, "rows")


def _report_listed(err: Console, items: Sequence[object], title: str) -> None:
    if not items:
        return
    n = len(items)
    err.print(title.format(n=n, s="s" if n > 1 else "", es="es" if n > 1 else ""))
    for item in items[:MAX_LISTED]:
        err.print(f"  {escape(str(item))}")
    if n > MAX_LISTED:
        err.print(f"  ... and {n - MAX_LISTED} more")


def _report_bad_rows(err: Console, bad: Sequence[RecordError], what: str) -> None:
    if not bad:
        return
    err.print(f"[bold red]{len(bad)} bad {what} skipped:[/]")
    for e in bad[:MAX_LISTED]:
        err.print(f"  {escape(str(e))}")
    if len(bad) > MAX_LISTED:
        err.print(f"  ... and {len(bad) - MAX_LISTED} more")


# --- check ---------------------------------------------------------------------------------


def _error_record(e: MisdirectError, **extra: Any) -> dict[str, Any]:
    """An error as the JSON object ``check --json`` and ``--stdin-jsonl`` print instead of a
    verdict: a stable ``error`` code, the readable ``message``, and the exit code it maps to."""
    if isinstance(e, UnknownCustomerError):
        return {**extra, "error": "unknown_customer", "customer_id": e.customer_id,
                "message": f"{e}. Load the customer first (misdirect load), or check the id.",
                "exit_code": EXIT_UNKNOWN_CUSTOMER}
    kind = "invalid_input" if isinstance(e, InputError) else "error"
    return {**extra, "error": kind, "message": str(e), "exit_code": EXIT_ERROR}


def _verdict_json(verdict: Verdict, customer_id: str, **extra: Any) -> dict[str, Any]:
    record = verdict_record(verdict, explanations=True, customer_id=customer_id, **extra)
    record["reasons"] = verdict.reasons
    record["explanation"] = verdict.explain()
    # the message as it may be sent: secrets redacted by the content scan (unchanged without it)
    record["redacted_subject"] = verdict.message.subject
    record["redacted_text"] = verdict.message.text
    record["redacted_html"] = verdict.message.html
    return record


def _print_message(out: Console, verdict: Verdict) -> None:
    m = verdict.message
    out.print("\nmessage as it may be sent (secrets redacted):", markup=False)
    out.print(f"Subject: {m.subject}", markup=False)
    if m.text is not None:
        out.print("", markup=False)
        out.print(m.text, markup=False)
    if m.html is not None:
        out.print("\n--- html ---", markup=False)
        out.print(m.html, markup=False)


@cli.command()
@click.option("--db", required=True, envvar="MISDIRECT_DB", help=_DB_HELP)
@click.option("--customer", "customer_id", help="The customer the message is about "
                                                "(with --eml: default X-Customer-Id).")
@click.option("--to", "to", multiple=True, help="Recipient (repeatable).")
@click.option("--cc", multiple=True, help="Cc recipient (repeatable).")
@click.option("--bcc", multiple=True, help="Bcc recipient (repeatable).")
@click.option("--subject", default="", help="Subject line.")
@click.option("--text", default=None, help="Plain-text body.")
@click.option("--text-file", type=click.Path(dir_okay=False, path_type=Path),
              help="Read the plain-text body from a UTF-8 file.")
@click.option("--eml", type=click.Path(dir_okay=False, path_type=Path),
              help="Check an RFC 5322 message (.eml) instead of --to/--subject/--text.")
@click.option("--stdin-jsonl", "stdin_jsonl", is_flag=True,
              help="Check a stream: one send a line on stdin (JSON: customer_id, to, cc, bcc, "
                   "subject, text, html), one verdict a line on stdout, one index for the run.")
@click.option("--dns", "live_dns", is_flag=True, help="Check that the domains accept mail "
                                                      "(live DNS).")
@click.option("--json", "as_json", is_flag=True, help="Print the verdict (or the error) as JSON.")
@click.option("--show-message", is_flag=True,
              help="Also print the message as it may be sent, secrets redacted.")
@click.option("--policy", "policy_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Policy TOML (default: the built-in policy; see misdirect policy show).")
@click.option("--index", "index_dir", type=click.Path(file_okay=False, path_type=Path),
              envvar="MISDIRECT_INDEX", help=INDEX_HELP)
@_quiet_option()
def check(db: str, customer_id: str | None, to: tuple[str, ...], cc: tuple[str, ...],
          bcc: tuple[str, ...], subject: str, text: str | None, text_file: Path | None,
          eml: Path | None, stdin_jsonl: bool, live_dns: bool, as_json: bool,
          show_message: bool, policy_file: Path | None, index_dir: Path | None) -> None:
    """Check one message. Exit code: 0 allow, 1 warn, 2 hold, 3 block, 4 unknown customer,
    5 error.

    With --stdin-jsonl: every line gets one JSON line back (a verdict, or an object with
    "error"); the exit code is 0 when every line was answered, 5 when the stream could not be
    read."""
    if stdin_jsonl:
        if customer_id or to or cc or bcc or text or text_file or eml:
            with _errors():
                raise InputError("--stdin-jsonl reads every message from stdin; do not combine "
                                 "it with --customer, --to, --cc, --bcc, --text, --text-file or "
                                 "--eml")
        _check_stream(db, live_dns, policy_file, index_dir)
        return
    out, _err = _consoles()
    email: OutboundEmail | None = None
    try:
        email = _one_email(customer_id, to, cc, bcc, subject, text, text_file, eml)
        guard = _guard(db, live_dns, policy_file, index_dir)
        _warm(guard, email.customer_id)
        verdict = guard.check(email)
    except MisdirectError as e:
        if as_json:  # a caller parsing stdout gets an object for errors too
            with suppress(BrokenPipeError):
                out.print_json(json.dumps(_error_record(e, customer_id=(
                    email.customer_id if email is not None else customer_id)),
                    ensure_ascii=False))
        with _errors():  # the line on stderr and the exit code, as for every command
            raise
    except OSError:
        with _errors():
            raise
    code = EXIT_CODES[verdict.action]
    try:
        if as_json:
            out.print_json(json.dumps(_verdict_json(verdict, email.customer_id),
                                      ensure_ascii=False))
        elif not _quiet():
            out.print(f"customer {escape(email.customer_id)}: "
                      f"{len(email.recipients())} recipient(s)")
            _print_findings(out, verdict)
            if not verdict.findings:
                out.print("  every recipient is one of the customer's own addresses")
            if show_message:
                _print_message(out, verdict)
        sys.stdout.flush()
    except BrokenPipeError:
        _closed_pipe(code)  # the verdict is the answer; the reader only stopped reading
    sys.exit(code)


def _one_email(customer_id: str | None, to: tuple[str, ...], cc: tuple[str, ...],
               bcc: tuple[str, ...], subject: str, text: str | None, text_file: Path | None,
               eml: Path | None) -> OutboundEmail:
    if eml is not None:
        if to or cc or bcc or text or text_file:
            raise InputError("--eml takes the recipients and the body from the file; do not "
                             "combine it with --to, --cc, --bcc, --text or --text-file")
        return read_eml(eml, customer_id=customer_id)
    if not customer_id:
        raise InputError("--customer is required (or use --eml with an X-Customer-Id header, "
                         "or --stdin-jsonl)")
    if text is not None and text_file is not None:
        raise InputError("use --text or --text-file, not both")
    if text_file is not None:
        try:
            text = text_file.read_text("utf-8")
        except UnicodeDecodeError as e:
            raise InputError(f"{text_file}: not UTF-8 (byte {e.start + 1})") from None
    return OutboundEmail(customer_id=customer_id, to=list(to), cc=list(cc), bcc=list(bcc),
                         subject=subject, text=text)


def _check_stream(db: str, live_dns: bool, policy_file: Path | None,
                  index_dir: Path | None) -> None:
    """``check --stdin-jsonl``: one index for the whole run, one JSON line out per line in,
    flushed at once, so that a caller can write a message and wait for its verdict."""
    with _errors():
        guard = _guard(db, live_dns, policy_file, index_dir)
    warm = False
    stdin = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
    lines: Iterator[Any] = iter(stdin) if stdin is not None else iter(sys.stdin)
    write, flush = sys.stdout.write, sys.stdout.flush
    number = 0
    try:
        for raw in lines:
            number += 1
            record = _stream_answer(guard, raw, number, warm)
            warm = warm or "action" in record
            write(json.dumps(record, ensure_ascii=False) + "\n")
            flush()
    except BrokenPipeError:
        _closed_pipe(EXIT_BROKEN_PIPE)
    except OSError as e:
        _fail(f"cannot read stdin: {e.strerror or e}")
    sys.exit(0)


def _stream_answer(guard: Guard, raw: bytes | str, number: int, warm: bool) -> dict[str, Any]:
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            return {"line": number, "error": "invalid_input", "exit_code": EXIT_ERROR,
                    "message": f"bytes that are not UTF-8 (at byte {e.start + 1} of the line)"}
    if not raw.strip():
        return {"line": number, "error": "invalid_input", "exit_code": EXIT_ERROR,
                "message": "an empty line; expected one JSON object"}
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as e:
        return {"line": number, "error": "invalid_input", "exit_code": EXIT_ERROR,
                "message": f"not valid JSON ({e.msg} at column {e.colno})"}
    extra: dict[str, Any] = {"line": number}
    if isinstance(obj, dict) and obj.get("message_id") is not None:
        extra["message_id"] = obj["message_id"]
    from misdirect.audit.sources import email_from_record  # not imported by a one-shot check

    try:
        email = email_from_record(obj)
        if not warm:
            _warm(guard, email.customer_id)
        verdict = guard.check(email)
    except MisdirectError as e:
        return _error_record(e, **extra)
    return _verdict_json(verdict, email.customer_id, **extra)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``misdirect`` script."""
    cli.main(args=list(argv) if argv is not None else None, prog_name="misdirect")
