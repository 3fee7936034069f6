"""`Directory` against every backend: writes, reads, the index kept right, and failures.

Runs on sqlite (memory), sqlite-file, postgres and mariadb (see tests/conftest.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from misdirect import Customer, Directory, DirectoryError, MisdirectError, UnknownCustomerError
from misdirect.addresses import parse_address
from misdirect.directory.schema import AddressRow
from misdirect.names import name_key

_A = AddressRow.__table__


def cust(cid: str, full_name: str, *emails: str, **fields: Any) -> Customer:
    return Customer(id=cid, full_name=full_name, emails=list(emails), **fields)


def key(address: str) -> str:
    return parse_address(address).key


def ids(entries: list[Any]) -> set[str]:
    return {e.id for e in entries}


def address_rows(d: Directory, customer_id: str, *,
                 removed: bool = False) -> dict[str, dict[str, Any]]:
    """The address rows of one customer, by mailbox key (reads the tables directly); rows of
    addresses an upsert removed only with ``removed``."""
    from misdirect.directory.schema import CustomerRow

    c = CustomerRow.__table__
    with d._engine.connect() as conn:
        rows = conn.execute(
            select(_A.c.pk, _A.c.address, _A.c.mailbox_key, _A.c.verification, _A.c.added_at,
                   _A.c.removed_at)
            .join(c, c.c.pk == _A.c.customer_pk).where(c.c.id == customer_id)).mappings().all()
    return {r["mailbox_key"]: dict(r) for r in rows if removed or r["removed_at"] is None}


# -- insert, update, delete ----------------------------------------------------------------------


def test_insert_then_get_round_trips_every_field(directory: Directory) -> None:
    original = cust(
        "C-1", "Linnea Öberg", "linnea.oberg1987@comhem.se", "l.oberg@work.example.se",
        city="Örebro", postal_address="Storgatan 1", postal_code="702 10", phone="+46 70 123 45 67",
        birth_date=dt.date(1987, 3, 14), national_id="19870314-1234", customer_number="K-77",
        flags=["vip", "paper_invoice"], notes=["called 2024-01-02", "prefers Swedish"],
    )
    report = directory.upsert([original])
    assert (report.inserted, report.updated, report.addresses) == (1, 0, 2)
    assert report.invalid_addresses == []

    got = directory.get("C-1")
    assert got == original
    assert isinstance(got.birth_date, dt.date)
    assert len(directory) == 1


def test_optional_fields_round_trip_as_none_and_empty(directory: Directory) -> None:
    directory.upsert([cust("C-2", "", "x@example.com")])
    got = directory.get("C-2")
    assert got.city is None and got.birth_date is None
    assert got.flags == [] and got.notes == []
    assert got.full_name == ""


def test_update_keeps_staying_addresses_marks_removed_adds_new(directory: Directory) -> None:
    directory.upsert([cust("C-1", "Anna Svensson", "anna@example.se", "old@example.se")])
    before = address_rows(directory, "C-1")
    directory.mark_verified("C-1", "anna@example.se")

    report = directory.upsert([cust("C-1", "Anna Svensson", "anna@example.se", "new@example.se")])
    assert address_rows(directory, "C-1").keys() == {"anna@example.se", "new@example.se"}
    assert (report.inserted, report.updated) == (0, 1)

    after = address_rows(directory, "C-1", removed=True)
    # the dropped address keeps its row, marked removed: the directory as it was still has it
    assert set(after) == {"anna@example.se", "new@example.se", "old@example.se"}
    assert [k for k, r in after.items() if r["removed_at"] is not None] == ["old@example.se"]
    assert after["old@example.se"]["pk"] == before["old@example.se"]["pk"]
    assert [(h.address, h.removed_at is not None) for h in directory.get("C-1").email_history] \
        == [("old@example.se", True)]
    assert after["anna@example.se"]["pk"] == before["anna@example.se"]["pk"]
    assert after["anna@example.se"]["verification"] == "verified"
    assert after["new@example.se"]["verification"] == "unknown"
    assert set(directory.get("C-1").emails) == {"anna@example.se", "new@example.se"}
    assert directory.verification("C-1", "anna@example.se") == "verified"
    assert directory.verification("C-1", "new@example.se") == "unknown"
    assert directory.verification("C-1", "old@example.se") is None
    assert len(directory) == 1


def test_update_changes_customer_fields(directory: Directory) -> None:
    directory.upsert([cust("C-1", "Anna Svensson", "anna@example.se", city="Lund")])
    directory.upsert([cust("C-1", "Anna Berg", "anna@example.se", city="Malmö",
                           birth_date=dt.date(1990, 1, 2))])
    got = directory.get("C-1")
    assert (got.full_name, got.city, got.birth_date) == ("Anna Berg", "Malmö", dt.date(1990, 1, 2))
    assert directory.with_name(name_key("Anna Svensson")) == []
    assert ids(directory.with_name(name_key("Anna Berg"))) == {"C-1"}


def test_update_with_same_mailbox_spelled_differently_keeps_one_row(directory: Directory) -> None:
    directory.upsert([cust("C-1", "Anna", "anna.svensson@gmail.com")])
    pk = address_rows(directory, "C-1")["annasvensson@gmail.com"]["pk"]
    directory.upsert([cust("C-1", "Anna", "Anna.Svensson+shop@googlemail.com")])
    rows = address_rows(directory, "C-1")
    assert list(rows) == ["annasvensson@gmail.com"]
    assert rows["annasvensson@gmail.com"]["pk"] == pk


def test_delete_removes_customer_and_addresses(directory: Directory) -> None:
    directory.upsert([cust("C-1", "Anna Svensson", "anna@example.se"),
                      cust("C-2", "Erik Berg", "erik@example.se")])
    assert directory.delete(["C-1", "C-404", "C-1"]) == 1
    with pytest.raises(UnknownCustomerError):
        directory.get("C-1")
    assert address_rows(directory, "C-1") == {}
    assert directory.get("C-2").emails == ["erik@example.se"]
    assert len(directory) == 1
    assert directory.delete([]) == 0
    assert directory.delete(["C-404"]) == 0


def test_unknown_id_raises_unknown_customer_error(directory: Directory) -> None:
    directory.upsert([cust("C-1", "Anna", "anna@example.se")])
    for lookup in (directory.get, directory.customer):
        with pytest.raises(UnknownCustomerError) as info:
            lookup("C-404")
        assert isinstance(info.value, KeyError)
        assert isinstance(info.value, MisdirectError)
        assert info.value.customer_id == "C-404"
        assert "C-404" in str(info.value)


def test_duplicate_ids_in_one_batch_last_wins(directory: Directory) -> None:
    report = directory.upsert([
        cust("C-1", "Anna Svensson", "first@example.se", city="Lund"),
        cust("C-2", "Erik Berg", "erik@example.se"),
        cust("C-1", "Anna Svensson", "second@example.se", city="Umeå"),
    ])
    assert (report.inserted, report.updated) == (2, 0)
    got = directory.get("C-1")
    assert (got.emails, got.city) == (["second@example.se"], "Umeå")
    assert directory.owners("first@example.se") == []
    assert ids(directory.owners("second@example.se")) == {"C-1"}


def test_duplicate_ids_across_batches_last_wins(directory: Directory) -> None:
    customers = [cust("C-1", "Anna", "first@example.se"), cust("C-2", "Erik", "erik@example.se"),
                 cust("C-1", "Anna", "second@example.se")]
    report = directory.upsert(customers, batch_size=2)
    assert (report.inserted, report.updated) == (2, 1)
    assert directory.get("C-1").emails == ["second@example.se"]


def test_ids_that_differ_only_in_case_are_different_customers(directory: Directory) -> None:
    directory.upsert([cust("abc-1", "Anna Svensson", "anna@example.se"),
                      cust("ABC-1", "Erik Berg", "erik@example.se")])
    assert directory.get("abc-1").full_name == "Anna Svensson"
    assert directory.get("ABC-1").full_name == "Erik Berg"
    assert len(directory) == 2


def test_shared_family_mailbox_has_two_owners(directory: Directory) -> None:
    directory.upsert([cust("C-1", "Anna Svensson", "familjen.svensson@telia.com"),
                      cust("C-2", "Per Svensson", "familjen.svensson@telia.com", "per@telia.com")])
    assert ids(directory.owners("familjen.svensson@telia.com")) == {"C-1", "C-2"}
    directory.delete(["C-1"])
    assert ids(directory.owners("familjen.svensson@telia.com")) == {"C-2"}
    directory.refresh()
    assert ids(directory.owners("familjen.svensson@telia.com")) == {"C-2"}


def test_invalid_addresses_are_stored_and_reported(directory: Directory) -> None:
    report = directory.upsert([
        cust("C-1", "Anna", "anna@example.se", "anna@example", "anna.svensson@comhem.se,"),
        cust("C-2", "Erik", "not an address"),
    ])
    assert sorted(report.invalid_addresses) == [
        ("C-1", "anna.svensson@comhem.se,"), ("C-1", "anna@example"), ("C-2", "not an address")]
    assert directory.get("C-1").emails == ["anna@example.se", "anna@example",
                                           "anna.svensson@comhem.se,"]
    assert directory.get("C-2").emails == ["not an address"]


def test_overlong_invalid_address_is_reported_not_a_database_error(directory: Directory) -> None:
    long_address = "x" * 400 + "@" + "example.se"
    report = directory.upsert([cust("C-1", "Anna", "anna@example.se", long_address)])
    assert report.invalid_addresses == [("C-1", long_address)]
    assert directory.get("C-1").emails == ["anna@example.se"]
    assert ids(directory.owners("anna@example.se")) == {"C-1"}


def test_address_with_nul_is_reported_not_a_database_error(directory: Directory) -> None:
    report = directory.upsert([cust("C-1", "Anna", "anna@example.se", "an\x00na@example.se")])
    assert report.invalid_addresses == [("C-1", "an\x00na@example.se")]
    assert directory.get("C-1").emails == ["anna@example.se"]


# -- the index follows writes --------------------------------------------------------------------


def test_index_follows_upserts_and_deletes_without_rebuild(directory: Directory) -> None:
    directory.upsert([cust("C-1", "Linnea Öberg", "linnea.oberg1987@comhem.se"),
                      cust("C-2", "Matti Virtanen", "matti.virtanen@elisa.fi")])
    index = directory.index
    assert ids(directory.owners("linnea.oberg1987@comhem.se")) == {"C-1"}

    # new customer, a namesake
    directory.upsert([cust("C-3", "Matti Virtanen", "m.virtanen@kolumbus.fi")])
    assert directory.index is index, "a small write must update the index, not rebuild it"
    assert ids(directory.with_name(name_key("Virtanen Matti"))) == {"C-2", "C-3"}
    assert ids(directory.owners("m.virtanen@kolumbus.fi")) == {"C-3"}

    # changed address: the old one is gone from owners and near, the new one is found
    directory.upsert([cust("C-1", "Linnea Öberg", "linnea.oberg1988@comhem.se")])
    assert directory.owners("linnea.oberg1987@comhem.se") == []
    near = directory.near("linnea.oberg198@comhem.se")
    assert {(n.customer.id, n.key) for n in near} == {("C-1", "linnea.oberg1988@comhem.se")}

    # renamed customer leaves the old name
    directory.upsert([cust("C-2", "Matti Korhonen", "matti.virtanen@elisa.fi")])
    assert ids(directory.with_name(name_key("Matti Virtanen"))) == {"C-3"}

    # deleted customer disappears from every lookup
    directory.delete(["C-3"])
    assert directory.owners("m.virtanen@kolumbus.fi") == []
    assert directory.with_name(name_key("Matti Virtanen")) == []
    assert directory.near("m.virtanen@kolumbus.fl") == []
    with pytest.raises(UnknownCustomerError):
        directory.customer("C-3")
    assert directory.index is index

    # and a rebuild from the database agrees with the updated index
    directory.refresh()
    assert directory.owners("linnea.oberg1987@comhem.se") == []
    assert ids(directory.owners("linnea.oberg1988@comhem.se")) == {"C-1"}
    assert ids(directory.with_name(name_key("Matti Korhonen"))) == {"C-2"}
    assert len(directory.index) == 2


def test_refresh_picks_up_writes_of_another_directory(shared_url: str) -> None:
    with Directory.connect(shared_url) as reader, Directory.connect(shared_url) as writer:
        writer.upsert([cust("C-1", "Anna Svensson", "anna@example.se")])
        assert ids(reader.owners("anna@example.se")) == {"C-1"}  # first use builds the index

        writer.upsert([cust("C-2", "Erik Berg", "erik@example.se")])
        writer.delete(["C-1"])
        assert ids(reader.owners("anna@example.se")) == {"C-1"}  # stale until refreshed
        reader.refresh()
        assert reader.owners("anna@example.se") == []
        assert ids(reader.owners("erik@example.se")) == {"C-2"}
        assert reader.get("C-2").full_name == "Erik Berg"


def test_refresh_interval_picks_up_writes_automatically(shared_url: str) -> None:
    with Directory.connect(shared_url, refresh_interval=0) as reader, \
            Directory.connect(shared_url) as writer:
        assert reader.owners("anna@example.se") == []
        writer.upsert([cust("C-1", "Anna Svensson", "anna@example.se")])
        assert ids(reader.owners("anna@example.se")) == {"C-1"}


def test_own_write_does_not_hide_another_directorys_earlier_write(shared_url: str) -> None:
    """A writes after B did, without having looked in between: A's index takes in A's own write
    but must still count itself stale for B's (before, A read the revision after its commit, which
    counted B's write as seen, so A never picked it up)."""
    with Directory.connect(shared_url, refresh_interval=0) as a, \
            Directory.connect(shared_url) as b:
        a.upsert([cust("C-1", "Anna Svensson", "anna@example.se")])
        assert ids(a.owners("anna@example.se")) == {"C-1"}  # a's index is built and current
        b.upsert([cust("C-2", "Erik Berg", "erik@example.se")])
        a.upsert([cust("C-3", "Kari Nordmann", "kari@example.no")])
        assert ids(a.owners("kari@example.no")) == {"C-3"}
        assert ids(a.owners("erik@example.se")) == {"C-2"}
        b.delete(["C-1"])
        a.add_note("C-3", "calls often")
        assert a.owners("anna@example.se") == []


def test_large_batch_loads(directory: Directory) -> None:
    n = 5000
    customers = [cust(f"C-{i}", f"Person {i:05d} Testsson", f"person.{i}@example.se",
                      f"p{i}@mail{i % 7}.example.fi") for i in range(n)]
    report = directory.upsert(customers)
    assert (report.inserted, report.addresses) == (n, 2 * n)
    assert len(directory) == n
    assert len(directory.index) == n
    assert ids(directory.owners("person.4321@example.se")) == {"C-4321"}
    assert ids(directory.owners("p77@mail0.example.fi")) == {"C-77"}
    assert directory.get("C-4999").emails == ["person.4999@example.se", "p4999@mail1.example.fi"]

    # and part of it again, as updates mixed with new customers
    report = directory.upsert([*customers[:1000], cust("C-new", "New Person", "new@example.se")])
    assert (report.inserted, report.updated) == (1, 1000)
    assert len(directory) == n + 1


# -- Unicode -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("stored", "queried"), [
    ("anna@bücher.de", "anna@xn--bcher-kva.de"),
    ("anna@xn--bcher-kva.de", "anna@BÜCHER.de"),
    ("jörg.müller@example.de", "JÖRG.MÜLLER@example.de"),
    ("jo\u0308rg@example.de", "j\u00f6rg@example.de"),  # NFD stored, NFC queried
    ("søren@øl.dk", "SØREN@ØL.DK"),
])
def test_unicode_addresses_are_stored_and_matched_in_one_form(
        directory: Directory, stored: str, queried: str) -> None:
    directory.upsert([cust("C-1", "Jörg Müller-Øberg", stored)])
    assert ids(directory.owners(key(queried))) == {"C-1"}
    directory.refresh()  # the database holds the same key
    assert ids(directory.owners(key(queried))) == {"C-1"}
    assert directory.get("C-1").emails == [stored]


def test_mailboxes_that_differ_only_by_accent_are_different(directory: Directory) -> None:
    directory.upsert([cust("C-1", "Jörg Müller", "jörg@example.de", "jorg@example.de"),
                      cust("C-2", "Jorg Muller", "jorg@example.at")])
    assert set(address_rows(directory, "C-1")) == {"jörg@example.de", "jorg@example.de"}
    directory.upsert([cust("C-1", "Jörg Müller", "jorg@example.de")])
    assert set(address_rows(directory, "C-1")) == {"jorg@example.de"}
    directory.refresh()
    assert directory.owners("jörg@example.de") == []
    assert ids(directory.owners("jorg@example.de")) == {"C-1"}


def test_unicode_names_round_trip_and_fold(directory: Directory) -> None:
    names = ["Øyvind Ødegård", "Łukasz Żółć", "Ærøskøbing Ðoe", "Владимир Путилин", "山田 太郎",
             "Zoë O’Brien-Smith"]
    directory.upsert([cust(f"C-{i}", n, f"u{i}@example.com") for i, n in enumerate(names)])
    directory.refresh()
    for i, n in enumerate(names):
        assert directory.get(f"C-{i}").full_name == n
        assert f"C-{i}" in ids(directory.with_name(name_key(n.upper())))


# -- failures ------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", [
    "postgresql+psycopg://postgres@127.0.0.1:1/test",
    "mysql+pymysql://root@127.0.0.1:1/test",
    "sqlite:////nonexistent-dir/sub/customers.db",
], ids=["postgres-closed-port", "mariadb-closed-port", "sqlite-missing-dir"])
def test_database_down_is_a_directory_error(url: str) -> None:
    with pytest.raises(DirectoryError) as info:
        Directory.connect(url, connect_args={"connect_timeout": 2}
                          if not url.startswith("sqlite") else {})
    assert "sqlalchemy" not in type(info.value).__module__
    assert isinstance(info.value.__cause__, Exception)  # wrapped, with the original kept

    d = Directory.connect(url, create=False)
    for call in (lambda: d.get("C-1"), lambda: d.upsert([cust("C-1", "A", "a@b.se")]),
                 lambda: d.owners("a@b.se"), lambda: len(d), lambda: d.delete(["C-1"])):
        with pytest.raises(DirectoryError):
            call()


def test_missing_tables_is_a_directory_error() -> None:
    d = Directory.connect("sqlite://", create=False)
    with pytest.raises(DirectoryError):
        d.get("C-1")
    with pytest.raises(DirectoryError):
        d.upsert([cust("C-1", "Anna", "anna@example.se")])


def test_iter_customers_streams_everyone(directory: Directory) -> None:
    directory.upsert([cust(f"C-{i}", f"N {i}", f"n{i}@example.se") for i in range(25)])
    got = list(directory.iter_customers(batch_size=7))
    assert [c.id for c in got] == [f"C-{i}" for i in range(25)]
