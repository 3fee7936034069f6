"""``owned_by_other_customer``: the recipient's mailbox is on another customer's record."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from misdirect.checks.base import CheckContext
from misdirect.models import Finding


class OwnedByOtherCustomer:
    id: ClassVar[str] = "owned_by_other_customer"
    codes: ClassVar[tuple[str, ...]] = ("owned_by_other_customer",)
    silent_for_own: ClassVar[bool] = True

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for r in ctx.recipients:
            if r.parsed is None or ctx.is_own(r):
                continue
            owners = ctx.other_owners(r)
            if not owners:
                continue
            others = [ctx.other(e, r.parsed.key) for e in owners]
            who = ", ".join(f"customer {o.id} ({o.masked_address})" for o in others[:5])
            more = f" and {len(others) - 5} more" if len(others) > 5 else ""
            own = ctx.customer.addresses[0][0] if ctx.customer.addresses else None
            yield Finding(
                code="owned_by_other_customer", recipient=r.shown, suggestion=own,
                other_customers=others,
                explanation=(f"{r.shown} is not on customer {ctx.customer.id}'s record; it belongs "
                             f"to {who}{more}."),
                check=self.id)
