"""Load and fault tests on loopback: N concurrent clients x M messages through the relay, with the
relay killed (-9) and restarted mid-stream, and the upstream refusing connections, answering 4xx
or hanging. Every message is accounted for by its unique Message-ID: delivered exactly once, or
held in the quarantine exactly once (and not delivered), or refused with a 5xx that the client
saw; a client that got a 4xx or lost the connection retries, as an MTA does. Bounded: a fixed
number of messages, attempts and seconds; they stop by themselves.

Marked ``slow`` (a few seconds each) and run in the suite.
"""

from __future__ import annotations

import contextlib
import os
import signal
import smtplib
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from misdirect import Guard
from misdirect.integrations.quarantine import Quarantine
from misdirect.integrations.relay import RelayMetrics, free_port

from .relay_kit import (
    OTHER,
    OWN,
    SLIP,
    Sink,
    make_message,
    misdirect_command,
    relay_process,
    relay_thread,
    sample_directory,
)

pytestmark = pytest.mark.slow

#: How long a client keeps retrying one message (an MTA would keep it for days).
RETRY_FOR = 25.0


@dataclass
class Ledger:
    """What the clients saw, per Message-ID."""

    final: dict[str, int] = field(default_factory=dict)  # last reply code (250 or 5xx)
    attempts: Counter[str] = field(default_factory=Counter)
    #: connection lost after the data went out: the relay may have passed it on already
    ambiguous: set[str] = field(default_factory=set)
    gave_up: set[str] = field(default_factory=set)
    retries: int = 0  # attempts that got a 4xx or a lost connection
    lock: threading.Lock = field(default_factory=threading.Lock)


def _client(port: Callable[[], int], messages: list[tuple[str, bytes, list[str]]],
            ledger: Ledger) -> None:
    """One sending system: keeps a connection open, sends its messages in order, retries a
    message after a 4xx or a lost connection (on a new connection), stops at RETRY_FOR."""
    conn: smtplib.SMTP | None = None
    for mid, data, rcpts in messages:
        deadline = time.monotonic() + RETRY_FOR
        while True:
            in_data = False
            try:
                if conn is None:
                    conn = smtplib.SMTP("127.0.0.1", port(), timeout=20)
                    conn.ehlo()
                with ledger.lock:
                    ledger.attempts[mid] += 1
                code, _ = conn.mail("orders@shop.example")
                if code == 250:
                    for r in rcpts:
                        conn.rcpt(r)
                    in_data = True
                    code, _ = conn.data(data)
                    in_data = False
                else:
                    conn.rset()
            except (smtplib.SMTPException, OSError):
                if in_data:
                    with ledger.lock:
                        ledger.ambiguous.add(mid)
                if conn is not None:
                    with contextlib.suppress(Exception):
                        conn.close()
                conn = None
                code = 0
            if code == 250 or 500 <= code < 600:
                with ledger.lock:
                    ledger.final[mid] = code
                break
            with ledger.lock:
                ledger.retries += 1
            if time.monotonic() > deadline:
                with ledger.lock:
                    ledger.gave_up.add(mid)
                break
            time.sleep(0.1)
    if conn is not None:
        with contextlib.suppress(smtplib.SMTPException, OSError):
            conn.quit()


def _workload(clients: int, per_client: int, block_every: int = 7, hold_every: int = 11
              ) -> list[list[tuple[str, bytes, list[str]]]]:
    """Per client, its messages: mostly to the customer's own address (delivered), every
    ``block_every``-th to a namesake's address (refused with 550), every ``hold_every``-th to a
    slip of the customer's own address (held: 250 once it is in the quarantine)."""
    out = []
    for c in range(clients):
        msgs = []
        for m in range(per_client):
            mid = f"<load-{c}-{m}@shop.example>"
            k = c * per_client + m
            to = OTHER if k % block_every == 3 else SLIP if k % hold_every == 5 else OWN
            msgs.append((mid, make_message(to=to, message_id=mid, size=1500), [to]))
        out.append(msgs)
    return out


def _run_clients(port: Callable[[], int], work: list[list[tuple[str, bytes, list[str]]]],
                 ledger: Ledger, during: Callable[[], None] | None = None) -> None:
    threads = [threading.Thread(target=_client, args=(port, msgs, ledger)) for msgs in work]
    for t in threads:
        t.start()
    if during is not None:
        during()
    for t in threads:
        t.join(RETRY_FOR * 4)
    assert not any(t.is_alive() for t in threads), "a client did not finish"


def _held_ids(quarantine_url: str) -> Counter[str]:
    """How often each Message-ID is in the quarantine (read afresh from the database)."""
    with Quarantine(quarantine_url, create=False) as q:
        return Counter(str(m.message_id) for m in q.list())


def _account(work: list[list[tuple[str, bytes, list[str]]]], ledger: Ledger, sink: Sink,
             quarantine_url: str, *, max_ambiguous: int = 0) -> Counter[str]:
    """Every message: delivered exactly once (250), or held exactly once (250) and not
    delivered, or refused (5xx) and neither. A message whose connection died after its data
    went out may reach the upstream (or the quarantine) twice (the client retried it); there
    are at most ``max_ambiguous`` of those, and nothing else is ever duplicated."""
    sent = {mid: to for msgs in work for mid, _, (to,) in msgs}
    delivered = sink.message_ids()
    held = _held_ids(quarantine_url)
    assert ledger.gave_up == set(), "messages neither delivered nor refused in time"
    assert set(delivered) <= set(sent), "the upstream got a message nobody sent"
    assert set(held) <= set(sent), "the quarantine holds a message nobody sent"
    outcomes: Counter[str] = Counter()
    for mid, to in sent.items():
        code = ledger.final.get(mid)
        n = delivered.get(mid, 0)
        if to == OTHER:
            assert (code, n, held.get(mid, 0)) == (550, 0, 0), (mid, code, n)
            outcomes["refused"] += 1
        elif to == SLIP:
            h = held.get(mid, 0)
            assert (code, n) == (250, 0), (mid, code, n)
            assert h == 1 or (h == 2 and mid in ledger.ambiguous), (mid, h)
            outcomes["held"] += 1
            outcomes["duplicated"] += h - 1
        else:
            assert code == 250 and held.get(mid, 0) == 0, (mid, code)
            assert n == 1 or (n == 2 and mid in ledger.ambiguous), (mid, n)
            outcomes["delivered"] += 1
            outcomes["duplicated"] += n - 1
    assert len(ledger.ambiguous) <= max_ambiguous, ledger.ambiguous
    return outcomes


def test_many_clients_through_one_relay(tmp_path: Path) -> None:
    """8 clients x 25 messages at once through one relay (one shared Guard): all accounted for,
    and the relay's own counters agree."""
    sink = Sink().start()
    d = sample_directory()
    guard = Guard(d)
    metrics = RelayMetrics()
    work = _workload(8, 25)
    ledger = Ledger()
    q_url = f"sqlite:///{tmp_path / 'quarantine.db'}"
    quarantine = Quarantine(q_url)
    try:
        with relay_thread(guard, sink.port, metrics=metrics, workers=4,
                          quarantine=quarantine) as relay:
            _run_clients(lambda: relay.port, work, ledger)
        outcomes = _account(work, ledger, sink, q_url)
    finally:
        quarantine.close()
        sink.stop()
        d.close()
    assert outcomes["delivered"] + outcomes["held"] + outcomes["refused"] == 200
    assert outcomes["refused"] > 0 and outcomes["held"] > 0
    assert outcomes["duplicated"] == 0
    counted = {s.labels["outcome"]: s.value for m in metrics.registry.collect()
               if m.name == "misdirect_relay_messages" for s in m.samples
               if s.name.endswith("_total")}
    assert counted == {"delivered": outcomes["delivered"], "held": outcomes["held"],
                       "refused": outcomes["refused"]}


def test_upstream_refusing_failing_and_hanging_loses_nothing(tmp_path: Path) -> None:
    """The upstream goes through every fault while 4 clients send: up, 4xx to DATA, no answer
    to DATA (past the relay's upstream timeout), down (connection refused), up again. The
    relay answers 451 throughout the faults; the clients retry; each message arrives once."""
    port = free_port()
    sink = Sink(port=port, hang_seconds=1.5).start()
    d = sample_directory()
    guard = Guard(d)
    work = _workload(4, 20)
    ledger = Ledger()
    q_url = f"sqlite:///{tmp_path / 'quarantine.db'}"
    quarantine = Quarantine(q_url)

    def until(condition: Callable[[], bool]) -> None:
        deadline = time.monotonic() + 15
        while not condition() and time.monotonic() < deadline:
            time.sleep(0.005)

    def retried(n: int) -> Callable[[], bool]:
        start = ledger.retries
        return lambda: ledger.retries >= start + n

    def faults() -> None:
        # each fault lasts until the clients saw it a few times (the relay may be fast or slow)
        until(lambda: len(sink.received) >= 5)
        sink.mode = "tempfail"
        until(retried(4))
        sink.mode = "hang"
        until(retried(4))
        sink.stop()  # connection refused
        until(retried(4))
        sink.mode = "accept"
        sink.start()

    try:
        with relay_thread(guard, port, upstream_timeout=0.5, quarantine=quarantine) as relay:
            _run_clients(lambda: relay.port, work, ledger, during=faults)
        outcomes = _account(work, ledger, sink, q_url)
    finally:
        quarantine.close()
        sink.stop()
        d.close()
    assert outcomes["duplicated"] == 0 and outcomes["held"] > 0
    # the faults were real: 12 attempts or more got a 451 and were retried
    assert ledger.retries >= 12 and sum(n > 1 for n in ledger.attempts.values()) >= 4


def test_relay_killed_mid_stream_and_restarted_loses_nothing(tmp_path: Path) -> None:
    """``misdirect relay`` as a subprocess, killed with SIGKILL while 4 clients send 30 messages
    each, then started again on the same port. The clients retry what got no answer."""
    db = tmp_path / "customers.db"
    sample_directory(f"sqlite:///{db}").close()
    sink = Sink().start()
    work = _workload(4, 30)
    ledger = Ledger()
    port = free_port()
    log = tmp_path / "relay.log"
    args = ["--workers", "4", "--grace", "2"]
    restarted: list[int] = []
    with contextlib.ExitStack() as stack:
        stack.callback(sink.stop)
        first = contextlib.ExitStack()
        proc, _ = first.enter_context(relay_process(f"sqlite:///{db}", sink.port, port=port,
                                                    extra=args, log_path=log))

        def kill_and_restart() -> None:
            deadline = time.monotonic() + 20
            while len(ledger.final) < 40 and time.monotonic() < deadline:
                time.sleep(0.01)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
            first.close()
            time.sleep(0.3)
            stack.enter_context(relay_process(f"sqlite:///{db}", sink.port, port=port,
                                              extra=args, log_path=log))
            restarted.append(1)

        _run_clients(lambda: port, work, ledger, during=kill_and_restart)
        # the relay's quarantine is its --db database
        outcomes = _account(work, ledger, sink, f"sqlite:///{db}", max_ambiguous=4)
    assert restarted == [1]
    assert outcomes["delivered"] + outcomes["held"] + outcomes["refused"] == 120
    assert outcomes["held"] > 0
    # the kill really landed mid-stream: some messages were retried after it
    assert sum(n > 1 for n in ledger.attempts.values()) >= 1


def _message_events(log: Path) -> int:
    if not log.exists():
        return 0
    return sum('"event": "message"' in line for line in log.read_text("utf-8").splitlines())


def test_two_relays_on_one_port_and_one_stopped_mid_stream_loses_nothing(tmp_path: Path) -> None:
    """Two ``misdirect relay --reuse-port`` processes on the same port (the kernel spreads the
    connections); while 4 clients send 30 messages each, the one that has handled messages is
    stopped with SIGTERM: it finishes what is in flight and exits 0, the clients' retries and
    new connections reach the other one, and every message is accounted for. Without
    ``--reuse-port`` a second relay cannot take the port."""
    db = tmp_path / "customers.db"
    sample_directory(f"sqlite:///{db}").close()
    url = f"sqlite:///{db}"
    sink = Sink().start()
    work = _workload(4, 30)
    ledger = Ledger()
    port = free_port()
    args = ["--workers", "4", "--grace", "5", "--reuse-port"]
    logs = [tmp_path / "relay-a.log", tmp_path / "relay-b.log"]
    stopped: list[int] = []
    with contextlib.ExitStack() as stack:
        stack.callback(sink.stop)
        relays = [stack.enter_context(relay_process(url, sink.port, port=port, extra=args,
                                                    log_path=log))[0] for log in logs]
        with relay_process(url, sink.port, extra=["--workers", "1"]) as (_other, other_port):
            # a relay without --reuse-port: the shared port is taken for it
            taken = subprocess.run(
                [*misdirect_command(), "relay", "--listen", f"127.0.0.1:{port}", "--upstream",
                 f"127.0.0.1:{other_port}", "--db", url], capture_output=True, timeout=60)
        assert taken.returncode == 5, taken.stderr

        def stop_one() -> None:
            deadline = time.monotonic() + 20
            while len(ledger.final) < 40 and time.monotonic() < deadline:
                time.sleep(0.01)
            busy = max(range(2), key=lambda i: _message_events(logs[i]))
            relays[busy].send_signal(signal.SIGTERM)
            assert relays[busy].wait(30) == 0, "a graceful stop exits 0"
            stopped.append(busy)

        _run_clients(lambda: port, work, ledger, during=stop_one)
        outcomes = _account(work, ledger, sink, url, max_ambiguous=4)
        survivor = 1 - stopped[0]
        assert relays[survivor].poll() is None, "the other relay kept serving"
    assert outcomes["delivered"] + outcomes["held"] + outcomes["refused"] == 120
    # both processes answered messages on the one port
    assert _message_events(logs[0]) > 0 and _message_events(logs[1]) > 0
