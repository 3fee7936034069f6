"""``misdirect audit --snapshot DIR``: the workers use the index snapshot instead of building the
index, a stale one is not used silently, and the findings are those of a run without it."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from misdirect import Customer, Directory, Guard
from misdirect.audit.runner import audit_policy
from misdirect.cli import cli
from misdirect.io import verdict_record
from misdirect.policy import Policy

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> Result:
    return CliRunner(env={"COLUMNS": "200"}).invoke(cli, list(args), catch_exceptions=False)


def test_audit_maps_the_snapshot_and_writes_what_a_run_without_it_writes(
        tmp_path: Path) -> None:
    db = tmp_path / "customers.db"
    assert run("load", str(ROOT / "examples/customers.csv"), "--db", str(db)).exit_code == 0
    snap = tmp_path / "snap"
    assert run("index", "build", "--db", str(db), "--out", str(snap)).exit_code == 0
    sends = str(ROOT / "examples/sends.jsonl")
    with_snap = run("audit", sends, "--db", str(db), "--snapshot", str(snap), "--workers", "2",
                    "--out", str(tmp_path / "a.jsonl"))
    assert with_snap.exit_code in (0, 1), with_snap.output
    assert f"index: loaded the index snapshot {snap}" in with_snap.stderr
    without = run("audit", sends, "--db", str(db), "--index", "none", "--workers", "1",
                  "--out", str(tmp_path / "b.jsonl"))
    assert "index: built from the database" in without.stderr
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()
    # a change after the snapshot: it is stale, and the index is built from the database
    with Directory.connect(f"sqlite:///{db}") as d:
        d.upsert([Customer(id="C-9999", full_name="Nea Uusi", emails=["nea.uusi@elisa.fi"])])
    stale = run("audit", sends, "--db", str(db), "--snapshot", str(snap), "--workers", "1",
                "--out", str(tmp_path / "c.jsonl"))
    assert "is stale" in stale.stderr and "built the index from the database" in stale.stderr


def test_the_record_cache_changes_no_verdict(
        sample_db: str, tmp_path: Path) -> None:
    """The content scan's record comes from a per-entry cache: checking the bundled sends one
    after another gives the records that a fresh Directory per send gives."""
    sends = [json.loads(line) for line in
             (ROOT / "examples/sends.jsonl").read_text("utf-8").splitlines() if line.strip()]
    policy = audit_policy(Policy.default())
    from misdirect.audit.sources import email_from_record

    with Directory.connect(sample_db, create=False) as shared:
        guard = Guard(shared, policy=policy)
        cached = [verdict_record(guard.check(email_from_record(s))) for s in sends * 2]
        assert len(shared._records) > 0
    fresh = []
    for s in sends * 2:
        with Directory.connect(sample_db, create=False) as d:
            fresh.append(verdict_record(Guard(d, policy=policy).check(email_from_record(s))))
    assert cached == fresh
    copy = tmp_path / "copy.db"  # the session's sample directory stays as it is
    copy.write_bytes(Path(sample_db.removeprefix("sqlite:///")).read_bytes())
    with Directory.connect(f"sqlite:///{copy}", create=False) as d:
        first = d.record("C-2001")
        assert d.record("C-2001") is first
        d.upsert([first.model_copy(update={"city": "Kiruna"})])
        assert d.record("C-2001").city == "Kiruna"
