"""What every detector shares: the `Match` it yields and the `Detector` protocol.

A detector reads plain text (HTML bodies are turned into text first, see `misdirect.content.html`)
and yields `Match` objects: a span of that text and the kind of thing found. Matches carry positions
only; the value is never copied anywhere else.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

__all__ = ["SECRET_KINDS", "Detector", "Match", "describe_kind", "marker_for"]

#: Kinds of secret a detector may report. ``known_secret`` is a value from
#: `OutboundEmail.known_secrets` that no other detector recognised.
SECRET_KINDS = frozenset(
    {"pin", "puk", "password", "otp", "security_answer", "national_id", "card_number",
     "known_secret"}
)

_DESCRIPTIONS = {
    "pin": "A PIN code",
    "puk": "A PUK code",
    "password": "A password",
    "otp": "A one-time code",
    "security_answer": "A security answer",
    "national_id": "A national identity number",
    "card_number": "A payment card number",
    "known_secret": "A value listed in known_secrets",
    "postal_address": "The customer's postal address",
    "postal_code": "The customer's postal code",
    "customer_number": "The customer's customer number",
    "phone": "The customer's phone number",
    "birth_date": "The customer's birth date",
}


@dataclass(frozen=True, slots=True)
class Match:
    """A span ``text[start:end]`` holding a value of ``kind``; ``rule`` says which rule fired."""

    start: int
    end: int
    kind: str
    detector: str
    rule: str = ""


@runtime_checkable
class Detector(Protocol):
    """A family of rules that finds one or more kinds of value in plain text.

    ``id`` is user-facing and stable: findings carry it as ``check="content.<id>"`` and policies
    may refer to it, so changing it breaks configurations.
    """

    id: str
    kinds: frozenset[str]

    def find(self, text: str, field: str) -> Iterable[Match]:
        """Yield the matches in ``text``; ``field`` is "subject", "text" or "html" (for context)."""
        ...


def describe_kind(kind: str) -> str:
    """A readable noun phrase for a kind, for explanations."""
    return _DESCRIPTIONS.get(kind, "A " + kind.replace("_", " "))


def marker_for(kind: str) -> str:
    """The text that replaces a redacted value: ``[redacted pin]``, ``[redacted card number]``."""
    return "[redacted " + kind.replace("_", " ") + "]"
