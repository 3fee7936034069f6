"""`Guard.check` end to end: the two incidents, and bad input (which becomes a finding or a
documented exception, never a traceback from deep inside).

The Guard scans content when `misdirect.content.scan` exists (see ``make_guard`` in conftest).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from misdirect import (
    Action,
    Customer,
    Directory,
    Guard,
    InputError,
    MisdirectError,
    OutboundEmail,
    Policy,
    UnknownCustomerError,
    Verdict,
)
from misdirect.checks import DEFAULT_CHECKS
from misdirect.policy import DEFAULT_ACTIONS

KNOWN_CODES = ({code for c in DEFAULT_CHECKS for code in c.codes} | set(DEFAULT_ACTIONS)
               | {"no_recipients", "check_failed"})

CUSTOMERS = [
    Customer(id="C-1", full_name="Linnea Öberg", emails=["linnea.oberg1987@comhem.se"],
             city="Örebro", customer_number="K-1001"),
    Customer(id="C-2", full_name="Matti Virtanen", emails=["matti.virtanen@elisa.fi"],
             city="Tampere"),
    Customer(id="C-3", full_name="Matti Virtanen",
             emails=["Matti.Virtanen77@Gmail.com", "mv.private@saunalahti.fi"],
             city="Espoo", phone="+358 40 123 4567"),
    Customer(id="C-4", full_name="Anna Svensson", emails=["anna.svensson@telia.com"]),
]


@pytest.fixture
def guard(memory_directory: Directory, make_guard: Callable[..., Guard]) -> Guard:
    memory_directory.upsert(CUSTOMERS)
    return make_guard(memory_directory)


def email(to: Any = (), customer_id: str = "C-1", **fields: Any) -> OutboundEmail:
    return OutboundEmail(customer_id=customer_id, to=to, subject=fields.pop("subject", "Order"),
                         text=fields.pop("text", "Thank you for your order."), **fields)


def all_text(verdict: Verdict) -> str:
    parts = [verdict.explain(), *verdict.reasons]
    for f in verdict.findings:
        parts.append(f.explanation)
        parts.extend(o.masked_address for o in f.other_customers)
        parts.append(f.suggestion or "")
    return "\n".join(parts)


# -- the incidents -------------------------------------------------------------------------------


def test_com_hem_missing_digit_is_held_with_the_customers_address(guard: Guard) -> None:
    verdict = guard.check(email(["linnea.oberg187@comhem.se"], subject="Orderbekräftelse"))
    assert verdict.action is Action.HOLD
    typo = [f for f in verdict.findings if f.code == "typo_of_customer_address"]
    assert len(typo) == 1
    assert typo[0].recipient == "linnea.oberg187@comhem.se"
    assert typo[0].suggestion == "linnea.oberg1987@comhem.se"
    assert typo[0].distance == 1
    assert not verdict.allowed
    assert verdict.recipient_actions["linnea.oberg187@comhem.se"] is Action.HOLD


def test_com_hem_correct_address_is_allowed(guard: Guard) -> None:
    verdict = guard.check(email(["linnea.oberg1987@comhem.se"], subject="Orderbekräftelse"))
    assert verdict.action is Action.ALLOW
    assert verdict.allowed


@pytest.mark.parametrize("recipient", [
    "mattivirtanen77@gmail.com",         # the namesake's mailbox, spelled differently
    "Matti.Virtanen77+elisa@googlemail.com",
])
def test_elisa_namesake_mailbox_is_blocked_without_leaking(guard: Guard, recipient: str) -> None:
    verdict = guard.check(email([recipient], customer_id="C-2",
                                subject="Tunnuksesi", text="PIN-koodisi on 4721."))
    assert verdict.action is Action.BLOCK
    assert {"owned_by_other_customer", "namesake_collision"} <= verdict.codes()
    collision = next(f for f in verdict.findings if f.code == "namesake_collision")
    assert [o.id for o in collision.other_customers] == ["C-3"]
    assert collision.other_customers[0].same_full_name
    text = all_text(verdict)
    # the other customer appears as an id and a masked address, never their record
    assert "C-3" in text
    assert collision.other_customers[0].masked_address in text
    for secret in ("Matti.Virtanen77@Gmail.com", "mv.private@saunalahti.fi", "Espoo",
                   "+358 40 123 4567"):
        assert secret not in text


def test_elisa_slip_of_namesake_address_never_shows_their_address(guard: Guard) -> None:
    verdict = guard.check(email(["mattivirtanen7@gmail.com"], customer_id="C-2"))
    assert "namesake_collision" in verdict.codes()
    assert verdict.action is Action.BLOCK
    text = all_text(verdict).lower()
    assert "matti.virtanen77@gmail.com" not in text
    assert "mattivirtanen77@gmail.com" not in text


# -- bad input -----------------------------------------------------------------------------------

NOT_UTF8 = b"anna\xff\xfe@telia.com"

BAD_RECIPIENTS: list[tuple[str, Any, set[str], Action]] = [
    ("empty recipient list", [], {"no_recipients"}, Action.BLOCK),
    ("empty string", [""], {"invalid_address"}, Action.BLOCK),
    ("whitespace", ["   "], {"invalid_address"}, Action.BLOCK),
    ("NUL byte inside", ["linnea.oberg1987\x00@comhem.se"], {"invalid_address"}, Action.BLOCK),
    ("NUL bytes only", ["\x00\x00"], {"invalid_address"}, Action.BLOCK),
    ("bytes that are not UTF-8", [NOT_UTF8], {"invalid_address"}, Action.BLOCK),
    ("bytes that are UTF-8", [b"linnea.oberg1987@comhem.se"], set(), Action.ALLOW),
    ("one string, not a list", "linnea.oberg1987@comhem.se", set(), Action.ALLOW),
    ("Cyrillic letter in a Latin address", ["linnea.\u043eberg1987@comhem.se"],
     {"lookalike_characters"}, Action.HOLD),
    ("Greek omicron in the domain", ["linnea.oberg1987@c\u03bfmhem.se"],
     {"lookalike_characters"}, Action.HOLD),
    ("trailing comma from a paste", ["linnea.oberg1987@comhem.se,"], {"invalid_address"},
     Action.BLOCK),
    ("two addresses in one field", ["linnea.oberg1987@comhem.se, anna.svensson@telia.com"],
     {"invalid_address"}, Action.BLOCK),
    ("control characters", ["linnea\r\nBcc: x@evil.example"], {"invalid_address"}, Action.BLOCK),
    ("10 MB address", ["a" * 10_000_000 + "@comhem.se"], {"invalid_address"}, Action.BLOCK),
    ("10 MB of @", ["@" * 10_000_000], {"invalid_address"}, Action.BLOCK),
]


@pytest.mark.parametrize(("case", "to", "codes", "action"), BAD_RECIPIENTS,
                         ids=[c[0] for c in BAD_RECIPIENTS])
def test_bad_recipients_become_findings(guard: Guard, case: str, to: Any, codes: set[str],
                                        action: Action) -> None:
    started = time.process_time()  # CPU time: a loaded machine's waits for a core do not count
    verdict = guard.check(email(to))
    elapsed = time.process_time() - started
    assert codes <= verdict.codes()
    assert verdict.action is action
    assert verdict.codes() <= KNOWN_CODES
    assert elapsed < 10, "bad input must not make the check spin (CPU seconds)"
    for f in verdict.findings:
        assert f.recipient is None or len(f.recipient) <= 400  # never echo megabytes back
        assert len(f.explanation) < 2000


def test_invalid_utf8_recipient_is_decoded_with_replacement(guard: Guard) -> None:
    verdict = guard.check(email([NOT_UTF8]))
    f = next(f for f in verdict.findings if f.code == "invalid_address")
    assert "\ufffd" in (f.recipient or "")


def test_invalid_utf8_subject_and_body_are_decoded(guard: Guard) -> None:
    message = OutboundEmail(customer_id="C-1", to=["linnea.oberg1987@comhem.se"],
                            subject=b"Orderbekr\xe4ftelse", text=b"Hej \xff\xfe d\xe5",
                            html=b"<p>\xc3</p>")
    assert message.subject == "Orderbekr\ufffdftelse"
    verdict = guard.check(message)
    assert verdict.action is Action.ALLOW
    assert verdict.codes() <= KNOWN_CODES


def test_nul_in_subject_is_not_a_traceback(guard: Guard) -> None:
    verdict = guard.check(email(["linnea.oberg1987@comhem.se"], subject="Order\x00 1"))
    assert verdict.action is Action.ALLOW


def test_ten_thousand_recipients_get_a_verdict(guard: Guard) -> None:
    to = [f"person.{i}@example{i % 50}.se" for i in range(10_000)]
    verdict = guard.check(email(to))
    assert isinstance(verdict, Verdict)
    assert verdict.codes() <= KNOWN_CODES
    assert verdict.action >= Action.ALLOW
    if "check_failed" not in verdict.codes():  # a check over its budget fails closed instead
        assert len(verdict.recipient_actions) == 10_000


def test_ten_thousand_recipients_in_every_field(guard: Guard) -> None:
    to = ["linnea.oberg1987@comhem.se"] * 4000
    verdict = guard.check(email(to, cc=["linnea.oberg187@comhem.se"] * 3000,
                                bcc=["mattivirtanen77@gmail.com"] * 3000))
    # BLOCK, or HOLD when a check ran over its budget on a loaded machine (fail closed)
    assert verdict.action >= Action.HOLD
    assert verdict.codes() <= KNOWN_CODES


def test_slow_check_never_makes_the_verdict_weaker(memory_directory: Directory) -> None:
    from misdirect import Policy

    memory_directory.upsert(CUSTOMERS)
    slow = Policy.model_validate({"checks": {"budgets_ms": {"owned_by_other_customer": 1e-6,
                                                            "namesake_collision": 1e-6}}})
    verdict = Guard(memory_directory, policy=slow, scan_content=False).check(
        email(["mattivirtanen77@gmail.com"], customer_id="C-2"))
    assert "check_failed" in verdict.codes()
    assert verdict.action is Action.BLOCK


@pytest.mark.parametrize(("case", "customer_id"), [
    ("unknown id", "C-404"),
    ("empty id", ""),
    ("id in another case", "c-1"),
    ("NUL in id", "C-1\x00"),
    ("huge id", "C" * 100_000),
    ("bytes id that are not UTF-8", b"C-\xff"),
])
def test_unknown_customer_is_a_documented_exception(guard: Guard, case: str,
                                                    customer_id: Any) -> None:
    with pytest.raises(UnknownCustomerError) as info:
        guard.check(OutboundEmail(customer_id=customer_id, to=["anna@example.se"]))
    assert isinstance(info.value, KeyError)
    assert isinstance(info.value, MisdirectError)
    assert len(str(info.value)) < 100_100


def test_not_an_email_is_an_input_error(guard: Guard) -> None:
    with pytest.raises(InputError):
        guard.check({"customer_id": "C-1", "to": ["a@b.se"]})  # type: ignore[arg-type]


def test_every_recipient_field_is_checked(guard: Guard) -> None:
    verdict = guard.check(email(["linnea.oberg1987@comhem.se"], cc=["linnea.oberg187@comhem.se"],
                                bcc=["mattivirtanen77@gmail.com"]))
    by_recipient = {f.recipient for f in verdict.findings}
    assert {"linnea.oberg187@comhem.se", "mattivirtanen77@gmail.com"} <= by_recipient
    assert verdict.recipient_actions["linnea.oberg1987@comhem.se"] is Action.ALLOW
    assert verdict.action is Action.BLOCK


# -- arbitrary input (hypothesis) ----------------------------------------------------------------

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

near_addresses = st.builds(
    lambda a, b, c: a + b + c,
    st.sampled_from(["linnea.oberg1987", "mattivirtanen77", "anna.svensson", "", "a"]),
    st.text(alphabet="@.,+ \x00\u043e\ufffd7", max_size=3),
    st.sampled_from(["@comhem.se", "@gmail.com", "@telia.com", "", "@"]),
)


@pytest.fixture
def unhurried_guard(memory_directory: Directory, make_guard: Callable[..., Guard]) -> Guard:
    """The fuzz tests' Guard: budgets of a minute, so that a ``check_failed`` can only be a check
    that raised, never one that a loaded machine (other processes on the cores) made run over its
    250 ms; the budgets themselves are tested in tests/policy/test_failsafe.py."""
    memory_directory.upsert(CUSTOMERS)
    policy = Policy.from_dict({"checks": {"default_budget_ms": 60_000.0,
                                          "budgets_ms": {"content": 60_000.0}}})
    return make_guard(memory_directory, policy=policy)


@given(st.lists(st.one_of(st.text(max_size=60), near_addresses), max_size=6))
@FUZZ
def test_arbitrary_text_recipients_give_a_verdict(unhurried_guard: Guard, to: list[str]) -> None:
    verdict = unhurried_guard.check(email(to))
    assert isinstance(verdict, Verdict)
    assert verdict.codes() <= KNOWN_CODES, verdict.codes() - KNOWN_CODES
    assert "check_failed" not in verdict.codes()
    if not to:
        assert verdict.action is Action.BLOCK


@given(st.lists(st.binary(max_size=60), min_size=1, max_size=4), st.binary(max_size=40))
@FUZZ
def test_arbitrary_bytes_recipients_give_a_verdict(unhurried_guard: Guard, to: list[bytes],
                                                   subject: bytes) -> None:
    verdict = unhurried_guard.check(email(to, subject=subject))
    assert isinstance(verdict, Verdict)
    assert verdict.codes() <= KNOWN_CODES, verdict.codes() - KNOWN_CODES
    assert "check_failed" not in verdict.codes()
