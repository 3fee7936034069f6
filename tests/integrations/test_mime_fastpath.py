"""The MIME reader's fast header paths agree with the stdlib wherever they answer.

Each fast path (`misdirect.mime.fast_*`) either returns None (the value takes the header registry)
or exactly what ``email.policy.default`` (and, for addresses, ``email.utils.getaddresses``, which
``smtplib`` uses) reads from the same value.
"""

from __future__ import annotations

import base64
import email.utils
from email import policy as email_policy
from email.message import EmailMessage

from hypothesis import given, settings
from hypothesis import strategies as st

from misdirect.mime import fast_addresses, fast_content_type, fast_text, fast_token

POLICY = email_policy.default

atom = st.text("abcxyzABC019.-_+'=!#$%&*/?^`{|}~", min_size=1, max_size=8)
label = st.text("abcz09-", min_size=1, max_size=6)
address = st.builds(lambda local, d, t: f"{local}@{d}.{t}", atom, label, st.sampled_from(["se", "fi", "com"]))
encoded_word = st.builds(
    lambda cs, kind, data: f"=?{cs}?{kind}?" + (
        base64.b64encode(data).decode() if kind in "bB"
        else "".join(f"={b:02X}" if b < 33 or b > 126 or chr(b) in "=?_ " else chr(b)
                     for b in data)) + "?=",
    st.sampled_from(["utf-8", "iso-8859-1", "x-unknown"]), st.sampled_from("qQbB"),
    st.binary(max_size=8))
name = st.one_of(st.text("abc XYZ09", max_size=10),
                 st.lists(st.one_of(encoded_word, st.text("abc", min_size=1, max_size=4)),
                          min_size=1, max_size=3).map(" ".join),
                 st.text('abc ,.@:;<>()[]-"\\', max_size=10).map(lambda s: f'"{s}"'))
item = st.one_of(address, st.builds(lambda n, a: f"{n} <{a}>", name, address),
                 st.builds(lambda n, a: f"{n}<{a}>", name, address))
junk = st.sampled_from(["", " ", ",", ";", "(x)", "=?utf-8?q?x?=", "\r\n ", "\t", "<", ">", "\"",
                        "group:", ":;", "\\", "@", "ä", "\x00"])
address_list = st.builds(lambda items, seps, extra: "".join(
    i + s for i, s in zip(items, seps, strict=False)) + extra,
    st.lists(item, min_size=1, max_size=3), st.lists(st.sampled_from([", ", ",", " , ", ","]),
                                                    min_size=3, max_size=3), junk)


def _registry_addresses(value: str) -> list[str] | None:
    try:
        header = POLICY.header_fetch_parse("To", value)
    except Exception:  # noqa: BLE001
        return None
    if any(isinstance(d, email.errors.InvalidHeaderDefect) for d in header.defects):
        return None
    return [a.addr_spec for a in header.addresses]


@settings(max_examples=600, deadline=None)
@given(value=st.one_of(address_list, st.text(max_size=40)))
def test_fast_addresses_agree_with_both_stdlib_parsers(value: str) -> None:
    fast = fast_addresses(value)
    if fast is None:
        return
    assert fast == _registry_addresses(value)
    assert [a for _n, a in email.utils.getaddresses([value]) if a] == fast


def test_fast_addresses_answers_the_common_forms() -> None:
    assert fast_addresses("linnea.oberg1987@comhem.se") == ["linnea.oberg1987@comhem.se"]
    assert fast_addresses('"Öberg, Linnea" <l@x.se>') is None  # non-ASCII: the registry
    assert fast_addresses('"Oberg, Linnea" <l@x.se>, Anna Svensson <a@t.com>') == ["l@x.se",
                                                                                "a@t.com"]
    assert fast_addresses("=?utf-8?q?Linnea_=C3=96berg?= <l@x.se>") == ["l@x.se"]
    assert fast_addresses("=?utf-8?q?Linnea=0D=0ABcc=3A_x=40y=2Ez?= <l@x.se>") is None
    assert fast_addresses("a@b.se (comment)") is None


@settings(max_examples=400, deadline=None)
@given(value=st.one_of(st.text(st.characters(min_codepoint=0, max_codepoint=0x7f), max_size=30),
                       st.text(max_size=20)))
def test_fast_text_agrees_with_the_registry(value: str) -> None:
    fast = fast_text(value)
    if fast is None:
        return
    assert fast == str(POLICY.header_fetch_parse("Subject", value))


token = st.text("abcTXZ019-+.", min_size=1, max_size=8)
param_value = st.one_of(token, st.text("abc 019-=;/", max_size=8).map(lambda s: f'"{s}"'))
ctype = st.builds(lambda m, s, ps, tail: f"{m}/{s}" + "".join(f"; {k}={v}" for k, v in ps) + tail,
                  st.sampled_from(["text", "TEXT", "multipart", "application"]),
                  st.sampled_from(["plain", "html", "HTML", "mixed", "x-foo"]),
                  st.lists(st.tuples(st.sampled_from(["charset", "CHARSET", "boundary", "name",
                                                      "format"]), param_value), max_size=3),
                  st.sampled_from(["", ";", " ", "\r\n\t;x=y", "; charset*=utf-8''x"]))


@settings(max_examples=600, deadline=None)
@given(value=st.one_of(ctype, st.text(max_size=30)))
def test_fast_content_type_agrees_with_the_stdlib(value: str) -> None:
    fast = fast_content_type(value)
    if fast is None:
        return
    msg = EmailMessage()
    msg._headers.append(("Content-Type", value))  # type: ignore[attr-defined] # as parsed
    assert fast == (msg.get_content_type(), msg.get_content_charset())


@settings(max_examples=400, deadline=None)
@given(value=st.one_of(st.builds(lambda t, tail: t + tail, token,
                                 st.sampled_from(["", " ", "; filename=x.pdf", ";", " ;x"])),
                       st.text(max_size=20)))
def test_fast_token_agrees_with_the_stdlib(value: str) -> None:
    msg = EmailMessage()
    msg._headers.append(("Content-Disposition", value))  # type: ignore[attr-defined]
    msg._headers.append(("Content-Transfer-Encoding", value))  # type: ignore[attr-defined]
    disposition = fast_token(value, params=True)
    if disposition is not None:
        assert disposition == msg.get_content_disposition()
    cte = fast_token(value)
    if cte is not None:
        assert cte == str(msg.get("content-transfer-encoding")).strip().lower()


# A message built in code stores header objects; the fast paths read their text (what smtplib
# and the stdlib's accessors read), names in any script included, and only when the registry
# parsed the value without a defect.
unicode_name = st.lists(st.text(st.characters(categories=("L", "N")), min_size=1, max_size=6),
                        min_size=1, max_size=3).map(" ".join)
built_item = st.one_of(address, st.builds(lambda n, a: f"{n} <{a}>",
                                          st.one_of(unicode_name, name), address))
built_list = st.builds(lambda items, extra: ", ".join(items) + extra,
                       st.lists(built_item, min_size=1, max_size=3), junk)


@settings(max_examples=600, deadline=None)
@given(value=built_list)
def test_fast_addresses_of_a_header_object_agree_with_its_addresses(value: str) -> None:
    msg = EmailMessage()
    try:
        msg["To"] = value
    except Exception:  # noqa: BLE001 - the registry refuses it (or trips): nothing to read
        return
    header = msg["To"]
    fast = fast_addresses(header)
    if fast is None:
        return
    assert not header.defects
    assert fast == [a.addr_spec for a in header.addresses]
    assert [a for _n, a in email.utils.getaddresses([str(header)]) if a] == fast


@settings(max_examples=300, deadline=None)
@given(subject=st.text(max_size=30), ctype=ctype)
def test_fast_text_and_content_type_of_header_objects(subject: str, ctype: str) -> None:
    msg = EmailMessage()
    try:
        msg["Subject"] = subject
        msg["Content-Type"] = ctype
    except Exception:  # noqa: BLE001 - the registry refuses it (or trips)
        return
    text = fast_text(msg["Subject"])
    if text is not None:
        assert text == str(msg["Subject"])
    fast = fast_content_type(msg["Content-Type"])
    if fast is not None:
        assert fast == (msg.get_content_type(), msg.get_content_charset())


# --- parse_message's fast parse: the very message the stdlib's feed parser makes ---------------

header_name = st.one_of(st.sampled_from(["To", "Subject", "Content-Type", "X-Customer-Id",
                                         "From", "Content-Transfer-Encoding", "MIME-Version"]),
                        st.text("abcXY-_:;!~ ", min_size=0, max_size=6))
header_value = st.one_of(
    st.sampled_from(["text/plain; charset=utf-8", "multipart/mixed; boundary=x",
                     "message/rfc822", "text/html", "quoted-printable", "a@b.se",
                     "=?utf-8?q?Hej?=", "", " ", "a\r\n b", "a\n\tb", "a\rb", "a\nb", "ä"]),
    st.text("abc @<>:;,=?\t", max_size=12))
header_line = st.builds(lambda n, v: f"{n}: {v}", header_name, header_value)
raw_line = st.sampled_from(["From someone@example Thu Dec  3 12:00:00 2026", " continued",
                            "\tcontinued", "no colon here", ":empty name", "From: a@b.se",
                            "From x: y"])
body = st.one_of(st.text(st.characters(max_codepoint=0x2ff), max_size=60),
                 st.sampled_from(["", "Hej\r\n", "--x\r\nContent-Type: text/plain\r\n\r\nhi\r\n--x--\r\n",
                                  "line\rbare", "\r\n\r\n"]))


@settings(max_examples=800, deadline=None)
@given(lines=st.lists(st.one_of(header_line, raw_line), min_size=1, max_size=6),
       payload=body, sep=st.sampled_from(["\r\n", "\n"]), blank=st.booleans())
def test_fast_parse_makes_the_message_the_stdlib_makes(lines: list[str], payload: str, sep: str,
                                                       blank: bool) -> None:
    from email.parser import BytesParser

    from misdirect.mime import _PARSE_POLICIES, fast_parse

    data = (sep.join(lines) + sep + (sep if blank else "") + payload).encode("utf-8")
    policy = _PARSE_POLICIES[sep]
    fast = fast_parse(data, policy)
    if fast is None:
        return
    slow = BytesParser(policy=policy).parsebytes(data)
    assert fast._headers == slow._headers  # type: ignore[attr-defined]
    assert fast._payload == slow._payload  # type: ignore[attr-defined]
    assert fast.defects == slow.defects == []
    assert fast.get_unixfrom() == slow.get_unixfrom()
    assert (fast.preamble, fast.epilogue) == (slow.preamble, slow.epilogue)
    assert fast.as_bytes() == slow.as_bytes()


def test_fast_parse_answers_the_common_shape_and_leaves_the_rest() -> None:
    from misdirect.mime import _PARSE_POLICIES, fast_parse

    crlf = _PARSE_POLICIES["\r\n"]
    assert fast_parse(b"To: a@b.se\r\nSubject: Hej\r\n\r\nHej!\r\n", crlf) is not None
    for data in (b"To: a@b.se\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x--\r\n",
                 b"From a@b Thu Dec  3 2026\r\nTo: a@b.se\r\n\r\nx", b"To: a@b.se\r\n",
                 b"To: a@b.se\r\nSubject: a\rBcc: c@d.se\r\n\r\nx", b"To: \xc3\xa4@b.se\r\n\r\nx"):
        assert fast_parse(data, crlf) is None, data
