"""Parse addresses once, at the edge, and reduce them to mailbox keys.

A *mailbox key* is what a provider delivers to: two addresses with the same key reach the same inbox.
Everything inside misdirect compares keys, never raw strings:

* the domain is lower-cased and put in its IDNA (ASCII) form, so ``bücher.de`` and ``xn--bcher-kva.de``
  are one domain;
* the local part is Unicode NFC and lower-cased (no provider we know of delivers by case);
* ``googlemail.com`` is ``gmail.com``, and Gmail ignores dots in the local part;
* a ``+tag`` is dropped at providers that deliver ``name+tag@`` to ``name@`` (Gmail, Microsoft, Apple,
  Proton, Fastmail, ...), or everywhere when ``plus_everywhere=True``.

Two entry points, for two kinds of text:

* `parse_recipient` reads a recipient of a message the way a mail header is read (the stdlib's
  ``email.headerregistry`` is the reference): one string is one mailbox, or it is invalid. A list
  (``,`` ``;``), a folded line, group syntax, a control character or whitespace around it is never
  reduced to one of its addresses, because the mailer would deliver to all of them.
* `parse_address` reads an address *on record* (what a CRM exported): lenient about a display name
  and surrounding whitespace, because a record is compared, never sent to as written.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from dataclasses import dataclass
from email.errors import NonASCIILocalPartDefect
from email.headerregistry import Address, AddressHeader
from email.utils import getaddresses, parseaddr

from email_validator import EmailNotValidError, validate_email

__all__ = [
    "LINE_BREAKS",
    "MAX_ADDRESS_LENGTH",
    "InvalidAddress",
    "ParsedAddress",
    "clean_paste_debris",
    "lookalike_skeleton",
    "mailbox_key",
    "mask_address",
    "parse_address",
    "parse_recipient",
    "scripts_of",
]

#: RFC 5321 limits a forward path to 256 octets including the angle brackets.
MAX_ADDRESS_LENGTH = 254

_GMAIL_DOMAINS = frozenset({"gmail.com", "googlemail.com"})
# Providers that deliver local+tag@domain to local@domain.
_PLUS_DOMAINS = frozenset({
    "gmail.com", "googlemail.com",
    "outlook.com", "hotmail.com", "live.com", "msn.com", "passport.com",
    "hotmail.co.uk", "hotmail.fi", "hotmail.se", "hotmail.no", "hotmail.dk", "hotmail.de",
    "hotmail.fr", "hotmail.it", "hotmail.es", "hotmail.nl", "live.se", "live.dk", "live.no",
    "live.fi", "live.de", "live.co.uk", "live.nl", "outlook.de", "outlook.fr", "outlook.es",
    "outlook.dk", "outlook.com.au", "outlook.it",
    "icloud.com", "me.com", "mac.com",
    "proton.me", "protonmail.com", "protonmail.ch", "pm.me",
    "fastmail.com", "fastmail.fm", "posteo.de", "mailbox.org", "zoho.com", "hey.com",
})


#: Characters that end a line for ``str.splitlines`` and so for the email package's header
#: policies: CR, LF, VT, FF, FS, GS, RS, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. In a header
#: value any of them can start a new header line (header injection).
LINE_BREAKS = frozenset("\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029")


class InvalidAddress(ValueError):
    """Not a valid address. ``reason`` is readable; ``suggestion`` is a cleaned form that is valid.

    ``others``: for a string that holds several addresses, the ones after the first, so that a
    finding can name them (masked). ``line_break``: the string holds a line break (CR, LF, ...),
    which in a header is header injection.
    """

    def __init__(self, raw: str, reason: str, suggestion: str | None = None, *,
                 others: tuple[str, ...] = (), line_break: bool = False) -> None:
        self.raw = raw
        self.reason = reason
        self.suggestion = suggestion
        self.others = others
        self.line_break = line_break
        super().__init__(reason)


@dataclass(frozen=True, slots=True)
class ParsedAddress:
    """A valid address and its mailbox key."""

    #: The address as the message carries it (display name and whitespace removed).
    address: str
    local: str
    #: Unicode domain, lower case.
    domain: str
    ascii_domain: str
    #: Canonical mailbox key, ``key_local@key_domain``.
    key: str
    key_local: str
    key_domain: str
    #: Letters of more than one script, or non-Latin letters that imitate Latin ones.
    lookalike: bool = False
    #: The display name of a recipient (`parse_recipient`), as the header parser read it.
    display_name: str = ""
    #: The mailbox as a header should carry it: ``address``, or the display name re-rendered
    #: (quoted where needed) and ``<address>``. `parse_address` drops display names: ``address``.
    formatted: str = ""

    @property
    def base_label(self) -> str:
        """The label left of the public suffix, roughly: ``comhem`` in ``comhem.se``."""
        return registrable_label(self.key_domain)


_DEBRIS = " \t\r\n,;:.<>\"'()[]`´"


def clean_paste_debris(raw: str) -> str:
    """What is left when the punctuation that copy and paste drags along is taken off."""
    s = raw.strip()
    if s.lower().startswith("mailto:"):
        s = s[7:]
    return s.strip(_DEBRIS)


def _canonical_local(local: str, ascii_domain: str, plus_everywhere: bool) -> tuple[str, str]:
    domain = "gmail.com" if ascii_domain in _GMAIL_DOMAINS else ascii_domain
    key_local = unicodedata.normalize("NFC", local).lower()
    if (plus_everywhere or domain in _PLUS_DOMAINS) and "+" in key_local[1:]:
        key_local = key_local[: key_local.index("+", 1)]
    if domain == "gmail.com":
        key_local = key_local.replace(".", "")
    # Removing a dot or a tag can join a letter and a combining mark: compose them again, so that
    # the key of a key is the key.
    return unicodedata.normalize("NFC", key_local), domain


def mailbox_key(local: str, ascii_domain: str, *, plus_everywhere: bool = False) -> str:
    """The mailbox key of an already valid address split into local part and ASCII domain."""
    key_local, key_domain = _canonical_local(local, ascii_domain.lower(), plus_everywhere)
    return f"{key_local}@{key_domain}"


def parse_address(raw: str, *, plus_everywhere: bool = False) -> ParsedAddress:
    """Validate ``raw`` (email-validator rules, no DNS) and compute its mailbox key.

    Raises `InvalidAddress` with a readable reason and, for paste debris, a suggestion.
    """
    _check_input(raw)
    return _parse_cached(raw, plus_everywhere)


def _check_input(raw: object) -> None:
    if not isinstance(raw, str):
        raise InvalidAddress(repr(raw)[:80], "not a string")
    if len(raw) > 4 * MAX_ADDRESS_LENGTH:
        # Never hand megabytes to a regular expression: no valid address is this long.
        raise InvalidAddress(raw[:80], f"{len(raw)} characters long; an address has at most "
                             f"{MAX_ADDRESS_LENGTH}")


@functools.lru_cache(maxsize=65536)
def _parse_cached(raw: str, plus_everywhere: bool) -> ParsedAddress:
    text = raw.strip()
    if "<" in text and text.endswith(">") and not text.startswith("<"):
        # "Anna Svensson <anna@example.se>": keep the address, drop the display name.
        _name, addr = parseaddr(text)
        if addr:
            text = addr
    return _parse_spec(raw, text, plus_everywhere)


def _parse_spec(raw: str, text: str, plus_everywhere: bool) -> ParsedAddress:
    """Validate the bare address ``text`` (no display name) that came from ``raw``."""
    if not text:
        raise InvalidAddress(raw, "empty address")
    if "\x00" in text:
        raise InvalidAddress(raw, "contains a NUL character")
    if "\ufffd" in text:
        raise InvalidAddress(raw, "contains bytes that are not valid UTF-8")
    fast = _fast_parse(text, plus_everywhere)
    if fast is not None:
        return fast
    try:
        result = validate_email(text, check_deliverability=False, allow_smtputf8=True)
    except EmailNotValidError as e:
        cleaned = clean_paste_debris(text)
        suggestion = None
        if cleaned and cleaned != text:
            try:
                suggestion = validate_email(cleaned, check_deliverability=False).normalized
            except EmailNotValidError:
                suggestion = None
        reason = str(e)
        if suggestion:
            reason = f"stray characters around the address ({reason})"
        raise InvalidAddress(raw, reason, suggestion) from None
    local = result.local_part or ""
    ascii_domain = (result.ascii_domain or result.domain).lower()
    key_local, key_domain = _canonical_local(local, ascii_domain, plus_everywhere)
    lookalike = _is_lookalike(local) or _is_lookalike(result.domain)
    return ParsedAddress(
        address=result.normalized, local=local, domain=result.domain.lower(),
        ascii_domain=ascii_domain, key=f"{key_local}@{key_domain}", key_local=key_local,
        key_domain=key_domain, lookalike=lookalike, formatted=result.normalized,
    )


def parse_recipient(raw: str, *, plus_everywhere: bool = False) -> ParsedAddress:
    """Read one recipient of a message as a mail header reads it, and compute its mailbox key.

    ``raw`` must be exactly one mailbox: ``anna@example.se`` or ``Anna Svensson <anna@example.se>``
    (a comment is dropped). Raises `InvalidAddress` for anything a mailer could deliver to
    differently than it reads: several addresses (``,`` ``;``, an unquoted second address, a
    folded line), group syntax, a control character, whitespace before or after, and whatever
    `parse_address`'s rules reject. ``formatted`` of the result is the safe header form.
    """
    _check_input(raw)
    return _recipient_cached(raw, plus_everywhere)


@functools.lru_cache(maxsize=65536)
def _recipient_cached(raw: str, plus_everywhere: bool) -> ParsedAddress:
    # Nearly every recipient is a plain dot-atom address: the header parser reads it as itself
    # (tests/test_recipient_header.py holds this fast path to email.headerregistry). "=?" could
    # open an RFC 2047 encoded word, which the header parser decodes: that takes the full path.
    if "=?" not in raw:
        fast = _fast_parse(raw, plus_everywhere)
        if fast is not None:
            return fast
        named = _NAMED_FAST.fullmatch(raw)
        if named is not None:
            # "Anna Svensson <anna@example.se>": words and single spaces need no quoting
            fast = _fast_parse(named.group(2), plus_everywhere)
            if fast is not None:
                name = named.group(1)
                return dataclasses.replace(fast, display_name=name,
                                           formatted=f"{name} <{fast.address}>")
    _check_recipient_length(raw)
    return _parse_recipient_full(raw, plus_everywhere)


_NOT_BARE = frozenset('<>()"\\')


def _check_recipient_length(raw: str) -> None:
    """Reject, before the (slow) header parse, a bare address that is over the RFC 5321 limits.

    A recipient with no angle address, comment, quoting or escape (none of ``< > ( ) " \\``)
    can only be read as one addr-spec: its characters other than whitespace. Over 254 octets in
    UTF-8, no mailer may send to it, whatever the parser reads. (A local part over 64 octets is
    left to email-validator's default, which accepts it: see the peers table in findings.md.)
    Control characters take the full path, which names a line break as header injection."""
    if not raw.isprintable() or not _NOT_BARE.isdisjoint(raw):
        return
    spec = "".join(raw.split())
    size = len(spec.encode("utf-8", "surrogatepass"))
    if size <= MAX_ADDRESS_LENGTH:
        return
    found = _loose_addresses(raw)
    reason = f"is {size} octets long; an address has at most {MAX_ADDRESS_LENGTH} (RFC 5321)"
    if len(found) > 1:
        reason += ", and it holds more than one address" + _holding(found)
    raise InvalidAddress(raw, reason, others=tuple(found[1:]))


#: A display name of letters and digits (any script) in words one space apart, and an angle
#: address: the usual named recipient. Held to the full header parse by a hypothesis test.
_NAMED_FAST = re.compile(r"([^\W_]+(?: [^\W_]+)*) <([^<>]+)>")


_CHAR_NAMES = {"\r": "CR", "\n": "LF", "\t": "TAB", "\x00": "NUL", "\v": "VT", "\f": "FF",
               "\x7f": "DEL", "\x85": "NEL", "\u2028": "LINE SEPARATOR",
               "\u2029": "PARAGRAPH SEPARATOR"}


def _char_name(ch: str) -> str:
    return _CHAR_NAMES.get(ch) or f"U+{ord(ch):04X}"


def _is_control(ch: str) -> bool:
    return ch in LINE_BREAKS or unicodedata.category(ch) == "Cc"


def _parse_recipient_full(raw: str, plus_everywhere: bool) -> ParsedAddress:
    if not raw.isprintable():
        # a line break first, if there is one: that is the character that injects headers
        breaks = [i for i, c in enumerate(raw) if c in LINE_BREAKS]
        controls = breaks or [i for i, c in enumerate(raw) if _is_control(c)]
        if controls:
            i = controls[0]
            ch = raw[i]
            line_break = bool(breaks)
            what = "a line break" if line_break else "a control character"
            reason = f"contains {what} ({_char_name(ch)}) at character {i}"
            if line_break:
                reason += "; in a mail header it would start a new line (header injection)"
            stripped = raw.strip()
            suggestion = None
            if not any(_is_control(c) for c in stripped):
                suggestion = _valid_or_none(stripped, plus_everywhere)
            # what a mailer that unfolds the line would read: name every address in it
            unfolded = "".join(" " if _is_control(c) else c for c in raw)
            reading = _read_header(unfolded)
            found = reading.found if reading is not None else []
            if len(found) < 2:
                found = _loose_addresses(unfolded)
            if len(found) > 1:
                reason += ", and it holds more than one address" + _holding(found)
                suggestion = None
            raise InvalidAddress(raw, reason, suggestion, line_break=line_break,
                                 others=tuple(found[1:]))
    if not raw.strip():
        raise InvalidAddress(raw, "empty address")
    if raw != raw.strip():
        raise InvalidAddress(raw, "has whitespace before or after the address",
                             _valid_or_none(raw.strip(), plus_everywhere))
    if "\ufffd" in raw:
        raise InvalidAddress(raw, "contains bytes that are not valid UTF-8")
    h = _read_header(raw)
    if h is None:
        raise InvalidAddress(raw, "cannot be read as a mail header")
    found = h.found
    if h.groups:
        raise InvalidAddress(raw, f"uses group syntax ({h.groups[0]!r}: ...;)" + _holding(found),
                             _paste_suggestion(raw) if len(found) == 1 else None,
                             others=tuple(found[1:]))
    if len(found) < 2 and h.defects:
        # neither parser makes sense of it: name what looks like an address in it
        found = _loose_addresses(raw)
    if len(found) > 1:
        raise InvalidAddress(raw, "holds more than one address" + _holding(found),
                             others=tuple(found[1:]))
    if h.separators or h.defects or len(h.mailboxes) != 1:
        reason = (f"ends with a list separator {h.separators[0]!r}"
                  if h.separators and not h.defects else _validator_reason(raw) or
                  f"is not one well-formed mailbox ({h.defects[0] if h.defects else 'no address'})")
        raise InvalidAddress(raw, reason, _paste_suggestion(raw))
    display, addr_spec = h.mailboxes[0]
    if h.inner_comment:
        raise InvalidAddress(raw, "has a comment (...) inside the address",
                             _valid_or_none(addr_spec, plus_everywhere))
    if h.legacy != [addr_spec]:
        # The two stdlib parsers disagree on where this string delivers: a mailer might use either.
        raise InvalidAddress(raw, f"is read as {addr_spec!r} by one mail parser and as "
                             f"{', '.join(h.legacy) or 'nothing'} by another")
    spec = _parse_spec(raw, addr_spec, plus_everywhere)
    formatted = spec.address
    if display:
        # Re-rendered by the stdlib (quoted where needed), and read back to make sure that a
        # mailer reads exactly this one mailbox in it.
        try:
            formatted = str(Address(display_name=display, username=spec.local,
                                    domain=spec.address.rpartition("@")[2]))
        except Exception:  # noqa: BLE001 - a display name the stdlib cannot render
            formatted = ""
        again = _read_header(formatted) if formatted else None
        if again is None or again.defects or again.separators or again.groups \
                or again.mailboxes != [(display, spec.address)] or again.legacy != [spec.address]:
            raise InvalidAddress(raw, "has a display name that cannot be written safely")
    return ParsedAddress(
        address=spec.address, local=spec.local, domain=spec.domain, ascii_domain=spec.ascii_domain,
        key=spec.key, key_local=spec.key_local, key_domain=spec.key_domain,
        lookalike=spec.lookalike, display_name=display,
        formatted=formatted)


@dataclass(frozen=True, slots=True)
class _HeaderReading:
    """What the stdlib's two address parsers read in one header value."""

    #: ``(display name, addr-spec)`` of each mailbox the header registry found.
    mailboxes: list[tuple[str, str]]
    #: Display names of groups (``undisclosed-recipients:;``).
    groups: list[str]
    separators: list[str]
    #: The header registry's defects, but for non-ASCII local parts (email-validator judges them).
    defects: list[str]
    #: The addresses ``email.utils.getaddresses`` reads (what smtplib.send_message uses).
    legacy: list[str]
    #: Every distinct address a mailer could read in it: the reading that finds more.
    found: list[str]
    #: A comment inside an addr-spec: before or in the local part, next to the @, or in the domain
    #: (only a trailing ``anna@example.se (Anna)`` is a comment *about* the address).
    inner_comment: bool = False


def _read_header(text: str) -> _HeaderReading | None:
    """Read ``text`` as a To header with both stdlib parsers; None when the parser fails.

    smtplib.send_message reads recipients with the older email.utils parser, which can see
    addresses the header registry drops as invalid (the issue 12 example), so both are asked."""
    try:
        tree = AddressHeader.value_parser(text)
        mailboxes = [(mb.display_name or "", mb.addr_spec)
                     for a in tree.addresses for mb in a.all_mailboxes]
        specs = list(dict.fromkeys(
            mb.addr_spec for a in tree.addresses for mb in a.all_mailboxes
            if mb.local_part or mb.domain))
        groups = [a.display_name for a in tree.addresses if a.display_name is not None]
        separators = [str(t) for t in tree if t.token_type == "list-separator"]
        defects = [str(d) for d in tree.all_defects if not isinstance(d, NonASCIILocalPartDefect)]
        legacy = list(dict.fromkeys(a for _n, a in getaddresses([text]) if a))
        inner_comment = _has_inner_comment(tree)
    except Exception:  # noqa: BLE001 - the stdlib parser raises on some garbage (e.g. '"')
        return None
    return _HeaderReading(mailboxes=mailboxes, groups=groups, separators=separators,
                          defects=defects, legacy=legacy,
                          found=legacy if len(legacy) > len(specs) else specs,
                          inner_comment=inner_comment)


def _has_comment(token: object) -> bool:
    if getattr(token, "token_type", None) == "comment":
        return True
    return isinstance(token, list) and any(_has_comment(t) for t in token)


_TRAILING_COMMENTS = re.compile(r"(?:\s*\((?:[^()\\]|\\.)*\))+\s*$")


def _has_inner_comment(token: object) -> bool:
    """A comment in a local part, or in a domain anywhere but after its last label.

    pyIsEmail and email-validator both refuse ``(comment)test@iana.org`` and
    ``test@(comment)iana.org``: an address whose parts carry comments is not one a customer gave."""
    kind = getattr(token, "token_type", None)
    if kind == "local-part":
        return _has_comment(token)
    if kind == "domain":
        return _has_comment(token) and "(" in _TRAILING_COMMENTS.sub("", str(token))
    return isinstance(token, list) and any(_has_inner_comment(t) for t in token)


_LOOSE_ADDRESS = re.compile(r"[^\s,;:<>()\[\]\"@]+@[^\s,;:<>()\[\]\"@]+")


def _loose_addresses(text: str) -> list[str]:
    """Every ``something@domain`` in ``text``, for naming the addresses in a malformed string."""
    return list(dict.fromkeys(_LOOSE_ADDRESS.findall(text)))


def _holding(found: list[str]) -> str:
    """``: anna@example.se and e**l@x.com``: the first address, and the others masked."""
    if not found:
        return ""
    shown = [found[0], *(mask_address(a) for a in found[1:6])]
    more = f" and {len(found) - 6} more" if len(found) > 6 else ""
    return f" ({len(found)} found: {', '.join(shown)}{more})"


def _valid_or_none(text: str, plus_everywhere: bool) -> str | None:
    try:
        return _recipient_cached(text, plus_everywhere).formatted
    except InvalidAddress:
        return None


def _validator_reason(raw: str) -> str | None:
    """email-validator's readable reason for a malformed single address, if it has one."""
    try:
        validate_email(raw, check_deliverability=False, allow_smtputf8=True)
    except EmailNotValidError as e:
        return str(e)
    return None


def _paste_suggestion(raw: str) -> str | None:
    """The address left when copy-and-paste debris is taken off, when that is one valid address."""
    cleaned = clean_paste_debris(raw)
    if not cleaned or cleaned == raw:
        return None
    try:
        return validate_email(cleaned, check_deliverability=False).normalized
    except EmailNotValidError:
        return None


# The shape of nearly every address in a customer directory: a plain ASCII dot-atom at an
# ordinary domain. email-validator accepts all of these unchanged (but for the domain's case), so
# they skip its slower general path; tests/test_address_fastpath.py checks that claim with
# hypothesis. Anything else (quotes, Unicode, IP literals, special-use names) takes the full path.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_FAST = re.compile(rf"({_ATOM}(?:\.{_ATOM})*)@((?:{_LABEL}\.)+[A-Za-z]{{2,63}})")
_SPECIAL_USE = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})


def _fast_parse(text: str, plus_everywhere: bool) -> ParsedAddress | None:
    m = _FAST.fullmatch(text)
    if m is None or len(text) > MAX_ADDRESS_LENGTH:
        return None
    local, domain = m.group(1), m.group(2).lower()
    if len(local) > 64 or "--" in domain or domain.rsplit(".", 1)[1] in _SPECIAL_USE:
        return None  # punycode-looking labels and special-use names: let email-validator judge
    key_local, key_domain = _canonical_local(local, domain, plus_everywhere)
    address = f"{local}@{domain}"
    return ParsedAddress(address=address, local=local, domain=domain, ascii_domain=domain,
                         key=f"{key_local}@{key_domain}", key_local=key_local,
                         key_domain=key_domain, lookalike=False, formatted=address)


# --- public suffixes (the few multi-label ones that matter for mail) ----------------------------

_SECOND_LEVEL = frozenset({"co.uk", "org.uk", "me.uk", "ltd.uk", "plc.uk", "ac.uk", "gov.uk",
                           "com.au", "net.au", "co.nz", "com.br", "co.jp", "co.za", "com.tr",
                           "priv.no", "co.at", "or.at", "com.pl", "com.es"})


def split_suffix(domain: str) -> tuple[str, str]:
    """``("mail.comhem", "se")`` for ``mail.comhem.se``; ``("bt", "co.uk")`` for ``bt.co.uk``."""
    parts = domain.split(".")
    if len(parts) >= 3 and ".".join(parts[-2:]) in _SECOND_LEVEL:
        return ".".join(parts[:-2]), ".".join(parts[-2:])
    if len(parts) >= 2:
        return ".".join(parts[:-1]), parts[-1]
    return domain, ""


def registrable_label(domain: str) -> str:
    """The label just left of the public suffix: ``comhem`` for ``mail.comhem.se``."""
    head, _suffix = split_suffix(domain)
    return head.rsplit(".", 1)[-1]


# --- lookalikes -------------------------------------------------------------------------------

# Letters of other scripts that render like Latin ones (a subset of Unicode's confusables that
# covers the Cyrillic and Greek homoglyphs used in spoofed addresses).
_CONFUSABLES = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d",
    "ɡ": "g", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ү": "y", "ѵ": "v", "ɩ": "i",
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "γ": "y", "ω": "w",
    "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p", "С": "c",
    "Т": "t", "Х": "x", "Ѕ": "s", "І": "i", "Ј": "j", "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z",
    "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n", "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y",
    "Χ": "x",
})
_CONFUSABLE_CHARS = frozenset(chr(c) for c in _CONFUSABLES)


def _script(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    if ch.isascii():
        return "LATIN"
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return "UNKNOWN"


def scripts_of(text: str) -> set[str]:
    """The scripts of the letters in ``text`` (LATIN, CYRILLIC, GREEK, ...)."""
    return {s for s in map(_script, text) if s is not None}


def _is_lookalike(text: str) -> bool:
    if text.isascii():
        return False
    scripts = scripts_of(text)
    if len(scripts) > 1:
        return True
    # A whole label in another script can still spell a Latin word ("аррӏе").
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and scripts != {"LATIN"} and all(c in _CONFUSABLE_CHARS for c in letters)


def lookalike_skeleton(text: str) -> str:
    """``text`` with homoglyphs replaced by the Latin letters they imitate."""
    return text.translate(_CONFUSABLES)


# --- masking ----------------------------------------------------------------------------------

def _mask_part(part: str) -> str:
    if len(part) <= 2:
        return part[:1] + "*"
    return part[0] + "*" * min(len(part) - 2, 6) + part[-1]


def mask_address(address: str) -> str:
    """``l******7@c****m.se`` for ``linnea.oberg1987@comhem.se``: enough to tell addresses apart
    in an explanation, not enough to write to them."""
    local, sep, domain = address.rpartition("@")
    if not sep:
        return _mask_part(address)
    head, suffix = split_suffix(domain)
    masked_domain = ".".join(_mask_part(p) for p in head.split(".")) + (f".{suffix}" if suffix else "")
    return f"{_mask_part(local)}@{masked_domain}"
