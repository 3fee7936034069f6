"""pytest plugin: every ``*.misdirect.toml`` (or ``.yaml``/``.yml``) file is a test module, and
each case in it is one test item. Registered through the ``pytest11`` entry point, so installing
misdirect is enough.

ini options (pytest.ini / pyproject ``[tool.pytest.ini_options]``):

- ``misdirect_policy``: policy TOML used when a case file names none (relative to rootdir).
- ``misdirect_case_files``: extra glob patterns of case files (``policy/*.cases.toml``).

Command line: ``--misdirect-policy FILE`` overrides both the ini option and the case files.
"""

from __future__ import annotations

import fnmatch
from pathlib import Path
from typing import Any

import pytest

_PATTERNS = ("*.misdirect.toml", "*.misdirect.yaml", "*.misdirect.yml")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini("misdirect_policy", "policy TOML for golden cases that name none",
                  default="")
    parser.addini("misdirect_case_files", "extra glob patterns of misdirect golden-case files",
                  type="linelist", default=[])
    group = parser.getgroup("misdirect")
    group.addoption("--misdirect-policy", default=None,
                    help="policy TOML to run every misdirect golden case against")


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    patterns = [*_PATTERNS, *parent.config.getini("misdirect_case_files")]
    name = file_path.name
    rel = str(file_path)
    if any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(rel, "*" + p.lstrip("*"))
           for p in patterns):
        return CaseFileItem.from_parent(parent, path=file_path)
    return None


class CaseFileItem(pytest.File):
    """A golden-case file."""

    def collect(self) -> Any:
        from misdirect.testing import load_case_file, resolve_policy

        case_file = load_case_file(self.path)
        override = self.config.getoption("--misdirect-policy") or None
        if override is None and case_file.policy_path is None:
            ini = self.config.getini("misdirect_policy")
            if ini:
                override = str(Path(self.config.rootpath) / ini)
        policy = resolve_policy(case_file, override)
        for case in case_file.cases:
            yield GoldenCaseItem.from_parent(self, name=case.name, case=case, policy=policy,
                                             customers=case_file.customers)


class GoldenCaseItem(pytest.Item):
    def __init__(self, *, case: Any, policy: Any, customers: Any, **kw: Any) -> None:
        super().__init__(**kw)
        self.case = case
        self.policy = policy
        self.customers = customers

    def runtest(self) -> None:
        from misdirect.testing import run_case

        result = run_case(self.case, self.policy, self.customers)
        if not result.passed:
            raise GoldenCaseFailed(result)

    def repr_failure(self, excinfo: Any, style: Any = None) -> Any:
        if isinstance(excinfo.value, GoldenCaseFailed):
            return excinfo.value.result.report()
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Any, int | None, str]:
        line = self.case.line - 1 if self.case.line else None
        return self.path, line, f"misdirect case: {self.case.name}"


class GoldenCaseFailed(Exception):
    def __init__(self, result: Any) -> None:
        super().__init__(result.report())
        self.result = result
