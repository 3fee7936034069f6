"""Payment card numbers: 13 to 19 digits, a known issuer prefix, and a valid Luhn check digit.

Written as one block or in groups of four (Amex 4-6-5), separated by spaces or hyphens. Numbers with
other groupings (Finnish reference numbers in fives, IBANs, tracking codes) are not card numbers,
nor is a number under a payment-reference label ("Ons kenmerk: 1290 8463 5775 4061", a Dutch
betalingskenmerk of 16 digits, passes the Luhn check one time in ten).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from misdirect.content.base import Match
from misdirect.content.national_ids import _luhn_ok
from misdirect.content.prefilter import DIGIT, SEPARATOR, digit_classes

__all__ = ["PaymentCards"]

# A bounded run of digits with optional single separators; bounded, so it cannot backtrack far.
_CANDIDATE_RE = re.compile(r"[0-9](?<![\w-][0-9])(?:[ -]?[0-9]){12,18}(?![\w-])")
# A candidate lies inside a run of digits, spaces and hyphens, in a *chain* of at least 13 digits
# joined by single spaces or hyphens. Such chains are found over the digit classes of the text
# (`misdirect.content.prefilter`): a literal first byte keeps that search fast, the lookbehinds
# start it at a chain's start only, and the repetition is bounded.
_D, _S = re.escape(DIGIT), re.escape(SEPARATOR)
_CHAIN_RE = re.compile(_D + b"(?<!" + _D * 2 + b")(?<!" + _D + _S + _D + b")(?:" + _S + b"?" + _D
                       + b"){12}")
_RUN_REST_RE = re.compile(b"[" + _D + _S + b"]*")
# A chain spans at least 13 digit-or-separator classes in a row, and with its single separators
# read as digits it is 13 digits in a row: two plain byte searches that skip the regex on the
# letters (nearly all) that hold no such run, and start it near the first chain of those that do.
_SEPARATOR_AS_DIGIT = bytes.maketrans(SEPARATOR, DIGIT)
_THIRTEEN = DIGIT * 13
_JOINT, _JOINED = DIGIT + SEPARATOR + DIGIT, DIGIT * 3
# The label right before a number on its line: "Ons kenmerk:", "Reserveringsnummer:", "Order no."
_LABEL_RE = re.compile(r"([^\W\d_][\w-]*)\.?(?: (?:no|nr|number|nummer|numero|número|n°)\.?)?"
                       r"[ \t:#.\xa0-]{0,4}$", re.IGNORECASE)
# What a label names when it is a card ("Kaartnummer", "Card number", "Kortnummer", "Tarjeta")
_CARD_WORD_RE = re.compile(r"kort|kaart|karte|card|carte|tarjeta|pan$|visa|mastercard|amex|"
                           r"kreditt|kredit|credit|cr[ée]dit|d[ée]bit|betaal", re.IGNORECASE)
# Labels of a reference, not of a number kind: a card under them is a coincidence of the check
# (also as the end of a compound: "Machtigingskenmerk", "Zahlungsreferenz", "Viitenumero")
_REFERENCE_ENDS = ("kenmerk", "ref", "referens", "referenz", "reference", "référence", "referencia",
                   "referentie", "ocr", "kid", "zweck")
_REFERENCE_STARTS = ("viite", "ref")
_NUMBER_SUFFIXES = ("nummer", "number", "numero", "número", "nr", "no", "id")
_GROUPINGS = {(4, 4, 4, 4), (4, 6, 5), (4, 4, 4, 4, 3), (4, 4, 4, 1), (4, 4, 4, 2), (4, 4, 4, 3),
              (4, 4, 5), (4, 6, 4), (4, 4, 4, 4, 1), (4, 4, 4, 4, 2)}


def _issuer_ok(d: str, grouped: bool) -> bool:
    """A known issuer prefix with its usual length; 19-digit cards only when written in groups."""
    n = len(d)
    if n == 19 and not grouped:
        return False
    if d[0] == "4":
        return n in (13, 16, 19)
    two, four = int(d[:2]), int(d[:4])
    if two in (34, 37):
        return n == 15
    if 51 <= two <= 55 or 2221 <= four <= 2720:
        return n == 16
    if four == 6011 or two in (62, 65) or 644 <= int(d[:3]) <= 649 or 3528 <= four <= 3589:
        return n in (16, 19)
    if two in (36, 38) or 300 <= int(d[:3]) <= 305:
        return n == 14
    return False


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_CANDIDATE_RE.finditer(text)``, found faster.

    Every match lies in a run of digits, spaces and hyphens that holds a chain of 13 digits; no
    match reaches into such a run from before it, so searching the runs one by one finds the same.
    """
    classes = digit_classes(text)
    if _THIRTEEN not in classes.translate(_SEPARATOR_AS_DIGIT):
        return
    # "0 0" -> "000" twice joins every single separator between digits ("0 0 0": the first pass
    # leaves every second one): a chain's span is then 13 digits in a row, and the first such row
    # starts at or before the first chain.
    joined = classes.replace(_JOINT, _JOINED).replace(_JOINT, _JOINED)
    pos = 0
    while (pos := joined.find(_THIRTEEN, pos)) >= 0 and (
            chain := _CHAIN_RE.search(classes, pos)) is not None:
        rest = _RUN_REST_RE.match(classes, chain.end())
        run_end = rest.end() if rest is not None else chain.end()  # "*" always matches
        # the end bound takes in one more character, for the lookahead
        end = min(len(text), run_end + 1)
        start = chain.start()
        while (m := _CANDIDATE_RE.search(text, start, end)) is not None:
            yield m
            start = m.end()
        pos = run_end


def _other_number_label(text: str, start: int) -> bool:
    """The number stands under a label that names another kind of number: a reference
    ("Ons kenmerk", "Viite") or any "...nummer"/"... number" that is not a card's
    ("Reserveringsnummer", "Order number"; not "Kaartnummer", "Card number")."""
    m = _LABEL_RE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1).lower()
    if _CARD_WORD_RE.search(word) or _CARD_WORD_RE.search(m.group()):
        return False
    if word.endswith(_REFERENCE_ENDS) or word.startswith(_REFERENCE_STARTS):
        return True
    label = m.group().lower()
    return word.endswith(_NUMBER_SUFFIXES) or any(
        f" {s}" in label for s in _NUMBER_SUFFIXES)


class PaymentCards:
    """Card numbers (PANs) with a valid Luhn digit and issuer prefix."""

    id = "payment_cards"
    kinds = frozenset({"card_number"})

    def find(self, text: str, field: str) -> Iterator[Match]:
        if not text:
            return
        for m in _candidates(text):
            raw = m.group()
            groups = tuple(len(g) for g in re.split(r"[ -]", raw))
            if len(groups) > 1 and (
                groups not in _GROUPINGS or len({c for c in raw if not c.isdigit()}) > 1
            ):
                continue
            digits = raw.replace(" ", "").replace("-", "")
            if (_issuer_ok(digits, len(groups) > 1) and _luhn_ok(digits)
                    and not _other_number_label(text, m.start())):
                yield Match(m.start(), m.end(), "card_number", self.id, "luhn")
