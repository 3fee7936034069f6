"""Payment card numbers: 13 to 19 digits, a known issuer prefix, and a valid Luhn check digit.

Written as one block or in groups of four (Amex 4-6-5), separated by spaces or hyphens. Numbers with
other groupings (Finnish reference numbers in fives, IBANs, tracking codes) are not card numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from misdirect.content.base import Match
from misdirect.content.national_ids import _luhn_ok

__all__ = ["PaymentCards"]

# A bounded run of digits with optional single separators; bounded, so it cannot backtrack far.
_CANDIDATE_RE = re.compile(r"[0-9](?<![\w-][0-9])(?:[ -]?[0-9]){12,18}(?![\w-])")
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


class PaymentCards:
    """Card numbers (PANs) with a valid Luhn digit and issuer prefix."""

    id = "payment_cards"
    kinds = frozenset({"card_number"})

    def find(self, text: str, field: str) -> Iterator[Match]:
        if not text:
            return
        for m in _CANDIDATE_RE.finditer(text):
            raw = m.group()
            groups = tuple(len(g) for g in re.split(r"[ -]", raw))
            if len(groups) > 1 and (
                groups not in _GROUPINGS or len({c for c in raw if not c.isdigit()}) > 1
            ):
                continue
            digits = raw.replace(" ", "").replace("-", "")
            if _issuer_ok(digits, len(groups) > 1) and _luhn_ok(digits):
                yield Match(m.start(), m.end(), "card_number", self.id, "luhn")
