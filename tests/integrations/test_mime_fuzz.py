"""Hypothesis over MIME: random structures, charsets and transfer encodings, then broken bytes.

Properties: `check_message` never raises anything but `InputError` / `UnknownCustomerError`; a
message it did not redact comes out as the very bytes it went in as; a redacted one still parses,
its attachments are byte for byte what they were, and the planted password is gone from every
body part.
"""

from __future__ import annotations

import email
import email.policy
import html
from email.message import EmailMessage, Message

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from misdirect import Customer, Directory, Guard, InputError, UnknownCustomerError

SECRET = "Tulip-Harbor9"
SECRET_LINE = f"\nYour password: {SECRET}\n"
CHARSETS = ["utf-8", "iso-8859-1", "windows-1252", "utf-16", "koi8-r", "shift_jis", "iso-2022-jp",
            "us-ascii"]
CTES = ["7bit", "8bit", "quoted-printable", "base64"]

_directory = Directory.connect("sqlite://")
_directory.upsert([Customer(id="C-1", full_name="Linnea Öberg",
                            emails=["linnea.oberg1987@comhem.se"])])
GUARD = Guard(_directory)


def _encodable(text: str, charset: str) -> str:
    return text.encode(charset, "ignore").decode(charset)


@st.composite
def body_leaf(draw: st.DrawFn) -> EmailMessage:
    charset = draw(st.sampled_from(CHARSETS))
    cte = draw(st.sampled_from(CTES))
    subtype = draw(st.sampled_from(["plain", "html"]))
    text = _encodable(draw(st.text(max_size=120)), charset)
    if draw(st.booleans()):
        text += SECRET_LINE
    if subtype == "html":
        # escaped: random "<?" or "<!--" would hide the planted line from a reader (and the scan)
        text = f"<p>{html.escape(text, quote=False)}</p>"
    part = EmailMessage()
    try:
        part.set_content(text, subtype=subtype, charset=charset, cte=cte)
    except (ValueError, UnicodeError):  # 7bit for non-ASCII text, over-long lines: not a message
        assume(False)
    if draw(st.booleans()):
        part["Content-Disposition"] = "inline"
    return part


@st.composite
def attachment_leaf(draw: st.DrawFn) -> EmailMessage:
    part = EmailMessage()
    if draw(st.booleans()):
        part.set_content(draw(st.binary(max_size=80)) + SECRET.encode(), maintype="application",
                         subtype="octet-stream", filename="blob.bin")
    else:
        part.set_content(f"notes{SECRET_LINE}", filename="notes.txt", disposition="attachment")
    return part


def _tree(children: st.SearchStrategy[list[EmailMessage]]) -> st.SearchStrategy[EmailMessage]:
    @st.composite
    def build(draw: st.DrawFn) -> EmailMessage:
        kind = draw(st.sampled_from(["mixed", "alternative", "related", "rfc822"]))
        if kind == "rfc822":
            inner = draw(children)[0]
            outer = EmailMessage()
            wrapped = EmailMessage()
            wrapped["Subject"] = "forwarded"
            _adopt(wrapped, inner)
            outer.set_content(wrapped, disposition=draw(st.sampled_from(["inline", "attachment"])))
            return outer
        node = EmailMessage()
        node.set_type(f"multipart/{kind}")
        for child in draw(children):
            node.attach(child)
        # a boundary of our own: the generator would draw one from `random`
        node.set_boundary(f"=_b{draw(st.integers(0, 10**9))}_=")
        return node

    return build()


def _adopt(target: EmailMessage, source: EmailMessage) -> None:
    for k, v in source.items():
        if k.lower() not in {name.lower() for name in target}:
            target[k] = v
    target.set_payload(source.get_payload())


def _parts(leaf: st.SearchStrategy[EmailMessage]) -> st.SearchStrategy[EmailMessage]:
    return st.recursive(leaf, lambda kids: _tree(st.lists(kids, min_size=1, max_size=3)),
                        max_leaves=5)


@st.composite
def messages(draw: st.DrawFn) -> bytes:
    body = draw(_parts(st.one_of(body_leaf(), body_leaf(), attachment_leaf())))
    msg = EmailMessage()
    msg["From"] = "order@butiken.se"
    msg["To"] = "Linnea Öberg <linnea.oberg1987@comhem.se>"
    msg["Subject"] = draw(st.sampled_from(["Din order", "Tilaus 4471", "PIN 4821", "Ärende"]))
    msg["X-Customer-Id"] = "C-1"
    _adopt(msg, body)
    linesep = draw(st.sampled_from(["\n", "\r\n"]))
    try:
        return msg.as_bytes(policy=email.policy.default.clone(linesep=linesep))
    except UnicodeError:  # the stdlib cannot write some 8bit charset parts: not a message
        assume(False)
        raise


def _attachments(msg: Message) -> list[bytes]:
    out: list[bytes] = []
    for part in msg.walk():
        if part.is_attachment():
            # the root's own headers hold the subject, which may be redacted: compare its body
            out.append(part.get_payload(decode=True) if part is msg else part.as_bytes())
    return out


def _bodies(msg: Message) -> list[str]:
    out: list[str] = []

    def walk(part: Message) -> None:
        if part.is_attachment():
            return
        payload = part.get_payload()
        if isinstance(payload, list):
            for p in payload:
                walk(p)
        elif part.get_content_type() in ("text/plain", "text/html"):
            out.append(part.get_content())  # type: ignore[attr-defined]

    walk(msg)
    return out


FUZZ = settings(max_examples=120, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


@FUZZ
@given(raw=messages())
def test_well_formed_messages_round_trip_and_lose_the_secret(raw: bytes) -> None:
    v = GUARD.check_message(raw)
    original = email.message_from_bytes(raw, policy=email.policy.default)
    if not v.redacted:
        assert v.as_bytes() == raw
        assert all(SECRET not in b for b in _bodies(original))
        return
    out = email.message_from_bytes(v.as_bytes(), policy=email.policy.default)
    assert _attachments(out) == _attachments(original)
    assert out.get_content_type() == original.get_content_type()
    assert [p.get_content_type() for p in out.walk()] == [p.get_content_type()
                                                           for p in original.walk()]
    assert [p.get_content_charset() for p in out.walk()] == [p.get_content_charset()
                                                              for p in original.walk()]
    assert all(SECRET not in b for b in _bodies(out))


@st.composite
def broken(draw: st.DrawFn) -> bytes:
    raw = bytearray(draw(messages()))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "drop_line"]))
        if not raw:
            break
        i = draw(st.integers(0, len(raw) - 1))
        if op == "flip":
            raw[i] = draw(st.integers(0, 255))
        elif op == "cut":
            del raw[i:]
        elif op == "insert":
            raw[i:i] = draw(st.sampled_from([b"\n", b"\r", b"=", b"--", b"\x00", b"=?utf-8?q?",
                                             b"\nContent-Type: multipart/mixed\n", b"\xff\xfe"]))
        else:
            end = raw.find(b"\n", i)
            del raw[i:end if end >= 0 else len(raw)]
    return bytes(raw)


@FUZZ
@given(raw=broken())
def test_broken_messages_give_a_verdict_or_a_clear_error(raw: bytes) -> None:
    try:
        v = GUARD.check_message(raw)
    except (InputError, UnknownCustomerError) as e:
        assert str(e)
        return
    if not v.redacted:
        assert v.as_bytes() == raw
    else:
        assert email.message_from_bytes(v.as_bytes(), policy=email.policy.default) is not None


@pytest.mark.parametrize("charset", CHARSETS)
def test_every_fuzzed_charset_is_read(charset: str) -> None:
    msg = EmailMessage()
    msg["To"] = "linnea.oberg1987@comhem.se"
    msg["X-Customer-Id"] = "C-1"
    msg.set_content(f"Hello{SECRET_LINE}", charset=charset, cte="base64")
    v = GUARD.check_message(msg)
    assert v.redacted and "secret_in_body" in v.codes()
    assert all(SECRET not in b for b in _bodies(v.message))
