"""A SQLite file deleted or replaced under a running directory is noticed (its st_dev/st_ino are
checked with the revision and before every transaction): checks report ``check_failed`` beside
their findings, writes raise `DirectoryError`, and nothing writes to the unlinked file or creates an
empty one in its place. On main, checks went on silently, `upsert` and `refresh` reported success
against the unlinked file, and a reconnect created a new empty file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from misdirect import Action, Customer, Directory, DirectoryError, Guard, OutboundEmail

LINNEA = Customer(id="C-1", full_name="Linnea Öberg", emails=["linnea.oberg1987@comhem.se"])
ERIK = Customer(id="C-2", full_name="Erik Lundgren", emails=["erik.lundgren@telia.com"])
NEW = Customer(id="C-3", full_name="Anna Svensson", emails=["anna.svensson@gmail.com"])
#: BLOCK (owned_by_other_customer) from the index whatever happens to the file.
MISSENT = OutboundEmail(customer_id="C-1", to=["erik.lundgren@telia.com"])


def _delete(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _replace(path: Path) -> None:
    """Another valid directory file is moved over the path (a restore, a deploy)."""
    other = path.with_name("other.db")
    with Directory.connect(f"sqlite:///{other}") as d:
        d.upsert([NEW])
    _delete(path)
    os.replace(other, path)
    for suffix in ("-wal", "-shm"):
        if Path(str(other) + suffix).exists():
            os.replace(str(other) + suffix, str(path) + suffix)


CHANGES: list[tuple[str, Callable[[Path], None], str]] = [
    ("deleted", _delete, "was deleted"),
    ("replaced", _replace, "was replaced"),
]


@pytest.fixture
def running(tmp_path: Path) -> Iterator[tuple[Directory, Path]]:
    path = tmp_path / "customers.db"
    d = Directory.connect(f"sqlite:///{path}")
    d.upsert([LINNEA, ERIK])
    d.customer("C-1")  # the index is built
    yield d, path
    d.close()


@pytest.mark.parametrize(("name", "change", "said"), CHANGES, ids=[c[0] for c in CHANGES])
@pytest.mark.parametrize("refresh_interval", [None, 0.0], ids=["no-refresh", "refresh"])
def test_checks_report_the_changed_file_and_keep_their_findings(
        tmp_path: Path, name: str, change: Callable[[Path], None], said: str,
        refresh_interval: float | None) -> None:
    path = tmp_path / "customers.db"
    d = Directory.connect(f"sqlite:///{path}", refresh_interval=refresh_interval)
    try:
        d.upsert([LINNEA, ERIK])
        guard = Guard(d)
        assert "check_failed" not in guard.check(MISSENT).codes()
        change(path)
        problem = d.health()
        assert isinstance(problem, DirectoryError) and said in str(problem)
        v = guard.check(MISSENT)
        assert v.action is Action.BLOCK  # the index still answers
        assert {"owned_by_other_customer", "check_failed"} <= v.codes()
        assert said in v.explain()
    finally:
        d.close()


@pytest.mark.parametrize(("name", "change", "said"), CHANGES, ids=[c[0] for c in CHANGES])
@pytest.mark.parametrize("write", [
    pytest.param(lambda d: d.upsert([NEW]), id="upsert"),
    pytest.param(lambda d: d.delete(["C-2"]), id="delete"),
    pytest.param(lambda d: d.mark_verified("C-1", "linnea.oberg1987@comhem.se"), id="mark"),
    pytest.param(lambda d: d.refresh(), id="refresh"),
    pytest.param(lambda d: d.get("C-1"), id="get"),
])
def test_nothing_reads_or_writes_a_changed_file(running: tuple[Directory, Path], name: str,
                                               change: Callable[[Path], None], said: str,
                                               write: Callable[[Directory], object]) -> None:
    d, path = running
    before = path.read_bytes() if name == "replaced" else None
    change(path)
    if name == "replaced":
        before = path.read_bytes()
    with pytest.raises(DirectoryError, match=said):
        write(d)
    if name == "deleted":
        assert not path.exists()  # no empty file was made in its place
    else:
        assert path.read_bytes() == before  # the new file was not written to
    assert d.customer("C-2").id == "C-2"  # the index was not changed either


def test_a_reconnect_never_creates_an_empty_file(running: tuple[Directory, Path]) -> None:
    d, path = running
    d.close()  # every pooled connection is gone: the next one is made anew
    _delete(path)
    with pytest.raises(DirectoryError):
        d.upsert([NEW])
    with pytest.raises(DirectoryError):
        len(d)
    assert not path.exists()


def test_connect_without_create_never_creates_the_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.db"
    d = Directory.connect(f"sqlite:///{path}", create=False)
    with pytest.raises(DirectoryError):
        d.customer("C-1")
    assert not path.exists()
    d.close()


def test_a_file_that_stays_is_used_as_before(running: tuple[Directory, Path]) -> None:
    """Reconnecting to the same file (same inode) is fine: the identity check is not a lock-out."""
    d, path = running
    d.close()
    d.upsert([NEW])
    assert d.get("C-3").full_name == "Anna Svensson"
    assert d.health() is None
    with Directory.connect(f"sqlite:///{path}", create=False) as again:
        assert len(again) == 3
