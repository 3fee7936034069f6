"""``misdirect index build|show``, and `open_directory`: how every command finds its index snapshot.

A snapshot (`misdirect.directory.snapshot`) lets a one-shot ``check`` or ``audit`` start in about a
second instead of rebuilding the index from the database. Where it lives, in this order:

1. ``--index DIR`` (or ``MISDIRECT_INDEX``);
2. beside a SQLite file: ``customers.db`` -> ``customers.db.index/``;
3. for a server URL: ``$XDG_CACHE_HOME/misdirect/index/<database>-<hash of the URL>`` (default
   ``~/.cache``).

A snapshot is used only when it was built at the directory's current revision; otherwise the
index is built from the database as before, and the command says why on stderr.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.markup import escape

from misdirect.directory.snapshot import read_info
from misdirect.errors import InputError, SnapshotError

if TYPE_CHECKING:
    from misdirect.directory.mapped import SnapshotDirectory
    from misdirect.directory.store import Directory

__all__ = ["INDEX_HELP", "default_snapshot", "index", "open_directory", "open_for_checks",
           "report_index"]

INDEX_HELP = ("Index snapshot folder (default: beside a SQLite file, DB.index; for a server, in "
              "~/.cache/misdirect/index). Also read from MISDIRECT_INDEX. Made by misdirect "
              "index build.")
#: Setting MISDIRECT_INDEX to this (or --index none) turns snapshots off.
NO_SNAPSHOT = "none"


def db_url(value: str) -> str:
    """A SQLAlchemy URL; a plain path means a SQLite file."""
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def _sqlite_path(url: str) -> Path | None:
    if url.startswith("sqlite:///") and url not in ("sqlite:///:memory:", "sqlite:///"):
        return Path(url[len("sqlite:///"):].split("?", 1)[0])
    return None


def default_snapshot(db: str) -> Path | None:
    """Where the snapshot of database ``db`` (URL or SQLite path) lives by default; None for an
    in-memory database."""
    url = db_url(db)
    path = _sqlite_path(url)
    if path is not None:
        return path.with_name(path.name + ".index")
    if url.startswith("sqlite"):
        return None
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    # the password is not part of the name: the same database under a rotated password is the same
    ident = parsed.set(password=None).render_as_string(hide_password=False)
    digest = hashlib.sha256(ident.encode()).hexdigest()[:12]
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "misdirect" / "index" / f"{parsed.database or parsed.get_backend_name()}-{digest}"


def _snapshot_folder(db: str, index_dir: str | os.PathLike[str] | None) -> Path | None:
    if index_dir is None:
        index_dir = os.environ.get("MISDIRECT_INDEX") or None
    if index_dir is not None:
        return None if str(index_dir).strip().lower() == NO_SNAPSHOT else Path(index_dir)
    return default_snapshot(db)


def open_directory(db: str, *, index_dir: str | os.PathLike[str] | None = None,
                   on_stale: str = "rebuild", must_exist: bool = True) -> Directory:
    """The directory at ``db`` (URL or SQLite path) with its index snapshot: ``index_dir``, or
    ``MISDIRECT_INDEX``, or the default place (`default_snapshot`). The index is loaded on first
    use (call `report_index` to load it now and say how). ``must_exist``: refuse a SQLite path
    that does not exist instead of creating an empty database (check, audit). Every process
    (an audit worker) can call this and map the same snapshot."""
    from misdirect.directory.store import Directory

    url = _existing_url(db, must_exist)
    return Directory.connect(url, snapshot=_snapshot_folder(db, index_dir), on_stale=on_stale)


def open_for_checks(db: str, *,
                    index_dir: str | os.PathLike[str] | None = None) -> Directory | SnapshotDirectory:
    """As `open_directory` for ``check``, which only looks up: a SQLite file whose snapshot is
    current is opened as a `SnapshotDirectory`, without SQLAlchemy (the bulk of a cold start's
    imports); in every other case (a server, no snapshot, a stale one) it is the `Directory`
    of `open_directory`, which rebuilds the index and says why."""
    url = _existing_url(db, True)
    path, folder = _sqlite_path(url), _snapshot_folder(db, index_dir)
    if path is not None and folder is not None and "?" not in url:
        from misdirect.directory.mapped import open_snapshot_directory

        mapped = open_snapshot_directory(path, folder)
        if mapped is not None:
            return mapped
    return open_directory(db, index_dir=index_dir)


def _existing_url(db: str, must_exist: bool) -> str:
    url = db_url(db)
    path = _sqlite_path(url)
    if must_exist and path is not None and not path.exists():
        raise InputError(f"no database file at {path}; create it with "
                         f"misdirect load CUSTOMERS --db {db}")
    return url


def report_index(directory: Directory | SnapshotDirectory, err: Console, *,
                 quiet: bool = False) -> None:
    """Load or build the index now and say on stderr where it came from and how long it took."""
    t0 = time.perf_counter()
    directory.index  # noqa: B018 - loads or builds it
    # a SnapshotDirectory mapped its snapshot when it was opened
    seconds = time.perf_counter() - t0 + getattr(directory, "index_seconds", 0.0)
    origin = directory.index_origin or "built from the database"
    if quiet:
        return
    hint = ""
    if not origin.startswith("loaded") and directory._snapshot is not None and seconds > 1:
        hint = " (misdirect index build makes later runs start in about a second)"
    err.print(f"[dim]index: {escape(origin)} in {seconds:.1f} s{escape(hint)}[/]")


@click.group()
def index() -> None:
    """Build or inspect the index snapshot that check and audit start from."""


@index.command("build")
@click.option("--db", required=True, envvar="MISDIRECT_DB",
              help="Database: a SQLAlchemy URL or a path to a SQLite file. Also read from "
                   "MISDIRECT_DB.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Snapshot folder (default: where check and audit look, see misdirect index "
                   "show).")
def build(db: str, out_dir: Path | None) -> None:
    """Build the index from the database and save it as a snapshot that check, audit and their
    workers memory-map. Rebuild after the directory changes (a stale snapshot is not used)."""
    from misdirect.cli import _consoles, _errors, _fail

    out, _err = _consoles()
    with _errors():
        folder = out_dir or _snapshot_folder(db, None)
        if folder is None:
            _fail("an in-memory database has no snapshot; give --out DIR")
        directory = open_directory(db)
        t0 = time.perf_counter()
        info = directory.save_snapshot(folder)
        seconds = time.perf_counter() - t0
    out.print(f"saved the {escape(info.describe())}: {info.nbytes / 2**20:,.0f} MB in "
              f"{seconds:.1f} s")


@index.command("show")
@click.option("--db", required=True, envvar="MISDIRECT_DB",
              help="Database: a SQLAlchemy URL or a path to a SQLite file.")
@click.option("--index", "index_dir", type=click.Path(file_okay=False, path_type=Path),
              envvar="MISDIRECT_INDEX", help=INDEX_HELP)
def show(db: str, index_dir: Path | None) -> None:
    """Say where the snapshot of a database is and whether check and audit would use it.
    Exit code 0: current; 1: missing or stale; 5: unreadable."""
    from misdirect.cli import _consoles, _errors, _fail

    out, _err = _consoles()
    with _errors():
        folder = _snapshot_folder(db, index_dir)
        if folder is None:
            _fail("no snapshot for this database (in memory, or --index none)", 1)
        directory = open_directory(db)
        try:
            info = read_info(folder)
        except SnapshotError as e:
            if not (folder / "manifest.json").exists():
                out.print(f"no index snapshot at {escape(str(folder))}; make one with "
                          f"misdirect index build --db {escape(db)}")
                raise SystemExit(1) from None
            raise e
        revision = directory._revision()
        current = info.revision == revision and info.directory_id == directory._identity()
    out.print(f"{escape(info.describe())}: {info.nbytes / 2**20:,.0f} MB; "
              + ("current" if current else f"stale (the directory is at revision {revision})"))
    raise SystemExit(0 if current else 1)
