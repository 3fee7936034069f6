"""The audit on a real dask.distributed LocalCluster, and a real kill -9 in the middle of a run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from misdirect import Customer, Directory
from misdirect.audit import AuditConfig, audit_guard, open_source, run_audit

REQUIRE_ENV = "MISDIRECT_REQUIRE_SERVERS"

Writer = Callable[..., Path]


def _servers_required() -> bool:
    return os.environ.get(REQUIRE_ENV, "").strip() not in ("", "0", "false", "no")


def _sends(k: int) -> list[dict[str, Any] | str]:
    base: list[dict[str, Any] | str] = [
        {"message_id": "clean", "customer_id": "C-2001", "to": ["linnea.oberg1987@comhem.se"],
         "sent_at": "2025-03-01T09:00:00Z", "text": "Hej"},
        {"message_id": "typo", "customer_id": "C-2001", "to": ["linnea.oberg187@comhem.se"],
         "sent_at": "2025-03-02T09:00:00Z"},
        {"message_id": "namesake", "customer_id": "C-1001", "to": ["matti.virtanen@kolumbus.fi"],
         "text": "PIN-koodi: 4921"},
        "{not json",
        {"message_id": "unknown", "customer_id": "C-404", "to": ["a@telia.com"]},
    ]
    out: list[dict[str, Any] | str] = []
    for i in range(k):
        item = base[i % len(base)]
        out.append({**item, "message_id": f"{item['message_id']}-{i}"}
                   if isinstance(item, dict) else item)
    return out


def test_dask_local_cluster_writes_exactly_the_single_process_findings(
        sample_db: str, write_jsonl: Writer, tmp_path: Path) -> None:
    try:
        import distributed  # noqa: F401
    except ImportError:
        if _servers_required():
            pytest.fail(f"dask.distributed is not installed ({REQUIRE_ENV}=1)", pytrace=False)
        pytest.skip("dask.distributed is not installed (pip install 'misdirect[dask]')")
    # Several customers one slip from the same recipient: their order in a finding must not
    # depend on the worker process (string hashing differs between interpreters).
    db = f"sqlite:///{tmp_path / 'directory.db'}"
    with Directory.connect(db) as d, Directory.connect(sample_db, create=False) as sample:
        d.upsert(sample.iter_customers())
        # one substitution each, at a different place: found through different hash buckets
        d.upsert([Customer(id=f"C-90{i}", full_name=f"Anna Berg {i}",
                           emails=["anna.berg"[:i] + "x" + "anna.berg"[i + 1:] + "@telia.com"])
                  for i in (0, 1, 2, 3, 5, 6, 7, 8)])
    crowd = [{"message_id": f"crowd-{i}", "customer_id": "C-2001", "to": ["anna.berg@telia.com"]}
             for i in range(3)]
    sends = write_jsonl(_sends(120) + crowd)
    results = {}
    for engine in ("local", "dask"):
        config = AuditConfig(out=tmp_path / f"{engine}.jsonl",
                             errors=tmp_path / f"{engine}.errors.jsonl", workers=2 if engine ==
                             "dask" else 1, engine=engine, chunk_size=9)  # type: ignore[arg-type]
        with Directory.connect(db, create=False) as d:
            results[engine] = run_audit(open_source(sends), audit_guard(d), config)
    local = (tmp_path / "local.jsonl").read_text("utf-8").splitlines()
    dask = (tmp_path / "dask.jsonl").read_text("utf-8").splitlines()
    assert len(local) == 75 and local == dask  # record for record
    crowded = json.loads(local[-1])["findings"]
    assert any(len(f.get("other_customers", [])) == 8 for f in crowded)
    assert ((tmp_path / "local.errors.jsonl").read_bytes()
            == (tmp_path / "dask.errors.jsonl").read_bytes())
    assert results["dask"].summary.read == 123


def test_kill_9_then_the_same_command_resumes_with_one_record_per_send(
        sample_db: str, write_jsonl: Writer, tmp_path: Path) -> None:
    sends = write_jsonl(_sends(3000))
    out, errors = tmp_path / "f.jsonl", tmp_path / "e.jsonl"
    checkpoint = out.with_name(out.name + ".checkpoint")
    command = [sys.executable, "-m", "misdirect", "audit", str(sends), "--db", sample_db,
               "--out", str(out), "--errors", str(errors), "--workers", "1",
               "--chunk-size", "20"]
    env = {**os.environ, "COLUMNS": "200"}
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    done = 0
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                done = json.loads(checkpoint.read_text())["sends_done"]
            except (OSError, ValueError, KeyError):
                done = 0
            if done >= 400:
                break
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    assert 400 <= done < 3000
    resumed = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert "resumed after send" in resumed.stdout
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    rows = [json.loads(line) for line in errors.read_text("utf-8").splitlines()]
    ns = sorted([r["n"] for r in records] + [r["n"] for r in rows])
    assert ns == list(range(1, 3001))  # every send exactly once
    assert [r["n"] for r in records] == sorted(r["n"] for r in records)
    assert len(records) == 1800 and len(rows) == 1200
    assert not checkpoint.exists()
