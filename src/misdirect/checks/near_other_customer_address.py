"""``near_other_customer_address``: a slip away from another customer's address."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from misdirect.checks.base import CheckContext
from misdirect.models import Finding


class NearOtherCustomerAddress:
    id: ClassVar[str] = "near_other_customer_address"
    codes: ClassVar[tuple[str, ...]] = ("near_other_customer_address",)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for r in ctx.recipients:
            if r.parsed is None or ctx.is_own(r) or ctx.other_owners(r):
                continue
            near = [n for n in ctx.near_others(r) if counts_as_near(ctx, r.parsed.key_local, n)]
            if not near:
                continue
            others = [ctx.other(n.customer, n.key) for n in near]
            who = ", ".join(f"customer {o.id} ({o.masked_address})" for o in others[:5])
            more = f" and {len(others) - 5} more" if len(others) > 5 else ""
            yield Finding(
                code="near_other_customer_address", recipient=r.shown,
                distance=min(n.distance for n in near), other_customers=others,
                explanation=(f"{r.shown} is not on record, and it is one slip away from the address "
                             f"of {who}{more}: check that the message is about the right customer."),
                check=self.id)


def counts_as_near(ctx: CheckContext, local: str, n: object) -> bool:
    """Short local parts have coincidental neighbours (``anna1`` / ``anna2``); namesakes always count."""
    from misdirect.directory.index import Neighbour

    assert isinstance(n, Neighbour)
    if ctx.is_namesake(n.customer):
        return True
    other_local = n.key.rpartition("@")[0]
    return min(len(local), len(other_local)) >= ctx.settings.near_other_min_local_length
