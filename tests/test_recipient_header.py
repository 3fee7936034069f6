"""One recipient string, one address (issue 12, part 1).

A recipient is read the way a mail header is read, with the stdlib's ``email.headerregistry`` as
the reference (and ``email.utils.getaddresses``, which ``smtplib.send_message`` uses): a string
that a mailer would deliver to more than one mailbox, or to another one than the guard checked,
is ``invalid_address``; ``verdict.message`` carries the safe header form of every checked address
and nothing else; a header value with a line break is ``header_injection``.

The issue's examples are the first tests. On main (04adc1e) they came back ALLOW with the raw
string in ``verdict.message.to`` (checked by running this file with ``PYTHONPATH=/work/main/src``).
"""

from __future__ import annotations

import string
from email.headerregistry import AddressHeader
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import SMTPUTF8, default
from email.utils import getaddresses
from typing import Any, ClassVar

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from misdirect import Action, Customer, Directory, Guard, OutboundEmail, Verdict
from misdirect.addresses import (
    InvalidAddress,
    _fast_parse,
    _parse_recipient_full,
    parse_address,
    parse_recipient,
)
from misdirect.checks import DEFAULT_CHECKS, CheckContext
from misdirect.models import Finding

LINNEA = "linnea.oberg1987@comhem.se"
CUSTOMERS = [
    Customer(id="C-1", full_name="Linnea Öberg", emails=[LINNEA]),
    Customer(id="C-2", full_name="Linnea Öberg", emails=["linnea.oberg@telia.com"]),
    Customer(id="C-3", full_name="Anna Svensson", emails=["anna.svensson@telia.com"]),
]


class _Recorder:
    """A check that remembers which addresses the checks saw: "the set the guard checked"."""

    id: ClassVar[str] = "test_recorder"
    codes: ClassVar[tuple[str, ...]] = ()

    def __init__(self) -> None:
        self.checked: list[tuple[str, str]] = []

    def run(self, ctx: CheckContext) -> list[Finding]:
        self.checked = [(r.field, r.parsed.address) for r in ctx.recipients if r.parsed]
        return []


@pytest.fixture(scope="module")
def directory() -> Directory:
    d = Directory.connect("sqlite://")
    d.upsert(CUSTOMERS)
    return d


@pytest.fixture(scope="module")
def recorder() -> _Recorder:
    return _Recorder()


@pytest.fixture(scope="module")
def guard(directory: Directory, recorder: _Recorder) -> Guard:
    return Guard(directory, checks=[*DEFAULT_CHECKS, recorder])


def check(guard: Guard, **fields: Any) -> Verdict:
    fields.setdefault("subject", "Order 1234")
    return guard.check(OutboundEmail(customer_id="C-1", text="Thank you.", **fields))


def delivered(message: OutboundEmail) -> dict[str, set[str]]:
    """Where a mailer delivers ``message``: its headers written by the stdlib, serialised, parsed
    back with ``email.headerregistry``, and read again with ``getaddresses`` as smtplib does.
    Both readings must agree; the result is ``{field: {addr_spec, ...}}``."""
    msg = EmailMessage(policy=default)
    msg["Subject"] = message.subject
    for name in ("to", "cc", "bcc"):
        values = getattr(message, name)
        if values:
            msg[name.title()] = ", ".join(values)
    back = BytesParser(policy=default).parsebytes(msg.as_bytes(policy=SMTPUTF8))
    out: dict[str, set[str]] = {}
    for name in ("to", "cc", "bcc"):
        header = back[name.title()]
        # the parser keeps raw UTF-8 of an SMTPUTF8 header as surrogate escapes: undo that
        registry = {a.addr_spec.encode("utf-8", "surrogateescape").decode("utf-8")
                    for a in header.addresses} if header is not None else set()
        legacy = {a for _n, a in getaddresses(back.get_all(name.title(), []))}
        assert registry == legacy, (name, registry, legacy)
        out[name] = registry
    return out


# -- the examples ------------------------------------------------------------------------

HIDDEN = [
    ("list with ;", f"a <{LINNEA}>; evil@x.com <{LINNEA}>"),
    ("folded line", f"x <{LINNEA}>\r\n\tevil@x.com <{LINNEA}>"),
    ("list with ,", f"{LINNEA}, evil@x.com"),
    ("group syntax", f"friends: {LINNEA}, evil@x.com;"),
    ("second address after the angle address", f"{LINNEA} <evil@x.com>"),
    ("bare LF", f"{LINNEA}\nBcc: evil@x.com"),
    ("two bare addresses", f"{LINNEA} evil@x.com"),
]


@pytest.mark.parametrize(("case", "raw"), HIDDEN, ids=[c for c, _ in HIDDEN])
def test_a_hidden_second_recipient_is_invalid_and_never_sent(guard: Guard, case: str,
                                                             raw: str) -> None:
    verdict = check(guard, to=[raw])
    assert verdict.action is Action.BLOCK
    f = next(f for f in verdict.findings if f.code == "invalid_address")
    assert "evil@x.com" not in f.explanation and "evil@x.com" not in (f.recipient or "")
    assert "\r" not in (f.recipient or "") and "\n" not in (f.recipient or "")
    assert verdict.message.to == []  # nothing unchecked is carried
    assert "evil" not in str(delivered(verdict.message))


def test_hidden_recipients_are_named_masked(guard: Guard) -> None:
    verdict = check(guard, to=[f"a <{LINNEA}>; evil@x.com <{LINNEA}>"])
    f = next(f for f in verdict.findings if f.code == "invalid_address")
    assert "more than one address" in f.explanation
    assert "e**l@x*.com" in f.explanation  # the extra address, masked


def test_a_folded_recipient_is_also_header_injection(guard: Guard) -> None:
    verdict = check(guard, to=[f"x <{LINNEA}>\r\n\tevil@x.com <{LINNEA}>"])
    assert {"invalid_address", "header_injection"} <= verdict.codes()
    f = next(f for f in verdict.findings if f.code == "invalid_address")
    assert "line break (CR)" in f.explanation


@pytest.mark.parametrize(("field", "value"), [
    ("subject", "Your order\r\nBcc: evil@x.com"),
    ("subject", "Your order\nBcc: evil@x.com"),
    ("subject", "Your order\u2028Bcc: evil@x.com"),
    ("sender", "shop@example.se\r\nBcc: evil@x.com"),
    ("message_id", "<1@example.se>\rBcc: evil@x.com"),
])
def test_a_line_break_in_a_header_value_is_header_injection(guard: Guard, field: str,
                                                             value: str) -> None:
    verdict = check(guard, to=[LINNEA], **{field: value})
    assert verdict.action is Action.BLOCK
    f = next(f for f in verdict.findings if f.code == "header_injection")
    assert f.location is not None and f.location.field == field
    assert value[f.location.start] in "\r\n\u2028"
    carried = getattr(verdict.message, field)
    assert carried.splitlines() == [carried]  # the checked message carries one line
    assert "Bcc: evil@x.com" in carried  # ... and loses no text


def test_a_plain_message_has_no_header_finding_and_is_carried_unchanged(guard: Guard) -> None:
    email = OutboundEmail(customer_id="C-1", to=[LINNEA], subject="Tilaus\tnro 1", text="Kiitos.")
    verdict = guard.check(email)
    assert verdict.action is Action.ALLOW
    assert verdict.message == email


# -- what is one address, and its safe form ------------------------------------------------------

VALID = [
    # (as given, the form verdict.message carries)
    (LINNEA, LINNEA),
    ("Linnea.Oberg1987@ComHem.SE", "Linnea.Oberg1987@comhem.se"),
    (f"Linnea Öberg <{LINNEA}>", f"Linnea Öberg <{LINNEA}>"),
    (f'"Öberg, Linnea" <{LINNEA}>', f'"Öberg, Linnea" <{LINNEA}>'),
    (f'"evil@x.com" <{LINNEA}>', f'"evil@x.com" <{LINNEA}>'),  # a name, quoted, not an address
    (f"<{LINNEA}>", LINNEA),
    (f"{LINNEA} (Linnea at home)", LINNEA),  # a comment is dropped
    (f"=?utf-8?q?Linnea_=C3=96berg?= <{LINNEA}>", f"Linnea Öberg <{LINNEA}>"),
    (f"=?utf-8?q?a=2C_b?= <{LINNEA}>", f'"a, b" <{LINNEA}>'),  # decoded comma gets quoted
    ("jörg@bücher.de", "jörg@bücher.de"),
    ("Jörg <jörg@BÜCHER.de>", "Jörg <jörg@bücher.de>"),
]


@pytest.mark.parametrize(("raw", "formatted"), VALID, ids=[v[0] for v in VALID])
def test_one_mailbox_is_valid_and_carried_in_its_safe_form(raw: str, formatted: str) -> None:
    p = parse_recipient(raw)
    assert p.formatted == formatted
    assert p.key == parse_address(p.address).key
    header = AddressHeader.value_parser(formatted)
    assert [m.addr_spec for a in header.addresses for m in a.all_mailboxes] == [p.address]
    assert [a for _n, a in getaddresses([formatted])] == [p.address]


INVALID = [
    # (as given, a phrase of the reason)
    (f"{LINNEA},", "list separator"),
    (f"{LINNEA};", "invalid characters: ';'"),
    (f" {LINNEA}", "whitespace"),
    (f"{LINNEA} ", "whitespace"),
    (f"{LINNEA}\t", "control character (TAB)"),
    (f"{LINNEA}\r\n", "line break (CR)"),
    ("linnea\x00@comhem.se", "control character (NUL)"),
    ("linnea\x7f@comhem.se", "control character (DEL)"),
    ("linnea\x1b@comhem.se", "control character (U+001B)"),
    (f"{LINNEA}\u2029", "line break (PARAGRAPH SEPARATOR)"),
    ("a@x.se, b@y.se", "more than one address"),
    ("a@x.se,b@y.se", "more than one address"),
    ("a@x.se;b@y.se", "more than one address"),
    ("undisclosed-recipients:;", "group syntax"),
    ("g: a@x.se;", "group syntax"),
    ("=?utf-8?q?evil=40x.com?=@comhem.se", "not one well-formed mailbox"),  # encoded word
    (f"<@route.example:{LINNEA}>", "something before the @-sign"),  # obsolete source route
    (f"Linnea <{LINNEA}", "angle bracket"),
    ("", "empty"),
    ("   ", "empty"),
]


@pytest.mark.parametrize(("raw", "phrase"), INVALID, ids=[repr(v[0]) for v in INVALID])
def test_anything_but_one_mailbox_is_invalid(raw: str, phrase: str) -> None:
    with pytest.raises(InvalidAddress) as info:
        parse_recipient(raw)
    assert phrase in info.value.reason


def test_paste_debris_still_gets_a_suggestion() -> None:
    for raw in (f"{LINNEA},", f" {LINNEA}", f"mailto:{LINNEA}", f"{LINNEA}\r\n"):
        with pytest.raises(InvalidAddress) as info:
            parse_recipient(raw)
        assert info.value.suggestion == LINNEA, raw


def test_the_checked_message_keys_match_recipient_actions(guard: Guard) -> None:
    verdict = check(guard, to=["Linnea Öberg <Linnea.Oberg1987@ComHem.se>"],
                    cc=["anna.svensson@telia.com"], bcc=["bad@@x.se"])
    assert verdict.message.to == ["Linnea Öberg <Linnea.Oberg1987@comhem.se>"]
    assert verdict.message.cc == ["anna.svensson@telia.com"]
    assert verdict.message.bcc == []
    for value in verdict.message.to + verdict.message.cc:
        assert value in verdict.recipient_actions


# -- property tests ------------------------------------------------------------------------------

_ATEXT = string.ascii_letters + string.digits + "!#$%&'*+/=?^_`{|}~-."
_local = st.text(alphabet=_ATEXT + "äöåÆø\u0430\"\\ @", min_size=0, max_size=12)
_domain = st.sampled_from(["comhem.se", "telia.com", "x.com", "ComHem.SE", "bücher.de",
                           "xn--bcher-kva.de", "example", "[127.0.0.1]", "x..se", "-a.se"])
_name = st.text(alphabet=string.ascii_letters + " ,;:<>@\"\\().'äÖ\u0430=?_",
                min_size=0, max_size=14)
_noise = st.sampled_from([",", ";", ", ", " ", "\r\n\t", "\r\n ", "\n", "\r", "\t", "\x00",
                          "\x0b", "\u2028", "\x85", ":", "<", ">", "\"", "(", ")", "\\",
                          "=?utf-8?q?a=40b.se?=", "=?utf-8?b?YUBiLnNl?=", "g:", "@"])


@st.composite
def addr_spec(draw: st.DrawFn) -> str:
    return f"{draw(_local)}@{draw(_domain)}"


@st.composite
def mailbox(draw: st.DrawFn) -> str:
    spec = draw(st.one_of(addr_spec(), st.sampled_from([LINNEA, "linnea.oberg@telia.com",
                                                          "anna.svensson@telia.com"])))
    form = draw(st.integers(0, 4))
    name = draw(_name)
    if form == 0:
        return spec
    if form == 1:
        return f"{name} <{spec}>"
    if form == 2:
        return f'"{name}" <{spec}>'
    if form == 3:
        return f"{spec} ({name})"
    return f"<{spec}>"


@st.composite
def header_shaped(draw: st.DrawFn) -> str:
    """A recipient string built like a header: mailboxes, lists, groups, folds, noise."""
    parts = draw(st.lists(st.one_of(mailbox(), _noise), min_size=1, max_size=5))
    text = "".join(parts)
    if draw(st.booleans()):
        text = f"{draw(_name)}: {text};"  # group syntax
    return text


PROPERTY = settings(max_examples=800, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


@given(st.lists(header_shaped(), min_size=1, max_size=3),
       st.lists(header_shaped(), max_size=2), st.lists(mailbox(), max_size=2))
@example([f"a <{LINNEA}>; evil@x.com <{LINNEA}>"], [], [])
@example([f"x <{LINNEA}>\r\n\tevil@x.com <{LINNEA}>"], [], [])
@example(["=?utf-8?q?evil=40x.com?=@comhem.se"], [], [])
@PROPERTY
def test_what_a_mailer_delivers_to_is_what_the_guard_checked(
        guard: Guard, recorder: _Recorder, to: list[str], cc: list[str], bcc: list[str]) -> None:
    verdict = check(guard, to=to, cc=cc, bcc=bcc)
    checked: dict[str, set[str]] = {"to": set(), "cc": set(), "bcc": set()}
    for name, address in recorder.checked:
        checked[name].add(address)
    # Stronger than "equal, or the verdict blocks": the checked message never carries an address
    # the checks did not see, whatever the action.
    assert delivered(verdict.message) == checked
    every = to + cc + bcc
    if any("\r" in r or "\n" in r for r in every):
        assert "header_injection" in verdict.codes()
    for r in every:
        try:
            parse_recipient(r)
        except InvalidAddress:
            assert verdict.action is Action.BLOCK


_FAST_LOCAL = string.ascii_letters + string.digits + "!#$%&'*+/=?^_`{|}~-.\"@ ,;<>()"


@given(st.text(alphabet=_FAST_LOCAL, min_size=1, max_size=30),
       st.sampled_from(["comhem.se", "Telia.COM", "x.co.uk", "a-b.fi", "gmail.com"]))
@example("=?utf-8?q?a=40b.se?=", "comhem.se")
@settings(max_examples=1500, deadline=None)
def test_fast_path_reads_as_the_header_parser_does(local: str, domain: str) -> None:
    """Where the plain-address fast path answers, the header registry reads the string as exactly
    that one mailbox, with no defect, and the full recipient path gives the same result."""
    raw = f"{local}@{domain}"
    assume("=?" not in raw)  # parse_recipient sends encoded-word openers to the full path
    fast = _fast_parse(raw, False)
    assume(fast is not None)
    header = AddressHeader.value_parser(raw)
    assert not header.all_defects
    assert [m.addr_spec for a in header.addresses for m in a.all_mailboxes] == [raw]
    assert [a for _n, a in getaddresses([raw])] == [raw]
    assert _parse_recipient_full(raw, False) == fast == parse_recipient(raw)


def test_an_encoded_word_opener_takes_the_full_path() -> None:
    raw = "=?utf-8?q?evil=40x.com?=@comhem.se"
    assert _fast_parse(raw, False) is not None  # the plain-address pattern alone would take it
    with pytest.raises(InvalidAddress):
        parse_recipient(raw)  # the header parser decodes it to "evil@x.com"@comhem.se


_NAME_CHARS = string.ascii_letters + string.digits + " _-.'äÖøÆ\u0430\u0301\u00aa\u0660\u2160"


@given(st.text(alphabet=_NAME_CHARS, min_size=1, max_size=20),
       st.sampled_from([LINNEA, "Anna.Svensson@Telia.COM", "a+b@gmail.com", "x@a-b.fi"]))
@settings(max_examples=1000, deadline=None)
def test_named_fast_path_reads_as_the_header_parser_does(name: str, spec: str) -> None:
    """``Name <address>`` answered without the header parser gives what the full path gives."""
    raw = f"{name} <{spec}>"
    from misdirect.addresses import _NAMED_FAST

    assume(_NAMED_FAST.fullmatch(raw) is not None)
    assert parse_recipient(raw) == _parse_recipient_full(raw, False)
