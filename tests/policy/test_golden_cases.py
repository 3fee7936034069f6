"""The example policy and its golden cases; the copy-change-fail-pass flow; CLI and plugin."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from misdirect.cli_policy import policy as policy_group
from misdirect.testing import load_case_file, run_case_file

EXAMPLES = Path(__file__).parents[2] / "examples/policy"


def test_example_cases_pass_with_example_policy() -> None:
    results = run_case_file(EXAMPLES / "cases.misdirect.toml")
    assert len(results) >= 10
    assert [r.report() for r in results if not r.passed] == []


def test_copy_change_a_rule_see_cases_fail_then_pass(tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "policy.toml", tmp_path / "policy.toml")
    shutil.copy(EXAMPLES / "cases.misdirect.toml", tmp_path / "cases.misdirect.toml")
    cases = tmp_path / "cases.misdirect.toml"
    policy = tmp_path / "policy.toml"
    runner = CliRunner()
    assert runner.invoke(policy_group, ["test", str(cases)]).exit_code == 0

    # the team decides that under fraud watch a new address is blocked, not held
    rule = 'first_send = true\naction = "hold"'
    assert rule in policy.read_text()
    policy.write_text(policy.read_text().replace(rule, 'first_send = true\naction = "block"'))
    failing = runner.invoke(policy_group, ["test", str(cases)])
    assert failing.exit_code == 1
    assert "1 failed" in failing.output
    assert "FAIL fraud watch: a first send is held" in failing.output
    assert "action: expected hold, got block" in failing.output

    # ... and updates the golden case to match
    case = ('expect = { action = "hold", rules = ["fraud-watch-new-address"], '
            'recipient_actions = { "aino.new@gmail.com" = "hold" } }')
    assert case in cases.read_text()
    cases.write_text(cases.read_text().replace(case, case.replace('"hold"', '"block"')))
    passing = runner.invoke(policy_group, ["test", str(cases)])
    assert passing.exit_code == 0, passing.output
    assert "0 failed" in passing.output


def test_policy_option_overrides_the_case_file(tmp_path: Path) -> None:
    default = tmp_path / "default.toml"
    default.write_text('version = 1\n[actions]\nunverified_recipient = "allow"\n')
    r = CliRunner().invoke(policy_group, ["test", str(EXAMPLES / "cases.misdirect.toml"),
                                          "--policy", str(default), "-q"])
    assert r.exit_code == 1 and "FAIL" in r.output


def test_bad_policy_exits_5_with_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('version = 1\n[actions]\nowned_by_other_customer = "yes"\n')
    r = CliRunner().invoke(policy_group, ["check", str(bad)])
    assert r.exit_code == 5 and f"{bad}:3:" in r.output


@pytest.mark.parametrize(("snippet", "message"), [
    ('[[cases]]\nname = "x"\nmessage = { customer_id = "C" }\n', "missing key 'expect'"),
    ('[[cases]]\nname = "x"\nmessage = { customer_id = "C" }\nexpect = { acton = "hold" }\n',
     "unknown key expect.acton"),
    ('[[cases]]\nname = "x"\nmessage = { customer_id = "C" }\nexpect = { action = "maybe" }\n',
     "'maybe' is not a valid Action"),
])
def test_bad_case_file_is_precise(tmp_path: Path, snippet: str, message: str) -> None:
    path = tmp_path / "c.misdirect.toml"
    path.write_text(snippet)
    with pytest.raises(Exception, match=message) as e:
        load_case_file(path)
    assert f"{path}:1: case 1" in str(e.value)


def test_yaml_case_file(tmp_path: Path) -> None:
    pytest.importorskip("yaml")
    path = tmp_path / "c.misdirect.yaml"
    path.write_text(
        "customers:\n  - {id: C-1, full_name: A B, emails: [ab@x.fi]}\n"
        "cases:\n  - name: own address\n    message: {customer_id: C-1, to: [ab@x.fi]}\n"
        "    expect: {action: allow}\n")
    assert [r.passed for r in run_case_file(path)] == [True]


def _pytest(where: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "--rootdir", str(where), str(where)],
                          capture_output=True, text=True, cwd=where, timeout=120)


def test_pytest_plugin_collects_one_item_per_case(tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "policy.toml", tmp_path / "policy.toml")
    shutil.copy(EXAMPLES / "cases.misdirect.toml", tmp_path / "cases.misdirect.toml")
    n = len(load_case_file(EXAMPLES / "cases.misdirect.toml").cases)
    result = _pytest(tmp_path)
    assert f"{n} passed" in result.stdout, result.stdout + result.stderr
    (tmp_path / "policy.toml").write_text(
        (tmp_path / "policy.toml").read_text().replace('misdirected_address = "block"',
                                                       'misdirected_address = "warn"'))
    result = _pytest(tmp_path)
    assert f"1 failed, {n - 1} passed" in result.stdout, result.stdout
    assert "FAIL an address marked misdirected is blocked" in result.stdout
