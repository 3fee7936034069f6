"""Detector tables: check rules of national ids and cards, keyword forms, and values kept beside them."""

from __future__ import annotations

import pytest

from misdirect.content import KeywordSecrets, NationalIds, PaymentCards
from misdirect.content.national_ids import (
    valid_cpr,
    valid_fodselsnummer,
    valid_henkilotunnus,
    valid_personnummer,
)


@pytest.mark.parametrize(("value", "ok"), [
    ("131052-308T", True),      # the example of the Finnish population register
    ("131052-308U", False),     # wrong check character
    ("010101A123N", True),
    ("310252-1234", False),     # no 31 February
])
def test_henkilotunnus(value: str, ok: bool) -> None:
    assert valid_henkilotunnus(value) is ok


@pytest.mark.parametrize(("digits", "ok"), [
    ("8112189876", True), ("8112189875", False), ("8113189876", False),
])
def test_personnummer(digits: str, ok: bool) -> None:
    assert valid_personnummer(digits) is ok


@pytest.mark.parametrize(("digits", "ok"), [("15058810042", True), ("15058810043", False)])
def test_fodselsnummer(digits: str, ok: bool) -> None:
    assert valid_fodselsnummer(digits) is ok


@pytest.mark.parametrize(("digits", "ok"), [("0101801234", True), ("3102801234", False)])
def test_cpr(digits: str, ok: bool) -> None:
    assert valid_cpr(digits) is ok


@pytest.mark.parametrize(("text", "found"), [
    ("hetu 131052-308T", ["131052-308T"]),
    ("personnummer 19811218-9876", ["19811218-9876"]),
    ("CPR 0101801234", ["0101801234"]),               # no hyphen, but a CPR keyword before it
    ("ring 0701234567", []),                          # a Swedish mobile number: no keyword
    ("order 131052-308U", []),
    ("fnr 15058810042 ok", ["15058810042"]),
])
def test_national_ids(text: str, found: list[str]) -> None:
    assert [text[m.start:m.end] for m in NationalIds().find(text, "text")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("card 4111 1111 1111 1111", ["4111 1111 1111 1111"]),
    ("card 5555-5555-5555-4444.", ["5555-5555-5555-4444"]),
    ("amex 3782 822463 10005", ["3782 822463 10005"]),
    ("card 4111 1111 1111 1112", []),                  # Luhn fails
    ("tracking 003404341610940425", []),              # 18 digits, no issuer pattern
    ("ref 12345 67890 12345 6", []),                   # grouped in fives
    ("phone +358 40 123 4567", []),
])
def test_cards(text: str, found: list[str]) -> None:
    assert [text[m.start:m.end] for m in PaymentCards().find(text, "text")] == found


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("PIN: 1234", "pin", "1234"),
    ("PIN-koodisi on 5678", "pin", "5678"),
    ("PIN-koden är 4321", "pin", "4321"),
    ("salasanan vaihto: käytä salasanaa Koira77", "password", "Koira77"),
    ("Lösenordet: hallon", "password", "hallon"),
    ("Kennwort: Sonne", "password", "Sonne"),
    ("Einmalcode: 883 201", "otp", "883 201"),
    ("Tunnusluku\n4455", "pin", "4455"),
    ("Your password:\n\n   Zebra-Crossing-7", "password", "Zebra-Crossing-7"),
    ("827361 is your Acme verification code", "otp", "827361"),  # brand between possessive and keyword
    ("Votre code de vérification : 550 119", "otp", "550 119"),
    ("Código PUK: 12345678", "puk", "12345678"),
    ("Verificatiecode:\t774411", "otp", "774411"),
    ("Security answer: Rosebud", "security_answer", "Rosebud"),
])
def test_keyword_secrets(text: str, kind: str | None, value: str | None) -> None:
    found = [(m.kind, text[m.start:m.end]) for m in KeywordSecrets().find(text, "text")]
    assert found == ([] if kind is None else [(kind, value)])


@pytest.mark.parametrize("text", [
    "If you forget your PIN, call 0800 123 456.",
    "Your password was changed on 12.03.2025 at 14:05.",
    "Salasanasi vaihdettiin 12.3.2025.",
    "Ditt lösenord ändrades 2025-03-12.",
    "Ihr Passwort wurde am 12.03.2025 geändert.",
    "Password: ********",
    "Your password must be at least 12 characters long.",
    "Forgot your password? Click here to reset it.",
    "We will never ask for your PIN code.",
    "Your PIN code is sent by post to 00100 Helsinki.",
    "The verification code is valid for 10 minutes.",
    "Postal code: 00100",
    "Discount code: SUMMER25",
    "Order 123456, password reset requested",
    "Your PIN is valid until 12/2026.",
])
def test_non_secrets_beside_keywords_are_kept(text: str) -> None:
    assert list(KeywordSecrets().find(text, "text")) == []
