"""``benchmarks/run.py --quick`` writes a scratch file, never the committed RESULTS.md."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

import run as bench_run  # noqa: E402

COMMITTED = "# Benchmark results\n\n- Mode: full\n\n## Fine\n\nthe figures of record\n"


@pytest.fixture
def bench(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A benchmarks folder in tmp_path with one tiny section and a committed RESULTS.md."""
    (tmp_path / "fine.py").write_text("def run(quick=False):\n"
                                      "    return f'## Fine\\n\\nquick={quick}\\n'\n")
    monkeypatch.setattr(bench_run, "HERE", tmp_path)
    monkeypatch.setattr(bench_run, "SECTIONS", (("fine", "fine", "Fine"),))
    monkeypatch.setattr(bench_run, "RESULTS", tmp_path / "RESULTS.md")
    monkeypatch.setattr(bench_run, "QUICK_RESULTS", tmp_path / "RESULTS.quick.md")
    (tmp_path / "RESULTS.md").write_text(COMMITTED)
    return tmp_path


def test_quick_writes_the_scratch_file_and_leaves_results_md_alone(bench: Path) -> None:
    assert bench_run.main(["--quick"]) == 0
    assert (bench / "RESULTS.md").read_text() == COMMITTED
    quick = (bench / "RESULTS.quick.md").read_text()
    assert "quick=True" in quick and "Mode: quick" in quick


def test_quick_only_also_leaves_results_md_alone(bench: Path) -> None:
    assert bench_run.main(["--quick", "--only", "fine"]) == 0
    assert (bench / "RESULTS.md").read_text() == COMMITTED
    assert "quick=True" in (bench / "RESULTS.quick.md").read_text()


def test_quick_refuses_results_md_as_output(bench: Path) -> None:
    with pytest.raises(SystemExit) as e:
        bench_run.main(["--quick", "--output", str(bench / "RESULTS.md")])
    assert e.value.code != 0
    assert (bench / "RESULTS.md").read_text() == COMMITTED
    assert not (bench / "RESULTS.quick.md").exists()


def test_a_full_run_writes_results_md(bench: Path) -> None:
    assert bench_run.main([]) == 0
    assert "quick=False" in (bench / "RESULTS.md").read_text()


def test_the_real_scratch_file_is_not_results_md_and_git_ignores_it() -> None:
    assert bench_run.QUICK_RESULTS != bench_run.RESULTS
    assert bench_run.QUICK_RESULTS.parent == bench_run.RESULTS.parent
    ignored = subprocess.run(["git", "check-ignore", "-q", str(bench_run.QUICK_RESULTS)],
                             cwd=bench_run.ROOT, capture_output=True)
    assert ignored.returncode == 0, "benchmarks/RESULTS.quick.md is not in .gitignore"


HISTORY = "<!-- kept: history -->\n### Earlier figures\n\nhand-written, 51.0%\n<!-- /kept -->\n"


@pytest.mark.parametrize("argv", [["--only", "fine"], []])
def test_a_rerun_keeps_the_hand_written_blocks_of_its_section(bench: Path, argv: list[str]) -> None:
    (bench / "RESULTS.md").write_text(COMMITTED + "\n" + HISTORY)
    assert bench_run.main(argv) == 0
    again = (bench / "RESULTS.md").read_text()
    assert "quick=False" in again and "the figures of record" not in again
    assert again.count(HISTORY) == 1
    assert again.index("quick=False") < again.index(HISTORY)
    assert bench_run.main(argv) == 0  # and no second copy on the next run
    assert (bench / "RESULTS.md").read_text().count("hand-written") == 1


def test_a_block_the_fresh_section_has_is_not_doubled() -> None:
    fresh = "## Fine\n\nnew\n\n" + HISTORY.replace("51.0%", "52.3%")
    assert bench_run.with_kept_blocks(fresh, "## Fine\n\n" + HISTORY) == fresh
    other = HISTORY.replace("history", "provenance")
    both = bench_run.with_kept_blocks("## Fine\n\nnew\n", HISTORY + other)
    assert both.index("kept: history") < both.index("kept: provenance")
