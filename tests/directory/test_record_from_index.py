"""`Directory.record` answers from the in-memory index and agrees with the database row."""

from __future__ import annotations

import datetime as dt

from misdirect import Customer, Directory

FULL = Customer(id="C-7", full_name="Linnea Öberg", emails=["linnea.oberg1987@comhem.se"],
                city="Örebro", postal_address="Storgatan 1", postal_code="702 10",
                phone="+46 70 123 45 67", birth_date=dt.date(1987, 3, 4),
                national_id="870304-1234", customer_number="4471920",
                flags=["vip"], notes=["verify callers"])
FIELDS = ("full_name", "emails", "city", "postal_address", "postal_code", "phone", "birth_date",
          "national_id", "customer_number", "flags", "notes")


def _same(a: Customer, b: Customer) -> None:
    for f in FIELDS:
        assert getattr(a, f) == getattr(b, f), f


def test_record_matches_get_through_delta_rebuild_and_refresh(directory: Directory) -> None:
    directory.upsert([FULL, Customer(id="C-8", full_name="Anna Svensson")])
    directory.customer("C-7")  # build the index from the database (base arrays)
    _same(directory.record("C-7"), directory.get("C-7"))
    changed = FULL.model_copy(update={"phone": "+46 70 000 00 00", "postal_code": None})
    directory.upsert([changed])  # goes to the index delta
    _same(directory.record("C-7"), directory.get("C-7"))
    assert directory.record("C-7").postal_code is None
    directory.refresh()  # rebuilt from the database
    _same(directory.record("C-7"), directory.get("C-7"))
    bare = directory.record("C-8")
    assert bare.phone is None and bare.birth_date is None
