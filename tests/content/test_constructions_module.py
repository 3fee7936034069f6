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
