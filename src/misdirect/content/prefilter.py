"""Cheap exact prefilters that tell the detectors where to look.

Detectors run on every message, and most of a message is prose, order lines and footers that hold
nothing to find. Scanning all of it with many regexes or many ``str.find`` passes is what used to
cost the time, so the detectors first ask this module for the few positions worth a closer look and
then run their own rules there only. The answers are exact (a superset that the caller verifies),
never a heuristic, so they change speed and nothing else.

Everything works on a *one byte per character* copy of the text: ``text.encode("latin-1",
"replace")`` keeps every character below U+0100 as its own byte and turns every other character
into one ``?``, so byte offsets are character offsets. ASCII digits, spaces, hyphens and the
Latin-1 letters of the keyword anchors survive unchanged.

- `digit_classes` maps that copy to three classes (digit ``0``, separator `` ``, other ``.``) so
  that a literal search (``b"000000"``), which the regex engine runs at memchr speed, finds runs of
  digits.
- `AnchorFinder` finds every occurrence of a set of short literal anchors in one pass: a numpy hash
  of each position's three-byte window, a table lookup, and a ``str.startswith`` check on the few
  positions whose hash matches; short texts use ``str.find`` per anchor, and texts as short as a
  subject line a dictionary lookup of each three-character window, which are cheaper there.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

__all__ = ["AnchorFinder", "DIGIT", "SEPARATOR", "digit_classes", "one_byte_per_char"]

#: The byte `digit_classes` writes for an ASCII digit, and for a space or hyphen.
DIGIT = b"0"
SEPARATOR = b" "

_CLASSES = bytes(
    DIGIT[0] if 0x30 <= b <= 0x39 else SEPARATOR[0] if b in (0x20, 0x2D) else ord(".")
    for b in range(256)
)


def one_byte_per_char(text: str) -> bytes:
    """``text`` as one byte per character: Latin-1 as itself, anything else as ``?``."""
    return text.encode("latin-1", "replace")


def digit_classes(text: str) -> bytes:
    """One byte per character of ``text``: ``0`` for ``[0-9]``, a space for ``[ -]``, else ``.``."""
    return one_byte_per_char(text).translate(_CLASSES)


# Positions per numpy pass: bounds the temporary arrays (a few hundred KB) on a 10 MB body.
_CHUNK = 1 << 16
_MULT = np.uint32(0x9E3779B1)
# Slots of the hash table: 2**20 (a 1 MB table of booleans). With 2**16 slots, a few common
# windows of ordinary prose shared a slot with an anchor and sent most positions of a letter to the
# exact check for nothing; four more bits make such collisions rare for the few hundred anchors.
_SLOT_BITS = 20
_SHIFT = np.uint32(32 - _SLOT_BITS)


def _hash3(key: int) -> int:
    """The table slot of a three-byte window ``b0 | b1 << 8 | b2 << 16`` (as computed in numpy)."""
    return ((key * 0x9E3779B1) & 0xFFFFFFFF) >> (32 - _SLOT_BITS)


class AnchorFinder:
    """All occurrences of a fixed set of lowercase literal anchors in a (lowercased) text.

    ``find(low)`` returns ``(position, anchor)`` pairs, exactly those that ``low.find(anchor, ...)``
    would report for every anchor, in no particular order.
    """

    #: Below this many characters, one ``str.find`` pass per anchor is cheaper than the numpy pass.
    min_numpy_len = 256

    def __init__(self, anchors: Iterable[str]) -> None:
        self.anchors = tuple(dict.fromkeys(anchors))
        self._table = np.zeros(1 << _SLOT_BITS, dtype=np.bool_)
        self._by_prefix: dict[str, tuple[str, ...]] = {}
        slow: list[str] = []
        for a in self.anchors:
            try:
                raw = a.encode("latin-1")
            except UnicodeEncodeError:
                raw = b""
            if len(raw) < 3:
                slow.append(a)  # a hashed window needs three Latin-1 characters
                continue
            self._table[_hash3(raw[0] | raw[1] << 8 | raw[2] << 16)] = True
            self._by_prefix[a[:3]] = (*self._by_prefix.get(a[:3], ()), a)
        self._slow = tuple(slow)
        self._rank = {a: i for i, a in enumerate(self.anchors)}

    #: Below this many characters (a subject line), looking each three-character window up is
    #: cheaper still than one ``str.find`` pass per anchor.
    max_window_len = 48

    def find(self, low: str) -> list[tuple[int, str]]:
        if len(low) < self.max_window_len:
            return self._find_windows(low)
        if len(low) < self.min_numpy_len:
            return self._find_each(low, self.anchors)
        out = self._find_each(low, self._slow) if self._slow else []
        n = len(low)
        # one extra byte so that the four-byte window of the last three-byte window exists
        raw = one_byte_per_char(low) + b"\0"
        table, by_prefix, startswith = self._table, self._by_prefix, low.startswith
        for start in range(0, n - 2, _CHUNK):
            count = min(_CHUNK, n - 2 - start)
            # the four-byte windows at every byte, copied once into an aligned array (an
            # operation on the unaligned view itself cost more than the copy and all the rest)
            keys = np.ndarray((count,), dtype="<u4", buffer=raw, offset=start,
                              strides=(1,)).copy()
            keys &= np.uint32(0xFFFFFF)
            keys *= _MULT
            keys >>= _SHIFT
            for i in table[keys].nonzero()[0].tolist():
                p = start + i
                for a in by_prefix.get(low[p:p + 3], ()):
                    if startswith(a, p):
                        out.append((p, a))
        return out

    def _find_windows(self, low: str) -> list[tuple[int, str]]:
        out = self._find_each(low, self._slow) if self._slow else []
        get, startswith = self._by_prefix.get, low.startswith
        for p in range(len(low) - 2):
            for a in get(low[p:p + 3], ()):
                if startswith(a, p):
                    out.append((p, a))
        # in the order `_find_each` gives (anchor by anchor), which callers of short texts got
        out.sort(key=lambda hit: (self._rank[hit[1]], hit[0]))
        return out

    @staticmethod
    def _find_each(low: str, anchors: tuple[str, ...]) -> list[tuple[int, str]]:
        out: list[tuple[int, str]] = []
        find = low.find
        for a in anchors:
            i = find(a)
            while i >= 0:
                out.append((i, a))
                i = find(a, i + 1)
        return out
