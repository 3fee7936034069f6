"""The domain table follows upserts and deletes without a rebuild (and agrees with one)."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from misdirect.directory.index import CustomerEntry, MailboxIndex

DOMAINS = ["gmail.com", "gmial.com", "comhem.se", "comhem.com", "comhen.se", "elisa.fi"]


def entry(cid: str, domains: list[str]) -> CustomerEntry:
    return CustomerEntry(id=cid, full_name="A B", name_key="a b",
                         addresses=tuple((f"u{i}@{d}", f"u{i}@{d}") for i, d in enumerate(domains)))


ops = st.lists(st.tuples(st.sampled_from(["upsert", "delete", "compact"]),
                         st.sampled_from([f"C{i}" for i in range(6)]),
                         st.lists(st.sampled_from(DOMAINS), max_size=3)), max_size=25)


@given(ops)
@settings(max_examples=150, deadline=None)
def test_domain_counts_follow_changes(steps: list[tuple[str, str, list[str]]]) -> None:
    index = MailboxIndex([entry("C0", ["gmail.com"])])
    live = {"C0": ["gmail.com"]}
    index.domain_counts()  # build the table first, so that later changes adjust it in place
    for op, cid, domains in steps:
        if op == "upsert":
            index.upsert([entry(cid, domains)])
            live[cid] = domains
        elif op == "delete":
            index.delete([cid])
            live.pop(cid, None)
        else:
            index.compact()
        expected = Counter(d for ds in live.values() for d in ds)
        assert index.domain_counts() == dict(+expected)
        fresh = MailboxIndex([entry(c, ds) for c, ds in live.items()])
        for d in DOMAINS:
            assert index._domains().neighbours(d) == fresh._domains().neighbours(d), d
