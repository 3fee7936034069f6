"""The customer record's own personal data, found in the message body.

Reports which fields of `Customer` a message exposes (postal_address, postal_code, customer_number,
phone, birth_date, national_id), so that a policy can rate how bad a misdirection would be. These
findings are informational; they are not redacted (the national id is also a secret, and the
`NationalIds` detector redacts it when it passes its check rule).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from functools import lru_cache, partial
from typing import Any, NamedTuple

import numpy as np

from misdirect.content.base import Match
from misdirect.models import Customer

__all__ = ["PersonalData"]

_MONTHS = {
    1: "january tammikuuta januari januar janvier enero januari", 2: "february helmikuuta februari "
    "februar février febrero februari", 3: "march maaliskuuta mars märz mars marzo maart",
    4: "april huhtikuuta april avril abril", 5: "may toukokuuta maj mai mayo mei",
    6: "june kesäkuuta juni juin junio juni", 7: "july heinäkuuta juli juillet julio juli",
    8: "august elokuuta augusti august août agosto augustus", 9: "september syyskuuta september "
    "septembre septiembre", 10: "october lokakuuta oktober octobre octubre", 11: "november "
    "marraskuuta november novembre noviembre", 12: "december joulukuuta december dezember "
    "desember décembre diciembre",
}


def _flexible_source(value: str, *, digits_only: bool = False) -> tuple[str, int] | None:
    """The regex (source, flags) for ``value`` that tolerates other spacing, case and
    separators."""
    if digits_only:
        chars = [c for c in value if c.isdigit()]
        if len(chars) < 4:
            return None
        return r"(?<![\d])" + r"[\s().-]{0,3}".join(chars) + r"(?![\d])", 0
    words = value.split()
    if not words:
        return None
    body = r"[\s,]{1,4}".join(re.escape(w) for w in words)
    return r"(?<![^\W_])" + body + r"(?![^\W_])", re.IGNORECASE


_ASCII_DIGITS = frozenset("0123456789")
#: What may stand between the characters of a digit pattern ([\s().-]), as bytes of the
#: one-byte-per-character copy: whitespace (Latin-1's too), ( ) . - and "?", the stand-in for any
#: character above U+00FF (a thin space, say), so that nothing a pattern skips is kept.
_SKIPPABLE = b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0().-?"


def _compact(text: str) -> str:
    """``text`` without the characters digit patterns skip: the digits of a match stand together
    here, and digits of different numbers stay apart (one C-level pass)."""
    return text.encode("latin-1", "replace").translate(None, _SKIPPABLE).decode("latin-1")


# -- matching without compiling a pattern per customer ----------------------------------------------
#
# Compiling a customer's patterns costs 50-170 µs each, and an order confirmation usually does
# contain the delivery address and postcode, so the common fields are matched by the functions
# below instead: each returns exactly the spans its pattern's ``finditer`` would return (the
# tests compare them on adversarial text), or None where it cannot be sure, and then the pattern
# runs after all.

#: Characters that re's IGNORECASE matches to a Latin-1 letter although they are not Latin-1
#: themselves (İ, dotless ı, long ſ, the Kelvin and Ångström signs, capital ẞ, Greek mu): in a
#: text without them, comparing Latin-1 letters by `str.lower` is exactly IGNORECASE.
_FOLDS_INTO_LATIN1 = re.compile("[\u0130\u0131\u017f\u212a\u212b\u1e9e\u03bc\u039c]")


class _Views:
    """What the matchers of one text share, each computed on first use."""

    __slots__ = ("text", "_compact", "_positions", "_low", "_plain")

    def __init__(self, text: str) -> None:
        self.text = text
        self._compact: str | None = None
        self._positions: Any = None
        self._low: str | None = None
        self._plain: bool | None = None

    @property
    def compact(self) -> str:
        if self._compact is None:
            self._compact = _compact(self.text)
        return self._compact

    def position(self, i: int) -> int:
        """Where character ``i`` of `compact` is in the text."""
        if self._positions is None:
            # one byte per character, 1 where `compact` keeps it (bytes.translate, then numpy);
            # kept as an array: a match looks up a dozen positions, and turning the whole array
            # into a list cost more than all of those lookups (43 µs against 8 µs on 2 KB)
            keep = self.text.encode("latin-1", "replace").translate(_KEEP_BYTES)
            self._positions = np.flatnonzero(np.frombuffer(keep, dtype=np.bool_))
        return int(self._positions[i])

    @property
    def plain(self) -> bool:
        """No character that IGNORECASE folds into Latin-1 from outside it."""
        if self._plain is None:
            text = self.text
            try:
                text.encode("latin-1")  # every character of that list is outside Latin-1
                self._plain = True
            except UnicodeEncodeError:
                self._plain = _FOLDS_INTO_LATIN1.search(text) is None
        return self._plain

    @property
    def low(self) -> str:
        if self._low is None:
            self._low = self.text.lower()
        return self._low


_KEEP_BYTES = bytes(0 if b in _SKIPPABLE else 1 for b in range(256))


def _is_word(ch: str) -> bool:
    """re's ``\\w`` for str patterns."""
    return ch.isalnum() or ch == "_"


def _spaced_digits(views: _Views, digits: str, *, max_gap: int, gap: Callable[[str], bool],
                   bad_before: Callable[[str, int], bool],
                   bad_after: Callable[[str, int], bool]) -> list[tuple[int, int]]:
    """Matches of ``digits`` with up to ``max_gap`` characters accepted by ``gap`` between
    them: every such match shows ``digits`` whole in the compact view, so only those places are
    checked."""
    text, compact, n = views.text, views.compact, len(digits)
    out: list[tuple[int, int]] = []
    last_end = 0
    i = compact.find(digits)
    while i != -1:
        start = views.position(i)
        if start >= last_end and not bad_before(text, start):
            prev, ok = start, True
            for k in range(1, n):
                here = views.position(i + k)
                if here - prev - 1 > max_gap or not all(gap(c) for c in text[prev + 1:here]):
                    ok = False
                    break
                prev = here
            if ok and not bad_after(text, prev + 1):
                out.append((start, prev + 1))
                last_end = prev + 1
        i = compact.find(digits, i + 1)
    return out


def _phone_gap(ch: str) -> bool:
    return ch.isspace() or ch in "().-"


def _digit_before(text: str, i: int) -> bool:
    return i > 0 and text[i - 1].isdecimal()


def _digit_at(text: str, i: int) -> bool:
    return i < len(text) and text[i].isdecimal()


def _phone_matches(views: _Views, digits: str) -> list[tuple[int, int]]:
    """``(?<!\\d)d[\\s().-]{0,3}d...(?!\\d)``, the pattern of `_flexible_source(digits_only)`."""
    return _spaced_digits(views, digits, max_gap=3, gap=_phone_gap, bad_before=_digit_before,
                          bad_after=_digit_at)


def _postcode_before(text: str, i: int) -> bool:
    return i > 0 and (_is_word(text[i - 1]) or text[i - 1] in ".,-")


def _postcode_after(text: str, i: int) -> bool:
    if i >= len(text):
        return False
    ch = text[i]
    return _is_word(ch) or ch in ",-" or (ch == "." and i + 1 < len(text)
                                          and text[i + 1].isdecimal())


def _postcode_matches(views: _Views, digits: str) -> list[tuple[int, int]]:
    """The pattern of `_postal_code_source`: digits with single spaces between."""
    return _spaced_digits(views, digits, max_gap=1, gap=str.isspace,
                          bad_before=_postcode_before, bad_after=_postcode_after)


def _words_matches(views: _Views, lowered: list[str]) -> list[tuple[int, int]] | None:
    """``(?<![^\\W_])w1[\\s,]{1,4}w2...(?![^\\W_])`` under IGNORECASE (`_flexible_source` of
    words, and a customer number as one word); None when the text has a letter that IGNORECASE
    folds differently from `str.lower`."""
    if not views.plain:
        return None
    text, low = views.text, views.low
    first = lowered[0]
    out: list[tuple[int, int]] = []
    last_end = 0
    start = low.find(first)
    while start != -1:
        ok = start >= last_end and not (start > 0 and text[start - 1].isalnum())
        pos = start + len(first)
        for w in lowered[1:] if ok else ():
            j = pos
            while j < len(text) and j - pos < 4 and (text[j].isspace() or text[j] == ","):
                j += 1
            if j == pos or low[j:j + len(w)] != w:
                ok = False
                break
            pos = j + len(w)
        if ok and not (pos < len(text) and text[pos].isalnum()):
            out.append((start, pos))
            last_end = pos
        start = low.find(first, start + 1)
    return out


def _words_direct(value: str) -> Callable[[_Views], list[tuple[int, int]] | None] | None:
    """A direct matcher for the words of ``value``, or None when only the pattern will do:
    letters outside Latin-1 (their IGNORECASE folding is not `str.lower`'s), or a word that
    starts with what the gap between words may hold."""
    words = value.split()
    if not words or any(w[0] == "," for w in words):
        return None
    try:
        value.encode("latin-1")
    except UnicodeEncodeError:
        return None
    return partial(_words_matches, lowered=[w.lower() for w in words])  # lower-cased once


class _Field:
    """One pattern for one personal-data field, with a cheap test that must pass before the
    pattern can match (``needle`` in the text's digits, in the lower-cased text, or in the text
    itself), so that a customer's patterns are compiled and run only for a message that may hold
    the value. Building and running them for every message cost ~0.6 ms per check with a full
    customer record (re's own cache holds 512 patterns; a directory has a million customers)."""

    __slots__ = ("kind", "make", "needle", "space", "direct", "_pattern")

    def __init__(self, kind: str, make: Callable[[], tuple[str, int] | None],
                 needle: str | None, space: str,
                 direct: Callable[[_Views], list[tuple[int, int]] | None] | None = None) -> None:
        self.kind, self.make, self.needle, self.space = kind, make, needle, space
        self.direct = direct
        self._pattern: re.Pattern[str] | None = None

    def spans(self, views: _Views) -> list[tuple[int, int]]:
        """What the pattern's ``finditer`` finds in the text (directly, when this field can)."""
        if self.direct is not None:
            found = self.direct(views)
            if found is not None:
                return found
        pattern = self.pattern()
        if pattern is None:
            return []
        return [m.span() for m in pattern.finditer(views.text)]

    def pattern(self) -> re.Pattern[str] | None:
        """The compiled pattern (None: the value makes none), built on first use."""
        if self._pattern is None:
            source = self.make()
            if source is None:
                return None
            self._pattern = re.compile(*source)
        return self._pattern


def _digit_needle(value: str) -> str | None:
    """The longest run of ASCII digits in ``value`` (4 or more), which any match of a pattern
    that lets only separators come between the value's characters shows in `_compact` of the
    text; None when the value has no such run (then the pattern always runs)."""
    if value.isascii() and value.isdigit():  # the usual case (a phone variant), without a regex
        return value if len(value) >= 4 else None
    runs = re.findall(r"[0-9]{4,}", value)
    return max(runs, key=len) if runs else None


def _word_needle(value: str) -> str | None:
    """The longest word of ``value``, lower-cased: an IGNORECASE match of the words contains it
    in the lower-cased text (`find` skips this test for a text with letters that IGNORECASE folds
    beyond ``str.lower``, such as the long s)."""
    words = value.split()
    return max(words, key=len).lower() if words else None


_COUNTRY_PREFIXES = tuple((cc, ("+" + cc, "00" + cc))
                          for cc in ("358", "46", "47", "45", "49", "33", "34", "31", "44", "1"))


def _phone_variants(phone: str) -> list[str]:
    digits = "".join(c for c in phone if c.isdigit())
    if len(digits) < 6:
        return []
    out = {digits}
    # +358 40 123 4567 is written 040 123 4567 at home; accept either form for the Nordic codes
    stripped = phone.strip()
    for cc, prefixes in _COUNTRY_PREFIXES:
        if stripped.startswith(prefixes):
            rest = digits[len(cc) + (2 if stripped.startswith("00") else 0):]
            out |= {rest, "0" + rest, cc + rest}
            break
        if digits.startswith("0") and len(digits) >= 8:
            out |= {cc + digits[1:] for cc in ("358", "46", "47", "45")}
            break
    return sorted(out, key=len, reverse=True)


def _postal_code_source(digits: str) -> tuple[str, int]:
    return (r"(?<![\w.,-])" + r"\s?".join(re.escape(x) for x in digits) + r"(?![\w,-]|\.\d)",
            0)


def _customer_number_source(number: str) -> tuple[str, int]:
    return r"(?<![^\W_])" + re.escape(number) + r"(?![^\W_])", re.IGNORECASE


def _birth_date_source(d: dt.date) -> tuple[str, int]:
    dd, mm, yy = d.day, d.month, d.year
    forms = {d.isoformat(), f"{dd}.{mm}.{yy}", f"{dd:02d}.{mm:02d}.{yy}",
             f"{dd:02d}/{mm:02d}/{yy}", f"{dd}/{mm}/{yy}", f"{mm:02d}/{dd:02d}/{yy}",
             f"{dd:02d}-{mm:02d}-{yy}", f"{yy}{mm:02d}{dd:02d}"}
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    names = "|".join(_MONTHS[d.month].split())
    alts += rf"|{d.day}\.?\s(?:{names})\s{d.year}"
    return r"(?<![\d.])(?:" + alts + r")(?![\d])", re.IGNORECASE


def _national_id_source(nid: str) -> tuple[str, int]:
    return (r"(?<![^\W_])" + r"[\s-]?".join(re.escape(x) for x in nid) + r"(?![^\W_])",
            re.IGNORECASE)


class _Record(NamedTuple):
    """The fields of a `Customer` that `PersonalData` looks for: all it reads of a record."""

    postal_address: str | None
    postal_code: str | None
    customer_number: str | None
    phone: str | None
    birth_date: dt.date | None
    national_id: str | None


class PersonalData:
    """The fields of one customer record that appear in a message."""

    id = "personal_data"
    kinds = frozenset({"postal_address", "postal_code", "customer_number", "phone", "birth_date",
                       "national_id"})

    @classmethod
    def of(cls, customer: Customer) -> PersonalData:
        """The matcher for ``customer``, shared by every scan of a record with the same values
        (a cache keyed by the values themselves, so an edited record gets its own): the needles
        are computed, and each pattern compiled, once per record rather than once per message."""
        return _personal_data_of(_Record(customer.postal_address, customer.postal_code,
                                         customer.customer_number, customer.phone,
                                         customer.birth_date, customer.national_id))

    def __init__(self, customer: Customer | _Record) -> None:
        # Only the needles are computed here; each pattern is built when its needle is found.
        fields: list[_Field] = []
        c = customer
        if c.postal_address and len(c.postal_address) >= 4:
            fields.append(_Field("postal_address", partial(_flexible_source, c.postal_address),
                                 _word_needle(c.postal_address), "lower",
                                 _words_direct(c.postal_address)))
        if c.postal_code and len(c.postal_code.strip()) >= 3:
            pc = c.postal_code.strip()
            if pc.replace(" ", "").isdigit():
                digits = pc.replace(" ", "")
                ascii_digits = set(digits) <= _ASCII_DIGITS
                fields.append(_Field("postal_code", partial(_postal_code_source, digits),
                                     digits if ascii_digits else None, "digits",
                                     partial(_postcode_matches, digits=digits) if ascii_digits
                                     else None))
            else:
                fields.append(_Field("postal_code", partial(_flexible_source, pc),
                                     _word_needle(pc), "lower", _words_direct(pc)))
        if c.customer_number and len(c.customer_number) >= 3:
            number = c.customer_number
            fields.append(_Field("customer_number", partial(_customer_number_source, number),
                                 number.lower(), "lower",
                                 None if len(number.split()) != 1 or number != number.strip()
                                 else _words_direct(number)))
        if c.phone:
            for v in _phone_variants(c.phone)[:4]:
                plain = v.isascii() and v.isdigit()
                fields.append(_Field("phone", partial(_flexible_source, v, digits_only=True),
                                     _digit_needle(v), "digits",
                                     partial(_phone_matches, digits=v) if plain else None))
        if c.birth_date:
            # every form writes the year's digits together (isoformat pads them: 0987)
            fields.append(_Field("birth_date", partial(_birth_date_source, c.birth_date),
                                 str(c.birth_date.year), "text"))
        if c.national_id and len(c.national_id) >= 6:
            # without whitespace (str.split's is re's \s) and hyphens: re.sub(r"[\s-]", "", ...)
            nid = "".join(c.national_id.split()).replace("-", "")
            fields.append(_Field("national_id", partial(_national_id_source, nid),
                                 _digit_needle(nid), "digits"))
        self._fields = fields

    def find(self, text: str, field: str) -> Iterator[Match]:
        if not text or not self._fields:
            return
        seen: set[tuple[int, int]] = set()
        views = _Views(text)
        hay: str | None
        for f in self._fields:
            if f.needle is not None:
                if f.space == "digits":
                    hay = views.compact
                elif f.space == "lower":
                    # the needle is lower-cased: exact when no letter folds otherwise in re
                    hay = views.low if views.plain else None
                else:
                    hay = text
                if hay is not None and f.needle not in hay:
                    continue
            for start, end in f.spans(views):
                if (start, end) not in seen:
                    seen.add((start, end))
                    yield Match(start, end, f.kind, self.id, f.kind)


@lru_cache(maxsize=4096)
def _personal_data_of(record: _Record) -> PersonalData:
    return PersonalData(record)
