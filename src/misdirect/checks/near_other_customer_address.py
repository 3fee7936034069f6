"""``near_other_customer_address``: a slip away from another customer's address."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from misdirect.addresses import ParsedAddress
from misdirect.checks.base import CheckContext
from misdirect.directory.index import Neighbour
from misdirect.models import Finding
from misdirect.names import built_from_name


class NearOtherCustomerAddress:
    id: ClassVar[str] = "near_other_customer_address"
    codes: ClassVar[tuple[str, ...]] = ("near_other_customer_address",)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for r in ctx.recipients:
            if r.parsed is None or ctx.is_own(r) or ctx.other_owners(r):
                continue
            near = [n for n in ctx.near_others(r) if counts_as_near(ctx, r.parsed, n)]
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


_TRAILING_DIGITS = re.compile(r"\d+$")


def counts_as_near(ctx: CheckContext, recipient: ParsedAddress, n: Neighbour) -> bool:
    """Whether a neighbour is worth a warning, or a coincidence.

    Namesakes always count. Otherwise two kinds of neighbour are too common to mean anything:
    short local parts (``anna1`` / ``anna2``), and local parts that differ only in a trailing
    number (``havfrue10`` / ``havfrue1``, ``erik.berg84`` / ``erik.berg85``): people pick a name and
    add digits until the provider accepts it. An address built from the customer's own name is
    explained by that name, so a non-namesake neighbour of it is taken for a coincidence too, and
    so is the same local part at another real mail domain.
    """
    if ctx.is_namesake(n.customer):
        return True
    if built_from_name(recipient.local, ctx.customer.full_name):
        return False  # explained by the customer's own name; the neighbour is a coincidence
    local = recipient.key_local
    min_length = ctx.settings.near_other_min_local_length
    other_local, _, other_domain = n.key.rpartition("@")
    if other_domain != recipient.key_domain:
        # The same local part at a neighbouring domain is a slip only when the recipient's domain
        # is not itself a real mail domain: kettunen@hotmail.fi and kettunen@hotmail.com are two
        # people who chose the same name, kettunen@hotmial.com is a slip.
        return len(local) >= min_length and not ctx.domains.is_known(recipient.key_domain)
    if min(len(local), len(other_local)) < min_length:
        return False
    return _TRAILING_DIGITS.sub("", local) != _TRAILING_DIGITS.sub("", other_local)
