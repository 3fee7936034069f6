"""Checks every blind batch's own test applies (shared by the test_blind_batch* modules): the batch
is listed and holds enough templates of each kind in every layout, tags agree with the labels, and
every label points at its value where the harness looks it up. Not a test module itself."""

from __future__ import annotations

import html as htmllib
import sys
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

import blind_bench as bb  # noqa: E402  (only its helpers for visible text and spans)
from blind import engine  # noqa: E402


def check_batch_loads(
    batch: str, *, templates: int, langs: tuple[str, ...] = engine.LANGS, **kinds: int
) -> None:
    """``batch`` is listed, loads every language of ``langs`` (all nine unless a batch still being
    written names the ones landed), and each has at least ``templates`` templates, all layouts, and
    at least ``kinds[tag]`` templates tagged ``tag``."""
    assert batch in engine.batches()
    loaded = engine.load_batch(batch)
    assert set(loaded) == set(langs)
    for lang, (_loc, written) in loaded.items():
        assert len(written) >= templates, lang
        assert {t.layout for t in written} == set(engine.LAYOUTS), lang
        counts = Counter(tag for t in written for tag in t.tags.split())
        for tag, least in kinds.items():
            assert counts[tag] >= least, (lang, tag, counts)


def check_tags_agree_with_the_labels(msgs: list[engine.Message]) -> None:
    for m in msgs:
        assert set(m.tags) <= {"decoy", "none", "hard", "easy"}, m.id
        if "none" in m.tags or m.tags == ("decoy",):
            assert not m.secrets, m.id
        else:
            assert m.secrets, m.id
        for v in m.values:
            assert v.kind in set(engine.SECRET_KIND.values()) | engine.DISTRACTOR_KINDS, m.id
            assert v.text and v.text == v.text.strip(), m.id


def check_every_label_points_at_its_value(msgs: list[engine.Message]) -> None:
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
