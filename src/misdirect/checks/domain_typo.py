"""``domain_typo``: the domain is a slip of a widely used one (``gmial.com``, ``comhen.se``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from misdirect.checks.base import CheckContext
from misdirect.models import Finding


class DomainTypo:
    id: ClassVar[str] = "domain_typo"
    codes: ClassVar[tuple[str, ...]] = ("domain_typo",)
    silent_for_own: ClassVar[bool] = True

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for r in ctx.recipients:
            if r.parsed is None or ctx.is_own(r) or ctx.other_owners(r):
                continue
            s = ctx.domains.suggest(r.parsed.ascii_domain)
            if s is None:
                continue
            corrected = f"{r.parsed.local}@{s.suggestion}"
            yield Finding(
                code="domain_typo", recipient=r.shown, suggestion=corrected, distance=s.distance,
                explanation=(f"The domain {r.parsed.domain} looks like a slip of {s.suggestion} "
                             f"({s.why}); did you mean {corrected}?"),
                check=self.id)
