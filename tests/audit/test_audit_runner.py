"""The audit runner: every send is a record or an error row, in input order, the same on one
process or several; checkpoints resume; baselines hash."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from misdirect import Directory
from misdirect.audit import AuditConfig, Baseline, audit_guard, open_source, run_audit
from misdirect.audit.runner import CSV_COLUMNS, audit_policy
from misdirect.policy import Policy

Writer = Callable[..., Path]
Reader = Callable[[Path], list[dict[str, Any]]]

CLEAN = {"message_id": "M-clean", "customer_id": "C-2001", "to": ["linnea.oberg1987@comhem.se"],
         "subject": "Order", "text": "Hej Linnea!", "sent_at": "2025-03-01T09:00:00Z"}
TYPO = {**CLEAN, "message_id": "M-typo", "to": ["linnea.oberg187@comhem.se"],
        "sent_at": "2025-03-02T09:00:00Z"}
NAMESAKE = {"message_id": "M-namesake", "customer_id": "C-1001",
            "to": ["matti.virtanen@kolumbus.fi"], "subject": "Tunnukset",
            "text": "PIN-koodi: 4921", "known_secrets": ["4921"]}


def _bad_lines() -> list[Any]:
    """Each bad input the issue lists, as the line of a JSONL file, with what it must become."""
    return [
        CLEAN,                                                          # 1 audited
        "{corrupt",                                                     # 2 error: not JSON
        b'{"customer_id": "C-2001", "to": ["\xe4@telia.com"]}',         # 3 error: not UTF-8
        {"customer_id": "C-404", "to": ["a@telia.com"]},                # 4 error: unknown
        {**CLEAN, "message_id": "M-many",                               # 5 audited
         "to": [f"person{i}@telia.com" for i in range(10_000)]},
        {**CLEAN, "message_id": "M-big", "text": "Hej! " * 2_000_000},  # 6 audited (10 MB)
        TYPO,                                                           # 7 audited
        {"to": ["x@telia.com"]},                                        # 8 error: no customer
        NAMESAKE,                                                       # 9 audited
    ]


def _run(path: Path, db: str, tmp: Path, **options: Any) -> tuple[Any, Path, Path]:
    out = options.pop("out", tmp / "findings.jsonl")
    errors = tmp / "errors.jsonl"
    config = AuditConfig(out=out, errors=errors, **options)
    with Directory.connect(db, create=False) as d:
        result = run_audit(open_source(path), audit_guard(d), config)
    return result, out, errors


def test_bad_input_becomes_records_or_error_rows_and_the_counts_add_up(
        sample_db: str, write_jsonl: Writer, read_jsonl: Reader, tmp_path: Path) -> None:
    sends = write_jsonl(_bad_lines())
    result, out, errors = _run(sends, sample_db, tmp_path, chunk_size=2)
    s = result.summary
    assert (s.read, s.audited, s.failed) == (9, 5, 4)
    records, rows = read_jsonl(out), read_jsonl(errors)
    assert [r["n"] for r in records] == [1, 5, 6, 7, 9]
    assert [r["message_id"] for r in records] == ["M-clean", "M-many", "M-big", "M-typo",
                                                  "M-namesake"]
    assert [(r["n"], r["position"], r["error"]) for r in rows] == [
        (2, f"{sends}:2", "unreadable"), (3, f"{sends}:3", "unreadable"),
        (4, f"{sends}:4", "unknown_customer"), (8, f"{sends}:8", "unreadable")]
    assert "not valid JSON" in rows[0]["reason"] and "0xe4" in rows[1]["reason"]
    assert rows[2]["customer_id"] == "C-404" and "customer_id is missing" in rows[3]["reason"]
    by_id = {r["message_id"]: r for r in records}
    assert by_id["M-typo"]["action"] == "hold" and by_id["M-typo"]["sent_at"] == \
        "2025-03-02T09:00:00Z"
    assert "typo_of_customer_address" in by_id["M-typo"]["codes"]
    assert by_id["M-namesake"]["action"] == "block"
    assert len(by_id["M-many"]["recipient_actions"]) == 10_000
    assert s.errors == {"unreadable": 3, "unknown_customer": 1}
    assert s.judged_at_sent_at == 4 and s.judged_today == 1
    # never a body or a secret in any output
    for text in (out.read_text("utf-8"), errors.read_text("utf-8")):
        assert "PIN-koodi" not in text and "Hej" not in text and '"4921"' not in text


def test_several_processes_write_exactly_what_one_writes(
        sample_db: str, write_jsonl: Writer, tmp_path: Path) -> None:
    lines = [CLEAN, TYPO, NAMESAKE, "{bad", {"customer_id": "C-404", "to": ["a@b.se"]}] * 40
    sends = write_jsonl(lines)
    one, out1, err1 = _run(sends, sample_db, tmp_path / "one", workers=1, chunk_size=7,
                           out=tmp_path / "one.jsonl")
    two, out2, err2 = _run(sends, sample_db, tmp_path / "two", workers=2, chunk_size=7,
                           out=tmp_path / "two.jsonl")
    assert out1.read_bytes() == out2.read_bytes()
    assert one.summary.to_state()["actions"] == two.summary.to_state()["actions"]
    assert (two.summary.read, two.summary.audited, two.summary.failed) == (200, 120, 80)


@pytest.fixture(autouse=True)
def _dirs(tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()


def test_csv_output_has_one_row_per_audited_send(sample_db: str, write_jsonl: Writer,
                                                 tmp_path: Path) -> None:
    sends = write_jsonl([CLEAN, TYPO, "{bad", NAMESAKE])
    _result, out, _errors = _run(sends, sample_db, tmp_path, out=tmp_path / "f.csv",
                                 out_format="csv")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert [(r["n"], r["message_id"], r["action"]) for r in rows] == [
        ("1", "M-clean", "allow"), ("2", "M-typo", "hold"), ("4", "M-namesake", "block")]
    assert "typo_of_customer_address" in rows[1]["codes"].split(";")
    assert json.loads(rows[1]["findings"])[0]["code"] == "typo_of_customer_address"


def test_a_run_cut_short_resumes_from_its_checkpoint(sample_db: str, write_jsonl: Writer,
                                                     tmp_path: Path) -> None:
    sends = write_jsonl([CLEAN, TYPO, NAMESAKE, "{bad"] * 10)
    whole, out_whole, err_whole = _run(sends, sample_db, tmp_path / "one", chunk_size=3,
                                       out=tmp_path / "whole.jsonl")

    class Stop(Exception):
        pass

    seen = []

    def stop_after_four_chunks(summary: Any, _source: Any) -> None:
        seen.append(summary.read)
        if len(seen) == 4:
            # simulate a crash after the checkpoint, with half a line already written
            with (tmp_path / "cut.jsonl").open("a", encoding="utf-8") as fh:
                fh.write('{"n": 13, "half a')
            raise Stop

    out, errors = tmp_path / "cut.jsonl", tmp_path / "two" / "errors.jsonl"
    config = AuditConfig(out=out, errors=errors, chunk_size=3)
    with Directory.connect(sample_db, create=False) as d, pytest.raises(Stop):
        run_audit(open_source(sends), audit_guard(d), config, progress=stop_after_four_chunks)
    checkpoint = out.with_name(out.name + ".checkpoint")
    assert json.loads(checkpoint.read_text())["sends_done"] == 12
    with Directory.connect(sample_db, create=False) as d:
        resumed = run_audit(open_source(sends), audit_guard(d), config)
    assert resumed.resumed_after == 12
    assert out.read_bytes() == out_whole.read_bytes()
    assert errors.read_bytes() == err_whole.read_bytes()
    assert resumed.summary.to_state() == whole.summary.to_state()
    assert not checkpoint.exists()


def test_a_checkpoint_of_another_run_is_refused(sample_db: str, write_jsonl: Writer,
                                                tmp_path: Path) -> None:
    from misdirect.errors import InputError

    sends = write_jsonl([CLEAN] * 4)
    out = tmp_path / "f.jsonl"
    checkpoint = out.with_name(out.name + ".checkpoint")
    checkpoint.write_text(json.dumps({"version": 1, "fingerprint": "another run"}))
    with pytest.raises(InputError, match="checkpoint of a different audit"):
        _run(sends, sample_db, tmp_path, out=out)
    result, _, _ = _run(sends, sample_db, tmp_path, out=out, restart=True)
    assert result.summary.audited == 4


def test_baseline_keys_are_hashes_and_tell_new_findings_from_known(
        sample_db: str, write_jsonl: Writer, tmp_path: Path) -> None:
    first = write_jsonl([CLEAN, TYPO], name="first.jsonl")
    baseline = Baseline()
    result, _, _ = _run(first, sample_db, tmp_path, baseline=baseline, collect_keys=True,
                        out=tmp_path / "a.jsonl")
    assert result.summary.new_findings == len(result.keys) > 0
    path = tmp_path / "baseline.json"
    baseline.save(path, result.keys)
    text = path.read_text()
    assert "@" not in text and "C-2001" not in text and "linnea" not in text
    known = Baseline.load(path)
    again = write_jsonl([TYPO, TYPO, NAMESAKE], name="again.jsonl")
    result2, _, _ = _run(again, sample_db, tmp_path, baseline=known, out=tmp_path / "b.jsonl")
    s = result2.summary
    assert s.known_findings > 0 and s.new_findings > 0
    assert dict(s.new_by_action) == {"block": 1}  # only the namesake send is new
    # another salt gives other keys: the file cannot be matched against a list made elsewhere
    assert Baseline().key("C-2001", "typo", "x") != known.key("C-2001", "typo", "x")


def test_audit_policy_lifts_inline_budgets_only() -> None:
    p = audit_policy(Policy.default())
    assert p.checks.budget("typo_of_customer_address") == 60.0
    assert p.checks.budget("content") == 60.0
    assert p.checks.budget("undeliverable_domain") == Policy.default().checks.budget(
        "undeliverable_domain")


def _message(customer: str | None, to: str, body: bytes, *, extra: bytes = b"") -> bytes:
    head = b"From: shop@example.com\nTo: " + to.encode() + b"\n"
    if customer:
        head += b"X-Customer-Id: " + customer.encode() + b"\n"
    return (head + b"Message-ID: <m@example.com>\nDate: Sun, 02 Mar 2025 10:00:00 +0100\n"
            b"Subject: Order\n" + extra + b"\n" + body + b"\n")


def test_mbox_sends_are_checked_as_the_mail_path_reads_them(
        sample_db: str, read_jsonl: Reader, tmp_path: Path) -> None:
    broken = _message("C-2001", "linnea.oberg1987@comhem.se", b"=?garbage",
                      extra=b"Content-Type: text/plain; charset=no-such-charset\n")
    messages = [
        _message("C-2001", "linnea.oberg187@comhem.se", b"Hej Linnea!"),
        _message(None, "a@telia.com", b"no customer header"),
        _message("C-404", "a@telia.com", b"unknown customer"),
        broken,
        _message("C-1001", "matti.virtanen@kolumbus.fi", b"PIN-koodi: 4921"),
    ]
    mbox = tmp_path / "archive.mbox"
    mbox.write_bytes(b"".join(b"From shop Sun Mar  2 10:00:00 2025\n" + m for m in messages))
    result, out, errors = _run(mbox, sample_db, tmp_path)
    assert (result.summary.read, result.summary.audited, result.summary.failed) == (5, 3, 2)
    records, rows = read_jsonl(out), read_jsonl(errors)
    assert [(r["n"], r["action"]) for r in records] == [(1, "hold"), (4, "hold"), (5, "block")]
    assert records[0]["sent_at"] == "2025-03-02T09:00:00Z"
    assert records[0]["message_id"] == "<m@example.com>"
    assert "typo_of_customer_address" in records[0]["codes"]
    assert "check_failed" in records[1]["codes"]  # the unreadable part, as a finding
    assert [(r["n"], r["error"]) for r in rows] == [(2, "unreadable"), (3, "unknown_customer")]
    assert "X-Customer-Id" in rows[0]["reason"] and rows[1]["customer_id"] == "C-404"
