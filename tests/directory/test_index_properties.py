"""The mailbox index finds exactly what a brute-force scan finds.

Small alphabets force near neighbours and namesakes. The reference applies the documented rules
(`MailboxIndex.near`) to every recorded mailbox:

* same domain, OSA distance <= 1 between the local parts, and not the query itself (distance is
  the local-part distance);
* or the same local part at another recorded domain that is one OSA edit away, or has the same
  name under another public suffix (same registrable label, at least 3 characters, and the same
  part left of the suffix: ``abc.se`` / ``abc.com``); distance is that of the whole keys.

Every operation sequence (upserts, deletes, compactions, interleaved) is applied to the index and
to the reference, and they are compared after each step.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from misdirect.addresses import registrable_label, split_suffix
from misdirect.directory.index import STATES, CustomerEntry, MailboxIndex, deletion_variants
from misdirect.names import name_key, same_full_name

PROPS = settings(max_examples=120, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

DOMAINS = ["abc.se", "abc.com", "abd.se", "abc.co.uk", "mail.abc.se", "ab.se", "ba.se", "xyz.fi",
           "xzy.fi"]
NAMES = ["Anna Svensson", "svensson anna", "SVENSSON Anna", "Anna Svénsson", "Erik Berg",
         "Berg Erik", "Anna Berg", ""]
IDS = [f"c{i}" for i in range(8)]

locals_ = st.text(alphabet="ab.", min_size=1, max_size=4).filter(lambda s: s.strip("."))
keys = st.builds(lambda local, domain: f"{local}@{domain}", locals_, st.sampled_from(DOMAINS))


@st.composite
def entries(draw: st.DrawFn) -> CustomerEntry:
    cid = draw(st.sampled_from(IDS))
    full_name = draw(st.sampled_from(NAMES))
    ks = draw(st.lists(keys, max_size=3, unique=True))
    states = tuple(draw(st.sampled_from(STATES)) for _k in ks)
    verified_at = tuple(dt.datetime(2024, 5, 1, 12, 30) if s == "verified" else None
                        for s in states)
    # the rare fields too: the base decodes them through its own fast path (_make_entry);
    # personal values lose the two separator characters the base stores them with (by design)
    shared = frozenset(draw(st.lists(keys, max_size=1)))
    flags = tuple(draw(st.lists(st.sampled_from(["vip", "fraud-risk"]), max_size=2, unique=True)))
    # no lone surrogates: no database stores them, so no index is ever built with one
    value = st.text(st.characters(blacklist_characters="\x1e\x1f", blacklist_categories=("Cs",)),
                    max_size=5)
    personal = tuple(draw(st.lists(st.tuples(st.sampled_from(["city", "phone"]), value),
                                   max_size=2)))
    return CustomerEntry(id=cid, full_name=full_name, name_key=name_key(full_name),
                         addresses=tuple((k.upper(), k) for k in ks), states=states,
                         verified_at=verified_at, shared=shared, flags=flags, personal=personal)


ops = st.lists(st.one_of(
    st.tuples(st.just("upsert"), st.lists(entries(), min_size=1, max_size=4)),
    st.tuples(st.just("delete"), st.lists(st.sampled_from(IDS), min_size=1, max_size=3)),
    st.tuples(st.just("compact"), st.none()),
), max_size=8)


@dataclass
class Reference:
    """The index's documented behaviour, by scanning every customer."""

    customers: dict[str, CustomerEntry]

    def upsert(self, batch: list[CustomerEntry]) -> None:
        for e in batch:
            self.customers[e.id] = e

    def delete(self, ids: list[str]) -> None:
        for cid in ids:
            self.customers.pop(cid, None)

    def records(self) -> list[tuple[CustomerEntry, str, str]]:
        return [(e, a, k) for e in self.customers.values() for a, k in e.addresses]

    def owners(self, key: str) -> set[str]:
        return {e.id for e, _a, k in self.records() if k == key}

    def with_name(self, nkey: str) -> set[str]:
        return {e.id for e in self.customers.values() if nkey and e.name_key == nkey}

    def domains(self) -> set[str]:
        return {k.rpartition("@")[2] for _e, _a, k in self.records()}

    def domain_neighbours(self, domain: str) -> set[str]:
        head, _suffix = split_suffix(domain)
        label = registrable_label(domain)
        out = set()
        for d in self.domains() - {domain}:
            one_edit = OSA.distance(d, domain) <= 1
            same_name = (len(label) >= 3 and registrable_label(d) == label
                         and split_suffix(d)[0] == head)
            if one_edit or same_name:
                out.add(d)
        return out

    def near(self, key: str) -> set[tuple[str, str, str, int]]:
        local, _, domain = key.rpartition("@")
        neighbour_domains = self.domain_neighbours(domain)
        out = set()
        for e, a, k in self.records():
            if k == key:
                continue
            o_local, _, o_domain = k.rpartition("@")
            if o_domain == domain:
                d = OSA.distance(local, o_local)
                if d <= 1:
                    out.add((e.id, a, k, d))
            elif o_local == local and o_domain in neighbour_domains:
                out.add((e.id, a, k, OSA.distance(key, k)))
        return out

    def domain_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for _e, _a, k in self.records():
            d = k.rpartition("@")[2]
            counts[d] = counts.get(d, 0) + 1
        return counts


def near_of(index: MailboxIndex, key: str) -> set[tuple[str, str, str, int]]:
    found = index.near(key)
    as_set = {(n.customer.id, n.address, n.key, n.distance) for n in found}
    assert len(as_set) == len(found), "a neighbour is reported twice"
    return as_set


def assert_agrees(index: MailboxIndex, ref: Reference, queries: list[str]) -> None:
    assert len(index) == len(ref.customers)
    assert {e.id: e for e in index.entries()} == ref.customers
    # keys is derived and left out of ==: the decoded entries must derive it too
    assert all(e.keys == ref.customers[e.id].keys for e in index.entries())
    index._base._entries.clear()  # decoded afresh by id (the decode then skips reading it)
    for cid in IDS:
        assert index.customer(cid) == ref.customers.get(cid)
        assert index.customer(cid) == ref.customers.get(cid)  # and from the entry cache
    recorded = [k for _e, _a, k in ref.records()]
    for q in [*queries, *recorded]:
        assert {e.id for e in index.owners(q)} == ref.owners(q), q
        for e in index.owners(q):
            assert e == ref.customers[e.id]
        assert near_of(index, q) == ref.near(q), q
    for n in NAMES:
        nk = name_key(n)
        assert {e.id for e in index.with_name(nk)} == ref.with_name(nk), n
        # exact namesakes: the same name by the letter (same_full_name), not by the folded key
        exact = [e.id for e in ref.customers.values() if same_full_name(n, e.full_name)]
        assert index.namesake_count(n) == len(exact), n
        for cid in exact:
            assert index.namesake_count(n, exclude=cid) == len(exact) - 1, (n, cid)
        assert index.namesake_count(n, limit=1) == min(1, len(exact)), n
    assert index.domain_counts() == ref.domain_counts()


def apply(index: MailboxIndex, ref: Reference, op: tuple[str, object]) -> None:
    kind, arg = op
    if kind == "upsert":
        index.upsert(arg)  # type: ignore[arg-type]
        ref.upsert(arg)  # type: ignore[arg-type]
    elif kind == "delete":
        index.delete(arg)  # type: ignore[arg-type]
        ref.delete(arg)  # type: ignore[arg-type]
    else:
        index.compact()


@given(st.lists(entries(), max_size=12), st.lists(keys, max_size=10))
@PROPS
def test_built_index_matches_brute_force(initial: list[CustomerEntry], queries: list[str]) -> None:
    ref = Reference({})
    ref.upsert(initial)
    index = MailboxIndex(ref.customers.values())
    assert_agrees(index, ref, queries)


@given(st.lists(entries(), max_size=8), ops, st.lists(keys, max_size=6), st.booleans())
@PROPS
def test_index_matches_brute_force_after_updates(
        initial: list[CustomerEntry], operations: list[tuple[str, object]], queries: list[str],
        tiny_delta: bool) -> None:
    ref = Reference({})
    ref.upsert(initial)
    index = MailboxIndex(ref.customers.values())
    if tiny_delta:
        index.compact_after = 2  # compact on its own, mid-sequence
    for op in operations:
        apply(index, ref, op)
        assert_agrees(index, ref, queries)


@pytest.mark.parametrize(("recorded", "query", "expected"), [
    # local-part slips at the same domain
    ("linnea.oberg1987@comhem.se", "linnea.oberg187@comhem.se", 1),   # missing digit
    ("linnea.oberg1987@comhem.se", "linnea.oberg19877@comhem.se", 1),  # extra
    ("linnea.oberg1987@comhem.se", "linnea.oberg1978@comhem.se", 1),   # swap
    ("linnea.oberg1987@comhem.se", "linnea.oberg1988@comhem.se", 1),   # wrong
    ("linnea.oberg1987@comhem.se", "linnea.oberg18@comhem.se", None),  # two edits
    # domain slips, same local part
    ("linnea.oberg1987@comhem.se", "linnea.oberg1987@comhen.se", 1),
    ("linnea.oberg1987@comhem.se", "linnea.oberg1987@comhem.com", 3),
    ("linnea.oberg1987@comhem.se", "linnea.oberg1987@telia.com", None),
    # both at once is not one slip
    ("linnea.oberg1987@comhem.se", "linnea.oberg187@comhen.se", None),
])
def test_near_examples(recorded: str, query: str, expected: int | None) -> None:
    index = MailboxIndex([
        CustomerEntry("C-1", "Linnea Öberg", name_key("Linnea Öberg"), ((recorded, recorded),)),
        CustomerEntry("C-2", "Other", "other", (("someone@comhen.se", "someone@comhen.se"),
                                                ("someone@comhem.com", "someone@comhem.com"))),
    ])
    got = {(n.customer.id, n.distance) for n in index.near(query) if n.customer.id == "C-1"}
    assert got == (set() if expected is None else {("C-1", expected)})


def test_deletion_variants() -> None:
    assert deletion_variants("abc") == {"abc", "bc", "ac", "ab"}
    assert deletion_variants("a") == {"a", ""}


# -- the customer cards (index._encode_card): any text in any field comes back as it went in ----

_ANY = st.text(st.characters(blacklist_categories=("Cs",)), max_size=6)
_TRICKY = st.text(alphabet=",;=0123456789aé\x1e\x1f ", max_size=6)


@st.composite
def odd_entries(draw: st.DrawFn, cid: str) -> CustomerEntry:
    text = st.one_of(_ANY, _TRICKY)
    addresses = draw(st.lists(st.tuples(text, st.one_of(text, st.just(None))), max_size=3))
    personal = tuple(draw(st.lists(st.tuples(st.sampled_from(["city", "phone", "postal_code"]),
                                             text.map(lambda v: v.replace("\x1e", " ")
                                                      .replace("\x1f", " "))), max_size=3)))
    full_name = draw(text)
    return CustomerEntry(id=cid, full_name=full_name, name_key=draw(text),
                         addresses=tuple((a, a if k is None else k) for a, k in addresses),
                         flags=tuple(draw(st.lists(text, max_size=1))), personal=personal)


@given(entries_=st.lists(st.one_of(_ANY, _TRICKY).filter(bool), min_size=1, max_size=6,
                         unique=True).flatmap(lambda ids: st.tuples(*[odd_entries(i)
                                                                      for i in ids])),
       through_snapshot=st.booleans())
@PROPS
def test_cards_keep_every_field(entries_: tuple[CustomerEntry, ...], through_snapshot: bool,
                                tmp_path_factory: pytest.TempPathFactory) -> None:
    index = MailboxIndex(entries_)
    if through_snapshot:
        folder = tmp_path_factory.mktemp("cards")
        index.save(folder)
        index = MailboxIndex.load(folder)
    for e in entries_:
        index._base._entries.clear()
        got = index.customer(e.id)
        assert got == e and got is not None and got.keys == e.keys
        assert index._base._decode(index._base_slot(e.id)) == e  # type: ignore[arg-type]
    assert index.customer(entries_[0].id + "\x00") is None
    assert sorted(x.id for x in index.entries()) == sorted(e.id for e in entries_)
    for e in entries_:
        exact = [x for x in entries_ if same_full_name(e.full_name, x.full_name)]
        if e.full_name.strip() and exact and any(c.isalnum() for c in e.full_name):
            assert index.namesake_count(e.full_name, exclude=e.id) == len(exact) - 1
