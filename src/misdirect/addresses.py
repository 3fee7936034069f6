"""Parse addresses once, at the edge, and reduce them to mailbox keys.

A *mailbox key* is what a provider delivers to: two addresses with the same key reach the same inbox.
Everything inside misdirect compares keys, never raw strings:

* the domain is lower-cased and put in its IDNA (ASCII) form, so ``bücher.de`` and ``xn--bcher-kva.de``
  are one domain;
* the local part is Unicode NFC and lower-cased (no provider we know of delivers by case);
* ``googlemail.com`` is ``gmail.com``, and Gmail ignores dots in the local part;
* a ``+tag`` is dropped at providers that deliver ``name+tag@`` to ``name@`` (Gmail, Microsoft, Apple,
  Proton, Fastmail, ...), or everywhere when ``plus_everywhere=True``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from email.utils import parseaddr

from email_validator import EmailNotValidError, validate_email

__all__ = [
    "MAX_ADDRESS_LENGTH",
    "InvalidAddress",
    "ParsedAddress",
    "clean_paste_debris",
    "lookalike_skeleton",
    "mailbox_key",
    "mask_address",
    "parse_address",
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


class InvalidAddress(ValueError):
    """Not a valid address. ``reason`` is readable; ``suggestion`` is a cleaned form that is valid."""

    def __init__(self, raw: str, reason: str, suggestion: str | None = None) -> None:
        self.raw = raw
        self.reason = reason
        self.suggestion = suggestion
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
    if not isinstance(raw, str):
        raise InvalidAddress(repr(raw)[:80], "not a string")
    if len(raw) > 4 * MAX_ADDRESS_LENGTH:
        # Never hand megabytes to a regular expression: no valid address is this long.
        raise InvalidAddress(raw[:80], f"{len(raw)} characters long; an address has at most "
                             f"{MAX_ADDRESS_LENGTH}")
    return _parse_cached(raw, plus_everywhere)


@functools.lru_cache(maxsize=65536)
def _parse_cached(raw: str, plus_everywhere: bool) -> ParsedAddress:
    text = raw.strip()
    if "<" in text and text.endswith(">") and not text.startswith("<"):
        # "Anna Svensson <anna@example.se>": keep the address, drop the display name.
        _name, addr = parseaddr(text)
        if addr:
            text = addr
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
        key_domain=key_domain, lookalike=lookalike,
    )


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
    return ParsedAddress(address=f"{local}@{domain}", local=local, domain=domain,
                         ascii_domain=domain, key=f"{key_local}@{key_domain}",
                         key_local=key_local, key_domain=key_domain, lookalike=False)


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
