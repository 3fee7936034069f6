"""Input models are lenient at the edge; output models are frozen."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from misdirect import Action, Customer, Finding, OutboundEmail, Verdict


@pytest.mark.parametrize(("field", "given", "stored"), [
    ("to", "anna@example.se", ["anna@example.se"]),
    ("to", None, []),
    ("to", ("a@x.se", "b@x.se"), ["a@x.se", "b@x.se"]),
    ("to", [b"a@x.se"], ["a@x.se"]),
    ("to", [b"a\xff@x.se"], ["a\ufffd@x.se"]),
    ("cc", b"a@x.se", ["a@x.se"]),
    ("subject", None, ""),
    ("subject", b"Orderbekr\xe4ftelse", "Orderbekr\ufffdftelse"),
    ("text", b"Hej d\xc3\xa5", "Hej då"),
    ("customer_id", b"C-1", "C-1"),
])
def test_outbound_email_is_lenient_at_the_edge(field: str, given: object, stored: object) -> None:
    values: dict[str, object] = {"customer_id": "C-1", field: given}
    assert getattr(OutboundEmail(**values), field) == stored  # type: ignore[arg-type]


def test_recipients_in_field_order() -> None:
    e = OutboundEmail(customer_id="C-1", to=["a@x.se"], cc=["b@x.se"], bcc=["c@x.se", "d@x.se"])
    assert e.recipients() == [("to", "a@x.se"), ("cc", "b@x.se"), ("bcc", "c@x.se"),
                              ("bcc", "d@x.se")]


def test_known_secrets_are_not_shown() -> None:
    e = OutboundEmail(customer_id="C-1", known_secrets=["4721", b"hunter2"])
    assert "4721" not in repr(e) and "hunter2" not in repr(e)
    assert [s.get_secret_value() for s in e.known_secrets] == ["4721", "hunter2"]


@pytest.mark.parametrize("bad", [
    {"customer_id": "C-1", "unknown_field": 1},
    {"to": ["a@x.se"]},
])
def test_outbound_email_rejects_unknown_and_missing_fields(bad: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        OutboundEmail(**bad)  # type: ignore[arg-type]


def test_customer_fields_and_coercion() -> None:
    c = Customer(id=" C-1 ", full_name=b"Linnea \xc3\x96berg", emails="linnea@comhem.se",
                 birth_date="1987-03-14", flags=None)
    assert (c.id, c.full_name, c.emails) == ("C-1", "Linnea Öberg", ["linnea@comhem.se"])
    assert c.birth_date == dt.date(1987, 3, 14)
    assert c.flags == []


@pytest.mark.parametrize("bad", [
    {"id": ""},
    {"id": "C-1", "emails": 5},
    {"id": "C-1", "nickname": "x"},
    {"id": "x" * 201},
])
def test_customer_rejects_bad_records(bad: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        Customer(**bad)  # type: ignore[arg-type]


def test_outputs_are_frozen() -> None:
    f = Finding(code="x", explanation="y")
    with pytest.raises(ValidationError):
        f.code = "z"  # type: ignore[misc]
    v = Verdict(action=Action.ALLOW, message=OutboundEmail(customer_id="C-1"))
    with pytest.raises(ValidationError):
        v.action = Action.BLOCK  # type: ignore[misc]


def test_verdict_helpers() -> None:
    msg = OutboundEmail(customer_id="C-1", to=["a@x.se"])
    allow = Verdict(action=Action.ALLOW, message=msg)
    assert allow.allowed and allow.codes() == set()
    assert allow.explain().startswith("ALLOW")
    hold = Verdict(action=Action.HOLD, message=msg,
                   findings=[Finding(code="typo_of_customer_address", explanation="slip")])
    assert not hold.allowed
    assert hold.codes() == {"typo_of_customer_address"}
    assert hold.explain().startswith("HOLD")
    assert Verdict(action=Action.WARN, message=msg).allowed
