"""What every recipient check sees: the message, the customer, each recipient, and the directory.

A check is a small class with a stable ``id``, the finding ``codes`` it may emit, and one method
``run(ctx)`` yielding findings. Facts several checks need (who owns a mailbox, which mailboxes are
a slip away) are computed once per recipient by `CheckContext` and shared.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar, overload, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz.distance import OSA

from misdirect.addresses import (
    InvalidAddress,
    ParsedAddress,
    mailbox_key,
    mask_address,
    parse_recipient,
    registrable_label,
    split_suffix,
)
from misdirect.directory.index import CustomerEntry, Neighbour
from misdirect.models import Finding, OtherCustomer, OutboundEmail
from misdirect.names import same_full_name

if TYPE_CHECKING:
    from misdirect.dns import MailResolver
    from misdirect.domains import DomainKnowledge

__all__ = ["Check", "CheckContext", "DirectoryLookup", "Recipient", "RecipientSettings"]


_T = TypeVar("_T")


class _once(Generic[_T]):  # noqa: N801 - used as a decorator, like functools.cached_property
    """`functools.cached_property` without its lock (Python 3.11 takes one on every first read,
    ~1.5 us; the Guard makes a context and its recipients for every message and reads each of
    these facts once or more). Each context and recipient belongs to one check run."""

    def __init__(self, fn: Callable[[Any], _T]) -> None:
        self.fn = fn
        self.name = fn.__name__
        self.__doc__ = fn.__doc__

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> _once[_T]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> _T: ...

    def __get__(self, obj: object | None, owner: type | None = None) -> _T | _once[_T]:
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value  # read from there from now on (not a data descriptor)
        return value


class RecipientSettings(BaseModel):
    """Thresholds of the recipient checks (calibrated in benchmarks/, see RESULTS.md)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    #: Largest edit distance that counts as a slip of the customer's own address, by the length
    #: of the customer's local part: ``[(min_length, distance), ...]``, longest band wins.
    own_typo_distance: list[tuple[int, int]] = Field(default_factory=lambda: [(1, 1), (10, 2)])
    #: A slip of another customer's address counts only for local parts at least this long:
    #: shorter ones have too many coincidental neighbours.
    near_other_min_local_length: int = 6
    #: A domain used by at least this many customers is a real domain, never a typo.
    frequent_domain_min_count: int = 20
    #: Treat ``name+tag@`` as ``name@`` at every domain, not only at providers known to do so.
    plus_everywhere: bool = False

    def own_typo_max(self, local_length: int) -> int:
        best = 0
        for min_len, dist in sorted(self.own_typo_distance):
            if local_length >= min_len:
                best = dist
        return best


@runtime_checkable
class DirectoryLookup(Protocol):
    """The query methods checks may use (`Directory` provides them)."""

    def customer(self, customer_id: str) -> CustomerEntry: ...
    def owners(self, key: str) -> list[CustomerEntry]: ...
    def near(self, key: str, *, max_distance: int = 1) -> list[Neighbour]: ...
    def with_name(self, name_key_: str) -> list[CustomerEntry]: ...
    def name_count(self, name_key_: str) -> int: ...
    def namesake_count(self, full_name: str, *, exclude: str | None = None,
                       limit: int = 100) -> int: ...


@dataclass(frozen=True)
class Recipient:
    """One recipient as written in the message, parsed (`parse_recipient`: one header string, one
    mailbox) or with the reason it is invalid."""

    field: str
    raw: str
    parsed: ParsedAddress | None
    error: InvalidAddress | None

    @classmethod
    def parse(cls, field_name: str, raw: str, *, plus_everywhere: bool = False) -> Recipient:
        try:
            return cls(field_name, raw, parse_recipient(raw, plus_everywhere=plus_everywhere), None)
        except InvalidAddress as e:
            return cls(field_name, raw, None, e)

    @_once
    def shown(self) -> str:
        """How findings, ``recipient_actions`` and the checked message name this recipient: the
        safe header form of a valid one (``Anna Svensson <anna@example.se>``); for an invalid one
        the text as given with control characters escaped (``\\r``) and cut short if absurdly
        long, so that no finding carries a line break into a log or a report; the extra
        addresses of a string that holds several are masked."""
        if self.parsed is not None:
            return self.parsed.formatted or self.parsed.address
        return shown_invalid(self.raw, self.error.others if self.error is not None else ())


def shown_invalid(raw: str, others: Iterable[str] = ()) -> str:
    """``raw`` with control characters and line breaks escaped, cut to at most 320 characters,
    and the extra addresses of a string that holds several masked (`mask_address`)."""
    text = raw if len(raw) <= 320 else raw[:80] + "…"
    for other in others:
        text = text.replace(other, mask_address(other))
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == " " else ascii(c)[1:-1] for c in text)


@dataclass
class CheckContext:
    """Everything a check may look at. Facts are computed once and cached per recipient key."""

    email: OutboundEmail
    customer: CustomerEntry
    recipients: list[Recipient]
    directory: DirectoryLookup
    settings: RecipientSettings
    domains: DomainKnowledge
    resolver: MailResolver | None = None
    _owners: dict[str, list[CustomerEntry]] = field(default_factory=dict)
    _near: dict[str, list[Neighbour]] = field(default_factory=dict)
    _slips: dict[str, tuple[str, int] | None] = field(default_factory=dict)

    @_once
    def own_keys(self) -> frozenset[str]:
        return self.customer.keys

    @_once
    def namesake_count(self) -> int:
        """How many other customers share this customer's folded name key: namesake candidates
        (`is_exact_namesake` tells which of them have exactly the same full name)."""
        if not self.customer.name_key:
            return 0
        return max(0, self.directory.name_count(self.customer.name_key) - 1)

    def is_namesake(self, e: CustomerEntry) -> bool:
        """``e`` is another customer with the same folded name key (Jönsson and Jonsson too)."""
        return bool(self.customer.name_key) and e.name_key == self.customer.name_key \
            and e.id != self.customer.id

    def is_exact_namesake(self, e: CustomerEntry) -> bool:
        """``e`` is another customer with exactly this customer's full name
        (`misdirect.names.same_full_name`: letters count, so Jönsson is not Jonsson)."""
        return self.is_namesake(e) and same_full_name(self.customer.full_name, e.full_name)

    def is_own(self, r: Recipient) -> bool:
        return r.parsed is not None and r.parsed.key in self.own_keys

    def other_owners(self, r: Recipient) -> list[CustomerEntry]:
        """Other customers who have this recipient's mailbox on record."""
        if r.parsed is None:
            return []
        key = r.parsed.key
        if key not in self._owners:
            self._owners[key] = [e for e in self.directory.owners(key)
                                 if e.id != self.customer.id]
        return self._owners[key]

    def near_others(self, r: Recipient) -> list[Neighbour]:
        """Other customers' mailboxes one slip from this recipient (which nobody owns)."""
        if r.parsed is None:
            return []
        key = r.parsed.key
        if key not in self._near:
            self._near[key] = [n for n in self.directory.near(key)
                               if n.customer.id != self.customer.id]
        return self._near[key]

    def own_slip(self, r: Recipient) -> tuple[str, int] | None:
        """``(the customer's address, distance)`` when the recipient is a slip of one of them."""
        if r.parsed is None or self.is_own(r):
            return None
        key = r.parsed.key
        if key not in self._slips:  # asked by the typo check and again by name_mismatch
            best: tuple[str, int] | None = None
            for address, own_key in self.customer.addresses:
                d = slip_distance(r.parsed, own_key, self.settings)
                if d is not None and (best is None or d < best[1]):
                    best = (address, d)
            self._slips[key] = best
        return self._slips[key]

    def other(self, e: CustomerEntry, key: str | None = None) -> OtherCustomer:
        """Another customer as a finding may show it: id and masked address."""
        address = next((a for a, k in e.addresses if k == key), None) if key else None
        if address is None and e.addresses:
            address = e.addresses[0][0]
        return OtherCustomer(id=e.id, masked_address=mask_address(address or ""),
                             same_full_name=self.is_exact_namesake(e))


def slip_distance(recipient: ParsedAddress, own_key: str,
                  settings: RecipientSettings) -> int | None:
    """The edit distance when ``recipient`` is a typing slip of ``own_key``, else None.

    A slip is a few edits in the local part at the same domain (how many depends on the local
    part's length), or the same local part at a domain one edit away or under another suffix.
    The local parts are compared under the rules of the customer's domain: ``anna.svensson@gmial.com``
    is the same local part as ``annasvensson@gmail.com``.
    """
    local, domain = recipient.key_local, recipient.key_domain
    own_local, _, own_domain = own_key.rpartition("@")
    if domain == own_domain:
        limit = settings.own_typo_max(len(own_local))
        d = OSA.distance(local, own_local, score_cutoff=limit)
        return d if 0 < d <= limit else None
    as_own = mailbox_key(recipient.local, own_domain,
                         plus_everywhere=settings.plus_everywhere).rpartition("@")[0]
    if as_own == own_local:
        d = OSA.distance(domain, own_domain)
        if d <= 1 or (registrable_label(domain) == registrable_label(own_domain)
                      and split_suffix(domain)[0] == split_suffix(own_domain)[0]):
            return d
    return None


class Check(Protocol):
    """A recipient check. ``id`` is stable (policies and baselines name it).

    A check may also say ``silent_for_own: ClassVar[bool] = True``: it never yields a finding
    for a message whose every recipient is a valid address on the customer's record (as the
    directory had it at the message's time). The Guard then does not run it for such messages,
    half of all sends (tests/audit/test_guard_fast.py holds each built-in one to it)."""

    id: ClassVar[str]
    codes: ClassVar[tuple[str, ...]]

    def run(self, ctx: CheckContext) -> Iterable[Finding]: ...
