"""MIME in, MIME out: `check_message` reads an `email.message.EmailMessage` (or the bytes of one),
checks it with `Guard.check`, and gives back the message with its secrets redacted.

What is read:

* recipients from To, Cc, Bcc (and Resent-To, Resent-Cc, Resent-Bcc, which ``smtplib`` delivers to
  when present), plus the SMTP envelope recipients when given: an envelope recipient that no header
  names is checked as a Bcc;
* the subject;
* every text/plain and text/html part at any nesting (inside multipart/* and message/rfc822), in
  any charset, 7bit, 8bit, binary, quoted-printable or base64. Parts of one type are joined with
  `PART_SEPARATOR` into the ``text`` / ``html`` field of the `OutboundEmail` that is checked, so a
  finding's `Location` counts characters in that joined text.

What is left alone: attachments (a part with ``Content-Disposition: attachment``, and everything
inside one, such as an attached message/rfc822) and every other content type. They are neither
scanned nor changed.

What comes out: a `MessageVerdict`. Its ``message`` is the very object passed in when nothing was
redacted (and ``as_bytes()`` the very bytes passed in, for `check_message` of bytes), so a message
without secrets goes out byte-identical. When something was redacted, the message is a copy in which
only the redacted parts' payloads (and the Subject header, if the subject held a secret) differ: the
structure, the other headers, the boundaries, the preamble and the attachments are as they were, and
a redacted part keeps its charset and its Content-Transfer-Encoding.

Headers are never rewritten from what the check read, so there is nothing to inject into: recipients
are read as the stdlib's header registry reads them (``email.policy.default``), an address header
that the registry cannot read cleanly, or that ``email.utils.getaddresses`` (what ``smtplib`` uses)
reads differently, is checked as its raw text and so becomes an ``invalid_address`` finding.

Broken input never raises out of here except as `InputError`: bytes that are no message, and a
message without a customer id (there is nothing to check it against; the caller must not send it).
A part that cannot be read (an unknown charset, undecodable base64, a multipart without its
boundary, an unknown transfer encoding) becomes a ``check_failed`` finding with ``check="mime"``,
which the policy turns into HOLD (``fail_closed``) or lets through (``fail_open``).
"""

from __future__ import annotations

import base64
import binascii
import codecs
import copy
import datetime as dt
import email.errors
import email.utils
import functools
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from email import policy as email_policy
from email.generator import BytesGenerator
from email.headerregistry import BaseHeader
from email.message import EmailMessage, Message
from email.parser import BytesParser
from typing import TYPE_CHECKING, Any

from pydantic import SecretStr, ValidationError

from misdirect.errors import InputError
from misdirect.models import Action, Finding, OutboundEmail, Verdict, _plain_email

if TYPE_CHECKING:
    from misdirect.guard import Guard

__all__ = [
    "DEFAULT_CUSTOMER_HEADER",
    "PART_SEPARATOR",
    "MessageVerdict",
    "check_message",
    "parse_message",
]

#: The header a message names its customer in, unless told otherwise.
DEFAULT_CUSTOMER_HEADER = "X-Customer-Id"

#: Joins the text of several parts of one type. The invisible separator (U+2063) lets the redacted
#: joined text be cut back into its parts exactly: no detector's marker contains it, so the count of
#: intact separators shows whether a redaction ran across a part boundary.
PART_SEPARATOR = "\n\n\u2063\n\n"

_ADDRESS_HEADERS = (("to", "to"), ("cc", "cc"), ("bcc", "bcc"),
                    ("resent-to", "to"), ("resent-cc", "cc"), ("resent-bcc", "bcc"))
_BODY_TYPES = {"text/plain": "text", "text/html": "html"}
_KNOWN_CTE = frozenset({"", "7bit", "8bit", "binary", "quoted-printable", "base64"})
# Defects after which a part's text is not what a mail client would show.
_BROKEN = (email.errors.NoBoundaryInMultipartDefect, email.errors.StartBoundaryNotFoundDefect,
           email.errors.MultipartInvariantViolationDefect,
           email.errors.InvalidMultipartContentTransferEncodingDefect)
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_READ_POLICY = email_policy.default


_PARSE_POLICIES = {sep: email_policy.default.clone(linesep=sep, refold_source="none")
                   for sep in ("\r\n", "\n")}
# A header line as the stdlib's feed parser takes it (its headerRE, without "From " and with a
# name of at least one character).
_HEADER_LINE = re.compile(r"[\041-\071\073-\176]+:")


def fast_parse(data: bytes, policy: email_policy.EmailPolicy) -> EmailMessage | None:
    """The message the stdlib's ``BytesParser(policy=policy)`` makes of ``data``, made without
    its line-by-line feed, for the common shape: ASCII headers ending in the message's own line
    ending, a blank line, and one body that is not multipart or message/*; None for anything
    else (which the stdlib parses). The body of a single part is kept as it came, as the feed
    parser keeps it. tests/integrations/test_mime_fastpath.py holds it to the stdlib."""
    sep = policy.linesep
    text = data.decode("ascii", "surrogateescape")
    end = text.find(sep + sep)
    if end < 0:
        return None
    head = text[:end]
    if not head.isascii() or head[:1] in (" ", "\t", "") or head.startswith("From "):
        return None
    # no other line break among the headers (the feed parser would break lines there)
    if sep == "\r\n":
        if head.count("\r") != head.count("\r\n") or head.count("\n") != head.count("\r\n"):
            return None
    elif "\r" in head:
        return None
    msg = EmailMessage(policy)
    lines: list[str] = []
    for line in head.split(sep):
        if line[:1] in (" ", "\t"):
            lines.append(line + sep)
            continue
        if _HEADER_LINE.match(line) is None:
            return None
        if lines:
            msg.set_raw(*policy.header_source_parse(lines))
        lines = [line + sep]
    msg.set_raw(*policy.header_source_parse(lines))
    if _maintype(msg) in ("multipart", "message"):
        return None
    msg.set_payload(text[end + 2 * len(sep):])
    return msg


def _maintype(msg: Message) -> str:
    """``msg.get_content_maintype()``, without the header registry for a plain Content-Type
    (the registry's parse of it is a fifth of the MIME work on a 2 KB message)."""
    values = [v for k, v in msg.raw_items() if k.lower() == "content-type"]
    fast = fast_content_type(values[0]) if len(values) == 1 else None
    if fast is not None and fast[0].count("/") == 1:
        return fast[0].split("/", 1)[0]
    return msg.get_content_maintype()


def parse_message(data: bytes) -> EmailMessage:
    """An `EmailMessage` from the bytes of an RFC 5322 message (an SMTP DATA payload, an .eml).

    Parsed with ``email.policy.default`` and its line ending, and without refolding source headers,
    so that the message serializes back to the same bytes. Raises `InputError` for bytes that
    hold no headers.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise InputError(f"parse_message takes bytes, not {type(data).__name__}")
    data = bytes(data)
    first_eol = data.find(b"\n")
    linesep = "\r\n" if first_eol > 0 and data[first_eol - 1:first_eol] == b"\r" else "\n"
    policy = _PARSE_POLICIES[linesep]
    fast = fast_parse(data, policy)
    if fast is not None:
        return fast
    try:
        msg = BytesParser(policy=policy).parsebytes(data)
    except Exception as e:  # the email package raises assorted errors on broken input
        raise InputError(f"cannot parse the message: {type(e).__name__}") from e
    if not isinstance(msg, EmailMessage) or not msg.keys():
        raise InputError("no headers found: this is not an RFC 5322 message")
    return msg


@dataclass(frozen=True)
class MessageVerdict:
    """The answer of `check_message`: the `Verdict` and the MIME message that may be sent."""

    verdict: Verdict
    #: The message with secrets redacted: the very object passed in when nothing was redacted.
    message: Message
    customer_id: str
    #: The addresses to deliver to: the envelope recipients when given, else every address of
    #: To, Cc and Bcc (and Resent-*), each once, in header order. Pass these to ``sendmail``.
    recipients: tuple[str, ...]
    #: True when ``message`` differs from the input (a part or the subject was redacted).
    redacted: bool = False
    #: The bytes to send, when known: the input bytes, or the redacted message serialized.
    _raw: bytes | None = field(default=None, repr=False)

    @property
    def action(self) -> Action:
        return self.verdict.action

    @property
    def allowed(self) -> bool:
        """True when the message may be sent (ALLOW or WARN)."""
        return self.verdict.allowed

    def codes(self) -> set[str]:
        return self.verdict.codes()

    def explain(self) -> str:
        return self.verdict.explain()

    def as_bytes(self) -> bytes:
        """The bytes to send: the input bytes themselves when nothing was redacted, else the
        redacted message serialized without refolding the headers it kept."""
        if self._raw is not None:
            return self._raw
        return _serialize(self.message)


# --- reading ---------------------------------------------------------------------------------


@dataclass
class _Body:
    """One text/plain or text/html part: where it is, how it is encoded, and its text."""

    path: tuple[int, ...]
    field: str
    codec: str
    cte: str
    text: str
    #: The payload held characters, not (escaped) bytes: write it back the same way.
    characters: bool = False


@dataclass
class _Reading:
    customer_id: str | None = None
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    bcc: list[str] = field(default_factory=list)
    #: Every address the headers deliver to, in order.
    addresses: list[str] = field(default_factory=list)
    subject: str = ""
    subjects: int = 0
    bodies: list[_Body] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: Address headers that cannot be trusted: (header name, raw value, why).
    unreadable: list[tuple[str, str, str]] = field(default_factory=list)
    #: Line breaks where a header value must not have one: (header name or "", what).
    injections: list[tuple[str, str]] = field(default_factory=list)
    sender: str | None = None
    message_id: str | None = None


# Fast paths. The header registry costs ~100 µs a header; nearly every header a service writes
# is plain ASCII in the simplest form, which these patterns read in a microsecond. Anything else
# (encoded words, comments, groups, quoting, RFC 2231 parameters, 8-bit bytes) takes the registry.
# tests/integrations/test_mime_fastpath.py holds each fast path to the stdlib with hypothesis.
_ATEXT = r"[A-Za-z0-9!#$%&*+/=?^_`{|}~-]"
_ADDR = rf"{_ATEXT}+(?:\.{_ATEXT}+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?" \
        r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
# An encoded word in a display name ("=?utf-8?q?Linnea_=C3=96berg?="): the fast path decodes it
# only to make sure it holds no control character (the registry refuses CR/LF there).
_EW = r"=\?[A-Za-z0-9_.:+-]+\?[QqBb]\?[A-Za-z0-9=_+/.!*-]*\?="
_WORD = rf"(?:[A-Za-z0-9]+|{_EW})"
_PHRASE = rf'(?:{_WORD}(?: {_WORD})*|"[A-Za-z0-9 .,@:;<>()\[\]-]*")'
_ENCODED_WORD = re.compile(r"=\?[^?]*\?([QqBb])\?([^?]*)\?=")
_CONTROL = re.compile(rb"[\x00-\x1f\x7f]")
_ITEM = rf"(?:({_ADDR})|{_PHRASE} ?<({_ADDR})>)"
_FAST_ADDRESS_ITEM = re.compile(rf" *{_ITEM} *")
_FAST_ADDRESS_LIST = re.compile(rf" *{_ITEM} *(?:, *{_ITEM} *)*")
# A header object's text (a message built in code) names people in their own letters: the
# registry rendered "Linnea Öberg <l@x.se>" from whatever was set, and reads it back as that.
_UNICODE_PHRASE = r"[^\W_]+(?: [^\W_]+)*"
_UNICODE_ITEM = rf"(?:({_ADDR})|{_UNICODE_PHRASE} <({_ADDR})>)"
_FAST_UNICODE_ITEM = re.compile(rf" *{_UNICODE_ITEM} *")
_FAST_UNICODE_LIST = re.compile(rf" *{_UNICODE_ITEM} *(?:, *{_UNICODE_ITEM} *)*")
_FAST_TEXT = re.compile(r"[\x20-\x7e\t]*")
_TOKEN = r"[A-Za-z0-9!#$%&'*+.^_`|~-]+"
_PNAME = r"[A-Za-z0-9!#$%&+.^_`|~-]+"  # a token without "*" and "'": no RFC 2231 parameters
_FAST_CTYPE = re.compile(
    rf" *({_TOKEN})/({_TOKEN}) *((?:; *{_PNAME}=(?:{_TOKEN}|\"[\x20\x21\x23-\x5b\x5d-\x7e]*\") *)*);? *")
_FAST_PARAM = re.compile(rf"; *({_PNAME})=({_TOKEN}|\"[^\"]*\")")
_FAST_TOKEN = re.compile(rf" *({_TOKEN}) *")
_FAST_TOKEN_PARAMS = re.compile(rf" *({_TOKEN}) *(?:;.*)?", re.DOTALL)


def _plain_value(value: object) -> str | None:
    """The text a fast path may read: a header value as parsed (a str), or the text of a header
    object that the registry made without a defect (a message built in code: what smtplib and
    the stdlib's own accessors read from it); None for anything else."""
    if type(value) is str:
        return value
    if isinstance(value, BaseHeader) and not value.defects:
        return str(value)
    return None


def fast_addresses(value: object) -> list[str] | None:
    """The addr-specs of a plain address list (``a@b.se, Name <c@d.se>``), or None when the value
    needs the registry. Agrees with ``email.policy.default`` and ``getaddresses`` where it answers."""
    plain = _plain_value(value)
    if plain is None:
        return None
    text = _FOLD.sub("", plain)
    if not text.isascii():
        if type(value) is str or _FAST_UNICODE_LIST.fullmatch(text) is None:
            return None
        return [a or b for a, b in _FAST_UNICODE_ITEM.findall(text)]
    if _FAST_ADDRESS_LIST.fullmatch(text) is None:
        return None
    if "=?" in text and not _encoded_words_are_plain(text):
        return None
    return [a or b for a, b in _FAST_ADDRESS_ITEM.findall(text)]


def _encoded_words_are_plain(text: str) -> bool:
    """Whether every encoded word decodes to bytes without a control character."""
    for kind, encoded in _ENCODED_WORD.findall(text):
        try:
            data = (binascii.a2b_qp(encoded.encode("ascii"), header=True) if kind in "Qq"
                    else binascii.a2b_base64(encoded.encode("ascii"), strict_mode=True))
        except (binascii.Error, ValueError):
            return False
        if _CONTROL.search(data):
            return False
    return True


def fast_text(value: object) -> str | None:
    """An unstructured header (Subject) without encoded words or 8-bit bytes, as the registry
    reads it; None when it needs the registry."""
    plain = _plain_value(value)
    if plain is None or "=?" in plain:
        return None
    text = _FOLD.sub("", plain)
    return text if _FAST_TEXT.fullmatch(text) else None


def fast_content_type(value: object) -> tuple[str, str | None] | None:
    """``(type/subtype, charset)`` of a plain Content-Type value, lower-cased; None when it needs
    the registry."""
    plain = _plain_value(value)
    if plain is None:
        return None
    m = _FAST_CTYPE.fullmatch(_FOLD.sub("", plain))
    if m is None:
        return None
    charset = None
    for name, val in _FAST_PARAM.findall(m.group(3)):
        if name.lower() == "charset" and charset is None:
            charset = val.strip('"').lower()
    return f"{m.group(1)}/{m.group(2)}".lower(), charset


def fast_token(value: object, *, params: bool = False) -> str | None:
    """A Content-Transfer-Encoding (one token) or, with ``params``, the disposition of a
    Content-Disposition (its first token), lower-cased."""
    plain = _plain_value(value)
    if plain is None:
        return None
    m = (_FAST_TOKEN_PARAMS if params else _FAST_TOKEN).fullmatch(_FOLD.sub("", plain))
    return m.group(1).lower() if m else None


class _Fields:
    """A part's headers read once: lower-case name -> ``[(name as written, stored value)]``."""

    __slots__ = ("by_name",)

    def __init__(self, part: Message) -> None:
        by_name: dict[str, list[tuple[str, Any]]] = {}
        for k, v in part.raw_items():
            by_name.setdefault(k.lower(), []).append((k, v))
        self.by_name = by_name

    def get(self, name: str) -> list[tuple[str, Any]]:
        return self.by_name.get(name, [])

    def texts(self, name: str) -> list[str]:
        """Every value of an unstructured header, as the registry reads it. A value that holds
        a CR or LF that is no folding (possible only in a message built in code, say with the
        compat32 policy) is returned with its line breaks: the registry would drop them, and the
        check must see them (``header_injection``)."""
        out: list[str] = []
        for key, value in self.get(name):
            fast = fast_text(value)
            if fast is None:
                unfolded = _FOLD.sub("", str(value))
                fast = unfolded if _has_line_break(unfolded) else None
            out.append(fast if fast is not None
                       else str(_READ_POLICY.header_fetch_parse(key, value)))
        return out


def _has_line_break(text: str) -> bool:
    return "\r" in text or "\n" in text


def _content_type(part: Message, fields: _Fields) -> tuple[str, str | None]:
    values = fields.get("content-type")
    if not values:
        return part.get_default_type(), None
    if len(values) == 1:
        fast = fast_content_type(values[0][1])
        if fast is not None and fast[0].count("/") == 1:
            return fast
    return part.get_content_type(), part.get_content_charset()


def _disposition(part: Message, fields: _Fields) -> str | None:
    values = fields.get("content-disposition")
    if not values:
        return None
    fast = fast_token(values[0][1], params=True) if len(values) == 1 else None
    return fast if fast is not None else part.get_content_disposition()


def _cte(part: Message, fields: _Fields) -> str:
    values = fields.get("content-transfer-encoding")
    if not values:
        return ""
    fast = fast_token(values[0][1]) if len(values) == 1 else None
    if fast is not None:
        return fast
    return str(part.get("content-transfer-encoding", "") or "").strip().lower()


def _addresses(key: str, value: Any) -> tuple[list[str], str | None]:
    """The addresses in one address header, and why it cannot be trusted, if it cannot: the
    registry refuses it or reports it invalid, or the older parser that ``smtplib`` uses reads
    other addresses from it (then nobody can say whom the message would reach)."""
    fast = fast_addresses(value)
    if fast is not None:
        return fast, None
    raw = _FOLD.sub("", str(value))
    if _has_line_break(raw):  # a message built in code: the registry would drop the break
        return [], "it holds a line break (header injection)"
    try:
        header = _READ_POLICY.header_fetch_parse(key, value)
        parsed = [_unescape(a.addr_spec) for a in header.addresses]
    except Exception as e:  # noqa: BLE001 - the registry raises on some hostile headers
        detail = "a line break in an encoded word" if "CR or LF" in str(e) else type(e).__name__
        return [], f"it cannot be parsed ({detail})"
    invalid = [d for d in header.defects
               if isinstance(d, email.errors.InvalidHeaderDefect)]
    if invalid:
        return parsed, f"it is not a valid address list ({str(invalid[0]).strip()})"
    legacy = [_unescape(a) for _n, a in email.utils.getaddresses([raw]) if a]
    if {a.lower() for a in legacy} != {a.lower() for a in parsed}:
        return parsed, "two mail parsers read different addresses in it"
    if not parsed and raw.strip() and not _is_empty_group(raw):
        return [], "it holds no address"
    return parsed, None


def _unescape(text: str) -> str:
    """8-bit header bytes (RFC 6532 UTF-8) come out of the parser as surrogate escapes."""
    if text.isascii():
        return text
    try:
        return text.encode("ascii", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return text


def _is_empty_group(raw: str) -> bool:
    """``undisclosed-recipients:;``: a group with no member, which delivers to nobody."""
    text = raw.strip()
    return text.endswith(";") and ":" in text and "@" not in text


def _read(msg: Message, customer_header: str) -> _Reading:
    r = _Reading()
    fields = _Fields(msg)
    ids = fields.texts(customer_header.lower())
    r.customer_id = ids[0].strip() or None if ids else None
    for name, fname in _ADDRESS_HEADERS:
        target: list[str] = getattr(r, fname)
        for key, value in fields.get(name):
            found, problem = _addresses(key, value)
            target.extend(found)
            r.addresses.extend(found)
            if problem is not None:
                r.unreadable.append((key, _FOLD.sub("", str(value)).strip(), problem))
                if "line break" in problem:
                    r.injections.append((key, "a line break"))
    subjects = fields.texts("subject")
    r.subjects = len(subjects)
    r.subject = subjects[0] if subjects else ""
    if len(subjects) > 1:
        r.problems.append(f"the message has {len(subjects)} Subject headers")
    # informational only: the raw values, never parsed (nothing reads them as addresses)
    froms = fields.get("from")
    r.sender = _FOLD.sub("", str(froms[0][1])).strip() or None if froms else None
    mids = fields.get("message-id")
    r.message_id = _FOLD.sub("", str(mids[0][1])).strip() or None if mids else None
    for path, part, pfields, ctype in _body_parts(msg, fields, (), r.problems):
        body = _read_body(path, part, pfields, ctype, r.problems)
        if body is not None:
            r.bodies.append(body)
    return r


def _body_parts(part: Message, fields: _Fields, path: tuple[int, ...], problems: list[str]
                ) -> Iterator[tuple[tuple[int, ...], Message, _Fields, tuple[str, str | None]]]:
    """The text/plain and text/html parts that are not attachments, depth first, with the path of
    indices that leads to each and its (content type, charset). Attachments and what is inside
    them are skipped."""
    if _disposition(part, fields) == "attachment":
        return
    broken = [d for d in part.defects if isinstance(d, _BROKEN)]
    if broken:
        problems.append(f"{_where(path)} is a broken multipart ({type(broken[0]).__name__})")
    payload = part._payload  # type: ignore[attr-defined]  # get_payload() would parse the CTE
    if isinstance(payload, list):
        for i, sub in enumerate(payload):
            if isinstance(sub, Message):
                yield from _body_parts(sub, _Fields(sub), (*path, i), problems)
        return
    content_type = _content_type(part, fields)
    ctype = content_type[0]
    if ctype in _BODY_TYPES:
        yield path, part, fields, content_type
    elif ctype.split("/", 1)[0] in ("multipart", "message") and not broken:
        problems.append(f"{_where(path)} ({ctype}) has no readable parts")


def _where(path: tuple[int, ...]) -> str:
    return "part " + ".".join(str(i + 1) for i in path) if path else "the message body"


@functools.lru_cache(maxsize=256)
def _lookup(charset: str) -> str | None:
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return None


def _codec(charset: str | None, path: tuple[int, ...], problems: list[str]) -> str:
    """The Python codec for the part's charset. No charset, or us-ascii (often wrong in practice:
    8-bit text labelled ascii), reads as UTF-8, which agrees with ASCII on every ASCII byte."""
    if not charset or charset in ("us-ascii", "ascii"):
        return "utf-8"
    name = _lookup(charset)
    if name is None:
        problems.append(f"{_where(path)} has an unknown charset")
        return "utf-8"
    return name


def _read_body(path: tuple[int, ...], part: Message, fields: _Fields,
               content_type: tuple[str, str | None], problems: list[str]) -> _Body | None:
    ctype, charset = content_type
    codec = _codec(charset, path, problems)
    cte = _cte(part, fields)
    if cte not in _KNOWN_CTE:
        problems.append(f"{_where(path)} has an unknown transfer encoding")
    # The stored payload itself: get_payload() would hand back 8-bit text already decoded (with
    # errors replaced), and the bytes are what the charset applies to.
    payload = part._payload  # type: ignore[attr-defined]
    if not isinstance(payload, str):
        if isinstance(payload, bytes):
            payload = payload.decode("ascii", "surrogateescape")
        else:
            problems.append(f"{_where(path)} has no text payload")
            return None
    try:
        raw, characters = _payload_bytes(payload, codec)
    except UnicodeError:
        problems.append(f"{_where(path)} cannot be encoded in its charset")
        raw, characters = payload.encode("utf-8", "surrogateescape"), True
    data = _decode_payload(raw, cte, path, problems)
    try:
        text = data.decode(codec, "replace")
    except Exception:  # noqa: BLE001 - a codec that fails even with errors="replace"
        problems.append(f"{_where(path)} cannot be decoded as its charset")
        text = data.decode("utf-8", "replace")
    return _Body(path, _BODY_TYPES[ctype], codec, cte, text, characters)


def _payload_bytes(payload: str, codec: str) -> tuple[bytes, bool]:
    """The bytes of a payload, and whether it held characters rather than bytes. A parsed
    message keeps 8-bit bytes as surrogate escapes; one built with ``set_content(cte="8bit")``
    keeps the text itself."""
    try:
        return payload.encode("ascii", "surrogateescape"), False
    except UnicodeEncodeError:
        return payload.encode(codec, "surrogateescape"), True


def _decode_payload(raw: bytes, cte: str, path: tuple[int, ...], problems: list[str]) -> bytes:
    if cte == "quoted-printable":
        return binascii.a2b_qp(raw)
    if cte == "base64":
        compact = b"".join(raw.split())
        try:
            return base64.b64decode(compact, validate=True)
        except (binascii.Error, ValueError):
            problems.append(f"{_where(path)} is not valid base64")
            try:
                return binascii.a2b_base64(compact + b"==")
            except binascii.Error:
                return raw
    return raw


# --- writing ---------------------------------------------------------------------------------


def _serialize(msg: Message) -> bytes:
    """The message's bytes, with the headers it kept as they came (no refolding)."""
    policy = msg.policy
    if isinstance(policy, email_policy.EmailPolicy):
        policy = policy.clone(refold_source="none")
    # the generator itself, as Message.as_bytes uses it: subclasses (Django's SafeMIME*)
    # override as_bytes without its policy argument
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=policy).flatten(msg)
    return out.getvalue()


def _serialize_redacted(msg: Message) -> bytes:
    """`_serialize`, for a message this module changed. The generator cannot write a preamble or
    epilogue that the parser decoded with replacement characters (8-bit junk before the first
    boundary): those, which no mail client shows, are written as ASCII instead."""
    try:
        return _serialize(msg)
    except UnicodeError:
        for part in msg.walk():
            for attr in ("preamble", "epilogue"):
                value = getattr(part, attr)
                if isinstance(value, str) and not value.isascii():
                    setattr(part, attr, value.encode("ascii", "replace").decode("ascii"))
        try:
            return _serialize(msg)
        except UnicodeError as e:
            raise InputError("the redacted message cannot be written back as MIME") from e


def _encode_payload(text: str, body: _Body, original: str) -> str:
    """The new payload of a redacted part: ``text`` in the part's charset and transfer
    encoding, with the original payload's line ending."""
    try:
        data = text.encode(body.codec, "replace")
    except Exception:  # noqa: BLE001 - encoders that refuse even with errors="replace"
        data = text.encode("utf-8", "replace")
    crlf = "\r\n" in original
    if body.cte == "base64":
        lines = base64.encodebytes(data).decode("ascii")
        return lines.replace("\n", "\r\n") if crlf else lines
    if body.cte == "quoted-printable":
        encoded = binascii.b2a_qp(data, istext=True).decode("ascii")
        if crlf and "\r\n" not in encoded:
            encoded = encoded.replace("\n", "\r\n")
        return encoded
    if body.characters:
        return text
    return data.decode("ascii", "surrogateescape")


def _part_at(msg: Message, path: tuple[int, ...]) -> Message:
    part = msg
    for i in path:
        payload = part.get_payload()
        assert isinstance(payload, list)
        sub = payload[i]
        assert isinstance(sub, Message)
        part = sub
    return part


def _split(joined: str, n: int) -> list[str] | None:
    """The redacted joined text cut back into ``n`` parts, or None when a redaction ran across a
    separator (the parts cannot be told apart exactly)."""
    if joined.count(PART_SEPARATOR) != n - 1 or joined.count("\u2063") != n - 1:
        return None
    return joined.split(PART_SEPARATOR)


# --- checking --------------------------------------------------------------------------------


def check_message(guard: Guard, msg: Message | bytes, *, customer_id: str | None = None,
                  recipients: Sequence[str] | None = None,
                  customer_header: str = DEFAULT_CUSTOMER_HEADER,
                  known_secrets: Sequence[str] = (), kind: str | None = None,
                  source: bytes | None = None,
                  at: dt.datetime | None = None) -> MessageVerdict:
    """Check a MIME message (or its bytes) with ``guard``; see the module docstring.

    ``at``: judge it against the directory as it was then (`Guard.check`'s ``at``).

    ``customer_id`` wins over the ``customer_header`` header. ``recipients`` are the SMTP
    envelope recipients, when the caller has them. ``source``: the bytes ``msg`` was parsed
    from (`parse_message`), for a caller that parsed them itself; the checks of the bytes (a
    bare CR or LF among the headers) then run, and an unredacted message comes out as these
    very bytes. Raises `InputError` for bytes that are not a message and for a message without
    a customer id, and what `Guard.check` raises (`UnknownCustomerError` for an id that is not
    on record).
    """
    raw: bytes | None = bytes(source) if source is not None else None
    if isinstance(msg, bytes | bytearray | memoryview):
        raw = bytes(msg)
        msg = parse_message(raw)
    elif not isinstance(msg, Message):
        raise InputError(f"check_message takes an EmailMessage or bytes, not {type(msg).__name__}")
    try:
        reading = _read(msg, customer_header)
    except InputError:
        raise
    except Exception as e:  # the email package on input nobody foresaw: a clear error
        raise InputError(f"cannot read the message: {type(e).__name__}") from e
    if raw is not None:
        bare = _bare_line_break(raw)
        if bare is not None:
            reading.injections.append(("", bare))
    cid = customer_id if customer_id is not None else reading.customer_id
    if not cid or not cid.strip():
        raise InputError(f"the message names no customer: pass customer_id or set the "
                         f"{customer_header} header")
    cid = cid.strip()

    deliver: list[str] = []
    seen: set[str] = set()
    for a in reading.addresses:
        if a.lower() not in seen:
            seen.add(a.lower())
            deliver.append(a)
    bcc = list(reading.bcc)
    if recipients is not None:
        envelope = [str(r) for r in recipients]
        header_keys = {a.lower() for a in reading.addresses}
        bcc.extend(r for r in envelope if r.lower() not in header_keys)
        deliver = envelope

    texts = [b.text for b in reading.bodies if b.field == "text"]
    htmls = [b.text for b in reading.bodies if b.field == "html"]
    separator_inside = any("\u2063" in t for t in texts + htmls)
    fields = {"customer_id": cid, "to": reading.to, "cc": reading.cc, "bcc": bcc,
              "subject": reading.subject, "text": PART_SEPARATOR.join(texts) if texts else None,
              "html": PART_SEPARATOR.join(htmls) if htmls else None, "kind": kind,
              "sender": reading.sender, "message_id": reading.message_id}
    # the model without pydantic's validation when every field is already what it would make
    email = _plain_email(fields) if not known_secrets else None
    if email is None:
        try:
            email = OutboundEmail(**fields,
                                  known_secrets=[SecretStr(str(k)) for k in known_secrets])
        except ValidationError as e:
            raise InputError(f"the message cannot be checked: {e.error_count()} invalid "
                             f"fields") from None
    verdict = guard.check(email) if at is None else guard.check(email, at=at)
    problems = list(reading.problems)

    out = verdict.message
    redacted_subject = out.subject != email.subject
    new_text: dict[str, list[str]] = {}
    for fname, originals in (("text", texts), ("html", htmls)):
        now = getattr(out, fname)
        if not originals or now == getattr(email, fname):
            continue
        parts = None if separator_inside else _split(now, len(originals))
        if parts is None:
            problems.append(f"a redaction in the {fname} parts could not be mapped back to them")
            parts = [_redact_alone(guard, email, fname, t) for t in originals]
        new_text[fname] = parts

    if problems or reading.unreadable or reading.injections:
        verdict = _with_findings(guard, verdict, problems, reading.unreadable,
                                 reading.injections)
    if not redacted_subject and not new_text:
        return MessageVerdict(verdict, msg, cid, tuple(deliver), False, raw)

    result = copy.deepcopy(msg)
    if redacted_subject:
        # A subject with CR or LF never gets here as a header: the registry refuses it, and the
        # verdict already blocks it. The held copy shows it on one line.
        result.replace_header("Subject", " ".join(out.subject.splitlines()))
    counters = {"text": 0, "html": 0}
    for body in reading.bodies:
        i = counters[body.field]
        counters[body.field] += 1
        if body.field not in new_text or new_text[body.field][i] == body.text:
            continue
        part = _part_at(result, body.path)
        original = part._payload  # type: ignore[attr-defined]
        assert isinstance(original, str)
        part.set_payload(_encode_payload(new_text[body.field][i], body, original))
    return MessageVerdict(verdict, result, cid, tuple(deliver), True, _serialize_redacted(result))


def _redact_alone(guard: Guard, email: OutboundEmail, fname: str, text: str) -> str:
    """One part redacted on its own (when the joined redaction cannot be cut back)."""
    try:
        single = email.model_copy(update={"text": None, "html": None, fname: text, "subject": ""})
        scan = guard._scan(single)
        redacted = getattr(scan.message, fname)
        return redacted if isinstance(redacted, str) else text
    except Exception:  # noqa: BLE001 - the finding added by the caller already holds it
        return text


_CRLF_BARE = re.compile(rb"\r(?!\n)|(?<!\r)\n")


def _bare_line_break(raw: bytes) -> str | None:
    """What is wrong when the header section of the message bytes holds a line break that is
    not the message's own line ending: a bare CR or LF in a CRLF message, a CR in an LF one.
    Mail programs disagree on whether it ends a header line (Python's parser and Postfix say
    yes, others no), so a ``Bcc:`` after it is a header to some and subject text to others."""
    first_eol = raw.find(b"\n")
    if first_eol > 0 and raw[first_eol - 1:first_eol] == b"\r":
        end = raw.find(b"\r\n\r\n")
        head = raw if end < 0 else raw[:end]
        m = _CRLF_BARE.search(head)
        if m is None:
            return None
        return "a bare CR" if m.group() == b"\r" else "a bare LF"
    end = raw.find(b"\n\n")
    head = raw if end < 0 else raw[:end]
    return "a CR" if b"\r" in head else None


def _with_findings(guard: Guard, verdict: Verdict, problems: list[str],
                   unreadable: list[tuple[str, str, str]],
                   injections: Sequence[tuple[str, str]] = ()) -> Verdict:
    """The verdict with what the MIME reading found: an ``invalid_address`` finding per address
    header that cannot be trusted, and a ``check_failed`` finding (check ``mime``) for the parts
    that could not be read. The action becomes at least what the policy gives those codes."""
    policy = guard.policy
    added: list[Finding] = []
    for name, what in injections:
        where = f"The {name} header" if name else "The header section"
        added.append(Finding(
            code="header_injection", check="mime",
            explanation=f"{where} holds {what} that is not the end of a header line: in the "
                        f"message as sent it may start a new header line (header injection), "
                        f"and mail programs disagree on where the headers are."))
    for name, raw, why in unreadable:
        shown = raw if len(raw) <= 320 else raw[:80] + "…"
        added.append(Finding(
            code="invalid_address", check="mime", recipient=shown,
            explanation=f"The {name} header cannot be trusted: {why}, so nobody can say whom "
                        f"the message would reach."))
    if problems:
        added.append(Finding(
            code="check_failed", check="mime",
            explanation=("The message could not be fully read (" + "; ".join(problems[:5])
                         + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
                         + "), so the message could not be fully checked.")))
    action = verdict.action
    reasons = list(verdict.reasons)
    recipient_actions = dict(verdict.recipient_actions)
    for f in added:
        a = policy.action_for(f.code)
        if f.recipient is not None:
            recipient_actions[f.recipient] = max(a, recipient_actions.get(f.recipient, a))
        if a > Action.ALLOW:
            reasons.append(f"{a.value.upper()} because {f.code}: {f.explanation}")
        action = max(action, a)
    return verdict.model_copy(update={"findings": [*verdict.findings, *added], "action": action,
                                      "reasons": reasons, "recipient_actions": recipient_actions})
