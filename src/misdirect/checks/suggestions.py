"""``suggestion_owned_by_other_customer``: a correction that would point at another customer.

A check that corrects a recipient (``domain_typo``'s ``linnea.oberg@telia.com`` for
``linnea.oberg@telia.co``, or a check of your own) builds the corrected address from what was
typed. When that address is on another customer's record, offering it would recommend the very
misdirection misdirect exists to stop, and print another customer's address in clear. So, after
the checks and before the policy, the guard passes every finding through
`withhold_other_customers_suggestions`: a finding whose suggestion is another customer's mailbox
(compared as mailbox keys) is replaced by a ``suggestion_owned_by_other_customer`` finding with no
suggestion, naming the owners as ids and masked addresses only. Its ``check`` is the check that
made the suggestion. Default action: block, like ``owned_by_other_customer``.

A suggestion that is on this customer's own record (a family mailbox shared with another
customer) or allowlisted as shared with them is theirs, and stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from misdirect.addresses import InvalidAddress, parse_recipient
from misdirect.checks.base import CheckContext
from misdirect.directory.index import CustomerEntry
from misdirect.models import Finding

__all__ = ["CODE", "withhold_other_customers_suggestions"]

CODE = "suggestion_owned_by_other_customer"


def withhold_other_customers_suggestions(ctx: CheckContext,
                                         findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` with every suggestion that is another customer's mailbox withheld (see the
    module docstring). Findings without a suggestion, or suggesting one of the customer's own
    addresses, are returned unchanged (the common case costs a set lookup per suggestion)."""
    own = {a for a, _k in ctx.customer.addresses}
    out = list(findings)
    for i, f in enumerate(out):
        if not f.suggestion or f.suggestion in own:
            continue
        try:
            key = parse_recipient(f.suggestion, plus_everywhere=ctx.settings.plus_everywhere).key
        except InvalidAddress:
            continue  # not an address: nobody's record can hold it
        if key in ctx.own_keys or key in ctx.customer.shared:
            continue
        owners = [e for e in ctx.directory.owners(key) if e.id != ctx.customer.id]
        if owners:
            out[i] = _withheld(ctx, f, owners, key)
    return out


def _withheld(ctx: CheckContext, f: Finding, owners: list[CustomerEntry], key: str) -> Finding:
    others = sorted((ctx.other(e, key) for e in owners), key=lambda o: o.id)
    who = ", ".join(f"customer {o.id} ({o.masked_address})" for o in others[:5])
    more = f" and {len(others) - 5} more" if len(others) > 5 else ""
    namesake = any(o.same_full_name for o in others)
    same = (f", who has exactly the same full name as customer {ctx.customer.id}"
            if namesake else "")
    what = f"{f.recipient} " if f.recipient else ""
    return Finding(
        code=CODE, recipient=f.recipient, distance=f.distance, other_customers=others,
        kind=f.kind, location=f.location, check=f.check,
        explanation=(f"{what}looks like a slip ({f.code}), but the "
                     f"corrected address belongs to {who}{more}{same}. No correction is "
                     f"offered: check that the message is about the right customer and confirm "
                     f"the address with customer {ctx.customer.id}."))
