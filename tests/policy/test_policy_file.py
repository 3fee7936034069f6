"""The Policy model: the shipped default, loading TOML, precise errors, and rule evaluation."""

from __future__ import annotations

from pathlib import Path

import pytest

from misdirect import Action, Finding, PolicyError
from misdirect.policy import DEFAULT_ACTIONS, MessageFacts, Policy, Rule

DEFAULT_TOML = Path(__file__).parents[2] / "src/misdirect/data/default_policy.toml"


def test_shipped_default_is_policy_default() -> None:
    assert Policy.default() == Policy()
    assert Policy.default().actions == DEFAULT_ACTIONS
    assert Policy.from_toml(DEFAULT_TOML) == Policy()


def test_an_actions_table_changes_only_the_codes_it_names() -> None:
    # before: a table naming one code dropped every default, and owned_by_other_customer (or a
    # code added after the policy was written) fell to unknown_code_action, warn
    p = Policy.from_toml('version = 1\n[actions]\nnear_other_customer_address = "hold"\n')
    assert p.action_for("near_other_customer_address") is Action.HOLD
    assert p.action_for("owned_by_other_customer") is Action.BLOCK
    assert p.action_for("suggestion_owned_by_other_customer") is Action.BLOCK
    assert p.actions == {**DEFAULT_ACTIONS, "near_other_customer_address": Action.HOLD}
    assert Policy.from_dict({"custom_codes": ["mine"]}).action_for("mine") is Action.WARN


def F(code: str, recipient: str | None = "r@x.fi", kind: str | None = None) -> Finding:
    return Finding(code=code, recipient=recipient, kind=kind, explanation=f"{code} here")


SECRET = F("secret_in_body", None, "pin")
PERSONAL = F("personal_data_in_body", None, "postal_address")

# (findings, expected message action) under the default policy, one recipient r@x.fi
DEFAULT_TABLE = [
    ([], Action.ALLOW),
    ([F("recipient_not_on_record")], Action.ALLOW),
    ([F("recipient_not_on_record"), SECRET], Action.ALLOW),
    ([F("name_mismatch")], Action.WARN),
    ([F("name_mismatch"), SECRET], Action.BLOCK),            # sensitive to a doubtful recipient
    ([F("name_mismatch"), PERSONAL], Action.BLOCK),
    ([F("typo_of_customer_address")], Action.HOLD),
    ([F("typo_of_customer_address"), SECRET], Action.BLOCK),
    ([F("unverified_recipient"), SECRET], Action.HOLD),       # holds; not escalated to BLOCK
    ([F("check_failed", None)], Action.HOLD),                 # fail_closed
    ([F("check_failed", None), SECRET], Action.HOLD),
    ([F("misdirected_address")], Action.BLOCK),
    ([F("owned_by_other_customer")], Action.BLOCK),
    ([F("my_own_check")], Action.WARN),                       # unknown_code_action
]


@pytest.mark.parametrize(("findings", "expected"), DEFAULT_TABLE,
                         ids=[" + ".join(f.code for f in fs) or "none" for fs, _ in DEFAULT_TABLE])
def test_default_policy_table(findings: list[Finding], expected: Action) -> None:
    assert Policy.default().decide(findings, ["r@x.fi"]).action is expected


def test_fail_open_allows_with_check_failed() -> None:
    p = Policy(on_check_failure="fail_open")
    assert p.decide([F("check_failed", None)], ["r@x.fi"]).action is Action.ALLOW


def rule(**kw: object) -> Policy:
    return Policy(rules=[Rule(name="r", action=Action.HOLD, **kw)])  # type: ignore[arg-type]


# (rule conditions, facts, expected action) for a recipient with no findings
CONDITIONS = [
    ({"kinds": ["password_reset"]}, MessageFacts(kind="password_reset"), Action.HOLD),
    ({"kinds": ["password_reset"]}, MessageFacts(kind="invoice"), Action.ALLOW),
    ({"secrets": True}, MessageFacts(secret_kinds=frozenset({"pin"})), Action.HOLD),
    ({"secrets": True}, MessageFacts(personal_data_kinds=frozenset({"phone"})), Action.ALLOW),
    ({"personal_data": True}, MessageFacts(personal_data_kinds=frozenset({"phone"})), Action.HOLD),
    ({"sensitive": False}, MessageFacts(), Action.HOLD),
    ({"secret_kinds": ["password"]}, MessageFacts(secret_kinds=frozenset({"pin"})), Action.ALLOW),
    ({"secret_kinds": ["pin"]}, MessageFacts(secret_kinds=frozenset({"pin"})), Action.HOLD),
    ({"min_recipients": 2}, MessageFacts(n_recipients=1), Action.ALLOW),
    ({"min_recipients": 2}, MessageFacts(n_recipients=3), Action.HOLD),
    ({"max_recipients": 1}, MessageFacts(n_recipients=3), Action.ALLOW),
    ({"first_send": True}, MessageFacts(first_send={"r@x.fi": True}), Action.HOLD),
    ({"first_send": True}, MessageFacts(first_send={"r@x.fi": False}), Action.ALLOW),
    ({"customer_flags": ["vip"]}, MessageFacts(customer_flags=frozenset({"vip"})), Action.HOLD),
    ({"customer_flags": ["vip"]}, MessageFacts(), Action.ALLOW),
]


@pytest.mark.parametrize(("conditions", "facts", "expected"), CONDITIONS)
def test_escalation_rule_conditions(conditions: dict[str, object], facts: MessageFacts,
                                    expected: Action) -> None:
    d = rule(**conditions).decide([], ["r@x.fi"], facts)
    assert d.action is expected
    assert (d.fired != []) is (expected is Action.HOLD)


def test_finding_rule_overrides_first_match_wins_and_can_lower() -> None:
    p = Policy(rules=[
        Rule(name="invoices", codes=["name_mismatch"], kinds=["invoice"], action=Action.ALLOW),
        Rule(name="all", codes=["name_mismatch"], action=Action.HOLD),
    ])
    invoice = p.decide([F("name_mismatch")], ["r@x.fi"], MessageFacts(kind="invoice"))
    other = p.decide([F("name_mismatch")], ["r@x.fi"], MessageFacts(kind="receipt"))
    assert (invoice.action, [f.rule for f in invoice.fired]) == (Action.ALLOW, ["invoices"])
    assert (other.action, [f.rule for f in other.fired]) == (Action.HOLD, ["all"])


def test_star_never_touches_check_failed() -> None:
    p = Policy(rules=[Rule(name="lenient", codes=["*"], action=Action.ALLOW)])
    assert p.decide([F("owned_by_other_customer")], ["r@x.fi"]).action is Action.ALLOW
    assert p.decide([F("check_failed", None)], ["r@x.fi"]).action is Action.HOLD


def test_redaction_per_kind() -> None:
    p = Policy.from_dict({"redaction": {"default": False, "kinds": {"pin": True}}})
    redact = p.redact()
    assert callable(redact) and redact("pin") and not redact("password")
    assert Policy().redact() is True


GOOD = Path(__file__).parents[2] / "examples/policy/policy.toml"

# (how to break the example policy, key the error names, text in the message)
BROKEN = [
    ('unverified_recipient = "hold"', 'unverified_recipient = "stop"', "unverified_recipient",
     "allow"),
    ('unverified_recipient = "hold"', 'unverifed_recipient = "hold"', "unverifed_recipient",
     "did you mean 'unverified_recipient'"),
    ('kinds = ["invoice"]', 'kind = ["invoice"]', "kind", "unknown key 'kind'"),
    ("min_recipients = 2", "min_recipients = -2", "min_recipients", "greater than or equal"),
    ("timeout = 2.0", "timeout = 'slow'", "timeout", "number"),
    ("near_other_min_local_length = 6", "near_other_min_length = 6", "near_other_min_length",
     "unknown key"),
    ('pin = true', 'pinn = true', "pinn", "unknown secret kind"),
    ('undeliverable_domain = 5000.0', 'undeliverable_domian = 5000.0', "undeliverable_domian",
     "unknown check"),
    ('on_check_failure = "fail_closed"', 'on_check_failure = "fail_shut"', "on_check_failure",
     "fail_closed"),
]


@pytest.mark.parametrize(("old", "new", "key", "message"), BROKEN, ids=[b[2] for b in BROKEN])
def test_errors_name_file_line_and_key(tmp_path: Path, old: str, new: str, key: str,
                                       message: str) -> None:
    text = GOOD.read_text()
    assert old in text
    broken = text.replace(old, new, 1)
    path = tmp_path / "policy.toml"
    path.write_text(broken)
    expected_line = next(i + 1 for i, ln in enumerate(broken.splitlines()) if new in ln)
    with pytest.raises(PolicyError) as e:
        Policy.from_toml(path)
    assert (e.value.source, e.value.line, e.value.key) == (str(path), expected_line, key)
    assert message in str(e.value)
    assert str(e.value).startswith(f"{path}:{expected_line}: ")


def test_error_in_second_rule_points_at_that_rule(tmp_path: Path) -> None:
    text = ('version = 1\n[[rules]]\nname = "a"\naction = "hold"\n'
            '[[rules]]\nname = "b"\naction = "hold"\nfirst_send = "maybe"\n')
    with pytest.raises(PolicyError) as e:
        Policy.from_toml(text)
    assert (e.value.line, e.value.key) == (8, "first_send")


def test_toml_syntax_error_has_line(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text("version = 1\n[actions\n")
    with pytest.raises(PolicyError) as e:
        Policy.from_toml(path)
    assert e.value.line == 2 and e.value.source == str(path)


def test_missing_file() -> None:
    with pytest.raises(PolicyError, match="cannot read"):
        Policy.from_toml("no/such/policy.toml")
