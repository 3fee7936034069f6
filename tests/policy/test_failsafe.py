"""Fail-safe: a check that raises or runs out of time never silently allows.

The database is killed in the middle of a check: a file SQLite directory whose file disappears,
and a PostgreSQL connection terminated with pg_terminate_backend from another connection.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from sqlalchemy import create_engine, text

from misdirect import Action, Customer, Directory, Guard, OutboundEmail, UnknownCustomerError
from misdirect.checks import DEFAULT_CHECKS, CheckContext
from misdirect.models import Finding
from misdirect.policy import Policy
from misdirect.testing import FixedResolver, build_directory

CUSTOMER = Customer(id="C-1", full_name="Linnea Öberg", emails=["linnea.oberg1987@comhem.se"],
                    customer_number="4471920")
EMAIL = OutboundEmail(customer_id="C-1", to=["linnea.oberg1987@comhem.se"],
                      text="Your customer number is 4471920.")
FAIL_OPEN = Policy(on_check_failure="fail_open")


class Raises:
    id: ClassVar[str] = "raises"
    codes: ClassVar[tuple[str, ...]] = ()

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        raise RuntimeError("boom")


class Slow:
    id: ClassVar[str] = "slow"
    codes: ClassVar[tuple[str, ...]] = ()

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        time.sleep(0.05)
        return iter(())


@pytest.fixture
def directory() -> Iterator[Directory]:
    d = build_directory([CUSTOMER])
    yield d
    d.close()


@pytest.mark.parametrize(("policy", "expected"), [(None, Action.HOLD),
                                                  (FAIL_OPEN, Action.ALLOW)],
                         ids=["fail_closed", "fail_open"])
@pytest.mark.parametrize("check", [Raises(), Slow()], ids=["raises", "over-budget"])
def test_failing_check(directory: Directory, policy: Policy | None, expected: Action,
                       check: object) -> None:
    budgets = {"checks": {"budgets_ms": {}, "default_budget_ms": 20.0}}
    p = Policy.from_dict({**(policy.model_dump(mode="json") if policy else {}), **budgets})
    v = Guard(directory, policy=p, checks=[*DEFAULT_CHECKS, check],  # type: ignore[list-item]
              scan_content=False).check(EMAIL)
    assert v.action is expected
    failed = [f for f in v.findings if f.code == "check_failed"]
    assert [f.check for f in failed] == [check.id]  # type: ignore[attr-defined]
    assert "could not be fully checked" in v.explain()


@pytest.mark.parametrize(("answer", "delay", "expected"), [
    ("deliverable", 0.0, Action.ALLOW),
    ("undeliverable", 0.0, Action.HOLD),
    ("unknown", 0.0, Action.HOLD),        # no answer is not a yes
    ("deliverable", 0.5, Action.HOLD),    # slower than the budget
])
def test_slow_or_undecided_dns_fails_closed(directory: Directory, answer: str, delay: float,
                                            expected: Action) -> None:
    p = Policy.from_dict({"checks": {"budgets_ms": {"undeliverable_domain": 100.0}}})
    resolver = FixedResolver(default=answer, delay=delay)
    email = OutboundEmail(customer_id="C-1", to=["someone@elsewhere.example"])
    guard = Guard(directory, policy=p, resolver=resolver, scan_content=False)
    start = time.perf_counter()
    v = guard.check(email)
    assert time.perf_counter() - start < 0.4  # abandoned at the budget, not waited for
    guard.close()
    assert v.action is expected


def test_dns_on_in_policy_builds_a_cached_resolver(directory: Directory) -> None:
    from misdirect.dns import CachedResolver

    g = Guard(directory, policy=Policy.from_dict({"dns": {"enabled": True, "timeout": 0.5}}))
    assert isinstance(g.resolver, CachedResolver)
    assert Guard(directory).resolver is None


def test_unknown_customer_still_raises(directory: Directory) -> None:
    with pytest.raises(UnknownCustomerError):
        Guard(directory, scan_content=False).check(
            OutboundEmail(customer_id="nobody", to=["a@b.fi"]))


# -- killing the database mid-check ------------------------------------------------------------


class KillSqliteFile:
    """A check that deletes the directory's SQLite file (and its connections) while running."""

    id: ClassVar[str] = "kill_database"
    codes: ClassVar[tuple[str, ...]] = ()

    def __init__(self, directory: Directory, path: Path) -> None:
        self.directory, self.path = directory, path

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        self.directory.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(self.path) + suffix).unlink(missing_ok=True)
        return iter(())


@pytest.mark.parametrize(("policy", "expected"), [(None, Action.HOLD),
                                                  (FAIL_OPEN, Action.ALLOW)],
                         ids=["fail_closed", "fail_open"])
def test_sqlite_file_removed_mid_check(tmp_path: Path, policy: Policy | None,
                                       expected: Action) -> None:
    path = tmp_path / "customers.db"
    d = Directory.connect(f"sqlite:///{path}", refresh_interval=0.0)
    d.upsert([CUSTOMER])
    guard = Guard(d, policy=policy, checks=[KillSqliteFile(d, path), *DEFAULT_CHECKS])
    email = OutboundEmail(customer_id="C-1", to=["stranger@elsewhere.example"],
                          text="Your customer number is 4471920.")
    v = guard.check(email)
    assert v.action is expected
    assert "check_failed" in v.codes()
    d.close()


def test_database_gone_after_index_built_is_answered_from_the_index(tmp_path: Path) -> None:
    """Checks and the content scan read only the in-memory index: once it is built, a database
    outage does not change the (complete) answer for a directory that nobody else writes to."""
    path = tmp_path / "customers.db"
    d = Directory.connect(f"sqlite:///{path}")
    d.upsert([CUSTOMER])
    d.customer("C-1")  # the index is built; now the database goes away
    d.close()
    os.remove(path)
    v = Guard(d).check(EMAIL)
    assert "check_failed" not in v.codes()
    assert "personal_data_in_body" in v.codes()  # the record's fields came from the index
    d.close()


def test_database_gone_with_refresh_interval_fails_closed(tmp_path: Path) -> None:
    """With refresh_interval (other processes write), an unreachable database means the index
    may be stale: the check fails closed."""
    path = tmp_path / "customers.db"
    d = Directory.connect(f"sqlite:///{path}", refresh_interval=0.0)
    d.upsert([CUSTOMER])
    d.customer("C-1")
    d.close()
    os.remove(path)
    v = Guard(d).check(EMAIL)
    assert v.action is Action.HOLD
    assert [f.check for f in v.findings if f.code == "check_failed"] == ["directory"]
    d.close()


def test_index_rebuild_failure_is_a_verdict_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "customers.db"
    d = Directory.connect(f"sqlite:///{path}")
    d.upsert([CUSTOMER])
    d.close()
    os.remove(path)
    d2 = Directory.connect(f"sqlite:///{path}", create=False)
    v = Guard(d2).check(EMAIL)
    assert v.action is Action.HOLD and [f.check for f in v.findings] == ["directory"]
    d2.close()


class TerminatePostgres:
    """A check that kills the directory's PostgreSQL connections from another connection."""

    id: ClassVar[str] = "kill_database"
    codes: ClassVar[tuple[str, ...]] = ()

    def __init__(self, url: str) -> None:
        self.url = url

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                              "AND application_name = 'misdirect-under-test'"))
        admin.dispose()
        return iter(())


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgres"])
def test_postgres_connection_terminated_mid_check(backend: str, directory_url: str) -> None:
    d = Directory.connect(directory_url, refresh_interval=0.0, pool_pre_ping=False,
                          connect_args={"application_name": "misdirect-under-test"})
    d.upsert([CUSTOMER])
    guard = Guard(d, checks=[TerminatePostgres(directory_url), *DEFAULT_CHECKS])
    email = OutboundEmail(customer_id="C-1", to=["stranger@elsewhere.example"],
                          text="Your customer number is 4471920.")
    v = guard.check(email)
    assert v.action is Action.HOLD
    assert "check_failed" in v.codes()
    d.close()
