"""Sanity of the labelled corpus behind benchmarks/recipient_accuracy.py: deterministic, and its
labels agree with the customers it generated."""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from rapidfuzz.distance import OSA

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

import recipient_corpus as rc  # noqa: E402

N_CUSTOMERS = 3000
PER_SCENARIO = 25


@pytest.fixture(scope="module")
def corpus() -> rc.Corpus:
    return rc.generate(N_CUSTOMERS, PER_SCENARIO, seed=11)


@pytest.fixture(scope="module")
def truth(corpus: rc.Corpus) -> dict[str, object]:
    owners: dict[str, set[str]] = defaultdict(set)
    for c in corpus.customers:
        for e in c.emails:
            owners[rc.mailbox_key(e)].add(c.id)
    by_id = {c.id: c for c in corpus.customers}
    return {"owners": owners, "by_id": by_id}


def _own_keys(customer) -> set[str]:  # type: ignore[no-untyped-def]
    return {rc.mailbox_key(e) for e in customer.emails}


def test_deterministic_for_a_seed(corpus: rc.Corpus) -> None:
    again = rc.generate(N_CUSTOMERS, PER_SCENARIO, seed=11)
    assert [c.model_dump() for c in again.customers] == [c.model_dump() for c in corpus.customers]
    assert again.sends == corpus.sends
    other = rc.generate(N_CUSTOMERS, PER_SCENARIO, seed=12)
    assert [c.emails for c in other.customers] != [c.emails for c in corpus.customers]


def test_every_scenario_is_populated(corpus: rc.Corpus) -> None:
    counts = defaultdict(int)
    for s in corpus.sends:
        counts[s.scenario] += 1
    for scenario in rc.SCENARIOS:
        assert counts[scenario] >= PER_SCENARIO * 0.8, scenario
    assert {s.locale for s in corpus.sends} == set(rc.LOCALES)


def test_customers_look_real(corpus: rc.Corpus, truth) -> None:  # type: ignore[no-untyped-def]
    ids = [c.id for c in corpus.customers]
    assert len(set(ids)) == len(ids) == N_CUSTOMERS
    assert sum(bool(c.emails) for c in corpus.customers) >= 0.99 * N_CUSTOMERS
    assert all(rc.valid_syntax(e) for c in corpus.customers for e in c.emails)
    # some mailboxes are shared (families), namesakes exist, several addresses per customer exist
    assert any(len(v) > 1 for v in truth["owners"].values())
    names = defaultdict(list)
    for c in corpus.customers:
        names[rc.name_key(c.full_name)].append(c)
    shared = [v for v in names.values() if len(v) > 1]
    assert shared
    assert any(len({c.city for c in v}) > 1 for v in shared)  # namesakes in different cities
    assert any(len(c.emails) > 1 for c in corpus.customers)
    domains = {e.rpartition("@")[2] for c in corpus.customers for e in c.emails}
    for d in ("gmail.com", "comhem.se", "elisa.fi", "online.no", "mail.dk", "gmx.de",
              "btinternet.com"):
        assert d in domains


def test_labels_agree_with_the_customers(corpus: rc.Corpus, truth) -> None:  # type: ignore[no-untyped-def]
    owners, by_id = truth["owners"], truth["by_id"]
    for s in corpus.sends:
        me = by_id[s.customer_id]
        own = _own_keys(me)
        assert not (s.expected & s.allowed)
        assert s.clean == (s.scenario in rc.CLEAN_SCENARIOS)
        if s.scenario in ("invalid", "lookalike"):
            assert s.source is not None and rc.mailbox_key(s.source) in own
            continue
        key = rc.mailbox_key(s.recipient)
        others = owners.get(key, set()) - {me.id}
        if s.scenario == "clean_own":
            assert key in own and not s.expected
        elif s.scenario in ("clean_new_plausible", "namesake_ambiguous", "name_mismatch"):
            assert key not in owners, s
            assert all(OSA.distance(key, k) > 1 for k in own), s
        elif s.scenario.startswith("typo_own_") or s.scenario == "domain_typo":
            # a slip is never the customer's own mailbox; if it is someone else's it says so
            assert key not in own, s
            assert rc.mailbox_key(s.source) in own
            if others:
                assert "owned_by_other_customer" in s.expected
            else:
                assert "typo_of_customer_address" in s.expected
        elif s.scenario in ("other_customer_owned", "namesake_owned"):
            assert key not in own and others, s
            assert "owned_by_other_customer" in s.expected
        elif s.scenario in ("namesake_slip", "other_slip"):
            assert key not in owners, s
            assert "near_other_customer_address" in s.expected
            assert OSA.distance(key, rc.mailbox_key(s.source)) <= 3
            assert all(OSA.distance(key, k) > 1 for k in own), s
        namesake_others = {o for o in others
                           if rc.name_key(by_id[o].full_name) == rc.name_key(me.full_name)}
        if s.scenario == "namesake_owned":
            assert namesake_others, s
        if s.scenario == "other_customer_owned":
            assert others and not namesake_others
        if s.scenario == "namesake_slip":
            src_owners = owners[rc.mailbox_key(s.source)] - {me.id}
            assert any(rc.name_key(by_id[o].full_name) == rc.name_key(me.full_name)
                       for o in src_owners)
        if "namesake_collision" in s.expected and s.scenario != "namesake_slip":
            assert namesake_others, s
        if s.scenario == "namesake_ambiguous":
            assert sum(rc.name_key(c.full_name) == rc.name_key(me.full_name)
                       for c in corpus.customers) > 1


def test_slips_are_single_slips(corpus: rc.Corpus) -> None:
    for s in corpus.sends:
        if s.scenario in ("typo_own_missing_char", "typo_own_missing_digit", "typo_own_extra_char",
                          "typo_own_wrong_char", "typo_own_swap"):
            assert OSA.distance(s.recipient, s.source) == 1, s
            assert s.recipient.rpartition("@")[2] == s.source.rpartition("@")[2]
        if s.scenario == "typo_own_missing_digit":
            assert sum(ch.isdigit() for ch in s.source) == sum(ch.isdigit() for ch in s.recipient) + 1
        if s.scenario in ("domain_typo", "typo_own_domain"):
            assert s.recipient.rpartition("@")[0] == s.source.rpartition("@")[0]
            assert s.recipient.rpartition("@")[2] != s.source.rpartition("@")[2]
        if s.scenario == "lookalike":
            assert not s.recipient.isascii() and s.source.isascii()
            assert len(s.recipient) == len(s.source)


def test_name_mismatch_names_someone_else(corpus: rc.Corpus, truth) -> None:  # type: ignore[no-untyped-def]
    for s in corpus.sends:
        if s.scenario != "name_mismatch":
            continue
        me = truth["by_id"][s.customer_id]
        local = s.recipient.rpartition("@")[0]
        assert rc.ascii_fold(me.full_name.split()[-1]) not in local


def test_writes_jsonl(corpus: rc.Corpus, tmp_path: Path) -> None:
    small = rc.Corpus(customers=corpus.customers[:50], sends=corpus.sends[:50],
                      locale_of=corpus.locale_of)
    small.write(tmp_path)
    customers = [json.loads(line) for line in (tmp_path / "customers.jsonl").read_text().splitlines()]
    sends = [json.loads(line) for line in (tmp_path / "sends.jsonl").read_text().splitlines()]
    assert len(customers) == 50 and len(sends) == 50
    assert {"id", "full_name", "emails"} <= set(customers[0])
    assert {"customer_id", "recipient", "scenario", "expected", "allowed", "clean"} <= set(sends[0])
