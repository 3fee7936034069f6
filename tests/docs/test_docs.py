"""Every code block in README.md and docs/*.md runs (the runner and its conventions: mdrun.py and
README.md in this folder). One test per page; blocks that are not run are listed, with their
reasons, at the end of the pytest run."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import mdrun
import pytest

PAGES = mdrun.pages()


@pytest.fixture
def backend() -> str:
    """For ``directory_url`` (tests/conftest.py): the servers a page may ask for by name."""
    return "postgres"


def _servers(request: pytest.FixtureRequest) -> Callable[[str], str | None]:
    urls: dict[str, str | None] = {}

    def get(kind: str) -> str | None:
        if kind not in ("postgres",):
            raise mdrun.DocError(f"'docs: needs {kind}': only postgres is known")
        if kind not in urls:
            try:
                urls[kind] = str(request.getfixturevalue("directory_url"))
            except pytest.skip.Exception:  # tests/conftest.py fails instead when servers are required
                urls[kind] = None
        return urls[kind]

    return get


@pytest.mark.parametrize("page", PAGES, ids=[p.relative_to(mdrun.ROOT).as_posix() for p in PAGES])
def test_page_runs(page: Path, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    problem = None
    try:
        not_run = mdrun.run_page(page, tmp_path / "page", _servers(request))
    except mdrun.DocError as e:
        problem = str(e)
    if problem is not None:
        pytest.fail(problem, pytrace=False)
    request.config.stash.setdefault(NOT_RUN_KEY, []).extend(not_run)
    for n in not_run:
        print(f"not run: {n.where}: {n.what}: {n.reason}")


NOT_RUN_KEY = pytest.StashKey[list]()
