"""``misdirected_address``: mail for this customer already reached the wrong person here.

Set by `Directory.mark_misdirected(customer_id, address)` after an incident; from then on every
message about that customer to that mailbox is flagged (BLOCK in the default policy), even when a
later sync from the CRM still lists the address.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from misdirect.checks.base import CheckContext
from misdirect.models import Finding


class MisdirectedAddress:
    id: ClassVar[str] = "misdirected_address"
    codes: ClassVar[tuple[str, ...]] = ("misdirected_address",)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        marked: frozenset[str] = getattr(ctx.customer, "misdirected", frozenset())
        if not marked:
            return
        for r in ctx.recipients:
            if r.parsed is None or r.parsed.key not in marked:
                continue
            yield Finding(
                code="misdirected_address", recipient=r.shown,
                suggestion=ctx.customer.addresses[0][0] if ctx.customer.addresses else None,
                explanation=(f"{r.shown} is marked misdirected for customer {ctx.customer.id}: "
                             f"their mail reached the wrong person there before."),
                check=self.id)
