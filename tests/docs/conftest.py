"""The docs test's summary: every block or command of README.md and docs/ that was not run, with
its reason."""

from __future__ import annotations

import pytest


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter,
                            config: pytest.Config) -> None:
    import test_docs

    not_run = config.stash.get(test_docs.NOT_RUN_KEY, [])
    if not not_run:
        return
    terminalreporter.section("docs: blocks and commands not run")
    for n in not_run:
        terminalreporter.write_line(f"{n.where}: {n.what}: {n.reason}")
