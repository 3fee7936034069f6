"""The public API is pinned: names in ``misdirect.__all__`` and the fixed shapes of the core issue.

Removing or renaming an export breaks users; change this test only on purpose.
"""

from __future__ import annotations

import pytest

import misdirect
from misdirect import Action

FIXED = {"Customer", "OutboundEmail", "Directory", "Guard", "Action", "Verdict", "Finding"}
EXCEPTIONS = {"MisdirectError", "ConfigurationError", "PolicyError", "InputError", "DirectoryError",
              "UnknownCustomerError", "MessageBlocked"}


def test_fixed_names_are_exported_and_importable() -> None:
    assert set(misdirect.__all__) >= FIXED
    for name in FIXED:
        assert getattr(misdirect, name) is not None
    from misdirect import (  # noqa: F401 - the import line of the issue must work as written
        Action,
        Customer,
        Directory,
        Finding,
        Guard,
        OutboundEmail,
        Verdict,
    )


def test_every_export_exists_and_is_listed_once() -> None:
    assert len(misdirect.__all__) == len(set(misdirect.__all__))
    for name in misdirect.__all__:
        assert hasattr(misdirect, name), name


def test_exception_tree_is_exported() -> None:
    assert set(misdirect.__all__) >= EXCEPTIONS
    base = misdirect.MisdirectError
    for name in EXCEPTIONS:
        assert issubclass(getattr(misdirect, name), base)
    assert issubclass(misdirect.UnknownCustomerError, KeyError)
    assert issubclass(misdirect.UnknownCustomerError, misdirect.DirectoryError)
    assert issubclass(misdirect.ConfigurationError, ValueError)
    assert issubclass(misdirect.InputError, ValueError)


@pytest.mark.parametrize(("member", "value"), [
    (Action.ALLOW, "allow"), (Action.WARN, "warn"), (Action.HOLD, "hold"), (Action.BLOCK, "block"),
])
def test_action_is_a_str_enum(member: Action, value: str) -> None:
    assert isinstance(member, str)
    assert member == value
    assert member.value == value
    assert str(member) == value
    assert Action(value) is member


def test_action_order() -> None:
    assert Action.ALLOW < Action.WARN < Action.HOLD < Action.BLOCK
    assert sorted([Action.BLOCK, Action.ALLOW, Action.HOLD, Action.WARN]) == [
        Action.ALLOW, Action.WARN, Action.HOLD, Action.BLOCK]
    assert max(Action.WARN, Action.HOLD) is Action.HOLD
    assert Action.HOLD >= Action.HOLD and Action.HOLD <= Action.HOLD
    assert list(Action) == [Action.ALLOW, Action.WARN, Action.HOLD, Action.BLOCK]


@pytest.mark.parametrize(("expression", "expected"), [
    (lambda: Action.BLOCK >= "hold", True),
    (lambda: Action.HOLD < "block", True),
    (lambda: Action.WARN < "hold", True),
])
def test_action_compared_with_a_plain_string_uses_action_order(
        expression: object, expected: bool) -> None:
    assert expression() is expected  # type: ignore[operator]


def test_action_refuses_to_order_against_other_strings() -> None:
    with pytest.raises(TypeError):
        Action.WARN < "urgent"  # type: ignore[operator]  # noqa: B015


def test_finding_and_verdict_shapes() -> None:
    f = misdirect.Finding(code="typo_of_customer_address", explanation="x", recipient="a@b.se",
                          suggestion="a@c.se")
    assert (f.code, f.recipient, f.suggestion, f.explanation) == (
        "typo_of_customer_address", "a@b.se", "a@c.se", "x")
    email = misdirect.OutboundEmail(customer_id="C-1", to=["a@b.se"], cc=[], bcc=[],
                                    subject="s", text="t", html=None, known_secrets=["1234"])
    v = misdirect.Verdict(action=Action.HOLD, findings=[f], message=email)
    assert v.action is Action.HOLD and v.findings == [f] and v.message is email


def test_version_and_typed_marker() -> None:
    from importlib import resources

    assert isinstance(misdirect.__version__, str)
    assert resources.files("misdirect").joinpath("py.typed").is_file()
