"""The scan's fast paths against the plain ones they replace: same findings, same redacted bytes.

- `KnownSecrets` matches its values without compiling their pattern (`known._pattern`, kept as the
  definition);
- `AnchorFinder` looks up each three-character window of a short text (a subject line) instead
  of one ``str.find`` pass per anchor;
- `PersonalData` maps positions of its compact view through a numpy array built by
  ``bytes.translate``.

Each is compared piece by piece on adversarial input, and the whole scan with all of them is
compared with the whole scan with the plain paths put back, over the development corpus, the blind
batches 1-2 (development data now) and generated text, with and without a customer record.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from misdirect import Customer, OutboundEmail
from misdirect.content import known, personal, prefilter, scan, secrets
from misdirect.content.keywords import ANCHORS, ENTRY_VERBS

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from test_content_engine_reference import _customer  # noqa: E402

from blind import engine  # noqa: E402
from content_corpus import generate, generate_hard  # noqa: E402

_SPACES = [" ", "  ", "\t", "\n", "\xa0", "\u2003", "\u3000", "\x1c", "\x85", "\u2028"]
_KNOWN_TEXT = st.lists(st.sampled_from([
    *_SPACES, "1", "2", "12", "1234", "12 34", "a", "A", "Ab", "_", "-", ".", "é", "İ", "€", "😀",
    "\u0660", "\ud800", "x9", "[redacted pin]",
]), max_size=60).map("".join)


def _plain_known(values: list[str], text: str) -> list[tuple[int, int]]:
    pats = [known._pattern(v) for v in sorted(set(values), key=len, reverse=True)]
    return [m.span() for p in pats if p is not None for m in p.finditer(text)]


_KNOWN_VALUE = st.text(alphabet=st.sampled_from(list("12aA_-.é€ \t")), min_size=1, max_size=6)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_KNOWN_VALUE, min_size=1, max_size=3), st.data())
def test_known_secrets_match_exactly_what_their_patterns_match(values: list[str],
                                                               data: st.DataObject) -> None:
    # the text is made of the values themselves (also with spaces put in), and what may touch them
    pieces = st.sampled_from([*values, *(" ".join(v) for v in values), *_SPACES, "1", "a", "_",
                              "-", "é", "İ", "😀", "\u0660", "\ud800"])
    text = "".join(data.draw(st.lists(pieces, max_size=12)))
    found = [(m.start, m.end) for m in known.KnownSecrets(values).find(text, "text")]
    assert found == _plain_known(values, text)
    text = data.draw(_KNOWN_TEXT)
    found = [(m.start, m.end) for m in known.KnownSecrets(values).find(text, "text")]
    assert found == _plain_known(values, text)


@pytest.mark.parametrize(("values", "text"), [
    (["1-1"], "1-1-1-1"), (["aaa"], "aaaaaaa"), (["a a"], "a a a a"), (["123"], "x123 1 2 3"),
    (["123"], "0123 123_ 123é 1\u30002\xa03"), (["-12-"], "a-12-b -12--12-"),
    (["12", "1234"], "1234 12 34"), (["Tulip-9x", "ulip"], "Tulip-9x ulip"),
])
def test_known_secrets_handpicked_cases(values: list[str], text: str) -> None:
    found = [(m.start, m.end) for m in known.KnownSecrets(values).find(text, "text")]
    assert found == _plain_known(values, text)


def test_known_secrets_whitespace_table_is_str_isspace() -> None:
    # every code point str.isspace accepts is in the table, and none above it is a space
    table = known._IS_SPACE
    for c in range(0x110000):
        in_table = c <= known._LAST_SPACE and bool(table[c])
        assert chr(c).isspace() == in_table, hex(c)
    assert not table[known._LAST_SPACE + 1]


_WORDS = st.lists(st.sampled_from([
    *ANCHORS, *ENTRY_VERBS, "PIN", "kood", "codekod", "koodikoodi", "a", " ", "-", "\n", "é", "€",
    "😀", "İ", "ß", "?",
]), max_size=20).map("".join)


@settings(max_examples=500, deadline=None)
@given(_WORDS)
def test_anchor_windows_give_what_each_anchor_finds_in_the_same_order(text: str) -> None:
    low = secrets._lower_same_length(text)
    finder = secrets._ANCHOR_FINDER
    assert finder._find_windows(low) == finder._find_each(low, finder.anchors)
    if len(low) < finder.max_window_len:
        assert finder.find(low) == finder._find_each(low, finder.anchors)


def _plain_positions(text: str) -> list[int]:
    """Where each character of `personal._compact` is in the text, one character at a time."""
    raw = text.encode("latin-1", "replace")
    return [i for i, b in enumerate(raw) if b not in personal._SKIPPABLE]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ().-?\t\n\xa0\x85ab€😀\u2009")),
               max_size=80))
def test_personal_positions_are_those_of_the_compact_view(text: str) -> None:
    views = personal._Views(text)
    plain = _plain_positions(text)
    assert len(plain) == len(views.compact)
    assert [views.position(i) for i in range(len(plain))] == plain


# -- the whole scan, fast paths against plain ones -------------------------------------------------


class _PlainKnown:
    """`KnownSecrets` as it was: one compiled pattern per value."""

    id = known.KnownSecrets.id
    kinds = known.KnownSecrets.kinds

    def __init__(self, values: list[str]) -> None:
        self._patterns = [p for p in (known._pattern(v) for v in sorted(
            set(values), key=len, reverse=True)) if p is not None]

    def __bool__(self) -> bool:
        return bool(self._patterns)

    def find(self, text: str, field: str) -> Iterator[Any]:
        for pat in self._patterns:
            for m in pat.finditer(text):
                yield known.Match(m.start(), m.end(), "known_secret", self.id, "known")


def _plain_position(views: personal._Views, i: int) -> int:
    """`personal._Views.position` as it was: a list of all positions, built once per text."""
    if not isinstance(views._positions, list):
        views._positions = _plain_positions(views.text)
    return views._positions[i]  # type: ignore[no-any-return]


@contextmanager
def _plain_paths() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as mp:
        import misdirect.content.scanner as scanner

        mp.setattr(scanner, "KnownSecrets", _PlainKnown)
        mp.setattr(prefilter.AnchorFinder, "max_window_len", 0)
        mp.setattr(personal._Views, "position", _plain_position)
        personal._personal_data_of.cache_clear()
        yield
    personal._personal_data_of.cache_clear()


def _outcome(email: OutboundEmail, customer: Customer | None) -> tuple[object, ...]:
    res = scan(email, customer)
    return ([f.model_dump() for f in res.findings], res.message.subject, res.message.text,
            res.message.html, res.secret_kinds, res.personal_data_kinds, res.message is email)


def _emails(step: int) -> Iterator[tuple[OutboundEmail, Customer | None]]:
    """Every ``step``-th message of the corpora, without a record and with one (its values in
    the body, a secret of it declared in ``known_secrets`` now and then)."""
    rng = random.Random(23)
    msgs: list[Any] = [*generate(4500), *generate_hard(2250), *engine.messages("batch1"),
                       *engine.messages("batch2")]
    for i, m in enumerate(msgs[::step]):
        yield OutboundEmail(customer_id="c", to=["x@example.com"], subject=m.subject,
                            text=m.text, html=m.html), None
        c = _customer(rng, i)
        head = (f"Delivery address: {c.postal_address}, {c.postal_code}\nCustomer number: "
                f"{c.customer_number}\nPhone {c.phone}, born {c.birth_date:%d.%m.%Y}\n")
        values = [v if isinstance(v, tuple) else (v.kind, v.text) for v in m.secrets]
        declared = [values[0][1]] if values and i % 4 == 0 else []
        yield OutboundEmail(customer_id="c", to=["x@example.com"], subject=m.subject,
                            text=head + m.text if m.text else None,
                            html="<p>" + head.replace("\n", "<br>") + "</p>" + m.html
                            if m.html else None, known_secrets=declared), c


@pytest.mark.slow
def test_scan_with_fast_paths_equals_scan_with_plain_paths_over_the_corpora() -> None:
    cases = list(_emails(step=5))
    fast = [_outcome(e, c) for e, c in cases]
    with _plain_paths():
        plain = [_outcome(e, c) for e, c in cases]
    assert len(cases) > 3000
    for (email, _), a, b in zip(cases, fast, plain, strict=True):
        assert a == b, email.subject
    assert sum(bool(o[0]) for o in fast) > len(cases) // 2  # findings were compared, not nothing


_PIECES = st.sampled_from([
    "PIN: ", "Your code is ", "Salasana: ", "482913", "4821", "Tulip-9x", "12 34", "Storgatan 12",
    "123 45", "K12345", "+46 70 123 4567", "070-123 45 67", "01.02.1980", " ", "\n", "\t", "\xa0",
    "<b>", "</b>", "<br>", "&amp;", "&#52;", "é", "€", "İ", "😀", "is your verification code.",
    "Enter ", "Use ", "Kod: ", "Code ", "postal code ", "\u2003",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=30).map("".join), st.lists(_PIECES, max_size=6).map("".join),
       st.booleans(), st.lists(st.sampled_from(["482913", "12 34", "Tulip-9x", "K12345"]),
                               max_size=2))
def test_scan_with_fast_paths_equals_plain_paths_on_generated_text(
        body: str, subject: str, as_html: bool, declared: list[str]) -> None:
    customer = Customer(id="C-1", phone="+46 70 123 4567", postal_address="Storgatan 12",
                        postal_code="123 45", customer_number="K12345",
                        birth_date=dt.date(1980, 2, 1), national_id="800201-1234")
    email = OutboundEmail(customer_id="C-1", to=["x@example.com"], subject=subject,
                          text=None if as_html else body, html=body if as_html else None,
                          known_secrets=declared)
    fast = [_outcome(email, c) for c in (None, customer)]
    with _plain_paths():
        plain = [_outcome(email, c) for c in (None, customer)]
    assert fast == plain
