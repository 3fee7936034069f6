"""``recipient_not_on_record``: informational; nobody in the directory has this mailbox."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from misdirect.checks.base import CheckContext
from misdirect.models import Finding


class RecipientNotOnRecord:
    id: ClassVar[str] = "recipient_not_on_record"
    codes: ClassVar[tuple[str, ...]] = ("recipient_not_on_record",)
    silent_for_own: ClassVar[bool] = True

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for r in ctx.recipients:
            if r.parsed is None or ctx.is_own(r) or ctx.other_owners(r):
                continue
            yield Finding(
                code="recipient_not_on_record", recipient=r.shown,
                explanation=(f"{r.shown} is not on record for customer {ctx.customer.id} "
                             f"or anyone else."),
                check=self.id)
