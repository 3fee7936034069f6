"""Turn an HTML body into plain text that keeps a map back to the original HTML positions.

Detectors only ever read text. For an HTML body, `HtmlText` is the text a reader sees: tags
are dropped (block tags such as ``<p>``, ``<br>`` and ``<tr>`` become a line break, table cells a
tab so that a label and its value in two cells read as ``Password<TAB>value``; a header cell
``<th>`` becomes a vertical tab, so a detector can tell a header row from a label cell),
entities are decoded, ``<script>``, ``<style>`` and comments are skipped. `HtmlText.pieces` maps
a span of that text back to the pieces of the original HTML that hold it, so that a redaction replaces
text and entities only and never touches a tag: the HTML stays well-formed.

The scanner is a single left-to-right pass with ``str.find`` and simple regexes whose repeated parts
are disjoint from what follows them, so it runs in linear time on any input.
"""

from __future__ import annotations

import html as _html
import re
from array import array
from bisect import bisect_right

__all__ = ["HtmlText", "html_to_text"]

_BLOCK_TAGS = frozenset(str.split(
    "address article aside blockquote br caption center dd div dl dt figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody tfoot thead title tr ul"
))
_RAW_TEXT_TAGS = frozenset({"script", "style"})
# A tag: "<" then a name, then anything but "<" or ">" up to ">". "[^<>]*" cannot overlap the
# closing ">", so a failed attempt stops at the next "<" and the scan stays linear.
_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,30})([^<>]*)>")
_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,8}|#[xX][0-9A-Fa-f]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});")
_SPECIAL_RE = re.compile(r"[<&]")


class HtmlText:
    """The readable text of an HTML string, with a map from text positions back to HTML positions.

    The map is kept compactly: one record per tag or entity (text start, text length, HTML start,
    HTML length); text between records is a literal copy of the HTML.
    """

    __slots__ = ("html", "text", "_t", "_tl", "_h", "_hl", "_is_tag")

    def __init__(self, html: str) -> None:
        self.html = html
        t, tl, h, hl = array("q"), array("q"), array("q"), array("q")
        is_tag = bytearray()
        parts: list[str] = []
        text_len = 0
        pos = 0
        n = len(html)

        def record(text_piece: str, hstart: int, hend: int, tag: bool) -> None:
            nonlocal text_len
            t.append(text_len)
            tl.append(len(text_piece))
            h.append(hstart)
            hl.append(hend - hstart)
            is_tag.append(1 if tag else 0)
            if text_piece:
                parts.append(text_piece)
                text_len += len(text_piece)

        next_gt = -1
        while pos < n:
            m = _SPECIAL_RE.search(html, pos)
            if m is None:
                parts.append(html[pos:])
                text_len += n - pos
                break
            i = m.start()
            if i > pos:
                parts.append(html[pos:i])
                text_len += i - pos
            if html[i] == "&":
                em = _ENTITY_RE.match(html, i)
                if em is None:
                    parts.append("&")
                    text_len += 1
                    pos = i + 1
                    continue
                decoded = _html.unescape(em.group())
                record(decoded, i, em.end(), False)
                pos = em.end()
                continue
            # "<"
            if html.startswith("<!--", i):
                end = html.find("-->", i + 4)
                end = n if end < 0 else end + 3
                record("", i, end, True)
                pos = end
                continue
            if html.startswith("<!", i) or html.startswith("<?", i):
                end = html.find(">", i)
                end = n if end < 0 else end + 1
                record("", i, end, True)
                pos = end
                continue
            tm = _TAG_RE.match(html, i)
            if tm is not None:
                name = tm.group(2).lower()
                closing = tm.group(1) == "/"
                end = tm.end()
                attrs = tm.group(3)
            else:
                # A "<" then a letter opens a tag that runs to the next ">", whatever it holds:
                # "<PIN<br>" is one tag named "pin<br" to a browser (and to html.parser), so its
                # letters are not text to scan or redact. The next ">" is found once and reused,
                # which keeps a body full of "<" linear.
                j = i + 2 if html.startswith("</", i) else i + 1
                if j >= n or not html[j].isascii() or not html[j].isalpha():
                    parts.append("<")
                    text_len += 1
                    pos = i + 1
                    continue
                if next_gt < i:
                    next_gt = html.find(">", i)
                    if next_gt < 0:
                        next_gt = n  # no ">" anywhere after: every later "<" is text
                if next_gt >= n:
                    parts.append("<")
                    text_len += 1
                    pos = i + 1
                    continue
                closing = j == i + 2
                end = next_gt + 1
                raw = html[j:next_gt]
                name = re.split(r"[\s/]", raw, maxsplit=1)[0].lower()
                attrs = raw[len(name):]
            if not closing and name in _RAW_TEXT_TAGS and not attrs.endswith("/"):
                close = re.compile(r"</" + name + r"\s*>", re.IGNORECASE).search(html, end)
                end = n if close is None else close.end()
                record("", i, end, True)
                pos = end
                continue
            if name in _BLOCK_TAGS:
                piece = "\n"
            elif name == "td" and not closing:
                piece = "\t"
            elif name == "th" and not closing:
                piece = "\v"  # a header cell: the value may be in this column of the next row
            else:
                piece = ""
            record(piece, i, end, True)
            pos = end

        self.text = "".join(parts)
        self._t, self._tl, self._h, self._hl, self._is_tag = t, tl, h, hl, is_tag

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
