"""Keyword-anchored secrets: PINs, PUKs, passwords, one-time codes and security answers.

How a value is found, in order:

1. **Keywords.** One case-insensitive regex per kind built from the per-language tables in
   `misdirect.content.keywords`. It only runs in small windows around hits of a few literal anchors
   ("pass", "pin", "kod", ...) found with ``str.find``, so plain prose costs a handful of C-level
   substring searches.
2. **After the keyword.** Tokens (runs of non-space) are read left to right within a bounded window:
   separators (":", "=", a table-cell tab) and copulas ("is", "on", "är", "lautet") *introduce* the
   value; fillers ("your", "new", "now", "for you;") are skipped; intro verbs ("use", "käytä") also
   introduce. The first other token is the candidate, and it must pass the kind's validator. The
   value may sit on the next line when the keyword is a bare label.
3. **Before the keyword.** "482913 is your verification code", "123456 on vahvistuskoodisi".
4. **Table columns.** A header row holds the keyword; the value is in its column of the next row.

Validators reject what is not a secret even beside a keyword: dates, times, prices, phone numbers,
URLs, e-mail addresses, masks ("********") and ordinary words ("changed", "vaihdettu", "valid").
A letters-only password is accepted only when it was introduced explicitly and ends its clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from misdirect.content.base import Match
from misdirect.content.keywords import ANCHORS, LANGUAGES, _w

__all__ = ["KeywordSecrets"]

_KINDS = ("otp", "puk", "pin", "password", "security_answer")


def _union(attr: str) -> frozenset[str]:
    out: set[str] = set()
    for lang in LANGUAGES:
        out |= getattr(lang, attr)
    return frozenset(out)


_COPULAS = _union("copulas")
_INTRO_VERBS = _union("intro_verbs")
_FILLERS = _union("fillers")
_STOPWORDS = _union("stopwords") | _FILLERS | _INTRO_VERBS | _w(
    "password passwort kennwort salasana lösenord passord adgangskode kodeord wachtwoord "
    "contraseña pin puk code koodi kod kode código otp tan"
)
# words that may follow a value in the same clause ("use X when you first sign in")
_AFTER_VALUE = _w(
    "when to and or as for at until in on kun ja tai kirjautuessasi när och för vid till når og "
    "ved til wenn bei beim und um zur für lors pour et quand à cuando al para y wanneer als bij "
    "om en"
)
# ", " and the like: the first two may stand before the value ("Password = X")
_SEPARATORS = frozenset([":=", "=", ":", "-", "–", "—", "->", "=>", ":-"])

_KEYWORD_RE = re.compile(
    "|".join(
        f"(?P<{kind}>" + "|".join(f for lang in LANGUAGES for k, f in lang.keywords if k == kind)
        + ")"
        for kind in _KINDS
    ),
    re.IGNORECASE,
)
_TOKEN_RE = re.compile(r"\S+")
_WINDOW_BEFORE = 45
_WINDOW_AFTER = 70
_VALUE_WINDOW = 240
_MAX_TOKENS = 12

_LEAD_STRIP = "\"'«“‘„([<"
_TRAIL_STRIP = ".,;:\"'»”’)]>"
_DATE_RE = re.compile(r"\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?\.?")
_TIME_RE = re.compile(r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?")
_PRICE_RE = re.compile(
    r"[€$£¥]?\d{1,9}(?:[ .]\d{3}){0,3}[.,]\d{2}(?:[€$£¥]|kr|:-)?|[€$£¥]\d{1,9}|\d{1,9}[€$£¥]"
)
_CODE_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{2,14})[A-Za-z0-9]")
_MASK_CHARS = frozenset("*•·xX#.-_ ")
_ANSWER_RE = re.compile(r"[^\W\d_][\w'’ -]{0,48}[^\W_]|[^\W\d_]{1,2}")


def _lower_same_length(text: str) -> str:
    # "İ".lower() is two characters; everything else keeps its length, so offsets stay valid.
    low = text.lower()
    if len(low) != len(text):
        low = text.replace("İ", "I").lower()
    return low


def _keyword_windows(low: str) -> list[tuple[int, int]]:
    hits: list[int] = []
    find = low.find
    for anchor in ANCHORS:
        i = find(anchor)
        while i >= 0:
            hits.append(i)
            i = find(anchor, i + 1)
    if not hits:
        return []
    hits.sort()
    n = len(low)
    windows: list[tuple[int, int]] = []
    lo, hi = max(0, hits[0] - _WINDOW_BEFORE), min(n, hits[0] + _WINDOW_AFTER)
    for h in hits[1:]:
        s, e = max(0, h - _WINDOW_BEFORE), min(n, h + _WINDOW_AFTER)
        if s <= hi:
            hi = max(hi, e)
        else:
            windows.append((lo, hi))
            lo, hi = s, e
    windows.append((lo, hi))
    return windows


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _LEAD_STRIP:
        s += 1
    while e > s and text[e - 1] in _TRAIL_STRIP:
        e -= 1
    return s, e


def _looks_like_non_secret(v: str) -> bool:
    """Dates, times, prices, phone numbers, URLs, e-mail addresses and masks."""
    if _DATE_RE.fullmatch(v) or _TIME_RE.fullmatch(v) or _PRICE_RE.fullmatch(v):
        return True
    low = v.lower()
    if "://" in v or low.startswith("www.") or ("@" in v and "." in v.rpartition("@")[2]):
        return True
    if v[0] == "+" and sum(c.isdigit() for c in v) >= 6:
        return True
    return all(c in _MASK_CHARS for c in v)


def _classes(v: str) -> tuple[bool, bool, bool, bool]:
    lower = upper = digit = symbol = False
    for c in v:
        if c.isdigit():
            digit = True
        elif c.isalpha():
            if c.isupper():
                upper = True
            else:
                lower = True
        else:
            symbol = True
    return lower, upper, digit, symbol


def _strong(v: str) -> bool:
    """A token that looks machine-made: letters with digits, or with symbols inside."""
    lower, upper, digit, symbol = _classes(v)
    if len(v) < 5:
        return False
    if digit and (lower or upper):
        return True
    return symbol and (lower or upper) and v[0].isalnum() and v[-1].isalnum()


def _clause_ends(text: str, e: int, stripped_punct: bool) -> bool:
    """True when nothing but a clause break or a closing word follows position ``e``."""
    if stripped_punct:
        return True
    m = _TOKEN_RE.search(text, e, min(len(text), e + 60))
    if m is None:
        return True
    gap = text[e:m.start()]
    if "\n" in gap or "\t" in gap:
        return True
    nxt = m.group().lower().strip(_LEAD_STRIP + _TRAIL_STRIP)
    return nxt in _AFTER_VALUE or m.group()[0] in "(–—-"


class KeywordSecrets:
    """PINs, PUKs, passwords, one-time codes and security answers found beside their keyword."""

    id = "keyword_secrets"
    kinds = frozenset(_KINDS)

    def find(self, text: str, field: str) -> Iterator[Match]:
        if not text:
            return
        low = _lower_same_length(text)
        last_end = -1
        for lo, hi in _keyword_windows(low):
            for km in _KEYWORD_RE.finditer(text, lo, hi):
                kind = km.lastgroup or "password"
                if km.start() < last_end:
                    continue
                span = (self._after(text, km.end(), kind, self._intro_before(text, km.start()))
                        or self._before(text, km.start(), kind)
                        or self._column(text, km.start(), km.end(), kind))
                if span is not None:
                    last_end = max(last_end, span[1])
                    yield Match(span[0], span[1], kind, self.id, "keyword:" + km.group().lower())

    # -- value after the keyword -------------------------------------------------------------

    def _after(self, text: str, pos: int, kind: str, explicit: bool) -> tuple[int, int] | None:
        end = min(len(text), pos + _VALUE_WINDOW)
        prev_end = pos
        newline = False
        fillers = 0
        for count, tm in enumerate(_TOKEN_RE.finditer(text, pos, end)):
            if count >= _MAX_TOKENS:
                return None
            ts, te = tm.span()
            gap = text[prev_end:ts]
            prev_end = te
            if "\n" in gap:
                if newline or (fillers and not explicit):
                    return None
                newline = True
            if "\t" in gap:
                explicit = True
            while ts < te and text[ts] in ":=":
                explicit = True
                ts += 1
            if ts == te:
                continue
            tok = text[ts:te]
            if tok in _SEPARATORS:
                explicit = True
                continue
            word = tok.lower().rstrip(_TRAIL_STRIP)
            if not any(c.isalnum() for c in tok):
                return None  # "?", ",", "(": the clause ended without a value
            if word in _COPULAS or word in _INTRO_VERBS:
                explicit = True
                if tok[-1] in ".!?":
                    return None
                continue
            if word in _FILLERS:
                fillers += 1
                if tok[-1] in ".!?":
                    return None
                if tok[-1] == ":":
                    explicit = True
                continue
            if explicit:
                mode = "explicit"
            elif newline:
                mode = "newline"
            elif fillers == 0:
                mode = "apposition"
            else:
                return None
            return self._accept(text, ts, te, kind, mode)
        return None

    def _intro_before(self, text: str, kw_start: int) -> bool:
        """An intro verb shortly before the keyword ("use the password X", "käytä salasanaa X")."""
        lo = max(0, kw_start - 40)
        words = [m.group().lower().strip(_LEAD_STRIP + _TRAIL_STRIP)
                 for m in _TOKEN_RE.finditer(text, lo, kw_start)]
        if lo > 0 and words:
            words = words[1:]
        for w in reversed(words[-3:]):
            if w in _INTRO_VERBS:
                return True
            if w not in _FILLERS:
                return False
        return False

    # -- value before the keyword ("482913 is your verification code") -----------------------

    def _before(self, text: str, kw_start: int, kind: str) -> tuple[int, int] | None:
        if kind == "security_answer":
            return None
        lo = max(0, kw_start - 60)
        line_start = text.rfind("\n", lo, kw_start)
        lo = max(lo, line_start + 1)
        toks = [m.span() for m in _TOKEN_RE.finditer(text, lo, kw_start)]
        if lo > 0 and line_start < 0 and toks and toks[0][0] == lo:
            toks = toks[1:]  # may be cut off by the window
        i = len(toks) - 1
        while i >= 0 and text[toks[i][0]:toks[i][1]].lower() in _FILLERS:
            i -= 1
        if i < 1:
            return None
        cop = text[toks[i][0]:toks[i][1]].lower()
        if cop not in _COPULAS and cop not in ("as", "som", "als", "comme", "como", "kuin"):
            return None
        s, e = toks[i - 1]
        return self._accept(text, s, e, kind, "before")

    # -- value in the same column of the next table row ---------------------------------------

    def _column(self, text: str, kw_start: int, kw_end: int, kind: str) -> tuple[int, int] | None:
        ls = text.rfind("\n", max(0, kw_start - 300), kw_start) + 1
        le = text.find("\n", kw_end, kw_end + 300)
        if le < 0 or "\t" not in text[ls:le]:
            return None
        col = text.count("\t", ls, kw_start)
        cell_start = text.rfind("\t", ls, kw_start) + 1 if col else ls
        cell_end = text.find("\t", kw_end, le)
        cell_end = le if cell_end < 0 else cell_end
        if text[cell_start:kw_start].strip() or text[kw_end:cell_end].strip(" :\xa0"):
            return None
        cells = text.count("\t", ls, le)
        ns = le + 1
        while ns < len(text) and text[ns] == "\n":
            ns += 1
        ne = text.find("\n", ns, ns + 600)
        if ne < 0 or text.count("\t", ns, ne) != cells:
            return None
        s = ns
        for _ in range(col):
            s = text.index("\t", s, ne) + 1
        e = text.find("\t", s, ne)
        e = ne if e < 0 else e
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s == e or any(c.isspace() for c in text[s:e]) and kind != "security_answer":
            return None
        return self._accept(text, s, e, kind, "explicit")

    # -- validation ---------------------------------------------------------------------------

    def _accept(self, text: str, ts: int, te: int, kind: str, mode: str) -> tuple[int, int] | None:
        s, e = _strip(text, ts, te)
        if e - s < 1:
            return None
        stripped = e < te and text[e] in ".,;:!?)"
        v = text[s:e]
        if v.lower() in _STOPWORDS or _looks_like_non_secret(v):
            return None
        if kind in ("pin", "puk"):
            if not v.isdigit() or not (4 <= len(v) <= (16 if kind == "puk" else 12)):
                return None
            if kind == "puk" and len(v) < 8:
                return self._digit_groups(text, s, e, 8, 8)
            return (s, e) if self._alone(text, e) else None
        if kind == "otp":
            if v.isdigit():
                if len(v) < 6 and not (len(v) >= 4 and self._alone(text, e)):
                    return self._digit_groups(text, s, e, 6, 10)
                return (s, e) if len(v) <= 12 and self._alone(text, e) else None
            if not _CODE_RE.fullmatch(v):
                return None
            lower, upper, digit, _ = _classes(v)
            if digit and (sum(c.isdigit() for c in v) >= 2 or upper):
                return (s, e)
            if mode == "explicit" and upper and not lower and len(v) >= 6:
                return (s, e)
            return None
        if kind == "password":
            if not (4 <= len(v) <= 64):
                return None
            lower, upper, digit, symbol = _classes(v)
            if mode != "explicit" and not _strong(v) and not (digit and not (lower or upper)
                                                             and len(v) >= 6):
                return None
            if not digit and not symbol and not _clause_ends(text, e, stripped):
                return None
            return (s, e)
        if kind == "security_answer":
            if mode != "explicit":
                return None
            m = _ANSWER_RE.match(text, s, min(len(text), s + 50))
            if m is None:
                return None
            end = s
            # extend over the clause: up to five words, stop at punctuation or a line break
            for words, wm in enumerate(_TOKEN_RE.finditer(text, s, min(len(text), s + 60))):
                if words and "\n" in text[end:wm.start()]:
                    break
                ws, we = _strip(text, wm.start(), wm.end())
                if ws == we or text[ws:we].lower() in _AFTER_VALUE and words:
                    break
                end = we
                if we < wm.end() or words >= 4:
                    break
            return (s, end) if end > s else None
        return None

    @staticmethod
    def _alone(text: str, e: int) -> bool:
        """No further digit group follows on the line (else it is a longer number, e.g. a phone)."""
        m = re.compile(r"[ \xa0-]?\d").match(text, e)
        return m is None

    @staticmethod
    def _digit_groups(text: str, s: int, e: int, lo: int, hi: int) -> tuple[int, int] | None:
        """Codes written in groups ("123 456", "1234 5678") when the digits add up to lo..hi."""
        m = re.compile(r"\d{2,4}(?:[ \xa0-]\d{2,4}){1,3}(?![\d])").match(text, s)
        if m is None:
            return None
        digits = sum(c.isdigit() for c in m.group())
        if lo <= digits <= hi:
            return (s, m.end())
        return None
