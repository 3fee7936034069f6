"""Header injection through the mail path: a subject (or an address header) that holds CR or LF
is blocked as ``header_injection``, through `Guard.check_message` (bytes, `EmailMessage`, a
compat32 `Message` built in code) and through the relay; it is never read with the line break
dropped, as if it were one valid header. And mime's ``invalid_address`` agrees with
`misdirect.addresses.parse_recipient` on the same header strings (hypothesis)."""

from __future__ import annotations

import email.utils
from collections.abc import Iterator
from email.message import EmailMessage, Message

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from misdirect import Action, Customer, Directory, Guard
from misdirect.addresses import InvalidAddress, parse_recipient

from .relay_kit import Sink, relay_thread, send

OWN = "linnea.oberg1987@comhem.se"
EVIL = "evil@attacker.example"


@pytest.fixture(scope="module")
def guard() -> Iterator[Guard]:
    d = Directory.connect("sqlite://")
    d.upsert([Customer(id="C-1", full_name="Linnea Öberg", emails=[OWN], city="Örebro")])
    g = Guard(d)
    g.warm()
    yield g
    d.close()


def _raw(subject: bytes, *, to: bytes = OWN.encode(), eol: bytes = b"\r\n") -> bytes:
    return eol.join([b"From: orders@shop.example", b"To: " + to, b"X-Customer-Id: C-1",
                     b"Message-ID: <inject@shop.example>", b"Subject: " + subject, b"",
                     b"Tilauksesi on vahvistettu.", b""])


# (case, Subject header bytes as they come, line ending of the message)
SUBJECTS = [
    ("encoded word, q, CR LF", b"=?utf-8?q?Tilaus=0D=0ABcc:_evil@attacker.example?=", b"\r\n"),
    ("encoded word, b, CR LF", b"=?utf-8?b?VGlsYXVzDQpCY2M6IGV2aWxAYXR0YWNrZXIuZXhhbXBsZQ==?=",
     b"\r\n"),
    ("encoded word, LF only", b"=?utf-8?q?Tilaus=0ABcc:_evil@attacker.example?=", b"\r\n"),
    ("encoded word, CR only", b"=?utf-8?q?Tilaus=0DBcc:_evil@attacker.example?=", b"\r\n"),
    ("bare CR in a CRLF message", b"Tilaus\rBcc: evil@attacker.example", b"\r\n"),
    ("bare LF in a CRLF message", b"Tilaus\nBcc: evil@attacker.example", b"\r\n"),
    ("CR in an LF message", b"Tilaus\rBcc: evil@attacker.example", b"\n"),
]


@pytest.mark.parametrize(("case", "subject", "eol"), SUBJECTS, ids=[c[0] for c in SUBJECTS])
def test_a_subject_with_a_line_break_is_blocked_as_header_injection(
        guard: Guard, case: str, subject: bytes, eol: bytes) -> None:
    mv = guard.check_message(_raw(subject, eol=eol))
    assert mv.action is Action.BLOCK, mv.explain()
    assert "header_injection" in mv.codes()
    # the verdict's message never carries the line break
    assert "\r" not in (mv.verdict.message.subject or "")
    assert "\n" not in (mv.verdict.message.subject or "")


def test_a_folded_subject_is_no_injection(guard: Guard) -> None:
    mv = guard.check_message(_raw(b"Tilaus\r\n vahvistettu"))
    assert mv.action is Action.ALLOW and "header_injection" not in mv.codes()
    assert mv.verdict.message.subject == "Tilaus vahvistettu"


def test_an_email_message_refuses_the_line_break_and_its_encoded_word_is_blocked(
        guard: Guard) -> None:
    msg = EmailMessage()
    with pytest.raises(ValueError, match="linefeed or carriage return"):
        msg["Subject"] = f"Tilaus\r\nBcc: {EVIL}"
    msg["To"] = OWN
    msg["X-Customer-Id"] = "C-1"
    msg["Subject"] = "=?utf-8?q?Tilaus=0D=0ABcc:_evil@attacker.example?="
    msg.set_content("Tilauksesi on vahvistettu.")
    mv = guard.check_message(msg)
    assert mv.action is Action.BLOCK and "header_injection" in mv.codes()


@pytest.mark.parametrize("header", ["Subject", "To", "Cc"])
def test_a_compat32_message_built_in_code_is_not_read_with_the_break_dropped(
        guard: Guard, header: str) -> None:
    """compat32 stores any value; the registry would read "Tilaus\\r\\nBcc: x" as one line
    without its break. The check sees the break and blocks."""
    msg = Message()
    msg["To"] = OWN
    msg["X-Customer-Id"] = "C-1"
    msg["Subject"] = "Tilaus"
    value = f"Tilaus\r\nBcc: {EVIL}" if header == "Subject" else f"{OWN}\r\nBcc: {EVIL}"
    if header in msg:
        msg.replace_header(header, value)
    else:
        msg[header] = value
    msg.set_payload("Tilauksesi on vahvistettu.")
    mv = guard.check_message(msg)
    assert mv.action is Action.BLOCK, mv.explain()
    assert "header_injection" in mv.codes()
    assert EVIL not in mv.recipients


# --- through the relay ---------------------------------------------------------------------------


@pytest.mark.parametrize(("case", "subject", "eol"), SUBJECTS[:2] + SUBJECTS[4:6],
                         ids=[c[0] for c in SUBJECTS[:2] + SUBJECTS[4:6]])
def test_the_relay_refuses_a_subject_with_a_line_break(guard: Guard, case: str, subject: bytes,
                                                       eol: bytes) -> None:
    data = _raw(subject, eol=eol)
    sink = Sink().start()
    try:
        with relay_thread(guard, sink.port) as relay:
            code, text = send(relay.port, data, [OWN])  # bytes: smtplib sends them as they are
    finally:
        sink.stop()
    assert code == 550 and "header_injection" in text, text
    assert sink.received == []


# --- invalid_address agrees with parse_recipient -----------------------------------------------

_names = st.sampled_from(["", "Linnea Öberg", '"Öberg, Linnea"', "=?utf-8?q?Linnea_=C3=96berg?=",
                          "Linnea", '"Linnea <x>"', "=?utf-8?q?L=0D=0AX?=", "(comment)",
                          "Linnea, Anna", "List:"])
_locals = st.sampled_from(["linnea.oberg1987", "anna", "a..b", ".anna", "anna.", "an na",
                           '"an na"', "anna+tag", "ännä", "a\tb", "a\x00b", "a\x7fb"])
_domains = st.sampled_from(["comhem.se", "telia.com", "xn--bcher-kva.example", "bücher.example",
                            "comhem", "-bad.se", "comhem..se", "[127.0.0.1]", "c\u0430m.se"])
_tails = st.sampled_from(["", " ", ";", ",", ", anna@telia.com", " (work)", ">", "<",
                          " anna@telia.com", ":;"])


@st.composite
def header_strings(draw: st.DrawFn) -> str:
    name, local, domain, tail = draw(_names), draw(_locals), draw(_domains), draw(_tails)
    addr = f"{local}@{domain}"
    shape = draw(st.sampled_from(["bare", "angle", "angle-no-name", "junk"]))
    if shape == "bare":
        return addr + tail
    if shape == "angle":
        return f"{name} <{addr}>{tail}" if name else f"<{addr}>{tail}"
    if shape == "angle-no-name":
        return f"<{addr}>{tail}"
    return draw(st.text(alphabet="ab@.<>\",;: ()=?\\\u00e4", min_size=1, max_size=24))


def _verdict_for(guard: Guard, to: str) -> tuple[bool, list[str]]:
    """(invalid_address about the To header or one of its addresses, addresses mime read)."""
    msg = Message()  # compat32: the header string goes in exactly as given
    msg["To"] = to
    msg["X-Customer-Id"] = "C-1"
    msg["Subject"] = "Tilaus"
    msg.set_payload("Tilauksesi on vahvistettu.")
    mv = guard.check_message(msg)
    invalid = any(f.code == "invalid_address" for f in mv.verdict.findings)
    return invalid, list(mv.recipients)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(to=header_strings())
def test_mime_invalid_address_agrees_with_parse_recipient(guard: Guard, to: str) -> None:
    """The same header string: when `parse_recipient` takes it as one mailbox, mime reads that
    one mailbox and finds nothing invalid; when it refuses it, mime flags ``invalid_address``,
    unless the string is a list of addresses each of which `parse_recipient` takes (several
    recipients in one To header are fine there, one recipient string is one address), or a
    group that names nobody. Whitespace around a header value is no part of it."""
    invalid, read = _verdict_for(guard, to)
    try:
        parsed = parse_recipient(to.strip(" \t"))
    except InvalidAddress:
        if invalid:
            return
        # not flagged: then mime must have read a plain list of good addresses, or nothing at
        # all from an empty group
        if not read:  # blank: no address at all (no_recipients blocks it)
            empty_group = (":" in to and to.rstrip().endswith(";")
                           and "@" not in to.split(":", 1)[1])
            assert not to.strip() or empty_group, to
            return
        assert len(read) >= 2 or "," in to or ";" in to, (to, read)
        for a in read:
            parse_recipient(a)  # raises (fails the test) if mime let a bad one through
        legacy = [a for _n, a in email.utils.getaddresses([to]) if a]
        # the same mailbox twice is one recipient: mime reads it once, getaddresses twice; what
        # must agree is the set of mailboxes a mailer would deliver to
        assert {x.lower() for x in legacy} == {x.lower() for x in read}, (to, read)
        return
    assert not invalid, (to, read)
    assert [parse_recipient(a).key for a in read] == [parsed.key], (to, read, parsed)
