"""Issue 12 part 4: a recipient over the RFC 5321 limits is invalid before the header parse.

The bound is exact (254 octets for an address, 64 for its local part) and a send with 10,000
long invalid recipients gets a verdict that names every one as ``invalid_address``; how fast
is measured in benchmarks/worst_cases.py, not here."""

from __future__ import annotations

import pytest

from misdirect import Action, Customer, Directory, Guard, OutboundEmail
from misdirect.addresses import (
    MAX_ADDRESS_LENGTH,
    InvalidAddress,
    parse_recipient,
)

LINNEA = Customer(id="C-1", full_name="Linnea Öberg", emails=["linnea.oberg1987@comhem.se"])
# 189 octets: three labels under 63 and ".com"
DOMAIN = "a" * 63 + "." + "b" * 63 + "." + "c" * 57 + ".com"


def _reason(raw: str) -> str:
    with pytest.raises(InvalidAddress) as e:
        parse_recipient(raw)
    return e.value.reason


def test_the_limit_is_rfc_5321s() -> None:
    assert MAX_ADDRESS_LENGTH == 254


def test_an_address_of_254_octets_is_valid_and_255_is_not() -> None:
    at_limit = "l" * 64 + "@" + DOMAIN
    assert len(at_limit) == 254
    assert parse_recipient(at_limit).address == at_limit
    over = "l" * 64 + "@d" + DOMAIN
    assert "255 octets long; an address has at most 254" in _reason(over)


def test_the_bound_counts_utf8_octets_not_characters() -> None:
    # a 190-character address of 370 octets
    assert "octets long" in _reason("ö" * 60 + "@" + "ä" * 60 + "." + "å" * 60 + ".se")


def test_a_local_part_over_64_is_left_to_email_validators_default() -> None:
    # email-validator accepts it unless strict=True (the peers table lists the difference)
    assert parse_recipient("l" * 65 + "@example.se").local == "l" * 65


def test_the_bound_reads_the_address_without_its_whitespace() -> None:
    # not a fast-path address (a space in it): 254 octets without it take the full parse...
    spaced = "l" * 64 + "@" + DOMAIN[:-4] + " .com"
    assert "octets long" not in _reason(spaced)
    # ...and 255 are over the bound
    assert "255 octets long" in _reason("l" * 64 + "@d" + DOMAIN[:-4] + " .com")


def test_a_long_list_still_names_every_address_in_it() -> None:
    raw = ", ".join(f"{'x' * 40}{i}@example.se" for i in range(6))
    with pytest.raises(InvalidAddress) as e:
        parse_recipient(raw)
    assert "holds more than one address" in e.value.reason
    assert len(e.value.others) == 5


def test_a_long_named_recipient_is_judged_by_the_header_parse() -> None:
    # a display name is not part of the address: 300 characters with one is valid
    name = " ".join(["Anna"] * 60)
    parsed = parse_recipient(f"{name} <anna@example.se>")
    assert (parsed.address, parsed.display_name) == ("anna@example.se", name)


def test_a_line_break_in_a_long_recipient_is_still_header_injection() -> None:
    with pytest.raises(InvalidAddress) as e:
        parse_recipient("x" * 300 + "@example.se\r\nBcc: evil@x.com")
    assert e.value.line_break


def test_ten_thousand_long_invalid_recipients_are_each_invalid_address() -> None:
    d = Directory.connect("sqlite://")
    d.upsert([LINNEA])
    guard = Guard(d)
    to = [f"{'x' * 200}.{i}@{'sub.' * 20}exa mple.com" for i in range(10_000)]
    verdict = guard.check(OutboundEmail(customer_id="C-1", to=to, text="Your order"))
    invalid = [f for f in verdict.findings if f.code == "invalid_address"]
    assert len(invalid) == 10_000
    assert verdict.action is Action.BLOCK
    assert "check_failed" not in verdict.codes()
    d.close()
