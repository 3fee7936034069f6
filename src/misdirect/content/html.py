"""Turn an HTML body into plain text that keeps a map back to the original HTML positions.

Detectors only ever read text. For an HTML body, `HtmlText` is the text a reader sees: tags
are dropped (block tags such as ``<p>``, ``<br>`` and ``<tr>`` become a line break, table cells a
tab so that a label and its value in two cells read as ``Password<TAB>value``; a header cell
``<th>`` becomes a vertical tab, so a detector can tell a header row from a label cell),
entities are decoded, ``<script>``, ``<style>`` and comments are skipped. `HtmlText.pieces` maps
a span of that text back to the pieces of the original HTML that hold it, so that a redaction replaces
text and entities only and never touches a tag: the HTML stays well-formed.

A body is read in one ``re.split`` pass that cuts out every tag, comment, declaration,
script/style element and entity whole; the text and the map are then built with C-level list
operations. A body with a stray "<" (a literal one, or a tag whose name holds another "<") is read
one token at a time by the same rules instead. Both use simple regexes whose repeated parts are
disjoint from what follows them (possessive where a loop could otherwise backtrack) and ``str.find``,
so they run in linear time on any input, and they produce the same text and map.
"""

from __future__ import annotations

import html as _html
import re
from array import array
from bisect import bisect_right
from itertools import accumulate, repeat

__all__ = ["HtmlText", "html_to_text"]

_BLOCK_TAGS = frozenset(str.split(
    "address article aside blockquote br caption center dd div dl dt figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody tfoot thead title tr ul"
))
_RAW_TEXT_TAGS = frozenset({"script", "style"})
# What a tag leaves in the text, by lowercase name: block tags a line break, a cell a tab, a header
# cell a vertical tab (the value may be in this column of the next row); other tags nothing.
_OPEN_PIECE = {name: "\n" for name in _BLOCK_TAGS} | {"td": "\t", "th": "\v"}
_CLOSE_PIECE = {name: "\n" for name in _BLOCK_TAGS}
# One pass finds the markup: an entity, a well-formed tag ("<" then a name, then anything but "<" or
# ">" up to ">"; "[^<>]*" cannot overlap the closing ">", so a failed attempt stops at the next "<"
# and the scan stays linear), or any other "<" (a comment, a declaration, a tag whose name holds
# another "<", or a literal "<"), which is read by hand. An "&" that starts no entity is text.
_MARKUP_RE = re.compile(
    r"(&(?:#[0-9]{1,8}|#[xX][0-9A-Fa-f]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});)"
    r"|<(/?)([A-Za-z][A-Za-z0-9:-]{0,30})([^<>]*)>"
    r"|<"
)
_ENTITY, _TAG = 1, 4  # Match.lastindex of an entity and of a well-formed tag
_TAG_RE = re.compile(r"</?([A-Za-z][A-Za-z0-9:-]{0,30})")


def _raw_text(name: str) -> str:
    """An opening ``<script>``/``<style>`` tag (not ``<script/>``) with its content and closing tag
    (to the end of the input when there is none). The content loop is possessive: each round starts
    with a "<" that is not the closing tag, so there is nothing to backtrack into."""
    return (rf"<(?i:{name})(?![A-Za-z0-9:-])[^<>]*(?<!/)>"
            rf"[^<]*(?:<(?!/(?i:{name})\s*>)[^<]*)*+(?:</(?i:{name})\s*>)?")


# The same reading as `_MARKUP_RE` plus the hand-read cases, as one regex for `re.split`: comments
# (to "-->" or the end), declarations (to ">" or the end), script and style elements, well-formed
# tags, entities, and "<" alone for a stray "<" (a literal one, or a tag whose name holds another
# "<"), which sends the body to the step-by-step reader.
_SPLIT_RE = re.compile(
    r"(<!--[^-]*(?:-(?!->)[^-]*)*+(?:-->)?"
    r"|<[!?][^>]*>?"
    r"|" + "|".join(_raw_text(name) for name in sorted(_RAW_TEXT_TAGS)) +
    r"|</?[A-Za-z][A-Za-z0-9:-]{0,30}[^<>]*>"
    r"|&(?:#[0-9]{1,8}|#[xX][0-9A-Fa-f]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});"
    r"|<)"
)


class _Pieces(dict[str, str]):
    """What each markup token leaves in the text, worked out once per distinct token."""

    def __missing__(self, token: str) -> str:
        if token[0] == "&":
            piece = _html.unescape(token)
        elif token[1] in "!?":
            piece = ""
        else:
            m = _TAG_RE.match(token)
            name = m.group(1).lower() if m is not None else ""
            piece = (_CLOSE_PIECE if token[1] == "/" else _OPEN_PIECE).get(name, "")
        self[token] = piece
        return piece


#: The text, then the map: per record its text start and length, HTML start and length, and
#: whether it is a tag (1) or an entity (0).
_Reading = tuple[str, "array[int]", "array[int]", "array[int]", "array[int]", bytearray]


def _read_whole_tokens(html: str) -> _Reading | None:
    """The reading of a body without a stray "<" (None for one with): one `re.split` pass.

    Every token is then a tag, comment, declaration, script/style element or entity that
    `_SPLIT_RE` reads whole, exactly as `_read_step_by_step` would, and the text and the map are
    built with C-level list operations, one record per token.
    """
    parts = _SPLIT_RE.split(html)  # text, token, text, token, ..., text
    tokens = parts[1::2]
    if "<" in tokens:
        return None
    pieces = list(map(_Pieces().__getitem__, tokens))
    ends = list(accumulate(map(len, parts)))  # where each part ends in the HTML
    h = array("q", ends[0:-1:2])  # a token starts where the text before it ends
    hl = array("q", map(len, tokens))
    is_tag = bytearray(map(str.startswith, tokens, repeat("<")))
    parts[1::2] = pieces
    ends = list(accumulate(map(len, parts)))  # the same in the text
    return "".join(parts), array("q", ends[0:-1:2]), array("q", map(len, pieces)), h, hl, is_tag


def _read_step_by_step(html: str) -> _Reading:
    """The reading of any body, one markup token at a time (the rules `_SPLIT_RE` also follows)."""
    # records, flat: text start, text length, HTML start, HTML length, is-a-tag flag
    rec: list[int] = []
    parts: list[str] = []
    decoded: dict[str, str] = {}
    text_len = 0
    pos = 0  # the HTML read so far; html[pos:] is not in parts yet
    n = len(html)
    next_gt = -1
    for m in _MARKUP_RE.finditer(html):
        i = m.start()
        if i < pos:
            continue  # inside a comment, script or tag read by hand below (none ends past pos)
        kind = m.lastindex
        if kind == _ENTITY:
            entity = m.group()
            piece = decoded.get(entity)
            if piece is None:
                piece = decoded[entity] = _html.unescape(entity)
            end = m.end()
            is_tag = 0
        else:
            if kind == _TAG:
                _, slash, name, attrs = m.groups()
                closing = slash == "/"
                name = name.lower()
                end = m.end()
            elif html.startswith("<!--", i):
                end = html.find("-->", i + 4)
                end = n if end < 0 else end + 3
                name = attrs = ""
                closing = True
            elif html.startswith("<!", i) or html.startswith("<?", i):
                end = html.find(">", i)
                end = n if end < 0 else end + 1
                name = attrs = ""
                closing = True
            else:
                # A "<" then a letter opens a tag that runs to the next ">", whatever it holds:
                # "<PIN<br>" is one tag named "pin<br" to a browser (and to html.parser), so its
                # letters are not text to scan or redact. The next ">" is found once and
                # reused, which keeps a body full of "<" linear. Any other "<" is text.
                j = i + 2 if html.startswith("</", i) else i + 1
                if j >= n or not html[j].isascii() or not html[j].isalpha():
                    continue
                if next_gt < i:
                    next_gt = html.find(">", i)
                    if next_gt < 0:
                        next_gt = n  # no ">" anywhere after: every later "<" is text
                if next_gt >= n:
                    continue
                closing = j == i + 2
                end = next_gt + 1
                raw = html[j:next_gt]
                name = re.split(r"[\s/]", raw, maxsplit=1)[0].lower()
                attrs = raw[len(name):]
            if closing:
                piece = _CLOSE_PIECE.get(name, "")
            elif name in _RAW_TEXT_TAGS and not attrs.endswith("/"):
                close = re.compile(r"</" + name + r"\s*>", re.IGNORECASE).search(html, end)
                end = n if close is None else close.end()
                piece = ""
            else:
                piece = _OPEN_PIECE.get(name, "")
            is_tag = 1
        if i > pos:
            parts.append(html[pos:i])
            text_len += i - pos
        rec += (text_len, len(piece), i, end - i, is_tag)
        if piece:
            parts.append(piece)
            text_len += len(piece)
        pos = end
    if pos < n:
        parts.append(html[pos:])

    return ("".join(parts), array("q", rec[0::5]), array("q", rec[1::5]), array("q", rec[2::5]),
            array("q", rec[3::5]), bytearray(rec[4::5]))


class HtmlText:
    """The readable text of an HTML string, with a map from text positions back to HTML positions.

    The map is kept compactly: one record per tag or entity (text start, text length, HTML start,
    HTML length); text between records is a literal copy of the HTML.
    """

    __slots__ = ("html", "text", "_t", "_tl", "_h", "_hl", "_is_tag")

    def __init__(self, html: str) -> None:
        self.html = html
        reading = _read_whole_tokens(html) or _read_step_by_step(html)
        self.text, self._t, self._tl, self._h, self._hl, self._is_tag = reading

    def to_html(self, text_pos: int) -> int:
        """The HTML position of a text position that lies in literal text."""
        k = bisect_right(self._t, text_pos) - 1
        if k < 0:
            return text_pos
        return self._h[k] + self._hl[k] + (text_pos - self._t[k] - self._tl[k])

    def pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        """The HTML spans holding ``text[start:end]``: literal runs and whole entities, never tags.

        Characters that came from a tag (the line break of ``<br>``) are left out, so replacing the
        pieces leaves every tag in place.
        """
        out: list[tuple[int, int]] = []
        t, tl, h, hl = self._t, self._tl, self._h, self._hl
        k = bisect_right(t, start) - 1
        # literal region before record k+1 starts at the end of record k
        cur = start
        if k < 0:
            lit_t, lit_h = 0, 0
        elif t[k] + tl[k] > start:
            # start lies inside record k (an entity or a tag's synthetic character)
            if not self._is_tag[k]:
                out.append((h[k], h[k] + hl[k]))
            cur = t[k] + tl[k]
            lit_t, lit_h = cur, h[k] + hl[k]
        else:
            lit_t, lit_h = t[k] + tl[k], h[k] + hl[k]
        k += 1
        nrec = len(t)
        while cur < end:
            nxt = t[k] if k < nrec else None
            lit_end = end if nxt is None else min(end, nxt)
            if lit_end > cur:
                out.append((lit_h + (cur - lit_t), lit_h + (lit_end - lit_t)))
                cur = lit_end
            if cur >= end or k >= nrec:
                break
            # record k starts at cur
            if tl[k] and not self._is_tag[k]:
                out.append((h[k], h[k] + hl[k]))
            cur = t[k] + tl[k]
            lit_t, lit_h = cur, h[k] + hl[k]
            k += 1
        return _merge_adjacent(out)

    def in_tag(self, html_pos: int) -> bool:
        """True when an HTML position lies inside a tag, comment or script (an attribute value)."""
        k = bisect_right(self._h, html_pos) - 1
        return k >= 0 and bool(self._is_tag[k]) and html_pos < self._h[k] + self._hl[k]


def _merge_adjacent(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if len(spans) < 2:
        return spans
    merged = [spans[0]]
    for s, e in spans[1:]:
        ps, pe = merged[-1]
        if s == pe:
            merged[-1] = (ps, e)
        else:
            merged.append((s, e))
    return merged


def html_to_text(html: str) -> HtmlText:
    """The readable text of ``html`` with its position map (see `HtmlText`)."""
    return HtmlText(html)
