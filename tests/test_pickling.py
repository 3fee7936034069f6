"""A Guard and its parts travel to other processes (Dask workers) by pickling."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from misdirect import Action, Customer, Directory, Guard, OutboundEmail
from misdirect.dns import CachedResolver


def test_guard_round_trips_through_pickle_and_checks_the_same(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'customers.db'}"
    directory = Directory.connect(url)
    directory.upsert([Customer(id="C-1", full_name="Linnea Öberg",
                               emails=["linnea.oberg1987@comhem.se"])])
    guard = Guard(directory)
    email = OutboundEmail(customer_id="C-1", to=["linnea.oberg187@comhem.se"], subject="Order")
    before = guard.check(email)
    clone = pickle.loads(pickle.dumps(guard))
    after = clone.check(email)
    assert clone is not guard and clone.directory is not directory
    assert after.action == before.action == Action.HOLD
    assert after.codes() == before.codes()


def test_in_memory_directory_refuses_to_travel() -> None:
    directory = Directory.connect("sqlite://")
    with pytest.raises(TypeError, match="in-memory"):
        pickle.dumps(directory)


def test_cached_resolver_travels_without_its_cache() -> None:
    resolver = CachedResolver(timeout=0.5, nameservers=["127.0.0.1"])
    clone = pickle.loads(pickle.dumps(resolver))
    assert clone._timeout == 0.5 and clone._nameservers == ["127.0.0.1"]
    assert clone._cache == {}


def test_index_refuses_to_travel_with_a_pointer_to_the_directory() -> None:
    # Hundreds of megabytes per task: the Directory travels by URL, the index by snapshot.
    directory = Directory.connect("sqlite://")
    directory.upsert([Customer(id="C-1", full_name="Anna Berg", emails=["anna.berg@example.se"])])
    with pytest.raises(TypeError, match="send the Directory"):
        pickle.dumps(directory.index)
