"""Namesakes (the Elisa case): ``namesake_collision`` and ``namesake_ambiguous``.

A namesake has exactly the same full name (`misdirect.names.same_full_name`): case, spacing and a
surname written first do not matter, letters do. The directory groups customers by a folded name
key (``Jönsson`` and ``Jonsson`` share one, as addresses do), so both checks confirm each candidate
with the exact comparison: Robert Jonsson and Robert Jönsson are not namesakes.
"""

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
    silent_for_own: ClassVar[bool] = True

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if all(ctx.is_own(r) for r in ctx.recipients) or not ctx.namesake_count:
            return
        for r in ctx.recipients:
            if r.parsed is None or ctx.is_own(r):
                continue
            all_owners = ctx.other_owners(r)
            owners = [e for e in all_owners if ctx.is_exact_namesake(e)]
            how = "belongs to"
            if owners:
                others = [ctx.other(e, r.parsed.key) for e in owners]
            else:
                if all_owners:
                    continue  # owned by someone else, not a namesake: no need for neighbours
                # a neighbour on the customer's own record too (a family mailbox shared with a
                # namesake) makes the recipient a slip of the customer's own address
                near = [n for n in ctx.near_others(r)
                        if n.key not in ctx.own_keys and ctx.is_exact_namesake(n.customer)]
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


#: namesake_ambiguous counts namesakes up to here ("100 or more other customers").
_COUNT_UP_TO = 100


class NamesakeAmbiguous:
    """A name-built address not on record, for a name that other customers share."""

    id: ClassVar[str] = "namesake_ambiguous"
    codes: ClassVar[tuple[str, ...]] = ("namesake_ambiguous",)
    silent_for_own: ClassVar[bool] = True

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if all(ctx.is_own(r) for r in ctx.recipients) or not ctx.namesake_count:
            return
        n: int | None = None
        for r in ctx.recipients:
            if r.parsed is None or ctx.is_own(r) or ctx.other_owners(r):
                continue
            if not built_from_name(r.parsed.local, ctx.customer.full_name):
                continue
            if n is None:
                # the folded group may hold other spellings (Jönsson for Jonsson): count exact
                # namesakes only. Asked only for a name-built new address, the rare case.
                n = ctx.directory.namesake_count(ctx.customer.full_name,
                                                 exclude=ctx.customer.id, limit=_COUNT_UP_TO)
            if not n:
                return
            yield Finding(
                code="namesake_ambiguous", recipient=r.shown,
                suggestion=ctx.customer.addresses[0][0] if ctx.customer.addresses else None,
                explanation=(f"{r.shown} is not on record and is built from the name "
                             f"{ctx.customer.full_name!r}, which "
                             f"{n if n < _COUNT_UP_TO else f'{n} or more'} other customer"
                             f"{'s' if n > 1 else ''} share: it may belong to any of them."),
                check=self.id)
