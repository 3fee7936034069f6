"""The incident workflow on the command line (verify, unverify, mark-misdirected, allow,
customer show), on file SQLite, PostgreSQL and MariaDB, through CliRunner."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from misdirect import Customer, Directory
from misdirect.cli import EXIT_ERROR, EXIT_UNKNOWN_CUSTOMER, cli

CUSTOMERS = [
    Customer(id="C-1", full_name="Matti Virtanen", emails=["matti.virtanen@elisa.fi"],
             phone="040 123 4567"),
    Customer(id="C-2", full_name="Matti Virtanen", emails=["matti.virtanen@kolumbus.fi"]),
    Customer(id="C-3", full_name="Anna Korhonen", emails=["anna.korhonen@kotiposti.fi"]),
    Customer(id="C-4", full_name="Pekka Korhonen", emails=["korhoset@kotiposti.fi"]),
]


@pytest.fixture()
def url(shared_url: str) -> str:
    d = Directory.connect(shared_url)
    d.upsert(CUSTOMERS)
    d.close()
    return shared_url


def run(tmp_path: Path, *args: str, user: str = "ops.anna", **env: str | None) -> Result:
    environment: dict[str, str | None] = {"COLUMNS": "200", "LOGNAME": user, "USER": user,
                                          "MISDIRECT_USER": None,
                                          "XDG_CACHE_HOME": str(tmp_path / "cache"), **env}
    return CliRunner(env=environment).invoke(cli, list(args), catch_exceptions=False)


def show(tmp_path: Path, url: str, customer_id: str) -> dict:  # type: ignore[type-arg]
    result = run(tmp_path, "customer", "show", customer_id, "--db", url, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_each_step_records_who_and_when(tmp_path: Path, url: str) -> None:
    start = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    steps = [
        (["address", "verify", "C-1", "matti.virtanen@elisa.fi", "--note", "called back"],
         {}, "verified", "ops.anna", "called back"),
        (["address", "mark-misdirected", "C-1", "matti.virtanen@kolumbus.fi", "--note",
          "invoice went to the namesake", "--by", "Jussi (support)"],
         {}, "misdirected", "Jussi (support)", "invoice went to the namesake"),
        (["address", "unverify", "C-1", "matti.v@work.fi"], {"MISDIRECT_USER": "crm-sync"},
         "unverified", "crm-sync", ""),
    ]
    for args, env, _action, _by, _note in steps:
        result = run(tmp_path, *args, "--db", url, **env)
        assert result.exit_code == 0, result.output
    record = show(tmp_path, url, "C-1")
    events = record["events"]
    assert [(e["action"], e["by"], e["note"]) for e in events] == [
        (action, by, note) for _a, _e, action, by, note in steps]
    for e in events:
        assert start <= dt.datetime.fromisoformat(e["at"]) <= dt.datetime.now(dt.UTC)
    states = {a["address"]: a for a in record["addresses"]}
    assert states["matti.virtanen@elisa.fi"]["verification"] == "verified"
    assert states["matti.virtanen@elisa.fi"]["verified_at"] is not None
    assert states["matti.virtanen@kolumbus.fi"]["misdirected"] is True
    assert states["matti.v@work.fi"]["verification"] == "unverified"


def test_customer_show_masks_other_customers(tmp_path: Path, url: str) -> None:
    assert run(tmp_path, "address", "mark-misdirected", "C-1", "matti.virtanen@kolumbus.fi",
               "--db", url, "--note", "went to C-2").exit_code == 0
    result = run(tmp_path, "customer", "show", "C-1", "--db", url)
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "matti.virtanen@kolumbus.fi  misdirected (never sent to again)" in text
    assert "also on record for: C-2 (m******n@k******s.fi)" in text
    assert "marked misdirected by ops.anna: went to C-2" in text
    assert "personal data on record: phone" in text and "040" not in text
    record = show(tmp_path, url, "C-1")
    [mark] = [a for a in record["addresses"] if a["misdirected"]]
    assert mark["also_on_record_for"] == [{"id": "C-2", "masked_address": "m******n@k******s.fi"}]
    # C-2's own record holds the address unmarked: marks are per customer
    other = show(tmp_path, url, "C-2")
    assert [a["misdirected"] for a in other["addresses"]] == [False]


def test_allow_a_shared_mailbox_then_check_allows_it(tmp_path: Path, url: str) -> None:
    before = run(tmp_path, "check", "--db", url, "--customer", "C-3", "--to",
                 "korhoset@kotiposti.fi", "--json")
    result = run(tmp_path, "allow", "C-3", "korhoset@kotiposti.fi", "--db", url,
                 "--reason", "the family's shared mailbox")
    assert result.exit_code == 0, result.output
    assert "also on record for customer C-4 (k******t@k******i.fi)" in result.stderr
    record = show(tmp_path, url, "C-3")
    assert record["shared_mailboxes"] == [{
        "address": "korhoset@kotiposti.fi", "reason": "the family's shared mailbox",
        "also_on_record_for": [{"id": "C-4", "masked_address": "k******t@k******i.fi"}]}]
    assert record["events"][-1]["action"] == "allowed"
    assert record["events"][-1]["by"] == "ops.anna"
    after = run(tmp_path, "check", "--db", url, "--customer", "C-3", "--to",
                "korhoset@kotiposti.fi", "--json")
    assert "owned_by_other_customer" in json.loads(before.stdout)["codes"]
    assert before.exit_code == 3
    assert json.loads(after.stdout)["codes"] == [] and after.exit_code == 0
    removed = run(tmp_path, "allow", "--remove", "C-3", "korhoset@kotiposti.fi", "--db", url)
    assert removed.exit_code == 0, removed.output
    assert show(tmp_path, url, "C-3")["shared_mailboxes"] == []
    again = run(tmp_path, "allow", "--remove", "C-3", "korhoset@kotiposti.fi", "--db", url)
    assert again.exit_code == EXIT_ERROR
    assert "is not an allowed shared mailbox of customer C-3" in again.stderr


@pytest.mark.parametrize(("args", "code", "message"), [
    (["address", "verify", "C-404", "a@elisa.fi"], EXIT_UNKNOWN_CUSTOMER,
     "no customer with id 'C-404'"),
    (["address", "verify", "C-1", "matti@elisa,fi"], EXIT_ERROR,
     "'matti@elisa,fi' is not a valid address"),
    (["address", "mark-misdirected", "C-1", "a@elisa.fi"], EXIT_ERROR, "Missing option '--note'"),
    (["allow", "C-1", "a@elisa.fi"], EXIT_ERROR, "--reason is required"),
    (["customer", "show", "C-404"], EXIT_UNKNOWN_CUSTOMER, "no customer with id 'C-404'"),
])
def test_errors_are_one_line_and_an_exit_code(tmp_path: Path, url: str, args: list[str],
                                              code: int, message: str) -> None:
    result = run(tmp_path, *args, "--db", url)
    assert result.exit_code == code
    assert message in result.output and "Traceback" not in result.output
    assert show(tmp_path, url, "C-1")["events"] == []


def test_a_current_snapshot_stays_current_after_a_mark(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    d = Directory.connect(f"sqlite:///{db}")
    d.upsert(CUSTOMERS)
    d.close()
    assert run(tmp_path, "index", "build", "--db", str(db)).exit_code == 0
    marked = run(tmp_path, "address", "mark-misdirected", "C-1", "matti.virtanen@kolumbus.fi",
                 "--db", str(db), "--note", "went to the namesake")
    assert marked.exit_code == 0, marked.output
    assert "out of date" not in marked.stderr
    assert run(tmp_path, "index", "show", "--db", str(db)).exit_code == 0  # current
    check = run(tmp_path, "check", "--db", str(db), "--customer", "C-1", "--to",
                "matti.virtanen@kolumbus.fi", "--json")
    assert "index: loaded the index snapshot" in check.stderr
    assert "misdirected_address" in json.loads(check.stdout)["codes"]
    assert check.exit_code == 3


def test_a_stale_snapshot_is_left_alone_and_named(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    d = Directory.connect(f"sqlite:///{db}")
    d.upsert(CUSTOMERS[:2])
    assert run(tmp_path, "index", "build", "--db", str(db)).exit_code == 0
    d.upsert(CUSTOMERS[2:])  # another writer: the snapshot is stale
    d.close()
    result = run(tmp_path, "address", "verify", "C-3", "korhoset@kotiposti.fi", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert f"note: the index snapshot at {db}.index is out of date" in result.stderr
    assert run(tmp_path, "index", "show", "--db", str(db)).exit_code == 1
