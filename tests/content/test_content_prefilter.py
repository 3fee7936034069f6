"""The fast paths find exactly what the plain passes they replace would find.

Each detector enumerates its candidates with an exact prefilter (`misdirect.content.prefilter`), and
HTML without a stray "<" is read in one `re.split` pass. These tests compare each fast path with the
straightforward reading on adversarial input: any difference is a bug, never a trade-off.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from misdirect.content import cards, html, national_ids, secrets
from misdirect.content.keywords import ANCHORS
from misdirect.content.prefilter import AnchorFinder, digit_classes

_DIGITS = st.lists(st.sampled_from([
    "0", "1", "4", "9", "1234", "4111", "123456", "4111 1111 1111 1111", "5555-5555-5555-4444",
    "131052-308T", "811218-9876", "19811218-9876", "01019012345", "378282246310005", " ", "  ", "-",
    "--", "+", "a", "_", "\n", "é", "€", "😀", "İ", ".", "x1",
]), max_size=80).map("".join)
_WORDS = st.lists(st.sampled_from([
    *ANCHORS, "PIN", "Pass", "KOOD", "Códig", "svar", "tan", "mdp", "otp", "a", "m", " ", "-", "\n",
    "é", "€", "😀", "İ", "K", "ß", "?", "xx",
]), max_size=80).map("".join)
_HTML = st.lists(st.sampled_from([
    "<p>", "</p>", "<br>", "<br/>", "<td>", "</td>", "<th>", "<TR class='x'>", "<b>", "</B>",
    "<a href=\"x?code=1234&amp;y\">", "</a>", "&amp;", "&#49;", "&#x31;", "&nbsp;", "&bogus", "&",
    "<!--", "-->", "--", "->", "<!-- c -->", "<!DOCTYPE html>", "<!x", "<?xml?>", "<script>",
    "</script>", "</SCRIPT >", "<style type=x>", "</style>", "<script/>", "<scripts>", "</scrip",
    "PIN: 1234", "salasana", " ", "\n", "é", "€", ">", "/", "x",
]), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(_WORDS | st.text(max_size=400))
def test_anchor_finder_is_exact(text: str) -> None:
    low = secrets._lower_same_length(text)
    finder = AnchorFinder(ANCHORS)
    finder.min_numpy_len = 0  # the numpy pass, even on short texts
    assert sorted(finder.find(low)) == sorted(AnchorFinder._find_each(low, finder.anchors))


def test_anchor_finder_on_a_long_text_and_at_chunk_borders() -> None:
    low = ("x" * 65530 + "password" + "y" * 70000 + "pin kod") * 3
    finder = AnchorFinder(ANCHORS)
    assert sorted(finder.find(low)) == sorted(AnchorFinder._find_each(low, finder.anchors))


@settings(max_examples=300, deadline=None)
@given(_DIGITS | st.text(alphabet="0123456789 -+a\n", max_size=300))
def test_digit_prefilters_are_exact(text: str) -> None:
    assert len(digit_classes(text)) == len(text)
    assert list(national_ids._candidates(text)) == [
        m.start() for m in national_ids._SIX_DIGITS_RE.finditer(text)]
    assert [m.span() for m in cards._candidates(text)] == [
        m.span() for m in cards._CANDIDATE_RE.finditer(text)]


# groups of digits joined by one or two separators or a letter: chains of 13 digits and near misses
_CHAINS = st.lists(st.tuples(st.text(alphabet="0123456789", min_size=1, max_size=7),
                             st.sampled_from([" ", "-", "  ", " -", "x", "\n", ""])),
                   max_size=12).map(lambda parts: "".join(d + sep for d, sep in parts))


@settings(max_examples=500, deadline=None)
@given(_CHAINS)
def test_card_candidates_on_chains_of_digit_groups(text: str) -> None:
    assert [m.span() for m in cards._candidates(text)] == [
        m.span() for m in cards._CANDIDATE_RE.finditer(text)]


@pytest.mark.parametrize("text", [
    "7" * 100_000, "1 " * 50_000, "4111 1111 1111 1111  4111 1111 1111 1111", "12 4111 1111 1111 1111",
    "4111-1111-1111-1111-", "x4111111111111111", "4111111111111111x", "131052-308T 131052-308T",
])
def test_digit_prefilters_on_long_runs(text: str) -> None:
    assert list(national_ids._candidates(text)) == [
        m.start() for m in national_ids._SIX_DIGITS_RE.finditer(text)]
    assert [m.span() for m in cards._candidates(text)] == [
        m.span() for m in cards._CANDIDATE_RE.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_HTML)
def test_html_in_one_pass_reads_as_step_by_step(body: str) -> None:
    whole = html._read_whole_tokens(body)
    step = html._read_step_by_step(body)
    if whole is not None:
        assert whole == step
    else:
        assert "<" in body


def test_html_in_one_pass_is_used_for_ordinary_markup() -> None:
    body = ("<!DOCTYPE html><html><head><style>p { color: red }</style><!--[if mso]><x><![endif]-->"
            "</head><body><p>PIN:&nbsp;1234<br>Salasana: <b>Kissa123</b></p></body></html>")
    whole = html._read_whole_tokens(body)
    assert whole is not None
    assert whole == html._read_step_by_step(body)
    assert whole[0] == "\nPIN:\xa01234\nSalasana: Kissa123\n"


# -- personal data: a pattern is compiled and run only where its needle is -------------------------

_PERSONAL_PIECES = st.lists(st.sampled_from([
    "040 123 4567", "+358 40 1234567", "0401234567", "070-123 45 67", "(070) 123.45.67",
    "00358401234567", "Storgatan 12", "STORGATAN  12", "storgatan,12", "00100", "001 00",
    "SW1A 1AA", "sw1a 1aa", "K-77812", "k-77812", "1987-03-05", "5.3.1987", "05/03/1987",
    "19870305", "5. mars 1987", "5 March 1987", "131052-308T", "131052 308t", "1310523 08T",
    "Östra Långgatan 5", "ÖSTRA,LÅNGGATAN , 5", "östra långgatan", "Łódzka 3", "łÓDZKA 3",
    "ſtorgatan 12", "Storgatan 12", "123 45", "12345", "12345.6", "K 778", "k 778", "778",
    "ÿ", "Ÿ", "İ", "ı", "K", "Å", "ẞ", "μ", "_", ",", " ,", "a", "5",
    " ", "\n", "-", ".", "(", ")", "\u2009", "\xa0", "?", "é", "😀", "ſ", "0", "12", "1987",
]), max_size=40).map("".join)


@st.composite
def _customers(draw: st.DrawFn) -> object:
    import datetime as dt

    from misdirect import Customer

    return Customer(
        id="C-1", full_name="Anna Berg",
        phone=draw(st.sampled_from([None, "+358 40 123 4567", "070-123 45 67", "0401234567"])),
        postal_address=draw(st.sampled_from([None, "Storgatan 12", "Flat 2, 10 Downing Street",
                                             "Östra Långgatan 5", "Łódzka 3", "Kungsgatan 5"])),
        postal_code=draw(st.sampled_from([None, "00100", "SW1A 1AA", "123 45", "12345"])),
        customer_number=draw(st.sampled_from([None, "K-77812", "778", "K 778", "k778"])),
        birth_date=draw(st.sampled_from([None, dt.date(1987, 3, 5), dt.date(987, 3, 5)])),
        national_id=draw(st.sampled_from([None, "131052-308T", "19870305-1234"])),
    )


@settings(max_examples=400, deadline=None)
@given(_customers(), _PERSONAL_PIECES | st.text(max_size=200))
def test_personal_data_needles_are_exact(customer: object, text: str) -> None:
    from misdirect.content.personal import PersonalData

    data = PersonalData(customer)  # type: ignore[arg-type]
    fast = [(m.start, m.end, m.kind) for m in data.find(text, "text")]
    # the plain pass: every pattern of the record, run on the whole text
    plain: list[tuple[int, int, str]] = []
    seen: set[tuple[int, int]] = set()
    for f in data._fields:
        pattern = f.pattern()
        for m in pattern.finditer(text) if pattern is not None else ():
            if (m.start(), m.end()) not in seen:
                seen.add((m.start(), m.end()))
                plain.append((m.start(), m.end(), f.kind))
    assert fast == plain


@settings(max_examples=200, deadline=None)
@given(_customers(), st.lists(_PERSONAL_PIECES | st.text(max_size=200), min_size=1, max_size=4))
def test_personal_data_shared_per_record_finds_what_a_fresh_one_finds(
        customer: object, texts: list[str]) -> None:
    """`PersonalData.of` (one matcher per record's values, patterns compiled once) against a
    fresh matcher's plain pass, over several messages in a row (state carried between them)."""
    from misdirect.content.personal import PersonalData

    shared = PersonalData.of(customer)  # type: ignore[arg-type]
    assert PersonalData.of(customer.model_copy()) is shared  # type: ignore[attr-defined]
    for text in texts:
        fresh = PersonalData(customer)  # type: ignore[arg-type]
        plain: list[tuple[int, int, str]] = []
        seen: set[tuple[int, int]] = set()
        for f in fresh._fields:
            pattern = f.pattern()
            for m in pattern.finditer(text) if pattern is not None else ():
                if (m.start(), m.end()) not in seen:
                    seen.add((m.start(), m.end()))
                    plain.append((m.start(), m.end(), f.kind))
        assert [(m.start, m.end, m.kind) for m in shared.find(text, "text")] == plain


def test_personal_data_of_an_edited_record_is_its_own() -> None:
    import datetime as dt

    from misdirect import Customer
    from misdirect.content.personal import PersonalData

    before = Customer(id="C-1", phone="+46 70 123 4567", postal_address="Storgatan 12",
                      birth_date=dt.date(1987, 3, 5))
    after = before.model_copy(update={"postal_address": "Kungsgatan 5"})
    text = "Storgatan 12 / Kungsgatan 5"
    assert [m.start for m in PersonalData.of(before).find(text, "text")] == [0]
    assert [m.start for m in PersonalData.of(after).find(text, "text")] == [15]


_LINES = st.lists(st.sampled_from([
    "\n", "\n\n", " ", "\t", "\xa0", "\v", "\r", "1234", "482913", "12 34 56", "482-913", "8KX-29Q",
    "AB12-CD34", "x", "PIN", ":", ".", ",", "/", "+", "-", "é", "😀", "2024-01-02", "12.50",
]), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(_LINES | st.text(alphabet="0123456789 -\n\t\xa0:.ABKQXxa", max_size=300))
def test_line_candidates_are_those_of_the_multiline_pattern(text: str) -> None:
    """The newline-led search finds exactly the line-initial candidates of ``^...`` (MULTILINE)."""
    from misdirect.content import constructions

    want = [m.span(1) for m in constructions._LINE_CANDIDATE_RE.finditer(text)]
    assert [m.span(1) for m in constructions._line_candidates(text)] == want
