"""Address verification, misdirected marks, the shared-mailbox allowlist and notes."""

from __future__ import annotations

import datetime as dt

import pytest

from misdirect import Action, Customer, Directory, Guard, OutboundEmail
from misdirect.policy import Policy
from misdirect.testing import DirectoryBuilder

PERSONAL = "Order for customer number 4471920."


def guard(d: Directory, **kw: object) -> Guard:
    return Guard(d, **kw)  # type: ignore[arg-type]


@pytest.fixture
def d() -> Directory:
    return (DirectoryBuilder()
            .customer("C-1", "Linnea Öberg", ["linnea@comhem.se", "l.oberg@work.se"],
                      customer_number="4471920", verified=["linnea@comhem.se"],
                      unverified=["l.oberg@work.se"], notes=["Verify callers extra carefully."])
            .customer("C-2", "Tilitoimisto Oy", ["kirjanpito@tilitoimisto.fi"])
            .build())


# (recipient, text, policy, expected action, unverified_recipient flagged?)
TABLE = [
    ("linnea@comhem.se", PERSONAL, None, Action.ALLOW, False),     # verified
    ("l.oberg@work.se", PERSONAL, None, Action.HOLD, True),        # marked unverified
    ("l.oberg@work.se", "Hello.", None, Action.ALLOW, False),      # nothing sensitive
    ("brand.new@gmail.com", PERSONAL, None, Action.HOLD, True),    # never used
    ("brand.new@gmail.com", "Hello.", None, Action.ALLOW, False),
]


@pytest.mark.parametrize(("to", "body", "policy", "expected", "flagged"), TABLE)
def test_unverified_recipient(d: Directory, to: str, body: str, policy: Policy | None,
                              expected: Action, flagged: bool) -> None:
    v = guard(d, policy=policy).check(OutboundEmail(customer_id="C-1", to=[to], text=body))
    assert v.action is expected
    assert ("unverified_recipient" in v.codes()) is flagged


def test_unknown_state_is_not_flagged_unless_the_policy_says_so() -> None:
    d = Directory.connect("sqlite://")
    d.upsert([Customer(id="C-1", full_name="A B", emails=["ab@x.fi"], customer_number="4471920")])
    email = OutboundEmail(customer_id="C-1", to=["ab@x.fi"], text=PERSONAL)
    assert d.verification("C-1", "ab@x.fi") == "unknown"
    assert guard(d).check(email).action is Action.ALLOW
    strict = Policy.from_dict({"verification": {"flag_unknown": True}})
    v = guard(d, policy=strict).check(email)
    assert v.action is Action.HOLD and "unverified_recipient" in v.codes()


def test_states_survive_upsert_and_rebuild(d: Directory) -> None:
    at = dt.datetime(2025, 3, 1, 12, 0)
    d.mark_verified("C-1", "l.oberg@work.se", at=at)
    d.upsert([Customer(id="C-1", full_name="Linnea Öberg",
                       emails=["linnea@comhem.se", "l.oberg@work.se"])])
    for directory_view in (d.customer("C-1"), (d.refresh(), d.customer("C-1"))[1]):
        assert directory_view.state_of("l.oberg@work.se") == "verified"
        assert directory_view.verified_at_of("l.oberg@work.se") == at


def test_mark_misdirected_blocks_from_then_on_even_after_a_crm_sync(d: Directory) -> None:
    email = OutboundEmail(customer_id="C-1", to=["l.oberg@work.se"], text="Hello.")
    assert guard(d).check(email).action is Action.ALLOW
    d.mark_misdirected("C-1", "l.oberg@work.se")
    v = guard(d).check(email)
    assert v.action is Action.BLOCK and "misdirected_address" in v.codes()
    d.upsert([Customer(id="C-1", full_name="Linnea Öberg",   # the CRM still has it
                       emails=["linnea@comhem.se", "l.oberg@work.se"])])
    d.refresh()
    assert guard(d).check(email).action is Action.BLOCK
    assert "l.oberg@work.se" not in d.get("C-1").emails
    d.unmark_misdirected("C-1", "l.oberg@work.se")
    assert guard(d).check(email).action is Action.ALLOW


def test_allowlist_suppresses_ownership_for_that_pair_only(d: Directory) -> None:
    invoice = OutboundEmail(customer_id="C-1", to=["kirjanpito@tilitoimisto.fi"], text=PERSONAL,
                            kind="invoice")
    assert guard(d).check(invoice).action is Action.BLOCK
    d.allow_shared("C-1", "kirjanpito@tilitoimisto.fi", reason="accountant")
    v = guard(d).check(invoice)
    assert v.action is Action.ALLOW
    assert not v.codes() & {"owned_by_other_customer", "unverified_recipient"}
    assert d.shared_mailboxes("C-1") == [("kirjanpito@tilitoimisto.fi", "accountant")]
    assert d.disallow_shared("C-1", "kirjanpito@tilitoimisto.fi")
    assert guard(d).check(invoice).action is Action.BLOCK


def test_notes_show_in_the_explanation(d: Directory) -> None:
    d.add_note("C-1", "Called 2024-05-02: new password ordered.")
    v = guard(d).check(OutboundEmail(customer_id="C-1", to=["linnea@comhem.se"], text="Hi."))
    assert v.notes == ["Verify callers extra carefully.",
                       "Called 2024-05-02: new password ordered."]
    text = guard(d).check(OutboundEmail(customer_id="C-1", to=["linnea@comhen.se"],
                                        text=PERSONAL)).explain()
    assert "Verify callers extra carefully." in text and "Did you mean linnea@comhem.se?" in text
    assert text.startswith("BLOCK: the message is blocked.")
    assert "sensitive-to-doubtful-recipient" in text
