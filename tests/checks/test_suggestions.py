"""No suggestion points at another customer (issue 12, part 2): a correction that is on another
customer's record becomes ``suggestion_owned_by_other_customer`` (block), showing the owner as an
id and a masked address, in findings, ``explain()``, ``check --json`` and ``audit --out``.
(The property test over random directories is tests/test_no_leak_property.py.)"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from click.testing import CliRunner

from misdirect import Action, Customer, Directory, Finding, Guard, OutboundEmail, Policy
from misdirect.checks import DEFAULT_CHECKS, CheckContext
from misdirect.cli import cli

LINNEA = Customer(id="C-1", full_name="Linnea Öberg", emails=["linnea.oberg1987@comhem.se"])
#: the other Linnea Öberg, whose address domain_typo's correction of telia.co is
NAMESAKE = Customer(id="C-2", full_name="Linnea Öberg", emails=["linnea.oberg@telia.com"])
BO = Customer(id="C-3", full_name="Bo Ek", emails=["bo.ek@comhem.se"])
#: not a namesake, and too short a local part for near_other_customer_address
AXEL = Customer(id="C-4", full_name="Axel Berg", emails=["bo@gmail.com"])


def guard(*customers: Customer, **options: Any) -> Guard:
    directory = Directory.connect("sqlite://")
    directory.upsert(customers)
    return Guard(directory, scan_content=False, **options)


def send(to: str, customer_id: str = "C-1") -> OutboundEmail:
    return OutboundEmail(customer_id=customer_id, to=[to], subject="Order 1234")


def test_the_issue_case_offers_no_namesakes_address() -> None:
    v = guard(LINNEA, NAMESAKE).check(send("linnea.oberg@telia.co"))
    assert v.action is Action.BLOCK
    assert "domain_typo" not in v.codes()
    [f] = [f for f in v.findings if f.code == "suggestion_owned_by_other_customer"]
    assert f.recipient == "linnea.oberg@telia.co" and f.suggestion is None
    assert f.check == "domain_typo" and f.distance == 1
    assert [(o.id, o.masked_address, o.same_full_name) for o in f.other_customers] == [
        ("C-2", "l******g@t***a.com", True)]
    assert "customer C-2 (l******g@t***a.com)" in f.explanation
    assert "exactly the same full name" in f.explanation
    assert all(x.suggestion != "linnea.oberg@telia.com" for x in v.findings)
    assert "linnea.oberg@telia.com" not in v.explain()
    assert "linnea.oberg@telia.com" not in v.model_dump_json()


def test_a_correction_owned_by_someone_else_escalates_past_domain_typo() -> None:
    # no near_other_customer_address (local part too short) and no namesake: before the fix
    # this was domain_typo (hold) suggesting bo@gmail.com, Axel Berg's address, in clear
    v = guard(BO, AXEL).check(send("bo@gmial.com", "C-3"))
    assert v.action is Action.BLOCK
    assert v.recipient_actions == {"bo@gmial.com": Action.BLOCK}
    [f] = [f for f in v.findings if f.code == "suggestion_owned_by_other_customer"]
    assert [(o.id, o.masked_address, o.same_full_name) for o in f.other_customers] == [
        ("C-4", "b*@g***l.com", False)]
    assert "same full name" not in f.explanation
    assert "bo@gmail.com" not in v.explain() and "bo@gmail.com" not in v.model_dump_json()


def test_a_correction_nobody_owns_is_still_offered() -> None:
    v = guard(BO).check(send("bo@gmial.com", "C-3"))
    assert v.action is Action.HOLD
    assert [f.suggestion for f in v.findings if f.code == "domain_typo"] == ["bo@gmail.com"]
    assert "Did you mean bo@gmail.com?" in v.explain()


def test_a_correction_on_the_customers_own_record_too_is_theirs() -> None:
    # a family mailbox on both records: correcting to it is the customer's own address
    family = "ek.family@gmail.com"
    v = guard(BO.model_copy(update={"emails": ["bo.ek@comhem.se", family]}),
              AXEL.model_copy(update={"emails": [family]})).check(
        send("ek.family@gmial.com", "C-3"))
    assert "suggestion_owned_by_other_customer" not in v.codes()
    assert family in {f.suggestion for f in v.findings}


def test_the_code_blocks_even_when_a_policy_allows_domain_typo() -> None:
    policy = Policy.from_dict({"actions": {"domain_typo": "allow"}})
    v = guard(BO, AXEL, policy=policy).check(send("bo@gmial.com", "C-3"))
    assert v.action is Action.BLOCK


class SuggestsAnAddress:
    """A user's own check that suggests a fixed address (the guard must guard it too)."""

    id: ClassVar[str] = "acme_rewrite"
    codes: ClassVar[tuple[str, ...]] = ("acme_rewrite",)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for r in ctx.recipients:
            yield Finding(code="acme_rewrite", recipient=r.shown, check=self.id,
                          suggestion="Bo@GMail.com", explanation="use the new mailbox")


def test_any_checks_suggestion_is_guarded_by_mailbox_key() -> None:
    checks = (*DEFAULT_CHECKS, SuggestsAnAddress())
    policy = Policy.from_dict({"custom_codes": ["acme_rewrite"]})
    v = guard(BO, AXEL, checks=checks, policy=policy).check(send("bo.ek@comhem.se", "C-3"))
    [f] = [f for f in v.findings if f.check == "acme_rewrite"]
    assert f.code == "suggestion_owned_by_other_customer" and f.suggestion is None
    assert [o.id for o in f.other_customers] == ["C-4"]
    assert "Bo@GMail.com" not in v.explain()


@pytest.fixture()
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'customers.db'}"
    d = Directory.connect(url)
    d.upsert([LINNEA, NAMESAKE])
    d.close()
    return url


def test_check_json_and_audit_out_do_not_show_the_namesakes_address(db: str,
                                                                   tmp_path: Path) -> None:
    runner = CliRunner(env={"COLUMNS": "200"})
    result = runner.invoke(cli, ["check", "--db", db, "--customer", "C-1", "--to",
                                 "linnea.oberg@telia.co", "--json"], catch_exceptions=False)
    assert result.exit_code == 3, result.output
    record = json.loads(result.stdout)
    assert "suggestion_owned_by_other_customer" in record["codes"]
    assert "linnea.oberg@telia.com" not in result.stdout
    plain = runner.invoke(cli, ["check", "--db", db, "--customer", "C-1", "--to",
                                "linnea.oberg@telia.co"], catch_exceptions=False)
    assert "linnea.oberg@telia.com" not in plain.output

    sends = tmp_path / "sends.jsonl"
    sends.write_text(json.dumps({"customer_id": "C-1", "to": ["linnea.oberg@telia.co"]}) + "\n",
                     encoding="utf-8")
    out, report = tmp_path / "out.jsonl", tmp_path / "report.html"
    result = runner.invoke(cli, ["audit", str(sends), "--db", db, "--out", str(out),
                                 "--report", str(report), "--workers", "1"],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "suggestion_owned_by_other_customer" in out.read_text("utf-8")
    for text in (out.read_text("utf-8"), report.read_text("utf-8"), result.output):
        assert "linnea.oberg@telia.com" not in text


def test_a_lookalike_reads_as_another_customers_address_only_masked() -> None:
    maria = Customer(id="C-5", full_name="Maria Karlsson", emails=["maria.karlsson@comhem.se"])
    v = guard(BO, maria).check(send("m\u0430ria.karlsson@comhem.se", "C-3"))  # Cyrillic а
    [f] = [f for f in v.findings if f.code == "lookalike_characters"]
    assert "it reads as the address of customer C-5 (m******n@c****m.se)" in f.explanation
    assert [o.id for o in f.other_customers] == ["C-5"]
    assert "maria.karlsson@comhem.se" not in v.explain()
    assert "maria.karlsson@comhem.se" not in v.model_dump_json()
