"""`Directory.record` answers from the in-memory index and agrees with the database row."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from misdirect import Customer, Directory
from misdirect.models import _customer_from_index

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


# -- the record built without validation (models._customer_from_index) ---------------------------


#: Whitespace of every kind validation strips (and some it does not), letters and separators.
_TEXT = st.text(alphabet=st.sampled_from(
    list("aöZ9 .-@+") + ["\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0",
                         "\u1680", "\u2000", "\u200b", "\u2028", "\u202f", "\u3000", "\ufeff"]),
    max_size=12)
_DATES = st.one_of(st.dates().map(dt.date.isoformat), st.sampled_from(
    ["19870304", "1987-3-4", " 1987-03-04", "1987-03-04 ", "1987-02-30", "x", "",
     "1987-03-04T00:00"]))
_PERSONAL = st.lists(st.one_of(
    st.tuples(st.sampled_from(["city", "postal_address", "postal_code", "phone", "national_id",
                               "customer_number"]), _TEXT),
    st.tuples(st.just("birth_date"), _DATES)), max_size=5)


def _validated(args: tuple) -> Customer | str:  # type: ignore[type-arg]
    id_, full_name, emails, flags, notes, personal = args
    try:
        return Customer.model_validate({"id": id_, "full_name": full_name, "emails": emails,
                                        "flags": flags, "notes": notes, **dict(personal)})
    except ValueError as e:
        return type(e).__name__


def _fast(args: tuple) -> Customer | str:  # type: ignore[type-arg]
    try:
        return _customer_from_index(*args)
    except ValueError as e:
        return type(e).__name__


@settings(max_examples=400, deadline=None)
@given(st.tuples(st.one_of(_TEXT, st.text(min_size=199, max_size=202)),
                 st.one_of(_TEXT, st.text(min_size=499, max_size=502)),
                 st.lists(_TEXT, max_size=3), st.lists(_TEXT, max_size=2),
                 st.lists(_TEXT, max_size=2), _PERSONAL))
def test_record_without_validation_equals_the_validated_one(args: tuple) -> None:  # type: ignore[type-arg]
    want, got = _validated(args), _fast(args)
    assert got == want
    if isinstance(want, Customer):
        assert isinstance(got, Customer)
        assert got.model_fields_set == want.model_fields_set
        assert list(got.__dict__) == list(want.__dict__)
        assert got.model_dump() == want.model_dump() and repr(got) == repr(want)
        assert [type(v) for v in got.__dict__.values()] == [type(v) for v in
                                                            want.__dict__.values()]


def test_record_without_validation_on_plain_values() -> None:
    args = ("C-1", "Anna Svensson", ["anna@example.se"], ["vip"], [],
            (("city", "Malmö"), ("birth_date", "1987-03-04"), ("phone", "+46 70 123 45 67")))
    got = _customer_from_index(*args)
    assert got == _validated(args) and got.birth_date == dt.date(1987, 3, 4)
    assert got.model_fields_set == {"id", "full_name", "emails", "flags", "notes", "city",
                                    "birth_date", "phone"}
    with pytest.raises(ValueError):  # still frozen
        got.city = "Lund"  # type: ignore[misc]
