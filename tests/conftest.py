"""Shared fixtures: a `Directory` on every backend, and a Guard factory.

Backends: ``sqlite`` (in memory), ``sqlite-file`` (a file under tmp_path), ``postgres`` and
``mariadb`` (real servers named by ``MISDIRECT_TEST_POSTGRES_URL`` / ``MISDIRECT_TEST_MARIADB_URL``).
A server that is not configured or not reachable skips its tests with the reason, unless
``MISDIRECT_REQUIRE_SERVERS=1``, which turns that into a failure (CI sets it).

Isolation: each test session works in its own PostgreSQL schema / MariaDB database (created at the
first server test, dropped at the end); the misdirect_* tables in it are created once and emptied
before and after every test, so parallel runs by other people and earlier failed runs never
interfere.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url

from misdirect import Directory, Guard
from misdirect.directory.schema import Base

POSTGRES_ENV = "MISDIRECT_TEST_POSTGRES_URL"
MARIADB_ENV = "MISDIRECT_TEST_MARIADB_URL"
REQUIRE_ENV = "MISDIRECT_REQUIRE_SERVERS"

ALL_BACKENDS = ("sqlite", "sqlite-file", "postgres", "mariadb")
SERVER_BACKENDS = ("postgres", "mariadb")
FILE_BACKENDS = ("sqlite-file", "postgres", "mariadb")  # a second Directory can share them


def _servers_required() -> bool:
    return os.environ.get(REQUIRE_ENV, "").strip() not in ("", "0", "false", "no")


def _unavailable(reason: str) -> None:
    """Skip, or fail when servers are required."""
    if _servers_required():
        pytest.fail(f"{reason} ({REQUIRE_ENV}=1)", pytrace=False)
    pytest.skip(reason)


@dataclass
class _Server:
    """A per-session scratch area on one server: a URL every Directory of the test can open."""

    url: URL
    admin_url: URL
    cleanup: Callable[[], None]
    engine: Engine | None = None

    def clean(self) -> None:
        """Empty misdirect_* tables: created once per session, emptied row-wise between tests
        (DDL per test would cost most of the run on the servers)."""
        if self.engine is None:
            self.engine = create_engine(self.url)
            Base.metadata.drop_all(self.engine)
            Base.metadata.create_all(self.engine)
            return
        try:
            with self.engine.begin() as conn:
                for table in reversed(Base.metadata.sorted_tables):
                    conn.execute(table.delete())
        except Exception:  # a test left the schema broken: start over
            Base.metadata.drop_all(self.engine)
            Base.metadata.create_all(self.engine)

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()
        self.cleanup()


def _postgres_area(base: URL) -> _Server:
    schema = f"misdirect_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT", pool_pre_ping=True)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = base.update_query_dict({"options": f"-csearch_path={schema}"})

    def cleanup() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()

    return _Server(url, base, cleanup)


def _mariadb_area(base: URL) -> _Server:
    database = f"misdirect_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT", pool_pre_ping=True)
    with admin.connect() as conn:
        # The server's default collation (utf8mb4_general_ci: case- and accent-insensitive), as
        # a real deployment gets it: the directory must not depend on a binary collation.
        conn.execute(text(f"CREATE DATABASE `{database}` CHARACTER SET utf8mb4"))
    url = base.set(database=database)

    def cleanup() -> None:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS `{database}`"))
        admin.dispose()

    return _Server(url, base, cleanup)


_AREAS = {"postgres": (POSTGRES_ENV, _postgres_area), "mariadb": (MARIADB_ENV, _mariadb_area)}


@pytest.fixture(scope="session")
def server_areas() -> Iterator[dict[str, _Server | str]]:
    """Lazily created scratch areas per server kind; a str value is the reason it is unusable."""
    areas: dict[str, _Server | str] = {}
    yield areas
    for area in areas.values():
        if not isinstance(area, str):  # not isinstance(_Server): see _server
            area.close()


def _server(kind: str, areas: dict[str, _Server | str]) -> _Server:
    if kind not in areas:
        env, make = _AREAS[kind]
        raw = os.environ.get(env, "").strip()
        if not raw:
            areas[kind] = f"{kind} tests need {env} (e.g. a SQLAlchemy URL to a scratch database)"
        else:
            try:
                areas[kind] = make(make_url(raw))
            except Exception as e:  # unreachable server, bad credentials, missing driver
                first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
                areas[kind] = f"{kind} server at {env} is not usable: {first[:200]}"
    area = areas[kind]
    if isinstance(area, str):
        _unavailable(area)
    # no isinstance(_Server): this module may be imported twice (as conftest and tests.conftest)
    return area  # type: ignore[return-value]


def _backend_params(kinds: tuple[str, ...]) -> list[object]:
    marks = {"postgres": [pytest.mark.postgres], "mariadb": [pytest.mark.mariadb]}
    return [pytest.param(k, id=k, marks=marks.get(k, [])) for k in kinds]


@pytest.fixture(params=_backend_params(ALL_BACKENDS))
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def directory(request: pytest.FixtureRequest, backend: str, tmp_path: Path,
              server_areas: dict[str, _Server | str]) -> Iterator[Directory]:
    """An empty `Directory` on each backend (sqlite, sqlite-file, postgres, mariadb)."""
    with _scratch_url(backend, tmp_path, server_areas) as url:
        d = Directory.connect(url)
        try:
            yield d
        finally:
            d.close()


@contextlib.contextmanager
def _scratch_url(backend: str, tmp_path: Path,
                 areas: dict[str, _Server | str]) -> Iterator[str]:
    """A URL to empty misdirect_* tables, cleaned again afterwards."""
    if backend == "sqlite":
        yield "sqlite://"
        return
    if backend == "sqlite-file":
        yield f"sqlite:///{tmp_path / 'customers.db'}"
        return
    area = _server(backend, areas)
    area.clean()
    try:
        yield area.url.render_as_string(hide_password=False)
    finally:
        area.clean()


@pytest.fixture(params=_backend_params(FILE_BACKENDS))
def shared_url(request: pytest.FixtureRequest, tmp_path: Path,
               server_areas: dict[str, _Server | str]) -> Iterator[str]:
    """A URL that two `Directory` objects can open at once (file SQLite and the servers)."""
    with _scratch_url(str(request.param), tmp_path, server_areas) as url:
        yield url


@pytest.fixture
def directory_url(backend: str, tmp_path: Path,
                  server_areas: dict[str, _Server | str]) -> Iterator[str]:
    """A URL to an empty directory on ``backend`` (parametrize ``backend`` to choose)."""
    with _scratch_url(backend, tmp_path, server_areas) as url:
        yield url


@pytest.fixture
def memory_directory() -> Iterator[Directory]:
    """An empty in-memory SQLite directory, for tests that are not about the backend."""
    d = Directory.connect("sqlite://")
    try:
        yield d
    finally:
        d.close()


def content_scanner_ready() -> bool:
    """Whether `misdirect.content.scan` exists yet (another module, in progress)."""
    try:
        from misdirect import content
    except ImportError:
        return False
    return callable(getattr(content, "scan", None))


@pytest.fixture
def make_guard() -> Callable[..., Guard]:
    """``make_guard(directory, **options)``: a Guard that scans content once that module exists."""

    def make(directory: Directory, **options: object) -> Guard:
        options.setdefault("scan_content", content_scanner_ready())
        return Guard(directory, **options)  # type: ignore[arg-type]

    return make
