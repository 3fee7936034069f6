"""Helpers shared by the content tests: scan a body, read what a person would see, and check what
was redacted and what was kept."""

from __future__ import annotations

from html.parser import HTMLParser

from misdirect.content import scan
from misdirect.models import OutboundEmail


def scan_body(text: str | None = None, html: str | None = None, subject: str = ""):  # type: ignore[no-untyped-def]
    email = OutboundEmail(customer_id="c1", to=["a@example.com"], subject=subject, text=text,
                          html=html)
    return email, scan(email)


def visible(email: OutboundEmail) -> str:
    """The subject, the text body and the HTML body's text (entities decoded), one per line."""
    parts = [email.subject, email.text or ""]

    class P(HTMLParser):
        def handle_data(self, data: str) -> None:
            parts.append(data)

    if email.html:
        P(convert_charrefs=True).feed(email.html)
    return "\n".join(parts)


def assert_redacted(text: str | None, html: str | None, removed: list[str],
                    kept: list[str]) -> None:
    """Each value in `removed` is gone from what a reader sees, each in `kept` is still there, and
    there is one `secret_in_body` finding per removed value."""
    _, result = scan_body(text, html)
    out = visible(result.message)
    for value in removed:
        assert value not in out, f"{value!r} was not redacted"
    for value in kept:
        assert value in out, f"{value!r} was removed"
    found = [f for f in result.findings if f.code == "secret_in_body"]
    assert len(found) == len(removed)
