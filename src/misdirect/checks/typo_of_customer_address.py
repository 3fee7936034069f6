"""``typo_of_customer_address``: a typing slip away from one of the customer's own addresses
(the Com Hem case: ``linnea.oberg187`` for ``linnea.oberg1987``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from misdirect.checks.base import CheckContext
from misdirect.models import Finding


class TypoOfCustomerAddress:
    id: ClassVar[str] = "typo_of_customer_address"
    codes: ClassVar[tuple[str, ...]] = ("typo_of_customer_address",)
    silent_for_own: ClassVar[bool] = True

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for r in ctx.recipients:
            slip = ctx.own_slip(r)
            if slip is None:
                continue
            address, distance = slip
            edits = "one edit" if distance == 1 else f"{distance} edits"
            yield Finding(
                code="typo_of_customer_address", recipient=r.shown, suggestion=address,
                distance=distance,
                explanation=(f"{r.shown} is not on customer {ctx.customer.id}'s record but is "
                             f"{edits} away from their address {address}: probably a typing slip."),
                check=self.id)
