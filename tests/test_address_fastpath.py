"""The ASCII fast path of parse_address must agree with email-validator wherever it answers."""

from __future__ import annotations

import string

from email_validator import EmailNotValidError, validate_email
from hypothesis import given, settings
from hypothesis import strategies as st

from misdirect.addresses import _fast_parse, parse_address

_local_chars = string.ascii_letters + string.digits + ".!#$%&'*+/=?^_`{|}~-\"@ "
_domain_chars = string.ascii_letters + string.digits + ".-"


@st.composite
def address_like(draw: st.DrawFn) -> str:
    local = draw(st.text(alphabet=_local_chars, min_size=0, max_size=70))
    labels = draw(st.lists(st.text(alphabet=_domain_chars, min_size=0, max_size=65),
                           min_size=1, max_size=4))
    tld = draw(st.sampled_from(["com", "se", "fi", "test", "local", "c", "x1", "onion", "co.uk",
                                "museum", "-com", ""]))
    return f"{local}@{'.'.join(labels)}.{tld}"


@given(address_like())
@settings(max_examples=1500, deadline=None)
def test_fast_path_agrees_with_email_validator(text: str) -> None:
    fast = _fast_parse(text, False)
    if fast is None:
        return
    try:
        reference = validate_email(text, check_deliverability=False, allow_smtputf8=True)
    except EmailNotValidError as e:  # pragma: no cover - this is the failure being hunted
        raise AssertionError(f"fast path accepted {text!r}, email-validator says {e}") from e
    assert fast.address == reference.normalized
    assert fast.ascii_domain == reference.ascii_domain
    assert fast.local == reference.local_part


def test_fast_path_is_taken_for_ordinary_addresses() -> None:
    assert _fast_parse("Linnea.Oberg1987@ComHem.se", False) is not None
    assert parse_address("Linnea.Oberg1987@ComHem.se").key == "linnea.oberg1987@comhem.se"


def test_unusual_addresses_take_the_full_path() -> None:
    for text in ['"quoted local"@example.com', "anna@bücher.de", "x@xn--bcher-kva.de",
                 "user@localhost.test", "a..b@example.com", "anna@[127.0.0.1]"]:
        assert _fast_parse(text, False) is None, text
