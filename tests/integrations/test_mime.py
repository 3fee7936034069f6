"""`Guard.check_message`: MIME in, MIME out.

Each case builds a real message with the stdlib, checks it, and looks at the bytes that would be
sent: unchanged when nothing was redacted, only the redacted parts changed otherwise (their charset
and transfer encoding kept), attachments never touched, headers never rewritten from what was read.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable
from email.message import EmailMessage

import pytest

from misdirect import Action, Customer, Directory, Guard, InputError, UnknownCustomerError
from misdirect.mime import PART_SEPARATOR, MessageVerdict, parse_message

LINNEA = "linnea.oberg1987@comhem.se"
ANNA = "anna.svensson@telia.com"

CUSTOMERS = [
    Customer(id="C-1", full_name="Linnea Öberg", emails=[LINNEA], city="Örebro"),
    Customer(id="C-4", full_name="Anna Svensson", emails=[ANNA]),
]


@pytest.fixture
def guard(memory_directory: Directory) -> Guard:
    memory_directory.upsert(CUSTOMERS)
    return Guard(memory_directory)


def base(to: str = f"Linnea Öberg <{LINNEA}>", subject: str = "Din order 4471",
         customer: str | None = "C-1", **headers: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Butiken <order@butiken.se>"
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = "<4471@butiken.se>"
    if customer is not None:
        msg["X-Customer-Id"] = customer
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    return msg


def plain(text: str = "Hej Linnea!\nTack för din order 4471.\n", **kw: object) -> EmailMessage:
    msg = base()
    msg.set_content(text, **kw)  # type: ignore[arg-type]
    return msg


def alternative() -> EmailMessage:
    msg = plain()
    msg.add_alternative("<p>Hej Linnea! Tack för din order <b>4471</b>.</p>", subtype="html")
    return msg


def with_attachments() -> EmailMessage:
    msg = alternative()
    msg.add_attachment(b"%PDF-1.4 Password: hunter22", maintype="application", subtype="pdf",
                       filename="kvitto.pdf")
    msg.add_attachment("Lösenord: Fjäril88\n", filename="notes.txt")  # text, but an attachment
    return msg


def forwarded_inline() -> EmailMessage:
    inner = plain("Original order text, order 4471.\n")
    msg = base()
    msg.set_content("See below.\n")
    msg.add_attachment(inner, disposition="inline")
    return msg


def attached_message() -> EmailMessage:
    inner = plain("Ditt lösenord: Fjäril88\n")
    msg = plain()
    msg.add_attachment(inner)  # message/rfc822, Content-Disposition: attachment
    return msg


def latin1_qp() -> EmailMessage:
    return plain("Hej Åsa, din order är på väg.\n", charset="iso-8859-1", cte="quoted-printable")


CLEAN = [plain, alternative, with_attachments, forwarded_inline, attached_message, latin1_qp]


@pytest.mark.parametrize("make", CLEAN, ids=lambda f: f.__name__)
def test_a_message_without_secrets_comes_out_unchanged(guard: Guard,
                                                       make: Callable[[], EmailMessage]) -> None:
    msg = make()
    before = msg.as_bytes()
    v = guard.check_message(msg)
    assert v.action is Action.ALLOW, v.explain()
    assert v.message is msg and not v.redacted
    assert v.as_bytes() == before
    assert msg.as_bytes() == before  # the input was not touched either


@pytest.mark.parametrize("make", CLEAN, ids=lambda f: f.__name__)
@pytest.mark.parametrize("linesep", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_bytes_without_secrets_come_out_as_the_same_bytes(guard: Guard, linesep: str,
                                                          make: Callable[[], EmailMessage]) -> None:
    raw = make().as_bytes(policy=email.policy.default.clone(linesep=linesep))
    v = guard.check_message(raw)
    assert v.action is Action.ALLOW and not v.redacted
    assert v.as_bytes() == raw


# --- redaction keeps charset and transfer encoding -------------------------------------------

REDACTION = [
    # charset, cte, text (the password is Fjäril88 or Kesä2024xyz)
    ("utf-8", "quoted-printable", "Hej!\nDitt lösenord: Fjäril88\nMvh Butiken\n"),
    ("utf-8", "base64", "Hej!\nDitt lösenord: Fjäril88\nMvh Butiken\n"),
    ("utf-8", "8bit", "Hej!\nDitt lösenord: Fjäril88\nMvh Butiken\n"),
    ("iso-8859-1", "quoted-printable", "Hej!\nDitt lösenord: Fjäril88\nMvh Butiken\n"),
    ("iso-8859-1", "8bit", "Hej!\nDitt lösenord: Fjäril88\nMvh Butiken\n"),
    ("windows-1252", "base64", "Hei!\nSalasana: Kesä2024xyz\nTerveisin\n"),
    ("utf-16", "base64", "Hej!\nDitt lösenord: Fjäril88\n"),
    ("us-ascii", "7bit", "Hello,\nYour password: Tulip-Harbor9\n"),
]


@pytest.mark.parametrize(("charset", "cte", "text"), REDACTION,
                         ids=[f"{c}-{e}" for c, e, _ in REDACTION])
@pytest.mark.parametrize("from_bytes", [False, True], ids=["message", "bytes"])
def test_a_redacted_part_keeps_its_charset_and_encoding(guard: Guard, charset: str, cte: str,
                                                        text: str, from_bytes: bool) -> None:
    msg = plain(text, charset=charset, cte=cte)
    msg.add_attachment(b"\x00\x01 binary Password: hunter22", maintype="application",
                       subtype="octet-stream", filename="blob.bin")
    before = msg.as_bytes()
    v = guard.check_message(before if from_bytes else msg)
    assert v.redacted, v.explain()
    assert "secret_in_body" in v.codes()
    out = email.message_from_bytes(v.as_bytes(), policy=email.policy.default)
    assert isinstance(out, EmailMessage)
    body, attachment = list(out.iter_parts())
    assert body.get_content_charset() == charset
    assert str(body["Content-Transfer-Encoding"]) == cte
    shown = body.get_content()
    assert "[redacted password]" in shown
    assert "Fjäril88" not in shown and "Kesä2024xyz" not in shown and "Tulip-Harbor9" not in shown
    first_line = text.splitlines()[0]
    assert shown.startswith(first_line)
    # the attachment, the headers and the boundary are as they were
    original = email.message_from_bytes(before, policy=email.policy.default)
    assert attachment.get_content() == b"\x00\x01 binary Password: hunter22"
    assert out.get_boundary() == original.get_boundary()
    assert [(k, str(val)) for k, val in out.items()] == [(k, str(val)) for k, val in original.items()]
    # the caller's message is untouched
    assert msg.as_bytes() == before


def test_only_the_redacted_part_changes(guard: Guard) -> None:
    msg = with_attachments()
    msg.get_payload()[0].get_payload()[1].set_content(  # type: ignore[index, union-attr]
        "<p>Ditt lösenord: <b>Fjäril88</b></p>", subtype="html")
    before = msg.as_bytes()
    v = guard.check_message(before)
    assert v.redacted
    after = v.as_bytes()
    old, new = before.split(b"\n"), after.split(b"\n")
    changed = [(a, b) for a, b in zip(old, new, strict=False) if a != b]
    assert len(old) == len(new)
    # one base64/qp payload line of the HTML part differs, nothing else
    assert 1 <= len(changed) <= 2, changed
    out = email.message_from_bytes(after, policy=email.policy.default)
    html = [p for p in out.walk() if p.get_content_type() == "text/html"][0]
    assert "[redacted password]" in html.get_content()  # type: ignore[attr-defined]


def test_attachments_are_neither_scanned_nor_changed(guard: Guard) -> None:
    v = guard.check_message(attached_message())
    assert v.action is Action.ALLOW and not v.redacted and "secret_in_body" not in v.codes()
    v = guard.check_message(with_attachments())
    assert not v.redacted and "secret_in_body" not in v.codes()


def test_a_secret_in_an_inline_forwarded_message_is_redacted(guard: Guard) -> None:
    inner = plain("Ditt lösenord: Fjäril88\n")
    msg = base()
    msg.set_content("See below.\n")
    msg.add_attachment(inner, disposition="inline")
    v = guard.check_message(msg)
    assert v.redacted
    assert b"Fj=C3=A4ril88" not in v.as_bytes() and "Fjäril88" not in v.as_bytes().decode()


def test_the_subject_is_redacted_in_its_header(guard: Guard) -> None:
    msg = base(subject="Din PIN-kod: 4821")
    msg.set_content("Hej Linnea!\n")
    v = guard.check_message(msg)
    assert v.redacted
    assert str(v.message["Subject"]) == "Din PIN-kod: [redacted pin]"
    assert str(msg["Subject"]) == "Din PIN-kod: 4821"


def test_several_text_parts_are_redacted_each_in_place(guard: Guard) -> None:
    msg = base()
    msg.set_content("Part one, order 4471.\n")
    msg.add_attachment("Part two.\nLösenord: Fjäril88\n", disposition="inline")
    msg.add_attachment("Part three, no secret.\n", disposition="inline")
    v = guard.check_message(msg)
    texts = [p.get_content() for p in v.message.walk()  # type: ignore[attr-defined]
             if p.get_content_type() == "text/plain"]
    assert texts == ["Part one, order 4471.\n", "Part two.\nLösenord: [redacted password]\n",
                     "Part three, no secret.\n"]
    text = v.verdict.message.text or ""
    assert text.count(PART_SEPARATOR) == 2


def test_known_secrets_are_redacted(guard: Guard) -> None:
    msg = plain("Your code is 77441200.\n")
    v = guard.check_message(msg, known_secrets=["77441200"])
    assert v.redacted and "77441200" not in v.as_bytes().decode()


# --- recipients ----------------------------------------------------------------------------

def test_to_cc_and_bcc_are_all_checked(guard: Guard) -> None:
    msg = base(Cc="kundtjanst@butiken.se", Bcc=ANNA)
    msg.set_content("Hej!\n")
    v = guard.check_message(msg)
    assert v.action is Action.BLOCK
    assert {f.recipient for f in v.verdict.findings if f.code == "owned_by_other_customer"} == {ANNA}
    assert v.recipients == (LINNEA, "kundtjanst@butiken.se", ANNA)
    assert v.verdict.message.bcc == [ANNA]


def test_an_envelope_recipient_missing_from_the_headers_is_checked(guard: Guard) -> None:
    msg = plain()
    assert guard.check_message(msg, recipients=[LINNEA]).action is Action.ALLOW
    v = guard.check_message(msg, recipients=[LINNEA, ANNA])
    assert v.action is Action.BLOCK
    assert "owned_by_other_customer" in v.codes()
    assert v.recipients == (LINNEA, ANNA)  # deliver to the envelope, not the headers


def test_a_header_with_two_addresses_checks_both(guard: Guard) -> None:
    msg = base(to=f"Linnea <{LINNEA}>, Anna <{ANNA}>")
    msg.set_content("Hej!\n")
    v = guard.check_message(msg)
    assert v.action is Action.BLOCK and v.recipients == (LINNEA, ANNA)


def test_resent_headers_are_checked(guard: Guard) -> None:
    msg = plain()
    msg["Resent-To"] = ANNA
    assert guard.check_message(msg).action is Action.BLOCK


AMBIGUOUS_TO = [
    # raw To header values that parsers read differently, or not at all
    f"alice@example.org)<{LINNEA}>",
    f"{LINNEA}, , <broken",
    "Linnea Öberg",
    f'"unterminated <{LINNEA}>',
]


@pytest.mark.parametrize("to", AMBIGUOUS_TO)
def test_an_address_header_read_two_ways_is_not_allowed(guard: Guard, to: str) -> None:
    raw = (f"From: order@butiken.se\nTo: {to}\nSubject: Order\nX-Customer-Id: C-1\n\n"
           "Hej!\n").encode()
    v = guard.check_message(raw)
    assert v.action is Action.BLOCK, v.explain()
    assert "invalid_address" in v.codes()


def test_an_encoded_display_name_with_a_line_break_injects_nothing(guard: Guard) -> None:
    evil = "=?utf-8?q?Linnea=0D=0ABcc=3A_evil=40attacker=2Eexample?="
    raw = (f"From: order@butiken.se\nTo: {evil} <{LINNEA}>\nSubject: PIN 4821\n"
           "X-Customer-Id: C-1\n\nHej!\n").encode()
    v = guard.check_message(raw)
    assert v.action is Action.BLOCK and "invalid_address" in v.codes()
    out = v.as_bytes()
    assert b"\nBcc:" not in out and b"\rBcc:" not in out
    assert out.count(b"\nTo: ") == 1 and evil.encode() in out  # the header kept as it came


def test_an_encoded_subject_with_a_line_break_never_becomes_two_headers(guard: Guard) -> None:
    subject = "=?utf-8?q?PIN_4821=0D=0ABcc=3A_evil=40attacker=2Eexample?="
    raw = (f"From: order@butiken.se\nTo: {LINNEA}\nSubject: {subject}\n"
           "X-Customer-Id: C-1\n\nHej!\n").encode()
    v = guard.check_message(raw)
    out = v.as_bytes()
    parsed = email.message_from_bytes(out, policy=email.policy.default)
    assert parsed["Bcc"] is None
    assert [k.lower() for k in parsed] == ["from", "to", "subject", "x-customer-id"]
    assert "4821" not in str(parsed["Subject"])


# --- the customer --------------------------------------------------------------------------

def test_the_customer_comes_from_the_header_or_the_argument(guard: Guard) -> None:
    msg = base(to=ANNA, customer="C-4")
    msg.set_content("Hej Anna!\n")
    assert guard.check_message(msg).action is Action.ALLOW
    assert guard.check_message(msg, customer_id="C-1").action is Action.BLOCK
    v = guard.check_message(msg, customer_id="C-4")
    assert v.customer_id == "C-4"


def test_the_customer_header_name_is_configurable(guard: Guard) -> None:
    msg = base(customer=None, X_Kund="C-1")
    msg.set_content("Hej!\n")
    assert guard.check_message(msg, customer_header="X-Kund").customer_id == "C-1"
    with pytest.raises(InputError, match="X-Customer-Id"):
        guard.check_message(msg)


@pytest.mark.parametrize("value", [None, "", "   "], ids=["absent", "empty", "blank"])
def test_a_message_without_a_customer_is_an_error_never_an_allow(guard: Guard,
                                                                  value: str | None) -> None:
    msg = base(customer=value)
    msg.set_content("Hej!\n")
    with pytest.raises(InputError, match="names no customer"):
        guard.check_message(msg)


def test_an_unknown_customer_raises_like_check(guard: Guard) -> None:
    msg = base(customer="C-404")
    msg.set_content("Hej!\n")
    with pytest.raises(UnknownCustomerError):
        guard.check_message(msg)


# --- broken input --------------------------------------------------------------------------

HEAD = f"From: order@butiken.se\nTo: {LINNEA}\nSubject: Order\nX-Customer-Id: C-1\nMIME-Version: 1.0\n"
BROKEN = [
    ("bad-base64", "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
                   "SGVqIQ=!!*\n"),
    ("unknown-charset", "Content-Type: text/plain; charset=x-klingon\n\nHej!\n"),
    ("unknown-cte", "Content-Type: text/plain\nContent-Transfer-Encoding: x-rot13\n\nHej!\n"),
    ("no-boundary", "Content-Type: multipart/mixed\n\nPassword: hunter22\n"),
    ("missing-start-boundary", 'Content-Type: multipart/mixed; boundary="b1"\n\nno parts here\n'),
    ("two-subjects", "Subject: second\n\nHej!\n"),
]


@pytest.mark.parametrize(("name", "rest"), BROKEN, ids=[n for n, _ in BROKEN])
def test_a_part_that_cannot_be_read_holds_the_message(guard: Guard, name: str, rest: str) -> None:
    v = guard.check_message((HEAD + rest).encode())
    failed = [f for f in v.verdict.findings if f.code == "check_failed"]
    assert failed and failed[0].check == "mime", v.explain()
    assert v.action >= Action.HOLD


@pytest.mark.parametrize("data", [b"", b"\n\nno headers", b"\x00\xff\xfe"])
def test_bytes_that_are_no_message_are_an_input_error(guard: Guard, data: bytes) -> None:
    with pytest.raises(InputError):
        guard.check_message(data)


def test_not_a_message_is_an_input_error(guard: Guard) -> None:
    with pytest.raises(InputError, match="EmailMessage or bytes"):
        guard.check_message("To: x@example.com\n\nhi")  # type: ignore[arg-type]


def test_parse_message_keeps_the_line_ending() -> None:
    raw = b"To: a@example.com\r\nSubject: x\r\n\r\nbody\r\n"
    msg = parse_message(raw)
    assert msg.as_bytes() == raw
    assert isinstance(MessageVerdict, type)
