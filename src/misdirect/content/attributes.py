"""Secrets in HTML attributes that a mail client shows or follows.

The text view of an HTML body (`misdirect.content.html`) drops tags, but a client still shows some
attribute values (``title`` as a tooltip, ``alt`` when images are off, ``value`` and ``placeholder``
of a form field, ``aria-label`` to a screen reader) and follows links (``href``, ``src``). This
module finds what a person could read there:

- **Shown attributes**: the value, entities decoded, is run through the same detectors as the text
  (``title="Password: Tulip-9x"`` is found like the text ``Password: Tulip-9x``).
- **Links**: a query parameter whose name is a secret keyword (``?pw=``, ``&pin=``, ``?salasana=``,
  ``?otp=``) has its value redacted. Only the name decides: a URL's other parameters (tracking ids,
  order numbers) are left alone, and so is the path.

Every match is given in positions of the original HTML, inside the attribute's quotes, so that a
redaction never touches the tag around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from urllib.parse import unquote

from misdirect.content.base import Detector, Match
from misdirect.content.html import HtmlText
from misdirect.content.secrets import keyword_kind, plausible_value

__all__ = ["SHOWN_ATTRIBUTES", "attribute_matches", "url_matches"]

#: Attributes whose value a client shows to a person.
SHOWN_ATTRIBUTES = frozenset({"title", "alt", "value", "placeholder", "aria-label", "label"})
_LINK_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "background"})

# An attribute inside a tag: "=" (found at memchr speed), then a fixed-width look back for one of
# the names after whitespace, a quote or "/", then a quoted or bare value. Each part is disjoint
# from what follows it, so a failed attempt costs a few characters and the scan stays linear.
_NAMES = sorted(SHOWN_ATTRIBUTES | _LINK_ATTRIBUTES)
_ATTR_RE = re.compile(
    "=(?:" + "|".join(f"(?<=[\\s\"'/]{n}{sp}=)" for n in _NAMES for sp in ("", " ")) + ")"
    r"""[ \t\r\n\f]*(?:"([^"<>]*)"|'([^'<>]*)'|([^\s"'<>=`]+))""",
    re.IGNORECASE,
)
_NAME_RE = re.compile(r"([A-Za-z-]+) ?=$")
# One query parameter in a raw href: its name, then its value up to the next "&" ("&amp;" in
# HTML), ";" or "#".
_PARAM_RE = re.compile(r"([^=&;#?]+)=([^&;#]*)")
#: Short parameter names used for secrets in links, besides the keywords themselves.
_PARAM_NAMES = {
    "pw": "password", "pwd": "password", "pass": "password", "passwd": "password",
    "pword": "password", "motdepasse": "password", "mot_de_passe": "password",
    "pin": "pin", "pincode": "pin", "puk": "puk", "otp": "otp", "tan": "otp", "code": "otp",
    "passcode": "password", "onetimecode": "otp", "one_time_code": "otp",
}


_MASK = frozenset("*x•.-_ ")
_PASSWORD_TYPE_RE = re.compile(r"""[\s"'/]type[ \t\r\n\f]*=[ \t\r\n\f]*["']?password\b""",
                               re.IGNORECASE)


def _is_password_input(html: str, pos: int) -> bool:
    """The attribute at ``pos`` belongs to an ``<input type="password">``."""
    lt = html.rfind("<", max(0, pos - 2000), pos)
    gt = html.find(">", pos, pos + 2000)
    if lt < 0 or not html.startswith(("<input", "<INPUT", "<Input"), lt):
        return False
    return _PASSWORD_TYPE_RE.search(html, lt, gt if gt >= 0 else pos + 2000) is not None


def _param_kind(name: str) -> str | None:
    low = unquote(name).strip().lower()
    return _PARAM_NAMES.get(low) or keyword_kind(low.replace("_", " ").replace("-", " "))


def _link_matches(raw: str, offset: int) -> Iterator[Match]:
    q = raw.find("?")
    if q < 0:
        return
    end = raw.find("#", q)
    query = raw[q + 1:end if end >= 0 else len(raw)].replace("&amp;", "&\0\0\0\0")
    for m in _PARAM_RE.finditer(query):
        kind = _param_kind(m.group(1).replace("\0", ""))
        vs, ve = m.span(2)
        if kind is None or ve - vs < 3 or set(m.group(2)) <= _MASK:
            continue
        if not plausible_value(kind, unquote(m.group(2).replace("\0", ""))):
            continue
        yield Match(offset + q + 1 + vs, offset + q + 1 + ve, kind, "keyword_secrets",
                    "link:" + kind)


# A URL written out in text, with a query: "https://example.com/login?pw=X".
_URL_RE = re.compile(r"""https?://[^\s<>"'?]{1,300}\?[^\s<>"']{1,2000}""", re.IGNORECASE)


def url_matches(text: str) -> Iterator[Match]:
    """Secret query parameters (see `_link_matches`) of the URLs written out in a text."""
    if "?" not in text or "=" not in text:
        return
    for um in _URL_RE.finditer(text):
        yield from _link_matches(um.group(), um.start())


def attribute_matches(html: str, view: HtmlText,
                      detectors: Sequence[Detector]) -> Iterator[tuple[Match, list[tuple[int, int]]]]:
    """Matches in shown attributes and link queries of ``html``, each with its HTML pieces.

    Link queries are read when the keyword detector is among ``detectors``."""
    if "=" not in html:
        return
    links = any(d.id == "keyword_secrets" for d in detectors)
    for am in _ATTR_RE.finditer(html):
        if not view.in_tag(am.start()):
            continue  # text that looks like an attribute is scanned as text already
        g = 1 if am.group(1) is not None else 2 if am.group(2) is not None else 3
        raw, start = am.group(g), am.start(g)
        if not raw:
            continue
        nm = _NAME_RE.search(html, max(0, am.start() - 13), am.start() + 1)
        name = nm.group(1).lower() if nm is not None else ""
        if name in _LINK_ATTRIBUTES:
            if links:
                for m in _link_matches(raw, start):
                    yield m, [(m.start, m.end)]
            continue
        if not any(c.isdigit() or c.isalpha() for c in raw):
            continue
        if links and name == "value" and _is_password_input(html, am.start()):
            # the value of a password field is a password, whatever it looks like
            if not set(raw) <= _MASK:
                yield Match(start, start + len(raw), "password", "keyword_secrets",
                            "attribute:password-field"), [(start, start + len(raw))]
            continue
        hv = HtmlText(raw)
        for det in detectors:
            for m in det.find(hv.text, "html"):
                pieces = [(start + s, start + e) for s, e in hv.pieces(m.start, m.end)]
                if pieces:
                    yield Match(pieces[0][0], pieces[-1][1], m.kind, m.detector, m.rule), pieces
