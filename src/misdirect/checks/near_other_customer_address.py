"""``near_other_customer_address``: a slip away from another customer's address."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from misdirect.addresses import ParsedAddress
from misdirect.checks.base import CheckContext
from misdirect.directory.index import Neighbour
from misdirect.models import Finding
from misdirect.names import mentions_name, name_explains, spells_full_name


class NearOtherCustomerAddress:
    id: ClassVar[str] = "near_other_customer_address"
    codes: ClassVar[tuple[str, ...]] = ("near_other_customer_address",)
    silent_for_own: ClassVar[bool] = True

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

    In a large directory most new addresses have *some* neighbour; what decides is whether the
    slip explains the recipient better than the customer does. In order (calibrated on the
    labelled corpus in ``benchmarks/``, see RESULTS.md):

    1. A neighbour that is on this customer's record too (a family mailbox shared with the other
       customer) is the customer's own address: a slip of it is theirs to correct
       (``typo_of_customer_address``), not a sign of the wrong customer.
    2. Namesakes always count: their name explains the address as well as the customer's.
    3. A recipient that is this customer's name (``lene.skovmose``, or one of their names with
       digits, ``lina1976``) at a public mail domain or at one of the customer's own domains is
       explained by that name: a slip of ``nina1976`` that happens to spell the customer's own
       name is far less likely than the customer's new address. Also when the neighbour's owner
       has a similar name (``lars_viksaeter`` / ``lars.viksaeter`` for Lars William and Lars
       Viksæter): similar names are what make such neighbours common. At a domain that is
       neither public nor the customer's, the name does not explain the address.
    4. A recipient that spells the neighbour owner's given name and surname in full
       (``sunniva.kristiansen31`` one slip from Sunniva Kristiansen's ``sunniva.kristiansen41``)
       and mentions none of the customer's names points at that customer: it counts even where
       rules 5-7 would call it a coincidence.
    5. Short local parts (``anna1`` / ``anna2``) have too many neighbours to mean anything.
    6. The same local part at another real mail domain (``kettunen@hotmail.fi`` /
       ``kettunen@hotmail.com``) is two people who chose the same name; at a domain that is not
       real (``kettunen@hotmial.com``) it is a slip.
    7. Local parts that differ only in a trailing number (``havfrue10`` / ``havfrue1``,
       ``erik.berg84`` / ``erik.berg85``) are people adding digits until the provider accepts a
       name, unless the neighbour's number is a year and the recipient's no longer is one
       (``helga9162``, ``helga196`` for ``helga1962``): a damaged year is a slip, not a number
       anyone picks.
    """
    if n.key in ctx.own_keys:
        return False  # rule 1: the customer's own (shared) mailbox
    if ctx.is_namesake(n.customer):
        return True  # rule 2
    own_name, other_name = ctx.customer.full_name, n.customer.full_name
    if own_name and name_explains(recipient.local, own_name) \
            and _domain_explained(ctx, recipient.key_domain):
        return False  # rule 3: the customer's own name explains it
    if other_name and spells_full_name(recipient.local, other_name) \
            and not (own_name and mentions_name(recipient.local, own_name)):
        return True  # rule 4: the recipient names the other customer
    local = recipient.key_local
    min_length = ctx.settings.near_other_min_local_length
    other_local, _, other_domain = n.key.rpartition("@")
    if other_domain != recipient.key_domain:
        # rule 6: at a neighbouring domain, a slip only when the recipient's is not a real domain
        return len(local) >= min_length and not ctx.domains.is_known(recipient.key_domain)
    if min(len(local), len(other_local)) < min_length:
        return False  # rule 5
    number = _TRAILING_DIGITS.search(local)
    other_number = _TRAILING_DIGITS.search(other_local)
    stem = local[:number.start()] if number else local
    other_stem = other_local[:other_number.start()] if other_number else other_local
    if stem != other_stem:
        return True
    # rule 7: only the trailing number differs
    return other_number is not None and _damaged_year(number.group() if number else "",
                                                      other_number.group())


def _domain_explained(ctx: CheckContext, domain: str) -> bool:
    """A public mail domain anyone may sign up at, or a domain on the customer's own record."""
    return ctx.domains.is_known(domain) or any(k.endswith("@" + domain) for k in ctx.own_keys)


def _is_year(number: str) -> bool:
    return len(number) == 4 and 1900 <= int(number) <= 2029


def _damaged_year(number: str, other_number: str) -> bool:
    """``number`` is one slip from the year ``other_number`` and is no longer a number people
    choose: neither a year nor one or two digits (``196``, ``19683``, ``1986`` stays a year)."""
    return _is_year(other_number) and len(number) > 2 and not _is_year(number)
