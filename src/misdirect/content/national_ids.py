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

And, where a check rule or a shape makes them rare by chance, those of five other countries:

- Spain, DNI ``12345678Z`` and NIE ``X1234567L``: the letter is ``"TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]``.
- France, NIR (numéro de sécurité sociale), 15 digits ``S YY MM DD CCC OOO KK``, also written in
  those groups: sex 1 or 2, a month, and the key ``97 - n % 97`` over the first 13 digits.
- United Kingdom, National Insurance number ``AB 12 34 56 C``: two prefix letters (not D, F, I, Q,
  U, V; the second not O; not BG, GB, KN, NK, NT, TN, ZZ), six digits, a suffix A-D.
- Germany, Steuer-Identifikationsnummer (11 digits, ISO 7064 MOD 11,10 check digit) and the
  Netherlands, BSN (9 digits, the "11-test"): about one number in ten passes these checks, so they
  count only right after their keyword ("Steuer-ID:", "Identifikationsnummer", "BSN").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from misdirect.content.base import Match
from misdirect.content.prefilter import DIGIT, digit_classes

__all__ = ["NationalIds", "valid_bsn", "valid_cpr", "valid_dni", "valid_fodselsnummer",
           "valid_henkilotunnus", "valid_nino", "valid_nir", "valid_personnummer", "valid_steuer_id"]

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


_ES_CHECK = "TRWAGMYFPDXBNJZSQVHLCKE"
_ES_DNI_RE = re.compile(r"[0-9](?<![\w-][0-9])[0-9]{7}-?[A-Z](?![\w-])")
_ES_NIE_RE = re.compile(r"(?<![\w-])[XYZ]-?[0-9]{7}-?[A-Z](?![\w-])")
_FR_NIR_RE = re.compile(r"[12](?<![\w+-][12])(?:[0-9]{14}|(?: [0-9]{2}){3} [0-9]{3} [0-9]{3} [0-9]{2})"
                        r"(?![\w-])")
_GB_NINO_RE = re.compile(r"(?<![\w-])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
                         r"(?: ?[0-9]{2}){3} ?[A-D](?![\w-])")
_DE_ID_RE = re.compile(r"[1-9](?<![\w+-][1-9])(?:[0-9]{10}|[0-9] [0-9]{3} [0-9]{3} [0-9]{3})"
                       r"(?![\w-])")
_NL_BSN_RE = re.compile(r"[0-9](?<![\w+-][0-9])[0-9]{8}(?![\w-])")
_DE_ID_KEYWORD_RE = re.compile(r"(?:steuer-?id|identifikationsnummer|idnr|id-nr)\.?\W{0,4}$",
                               re.IGNORECASE)
_NL_BSN_KEYWORD_RE = re.compile(r"(?:bsn|burgerservicenummer|sofi-?nummer)\W{0,4}$",
                                re.IGNORECASE)
# Digit classes (`misdirect.content.prefilter`) of the grouped forms: "1 78 06 84 895 656 12",
# "NW 39 51 78 A" and "12 345 678 901"; literal, so they are searched at memchr speed.
_NIR_GROUPED = DIGIT + b" " + (DIGIT * 2 + b" ") * 3 + DIGIT * 3 + b" " + DIGIT * 3 + b" " + DIGIT * 2
_PAIRS = (b" " + DIGIT * 2) * 3
_DE_GROUPED = DIGIT * 2 + (b" " + DIGIT * 3) * 3


def valid_dni(value: str) -> bool:
    """A Spanish DNI (``12345678Z``) or NIE (``X1234567L``), hyphens allowed, with its letter."""
    v = value.replace("-", "").upper()
    if len(v) != 9 or not v[-1].isalpha():
        return False
    body = v[:-1]
    if body[0] in "XYZ":
        body = str("XYZ".index(body[0])) + body[1:]
    return body.isdigit() and _ES_CHECK[int(body) % 23] == v[-1]


def valid_nir(value: str) -> bool:
    """A French NIR of 15 digits (spaces allowed) with its sex, month and key."""
    d = value.replace(" ", "")
    if len(d) != 15 or not d.isdigit() or d[0] not in "12":
        return False
    month = int(d[3:5])
    if not (1 <= month <= 12 or month == 20 or 30 <= month <= 42 or 50 <= month <= 99):
        return False
    return 97 - int(d[:13]) % 97 == int(d[13:])


def valid_nino(value: str) -> bool:
    """A UK National Insurance number (spaces allowed) with a valid prefix and suffix."""
    return _GB_NINO_RE.fullmatch(value.upper()) is not None


def valid_steuer_id(value: str) -> bool:
    """A German Steuer-Identifikationsnummer: 11 digits, the first not 0, in the first ten one
    digit twice or three times and some digit missing, and the ISO 7064 MOD 11,10 check digit."""
    d = value.replace(" ", "")
    if len(d) != 11 or not d.isdigit() or d[0] == "0":
        return False
    counts = sorted((d[:10].count(c) for c in set(d[:10])), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
        return False
    product = 10
    for c in d[:10]:
        total = (int(c) + product) % 10 or 10
        product = total * 2 % 11
    check = 11 - product
    return (0 if check == 10 else check) == int(d[10])


def valid_bsn(value: str) -> bool:
    """A Dutch BSN: 9 digits that pass the 11-test."""
    d = value
    if len(d) != 9 or not d.isdigit() or d == "000000000":
        return False
    total = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=True)) - int(d[8])
    return total % 11 == 0


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


def _candidates(text: str, classes: bytes | None = None) -> Iterator[int]:
    """Where a number may start: the starts of ``_SIX_DIGITS_RE.finditer(text)``, found faster.

    Such a start is the start of a run of six or more digits (a digit before it is a word
    character), so only the starts of those runs are tried.
    """
    for p, _, glued in _runs(text, digit_classes(text) if classes is None else classes):
        if not glued:
            yield p


def _runs(text: str, classes: bytes) -> Iterator[tuple[int, int, bool]]:
    """The start and length of each run of six or more digits, and whether a word is glued to it."""
    for run in _SIX_DIGIT_RUN_RE.finditer(classes):
        p = run.start()
        yield p, run.end() - p, _SIX_DIGITS_RE.match(text, p) is None


def _literal(classes: bytes, needle: bytes) -> Iterator[int]:
    i = classes.find(needle)
    while i >= 0:
        yield i
        i = classes.find(needle, i + 1)


class NationalIds:
    """National identity numbers that pass their checks (see the module docstring)."""

    id = "national_ids"
    kinds = frozenset({"national_id"})

    def find(self, text: str, field: str) -> Iterator[Match]:
        if not text:
            return
        spans: list[tuple[int, int, str]] = []
        classes = digit_classes(text)
        for p, digits, glued in _runs(text, classes):
            if glued:
                m = self._glued(text, p) if digits in (6, 7) else None
                if m is not None:
                    spans.append(m)
                continue
            other = self._other_countries(text, p, digits) if digits in (8, 9, 11, 15) else None
            if other is not None:
                spans.append(other)
                continue
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
        spans.extend(self._grouped(text, classes))
        spans.sort()
        last = -1
        for s, e, country in spans:
            if s >= last:
                last = e
                yield Match(s, e, "national_id", self.id, country)

    @staticmethod
    def _other_countries(text: str, p: int, digits: int) -> tuple[int, int, str] | None:
        """A Spanish DNI, a French NIR, or after its keyword a German tax id or a Dutch BSN,
        written in one block of ``digits`` digits at ``p``."""
        if digits == 8:
            m = _ES_DNI_RE.match(text, p)
            return (m.start(), m.end(), "es") if m is not None and valid_dni(m.group()) else None
        if digits == 15:
            m = _FR_NIR_RE.match(text, p)
            return (m.start(), m.end(), "fr") if m is not None and valid_nir(m.group()) else None
        lo = max(0, p - 40)
        if digits == 11:
            m = _DE_ID_RE.match(text, p)
            if (m is not None and valid_steuer_id(m.group())
                    and _DE_ID_KEYWORD_RE.search(text, lo, p)):
                return (m.start(), m.end(), "de")
            return None
        m = _NL_BSN_RE.match(text, p)
        if m is not None and valid_bsn(m.group()) and _NL_BSN_KEYWORD_RE.search(text, lo, p):
            return (m.start(), m.end(), "nl")
        return None

    @staticmethod
    def _glued(text: str, p: int) -> tuple[int, int, str] | None:
        """Digits right after letters: a Spanish NIE (``X1234567L``) or a UK National Insurance
        number (``AB123456C``)."""
        for start in (p - 1, p - 2):
            if start < 0:
                continue
            m = _ES_NIE_RE.match(text, start)
            if m is not None and valid_dni(m.group()):
                return (m.start(), m.end(), "es")
        if p >= 2:
            m = _GB_NINO_RE.match(text, p - 2)
            if m is not None:
                return (m.start(), m.end(), "gb")
        return None

    @staticmethod
    def _grouped(text: str, classes: bytes) -> Iterator[tuple[int, int, str]]:
        """The forms written in groups: "1 78 06 84 895 656 12", "AB 12 34 56 C", "12 345 678 901"."""
        for i in _literal(classes, _NIR_GROUPED):
            m = _FR_NIR_RE.match(text, i)
            if m is not None and valid_nir(m.group()):
                yield (m.start(), m.end(), "fr")
        for i in _literal(classes, _PAIRS):
            if i >= 2:
                m = _GB_NINO_RE.match(text, i - 2)
                if m is not None:
                    yield (m.start(), m.end(), "gb")
        for i in _literal(classes, _DE_GROUPED):
            m = _DE_ID_RE.match(text, i)
            if (m is not None and valid_steuer_id(m.group())
                    and _DE_ID_KEYWORD_RE.search(text, max(0, i - 40), i)):
                yield (m.start(), m.end(), "de")
