"""``unverified_recipient``: secrets or personal data going to an address nobody confirmed.

An address is unverified when it is explicitly marked so (`Directory.mark_unverified`, e.g. just
typed in by an agent) or when it is not on the customer's record at all (never used for them).
Addresses loaded without a state ("unknown", as every existing CRM's are) are flagged only when the
policy says ``verification.flag_unknown = true``. This is the only defence when the typo is
already in the record (the Com Hem salesperson typed the wrong address into a new record).

The check reads what the Guard knows about the message from the context: ``sensitive_kinds``
(secrets and personal data the content scan found) and the policy's ``verification`` settings.
Run on a plain `CheckContext` it flags nothing, because nothing is known to be sensitive.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from misdirect.checks.base import CheckContext
from misdirect.models import Finding


class UnverifiedRecipient:
    id: ClassVar[str] = "unverified_recipient"
    codes: ClassVar[tuple[str, ...]] = ("unverified_recipient",)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        sensitive: frozenset[str] = getattr(ctx, "sensitive_kinds", frozenset())
        settings = getattr(ctx, "verification", None)
        only_when_sensitive = getattr(settings, "only_when_sensitive", True)
        flag_unknown = getattr(settings, "flag_unknown", False)
        if only_when_sensitive and not sensitive:
            return
        carries = ", ".join(sorted(sensitive)) if sensitive else "this message"
        for r in ctx.recipients:
            if r.parsed is None:
                continue
            state = ctx.customer.state_of(r.parsed.key)
            if state == "verified" or (state == "unknown" and not flag_unknown):
                continue
            if ctx.other_owners(r) and state is None:
                continue  # someone else's address: owned_by_other_customer says more
            why = {None: "is not on the customer's record (never used for them)",
                   "unverified": "is marked unverified on the customer's record",
                   "unknown": "has never been confirmed by the customer"}[state]
            yield Finding(
                code="unverified_recipient", recipient=r.shown,
                suggestion=_verified_address(ctx),
                explanation=(f"{r.shown} {why}, and the message carries {carries}: confirm the "
                             f"address with customer {ctx.customer.id} before sending."),
                check=self.id)


def _verified_address(ctx: CheckContext) -> str | None:
    c = ctx.customer
    for i, (address, _k) in enumerate(c.addresses):
        if i < len(c.states) and c.states[i] == "verified":
            return address
    return None
