"""National identity numbers of the Nordic countries, each with its check rule.

- Finland, henkilötunnus: ``DDMMYYCNNNQ``; C is the century sign (+, -, A-F, U-Y), Q the check
  character ``"0123456789ABCDEFHJKLMNPRSTUVWXY"[DDMMYYNNN % 31]``.
- Sweden, personnummer: ``YYMMDD-NNNC`` or ``YYYYMMDDNNNC``; C is a Luhn check digit over the ten
  digits; the day may be +60 (samordningsnummer).
- Norway, fødselsnummer: ``DDMMYYNNNKK``; two mod-11 check digits; D-numbers add 4 to the first day
  digit, H-numbers 4 to the first month digit.
- Denmark, CPR: ``DDMMYY-SSSS``; a valid date (the mod-11 rule was dropped in 2007, so the date and
  the hyphen carry the evidence). Without the hyphen a CPR keyword must stand just before it.

Every candidate must also be a real calendar date, so that order numbers and phone numbers beside
them are left alone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from misdirect.content.base import Match
from misdirect.content.prefilter import DIGIT, digit_classes

__all__ = ["NationalIds", "valid_cpr", "valid_fodselsnummer", "valid_henkilotunnus",
           "valid_personnummer"]

_FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_FI_CENTURY = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
               "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}

# Each pattern starts with a plain digit class, so the regex engine skips non-digits quickly; the
# lookbehind right after it checks that the number is not glued to a longer word or number.
_FI_RE = re.compile(r"[0-9](?<![\w-][0-9])[0-9]{5}[-+A-FU-Y][0-9]{3}[0-9A-Ya-y](?![\w-])")
_SE12_RE = re.compile(r"[12](?<![\w+-][12])[0-9]{7}[-+]?[0-9]{4}(?![\w-])")
_TEN_RE = re.compile(r"[0-9](?<![\w+-][0-9])[0-9]{5}[-+]?[0-9]{4}(?![\w-])")
# Every number above starts with six digits that are not glued to a word (see `_candidates`).
_SIX_DIGITS_RE = re.compile(r"[0-9](?<![\w+-][0-9])[0-9]{5}")
# Runs of six or more digits in the digit classes of a text (`misdirect.content.prefilter`); written
# "000000+", not "0{6,}": a literal prefix is what lets the regex engine search at memchr speed.
_SIX_DIGIT_RUN_RE = re.compile(re.escape(DIGIT) * 6 + b"+")
_NO_RE = re.compile(r"[0-9](?<![\w+-][0-9])[0-9]{5} ?[0-9]{5}(?![\w-])")
_CPR_KEYWORD_RE = re.compile(r"(?:cpr|personnummer|person ?nr|personnr|henkilötunnus|hetu|"
                             r"fødselsnummer|fnr)\W{0,4}$", re.IGNORECASE)


def _date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def valid_henkilotunnus(value: str) -> bool:
    """A Finnish personal identity code with a valid date and check character."""
    if _FI_RE.fullmatch(value) is None:
        return False
    ddmmyy, sign, nnn, check = value[:6], value[6], value[7:10], value[10]
    year = _FI_CENTURY[sign.upper()] + int(ddmmyy[4:])
    if not _date(year, int(ddmmyy[2:4]), int(ddmmyy[:2])):
        return False
    return _FI_CHECK[int(ddmmyy + nnn) % 31] == check.upper()


def valid_personnummer(digits10: str) -> bool:
    """A Swedish personnummer (or samordningsnummer) given as its ten digits YYMMDDNNNC."""
    if len(digits10) != 10 or not digits10.isdigit():
        return False
    mm, dd = int(digits10[2:4]), int(digits10[4:6])
    if dd > 60:
        dd -= 60
    return _date(2000, mm, dd) and _luhn_ok(digits10)


def valid_fodselsnummer(digits11: str) -> bool:
    """A Norwegian fødselsnummer (or D-/H-number) with both mod-11 check digits."""
    if len(digits11) != 11 or not digits11.isdigit():
        return False
    d = [ord(c) - 48 for c in digits11]
    dd = d[0] * 10 + d[1]
    mm = d[2] * 10 + d[3]
    if dd > 40:
        dd -= 40
    if mm > 40:
        mm -= 40
    if not _date(2000, mm, dd):
        return False
    k1 = 11 - sum(w * x for w, x in zip((3, 7, 6, 1, 8, 9, 4, 5, 2), d, strict=False)) % 11
    k1 = 0 if k1 == 11 else k1
    k2 = 11 - sum(w * x for w, x in zip((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), d, strict=False)) % 11
    k2 = 0 if k2 == 11 else k2
    return k1 == d[9] and k2 == d[10]


def valid_cpr(digits10: str) -> bool:
    """A Danish CPR number's date part (DDMMYY) is a real date."""
    if len(digits10) != 10 or not digits10.isdigit():
        return False
    return _date(2000, int(digits10[2:4]), int(digits10[:2]))


def _candidates(text: str) -> Iterator[int]:
    """Where a number may start: the starts of ``_SIX_DIGITS_RE.finditer(text)``, found faster.

    Such a start is the start of a run of six or more digits (a digit before it is a word
    character), so only the starts of those runs are tried.
    """
    for run in _SIX_DIGIT_RUN_RE.finditer(digit_classes(text)):
        p = run.start()
        if _SIX_DIGITS_RE.match(text, p) is not None:
            yield p


class NationalIds:
    """Finnish, Swedish, Norwegian and Danish national identity numbers that pass their checks."""

    id = "national_ids"
    kinds = frozenset({"national_id"})

    def find(self, text: str, field: str) -> Iterator[Match]:
        if not text:
            return
        spans: list[tuple[int, int, str]] = []
        for p in _candidates(text):
            m = _FI_RE.match(text, p)
            if m is not None and valid_henkilotunnus(m.group()):
                spans.append((m.start(), m.end(), "fi"))
                continue
            m = _SE12_RE.match(text, p)
            if m is not None:
                v = m.group().replace("-", "").replace("+", "")
                if v[:2] in ("18", "19", "20") and valid_personnummer(v[2:]):
                    spans.append((m.start(), m.end(), "se"))
                    continue
            m = _TEN_RE.match(text, p)
            if m is not None:
                v = m.group()
                sep = v[6] if v[6] in "-+" else ""
                digits = v.replace("-", "").replace("+", "")
                keyword = _CPR_KEYWORD_RE.search(text, max(0, p - 30), p) is not None
                if valid_personnummer(digits) and (sep or keyword):
                    spans.append((m.start(), m.end(), "se"))
                    continue
                if valid_cpr(digits) and (sep == "-" or keyword):
                    spans.append((m.start(), m.end(), "dk"))
                    continue
            m = _NO_RE.match(text, p)
            if m is not None and valid_fodselsnummer(m.group().replace(" ", "")):
                spans.append((m.start(), m.end(), "no"))
        spans.sort()
        last = -1
        for s, e, country in spans:
            if s >= last:
                last = e
                yield Match(s, e, "national_id", self.id, country)
