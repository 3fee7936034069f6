"""Blind batch 2 (benchmarks/blind/batch2/): it loads, covers the nine languages with at least 40
templates each in every layout and kind, and its labels point at the secret text. No detection
figure is asserted here: the batch measures the rules, the rules do not shape it."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

from blind_batch_checks import (  # noqa: E402
    check_every_label_points_at_its_value,
    check_tags_agree_with_the_labels,
)

import blind_bench as bb  # noqa: E402
from blind import engine  # noqa: E402

BATCH = "batch2"


@pytest.fixture(scope="module")
def msgs() -> list[engine.Message]:
    return engine.messages(BATCH, variants=2)


def test_batch2_is_listed_and_loads_every_language() -> None:
    assert BATCH in engine.batches()
    loaded = engine.load_batch(BATCH)
    assert set(loaded) == set(engine.LANGS)
    for lang, (_loc, templates) in loaded.items():
        assert len(templates) >= 40, lang
        assert {t.layout for t in templates} == set(engine.LAYOUTS), lang
        kinds = Counter(tag for t in templates for tag in t.tags.split())
        # both hard cases of the issue and sentences about a secret, in every language
        assert kinds["hard"] >= 15 and kinds["decoy"] >= 10 and kinds["none"] >= 4, (lang, kinds)


def test_batch2_is_deterministic(msgs: list[engine.Message]) -> None:
    again = engine.messages(BATCH, variants=2)
    assert [(m.id, m.subject, m.text, m.html, m.values) for m in msgs] == \
        [(m.id, m.subject, m.text, m.html, m.values) for m in again]
    # and it is not batch 1 under another name
    first = {(m.subject, m.text, m.html) for m in engine.messages("batch1", variants=1)}
    assert not first & {(m.subject, m.text, m.html) for m in msgs}


def test_tags_agree_with_the_labels(msgs: list[engine.Message]) -> None:
    check_tags_agree_with_the_labels(msgs)


def test_every_label_points_at_its_value(msgs: list[engine.Message]) -> None:
    check_every_label_points_at_its_value(msgs)


def test_the_harness_scores_batch2(capsys: pytest.CaptureFixture[str]) -> None:
    sample = [m for m in engine.messages(BATCH, variants=1) if m.id.endswith(("-01#0", "-20#0"))]
    outcomes = bb.evaluate(sample)
    assert len(outcomes) == len(sample) == 2 * len(engine.LANGS)
    assert sum(o.secrets_total for o in outcomes) == sum(len(m.secrets) for m in sample)
    bb.main(["--batch", BATCH, "--variants", "1", "--summary"])
    out = capsys.readouterr().out
    assert f"**{BATCH}**" in out and "| sv |" in out and "| blocks |" in out
    assert "#0" not in out
