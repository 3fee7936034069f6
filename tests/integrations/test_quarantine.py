"""The quarantine on SQLite, PostgreSQL and MariaDB: hold, list, get, release exactly once, reject
with an audit trail. Concurrency is tested with separate processes, each with its own connection."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from misdirect import Action, Customer, Directory, Guard, QuarantineError
from misdirect.errors import QuarantineStateError
from misdirect.integrations.quarantine import STATUSES, Quarantine

LINNEA = "linnea.oberg1987@comhem.se"
ANNA = "anna.svensson@telia.com"
RAW = (f"From: order@butiken.se\nTo: {LINNEA}\nSubject: Din order\nX-Customer-Id: C-1\n\n"
       f"Hej!\nDitt lösenord: Fjäril88\n").encode()


@pytest.fixture
def q(shared_url: str) -> Iterator[Quarantine]:
    quarantine = Quarantine(shared_url)
    try:
        yield quarantine
    finally:
        quarantine.drop_schema()
        quarantine.close()


@pytest.fixture
def held(q: Quarantine) -> tuple[Quarantine, str, bytes]:
    d = Directory.connect("sqlite://")
    d.upsert([Customer(id="C-1", full_name="Linnea Öberg", emails=[LINNEA]),
              Customer(id="C-4", full_name="Anna Svensson", emails=[ANNA])])
    mv = Guard(d).check_message(RAW, recipients=[LINNEA, ANNA])
    assert mv.action is Action.BLOCK and mv.redacted
    qid = q.hold(mv.as_bytes(), verdict=mv, customer_id=mv.customer_id,
                 envelope_from="order@butiken.se", envelope_to=list(mv.recipients))
    return q, qid, mv.as_bytes()


def test_hold_stores_the_redacted_message_and_the_verdict(held: tuple[Quarantine, str, bytes]
                                                          ) -> None:
    q, qid, redacted = held
    m = q.get(qid)
    assert m.status == "held" and m.customer_id == "C-1" and m.action == "block"
    assert {"owned_by_other_customer", "secret_in_body"} <= set(m.codes)
    assert m.codes == sorted(m.codes)
    assert m.message == redacted and b"Fj\xc3\xa4ril88" not in m.message
    assert m.envelope_from == "order@butiken.se" and m.envelope_to == [LINNEA, ANNA]
    assert not m.has_original and q.original(qid) is None
    assert [e.event for e in m.events] == ["held"]
    assert {f["code"] for f in m.verdict["findings"]} == set(m.codes)
    assert "Fjäril88" not in json.dumps(m.verdict)


def test_the_original_is_kept_only_when_passed(q: Quarantine) -> None:
    d = Directory.connect("sqlite://")
    d.upsert([Customer(id="C-1", full_name="Linnea Öberg", emails=[LINNEA])])
    mv = Guard(d).check_message(RAW)
    qid = q.hold(mv.as_bytes(), verdict=mv.verdict, customer_id="C-1", envelope_to=[LINNEA],
                 original=RAW)
    assert q.get(qid).has_original and q.original(qid) == RAW
    assert q.list()[0].has_original


def test_list_filters_and_summarises(held: tuple[Quarantine, str, bytes]) -> None:
    q, qid, _ = held
    (m,) = q.list()
    assert m.message is None  # list never loads the bytes
    assert q.list(status="held")[0].id == qid and q.list(status="rejected") == []
    assert q.list(customer_id="C-404") == []
    summary = m.summary()
    assert {"id", "customer_id", "codes", "held_at", "status"} <= set(summary)
    json.dumps(summary)
    with pytest.raises(QuarantineError, match="unknown status"):
        q.list(status="bogus")
    assert set(STATUSES) == {"held", "releasing", "released", "rejected"}


def test_release_sends_once_and_records_who(held: tuple[Quarantine, str, bytes]) -> None:
    q, qid, redacted = held
    sent: list[tuple[bytes, str, list[str]]] = []
    m = q.release(qid, by="agent.anna", send=lambda b, f, t: sent.append((b, f, t)))
    assert sent == [(redacted, "order@butiken.se", [LINNEA, ANNA])]
    assert m.status == "released" and m.decided_by == "agent.anna" and m.decided_at is not None
    assert [e.event for e in m.events] == ["held", "release_claimed", "released"]
    with pytest.raises(QuarantineStateError, match="it is released"):
        q.release(qid, by="agent.bo", send=lambda b, f, t: sent.append((b, f, t)))
    with pytest.raises(QuarantineStateError):
        q.reject(qid, by="agent.bo", reason="too late")
    assert len(sent) == 1


def test_a_failed_send_holds_the_message_again(held: tuple[Quarantine, str, bytes]) -> None:
    q, qid, _ = held

    def refuse(_b: bytes, _f: str, _t: list[str]) -> None:
        raise ConnectionRefusedError("upstream down")

    with pytest.raises(ConnectionRefusedError):
        q.release(qid, by="agent.anna", send=refuse)
    m = q.get(qid)
    assert m.status == "held"
    assert m.events[-1].event == "release_failed" and "upstream down" in m.events[-1].detail
    assert q.release(qid, by="agent.anna", send=lambda b, f, t: None).status == "released"


def test_reject_keeps_an_audit_record(held: tuple[Quarantine, str, bytes]) -> None:
    q, qid, _ = held
    with pytest.raises(QuarantineError, match="needs who decided"):
        q.reject(qid, by="", reason="x")
    m = q.reject(qid, by="agent.anna", reason="Anna is another customer")
    assert m.status == "rejected" and m.reason == "Anna is another customer"
    assert m.events[-1].event == "rejected" and m.events[-1].by == "agent.anna"
    with pytest.raises(QuarantineStateError, match="it is rejected"):
        q.release(qid, by="agent.bo", send=lambda b, f, t: None)


def test_unknown_ids_are_a_clear_error(q: Quarantine) -> None:
    for call in (lambda: q.get("nope"), lambda: q.reject("nope", by="a", reason="b"),
                 lambda: q.release("nope", by="a", send=lambda b, f, t: None),
                 lambda: q.original("nope")):
        with pytest.raises(QuarantineError, match="no held message"):
            call()


def test_a_large_message_is_stored_whole(q: Quarantine) -> None:
    d = Directory.connect("sqlite://")
    d.upsert([Customer(id="C-1", full_name="Linnea Öberg", emails=[LINNEA])])
    mv = Guard(d).check_message(RAW)
    big = RAW + b"x" * (3 * 1024 * 1024)
    qid = q.hold(big, verdict=mv, customer_id="C-1")
    assert q.get(qid).message == big


def test_the_directory_tables_are_left_alone(shared_url: str) -> None:
    d = Directory.connect(shared_url)
    d.upsert([Customer(id="C-1", full_name="Linnea Öberg", emails=[LINNEA])])
    q = Quarantine(d)
    try:
        assert d.customer("C-1").id == "C-1"
        q.drop_schema()
        assert Directory.connect(shared_url).customer("C-1").id == "C-1"
    finally:
        q.close()
        d.close()


def test_a_database_failure_is_a_quarantine_error(tmp_path: Path) -> None:
    q = Quarantine(f"sqlite:///{tmp_path / 'q.db'}")
    q.close()
    (tmp_path / "q.db").unlink()
    (tmp_path / "q.db").mkdir()  # the file is now a directory: nothing can be written
    with pytest.raises(QuarantineError, match="cannot"):
        Quarantine(f"sqlite:///{tmp_path / 'q.db'}").list()


# --- across processes ----------------------------------------------------------------------

_WORKER = textwrap.dedent("""
    import json, os, sys, time
    from misdirect.errors import QuarantineStateError
    from misdirect.integrations.quarantine import Quarantine
    url, go, me = sys.argv[1], sys.argv[2], sys.argv[3]
    q = Quarantine(url, create=False)
    ids = [m.id for m in q.list(status="held")]
    deadline = time.monotonic() + 30
    while not os.path.exists(go) and time.monotonic() < deadline:
        time.sleep(0.001)
    mine, lost = [], 0
    for qid in ids:
        try:
            q.release(qid, by=me, send=lambda b, f, t, qid=qid: mine.append(qid))
        except QuarantineStateError:
            lost += 1
    print(json.dumps({"sent": mine, "lost": lost}))
""")


def test_two_processes_never_release_the_same_message(held: tuple[Quarantine, str, bytes],
                                                       shared_url: str, tmp_path: Path) -> None:
    q, first, redacted = held
    d = Directory.connect("sqlite://")
    d.upsert([Customer(id="C-1", full_name="Linnea Öberg", emails=[LINNEA])])
    mv = Guard(d).check_message(RAW)
    ids = {first} | {q.hold(redacted, verdict=mv, customer_id="C-1", envelope_to=[LINNEA])
                     for _ in range(59)}
    go = tmp_path / "go"
    workers = [subprocess.Popen([sys.executable, "-c", _WORKER, shared_url, str(go), name],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for name in ("relay-a", "relay-b")]
    time.sleep(1.0)  # both have read the list of held ids
    go.touch()
    results = []
    for w in workers:
        out, err = w.communicate(timeout=120)
        assert w.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    a, b = (set(r["sent"]) for r in results)
    assert not a & b, "a message was released twice"
    assert a | b == ids
    assert len(results[0]["sent"]) + len(results[1]["sent"]) == len(ids)
    assert {m.id for m in q.list(status="released")} == ids
    by = {m.decided_by for m in q.list(status="released")}
    assert by <= {"relay-a", "relay-b"}


_HOLD_AND_DIE = textwrap.dedent("""
    import os, signal, sys
    from misdirect import Customer, Directory, Guard
    from misdirect.integrations.quarantine import Quarantine
    d = Directory.connect("sqlite://")
    d.upsert([Customer(id="C-1", full_name="L", emails=["l@example.se"])])
    mv = Guard(d).check_message(b"To: l@example.se\\nX-Customer-Id: C-1\\n\\nhi\\n")
    qid = Quarantine(sys.argv[1]).hold(mv.as_bytes(), verdict=mv, customer_id="C-1")
    print(qid, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
""")


def test_a_held_message_survives_the_process_being_killed(q: Quarantine, shared_url: str) -> None:
    proc = subprocess.run([sys.executable, "-c", _HOLD_AND_DIE, shared_url], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    qid = proc.stdout.strip()
    other = Quarantine(create_engine(shared_url))  # a fresh connection
    assert other.get(qid).status == "held"
    other.engine.dispose()


def test_a_url_that_is_no_database_is_a_configuration_error() -> None:
    from misdirect import ConfigurationError

    with pytest.raises(ConfigurationError):
        Quarantine("not a url")
    with pytest.raises(ConfigurationError):
        Quarantine(42)  # type: ignore[arg-type]
    assert os.environ is not None and text("select 1") is not None
