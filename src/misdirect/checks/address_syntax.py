"""``invalid_address`` and ``lookalike_characters``: is the recipient an address at all, and is it
written in the letters it appears to be written in?"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from rapidfuzz.distance import OSA

from misdirect.addresses import clean_paste_debris, lookalike_skeleton, parse_address
from misdirect.checks.base import CheckContext
from misdirect.models import Finding


class InvalidAddress:
    id: ClassVar[str] = "invalid_address"
    codes: ClassVar[tuple[str, ...]] = ("invalid_address",)
    silent_for_own: ClassVar[bool] = True

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for r in ctx.recipients:
            if r.error is None:
                continue
            suggestion = _domain_fixed(ctx, r.error.suggestion) or _closest_own(ctx, r.raw)
            text = f"'{r.shown}' is not a valid address: {r.error.reason}."
            if suggestion:
                text += f" Did you mean {suggestion}?"
            yield Finding(code="invalid_address", recipient=r.shown, suggestion=suggestion,
                          explanation=text, check=self.id)


def _domain_fixed(ctx: CheckContext, suggestion: str | None) -> str | None:
    """The cleaned address, with its domain corrected when that is a slip too: for
    `` Anna@GMIAL.COM `` the suggestion is ``Anna@gmail.com``, not ``Anna@gmial.com``."""
    if not suggestion:
        return suggestion
    local, at, domain = suggestion.rpartition("@")
    if not at or not domain.isascii() or not domain.replace(".", "").replace("-", "").isalnum():
        return suggestion  # a display name form or an IDN: leave it as the parser wrote it
    s = ctx.domains.suggest(domain)
    return f"{local}@{s.suggestion}" if s is not None else suggestion


def _closest_own(ctx: CheckContext, raw: str) -> str | None:
    """The customer's own address when the invalid text is a slip of it (``anna@comhem``)."""
    if len(raw) > 320:
        return None
    cleaned = clean_paste_debris(raw).lower()
    best: tuple[int, str] | None = None
    for address, key in ctx.customer.addresses:
        d = OSA.distance(cleaned, key, score_cutoff=3)
        if d <= 3 and (best is None or d < best[0]):
            best = (d, address)
    return best[1] if best else None


class LookalikeCharacters:
    id: ClassVar[str] = "lookalike_characters"
    codes: ClassVar[tuple[str, ...]] = ("lookalike_characters",)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for r in ctx.recipients:
            if r.parsed is None or not r.parsed.lookalike:
                continue
            skeleton = lookalike_skeleton(r.parsed.address)
            suggestion = None
            try:
                latin = parse_address(skeleton).key
            except ValueError:
                latin = None
            for address, key in ctx.customer.addresses:
                if key == latin:
                    suggestion = address
            # the Latin reading may be another customer's mailbox: shown as they always are,
            # an id and a masked address, never in clear
            others = [] if suggestion or latin is None else [
                ctx.other(e, latin) for e in ctx.directory.owners(latin)
                if e.id != ctx.customer.id]
            reading = (", ".join(f"the address of customer {o.id} ({o.masked_address})"
                                 for o in others[:5]) if others else skeleton)
            text = (f"{r.shown} mixes letters of different scripts (for example a Cyrillic letter "
                    f"that looks Latin); it reads as {reading} but is a different address.")
            if suggestion:
                text += f" The customer's own address is {suggestion}."
            yield Finding(code="lookalike_characters", recipient=r.shown, suggestion=suggestion,
                          other_customers=others, explanation=text, check=self.id)
