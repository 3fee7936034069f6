"""Smoke test of the speed benchmark: a tiny run (seconds) that exercises every phase and checks
the structures it returns. No timing assertions: this machine is shared and noisy."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

import run as bench_run  # noqa: E402
import speed  # noqa: E402
import synthetic  # noqa: E402


def test_synthetic_directory_has_the_right_shape() -> None:
    records = synthetic.generate(2000, seed=3)
    assert len(records) == 2000
    assert len({r.id for r in records}) == 2000
    addresses = [a for r in records for a in r.emails]
    assert 1.1 < len(addresses) / len(records) < 1.35
    assert all(a.count("@") == 1 for a in addresses)
    assert len(set(addresses)) / len(addresses) > 0.97  # unique apart from shared mailboxes
    assert synthetic.generate(50, seed=3) == records[:50]  # deterministic
    rng = random.Random(1)
    for a in addresses[:200]:
        s = synthetic.slip(a, rng)
        assert s != a and s.count("@") == 1


def test_tiny_speed_run_returns_every_figure() -> None:
    config = speed.Config(customers=800, queries=60, rapidfuzz_queries=5, symspell_queries=20,
                          build_repeats=1, get_queries=20, postgres=False,
                          symspell=importlib.util.find_spec("symspellpy") is not None)
    res = speed.measure(config)
    assert res.errors == []
    assert res.load["SQLite"]["inserted"] == 800
    ix = res.index["SQLite"]
    assert ix["customers"] == 800 and ix["nbytes_mb"] > 0 and len(ix["build_s"]) == 1
    for label in ("recipients_only", "recipients_inline", "default"):
        part = ix[label]
        assert "error" not in part, part
        assert part["all"]["n"] == 60
        assert part["all"]["p50"] <= part["all"]["p99"]
        assert sum(sum(a.values()) for a in part["actions"].values()) == 60
    assert ix["near"]["n"] > 0 and ix["get"]["n"] == 20
    assert res.rapidfuzz["query"]["n"] == 5
    assert res.correctness["missing"] == 0 and res.correctness["extra"] == 0
    md = speed.render(res)
    assert md.startswith("## Recipient checks: speed")
    assert "| metric | ours | baseline | ratio | target | met? |" in md
    assert "`Guard.check` p50, SQLite" in md


def test_runner_reports_missing_and_failing_sections(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    md, ok = bench_run.run_section("no_such_section_module", "Nothing", quick=True)
    assert ok and "Not run" in md
    (tmp_path / "broken.py").write_text("def run(quick=False):\n    raise RuntimeError('boom')\n")
    (tmp_path / "fine.py").write_text("def run(quick=False):\n    return '## Fine\\n\\nok\\n'\n")
    monkeypatch.setattr(bench_run, "HERE", tmp_path)
    md, ok = bench_run.run_section("broken", "Broken", quick=True)
    assert not ok and "Failed" in md and "boom" in md
    md, ok = bench_run.run_section("fine", "Fine", quick=True)
    assert ok and md.startswith("## Fine\n\nok\n")
    assert "_Measured " in md and "(quick)" in md  # every section says when and at which commit
    head = bench_run.header(quick=True)
    assert "Machine:" in head and "Python" in head and "Commit:" in head


def test_only_keeps_the_other_sections_with_their_stamp(tmp_path: Path) -> None:
    old = tmp_path / "RESULTS.md"
    old.write_text("# Benchmark results\n\n- Date: 2026-01-02 03:04 UTC\n- Commit: abc1234 on main\n\n"
                   "## Speed\n\nfast\n\n## Accuracy\n\ngood\n\n_Measured 2026-01-01 at commit 0000000._\n")
    kept = bench_run._sections_of(old)
    assert list(kept) == ["Speed", "Accuracy"]
    assert kept["Speed"].startswith("## Speed\n\nfast")
    assert "_Measured 2026-01-02 03:04 UTC at commit abc1234._" in kept["Speed"]  # from the header
    assert kept["Accuracy"].count("_Measured") == 1  # its own stamp is kept, not doubled


def test_only_runs_rewrite_the_file_without_growing_it(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "fine.py").write_text("def run(quick=False):\n    return '## Fine\\n\\nok\\n'\n")
    monkeypatch.setattr(bench_run, "HERE", tmp_path)
    monkeypatch.setattr(bench_run, "SECTIONS", (("kept", "kept", "Kept"), ("fine", "fine", "Fine")))
    out = tmp_path / "RESULTS.md"
    out.write_text("# Benchmark results\n\n- Date: 2026-01-02 03:04 UTC\n- Commit: abc1234\n\n"
                   "## Kept\n\nstays\n\n\n\n## Fine\n\nthe-stale-section-body\n")
    bench_run.main(["--only", "fine", "--output", str(out)])
    first = out.read_text()
    bench_run.main(["--only", "fine", "--output", str(out)])
    second = out.read_text()
    assert "## Kept\n\nstays\n" in second and "ok\n" in second
    assert "the-stale-section-body" not in second
    assert "\n\n\n" not in second  # one blank line between sections, run after run
    assert len(second.splitlines()) == len(first.splitlines())
