"""Values the sender declares in `OutboundEmail.known_secrets`, found wherever they appear.

This is the exact path: a sender that embeds a PIN or a temporary password should list it in
``known_secrets``; it is then redacted however the template wrote it, also when HTML tags or
whitespace split it (``12<span>34</span>``, ``1234 5678``, ``12&#51;4``). Matching is exact and
case-sensitive on the characters of the value; whitespace inside the value and between its
characters is ignored. A value must not be part of a longer word or number (a PIN 1234 is not found
inside order number 123456).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import numpy as np

from misdirect.content.base import Match

__all__ = ["KnownSecrets", "MIN_KNOWN_SECRET_LENGTH"]

#: Shorter values are ignored: they would match too much ordinary text to be redacted safely.
MIN_KNOWN_SECRET_LENGTH = 3


def _pattern(value: str) -> re.Pattern[str] | None:
    """The pattern of ``value``: what `KnownSecrets.find` matches (it does so without compiling
    it; this is the definition, and the tests compare the two)."""
    chars = [c for c in value if not c.isspace()]
    if len(chars) < MIN_KNOWN_SECRET_LENGTH:
        return None
    # "\s*" between literal non-space characters: the two can never both match the same character,
    # so there is nothing to backtrack over and matching stays linear.
    body = r"\s*".join(re.escape(c) for c in chars)
    head = r"(?<![^\W_])" if chars[0].isalnum() else ""
    tail = r"(?![^\W_])" if chars[-1].isalnum() else ""
    return re.compile(head + body + tail)


# -- matching without compiling ----------------------------------------------------------------
#
# The scanner builds a KnownSecrets per message, also for the secrets it found in the subject
# ("482913 is your code"), and compiling one pattern cost 60-170 µs. `_pattern` matches the value's
# characters with any whitespace between them, so a match is exactly an occurrence of the
# characters in the text with its whitespace taken out (``"".join(text.split())``: str.split's
# whitespace is re's ``\s``), and ``[^\W_]`` is `str.isalnum`. The pattern's characters are
# literals, so an occurrence found there is the only match that can start at its place.

#: Code points up to U+3000 that `str.isspace` accepts (none above it does; a test checks all).
_LAST_SPACE = 0x3000
_IS_SPACE = np.array([chr(c).isspace() for c in range(_LAST_SPACE + 2)], dtype=np.bool_)


class _Spaceless:
    """A text without its whitespace, and where each of its characters is in the text."""

    __slots__ = ("compact", "text", "_positions")

    def __init__(self, text: str) -> None:
        self.text = text
        self.compact = "".join(text.split())
        self._positions: np.ndarray | None = None

    def position(self, i: int) -> int:
        if self._positions is None:
            if len(self.compact) == len(self.text):
                return i
            points = np.frombuffer(self.text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
            space = _IS_SPACE[np.minimum(points, _LAST_SPACE + 1)]
            self._positions = np.flatnonzero(~space)
        return int(self._positions[i])


class _Value:
    """One known value: its characters without whitespace, and whether a word may touch it."""

    __slots__ = ("chars", "head", "tail")

    def __init__(self, chars: str) -> None:
        self.chars = chars
        self.head = chars[0].isalnum()  # (?<![^\W_])
        self.tail = chars[-1].isalnum()  # (?![^\W_])

    def spans(self, view: _Spaceless) -> Iterator[tuple[int, int]]:
        """``(m.start(), m.end())`` of each match of `_pattern` in ``view.text``, in order."""
        text, compact, chars, n = view.text, view.compact, self.chars, len(self.chars)
        i = compact.find(chars)
        free = 0  # the first index of compact that no earlier match covers
        while i >= 0:
            if i >= free:
                start = view.position(i)
                end = view.position(i + n - 1) + 1
                if not (self.head and start > 0 and text[start - 1].isalnum()) and not (
                        self.tail and end < len(text) and text[end].isalnum()):
                    yield start, end
                    free = i + n
            i = compact.find(chars, i + 1)


class KnownSecrets:
    """The values of ``known_secrets``; built per message by `misdirect.content.scan`."""

    id = "known_secrets"
    kinds = frozenset({"known_secret"})

    def __init__(self, values: Sequence[str]) -> None:
        # Longest first, so that a value containing another is matched whole.
        self._values: list[_Value] = []
        for v in sorted(set(values), key=len, reverse=True):
            chars = "".join(v.split())
            if len(chars) >= MIN_KNOWN_SECRET_LENGTH:
                self._values.append(_Value(chars))

    def __bool__(self) -> bool:
        return bool(self._values)

    def find(self, text: str, field: str) -> Iterator[Match]:
        if not self._values:
            return
        view = _Spaceless(text)
        for value in self._values:
            for start, end in value.spans(view):
                yield Match(start, end, "known_secret", self.id, "known")
