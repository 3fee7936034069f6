"""`Directory` records who did what to a customer's addresses, and when (`address_events`)."""

from __future__ import annotations

import datetime as dt

import pytest

from misdirect import Customer, Directory, UnknownCustomerError


def _load(d: Directory) -> None:
    d.upsert([Customer(id="C-1", full_name="Matti Virtanen", emails=["matti.virtanen@elisa.fi"]),
              Customer(id="C-2", full_name="Matti Virtanen",
                       emails=["matti.virtanen@kolumbus.fi"])])


def test_every_step_is_an_event_with_who_when_and_why(directory: Directory) -> None:
    _load(directory)
    start = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    directory.mark_verified("C-1", "matti.virtanen@elisa.fi", by="alice", note="called")
    directory.mark_misdirected("C-1", "matti.virtanen@kolumbus.fi", note="namesake", by="bo")
    directory.unmark_misdirected("C-1", "matti.virtanen@kolumbus.fi", by="bo", note="wrong")
    directory.mark_unverified("C-1", "m.v@work.fi")
    directory.allow_shared("C-1", "kirjanpito@tilitoimisto.fi", reason="accountant", by="carl")
    assert directory.disallow_shared("C-1", "kirjanpito@tilitoimisto.fi", by="carl")
    assert not directory.disallow_shared("C-1", "kirjanpito@tilitoimisto.fi", by="carl")
    events = directory.address_events("C-1")
    assert [(e.action, e.by, e.note) for e in events] == [
        ("verified", "alice", "called"), ("misdirected", "bo", "namesake"),
        ("misdirected_cleared", "bo", "wrong"), ("unverified", "", ""),
        ("allowed", "carl", "accountant"), ("allow_removed", "carl", "")]
    for e in events:
        assert start <= e.at <= dt.datetime.now(dt.UTC) and e.at.tzinfo is not None
    assert directory.address_events("C-2") == []
    assert events[1].describe().endswith("matti.virtanen@kolumbus.fi marked misdirected by bo: "
                                         "namesake")


def test_states_and_stored_owners(directory: Directory) -> None:
    _load(directory)
    directory.mark_misdirected("C-1", "Matti.Virtanen@kolumbus.fi", note="namesake")
    states = {s.address: s for s in directory.address_states("C-1")}
    assert states["Matti.Virtanen@kolumbus.fi"].misdirected
    assert states["matti.virtanen@elisa.fi"].verification == "unknown"
    # the mark is C-1's; C-2 still owns the mailbox, in any spelling
    assert directory.stored_owners("MATTI.VIRTANEN@kolumbus.fi") == [
        ("C-2", "matti.virtanen@kolumbus.fi")]


def test_events_go_with_the_customer(directory: Directory) -> None:
    _load(directory)
    directory.mark_verified("C-1", "matti.virtanen@elisa.fi", by="alice")
    assert directory.delete(["C-1"]) == 1
    with pytest.raises(UnknownCustomerError):
        directory.address_events("C-1")
    _load(directory)
    assert directory.address_events("C-1") == []
