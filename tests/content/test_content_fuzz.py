"""Adversarial inputs: bounded time, nothing but secret values changes, HTML keeps its tags."""

from __future__ import annotations

import time
from html.parser import HTMLParser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from misdirect.content import scan
from misdirect.content.html import html_to_text
from misdirect.models import OutboundEmail

_PIECES = st.sampled_from([
    "PIN", "PIN-koodi", "salasana", "Passwort", "lösenord", "code", "verification code", ":", " is ",
    " on ", "1234", "12345678", "4111 1111 1111 1111", "131052-308T", "\n", "\t", " ", "<br>",
    "<td>", "</td>", "<b>", "</b>", "&amp;", "&#49;", "&nbsp;", "<!--", "-->", "<", ">", "&", "é",
    "Kissa123", "0800 123 456", "12.03.2025", "€", "-", "password:", "<th>", "<tr>", "use",
])
_TEXTS = st.lists(_PIECES, max_size=60).map("".join) | st.text(max_size=300)


def _email(text: str, html: str | None = None) -> OutboundEmail:
    return OutboundEmail(customer_id="c", to=["a@example.com"], subject=text[:80], text=text,
                         html=html)


def _outside_spans_unchanged(original: str, redacted: str, spans: list[tuple[int, int]]) -> bool:
    """Every character outside the reported spans is kept, in order (markers fill the spans)."""
    pos = 0
    out = 0
    for s, e in sorted(spans):
        chunk = original[pos:s]
        j = redacted.find(chunk, out)
        if j != out:
            return False
        out = j + len(chunk)
        k = redacted.find("]", out)  # skip the marker, if any
        if redacted.startswith("[redacted", out) and k >= 0:
            out = k + 1
        pos = e
    return redacted[out:] == original[pos:] or original[pos:] == ""


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_text_only_secret_spans_change(text: str) -> None:
    result = scan(_email(text))
    spans = [(f.location.start, f.location.end) for f in result.findings
             if f.location is not None and f.location.field == "text"]
    assert _outside_spans_unchanged(text, result.message.text or "", spans)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        self.tags.append("/" + tag)


def _tags(html: str) -> list[str]:
    p = _Tags()
    p.feed(html)
    p.close()
    return p.tags


@settings(max_examples=150, deadline=None)
@given(_TEXTS)
def test_html_keeps_its_tags(html: str) -> None:
    result = scan(_email("", html), redact=True)
    assert _tags(result.message.html or "") == _tags(html)


@settings(max_examples=100, deadline=None)
@given(_TEXTS)
def test_html_map_points_back(html: str) -> None:
    view = html_to_text(html)
    for start in range(0, len(view.text), 7):
        end = min(len(view.text), start + 5)
        for s, e in view.pieces(start, end):
            assert 0 <= s <= e <= len(html)


def _bounded(email: OutboundEmail, seconds: float) -> None:
    t0 = time.perf_counter()
    scan(email)
    assert time.perf_counter() - t0 < seconds


def test_long_digit_run() -> None:
    _bounded(_email("PIN: " + "7" * 1_000_000), 5.0)


def test_megabytes_of_whitespace() -> None:
    _bounded(_email("Password:" + " " * 2_000_000 + "\n" * 1_000_000 + "x"), 5.0)


def test_nested_tags_and_unclosed_markup() -> None:
    html = "<div>" * 100_000 + "PIN: 1234" + "</div>" * 100_000 + "<" * 200_000 + "<!--" * 50_000
    _bounded(_email("", html), 10.0)


def test_many_keywords_without_values() -> None:
    _bounded(_email("password pin code salasana " * 50_000), 10.0)
