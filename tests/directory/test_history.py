"""The directory as it was: address history loaded, kept by upsert on every backend, migrated
from schema version 1, saved in snapshots, and asked "at time T" by `IndexAt` and `Guard.check`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from misdirect import Customer, Directory, DirectoryError, Guard
from misdirect.directory.index import CustomerEntry, MailboxIndex
from misdirect.io import read_customers
from misdirect.models import OutboundEmail

T = dt.datetime
ANNA = Customer.model_validate({
    "id": "C-1", "full_name": "Anna Svensson",
    "emails": ["anna.svensson@telia.com",                                     # always hers
               {"address": "anna.new.address@telia.com", "added_at": "2025-01-01"},
               {"address": "anna.old.address@telia.com", "added_at": "2020-01-01",
                "removed_at": "2024-06-01T00:00:00Z", "verified": True}]})
BO = Customer.model_validate({
    "id": "C-2", "full_name": "Bo Berg",
    "emails": ["bo.berg@comhem.se",
               {"address": "bo.berg.family@comhem.se", "added_at": "2025-03-01T12:00:00+01:00"}]})


def history(c: Customer) -> list[tuple[str, Any, Any, Any]]:
    return [(h.address, h.added_at, h.removed_at, h.verified) for h in c.email_history]


def rebuilt(d: Directory, customer_id: str) -> CustomerEntry | None:
    """The customer in an index built afresh from the database rows."""
    return MailboxIndex(d._stream_entries()).customer(customer_id)


# -- loading ---------------------------------------------------------------------------------------


def test_email_objects_go_to_the_history_and_only_todays_stay_in_emails() -> None:
    assert ANNA.emails == ["anna.svensson@telia.com", "anna.new.address@telia.com"]
    assert history(ANNA) == [
        ("anna.new.address@telia.com", T(2025, 1, 1), None, None),
        ("anna.old.address@telia.com", T(2020, 1, 1), T(2024, 6, 1), True)]
    # an aware time is stored as naive UTC
    assert BO.email_history[0].added_at == T(2025, 3, 1, 11, 0)


@pytest.mark.parametrize("entry, problem", [
    ({"address": "a@x.se", "added_at": "2025-01-01", "removed_at": "2024-01-01"}, "before"),
    ({"address": "a@x.se", "added_at": "yesterday"}, "added_at"),
    ({"address": "a@x.se", "colour": "red"}, "colour"),
    ({"added_at": "2024-01-01"}, "address"),
])
def test_a_bad_history_entry_is_refused(entry: dict[str, Any], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        Customer.model_validate({"id": "C-9", "emails": [entry]})


def test_jsonl_and_csv_files_carry_the_history(tmp_path: Path) -> None:
    emails = [{"address": "anna.svensson@telia.com"},
              {"address": "anna.old.address@telia.com", "added_at": "2020-01-01",
               "removed_at": "2024-06-01", "verified": False}]
    jsonl = tmp_path / "c.jsonl"
    jsonl.write_text(json.dumps({"id": "C-1", "full_name": "Anna", "emails": emails}) + "\n")
    cell = json.dumps(emails).replace('"', '""')
    csv_file = tmp_path / "c.csv"
    csv_file.write_text(f'id,full_name,emails\nC-1,Anna,"{cell}"\nC-2,Bo,bo@x.se;b@y.se\n'
                        f'C-3,Cy,"[broken"\n')
    errors: list[Any] = []
    from_jsonl = list(read_customers(jsonl))
    from_csv = list(read_customers(csv_file, on_error=errors.append))
    assert from_jsonl[0] == from_csv[0]
    assert from_csv[0].emails == ["anna.svensson@telia.com"]
    assert history(from_csv[0])[1] == ("anna.old.address@telia.com", T(2020, 1, 1),
                                       T(2024, 6, 1), False)
    assert from_csv[1].emails == ["bo@x.se", "b@y.se"] and from_csv[1].email_history == []
    assert [(e.line, "JSON list" in e.problem) for e in errors] == [(4, True)]


# -- kept by upsert on every backend -----------------------------------------------------------------


def test_upsert_keeps_the_history_and_get_returns_it(directory: Directory) -> None:
    directory.upsert([ANNA, BO])
    got = directory.get("C-1")
    assert got.emails == ANNA.emails
    # get names each address with a known history; verified is a state, read by verification()
    assert [(a, added, removed) for a, added, removed, _v in history(got)] == [
        ("anna.new.address@telia.com", T(2025, 1, 1), None),
        ("anna.old.address@telia.com", T(2020, 1, 1), T(2024, 6, 1))]
    assert directory.verification("C-1", "anna.old.address@telia.com") is None  # not today's
    entry = directory.customer("C-1")
    assert entry.former == (("anna.old.address@telia.com", "anna.old.address@telia.com",
                             "verified", T(2020, 1, 1), T(2024, 6, 1)),)
    # the index kept by the upsert is the index built from the rows
    assert rebuilt(directory, "C-1") == entry and rebuilt(directory, "C-2") == \
        directory.customer("C-2")


def test_a_sync_that_drops_an_address_marks_it_removed_and_relisting_restores_it(
        directory: Directory) -> None:
    directory.upsert([ANNA])
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    directory.upsert([Customer(id="C-1", full_name="Anna Svensson",
                               emails=["anna.new.address@telia.com"])])
    after = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    e = directory.customer("C-1")
    assert e.addresses == (("anna.new.address@telia.com", "anna.new.address@telia.com"),)
    assert e.added_at == (T(2025, 1, 1),)  # a plain listing keeps the stored added_at
    removed = {f[0]: f[4] for f in e.former}
    assert set(removed) == {"anna.svensson@telia.com", "anna.old.address@telia.com"}
    assert before - dt.timedelta(seconds=1) <= removed["anna.svensson@telia.com"] \
        <= after + dt.timedelta(seconds=1)
    assert removed["anna.old.address@telia.com"] == T(2024, 6, 1)  # not moved by the sync
    # yesterday it was still hers
    assert "anna.svensson@telia.com" in directory.at(before - dt.timedelta(days=1)) \
        .customer("C-1").keys
    assert rebuilt(directory, "C-1") == e
    directory.upsert([ANNA])
    assert rebuilt(directory, "C-1") == directory.customer("C-1")
    assert [a for a, _k in directory.customer("C-1").addresses] == [
        "anna.svensson@telia.com", "anna.new.address@telia.com"]


def test_mark_verified_makes_a_former_address_todays_again(directory: Directory) -> None:
    directory.upsert([ANNA])
    directory.mark_verified("C-1", "anna.old.address@telia.com")
    e = directory.customer("C-1")
    assert "anna.old.address@telia.com" in e.keys and e.former == ()
    assert directory.verification("C-1", "anna.old.address@telia.com") == "verified"


# -- migration ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("backend", ["sqlite-file", "postgres", "mariadb"], indirect=True)
def test_a_version_1_database_is_refused_until_connect_migrates_it(directory_url: str) -> None:
    with Directory.connect(directory_url) as d:
        d.upsert([Customer(id="C-1", full_name="Anna", emails=["anna@telia.com"])])
        with d._engine.begin() as conn:  # back to what schema version 1 was
            for column in ("added_at", "removed_at"):
                conn.execute(text(f"ALTER TABLE misdirect_addresses DROP COLUMN {column}"))
            conn.execute(text("UPDATE misdirect_meta SET value = '1' "
                              "WHERE misdirect_meta.key = 'schema_version'"))
    with Directory.connect(directory_url, create=False) as old, \
            pytest.raises(DirectoryError, match="schema version 1.*create=True"):
        old.customer("C-1")
    with Directory.connect(directory_url) as migrated:
        e = migrated.customer("C-1")
        assert e.addresses == (("anna@telia.com", "anna@telia.com"),) and e.added_at == ()
        migrated.upsert([ANNA])
        assert {f[0] for f in migrated.customer("C-1").former} == {
            "anna@telia.com", "anna.old.address@telia.com"}  # the sync removed anna@
    with Directory.connect(directory_url, create=False) as again:
        assert "anna.new.address@telia.com" in again.customer("C-1").keys


# -- the index at a time -------------------------------------------------------------------------------


def test_a_snapshot_keeps_the_history(tmp_path: Path) -> None:
    from misdirect.directory.store import _entry_and_invalid

    entries = [_entry_and_invalid(c)[0] for c in (ANNA, BO)]
    index = MailboxIndex(entries)
    index.save(tmp_path / "snap")
    loaded = MailboxIndex.load(tmp_path / "snap")
    for e in entries:
        assert loaded.customer(e.id) == e == index.customer(e.id)
    then = loaded.at(T(2023, 1, 1))
    assert [e.id for e in then.owners("anna.old.address@telia.com")] == ["C-1"]
    assert [n.key for n in then.near("anna.old.adress@telia.com")] == \
        ["anna.old.address@telia.com"]
    assert loaded.owners("anna.old.address@telia.com") == []


_TIMES = st.one_of(st.none(), st.integers(0, 9).map(lambda d: T(2024, 1, 1 + d)))
_ADDRS = [f"{n}@telia.com" for n in ("anna.svensson", "anna.svenson", "bo.berg", "bo.bergg",
                                     "cecilia.ek")]


@st.composite
def _customers(draw: Any) -> list[CustomerEntry]:
    out = []
    for i in range(draw(st.integers(1, 4))):
        picked = draw(st.lists(st.sampled_from(_ADDRS), unique=True, max_size=4))
        current, former = [], []
        for a in picked:
            added = draw(_TIMES)
            if draw(st.booleans()):
                current.append((a, added))
            else:
                removed = draw(st.integers(0, 9).map(lambda d: T(2024, 1, 1 + d)))
                if added is not None and removed < added:
                    added, removed = removed, added
                former.append((a, a, "unknown", added, removed))
        out.append(CustomerEntry(id=f"C-{i}", full_name="X", name_key="x",
                                 addresses=tuple((a, a) for a, _t in current),
                                 added_at=tuple(t for _a, t in current), former=tuple(former)))
    return out


def _had(e: CustomerEntry, key: str, at: dt.datetime) -> bool:
    """The reference: did ``e`` have ``key`` at ``at``?"""
    for (_a, k), added in zip(e.addresses, e.added_at or [None] * len(e.addresses), strict=True):
        if k == key and (added is None or added <= at):
            return True
    return any(k == key and (added is None or added <= at) and at < removed
               for _a, k, _s, added, removed in e.former)


@settings(max_examples=60, deadline=None)
@given(customers=_customers(), day=st.integers(0, 10), through_delta=st.booleans())
def test_the_index_at_a_time_matches_a_brute_force_reference(
        customers: list[CustomerEntry], day: int, through_delta: bool) -> None:
    at = T(2024, 1, 1) + dt.timedelta(days=day, hours=12 * (day % 2))
    if through_delta:
        index = MailboxIndex()
        index.upsert(customers)
    else:
        index = MailboxIndex(customers)
    view = index.at(at)
    for key in _ADDRS:
        assert {e.id for e in view.owners(key)} == {c.id for c in customers if _had(c, key, at)}
        near = {(n.customer.id, n.key) for n in view.near(key)}
        assert near == {(c.id, k) for c in customers for k in _ADDRS
                        if k != key and _had(c, k, at) and abs(len(k) - len(key)) <= 1
                        and _osa1(k, key)}
    for c in customers:
        assert view.customer(c.id).keys == {k for k in _ADDRS if _had(c, k, at)}


def _osa1(a: str, b: str) -> bool:
    from rapidfuzz.distance import OSA

    return OSA.distance(a.split("@")[0], b.split("@")[0]) <= 1


# -- checks at a time ---------------------------------------------------------------------------------


def _send(to: str, customer: str = "C-1") -> OutboundEmail:
    return OutboundEmail(customer_id=customer, to=[to], subject="Kvitto", text="Tack!")


@pytest.mark.parametrize("customer, to, at, codes", [
    # added later: not hers when the mail went out
    ("C-1", "anna.new.address@telia.com", T(2024, 3, 1), {"recipient_not_on_record"}),
    ("C-1", "anna.new.address@telia.com", None, set()),
    # removed later: still hers then; today nobody's
    ("C-1", "anna.old.address@telia.com", T(2024, 3, 1), set()),
    ("C-1", "anna.old.address@telia.com", None, {"recipient_not_on_record"}),
    ("C-1", "anna.old.address@telia.com", T(2019, 3, 1), {"recipient_not_on_record"}),
    # another customer's mailbox only since 2025-03-01: not a misdirection before then
    ("C-1", "bo.berg.family@comhem.se", T(2025, 2, 1), {"recipient_not_on_record"}),
    ("C-1", "bo.berg.family@comhem.se", None, {"owned_by_other_customer"}),
    # always hers: the same at every time
    ("C-1", "anna.svensson@telia.com", T(1999, 1, 1), set()),
    # a slip of an address she had then
    ("C-1", "anna.old.adress@telia.com", T(2024, 3, 1),
     {"typo_of_customer_address", "recipient_not_on_record"}),
    ("C-1", "anna.old.adress@telia.com", None, {"recipient_not_on_record"}),
])
def test_a_send_is_judged_against_the_directory_at_its_time(
        directory: Directory, make_guard: Callable[..., Guard], customer: str, to: str,
        at: dt.datetime | None, codes: set[str]) -> None:
    directory.upsert([ANNA, BO])
    guard = make_guard(directory)
    verdict = guard.check(_send(to, customer), at=at)
    assert verdict.codes() - {"name_mismatch", "namesake_ambiguous"} == codes

