"""Blind batch 5 (benchmarks/blind/batch5/): the languages written so far load, each has at least 45
templates in every layout and kind, and its labels point at the secret text. Batch 5 is written by
three helpers at once and lands one language at a time, so only the languages whose file exists are
checked (``engine.batch_languages``). No detection figure is asserted here and no detection runs: the
batch measures the rules, the rules do not shape it."""

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

BATCH = "batch5"
# en fi sv by blind5a, no da de by blind5b, fr es nl by blind5c; each lands on its own
WRITTEN = tuple(engine.batch_languages(BATCH))


@pytest.fixture(scope="module")
def msgs() -> list[engine.Message]:
    return engine.messages(BATCH, variants=2)


def test_batch5_is_listed_and_loads_its_languages() -> None:
    assert WRITTEN, "no language of batch 5 is written yet"
    check_batch_loads(BATCH, templates=45, langs=WRITTEN, hard=18, decoy=12, none=5, easy=1)


def test_batch5_is_deterministic_and_new(msgs: list[engine.Message]) -> None:
    again = engine.messages(BATCH, variants=2)
    assert [(m.id, m.subject, m.text, m.html, m.values) for m in msgs] == [
        (m.id, m.subject, m.text, m.html, m.values) for m in again
    ]
    assert {m.lang for m in msgs} == set(WRITTEN)
    # not an earlier batch under another name
    mine = {(m.subject, m.text, m.html) for m in msgs}
    for earlier in ("batch1", "batch2", "batch3", "batch4"):
        assert not {(m.subject, m.text, m.html) for m in engine.messages(earlier, variants=1)} & mine


def test_every_template_renders_in_its_layout(msgs: list[engine.Message]) -> None:
    """A text template gives a text part only, the others an HTML page; every layout is used at
    least six times in each language, and the secret-shaped distractors occur."""
    for m in msgs:
        if m.layout == "text":
            assert m.text and m.html is None, m.id
        else:
            assert m.html and m.text is None and m.html.startswith("<!DOCTYPE html>"), m.id
        if m.layout == "blocks":
            assert "|" not in engine.visible_text(m.html or ""), m.id
    for lang, (_loc, templates) in engine.load_batch(BATCH).items():
        layouts = Counter(t.layout for t in templates)
        assert all(layouts[x] >= 6 for x in engine.LAYOUTS), (lang, layouts)
    kinds = Counter(v.kind for m in msgs for v in m.values)
    assert kinds["roomno"] and kinds["caseno"], kinds


def test_secrets_in_the_subject_only_are_labelled(msgs: list[engine.Message]) -> None:
    """Some letters give the code only in the subject line; the label still points at it."""
    only_subject = [
        m
        for m in msgs
        if m.secrets
        and all(
            v.text in m.subject and v.text not in (m.text or "") + engine.visible_text(m.html or "")
            for v in m.secrets
        )
    ]
    assert {m.lang for m in only_subject} >= set(WRITTEN)


def test_tags_agree_with_the_labels(msgs: list[engine.Message]) -> None:
    check_tags_agree_with_the_labels(msgs)


def test_every_label_points_at_its_value(msgs: list[engine.Message]) -> None:
    check_every_label_points_at_its_value(msgs)
