"""Namesakes (the Elisa case): ``namesake_collision`` and ``namesake_ambiguous``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from misdirect.checks.base import CheckContext
from misdirect.models import Finding
from misdirect.names import built_from_name


class NamesakeCollision:
    """The recipient belongs to, or is a slip of, another customer with the same full name."""

    id: ClassVar[str] = "namesake_collision"
    codes: ClassVar[tuple[str, ...]] = ("namesake_collision",)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if all(ctx.is_own(r) for r in ctx.recipients) or not ctx.namesake_count:
            return
        for r in ctx.recipients:
            if r.parsed is None or ctx.is_own(r):
                continue
            all_owners = ctx.other_owners(r)
            owners = [e for e in all_owners if ctx.is_namesake(e)]
            how = "belongs to"
            if owners:
                others = [ctx.other(e, r.parsed.key) for e in owners]
            else:
                if all_owners:
                    continue  # owned by someone else, not a namesake: no need for neighbours
                near = [n for n in ctx.near_others(r) if ctx.is_namesake(n.customer)]
                if not near:
                    continue
                others = [ctx.other(n.customer, n.key) for n in near]
                how = "is one slip from the address of"
            who = ", ".join(f"customer {o.id} ({o.masked_address})" for o in others[:5])
            yield Finding(
                code="namesake_collision", recipient=r.shown, other_customers=others,
                explanation=(f"{r.shown} {how} {who}, who has exactly the same full name as "
                             f"customer {ctx.customer.id}: the message may reach the wrong "
                             f"person of that name."),
                check=self.id)


class NamesakeAmbiguous:
    """A name-built address not on record, for a name that other customers share."""

    id: ClassVar[str] = "namesake_ambiguous"
    codes: ClassVar[tuple[str, ...]] = ("namesake_ambiguous",)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if all(ctx.is_own(r) for r in ctx.recipients) or not ctx.namesake_count:
            return
        for r in ctx.recipients:
            if r.parsed is None or ctx.is_own(r) or ctx.other_owners(r):
                continue
            if not built_from_name(r.parsed.local, ctx.customer.full_name):
                continue
            n = ctx.namesake_count
            yield Finding(
                code="namesake_ambiguous", recipient=r.shown,
                suggestion=ctx.customer.addresses[0][0] if ctx.customer.addresses else None,
                explanation=(f"{r.shown} is not on record and is built from the name "
                             f"{ctx.customer.full_name!r}, which {n} other customer"
                             f"{'s' if n > 1 else ''} share: it may belong to any of them."),
                check=self.id)
