"""README's findings table lists every finding code misdirect can report, each with the action the
default policy gives it, so that the table cannot drift from the code."""

from __future__ import annotations

import re

import mdrun

from misdirect import Action, Policy
from misdirect.policy import known_codes


def readme_findings_table() -> dict[str, str]:
    """code -> the table's default action, from the table under "## Findings" in README.md."""
    text = (mdrun.ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Findings\n", 1)[1].split("\n## ", 1)[0]
    rows: dict[str, str] = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 3 or not cells[0].startswith("`"):
            continue
        for code in re.findall(r"`([a-z_]+)`", cells[0]):
            assert code not in rows, f"{code} is twice in README's findings table"
            rows[code] = cells[1]
    return rows


def test_the_table_lists_every_code_the_library_can_report() -> None:
    table = set(readme_findings_table())
    codes = known_codes()
    assert not codes - table, f"codes missing from README's findings table: {sorted(codes - table)}"
    assert not table - codes, f"README's findings table lists unknown codes: {sorted(table - codes)}"


def test_the_table_gives_the_default_policys_action() -> None:
    policy = Policy.default()
    fail_closed = Action.HOLD if policy.on_check_failure == "fail_closed" else Action.ALLOW
    for code, shown in readme_findings_table().items():
        expected = fail_closed if code == "check_failed" else policy.actions[code]
        assert shown == expected.value, f"README says {code} is {shown}, the default policy: {expected.value}"
