"""Addresses: parsing, mailbox keys (one key per inbox), lookalikes and masking.

Table tests pin the equivalences providers apply; property tests (hypothesis) check that
normalization is idempotent and that the documented equivalences hold for generated addresses.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from misdirect.addresses import (
    MAX_ADDRESS_LENGTH,
    InvalidAddress,
    clean_paste_debris,
    lookalike_skeleton,
    mailbox_key,
    mask_address,
    parse_address,
    registrable_label,
    split_suffix,
)

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def key(address: str, **options: bool) -> str:
    return parse_address(address, **options).key


# -- one key per inbox ---------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [
    # local-part case
    ("Linnea.Oberg1987@comhem.se", "linnea.oberg1987@comhem.se"),
    ("ANNA@EXAMPLE.SE", "anna@example.se"),
    # Gmail ignores dots, and googlemail.com is gmail.com
    ("anna.svensson@gmail.com", "annasvensson@gmail.com"),
    ("a.n.n.a.s.v.e.n.s.s.o.n@gmail.com", "annasvensson@gmail.com"),
    ("anna.svensson@googlemail.com", "annasvensson@gmail.com"),
    ("Anna.Svensson@GoogleMail.COM", "annasvensson@gmail.com"),
    # +tags where the provider delivers them to the base mailbox
    ("anna+orders@gmail.com", "anna@gmail.com"),
    ("a.nna+orders+x@googlemail.com", "anna@gmail.com"),
    ("anna+news@outlook.com", "anna@outlook.com"),
    ("anna+news@hotmail.fi", "anna@hotmail.fi"),
    ("anna+news@icloud.com", "anna@icloud.com"),
    ("anna+news@proton.me", "anna@proton.me"),
    ("anna+news@fastmail.com", "anna@fastmail.com"),
    # display names and surrounding whitespace are dropped
    ("Anna Svensson <anna@example.se>", "anna@example.se"),
    ("  anna@example.se\t", "anna@example.se"),
    # Unicode: NFC and NFD local parts, IDNA and Unicode domains
    ("j\u00f6rg@example.de", "jo\u0308rg@example.de"),
    ("J\u00d6RG@example.de", "j\u00f6rg@example.de"),
    ("anna@b\u00fccher.de", "anna@xn--bcher-kva.de"),
    ("anna@bu\u0308cher.de", "anna@xn--bcher-kva.de"),
    ("anna@B\u00dcCHER.DE", "anna@xn--bcher-kva.de"),
    ("anna@\u00f8l.dk", "anna@xn--l-4ga.dk"),
])
def test_same_mailbox_same_key(a: str, b: str) -> None:
    assert key(a) == key(b)


@pytest.mark.parametrize(("a", "b"), [
    # dots matter outside Gmail
    ("anna.svensson@comhem.se", "annasvensson@comhem.se"),
    ("anna.svensson@outlook.com", "annasvensson@outlook.com"),
    # +tags are kept at providers not known to strip them
    ("anna+orders@comhem.se", "anna@comhem.se"),
    # umlauts are letters, not decorations
    ("j\u00f6rg@example.de", "jorg@example.de"),
    ("anna@b\u00fccher.de", "anna@bucher.de"),
    # different domains
    ("anna@gmail.com", "anna@gmail.se"),
])
def test_different_mailboxes_different_keys(a: str, b: str) -> None:
    assert key(a) != key(b)


def test_plus_everywhere_strips_tags_at_any_domain() -> None:
    assert key("anna+orders@comhem.se", plus_everywhere=True) == "anna@comhem.se"
    assert key("+anna@comhem.se", plus_everywhere=True) == "+anna@comhem.se"


def test_parsed_address_fields() -> None:
    p = parse_address("Jörg.Müller+shop@BÜCHER.de")
    assert p.local == "Jörg.Müller+shop"
    assert p.domain == "bücher.de"
    assert p.ascii_domain == "xn--bcher-kva.de"
    assert p.key_domain == "xn--bcher-kva.de"
    assert p.key == "jörg.müller+shop@xn--bcher-kva.de"
    assert not p.lookalike
    assert parse_address("linnea@mail.comhem.se").base_label == "comhem"


# -- invalid input -------------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "suggestion"), [
    ("anna.svensson@comhem.se,", "anna.svensson@comhem.se"),
    ("<anna.svensson@comhem.se>;", "anna.svensson@comhem.se"),
    ("mailto:anna@example.se.", "anna@example.se"),
    ("anna@example", None),
    ("anna", None),
    ("", None),
    ("   ", None),
    ("anna@@example.se", None),
    ("an na@example.se", None),
    ("anna\x00@example.se", None),
    ("an\ufffdna@example.se", None),
])
def test_invalid_addresses_raise_with_reason(raw: str, suggestion: str | None) -> None:
    with pytest.raises(InvalidAddress) as info:
        parse_address(raw)
    assert info.value.reason
    assert isinstance(info.value, ValueError)
    assert info.value.suggestion == suggestion


def test_huge_input_is_rejected_without_parsing() -> None:
    with pytest.raises(InvalidAddress) as info:
        parse_address("a" * 10_000_000 + "@example.se")
    assert str(MAX_ADDRESS_LENGTH) in info.value.reason
    assert len(info.value.raw) <= 80


def test_non_string_is_invalid() -> None:
    with pytest.raises(InvalidAddress):
        parse_address(b"anna@example.se")  # type: ignore[arg-type]


def test_clean_paste_debris() -> None:
    assert clean_paste_debris(" mailto:<anna@example.se>,; ") == "anna@example.se"


# -- lookalikes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("address", "lookalike"), [
    ("anna@example.se", False),
    ("j\u00f6rg@example.de", False),             # Latin with diacritics
    ("\u0430nna@example.se", True),              # Cyrillic a in a Latin local part
    ("anna@ex\u0430mple.se", True),              # Cyrillic a in a Latin domain
    ("anna@\u0430\u0440\u0440\u04cf\u0435.com", True),  # whole-Cyrillic label spelling "apple"
    ("\u0432\u043b\u0430\u0434\u0438\u043c\u0438\u0440@example.ru", False),  # real Cyrillic name
    ("\u03bf\u03c5\u03c4\u03b9\u03c2@example.gr", False),  # Greek word with non-confusables
])
def test_lookalike_flag(address: str, lookalike: bool) -> None:
    assert parse_address(address).lookalike is lookalike


def test_lookalike_skeleton_reads_as_latin() -> None:
    assert lookalike_skeleton("\u0430nn\u0430@ex\u0430mple.se") == "anna@example.se"


# -- masking and suffixes ------------------------------------------------------------------------


@pytest.mark.parametrize(("address", "masked"), [
    ("linnea.oberg1987@comhem.se", "l******7@c****m.se"),
    ("ab@x.co.uk", "a*@x*.co.uk"),
    ("anna@mail.comhem.se", "a**a@m**l.c****m.se"),
])
def test_mask_address(address: str, masked: str) -> None:
    assert mask_address(address) == masked


@given(st.emails())
@FAST
def test_mask_never_shows_the_whole_local_part(address: str) -> None:
    local = address.rpartition("@")[0]
    assume(len(local) >= 3 and "*" not in local)
    assert local not in mask_address(address)


@pytest.mark.parametrize(("domain", "head", "suffix", "label"), [
    ("comhem.se", "comhem", "se", "comhem"),
    ("mail.comhem.se", "mail.comhem", "se", "comhem"),
    ("bt.co.uk", "bt", "co.uk", "bt"),
    ("localhost", "localhost", "", "localhost"),
])
def test_split_suffix(domain: str, head: str, suffix: str, label: str) -> None:
    assert split_suffix(domain) == (head, suffix)
    assert registrable_label(domain) == label


# -- properties ----------------------------------------------------------------------------------

_DOMAINS = ["gmail.com", "GMail.com", "googlemail.com", "outlook.com", "hotmail.fi", "comhem.se",
            "example.se", "bücher.de", "xn--bcher-kva.de", "BU\u0308CHER.de", "øl.dk", "proton.me"]
_LOCAL_CHARS = "abcxyzABCXYZ019.+_-öÖåøßéü\u0308\u0301"

locals_ = st.text(alphabet=_LOCAL_CHARS, min_size=1, max_size=20)
domains = st.sampled_from(_DOMAINS)


def _parse_or_none(address: str, **options: bool) -> object:
    try:
        return parse_address(address, **options)
    except InvalidAddress:
        return None


@given(locals_, domains, st.booleans())
@FAST
def test_key_is_idempotent(local: str, domain: str, plus_everywhere: bool) -> None:
    p = parse_address_or_skip(f"{local}@{domain}", plus_everywhere=plus_everywhere)
    # the key of a key is the key, computed from its parts...
    k_local, _, k_domain = p.key.rpartition("@")
    assert mailbox_key(k_local, k_domain, plus_everywhere=plus_everywhere) == p.key
    # ...and, where the key is itself a valid address, parsed from text
    again = _parse_or_none(p.key, plus_everywhere=plus_everywhere)
    if again is not None:
        assert again.key == p.key  # type: ignore[attr-defined]
    # parsing the normalized address gives the same key
    assert key(p.address, plus_everywhere=plus_everywhere) == p.key
    # the key is NFC, lower case and has an ASCII domain
    assert unicodedata.is_normalized("NFC", p.key)
    assert p.key == p.key.lower()
    assert p.key_domain.isascii()


def parse_address_or_skip(address: str, **options: bool):  # type: ignore[no-untyped-def]
    p = _parse_or_none(address, **options)
    assume(p is not None)
    return p


@given(locals_, domains)
@FAST
def test_case_nfc_nfd_and_idna_give_one_key(local: str, domain: str) -> None:
    p = parse_address_or_skip(f"{local}@{domain}")
    for variant in (
        f"{local.upper()}@{domain}", f"{local.lower()}@{domain.upper()}",
        unicodedata.normalize("NFD", f"{local}@{domain}"),
        unicodedata.normalize("NFC", f"{local}@{domain}"),
        f"{local}@{p.ascii_domain}", f"{local}@{p.domain}",
    ):
        q = _parse_or_none(variant)
        if q is None:
            continue  # upper-casing can make a local part invalid (ß -> SS is fine; others not)
        if variant.startswith(local.upper()) and local.upper().lower() != local.lower():
            continue  # case mapping that is not round-trip (ß -> SS): not the same mailbox text
        assert q.key == p.key, variant  # type: ignore[attr-defined]


gmail_letters = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=12)


@given(gmail_letters, st.data())
@FAST
def test_gmail_dots_tags_case_and_googlemail_give_one_key(base: str, data: st.DataObject) -> None:
    dotted = ""
    for i, ch in enumerate(base):
        upper = data.draw(st.booleans(), label="upper")
        dotted += ch.upper() if upper else ch
        if 0 < i + 1 < len(base) and data.draw(st.booleans(), label="dot"):
            dotted += "."
    tag = data.draw(st.one_of(st.just(""), st.text(alphabet="abc123-_.", max_size=8).map(
        lambda t: "+" + t)), label="tag")
    domain = data.draw(st.sampled_from(["gmail.com", "googlemail.com", "GMAIL.COM",
                                        "GoogleMail.com"]), label="domain")
    q = _parse_or_none(f"{dotted}{tag}@{domain}")
    assume(q is not None)
    assert q.key == f"{base}@gmail.com"  # type: ignore[attr-defined]


@given(st.text(max_size=300))
@settings(max_examples=500, deadline=None)
def test_parse_address_never_raises_anything_else(raw: str) -> None:
    try:
        p = parse_address(raw)
    except InvalidAddress as e:
        assert e.reason
    else:
        assert "@" in p.key
