"""Blind batch 4 (benchmarks/blind/batch4/): it loads, each of the nine languages has at least 45
templates in every layout and kind, and its labels point at the secret text. No detection figure
is asserted here and no detection runs: the batch measures the rules, the rules do not shape it."""

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

BATCH = "batch4"
# every language of the batch is written (en fi sv no da by blind4a, de fr es nl by blind4b)
WRITTEN = engine.LANGS


@pytest.fixture(scope="module")
def msgs() -> list[engine.Message]:
    return engine.messages(BATCH, variants=2)


def test_batch4_is_listed_and_loads_its_languages() -> None:
    # both hard cases of the issue, sentences about a secret and letters without one
    check_batch_loads(BATCH, templates=45, hard=18, decoy=12, none=5, easy=1)


def test_batch4_is_deterministic_and_new(msgs: list[engine.Message]) -> None:
    again = engine.messages(BATCH, variants=2)
    assert [(m.id, m.subject, m.text, m.html, m.values) for m in msgs] == \
        [(m.id, m.subject, m.text, m.html, m.values) for m in again]
    # not an earlier batch under another name
    mine = {(m.subject, m.text, m.html) for m in msgs}
    for earlier in ("batch1", "batch2", "batch3"):
        assert not {(m.subject, m.text, m.html) for m in engine.messages(earlier, variants=1)} & mine


def test_every_template_renders_in_its_layout(msgs: list[engine.Message]) -> None:
    """A text template gives a text part only, the others an HTML page; the batch-4 kinds
    (passphrases, labelled as passwords, and device serials, labelled as distractors) occur."""
    for m in msgs:
        if m.layout == "text":
            assert m.text and m.html is None, m.id
        else:
            assert m.html and m.text is None and m.html.startswith("<!DOCTYPE html>"), m.id
        if m.layout == "blocks":
            assert "|" not in engine.visible_text(m.html or ""), m.id
    kinds = Counter(v.kind for m in msgs for v in m.values)
    assert kinds["serial"] and kinds["roomno"] and kinds["caseno"] and kinds["pnr"], kinds
    phrases = [v.text for m in msgs for v in m.secrets if v.kind == "password"
               and len(v.text.replace(".", "-").split("-")) >= 3 and not any(c.isupper() for c in v.text)]
    assert phrases, "no passphrase drawn"


def test_secrets_in_the_subject_only_are_labelled(msgs: list[engine.Message]) -> None:
    """Some letters give the code only in the subject line; the label still points at it."""
    only_subject = [m for m in msgs if m.secrets and all(
        v.text in m.subject and v.text not in (m.text or "") + engine.visible_text(m.html or "")
        for v in m.secrets)]
    assert {m.lang for m in only_subject} >= set(WRITTEN)


def test_tags_agree_with_the_labels(msgs: list[engine.Message]) -> None:
    check_tags_agree_with_the_labels(msgs)


def test_every_label_points_at_its_value(msgs: list[engine.Message]) -> None:
    check_every_label_points_at_its_value(msgs)


def test_earlier_batches_draw_no_batch4_kind() -> None:
    """The kinds added for batch 4 are drawn only where a batch-4 template asks for them, so the
    values of batches 1 to 3 (and their measured figures) are unchanged."""
    for earlier in ("batch1", "batch2", "batch3"):
        for _lang, (_loc, templates) in engine.load_batch(earlier).items():
            for t in templates:
                assert "{D:serial" not in t.subject + t.body and "{S:phrase" not in t.subject + t.body
