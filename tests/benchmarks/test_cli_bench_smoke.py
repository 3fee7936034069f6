"""Smoke test of benchmarks/cli_bench.py: a tiny run through real ``misdirect`` processes that
exercises every phase (baseline, snapshot build, cold start from it, --stdin-jsonl) and renders
the section. No timing assertions: this machine is shared and noisy."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

import cli_bench  # noqa: E402
import run as bench_run  # noqa: E402


def test_tiny_cli_run_measures_every_phase(tmp_path: Path) -> None:
    res = cli_bench.measure(tmp_path, 300, baseline_runs=1, snapshot_runs=1, stream_k=4,
                            warmup=False)
    assert res["baseline"]["origin"].startswith("index: built")
    assert "snapshot" not in res["baseline"]["origin"]
    assert res["snapshot"]["origin"].startswith("index: loaded the index snapshot")
    assert res["stream"]["k"] == 4 and res["stream"]["first_action"] in (
        "allow", "warn", "hold", "block")
    md = cli_bench.render([res], 0.5, "abc1234")
    assert md.startswith("## Command line: cold start and streams")
    assert "| 300 |" in md and "not measured at 1,000,000" in md
    assert ("cli", "cli_bench", "Command line: cold start and streams") in bench_run.SECTIONS
