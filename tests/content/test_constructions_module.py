"""`misdirect.content.constructions` on its own: each construction yields its rule and span, the
look-alikes yield nothing, and the literal pre-checks before its regexes change no answer."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import misdirect.content.constructions as constructions
from misdirect.content.constructions import construction_matches

# (text, value, kind, rule)
GIVEN = [
    ("Open the locker with 590611 when you arrive.", "590611", "otp", "construction:opens-with"),
    ("Die Haustür öffnet sich mit\n4471\n", "4471", "pin", "construction:opens-with"),
    ("Porten öppnar du med 3318.", "3318", "pin", "construction:opens-with"),
    ("La porte s'ouvre en tapant 2290.", "2290", "pin", "construction:opens-with"),
    ("Ring och slå aktiveringsnummer 7520 när rösten ber om det.", "7520", "pin",
        "construction:activation-number"),
    ("Type the following digits into the app:\n\n551 902\n", "551 902", "otp",
        "construction:announced-below"),
    ("Syötä seuraava numerosarja:\n\n8KX-29Q\n", "8KX-29Q", "otp",
        "construction:announced-below"),
    ("You will find the code at the end of this message.\n\nThanks,\nThe team\n\n663018\n",
        "663018", "otp", "construction:end-of-message"),
    ("De code staat onderaan dit bericht.\n\n41 77 90\n", "41 77 90", "otp",
        "construction:end-of-message"),
]

QUIET = [
    "Open Monday to Friday, 0900-1700.",  # a verb of opening without the means
    "Your order 55201934 opens in a new tab.",
    "Activation took 2024 seconds.",  # a year, and no activation number label before it
    "Order number:\n\n55201934\n",  # a colon line that is no instruction
    "The last line holds an order number.\n\n55201934\n",  # no pointer at the end
    "Call us on 0800 123 456.",
    "Open the app with your fingerprint.",
]


@pytest.mark.parametrize(("text", "value", "kind", "rule"), GIVEN, ids=[g[3] + ":" + g[1] for g in GIVEN])
def test_construction_yields_its_rule(text: str, value: str, kind: str, rule: str) -> None:
    found = [(text[s:e], k, r) for s, e, k, r in construction_matches(text)]
    assert found == [(value, kind, rule)]


@pytest.mark.parametrize("text", QUIET, ids=[q[:40] for q in QUIET])
def test_look_alike_yields_nothing(text: str) -> None:
    assert list(construction_matches(text)) == []


_PIECES = st.sampled_from([
    "open ", "Öppna ", "avaa ", "with ", "med ", "mit ", "koodilla ", "activation number ",
    "aktiveringsnumret ", "enter ", "type the following digits:", "\n", "\n\n", " ", "4471",
    "590611", "8KX-29Q", "551 902", "end of this message", "onderaan dit bericht", ".", ":",
    "order ", "0800 123 456", "Hello ", "ÖFFNET SICH MIT ", "s'ouvre en tapant ",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_literal_prechecks_change_no_answer(text: str) -> None:
    # the reference: every literal pre-check disabled ("" is in every string)
    fast = list(construction_matches(text))
    saved = (constructions._INSTRUMENT_HINTS, constructions._ACTIVATION_HINTS,
             constructions._END_POINTER_HINTS)
    try:
        constructions._INSTRUMENT_HINTS = ("",)
        constructions._ACTIVATION_HINTS = ("",)
        constructions._END_POINTER_HINTS = ("",)
        reference = list(construction_matches(text))
    finally:
        (constructions._INSTRUMENT_HINTS, constructions._ACTIVATION_HINTS,
         constructions._END_POINTER_HINTS) = saved
    assert fast == reference


# --- the fast paths against a plain reference ------------------------------------------------
# `construction_matches` skips work: it reads only line-initial candidates when no instrument or
# activation hint is in the text, and learns which hints occur from the keyword pass. The
# reference below is the straightforward reading it replaced: every candidate, its context, the
# hints looked for in that context (`test_literal_prechecks_change_no_answer` shows those checks
# change no answer), then the regexes.


def _reference(text: str) -> list[tuple[int, int, str, str]]:
    c = constructions
    out: list[tuple[int, int, str, str]] = []
    last: tuple[int, int] | None = None
    tail = text.rstrip(" \t\v\xa0\n")
    tail_start = text.rfind("\n", max(0, len(tail) - 300), len(tail)) + 1
    for m in c._CANDIDATE_RE.finditer(text):
        s, e = m.span()
        v = m.group()
        kind = c._shape_ok(v)
        if kind is None:
            continue
        ls = text.rfind("\n", max(0, s - 200), s) + 1
        lead = text[max(ls, s - 90) : s]
        starts_line = not lead.strip(" \t\v\xa0")
        context = (c._previous_line(text, ls) + "\n") if starts_line else lead
        low_context = context.lower()
        if any(h in low_context for h in c._INSTRUMENT_HINTS) and c._INSTRUMENT_RE.search(context):
            out.append((s, e, kind, "construction:opens-with"))
            continue
        if (not starts_line and any(h in low_context for h in c._ACTIVATION_HINTS)
                and c._ACTIVATION_RE.search(lead)):
            if v.isdigit():
                out.append((s, e, "pin", "construction:activation-number"))
            continue
        if not starts_line or not c._alone_on_line(text, s, e):
            continue
        if c._ANNOUNCE_RE.search(context):
            out.append((s, e, kind, "construction:announced-below"))
            continue
        if ls == tail_start:
            last = (s, e)
    if (last is not None and any(h in text[: last[0]].lower() for h in c._END_POINTER_HINTS)
            and c._END_POINTER_RE.search(text, 0, last[0])):
        out.append((last[0], last[1], "otp", "construction:end-of-message"))
    return out


def _through_keyword_pass(text: str) -> list[tuple[int, int, str, str]]:
    from misdirect.content.secrets import _keyword_starts, _lower_same_length

    present = _keyword_starts(_lower_same_length(text))[3]
    return list(construction_matches(text, present=present))


_MORE_PIECES = st.sampled_from([
    "open ", "Öppna ", "with ", "med ", "koodilla ", "activation number ", "aktiveringsnumret ",
    "type the following digits:", "Order summary:", "\n", "\n", "\n\n", " ", "   ", "\t", "\xa0",
    " " * 95, "4471", "590611", "8KX-29Q", "551 902", "12-34-56", "2019", "end of this message",
    "onderaan dit bericht", ".", ":", "order ", "0800 123 456", "İ", "ENTRİEGELN mit ", "x",
    "  3 x Article 1111 (blue)   37.50 EUR\n", "\r\n",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_MORE_PIECES, max_size=18).map("".join))
def test_fast_paths_agree_with_the_reference(text: str) -> None:
    expected = _reference(text)
    assert list(construction_matches(text)) == expected
    assert _through_keyword_pass(text) == expected


def test_fast_paths_agree_on_the_corpora() -> None:
    import sys
    from pathlib import Path

    bench = Path(__file__).resolve().parents[2] / "benchmarks"
    sys.path.insert(0, str(bench))
    try:
        import synthetic
        from blind.engine import messages
        from content_corpus import generate
    finally:
        sys.path.remove(str(bench))
    texts = [t for m in generate(900) for t in (m.subject, m.text, m.html) if t]
    texts += [synthetic.body_for(r, i) for i, r in enumerate(synthetic.generate(200, seed=2))]
    # the development batches of the blind corpus (batch 5 and later are not read here)
    for batch in ("batch1", "batch2", "batch3", "batch4"):
        texts += [t for m in messages(batch, variants=1) for t in (m.subject, m.text, m.html) if t]
    fired = 0
    for text in texts:
        expected = _reference(text)
        fired += bool(expected)
        assert list(construction_matches(text)) == expected
        assert _through_keyword_pass(text) == expected
    assert fired  # the corpora hold constructions, so the comparison covers the firing paths
