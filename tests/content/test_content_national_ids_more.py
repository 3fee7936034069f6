"""National ids of Spain, France, the UK, Germany and the Netherlands, held to python-stdnum, and
card-shaped references that are not cards."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.nl import bsn

from misdirect.content import NationalIds, PaymentCards
from misdirect.content.national_ids import (
    valid_bsn,
    valid_dni,
    valid_nino,
    valid_nir,
    valid_steuer_id,
)

_DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=1)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789", min_size=8, max_size=8),
       st.sampled_from("TRWAGMYFPDXBNJZSQVHLCKE"))
def test_dni_agrees_with_stdnum(digits: str, letter: str) -> None:
    assert valid_dni(digits + letter) is dni.is_valid(digits + letter)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from("XYZ"), st.text(alphabet="0123456789", min_size=7, max_size=7),
       st.sampled_from("TRWAGMYFPDXBNJZSQVHLCKE"))
def test_nie_agrees_with_stdnum(first: str, digits: str, letter: str) -> None:
    value = first + digits + letter
    assert valid_dni(value) is nie.is_valid(value)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789", min_size=13, max_size=13))
def test_nir_agrees_with_stdnum(body: str) -> None:
    value = body + f"{97 - int(body) % 97:02d}"
    # stdnum also takes Corsica (2A/2B) and sex digits 3, 4, 7, 8; we take the common 1 and 2
    if value[0] in "12":
        month = int(value[3:5])
        months_ok = 1 <= month <= 12 or month == 20 or 30 <= month <= 42 or 50 <= month <= 99
        assert valid_nir(value) is (nir.is_valid(value) and months_ok)
    else:
        assert not valid_nir(value)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_steuer_id_agrees_with_stdnum(value: str) -> None:
    assert valid_steuer_id(value) is idnr.is_valid(value)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_bsn_agrees_with_stdnum(value: str) -> None:
    assert valid_bsn(value) is (bsn.is_valid(value) and value != "000000000")


@pytest.mark.parametrize(("value", "ok"), [
    ("NW 39 51 78 A", True), ("AB123456C", True), ("QQ123456C", False),   # Q is never a prefix
    ("GB123456A", False), ("AB123456E", False), ("AO123456A", False),
])
def test_nino(value: str, ok: bool) -> None:
    assert valid_nino(value) is ok


# (text, the id found or None)
FOUND = [
    ("National Insurance number: NW 39 51 78 A\n", "NW 39 51 78 A"),
    ("NI number NW395178A.", "NW395178A"),
    ("Steuer-Identifikationsnummer: 59160734382\n", "59160734382"),
    ("Ihre Steuer-ID 59 160 734 382", "59 160 734 382"),
    ("Kundennummer 59160734382", None),                     # a valid id shape, no keyword
    ("Numéro de sécurité sociale : 1 78 06 84 895 656 12", "1 78 06 84 895 656 12"),
    ("NIR 178068489565612", "178068489565612"),
    ("Appelez le 06 12 34 56 78", None),
    ("DNI: 92531805E", "92531805E"),
    ("NIE X1234567L", "X1234567L"),
    ("Pedido 92531805F", None),                             # wrong letter
    ("BSN: 977259729", "977259729"),
    ("Burgerservicenummer 977259728", None),              # fails the 11-test
    ("Ordernummer 977259729", None),                        # passes the 11-test, no keyword
]


@pytest.mark.parametrize(("text", "value"), FOUND, ids=[t for t, _ in FOUND])
def test_more_national_ids_in_text(text: str, value: str | None) -> None:
    found = [text[m.start:m.end] for m in NationalIds().find(text, "text")]
    assert found == ([value] if value else [])


@pytest.mark.parametrize(("text", "is_card"), [
    ("Kaartnummer: 2533 2367 3054 8304", True),
    ("Card number: 4111 1111 1111 1111", True),
    ("paid with 4111 1111 1111 1111", True),
    ("Ons kenmerk: 2533 2367 3054 8304", False),
    ("Machtigingskenmerk: 4275 3228 6433 3982", False),
    ("Reserveringsnummer: 2533 2367 3054 8304", False),
    ("Reference number: 4111 1111 1111 1111", False),
    ("Order no. 4111111111111111", False),
])
def test_card_under_another_numbers_label(text: str, is_card: bool) -> None:
    assert bool(list(PaymentCards().find(text, "text"))) is is_card
