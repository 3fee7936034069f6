"""Adversarial inputs: bounded time, nothing but secret values changes, HTML keeps its tags."""

from __future__ import annotations

import time
from collections.abc import Callable
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


def _cpu_seconds(email: OutboundEmail, runs: int) -> float:
    """The least CPU time of ``runs`` scans: CPU time, not the wall clock, so that a loaded machine
    (other processes waiting for the cores) does not make the test fail."""
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        scan(email)
        best = min(best, time.process_time() - t0)
    return best


def _linear(make: Callable[[int], OutboundEmail], n: int) -> None:
    """Four times the input costs at most about four times the work (8x allowed, plus 50 ms for
    timer noise on small figures): a scan that is quadratic in the input would take 16x. A ratio of
    two runs on the same machine, so the speed of the machine cancels out."""
    small = _cpu_seconds(make(n), 3)
    big = _cpu_seconds(make(4 * n), 2)
    assert big <= 8 * small + 0.05, f"{n:,} -> {4 * n:,} units: {small:.3f} s -> {big:.3f} s CPU"


def test_long_digit_run() -> None:
    _linear(lambda n: _email("PIN: " + "7" * n), 250_000)


def test_megabytes_of_whitespace() -> None:
    _linear(lambda n: _email("Password:" + " " * 2 * n + "\n" * n + "x"), 250_000)


def test_nested_tags_and_unclosed_markup() -> None:
    def make(n: int) -> OutboundEmail:
        html = "<div>" * n + "PIN: 1234" + "</div>" * n + "<" * 2 * n + "<!--" * (n // 2)
        return _email("", html)

    _linear(make, 25_000)


def test_many_keywords_without_values() -> None:
    _linear(lambda n: _email("password pin code salasana " * n), 6_250)
