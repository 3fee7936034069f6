"""The incident workflow on the command line: ``misdirect address verify|unverify|mark-misdirected|
unmark-misdirected``, ``misdirect allow`` and ``misdirect customer show``.

Each write records who (``--by``, by default the operating-system user) and when, as an
`AddressEvent` in the same transaction as the change; ``customer show`` prints the record with
every other customer as an id and a masked address only. The commands are thin: the work is done
by `Directory` (``mark_verified``, ``mark_misdirected``, ``allow_shared``, ``address_events`` ...).

Exit codes: 0 done, 4 unknown customer, 5 any other error (an invalid address, the database).
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape

from misdirect.addresses import InvalidAddress, mask_address, parse_address
from misdirect.cli_index import _snapshot_folder, open_directory
from misdirect.directory import Directory
from misdirect.directory.events import AddressEvent
from misdirect.directory.snapshot import read_info
from misdirect.errors import InputError, SnapshotError

__all__ = ["address", "allow", "customer", "default_actor"]

_DB_HELP = "Database: a SQLAlchemy URL or a path to a SQLite file. Also read from MISDIRECT_DB."
_BY_HELP = ("Who is doing this, kept with the change (default: MISDIRECT_USER, else the "
            "operating-system user).")


def default_actor() -> str:
    """The operating-system user, else "" (a container may have no name for its uid).
    ``--by`` and ``MISDIRECT_USER`` come first."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, no LOGNAME/USER
        return ""


def _by_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--by", "by", envvar="MISDIRECT_USER", default=None, metavar="NAME",
                        help=_BY_HELP)(f)


def _db_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--db", required=True, envvar="MISDIRECT_DB", help=_DB_HELP)(f)


def _valid(address: str) -> str:
    """The address as given (stripped), refused with the parser's reason when not valid."""
    try:
        parse_address(address)
    except InvalidAddress as e:
        hint = f"; did you mean {e.suggestion}?" if e.suggestion else ""
        raise InputError(f"{address.strip()[:100]!r} is not a valid address: {e.reason}"
                         f"{hint}") from None
    return address.strip()


def _when(at: dt.datetime) -> str:
    return f"{at.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC"


def _done(directory: Directory, customer_id: str, address: str, err: Console,
          out: Console) -> None:
    """After a write: the event just recorded, and who else has the address (masked)."""
    from misdirect.cli import _quiet

    events = directory.address_events(customer_id)
    if not _quiet() and events:
        last = events[-1]
        out.print(f"customer {escape(customer_id)}: {escape(last.describe())}", markup=True)
    others = [(cid, a) for cid, a in directory.stored_owners(address) if cid != customer_id]
    if others:
        shown = ", ".join(f"{cid} ({mask_address(a)})" for cid, a in others[:10])
        more = f" and {len(others) - 10} more" if len(others) > 10 else ""
        err.print(f"[yellow]note:[/] this address is also on record for customer"
                  f"{'s' if len(others) > 1 else ''} {escape(shown)}{more}")


def _current_snapshot(directory: Directory, folder: Path | None) -> int | None:
    """The revision of the index snapshot in ``folder`` when it is current (then its index is
    mapped now, so that the change goes into it too); None when there is none or it is stale."""
    if folder is None or not (folder / "manifest.json").exists():
        return None
    try:
        info = read_info(folder)
    except SnapshotError:
        return None
    revision = directory._revision()
    if info.revision != revision or info.directory_id != directory._identity():
        return None
    directory.index  # noqa: B018 - maps the snapshot (about a second at a million customers)
    return revision if (directory.index_origin or "").startswith("loaded") else None


def _keep_snapshot(directory: Directory, db: str, folder: Path | None, before: int | None,
                   err: Console) -> None:
    """Save the index with the change as the new snapshot, when it was current before and the
    change is the only write since (the revision moved by exactly one): check and audit then
    keep starting from it. Otherwise say that the snapshot is out of date."""
    from misdirect.cli import _quiet

    if folder is None or not (folder / "manifest.json").exists():
        return
    after = directory._revision()
    if before is not None and after == before + 1:
        directory.index.save(folder, revision=after, directory_id=directory._identity(),
                             source=directory.url)
        return
    if not _quiet():
        err.print(f"[dim]note: the index snapshot at {escape(str(folder))} is out of date; "
                  f"check and audit build the index from the database until misdirect index "
                  f"build --db {escape(db)} is run again[/]")


def _write(db: str, customer_id: str, address: str,
           change: Callable[[Directory, str], None]) -> None:
    from misdirect.cli import _consoles, _errors

    out, err = _consoles()
    with _errors():
        given = _valid(address)
        directory = open_directory(db)
        try:
            folder = _snapshot_folder(db, None)
            before = _current_snapshot(directory, folder)
            change(directory, given)
            _keep_snapshot(directory, db, folder, before, err)
            _done(directory, customer_id, given, err, out)
        finally:
            directory.close()


def _actor(by: str | None) -> str:
    return (by if by is not None else default_actor()).strip()


# --- misdirect address ... ----------------------------------------------------------------------


@click.group()
def address() -> None:
    """Record what is known about a customer's address: verified, unverified, misdirected."""


@address.command("verify")
@click.argument("customer_id", metavar="CUSTOMER")
@click.argument("address_", metavar="ADDRESS")
@_db_option
@_by_option
@click.option("--note", default="", help="How it was verified (a call, a confirmation link).")
def verify(customer_id: str, address_: str, db: str, by: str | None, note: str) -> None:
    """The customer confirmed ADDRESS is theirs (added to the record if missing; clears a
    misdirected mark)."""
    _write(db, customer_id, address_, lambda d, a: d.mark_verified(
        customer_id, a, by=_actor(by), note=note))


@address.command("unverify")
@click.argument("customer_id", metavar="CUSTOMER")
@click.argument("address_", metavar="ADDRESS")
@_db_option
@_by_option
@click.option("--note", default="", help="Why (typed in by an agent, bounced ...).")
def unverify(customer_id: str, address_: str, db: str, by: str | None, note: str) -> None:
    """ADDRESS is not confirmed by the customer (added to the record if missing)."""
    _write(db, customer_id, address_, lambda d, a: d.mark_unverified(
        customer_id, a, by=_actor(by), note=note))


@address.command("mark-misdirected")
@click.argument("customer_id", metavar="CUSTOMER")
@click.argument("address_", metavar="ADDRESS")
@_db_option
@_by_option
@click.option("--note", required=True, help="What happened (kept for the incident record).")
def mark_misdirected(customer_id: str, address_: str, db: str, by: str | None,
                     note: str) -> None:
    """Mail for CUSTOMER reached the wrong person at ADDRESS: never send it there again (every
    such message is blocked as misdirected_address, and a re-load from the CRM keeps the
    mark)."""
    _write(db, customer_id, address_, lambda d, a: d.mark_misdirected(
        customer_id, a, note=note, by=_actor(by)))


@address.command("unmark-misdirected")
@click.argument("customer_id", metavar="CUSTOMER")
@click.argument("address_", metavar="ADDRESS")
@_db_option
@_by_option
@click.option("--note", default="", help="Why the mark was wrong.")
def unmark_misdirected(customer_id: str, address_: str, db: str, by: str | None,
                       note: str) -> None:
    """Clear a misdirected mark (ADDRESS becomes the customer's again, unverified)."""
    _write(db, customer_id, address_, lambda d, a: d.unmark_misdirected(
        customer_id, a, by=_actor(by), note=note))


# --- misdirect allow ------------------------------------------------------------------------------


@click.command()
@click.argument("customer_id", metavar="CUSTOMER")
@click.argument("address_", metavar="ADDRESS")
@_db_option
@_by_option
@click.option("--reason", default=None,
              help="Why this mailbox may get the customer's mail (required unless --remove).")
@click.option("--remove", is_flag=True, help="Take the pair off the allowlist instead.")
def allow(customer_id: str, address_: str, db: str, by: str | None, reason: str | None,
          remove: bool) -> None:
    """Allow CUSTOMER's mail to go to ADDRESS although it is another customer's or a shared
    name's (a family mailbox, an accountant): only this pair is affected."""
    from misdirect.cli import _errors

    if remove:
        def change(d: Directory, a: str) -> None:
            if not d.disallow_shared(customer_id, a, by=_actor(by), note=reason or ""):
                raise InputError(f"{a} is not an allowed shared mailbox of customer "
                                 f"{customer_id}")
    else:
        if not (reason or "").strip():
            with _errors():
                raise InputError("--reason is required: say why this mailbox may get the "
                                 "customer's mail (it is kept for audits)")

        def change(d: Directory, a: str) -> None:
            d.allow_shared(customer_id, a, reason=(reason or "").strip(), by=_actor(by))
    _write(db, customer_id, address_, change)


# --- misdirect customer show --------------------------------------------------------------------


@click.group()
def customer() -> None:
    """Look at one customer's record."""


def _event_json(e: AddressEvent) -> dict[str, Any]:
    return {"address": e.address, "action": e.action, "by": e.by,
            "at": e.at.isoformat(), "note": e.note}


def _iso(at: dt.datetime | None) -> str | None:
    return None if at is None else at.isoformat()


def _print_mates(out: Console, mates: list[tuple[str, str]]) -> None:
    if mates:
        shown = ", ".join(f"{cid} ({mask_address(a)})" for cid, a in mates[:10])
        more = f" and {len(mates) - 10} more" if len(mates) > 10 else ""
        out.print(f"    also on record for: {escape(shown)}{more}")


@customer.command("show")
@click.argument("customer_id", metavar="ID")
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print the record as JSON.")
def show(customer_id: str, db: str, as_json: bool) -> None:
    """The customer's addresses with their state (verified, misdirected), the allowed shared
    mailboxes, and who did what when. Other customers appear as an id and a masked address;
    personal-data fields are named, not shown."""
    from misdirect.cli import _consoles, _errors
    from misdirect.directory.store import PERSONAL_FIELDS

    out, _err = _consoles()
    with _errors():
        directory = open_directory(db)
        try:
            record = directory.get(customer_id)
            states = directory.address_states(customer_id)
            shared = directory.shared_mailboxes(customer_id)
            events = directory.address_events(customer_id)
            others = {a: [(cid, x) for cid, x in directory.stored_owners(a) if cid != customer_id]
                      for a in dict.fromkeys([*(s.address for s in states),
                                              *(a for a, _r in shared)])}
        finally:
            directory.close()
    personal = [f for f in PERSONAL_FIELDS if getattr(record, f) not in (None, "")]
    if as_json:
        out.print_json(json.dumps({
            "id": record.id, "full_name": record.full_name, "personal_fields": personal,
            "flags": record.flags, "notes": record.notes,
            "addresses": [{
                "address": s.address, "verification": s.verification,
                "verified_at": _iso(s.verified_at), "misdirected": s.misdirected,
                "added_at": _iso(s.added_at), "removed_at": _iso(s.removed_at),
                "also_on_record_for": [{"id": cid, "masked_address": mask_address(a)}
                                       for cid, a in others[s.address]]}
                for s in states],
            "shared_mailboxes": [{"address": a, "reason": r, "also_on_record_for": [
                {"id": cid, "masked_address": mask_address(x)} for cid, x in others[a]]}
                for a, r in shared],
            "events": [_event_json(e) for e in events]}, ensure_ascii=False))
        return
    out.print(f"customer {escape(record.id)}: {escape(record.full_name) or '[dim](no name)[/]'}")
    if personal:
        out.print(f"  personal data on record: {', '.join(personal)}")
    if record.flags:
        out.print(f"  flags: {escape(', '.join(record.flags))}")
    for note in record.notes:
        out.print(f"  note: {escape(note)}")
    out.print("addresses:")
    if not states:
        out.print("  [dim](none)[/]")
    for s in states:
        if s.misdirected:
            state = "[bold red]misdirected[/] (never sent to again)"
        elif s.removed_at is not None:
            state = f"[dim]removed {_when(s.removed_at)}[/] (a former address)"
        elif s.verification == "verified":
            state = "[green]verified[/]" + (f" {_when(s.verified_at)}" if s.verified_at else "")
        else:
            state = s.verification
        out.print(f"  {escape(s.address)}  {state}")
        _print_mates(out, others[s.address])
    if shared:
        out.print("shared mailboxes (allowed):")
        for a, r in shared:
            out.print(f"  {escape(a)}" + (f"  reason: {escape(r)}" if r else ""))
            _print_mates(out, others[a])
    if events:
        out.print("history:")
        for e in events:
            out.print(f"  {escape(e.describe())}")
