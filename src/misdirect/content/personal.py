"""The customer record's own personal data, found in the message body.

Reports which fields of `Customer` a message exposes (postal_address, postal_code, customer_number,
phone, birth_date, national_id), so that a policy can rate how bad a misdirection would be. These
findings are informational; they are not redacted (the national id is also a secret, and the
`NationalIds` detector redacts it when it passes its check rule).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

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


def _flexible(value: str, *, digits_only: bool = False) -> re.Pattern[str] | None:
    """A pattern for ``value`` that tolerates other spacing, case and separators."""
    if digits_only:
        chars = [c for c in value if c.isdigit()]
        if len(chars) < 4:
            return None
        body = r"[\s().-]{0,3}".join(chars)
        return re.compile(r"(?<![\d])" + body + r"(?![\d])")
    words = value.split()
    if not words:
        return None
    body = r"[\s,]{1,4}".join(re.escape(w) for w in words)
    return re.compile(r"(?<![^\W_])" + body + r"(?![^\W_])", re.IGNORECASE)


def _phone_variants(phone: str) -> list[str]:
    digits = "".join(c for c in phone if c.isdigit())
    if len(digits) < 6:
        return []
    out = {digits}
    # +358 40 123 4567 is written 040 123 4567 at home; accept either form for the Nordic codes
    for cc in ("358", "46", "47", "45", "49", "33", "34", "31", "44", "1"):
        if phone.strip().startswith(("+" + cc, "00" + cc)):
            rest = digits[len(cc) + (2 if phone.strip().startswith("00") else 0):]
            out |= {rest, "0" + rest, cc + rest}
            break
        if digits.startswith("0") and len(digits) >= 8:
            out |= {cc + digits[1:] for cc in ("358", "46", "47", "45")}
            break
    return sorted(out, key=len, reverse=True)


class PersonalData:
    """The fields of one customer record that appear in a message."""

    id = "personal_data"
    kinds = frozenset({"postal_address", "postal_code", "customer_number", "phone", "birth_date",
                       "national_id"})

    def __init__(self, customer: Customer) -> None:
        pats: list[tuple[str, re.Pattern[str]]] = []

        def add(kind: str, pat: re.Pattern[str] | None) -> None:
            if pat is not None:
                pats.append((kind, pat))

        c = customer
        if c.postal_address and len(c.postal_address) >= 4:
            add("postal_address", _flexible(c.postal_address))
        if c.postal_code and len(c.postal_code.strip()) >= 3:
            pc = c.postal_code.strip()
            if pc.replace(" ", "").isdigit():
                add("postal_code", re.compile(r"(?<![\w.,-])" + r"\s?".join(
                    re.escape(x) for x in pc.replace(" ", "")) + r"(?![\w,-]|\.\d)"))
            else:
                add("postal_code", _flexible(pc))
        if c.customer_number and len(c.customer_number) >= 3:
            add("customer_number", re.compile(r"(?<![^\W_])" + re.escape(c.customer_number)
                                              + r"(?![^\W_])", re.IGNORECASE))
        if c.phone:
            for v in _phone_variants(c.phone)[:4]:
                add("phone", _flexible(v, digits_only=True))
        if c.birth_date:
            d = c.birth_date
            dd, mm, yy = d.day, d.month, d.year
            forms = {d.isoformat(), f"{dd}.{mm}.{yy}", f"{dd:02d}.{mm:02d}.{yy}",
                     f"{dd:02d}/{mm:02d}/{yy}", f"{dd}/{mm}/{yy}", f"{mm:02d}/{dd:02d}/{yy}",
                     f"{dd:02d}-{mm:02d}-{yy}", f"{yy}{mm:02d}{dd:02d}"}
            alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
            names = "|".join(_MONTHS[d.month].split())
            alts += rf"|{d.day}\.?\s(?:{names})\s{d.year}"
            add("birth_date", re.compile(r"(?<![\d.])(?:" + alts + r")(?![\d])", re.IGNORECASE))
        if c.national_id and len(c.national_id) >= 6:
            nid = re.sub(r"[\s-]", "", c.national_id)
            add("national_id", re.compile(r"(?<![^\W_])" + r"[\s-]?".join(
                re.escape(x) for x in nid) + r"(?![^\W_])", re.IGNORECASE))
        self._patterns = pats

    def find(self, text: str, field: str) -> Iterator[Match]:
        if not text:
            return
        seen: set[tuple[int, int]] = set()
        for kind, pat in self._patterns:
            for m in pat.finditer(text):
                if (m.start(), m.end()) not in seen:
                    seen.add((m.start(), m.end()))
                    yield Match(m.start(), m.end(), kind, self.id, kind)
