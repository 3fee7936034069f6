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

from misdirect.content.base import Match

__all__ = ["KnownSecrets", "MIN_KNOWN_SECRET_LENGTH"]

#: Shorter values are ignored: they would match too much ordinary text to be redacted safely.
MIN_KNOWN_SECRET_LENGTH = 3


def _pattern(value: str) -> re.Pattern[str] | None:
    chars = [c for c in value if not c.isspace()]
    if len(chars) < MIN_KNOWN_SECRET_LENGTH:
        return None
    # "\s*" between literal non-space characters: the two can never both match the same character,
    # so there is nothing to backtrack over and matching stays linear.
    body = r"\s*".join(re.escape(c) for c in chars)
    head = r"(?<![^\W_])" if chars[0].isalnum() else ""
    tail = r"(?![^\W_])" if chars[-1].isalnum() else ""
    return re.compile(head + body + tail)


class KnownSecrets:
    """The values of ``known_secrets``; built per message by `misdirect.content.scan`."""

    id = "known_secrets"
    kinds = frozenset({"known_secret"})

    def __init__(self, values: Sequence[str]) -> None:
        # Longest first, so that a value containing another is matched whole.
        pats = [_pattern(v) for v in sorted(set(values), key=len, reverse=True)]
        self._patterns = [p for p in pats if p is not None]

    def __bool__(self) -> bool:
        return bool(self._patterns)

    def find(self, text: str, field: str) -> Iterator[Match]:
        for pat in self._patterns:
            for m in pat.finditer(text):
                yield Match(m.start(), m.end(), "known_secret", self.id, "known")
