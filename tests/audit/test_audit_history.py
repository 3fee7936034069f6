"""The audit judges each send against the directory as it was at its ``sent_at`` (and a send
without one against today's), the same in one process or several, and says how many of each."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from misdirect import Customer, Directory
from misdirect.audit import AuditConfig, audit_guard, open_source, run_audit

ANNA = Customer.model_validate({
    "id": "C-1", "full_name": "Anna Svensson",
    "emails": ["anna.svensson@telia.com",
               {"address": "anna.new.address@telia.com", "added_at": "2025-01-01"},
               {"address": "anna.old.address@telia.com", "removed_at": "2024-06-01"}]})
BO = Customer.model_validate({
    "id": "C-2", "full_name": "Bo Berg",
    "emails": ["bo.berg@comhem.se",
               {"address": "bo.berg.family@comhem.se", "added_at": "2025-03-01"}]})

#: (message id, recipient, sent_at, the action it must get)
SENDS = [
    ("new-before", "anna.new.address@telia.com", "2024-12-31T23:59:00Z", "allow"),
    ("new-after", "anna.new.address@telia.com", "2025-01-02T00:00:00+01:00", "allow"),
    ("new-today", "anna.new.address@telia.com", None, "allow"),
    ("old-then", "anna.old.address@telia.com", "2024-05-31", "allow"),
    # nobody's then; it names somebody else (name_mismatch warns)
    ("bo-family-before", "bo.berg.family@comhem.se", "2025-02-28T10:00:00Z", "warn"),
    ("bo-family-after", "bo.berg.family@comhem.se", "2025-03-02T10:00:00Z", "block"),
    ("bo-family-today", "bo.berg.family@comhem.se", "", "block"),
]
#: The codes each send's record must carry (beyond the action).
CODES = {"new-before": {"recipient_not_on_record"}, "new-after": set(), "new-today": set(),
         "old-then": set(), "bo-family-before": {"recipient_not_on_record"},
         "bo-family-after": {"owned_by_other_customer"},
         "bo-family-today": {"owned_by_other_customer"}}


@pytest.fixture
def history_db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'history.db'}"
    with Directory.connect(url) as d:
        d.upsert([ANNA, BO])
    return url


def _run(db: str, sends: Path, out: Path, workers: int) -> Any:
    with Directory.connect(db, create=False) as d:
        return run_audit(open_source(sends), audit_guard(d),
                         AuditConfig(out=out, errors=out.with_suffix(".errors"), workers=workers,
                                     chunk_size=2))


def test_each_send_is_judged_at_its_sent_at_in_one_process_or_two(
        history_db: str, write_jsonl: Callable[..., Path],
        read_jsonl: Callable[[Path], list[dict[str, Any]]], tmp_path: Path) -> None:
    sends = write_jsonl([{"message_id": m, "customer_id": "C-1", "to": [to], "subject": "Kvitto",
                          "text": "Tack för din beställning!", "sent_at": at}
                         for m, to, at, _action in SENDS])
    one = _run(history_db, sends, tmp_path / "one.jsonl", 1)
    records = {r["message_id"]: r for r in read_jsonl(tmp_path / "one.jsonl")}
    got = {m: (records[m]["action"], set(records[m]["codes"]) - {"name_mismatch"})
           for m, *_rest in SENDS}
    assert got == {m: (action, CODES[m]) for m, _to, _at, action in SENDS}
    assert (one.summary.judged_at_sent_at, one.summary.judged_today) == (5, 2)
    two = _run(history_db, sends, tmp_path / "two.jsonl", 2)
    assert (tmp_path / "two.jsonl").read_bytes() == (tmp_path / "one.jsonl").read_bytes()
    assert two.summary.to_state() == one.summary.to_state()
    json.dumps(two.summary.to_state())  # the checkpoint can hold it
