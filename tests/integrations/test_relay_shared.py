"""Several ``misdirect relay`` processes sharing one PostgreSQL or MariaDB directory and one
quarantine, as on two hosts behind one MX: each rebuilds its index when the directory's revision
moves (``--refresh-interval``), both hold into the same quarantine, and a held message released
from two processes at once goes out once.

Real processes, real servers (skipped without them, failed under MISDIRECT_REQUIRE_SERVERS=1).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from misdirect import Customer, Directory
from misdirect.integrations.quarantine import Quarantine

from .relay_kit import (
    CUSTOMERS,
    SLIP,
    Sink,
    make_message,
    message_id_of,
    relay_processes,
    send,
)

pytestmark = pytest.mark.slow

NEW = Customer(id="C-8", full_name="Aki Niemi", emails=["aki.niemi@elisa.fi"], city="Tampere")


@pytest.fixture(params=[pytest.param("postgres", marks=pytest.mark.postgres),
                        pytest.param("mariadb", marks=pytest.mark.mariadb)])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def shared(directory_url: str) -> Iterator[tuple[str, Directory, Quarantine]]:
    """The directory (with the test customers) and the quarantine both relays use."""
    seed = Directory.connect(directory_url)
    seed.upsert(CUSTOMERS)
    quarantine = Quarantine(directory_url)
    try:
        yield directory_url, seed, quarantine
    finally:
        quarantine.drop_schema()
        quarantine.close()
        seed.close()

#: A reviewer: waits for the go file, then runs `misdirect quarantine release` for each id in
#: turn; prints {id: exit status}.
_REVIEWER = textwrap.dedent("""
    import json, pathlib, sys, time
    from click.testing import CliRunner
    from misdirect.cli import cli
    url, upstream, go, who, *ids = sys.argv[1:]
    pathlib.Path(go).with_name("ready-" + who).touch()
    while not pathlib.Path(go).exists():
        time.sleep(0.01)
    runner = CliRunner()
    codes = {}
    for qid in ids:
        result = runner.invoke(cli, ["quarantine", "release", qid, "--db", url,
                                     "--upstream", upstream, "--by", who])
        codes[qid] = result.exit_code
    print(json.dumps(codes))
""")


def _until_delivered(port: int, sink: Sink, timeout: float) -> tuple[int, float]:
    """Send a new message for C-8 every 0.1 s until one is delivered; (code, seconds)."""
    start = time.monotonic()
    code = 0
    while time.monotonic() - start < timeout:
        data = make_message(customer=NEW.id, to=NEW.emails[0])
        code, _ = send(port, data)
        if code == 250:
            assert sink.message_ids()[message_id_of(data)] == 1
            break
        assert code == 451
        time.sleep(0.1)
    return code, time.monotonic() - start


def test_two_relay_processes_share_directory_and_quarantine(
        shared: tuple[str, Directory, Quarantine], tmp_path: Path) -> None:
    url, seed, quarantine = shared
    sink = Sink().start()
    log = tmp_path / "relays.log"
    args = ["--refresh-interval", "0.3", "--workers", "2"]
    try:
        with relay_processes(url, sink.port, 2, extra=args, log_path=log) as relays:
            ports = [port for _proc, port in relays]
            # a customer that is not in the directory yet: both relays defer (451)
            early = make_message(customer=NEW.id, to=NEW.emails[0])
            assert [send(p, early)[0] for p in ports] == [451, 451]
            # a third process adds it: both pick it up without a restart
            seed.upsert([NEW])
            for p in ports:
                code, took = _until_delivered(p, sink, timeout=15)
                assert code == 250, log.read_text()[-2000:]
                assert took < 10
            # both hold into the one quarantine
            held: dict[str, int] = {}
            for i, p in enumerate(ports * 2):
                data = make_message(to=SLIP, message_id=f"<held-{i}@shop.example>")
                code, text = send(p, data, [SLIP])
                assert code == 250 and "held for review as" in text, text
                held[text.rsplit(" ", 1)[1]] = p
            assert len(held) == 4
        listed = {m.id: m for m in quarantine.list(status="held")}
        assert set(listed) == set(held)
        assert {m.message_id for m in listed.values()} == {f"<held-{i}@shop.example>"
                                                           for i in range(4)}
        # two reviewers release every held message at the same time, in opposite orders, each
        # with `misdirect quarantine release` in a process of its own
        before = len(sink.received)
        go = tmp_path / "go"
        order = list(held)
        workers = [subprocess.Popen(
            [sys.executable, "-c", _REVIEWER, url, f"127.0.0.1:{sink.port}", str(go), who,
             *ids], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for who, ids in (("agent-a", order), ("agent-b", order[::-1]))]
        deadline = time.monotonic() + 60
        while (len(list(tmp_path.glob("ready-*"))) < 2 and time.monotonic() < deadline
               and all(w.poll() is None for w in workers)):
            time.sleep(0.05)
        go.touch()
        results = []
        for w in workers:
            out, err = w.communicate(timeout=120)
            assert w.returncode == 0, err
            results.append(json.loads(out.strip().splitlines()[-1]))
        # every message: released by exactly one of them, the other told exit 4 (wrong state)
        for qid in held:
            assert sorted(r[qid] for r in results) == [0, 4], results
        delivered = sink.message_ids()
        assert len(sink.received) - before == 4
        assert all(delivered[f"<held-{i}@shop.example>"] == 1 for i in range(4))
        released = quarantine.list(status="released")
        assert {m.id for m in released} == set(held)
        assert {m.decided_by for m in released} <= {"agent-a", "agent-b"}
        trail = [e.event for e in quarantine.get(released[0].id).events]
        assert trail == ["held", "release_claimed", "released"]
    finally:
        sink.stop()
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    assert sum(1 for r in lines if r.get("event") == "listening") == 2
