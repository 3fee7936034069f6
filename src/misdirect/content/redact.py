"""Replace spans of a field with markers, leaving every other character as it was.

Spans are given in the coordinates of the original field. For an HTML body a value may be spread
over several pieces (``12<b>34</b>``): the first piece becomes the marker, the others become empty,
and the tags between them stay, so the HTML keeps its structure.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["apply_edits"]


def apply_edits(original: str, edits: Iterable[tuple[int, int, str]]) -> str:
    """``original`` with each ``(start, end, replacement)`` applied; edits must not overlap."""
    out: list[str] = []
    pos = 0
    for start, end, replacement in sorted(edits):
        if start < pos:
            raise ValueError("overlapping edits")
        out.append(original[pos:start])
        out.append(replacement)
        pos = end
    out.append(original[pos:])
    return "".join(out)
