"""Blind batch 3 (benchmarks/blind/batch3/): it loads, covers the nine languages with at least 40
templates each in every layout and kind, and its labels point at the secret text. No detection
figure is asserted here: the batch measures the rules, the rules do not shape it."""

from __future__ import annotations

import html as htmllib
import sys
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

import blind_bench as bb  # noqa: E402  (only its helpers for visible text and spans)
from blind import engine  # noqa: E402

BATCH = "batch3"
# the languages written so far (the batch lands a few languages at a time)
WRITTEN = ("en", "fi", "sv")


@pytest.fixture(scope="module")
def msgs() -> list[engine.Message]:
    return engine.messages(BATCH, variants=2)


def test_batch3_is_listed_and_loads_every_language() -> None:
    assert BATCH in engine.batches()
    loaded = engine.load_batch(BATCH)
    assert set(WRITTEN) <= set(loaded) <= set(engine.LANGS)
    for lang, (_loc, templates) in loaded.items():
        assert len(templates) >= 40, lang
        assert {t.layout for t in templates} == set(engine.LAYOUTS), lang
        kinds = Counter(tag for t in templates for tag in t.tags.split())
        # both hard cases of the issue and sentences about a secret, in every language
        assert kinds["hard"] >= 15 and kinds["decoy"] >= 10 and kinds["none"] >= 4, (lang, kinds)


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
    for m in msgs:
        assert set(m.tags) <= {"decoy", "none", "hard", "easy"}, m.id
        if "none" in m.tags or m.tags == ("decoy",):
            assert not m.secrets, m.id
        else:
            assert m.secrets, m.id
        for v in m.values:
            assert v.kind in set(engine.SECRET_KIND.values()) | engine.DISTRACTOR_KINDS, m.id
            assert v.text and v.text == v.text.strip(), m.id


def test_every_label_points_at_its_value(msgs: list[engine.Message]) -> None:
    """Where the harness looks a value up (the subject, the text part, the HTML source with the
    value escaped as the renderer escapes it), it finds exactly that text, and as often in the
    visible message as the template placed it; no labelled value is part of another."""
    for m in msgs:
        seen = bb._visible(m.subject, m.text, m.html)
        fields = {"subject": m.subject, "text": m.text or "", "html": m.html or ""}
        texts = [v.text for v in m.values]
        assert len(set(texts)) == len(texts), m.id
        for v in m.values:
            assert seen.count(v.text) >= 1, (m.id, v.kind)
            assert not any(v.text in w for w in texts if w != v.text), (m.id, v.kind)
            if not v.secret:
                continue
            spans = 0
            for name, content in fields.items():
                needle = htmllib.escape(v.text, quote=False) if name == "html" else v.text
                for a, b in bb._spans(content, needle):
                    assert content[a:b] == needle
                    if name == "html":  # inside text, not inside a tag or an attribute
                        assert content.rfind("<", 0, a) <= content.rfind(">", 0, a), (m.id, v.kind)
                    spans += 1
            assert spans >= 1, (m.id, v.kind)
