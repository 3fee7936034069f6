"""``misdirect audit`` through click's CliRunner: outputs, summary, exit codes, baselines."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from misdirect.cli import EXIT_ERROR, cli

Writer = Callable[..., Path]
Reader = Callable[[Path], list[dict[str, Any]]]

CLEAN = {"message_id": "M-1", "customer_id": "C-2001", "to": ["linnea.oberg1987@comhem.se"],
         "text": "Hej", "sent_at": "2025-03-01T10:00:00Z"}
TYPO = {"message_id": "M-2", "customer_id": "C-2001", "to": ["linnea.oberg187@comhem.se"],
        "text": "Lösenord: Hemligt-123", "sent_at": "2025-03-02T10:00:00Z"}
NAMESAKE = {"message_id": "M-3", "customer_id": "C-1001", "to": ["matti.virtanen@kolumbus.fi"]}
WARN_ONLY = {"message_id": "M-4", "customer_id": "C-1001",
             "to": ["Anna Svensson <matti.virtanen@elisa.fi>"]}


def run(*args: str) -> Result:
    return CliRunner(env={"COLUMNS": "200"}).invoke(cli, list(args), catch_exceptions=False)


def test_audit_writes_records_errors_and_a_summary_that_adds_up(
        sample_db: str, write_jsonl: Writer, read_jsonl: Reader, tmp_path: Path) -> None:
    sends = write_jsonl([CLEAN, TYPO, NAMESAKE, {"customer_id": "C-404", "to": ["a@b.se"]},
                         "{broken"])
    out, errors = tmp_path / "f.jsonl", tmp_path / "e.jsonl"
    result = run("audit", str(sends), "--db", sample_db, "--out", str(out), "--errors",
                 str(errors), "--workers", "1")
    assert result.exit_code == 0, result.output
    assert "read 5 = audited 3 + failed 2" in result.stdout
    assert "typo_of_customer_address" in result.stdout and "unknown_customer" in result.stdout
    records = read_jsonl(out)
    assert [(r["message_id"], r["action"]) for r in records] == [
        ("M-1", "allow"), ("M-2", "block"), ("M-3", "block")]
    assert set(records[0]) == {"n", "position", "message_id", "sent_at", "customer_id",
                               "action", "codes", "recipient_actions", "findings"}
    rows = read_jsonl(errors)
    assert [(r["position"], r["error"]) for r in rows] == [
        (f"{sends}:4", "unknown_customer"), (f"{sends}:5", "unreadable")]
    assert "Hemligt-123" not in out.read_text("utf-8")


def test_without_an_errors_file_error_rows_go_to_stderr(sample_db: str, write_jsonl: Writer
                                                        ) -> None:
    sends = write_jsonl([CLEAN, "{broken", {"customer_id": "C-404", "to": ["a@b.se"]}])
    result = run("audit", str(sends), "--db", sample_db, "--workers", "1")
    assert result.exit_code == 0
    assert f"{sends}:2: not valid JSON" in result.stderr
    assert f"{sends}:3: unknown customer 'C-404'" in result.stderr


def test_the_bundled_sample_to_stdout(sample_db: str) -> None:
    examples = Path(__file__).resolve().parents[2] / "examples"
    result = run("audit", str(examples / "sends.jsonl"), "--db", sample_db, "--out", "-",
                 "--workers", "1")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(records) == 32 and [r["n"] for r in records] == list(range(1, 33))
    assert "read 32 = audited 32 + failed 0" in result.stderr


@pytest.mark.parametrize(("sends", "flags", "code"), [
    ([CLEAN], [], 0),
    ([CLEAN, TYPO], [], 0),                                   # findings alone never fail
    ([CLEAN, WARN_ONLY], ["--fail-on", "hold"], 0),           # warn is below hold
    ([CLEAN, TYPO], ["--fail-on", "hold"], 3),                # TYPO (with a secret) is block
    ([CLEAN, NAMESAKE], ["--fail-on", "block"], 3),
    ([CLEAN, "{broken"], [], 0),
    ([CLEAN, "{broken"], ["--fail-on-errors"], 4),
    ([CLEAN, "{broken", NAMESAKE], ["--fail-on", "hold", "--fail-on-errors"], 3),
    ([CLEAN, "{broken"], ["--fail-on", "hold", "--fail-on-errors"], 4),
])
def test_exit_codes(sample_db: str, write_jsonl: Writer, sends: list[Any], flags: list[str],
                    code: int) -> None:
    path = write_jsonl(sends)
    result = run("audit", str(path), "--db", sample_db, "--workers", "1", *flags)
    assert result.exit_code == code, result.output


def test_fail_on_hold_exits_2_for_a_hold(sample_db: str, write_jsonl: Writer) -> None:
    hold = {**TYPO, "text": "Hej"}  # the typo without the secret: hold, not block
    path = write_jsonl([CLEAN, hold])
    assert run("audit", str(path), "--db", sample_db, "--workers", "1", "--fail-on",
               "block").exit_code == 0
    assert run("audit", str(path), "--db", sample_db, "--workers", "1", "--fail-on",
               "hold").exit_code == 2


def test_baseline_workflow(sample_db: str, write_jsonl: Writer, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    first = write_jsonl([CLEAN, TYPO], name="first.jsonl")
    made = run("audit", str(first), "--db", sample_db, "--workers", "1", "--baseline",
               str(baseline), "--update-baseline")
    assert made.exit_code == 0, made.output
    content = baseline.read_text()
    assert "linnea" not in content and "C-2001" not in content and "Hemligt" not in content
    same = run("audit", str(first), "--db", sample_db, "--workers", "1", "--baseline",
               str(baseline), "--fail-on", "hold")
    assert same.exit_code == 0, same.output
    assert "0 new finding(s)" in same.stdout
    more = write_jsonl([CLEAN, TYPO, NAMESAKE], name="more.jsonl")
    new = run("audit", str(more), "--db", sample_db, "--workers", "1", "--baseline",
              str(baseline))
    assert new.exit_code == 1 and "known" in new.stdout
    assert run("audit", str(more), "--db", sample_db, "--workers", "1", "--baseline",
               str(baseline), "--fail-on", "block").exit_code == 3


@pytest.mark.parametrize(("args", "message"), [
    (["--update-baseline"], "needs --baseline"),
    (["--scheduler", "tcp://127.0.0.1:1"], "goes with --engine dask"),
    (["--format", "csv"], "no customer_id column"),
])
def test_usage_problems_are_one_line_errors(sample_db: str, write_jsonl: Writer,
                                            args: list[str], message: str) -> None:
    path = write_jsonl([CLEAN])
    result = run("audit", str(path), "--db", sample_db, *args)
    assert result.exit_code == EXIT_ERROR
    assert message in result.output and "Traceback" not in result.output


def test_report_is_written_and_self_contained(sample_db: str, write_jsonl: Writer,
                                              tmp_path: Path) -> None:
    sends = write_jsonl([CLEAN, TYPO, NAMESAKE, "{broken"])
    report = tmp_path / "r.html"
    result = run("audit", str(sends), "--db", sample_db, "--workers", "1", "--report",
                 str(report))
    assert result.exit_code == 0, result.output
    page = report.read_text("utf-8")
    for needle in ('id="chart-time"', 'id="chart-codes"', 'id="chart-actions"',
                   "typo_of_customer_address", "C-2001", "Run parameters"):
        assert needle in page
    for forbidden in ("<script", "src=", "href=", "@import", "url(", "linnea.oberg187",
                      "Hemligt-123", "matti.virtanen@kolumbus.fi"):
        assert forbidden not in page


def test_progress_shows_rate_and_eta_on_a_terminal_only() -> None:
    import io

    from rich.console import Console

    from misdirect.cli_audit import _progress

    off = _progress(Console(file=io.StringIO(), force_terminal=False))
    assert off.disable
    console = Console(file=io.StringIO(), force_terminal=True, width=80, record=True)
    progress = _progress(console)
    assert not progress.disable
    task = progress.add_task("auditing sends.jsonl", total=1000, sends=0, rate=0.0)
    for done in (100, 200, 300):
        progress.update(task, completed=done, sends=done * 10, rate=2512.0)
    console.print(progress.make_tasks_table(progress.tasks))
    line = console.export_text()
    assert "30%" in line and "3,000 sends" in line and "2,512/s" in line and "ETA" in line
    assert len(max(line.splitlines(), key=len)) <= 80
