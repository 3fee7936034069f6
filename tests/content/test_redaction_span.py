"""The span of a redacted value ends where the value ends, also at ``<``, ``&`` and entities
(issue 12, part 5). tests/content/test_content_hard.py checks that the whole value is gone; these
check that nothing of it is left either: before the fix ``Salasana: Kesä&2024<x>`` came out as
``Salasana: [redacted password]>``, the value's tail left in the message."""

from __future__ import annotations

import pytest

from misdirect import OutboundEmail
from misdirect.content import scan


@pytest.mark.parametrize(("field", "body", "value", "redacted"), [
    ("text", "Salasana: Kesä&2024<x>\nTilaus 448120", "Kesä&2024<x>",
     "Salasana: [redacted password]\nTilaus 448120"),
    ("text", "Password: Tulip<9x&y\nOrder 448120", "Tulip<9x&y",
     "Password: [redacted password]\nOrder 448120"),
    ("html", "<p>Salasana: Kesä&amp;2024&lt;x&gt;</p><p>Tilaus 448120</p>",
     "Kesä&amp;2024&lt;x&gt;", "<p>Salasana: [redacted password]</p><p>Tilaus 448120</p>"),
    ("html", "<p>Passwort: a&lt;b&amp;c9Z</p>", "a&lt;b&amp;c9Z",
     "<p>Passwort: [redacted password]</p>"),
], ids=["text-lt-amp", "text-lt-amp-2", "html-entities", "html-entities-2"])
def test_the_redacted_span_is_exactly_the_value(field: str, body: str, value: str,
                                                redacted: str) -> None:
    result = scan(OutboundEmail(customer_id="C-1", to=["a@b.fi"], **{field: body}))
    assert getattr(result.message, field) == redacted
    [f] = [f for f in result.findings if f.code == "secret_in_body"]
    assert f.location is not None and body[f.location.start:f.location.end] == value
