"""``misdirect quarantine ...``: review held messages.

    misdirect quarantine list [--status held] [--json]
    misdirect quarantine show ID
    misdirect quarantine release ID --by NAME [--upstream HOST:PORT]
    misdirect quarantine reject ID --by NAME --reason TEXT

Every command takes ``--db URL`` (or ``MISDIRECT_DB``): the database the relay or the hooks hold
messages in. Exit status 0 on success, 4 when the message is not in a state the step needs
(already released, rejected, being released), 5 for any other error. ``show`` prints the stored
message, which is the redacted one; the original (kept only under ``quarantine.keep_original``) is
never printed.
"""

from __future__ import annotations

import getpass
import json
import smtplib
import sys
from collections.abc import Callable
from email import policy as email_policy
from email.parser import BytesParser

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from misdirect.errors import ConfigurationError, MisdirectError, QuarantineStateError
from misdirect.integrations.quarantine import STATUSES, HeldMessage, Quarantine

__all__ = ["quarantine"]

EXIT_WRONG_STATE = 4
EXIT_ERROR = 5

_DB_HELP = ("Database of the quarantine: a SQLAlchemy URL or a path to a SQLite file. Also read "
            "from MISDIRECT_DB.")


def _open(db: str) -> Quarantine:
    url = db if "://" in db else f"sqlite:///{db}"
    return Quarantine(url)


def _fail(e: MisdirectError) -> None:
    Console(stderr=True).print(f"[red]error:[/] {escape(str(e))}")
    sys.exit(EXIT_WRONG_STATE if isinstance(e, QuarantineStateError) else EXIT_ERROR)


def parse_hostport(value: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[::1]:25`` for IPv6) as a tuple; `ConfigurationError` otherwise."""
    host, sep, port = value.rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ConfigurationError(f"not HOST:PORT: {value!r}")
    return host, int(port)


def smtp_sender(host: str, port: int, *, timeout: float = 30.0
                ) -> Callable[[bytes, str, list[str]], None]:
    """A `Quarantine.release` sender that hands the message to an SMTP server."""

    def send(message: bytes, envelope_from: str, envelope_to: list[str]) -> None:
        with smtplib.SMTP(host, port, timeout=timeout) as smtp:
            refused = smtp.sendmail(envelope_from, envelope_to, message)
        if refused:
            raise smtplib.SMTPRecipientsRefused(refused)

    return send


@click.group("quarantine")
def quarantine() -> None:
    """Review held messages: list, show, release or reject them."""


@quarantine.command("list")
@click.option("--db", required=True, envvar="MISDIRECT_DB", help=_DB_HELP)
@click.option("--status", type=click.Choice(STATUSES), default=None,
              help="Only messages with this status (default: all).")
@click.option("--customer", "customer_id", default=None, help="Only this customer's messages.")
@click.option("--json", "as_json", is_flag=True, help="A JSON array of objects instead of a table.")
def list_(db: str, status: str | None, customer_id: str | None, as_json: bool) -> None:
    """List held messages, oldest first."""
    try:
        with _open(db) as q:
            held = q.list(status, customer_id=customer_id)
    except MisdirectError as e:
        _fail(e)
        return
    if as_json:
        click.echo(json.dumps([m.summary() for m in held], ensure_ascii=False, indent=2))
        return
    out = Console()
    if not held:
        out.print("The quarantine is empty." if status is None else f"No {status} messages.")
        return
    table = Table(box=None)
    for col in ("id", "held at (UTC)", "status", "customer", "action", "codes", "recipients"):
        table.add_column(col)
    for m in held:
        table.add_row(m.id, m.held_at.strftime("%Y-%m-%d %H:%M:%S"), m.status,
                      escape(m.customer_id), m.action, escape(", ".join(m.codes)),
                      str(len(m.envelope_to)))
    out.print(table)


def _show(m: HeldMessage) -> None:
    out = Console(highlight=False)
    out.print(f"[bold]{m.id}[/]  {m.status}, {m.action} ({escape(', '.join(m.codes))})")
    out.print(f"customer: {escape(m.customer_id)}   held at: {m.held_at:%Y-%m-%d %H:%M:%S} UTC   "
              f"size: {m.size} bytes{'   original kept' if m.has_original else ''}")
    out.print(f"envelope: from {escape(m.envelope_from or '<>')} to "
              f"{escape(', '.join(m.envelope_to) or '(none)')}")
    if m.decided_by:
        out.print(f"decided by {escape(m.decided_by)} at {m.decided_at:%Y-%m-%d %H:%M:%S} UTC"
                  + (f": {escape(m.reason)}" if m.reason else ""))
    reasons = m.verdict.get("reasons") or [f.get("explanation", "")
                                           for f in m.verdict.get("findings", [])]
    if reasons:
        out.print("\n[bold]Why it was held[/]")
        for r in reasons:
            out.print(f"  - {escape(str(r))}")
    out.print("\n[bold]History[/]")
    for e in m.events:
        out.print(f"  {e.at:%Y-%m-%d %H:%M:%S}  {e.event:<16} {escape(e.by)}"
                  + (f"  {escape(e.detail)}" if e.detail else ""))
    out.print("\n[bold]Message (as stored: secrets redacted)[/]")
    assert m.message is not None
    msg = BytesParser(policy=email_policy.default).parsebytes(m.message)
    for name, value in msg.items():
        out.print(f"  {escape(name)}: {escape(' '.join(str(value).split()))}")
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if part.is_attachment() or not ctype.startswith("text/"):
            out.print(f"\n  [{escape(ctype)} attachment {escape(part.get_filename() or '')}, "
                      f"not shown]")
            continue
        try:
            body = part.get_content()
        except (LookupError, UnicodeError, AssertionError):
            body = "(cannot be decoded)"
        out.print(f"\n  --- {escape(ctype)} ---")
        out.print(escape(str(body)))


@quarantine.command("show")
@click.argument("message_id")
@click.option("--db", required=True, envvar="MISDIRECT_DB", help=_DB_HELP)
def show(message_id: str, db: str) -> None:
    """Show one held message: why it was held, its history, and the (redacted) message."""
    try:
        with _open(db) as q:
            m = q.get(message_id)
    except MisdirectError as e:
        _fail(e)
        return
    _show(m)


@quarantine.command("release")
@click.argument("message_id")
@click.option("--db", required=True, envvar="MISDIRECT_DB", help=_DB_HELP)
@click.option("--upstream", default="127.0.0.1:25", show_default=True,
              help="The SMTP server (HOST:PORT) to send the released message to.")
@click.option("--by", "by", default=None, help="Who releases it (default: your user name).")
def release(message_id: str, db: str, upstream: str, by: str | None) -> None:
    """Send a held message on (the stored, redacted one) and record who released it."""
    who = by or getpass.getuser()
    try:
        host, port = parse_hostport(upstream)
        with _open(db) as q:
            q.release(message_id, by=who, send=smtp_sender(host, port))
    except MisdirectError as e:
        _fail(e)
        return
    except (OSError, smtplib.SMTPException) as e:
        Console(stderr=True).print(f"[red]error:[/] {escape(upstream)} did not take the message "
                                   f"({escape(type(e).__name__)}: {escape(str(e)[:200])}); it "
                                   f"is held again")
        sys.exit(EXIT_ERROR)
    click.echo(f"released {message_id} to {upstream} (by {who})")


@quarantine.command("reject")
@click.argument("message_id")
@click.option("--db", required=True, envvar="MISDIRECT_DB", help=_DB_HELP)
@click.option("--by", "by", required=True, help="Who decided.")
@click.option("--reason", required=True, help="Why (kept in the audit record).")
def reject(message_id: str, db: str, by: str, reason: str) -> None:
    """Reject a held message for good; who and why are recorded."""
    try:
        with _open(db) as q:
            q.reject(message_id, by=by, reason=reason)
    except MisdirectError as e:
        _fail(e)
        return
    click.echo(f"rejected {message_id} (by {by})")
