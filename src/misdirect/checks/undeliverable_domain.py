"""``undeliverable_domain``: the domain accepts no mail (only when DNS checking is switched on)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from misdirect.checks.base import CheckContext
from misdirect.dns import DomainStatus
from misdirect.models import Finding


class UndeliverableDomain:
    id: ClassVar[str] = "undeliverable_domain"
    codes: ClassVar[tuple[str, ...]] = ("undeliverable_domain",)
    silent_for_own: ClassVar[bool] = True

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.resolver is None:
            return
        seen: dict[str, object] = {}
        for r in ctx.recipients:
            if r.parsed is None or ctx.is_own(r):
                continue
            domain = r.parsed.ascii_domain
            if domain not in seen:
                seen[domain] = ctx.resolver.mail_status(domain)
            answer = seen[domain]
            if getattr(answer, "status", None) is DomainStatus.UNDELIVERABLE:
                yield Finding(
                    code="undeliverable_domain", recipient=r.shown,
                    explanation=f"{r.parsed.domain} accepts no mail: {answer.detail}.",  # type: ignore[attr-defined]
                    check=self.id)
