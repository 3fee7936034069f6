"""The in-memory mailbox index: exact owners, near addresses and namesakes without scanning.

Layout
------
A *base* part holds every customer in flat arrays (strings as one UTF-8 blob plus offsets,
lookups as sorted hashes with the row of each and a bucket directory over their top bits), so a
million customers cost well under 500 MB and build in about half a minute. A small *delta* of
Python dicts takes upserts and deletes between rebuilds; replaced or deleted base customers are
tombstoned. Lookups merge both parts.

Near addresses use symmetric deletion: an address ``local@domain`` is stored under the hash of
``local@domain`` and of every ``local-minus-one-character@domain``. Two local parts within one
insertion, deletion, substitution or adjacent swap share at least one such variant, so a query
hashes its own ``len(local) + 1`` variants and looks each up in its bucket (about four hashes a
bucket): the work does not grow with the directory. A slip in the domain is found through a
second, small deletion index over the distinct domains followed by an exact lookup of
``local@neighbour-domain``. Hash collisions only add candidates; every candidate is verified
with an exact OSA distance.
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import math
import os
import threading
import zlib
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, field, fields
from hashlib import blake2b as _blake2b
from itertools import repeat
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray
from rapidfuzz.distance import OSA

from misdirect.addresses import mailbox_key, registrable_label, split_suffix
from misdirect.names import exact_name_key, same_full_name

if TYPE_CHECKING:
    from misdirect.directory.snapshot import SnapshotInfo

_crc32 = zlib.crc32
_from_bytes = int.from_bytes

__all__ = ["STATES", "CustomerEntry", "IndexAt", "MailboxIndex", "Neighbour",
           "deletion_variants"]

#: A former address of a customer: ``(address, mailbox key, state, added_at, removed_at)``.
Former = tuple[str, str, str, "dt.datetime | None", dt.datetime]


@dataclass(frozen=True, slots=True)
class CustomerEntry:
    """What the recipient checks need to know about one customer."""

    id: str
    full_name: str
    name_key: str
    #: ``(address as recorded, mailbox key)`` pairs.
    addresses: tuple[tuple[str, str], ...]
    #: Per address, in the order of ``addresses``: "verified", "unverified" or "unknown"
    #: (empty: every address is "unknown").
    states: tuple[str, ...] = ()
    #: Per address, in the order of ``addresses``: when it was verified (naive UTC), else None.
    verified_at: tuple[dt.datetime | None, ...] = ()
    #: Mailbox keys marked misdirected for this customer (never again; not in ``addresses``).
    misdirected: frozenset[str] = frozenset()
    #: Mailbox keys allowlisted as legitimately shared with this customer (a family mailbox,
    #: an accountant): ownership and namesake findings are suppressed for them.
    shared: frozenset[str] = frozenset()
    flags: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    #: The record's personal-data fields that are set, as ``(field, value)`` pairs (postal_address,
    #: postal_code, city, phone, birth_date as ISO text, national_id, customer_number): the content
    #: scan looks for them in the body, so the index holds them and no check reads the database.
    personal: tuple[tuple[str, str], ...] = ()
    #: Per address, in the order of ``addresses``: when it was added to the customer (naive UTC),
    #: None when unknown (always the customer's). Empty: unknown for every address.
    added_at: tuple[dt.datetime | None, ...] = ()
    #: Addresses the customer had and no longer has (`Former` tuples): the directory as it was
    #: (`as_of`) still counts each as theirs until its ``removed_at``.
    former: tuple[Former, ...] = ()

    #: The mailbox keys of ``addresses`` (derived; asked for on every check).
    keys: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "keys", frozenset([k for _a, k in self.addresses]))
        # one spelling of "nothing known": () rather than ("unknown", ...) / (None, ...)
        if self.states and all(s == "unknown" for s in self.states):
            object.__setattr__(self, "states", ())
        if self.verified_at and all(t is None for t in self.verified_at):
            object.__setattr__(self, "verified_at", ())
        if self.added_at and all(t is None for t in self.added_at):
            object.__setattr__(self, "added_at", ())

    def as_of(self, at: dt.datetime) -> CustomerEntry:
        """This customer as the directory had it at ``at`` (naive UTC): an address added after
        ``at`` is left out, a former address removed after ``at`` is back in, and an address
        verified only after ``at`` was unverified then. Without any history: ``self``."""
        if not (self.added_at or self.former or self.verified_at):
            return self
        added, states, verified = self.added_at, self.states, self.verified_at
        pairs: list[tuple[str, str]] = []
        out_states: list[str] = []
        out_verified: list[dt.datetime | None] = []
        changed = False
        for i, pair in enumerate(self.addresses):
            a = added[i] if i < len(added) else None
            if a is not None and a > at:
                changed = True
                continue
            state = states[i] if i < len(states) else "unknown"
            v = verified[i] if i < len(verified) else None
            if v is not None and v > at:
                state, v, changed = "unverified", None, True
            pairs.append(pair)
            out_states.append(state)
            out_verified.append(v)
        for address, key, state, a, removed in self.former:
            if (a is None or a <= at) and at < removed:
                pairs.append((address, key))
                out_states.append(state)
                out_verified.append(None)
                changed = True
        if not changed:
            return self
        return CustomerEntry(
            id=self.id, full_name=self.full_name, name_key=self.name_key,
            addresses=tuple(pairs), states=tuple(out_states), verified_at=tuple(out_verified),
            misdirected=self.misdirected, shared=self.shared, flags=self.flags,
            notes=self.notes, personal=self.personal)

    def state_of(self, key: str) -> str | None:
        """The verification state of one of this customer's mailboxes; None when not on record."""
        for i, (_a, k) in enumerate(self.addresses):
            if k == key:
                return self.states[i] if i < len(self.states) else "unknown"
        return None

    def verified_at_of(self, key: str) -> dt.datetime | None:
        for i, (_a, k) in enumerate(self.addresses):
            if k == key:
                return self.verified_at[i] if i < len(self.verified_at) else None
        return None


def _slot_setters() -> tuple[Any, ...]:
    names = [f.name for f in fields(CustomerEntry)]
    assert names == ["id", "full_name", "name_key", "addresses", "states", "verified_at",
                     "misdirected", "shared", "flags", "notes", "personal", "added_at",
                     "former", "keys"], names
    return tuple(CustomerEntry.__dict__[n].__set__ for n in names)


_SET_ID, _SET_NAME, _SET_NAME_KEY, _SET_ADDRESSES, _SET_STATES, _SET_VERIFIED, _SET_MISDIRECTED, \
    _SET_SHARED, _SET_FLAGS, _SET_NOTES, _SET_PERSONAL, _SET_ADDED, _SET_FORMER, \
    _SET_KEYS = _slot_setters()


def _make_entry(id_: str, full_name: str, name_key: str, addresses: tuple[tuple[str, str], ...],
                states: tuple[str, ...], verified_at: tuple[dt.datetime | None, ...],
                misdirected: frozenset[str], shared: frozenset[str], flags: tuple[str, ...],
                notes: tuple[str, ...], personal: tuple[tuple[str, str], ...],
                added_at: tuple[dt.datetime | None, ...] = (),
                former: tuple[Former, ...] = ()) -> CustomerEntry:
    """`CustomerEntry` from parts already in normal form (the base stores them so), without the
    frozen dataclass's ``__init__``: its per-field ``object.__setattr__`` doubled the cost of
    decoding a customer, which happens for the customer of every check and each owner or
    neighbour found. tests/directory pins that the result equals ``CustomerEntry(...)``."""
    e: CustomerEntry = object.__new__(CustomerEntry)
    _SET_ID(e, id_)
    _SET_NAME(e, full_name)
    _SET_NAME_KEY(e, name_key)
    _SET_ADDRESSES(e, addresses)
    _SET_STATES(e, states)
    _SET_VERIFIED(e, verified_at)
    _SET_MISDIRECTED(e, misdirected)
    _SET_SHARED(e, shared)
    _SET_FLAGS(e, flags)
    _SET_NOTES(e, notes)
    _SET_PERSONAL(e, personal)
    _SET_ADDED(e, added_at)
    _SET_FORMER(e, former)
    _SET_KEYS(e, frozenset([k for _a, k in addresses]))
    return e


#: Verification states, stored per address as one byte in the base arrays.
STATES: tuple[str, ...] = ("unknown", "verified", "unverified")
_STATE_CODE = {s: i for i, s in enumerate(STATES)}
_HAS_STATES, _HAS_VERIFIED, _HAS_ADDED, _HAS_FORMER = 1, 2, 4, 8
_EMPTY: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class _Extras:
    """The rare per-customer facts, kept sparse: most customers have none."""

    misdirected: frozenset[str]
    shared: frozenset[str]
    flags: tuple[str, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Neighbour:
    """Another mailbox a slip away from the query."""

    customer: CustomerEntry
    address: str
    key: str
    distance: int


_FIELD_SEP, _PAIR_SEP = "\x1f", "\x1e"


def _encode_personal(pairs: tuple[tuple[str, str], ...]) -> str:
    """``field\x1fvalue\x1e...``: separators that no postal address or phone number contains."""
    return _PAIR_SEP.join(f"{k}{_FIELD_SEP}{v.replace(_FIELD_SEP, ' ').replace(_PAIR_SEP, ' ')}"
                          for k, v in pairs)


def _decode_personal(text: str) -> tuple[tuple[str, str], ...]:
    if not text:
        return ()
    if _PAIR_SEP not in text:  # one field (a city, most often): no list, no generator
        return (tuple(text.split(_FIELD_SEP, 1)),)  # type: ignore[return-value]
    return tuple([tuple(p.split(_FIELD_SEP, 1)) for p in text.split(_PAIR_SEP)])  # type: ignore[misc]


def _encode_card(info: int, e: CustomerEntry, personal: str) -> str:
    """One customer's text in one string (`_Base.cards`): ``info,len(id),len(full_name),
    len(name_key),len(personal),len(address),len(key) or "=",...;`` then those strings one after
    another (a key spelled as its address is not repeated). Lengths are in characters, so any
    character may occur in any field."""
    lens = [str(info), str(len(e.id)), str(len(e.full_name)), str(len(e.name_key)),
            str(len(personal))]
    parts = [e.id, e.full_name, e.name_key, personal]
    for address, key in e.addresses:
        lens.append(str(len(address)))
        parts.append(address)
        if key == address:
            lens.append("=")
        else:
            lens.append(str(len(key)))
            parts.append(key)
    return ",".join(lens) + ";" + "".join(parts)


def _card_id(card: str) -> str:
    """The customer id a card starts with."""
    head, _, body = card.partition(";")
    return body[:int(head.split(",", 2)[1])]


def _card_name(card: str) -> str:
    """The full name on a card."""
    head, _, body = card.partition(";")
    lens = head.split(",", 3)
    i = int(lens[1])
    return body[i:i + int(lens[2])]


def _return_free_memory() -> None:
    """Give the memory a build freed back to the operating system. A build makes and drops some
    hundred million small objects; glibc keeps the pages unless asked (about a quarter of the
    process growth at 300,000 customers). Elsewhere this does nothing."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _h(text: str) -> int:
    """32 bits of CRC-32 over the UTF-8: the same in every process, so that a saved index
    (`misdirect.directory.snapshot`) can be memory-mapped by other processes. Python's own
    string hash is ~2x cheaper but randomised per process (PYTHONHASHSEED). Only candidates are
    found by it: every hit is verified against the stored string, so a collision costs time,
    never a wrong answer."""
    return _crc32(text.encode("utf-8", "surrogatepass"))


def _h64(text: str) -> int:
    """64 bits of BLAKE2b, for tables that count matches without verifying each (names): with
    a million names the chance of any collision is about 3e-8. Process-independent like `_h`."""
    return _from_bytes(_blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(),
                       "little")


def _deletion_hashes(local: str, suffix: str) -> set[int]:
    """`_h` of ``v + suffix`` for every ``v`` in `deletion_variants(local)`, without keeping the
    variants: the build and every `MailboxIndex.near` query hash these (~20 a query). An ASCII
    local part is cut as bytes, which is the same strings and ~20% cheaper than encoding each."""
    crc = _crc32
    sb = suffix.encode("utf-8", "surrogatepass")
    if local.isascii():
        lb = local.encode("ascii")
        out = {crc(lb[:i] + lb[i + 1:] + sb) for i in range(len(lb))}
        out.add(crc(lb + sb))
        return out
    out = {crc((local[:i] + local[i + 1:]).encode("utf-8", "surrogatepass") + sb)
           for i in range(len(local))}
    out.add(crc(local.encode("utf-8", "surrogatepass") + sb))
    return out


def _stamp(at: dt.datetime | None) -> float:
    """A naive-UTC time as a Unix timestamp for the base arrays (NaN: none)."""
    return math.nan if at is None else at.replace(tzinfo=dt.UTC).timestamp()


def _time(t: float) -> dt.datetime | None:
    return None if math.isnan(t) else dt.datetime.fromtimestamp(t, dt.UTC).replace(tzinfo=None)


def deletion_variants(local: str) -> set[str]:
    """``local`` and every string made by deleting one of its characters."""
    out = {local}
    out.update(local[:i] + local[i + 1:] for i in range(len(local)))
    return out


def _split_key(key: str) -> tuple[str, str]:
    local, _, domain = key.rpartition("@")
    return local, domain


class _Blob:
    """Many strings in one bytes object with offsets: ~1 byte per character, no per-object cost."""

    __slots__ = ("data", "offsets")

    def __init__(self, data: bytes, offsets: array[int]) -> None:
        self.data = data
        # a typed array, not NumPy: indexing it from Python is ~4x cheaper, at the same 8 bytes
        self.offsets = offsets

    def __getitem__(self, i: int) -> str:
        offsets = self.offsets
        return self.data[offsets[i]:offsets[i + 1]].decode("utf-8")

    def __len__(self) -> int:
        return len(self.offsets) - 1

    @property
    def nbytes(self) -> int:
        return len(self.data) + self.offsets.itemsize * len(self.offsets)


class _BlobBuilder:
    """Appends strings straight into the blob's bytes, so that building the index never holds
    a million Python strings (at a million customers those lists made most of the build's peak)."""

    __slots__ = ("data", "offsets")

    def __init__(self) -> None:
        self.data = bytearray()
        self.offsets = array("q", [0])

    def append(self, text: str) -> None:
        self.data += text.encode("utf-8")
        self.offsets.append(len(self.data))

    def build(self) -> _Blob:
        blob = _Blob(bytes(self.data), self.offsets)
        self.data = bytearray()
        return blob


class _HashTable:
    """Sorted hashes with the row each came from, plus a bucket directory over their top bits.

    A lookup reads the directory entry of the hash's bucket (about four hashes share one) and
    bisects that short run: two or three memory reads, where a binary search over the 24 million
    deletion hashes of a million customers made some twenty, most of them cache misses. The
    arrays are NumPy (built and sorted in bulk); lookups go through memoryviews of them, whose
    items are plain ints (NumPy scalars cost several times more per access).
    """

    __slots__ = ("hashes", "rows_", "starts", "shift", "_hv", "_rv", "_sv")

    def __init__(self, hashes: NDArray[np.unsignedinteger[Any]], rows: NDArray[np.int32]) -> None:
        order = np.argsort(hashes, kind="stable")
        self.hashes = hashes[order]
        self.rows_ = rows[order]
        del order
        n = len(hashes)
        bits = hashes.dtype.itemsize * 8
        k = min(bits, max(1, (max(n, 1) - 1).bit_length() - 2))  # ~4 hashes per bucket
        self.shift = bits - k
        buckets = (self.hashes >> self.shift).astype(np.intp)
        starts = np.zeros((1 << k) + 1, dtype=np.int64 if n >= 2**31 else np.int32)
        np.cumsum(np.bincount(buckets, minlength=1 << k), out=starts[1:])
        self.starts = starts
        self._hv = self.hashes.data  # a memoryview
        self._rv = self.rows_.data
        self._sv = self.starts.data

    @classmethod
    def from_sorted(cls, hashes: NDArray[np.unsignedinteger[Any]], rows: NDArray[np.int32],
                    starts: NDArray[np.integer[Any]], shift: int) -> _HashTable:
        """A table from the arrays of one already built (a snapshot maps them read-only)."""
        t: _HashTable = object.__new__(cls)
        t.hashes, t.rows_, t.starts, t.shift = hashes, rows, starts, shift
        if len(rows) != len(hashes) or int(starts[-1]) != len(hashes):
            raise ValueError("a hash table's arrays disagree in length")
        t._hv, t._rv, t._sv = hashes.data, rows.data, starts.data
        return t

    def span(self, h: int) -> tuple[int, int]:
        """The positions ``[i, j)`` holding hash ``h`` (empty when absent)."""
        b = h >> self.shift
        sv, hv = self._sv, self._hv
        lo, hi = sv[b], sv[b + 1]
        i = bisect_left(hv, h, lo, hi)
        if i == hi or hv[i] != h:
            return i, i
        return i, bisect_right(hv, h, i + 1, hi)

    def rows(self, h: int) -> list[int]:
        i, j = self.span(h)
        return self._rv[i:j].tolist() if j > i else []

    def rows_view(self, i: int, j: int) -> memoryview:
        """The rows at positions ``[i, j)`` (from `span`), without copying them."""
        return self._rv[i:j]

    def count(self, h: int) -> int:
        i, j = self.span(h)
        return j - i

    def rows_many(self, hs: Iterable[int]) -> list[int]:
        """The rows of every hash in ``hs``, concatenated (the symmetric-deletion probe)."""
        shift, sv, hv, rv = self.shift, self._sv, self._hv, self._rv
        out: list[int] = []
        for h in hs:
            b = h >> shift
            lo, hi = sv[b], sv[b + 1]
            if lo == hi:
                continue
            i = bisect_left(hv, h, lo, hi)
            if i < hi and hv[i] == h:
                out.extend(rv[i:bisect_right(hv, h, i + 1, hi)].tolist())
        return out

    @property
    def nbytes(self) -> int:
        return self.hashes.nbytes + self.rows_.nbytes + self.starts.nbytes


class _Base:
    """The frozen bulk of the index, built once from the whole directory."""

    def __init__(self, entries: Iterable[CustomerEntry]) -> None:
        # One pass over the customers, straight into typed arrays and blobs: no per-customer
        # Python objects outlive their customer (see _BlobBuilder).
        # Each customer's id, names, personal data and addresses in one string (`_encode_card`):
        # decoding a customer reads one place in memory, where one blob per field made a dozen
        # cache and TLB misses per customer at a million customers.
        cards = _BlobBuilder()
        addresses, keys = _BlobBuilder(), _BlobBuilder()
        id_hashes, name_hashes, key_hashes = array("I"), array("Q"), array("I")
        exact_hashes = array("Q")  # exact_name_key: namesakes by the letter (Jönsson, not Jonsson)
        cust_start = array("q", [0])
        cust_info = array("b")  # per customer: _HAS_STATES | _HAS_VERIFIED, usually 0
        addr_cust, addr_state, addr_verified = array("i"), array("b"), array("d")
        addr_added = array("d")  # when each address was added (NaN: unknown, always)
        # Former addresses (the directory as it was): rows of their own, looked up only by the
        # past-time view (`IndexAt`), so that today's lookups never meet them.
        former_addresses, former_keys = _BlobBuilder(), _BlobBuilder()
        former_start = array("q", [0])
        former_cust, former_state = array("i"), array("b")
        former_added, former_removed = array("d"), array("d")
        former_key_hashes, former_del_hashes, former_del_rows = array("I"), array("I"), array("i")
        # ~20 deletion variants per address: 4 bytes an entry here, not a list of Python ints
        # (~40 bytes an entry), which at a million customers peaked near 2 GB during the build.
        del_hashes, del_rows = array("I"), array("i")
        extras: dict[int, _Extras] = {}
        domain_counts: Counter[str] = Counter()
        row = 0
        nan = math.nan
        for slot, e in enumerate(entries):
            id_hashes.append(_h(e.id))
            name_hashes.append(_h64(e.name_key))
            exact_hashes.append(_h64(exact_name_key(e.full_name)))
            info = ((_HAS_STATES if e.states else 0) | (_HAS_VERIFIED if e.verified_at else 0)
                    | (_HAS_ADDED if e.added_at else 0) | (_HAS_FORMER if e.former else 0))
            cust_info.append(info)
            cards.append(_encode_card(info, e, _encode_personal(e.personal)))
            for i, (address, key) in enumerate(e.addresses):
                addresses.append(address)
                keys.append(key)
                key_hashes.append(_h(key))
                addr_cust.append(slot)
                if info:
                    addr_state.append(_STATE_CODE.get(e.states[i], 0) if i < len(e.states)
                                      else 0)
                    at = e.verified_at[i] if i < len(e.verified_at) else None
                    addr_verified.append(_stamp(at))
                    addr_added.append(_stamp(e.added_at[i] if i < len(e.added_at) else None))
                else:
                    addr_state.append(0)
                    addr_verified.append(nan)
                    addr_added.append(nan)
                local, domain = _split_key(key)
                domain_counts[domain] += 1
                variants = _deletion_hashes(local, "@" + domain)
                del_hashes.extend(variants)
                del_rows.extend(repeat(row, len(variants)))
                row += 1
            cust_start.append(row)
            for address, key, state, added, removed in e.former:
                former_addresses.append(address)
                former_keys.append(key)
                former_cust.append(slot)
                former_state.append(_STATE_CODE.get(state, 0))
                former_added.append(_stamp(added))
                former_removed.append(_stamp(removed))
                former_key_hashes.append(_h(key))
                local, domain = _split_key(key)
                variants = _deletion_hashes(local, "@" + domain)
                former_del_hashes.extend(variants)
                former_del_rows.extend(repeat(len(former_cust) - 1, len(variants)))
            former_start.append(len(former_cust))
            if e.misdirected or e.shared or e.flags or e.notes:
                extras[slot] = _Extras(e.misdirected, e.shared, e.flags, e.notes)
        self.size = len(cust_info)
        self.cards, self.addresses, self.keys = cards.build(), addresses.build(), keys.build()
        self.cust_start, self.cust_info = cust_start, cust_info
        self.addr_cust, self.addr_state, self.addr_verified = addr_cust, addr_state, addr_verified
        self.addr_added = addr_added
        self.former_addresses, self.former_keys = former_addresses.build(), former_keys.build()
        self.former_start, self.former_cust, self.former_state = (former_start, former_cust,
                                                                  former_state)
        self.former_added, self.former_removed = former_added, former_removed
        self.by_former_key = _HashTable(np.frombuffer(former_key_hashes, dtype=np.uint32),
                                        np.arange(len(former_cust), dtype=np.int32))
        self.by_former_deletion = _HashTable(np.frombuffer(former_del_hashes, dtype=np.uint32),
                                             np.frombuffer(former_del_rows, dtype=np.int32))
        del former_key_hashes, former_del_hashes, former_del_rows
        self.extras = extras
        self.domain_counts = domain_counts
        #: built by `domain_tables_built` (a snapshot saves them), else None
        self.domain_tables: _DomainTables | None = None

        slots = np.arange(self.size, dtype=np.int32)
        self.by_id = _HashTable(np.frombuffer(id_hashes, dtype=np.uint32), slots)
        self.by_name = _HashTable(np.frombuffer(name_hashes, dtype=np.uint64), slots)
        self.by_exact_name = _HashTable(np.frombuffer(exact_hashes, dtype=np.uint64), slots)
        del id_hashes, name_hashes, exact_hashes, slots
        self.by_key = _HashTable(np.frombuffer(key_hashes, dtype=np.uint32),
                                 np.arange(row, dtype=np.int32))
        del key_hashes
        self.by_deletion = _HashTable(np.frombuffer(del_hashes, dtype=np.uint32),
                                      np.frombuffer(del_rows, dtype=np.int32))
        del del_hashes, del_rows
        self._entries: OrderedDict[int, CustomerEntry] = OrderedDict()

    def domain_tables_built(self) -> _DomainTables:
        """The base's `_DomainTables`, built on first call (`snapshot.save_index` asks)."""
        if self.domain_tables is None:
            self.domain_tables = _DomainTables.build(self.domain_counts)
        return self.domain_tables

    def entry(self, slot: int, card: str | None = None) -> CustomerEntry:
        """The customer in ``slot``, decoded once and kept in a bounded cache: the base never
        changes (a replaced customer is tombstoned, not edited), so a cached entry stays right.
        ``card``: the slot's card when the caller has just read it (`MailboxIndex.customer`)."""
        cached = self._entries.get(slot)
        if cached is None:
            if len(self._entries) >= 16_384:
                # oldest out, one at a time: clearing all 16k at once stalled one check for ~10 ms
                self._entries.popitem(last=False)
            cached = self._entries[slot] = self._decode(slot, card)
        return cached

    def card(self, slot: int) -> str:
        """The customer's card (`_encode_card`)."""
        o = self.cards.offsets
        return self.cards.data[o[slot]:o[slot + 1]].decode("utf-8")

    def _decode(self, slot: int, card: str | None = None) -> CustomerEntry:
        # One card read and sliced: a customer is decoded for every check at a million
        # customers, where the entry cache rarely holds it.
        if card is None:
            o = self.cards.offsets
            card = self.cards.data[o[slot]:o[slot + 1]].decode("utf-8")
        head, _, body = card.partition(";")
        lens = head.split(",")
        i = int(lens[1])
        id_ = body[:i]
        j = i + int(lens[2])
        full_name = body[i:j]
        i = j + int(lens[3])
        nkey = body[j:i]
        j = i + int(lens[4])
        personal = _decode_personal(body[i:j]) if j > i else ()
        if len(lens) == 7:  # one address, the common case
            i = j + int(lens[5])
            address = body[j:i]
            pairs: tuple[tuple[str, str], ...] = (
                (address, address if lens[6] == "=" else body[i:i + int(lens[6])]),)
        else:
            out: list[tuple[str, str]] = []
            for n in range(5, len(lens), 2):
                i = j + int(lens[n])
                address = body[j:i]
                if lens[n + 1] == "=":
                    out.append((address, address))
                    j = i
                else:
                    j = i + int(lens[n + 1])
                    out.append((address, body[i:j]))
            pairs = tuple(out)
        # () means "unknown" / "never verified" for every address: the common case costs nothing
        states: tuple[str, ...] = ()
        verified: tuple[dt.datetime | None, ...] = ()
        added: tuple[dt.datetime | None, ...] = ()
        former: tuple[Former, ...] = ()
        info = int(lens[0])
        if info:
            cs = self.cust_start
            a, b = cs[slot], cs[slot + 1]
            if info & _HAS_STATES:
                states = tuple([STATES[c] for c in self.addr_state[a:b]])
            if info & _HAS_VERIFIED:
                verified = tuple([_time(t) for t in self.addr_verified[a:b]])
            if info & _HAS_ADDED:
                added = tuple([_time(t) for t in self.addr_added[a:b]])
            if info & _HAS_FORMER:
                former = tuple([self.former_row(r) for r in
                                range(self.former_start[slot], self.former_start[slot + 1])])
        x = self.extras.get(slot)
        if x is None:
            return _make_entry(id_, full_name, nkey, pairs, states, verified, _EMPTY, _EMPTY,
                               (), (), personal, added, former)
        return _make_entry(id_, full_name, nkey, pairs, states, verified, x.misdirected,
                           x.shared, x.flags, x.notes, personal, added, former)

    def former_row(self, r: int) -> Former:
        removed = _time(self.former_removed[r])
        assert removed is not None
        return (self.former_addresses[r], self.former_keys[r], STATES[self.former_state[r]],
                _time(self.former_added[r]), removed)

    @property
    def nbytes(self) -> int:
        parts = (self.cards, self.addresses, self.keys,
                 self.by_id, self.by_exact_name,
                 self.by_name, self.by_key, self.by_deletion)
        parts += (self.former_addresses, self.former_keys, self.by_former_key,
                  self.by_former_deletion)
        arrays = (self.cust_start, self.cust_info, self.addr_cust, self.addr_state,
                  self.addr_verified, self.addr_added, self.former_start, self.former_cust,
                  self.former_state, self.former_added, self.former_removed)
        return sum(p.nbytes for p in parts) + sum(a.itemsize * len(a) for a in arrays)


@dataclass
class _Delta:
    """Customers added or replaced since the base was built."""

    entries: dict[str, CustomerEntry] = field(default_factory=dict)
    by_key: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_name: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_exact_name: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_deletion: defaultdict[str, set[tuple[str, str]]] = field(
        default_factory=lambda: defaultdict(set))
    #: Former addresses (mailbox key -> customer ids; deletion variant -> (id, key)).
    by_former_key: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_former_deletion: defaultdict[str, set[tuple[str, str]]] = field(
        default_factory=lambda: defaultdict(set))

    def add(self, e: CustomerEntry) -> None:
        self.entries[e.id] = e
        self.by_name[e.name_key].add(e.id)
        self.by_exact_name[exact_name_key(e.full_name)].add(e.id)
        for address, key in e.addresses:
            self.by_key[key].add(e.id)
            local, domain = _split_key(key)
            for v in deletion_variants(local):
                self.by_deletion[f"{v}@{domain}"].add((e.id, address))
        for _address, key, *_times in e.former:
            self.by_former_key[key].add(e.id)
            local, domain = _split_key(key)
            for v in deletion_variants(local):
                self.by_former_deletion[f"{v}@{domain}"].add((e.id, key))

    def remove(self, customer_id: str) -> CustomerEntry | None:
        e = self.entries.pop(customer_id, None)
        if e is None:
            return None
        self.by_name[e.name_key].discard(e.id)
        self.by_exact_name[exact_name_key(e.full_name)].discard(e.id)
        for address, key in e.addresses:
            self.by_key[key].discard(e.id)
            local, domain = _split_key(key)
            for v in deletion_variants(local):
                self.by_deletion[f"{v}@{domain}"].discard((e.id, address))
        for _address, key, *_times in e.former:
            self.by_former_key[key].discard(e.id)
            local, domain = _split_key(key)
            for v in deletion_variants(local):
                self.by_former_deletion[f"{v}@{domain}"].discard((e.id, key))
        return e


class MailboxIndex:
    """Exact, near and namesake lookups over every customer's mailboxes.

    Thread-safe: lookups and updates take one lock; a rebuild swaps the base in one step.
    """

    #: Merge the delta into a new base when it grows past this many customers.
    compact_after = 50_000

    def __init__(self, entries: Iterable[CustomerEntry] = ()) -> None:
        self._lock = threading.RLock()
        self._base = _Base(entries)
        self._delta = _Delta()
        self._dead: set[int] = set()  # tombstoned base slots
        self._domains_cache: _DomainIndex | None = None
        _return_free_memory()

    @classmethod
    def from_base(cls, base: _Base) -> MailboxIndex:
        """An index over a base made elsewhere (`misdirect.directory.snapshot` maps one)."""
        index: MailboxIndex = object.__new__(cls)
        index._lock = threading.RLock()
        index._base = base
        index._delta = _Delta()
        index._dead = set()
        index._domains_cache = None
        return index

    def save(self, path: str | os.PathLike[str], *, revision: int | None = None,
             directory_id: str = "", source: str = "") -> SnapshotInfo:
        """Write this index as a snapshot in folder ``path`` (see `misdirect.directory.snapshot`):
        other processes `load` it in about a second and share its pages."""
        from misdirect.directory.snapshot import save_index

        return save_index(self, path, revision=revision, directory_id=directory_id,
                          source=source)

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, verify: bool = True) -> MailboxIndex:
        """The index saved in folder ``path``, memory-mapped. Raises `SnapshotError` (a
        `DirectoryError`) when it is missing, truncated, corrupt or of another version. Whether
        it is still current is the caller's to check (`Directory` does, by revision)."""
        from misdirect.directory.snapshot import load_index

        return load_index(path, verify=verify)[0]

    def __reduce__(self) -> tuple[Any, ...]:
        """Refused: an index is hundreds of megabytes; a pickled copy per task or worker would
        cost more than it saves. Send the `Directory` (it travels by URL and builds or maps its
        index where it lands), or `save` a snapshot and `load` it there."""
        raise TypeError("a MailboxIndex is not pickled; send the Directory (it loads its index "
                        "on arrival) or save a snapshot (MailboxIndex.save) and load it there")

    # -- updates ---------------------------------------------------------------------------------

    def upsert(self, entries: Iterable[CustomerEntry]) -> None:
        with self._lock:
            removed: list[CustomerEntry] = []
            added: list[CustomerEntry] = []
            for e in entries:
                old = self._remove(e.id)
                if old is not None:
                    removed.append(old)
                self._delta.add(e)
                added.append(e)
            self._adjust_domains(removed, added)
            if len(self._delta.entries) > self.compact_after:
                self.compact()

    def delete(self, customer_ids: Iterable[str]) -> None:
        with self._lock:
            removed = [old for cid in customer_ids if (old := self._remove(cid)) is not None]
            self._adjust_domains(removed, [])

    def _remove(self, customer_id: str) -> CustomerEntry | None:
        """Take a customer out (delta entry dropped, base slot tombstoned); returns what it was."""
        old = self._delta.remove(customer_id)
        if old is not None:
            return old
        slot = self._base_slot(customer_id)
        if slot is None:
            return None
        self._dead.add(slot)
        return self._base.entry(slot)

    def _adjust_domains(self, removed: Iterable[CustomerEntry],
                        added: Iterable[CustomerEntry]) -> None:
        """Keep the domain table right without rebuilding it (a rebuild at a million customers
        takes about a second, and would land in the next check)."""
        if self._domains_cache is None:
            return  # built from scratch on first use
        change: Counter[str] = Counter()
        for e in removed:
            for _a, k in e.addresses:
                change[_split_key(k)[1]] -= 1
        for e in added:
            for _a, k in e.addresses:
                change[_split_key(k)[1]] += 1
        if any(change.values()):
            self._domains_cache = self._domains_cache.updated(change)

    def compact(self) -> None:
        """Fold the delta and the tombstones into a new base."""
        with self._lock:
            self._base = _Base(list(self.entries()))
            self._delta = _Delta()
            self._dead = set()
            self._domains_cache = None
        _return_free_memory()

    # -- lookups ---------------------------------------------------------------------------------

    def __len__(self) -> int:
        return self._base.size - len(self._dead) + len(self._delta.entries)

    def entries(self) -> Iterator[CustomerEntry]:
        with self._lock:
            base, dead, delta = self._base, set(self._dead), list(self._delta.entries.values())
        for slot in range(base.size):
            if slot not in dead:
                yield base.entry(slot)
        yield from delta

    def _base_slot(self, customer_id: str) -> int | None:
        found = self._base_card(customer_id)
        return None if found is None else found[0]

    def _base_card(self, customer_id: str) -> tuple[int, str] | None:
        """The live base slot of ``customer_id`` and its card, or None."""
        base = self._base
        for slot in base.by_id.rows(_h(customer_id)):
            if slot not in self._dead:
                card = base.card(slot)
                if _card_id(card) == customer_id:
                    return slot, card
        return None

    def customer(self, customer_id: str) -> CustomerEntry | None:
        with self._lock:
            e = self._delta.entries.get(customer_id)
            if e is not None:
                return e
            found = self._base_card(customer_id)
            if found is None:
                return None
            # the card was just read to compare its id: the decode need not read it again
            return self._base.entry(*found)

    def owners(self, key: str) -> list[CustomerEntry]:
        """Every customer who has mailbox ``key`` on record."""
        with self._lock:
            base = self._base
            out: dict[str, CustomerEntry] = {}
            addr_cust = base.addr_cust
            for row in base.by_key.rows(_h(key)):
                slot = addr_cust[row]
                if slot not in self._dead and base.keys[row] == key:
                    e = base.entry(slot)
                    out[e.id] = e
            for cid in self._delta.by_key.get(key, ()):
                out[cid] = self._delta.entries[cid]
            return list(out.values())

    def with_name(self, name_key: str) -> list[CustomerEntry]:
        """Every customer whose full name folds to ``name_key``."""
        if not name_key:
            return []
        with self._lock:
            base = self._base
            out = [base.entry(s) for s in base.by_name.rows(_h64(name_key))
                   if s not in self._dead]
            out.extend(self._delta.entries[c] for c in self._delta.by_name.get(name_key, ()))
            return out

    def name_count(self, name_key: str) -> int:
        """How many customers have this full name (cheap: no entries are built)."""
        if not name_key:
            return 0
        with self._lock:
            base = self._base
            h = _h64(name_key)
            if self._dead:
                n = sum(1 for s in base.by_name.rows(h) if s not in self._dead)
            else:
                n = base.by_name.count(h)  # a popular name: no list of its thousands of rows
            return n + len(self._delta.by_name.get(name_key, ()))

    def namesake_count(self, full_name: str, *, exclude: str | None = None,
                       limit: int = 100) -> int:
        """How many customers (other than ``exclude``) have exactly this full name
        (`misdirect.names.same_full_name`), counted up to ``limit``.

        Cheap for a popular name too: only customers with the same exact tokens are looked at
        (a hash table of their own, so a Jonsson never reads the Jönssons), by their name alone,
        and counting stops at ``limit``.
        """
        if not full_name.strip():
            return 0
        exact = exact_name_key(full_name)
        if not exact:
            return 0
        n = 0
        with self._lock:
            base, dead = self._base, self._dead
            table = base.by_exact_name
            first, end = table.span(_h64(exact))
            for slot in table.rows_view(first, end):  # no list of a popular name's rows
                if dead and slot in dead:
                    continue
                card = base.card(slot)
                if not same_full_name(full_name, _card_name(card)):
                    continue
                if exclude is None or _card_id(card) != exclude:
                    n += 1
                    if n >= limit:
                        return n
            for cid in self._delta.by_exact_name.get(exact, ()):
                if cid != exclude and same_full_name(full_name, self._delta.entries[cid].full_name):
                    n += 1
        return min(n, limit)

    def near(self, key: str, *, max_distance: int = 1) -> list[Neighbour]:
        """Every recorded mailbox one slip from ``key`` (not ``key`` itself).

        A slip is one inserted, deleted or substituted character or two swapped neighbours in the
        local part (``max_distance`` 1), or the same local part at a neighbouring domain: one edit
        away, or the same name under another public suffix (``comhem.se`` / ``comhem.com``).
        """
        local, domain = _split_key(key)
        suffix = "@" + domain
        found: dict[tuple[str, str], Neighbour] = {}
        osa = OSA.distance
        with self._lock:
            base, dead, delta = self._base, self._dead, self._delta
            addr_cust, keys = base.addr_cust, base.keys
            hashes = _deletion_hashes(local, suffix)
            for row in base.by_deletion.rows_many(hashes):
                slot = addr_cust[row]
                if dead and slot in dead:
                    continue
                other = keys[row]
                # the same key, or a hash collision with another domain
                if other == key or not other.endswith(suffix):
                    continue
                d = osa(local, other[:-len(suffix)], score_cutoff=max_distance)
                if d <= max_distance:
                    e = base.entry(slot)
                    found[(e.id, other)] = Neighbour(e, base.addresses[row], other, d)
            if delta.by_deletion:
                for v in deletion_variants(local):
                    for cid, address in delta.by_deletion.get(v + suffix, ()):
                        e = delta.entries[cid]
                        other = next(k for a, k in e.addresses if a == address)
                        self._consider(found, key, local, other, e, address, max_distance)
            # the local part as each neighbour domain's provider would key it (Gmail: no dots)
            other_keys = {mailbox_key(local, d) for d in self._domains().neighbours(domain)}
            if other_keys:
                for row in base.by_key.rows_many([_h(k) for k in other_keys]):
                    slot = addr_cust[row]
                    k = base.keys[row]
                    if slot not in self._dead and k in other_keys:
                        e = base.entry(slot)
                        found[(e.id, k)] = Neighbour(e, base.addresses[row], k,
                                                     OSA.distance(key, k))
                for k in other_keys:
                    for cid in self._delta.by_key.get(k, ()):
                        e = self._delta.entries[cid]
                        address = next(a for a, kk in e.addresses if kk == k)
                        found[(e.id, k)] = Neighbour(e, address, k, OSA.distance(key, k))
        return list(found.values())

    def former_owners(self, key: str) -> list[CustomerEntry]:
        """Every customer who had mailbox ``key`` on record and no longer has."""
        with self._lock:
            base, dead = self._base, self._dead
            out: dict[str, CustomerEntry] = {}
            for row in base.by_former_key.rows(_h(key)):
                slot = base.former_cust[row]
                if slot not in dead and base.former_keys[row] == key:
                    e = base.entry(slot)
                    out[e.id] = e
            for cid in self._delta.by_former_key.get(key, ()):
                out[cid] = self._delta.entries[cid]
            return list(out.values())

    def near_former(self, key: str, *, max_distance: int = 1) -> list[Neighbour]:
        """Former mailboxes one slip from ``key`` in the local part (as `near`; the slip in the
        domain is left to today's addresses)."""
        local, domain = _split_key(key)
        suffix = "@" + domain
        found: dict[tuple[str, str], Neighbour] = {}
        osa = OSA.distance
        with self._lock:
            base, dead, delta = self._base, self._dead, self._delta
            if len(base.former_cust):
                for row in base.by_former_deletion.rows_many(_deletion_hashes(local, suffix)):
                    slot = base.former_cust[row]
                    other = base.former_keys[row]
                    if (dead and slot in dead) or other == key or not other.endswith(suffix):
                        continue
                    d = osa(local, other[:-len(suffix)], score_cutoff=max_distance)
                    if d <= max_distance:
                        e = base.entry(slot)
                        found[(e.id, other)] = Neighbour(e, base.former_addresses[row], other, d)
            if delta.by_former_deletion:
                for v in deletion_variants(local):
                    for cid, other in delta.by_former_deletion.get(v + suffix, ()):
                        e = delta.entries[cid]
                        address = next(f[0] for f in e.former if f[1] == other)
                        self._consider(found, key, local, other, e, address, max_distance)
        return list(found.values())

    def at(self, when: dt.datetime) -> IndexAt:
        """The lookups of this index as the directory was at ``when`` (see `IndexAt`)."""
        return IndexAt(self, when)

    @staticmethod
    def _consider(found: dict[tuple[str, str], Neighbour], key: str, local: str, other: str,
                  e: CustomerEntry, address: str, max_distance: int) -> None:
        if other == key:
            return
        o_local, o_domain = _split_key(other)
        if not key.endswith("@" + o_domain):
            return
        d = OSA.distance(local, o_local, score_cutoff=max_distance)
        if d <= max_distance:
            found[(e.id, other)] = Neighbour(e, address, other, d)

    def domain_counts(self) -> dict[str, int]:
        """Addresses per domain; the same dict object until the index changes."""
        return self._domains().counts

    def domain_count(self, domain: str) -> int:
        return self._domains().counts.get(domain, 0)

    def _domains(self) -> _DomainIndex:
        cache = self._domains_cache
        if cache is None:
            with self._lock:
                counts = Counter(self._base.domain_counts)
                for slot in self._dead:
                    for _a, k in self._base.entry(slot).addresses:
                        counts[_split_key(k)[1]] -= 1
                for e in self._delta.entries.values():
                    for _a, k in e.addresses:
                        counts[_split_key(k)[1]] += 1
                cache = _DomainIndex(+counts, self._base.domain_tables,
                                     self._base.domain_counts)
                self._domains_cache = cache
        return cache

    @property
    def nbytes(self) -> int:
        """Approximate memory held by the base arrays (the delta is small by construction)."""
        return self._base.nbytes + self._domains().nbytes


class _DomainTables:
    """The one-edit and same-name tables of a base's distinct domains, as arrays: a snapshot
    saves them and every process maps them, instead of each rebuilding ~13 Python strings and
    sets per domain on its first check (about 7 s for the 32,312 domains of a million synthetic
    customers on a loaded machine). Hash hits are candidates: `_DomainIndex` verifies each."""

    __slots__ = ("domains", "by_deletion", "by_label")

    def __init__(self, domains: _Blob, by_deletion: _HashTable, by_label: _HashTable) -> None:
        self.domains, self.by_deletion, self.by_label = domains, by_deletion, by_label

    @classmethod
    def build(cls, domains: Iterable[str]) -> _DomainTables:
        blob = _BlobBuilder()
        del_hashes, del_rows, label_hashes = array("I"), array("i"), array("I")
        for row, d in enumerate(sorted(domains)):
            blob.append(d)
            variants = _deletion_hashes(d, "")
            del_hashes.extend(variants)
            del_rows.extend(repeat(row, len(variants)))
            label_hashes.append(_h(registrable_label(d)))
        return cls(blob.build(),
                   _HashTable(np.frombuffer(del_hashes, dtype=np.uint32),
                              np.frombuffer(del_rows, dtype=np.int32)),
                   _HashTable(np.frombuffer(label_hashes, dtype=np.uint32),
                              np.arange(len(label_hashes), dtype=np.int32)))

    def by_deletion_of(self, variants: Iterable[str]) -> list[str]:
        """The domains sharing a deletion variant hash with one of ``variants`` (candidates)."""
        domains = self.domains
        return [domains[r] for r in self.by_deletion.rows_many(_h(v) for v in variants)]

    def by_label_of(self, label: str) -> list[str]:
        domains = self.domains
        return [domains[r] for r in self.by_label.rows(_h(label))]

    @property
    def nbytes(self) -> int:
        return self.domains.nbytes + self.by_deletion.nbytes + self.by_label.nbytes


class _DomainIndex:
    """The distinct domains on record, with a deletion index for one-edit neighbours.

    With ``tables`` (the base's `_DomainTables`, mapped from a snapshot), the domains in them
    are looked up there and only the others (added since, by the delta or `updated`) go into
    the Python maps; without, every domain does (an index built in this process)."""

    def __init__(self, counts: Counter[str], tables: _DomainTables | None = None,
                 in_tables: Container[str] = ()) -> None:
        self.counts = dict(counts)
        self._neighbours: dict[str, frozenset[str]] = {}
        self.tables = tables
        #: the domains ``tables`` holds (the base's domain counts: a dict, cheap to test)
        self.in_tables = in_tables if tables is not None else ()
        self.by_deletion: defaultdict[str, set[str]] = defaultdict(set)
        self.by_label: defaultdict[str, set[str]] = defaultdict(set)
        for d in self.counts:
            if d not in self.in_tables:
                self._add(d)

    def _add(self, d: str) -> None:
        for v in deletion_variants(d):
            self.by_deletion[v].add(d)
        self.by_label[registrable_label(d)].add(d)

    def updated(self, change: Counter[str]) -> _DomainIndex:
        """A new table with the counts changed; the deletion and label maps are shared and only
        grow (a domain whose count drops to zero stays in them but is no longer counted).
        Callers hold the index lock, which also guards every reader of these maps."""
        new = object.__new__(_DomainIndex)
        counts = dict(self.counts)
        for d, n in change.items():
            c = counts.get(d, 0) + n
            if c > 0:
                if d not in counts and d not in self.in_tables:
                    self._add(d)
                counts[d] = c
            else:
                counts.pop(d, None)
        new.counts = counts
        new.by_deletion = self.by_deletion
        new.by_label = self.by_label
        new.tables = self.tables
        new.in_tables = self.in_tables
        new._neighbours = {}
        return new

    def neighbours(self, domain: str) -> frozenset[str]:
        """Domains on record one edit from ``domain``, or the same name under another suffix.
        Cached per domain: a table is replaced, never changed in what it answers."""
        hit = self._neighbours.get(domain)
        if hit is None:
            if len(self._neighbours) > 100_000:
                self._neighbours.clear()
            hit = self._neighbours[domain] = frozenset(self._find_neighbours(domain))
        return hit

    def _find_neighbours(self, domain: str) -> set[str]:
        out: set[str] = set()
        counts = self.counts
        variants = deletion_variants(domain)
        candidates = [d for v in variants for d in self.by_deletion.get(v, ())]
        if self.tables is not None:
            candidates += self.tables.by_deletion_of(variants)
        for d in candidates:
            if d != domain and d in counts and OSA.distance(d, domain, score_cutoff=1) <= 1:
                out.add(d)
        label = registrable_label(domain)
        if len(label) >= 3:
            # the same name under another public suffix (comhem.se / comhem.com), not any domain
            # sharing the label (mail.comhem.se is not a slip of comhem.com)
            head = split_suffix(domain)[0]
            same: list[str] = list(self.by_label.get(label, ()))
            if self.tables is not None:
                same += self.tables.by_label_of(label)
            out.update(d for d in same
                       if d != domain and d in counts and split_suffix(d)[0] == head)
        return out

    @property
    def nbytes(self) -> int:
        # rough: python objects of ~60 bytes per stored variant, plus the (mapped) tables
        mapped = self.tables.nbytes if self.tables is not None else 0
        return mapped + 60 * sum(len(s) for s in self.by_deletion.values())


class IndexAt:
    """The checks' lookups (``customer``, ``owners``, ``near``, names) over the directory as it
    was at one time: a mailbox counts as a customer's at ``when`` if it was added at or before
    then (or its history is unknown) and not removed by then.

    Today's lookups stay as they were: this view asks them and filters what they find (an
    entry without history passes unchanged), then adds what the former-address tables find.
    Names and customers themselves have no history: they are today's."""

    __slots__ = ("index", "when")

    def __init__(self, index: MailboxIndex, when: dt.datetime) -> None:
        self.index = index
        if when.tzinfo is not None:
            when = when.astimezone(dt.UTC).replace(tzinfo=None)
        self.when = when

    def customer(self, customer_id: str) -> CustomerEntry:
        """The customer as the directory had them. Raises `UnknownCustomerError`."""
        e = self.index.customer(customer_id)
        if e is None:
            from misdirect.errors import UnknownCustomerError

            raise UnknownCustomerError(customer_id)
        return e.as_of(self.when)

    def owners(self, key: str) -> list[CustomerEntry]:
        when = self.when
        out: dict[str, CustomerEntry] = {}
        for e in (*self.index.owners(key), *self.index.former_owners(key)):
            then = e.as_of(when)
            if key in then.keys:
                out[then.id] = then
        return list(out.values())

    def near(self, key: str, *, max_distance: int = 1) -> list[Neighbour]:
        when = self.when
        out: dict[tuple[str, str], Neighbour] = {}
        for n in (*self.index.near(key, max_distance=max_distance),
                  *self.index.near_former(key, max_distance=max_distance)):
            then = n.customer.as_of(when)
            if n.key in then.keys:
                out[(then.id, n.key)] = (n if then is n.customer else
                                         Neighbour(then, n.address, n.key, n.distance))
        return list(out.values())

    def with_name(self, name_key_: str) -> list[CustomerEntry]:
        return [e.as_of(self.when) for e in self.index.with_name(name_key_)]

    def name_count(self, name_key_: str) -> int:
        return self.index.name_count(name_key_)

    def namesake_count(self, full_name: str, *, exclude: str | None = None,
                       limit: int = 100) -> int:
        return self.index.namesake_count(full_name, exclude=exclude, limit=limit)
