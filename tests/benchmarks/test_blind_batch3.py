"""Blind batch 3 (benchmarks/blind/batch3/): it loads, covers the nine languages with at least 40
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
    check_batch_loads,
    check_every_label_points_at_its_value,
    check_tags_agree_with_the_labels,
)

from blind import engine  # noqa: E402

BATCH = "batch3"


@pytest.fixture(scope="module")
def msgs() -> list[engine.Message]:
    return engine.messages(BATCH, variants=2)


def test_batch3_is_listed_and_loads_every_language() -> None:
    # both hard cases of the issue and sentences about a secret, in every language
    check_batch_loads(BATCH, templates=40, hard=15, decoy=10, none=4)


def test_batch3_is_deterministic(msgs: list[engine.Message]) -> None:
    again = engine.messages(BATCH, variants=2)
    assert [(m.id, m.subject, m.text, m.html, m.values) for m in msgs] == \
        [(m.id, m.subject, m.text, m.html, m.values) for m in again]
    # and it is not an earlier batch under another name
    mine = {(m.subject, m.text, m.html) for m in msgs}
    for earlier in ("batch1", "batch2"):
        assert not {(m.subject, m.text, m.html) for m in engine.messages(earlier, variants=1)} & mine


def test_every_template_renders_in_its_layout(msgs: list[engine.Message]) -> None:
    """A text template gives a text part only, the others an HTML page; values of the new
    distractor kinds (shaped like a secret) are labelled as distractors."""
    for m in msgs:
        if m.layout == "text":
            assert m.text and m.html is None, m.id
        else:
            assert m.html and m.text is None and m.html.startswith("<!DOCTYPE html>"), m.id
        if m.layout == "blocks":
            assert "|" not in engine.visible_text(m.html or ""), m.id
    kinds = Counter(v.kind for m in msgs for v in m.values)
    assert kinds["roomno"] and kinds["caseno"] and kinds["pnr"], kinds


def test_tags_agree_with_the_labels(msgs: list[engine.Message]) -> None:
    check_tags_agree_with_the_labels(msgs)


def test_every_label_points_at_its_value(msgs: list[engine.Message]) -> None:
    check_every_label_points_at_its_value(msgs)
