"""The SMTP relay: messages/s and latency through ``misdirect relay`` vs straight to the sink.

    python benchmarks/relay_bench.py [--quick]        # or: python benchmarks/run.py --only relay

Everything runs on loopback, each part in its own process (the machine has 2 cores, and one
Python process is one core): an aiosmtpd sink that accepts and counts, the real ``misdirect
relay`` command in front of it (a SQLite directory of synthetic customers, the default policy),
and 1, 4 or 16 client processes. A client keeps one SMTP connection open, as an MTA's connection
cache does, and sends its share of the messages one after another; a message's latency is
MAIL FROM to the reply to DATA. The baseline is the same clients sending the same messages
straight to the same sink in the same run. Every message goes to the customer's own address
(ALLOW): the path that costs the most (check, then the upstream send).
"""

from __future__ import annotations

import asyncio
import multiprocessing as mp
import os
import platform
import random
import signal
import smtplib
import socket
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synthetic import customers as synthetic_customers  # noqa: E402
from synthetic import generate  # noqa: E402

TARGET_RATE = 300.0  # messages/s through the relay with 4 clients
TARGET_ADDED_P99_MS = 20.0


def _log(msg: str) -> None:
    print(f"[relay {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_port(port: int, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), 0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listens on {port}")


# --- the sink ----------------------------------------------------------------------------------


def _sink_main(port: int, ready: Any) -> None:
    from aiosmtpd.smtp import SMTP

    class Count:
        n = 0

        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            Count.n += 1
            return "250 2.0.0 sink has it"

    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            lambda: SMTP(Count(), decode_data=False, enable_SMTPUTF8=True,
                         data_size_limit=None), "127.0.0.1", port)
        ready.set()
        stop = asyncio.Event()
        loop.add_signal_handler(signal.SIGTERM, stop.set)
        await stop.wait()
        server.close()

    asyncio.run(main())


# --- the clients -------------------------------------------------------------------------------


def _message(customer_id: str, to: str, size: int, i: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Shop <orders@shop.example>"
    msg["To"] = to
    msg["Subject"] = f"Order confirmation {100000 + i}"
    msg["Message-ID"] = f"<bench-{i}-{random.getrandbits(40):x}@shop.example>"
    msg["X-Customer-Id"] = customer_id
    line = (f"Thank you for your order {100000 + i}. Your parcel will be sent to the pick-up "
            f"point you chose; track it with the link in your account.\n")
    msg.set_content((line * (size // len(line) + 1))[:size])
    return msg.as_bytes(policy=default_policy.clone(linesep="\r\n"))


def _client_main(port: int, messages: list[tuple[str, bytes]], start_at: float,
                 out: Any) -> None:
    conn = smtplib.SMTP("127.0.0.1", port, timeout=60)
    conn.ehlo()
    lat: list[float] = []
    failed = 0
    while time.time() < start_at:
        time.sleep(0.001)
    t0 = time.perf_counter()
    for to, data in messages:
        s = time.perf_counter()
        try:
            refused = conn.sendmail("orders@shop.example", [to], data)
            ok = not refused
        except smtplib.SMTPException:
            ok = False
        lat.append(time.perf_counter() - s)
        failed += not ok
    t1 = time.perf_counter()
    conn.quit()
    out.put((lat, failed, t0, t1))


def _drive(port: int, n_clients: int, work: list[tuple[str, bytes]]) -> dict[str, float]:
    ctx = mp.get_context("fork")
    out = ctx.Queue()
    shares = [work[i::n_clients] for i in range(n_clients)]
    start_at = time.time() + 0.5 + 0.05 * n_clients
    procs = [ctx.Process(target=_client_main, args=(port, share, start_at, out))
             for share in shares]
    for p in procs:
        p.start()
    results = [out.get(timeout=600) for _ in procs]
    for p in procs:
        p.join(30)
    lat = sorted(x for r in results for x in r[0])
    failed = sum(r[1] for r in results)
    wall = max(r[3] for r in results) - min(r[2] for r in results)
    return {"rate": len(lat) / wall, "p50": _pct(lat, 50) * 1000, "p99": _pct(lat, 99) * 1000,
            "failed": failed, "n": len(lat)}


def _pct(sorted_values: list[float], p: float) -> float:
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, round(p / 100 * (len(sorted_values) - 1))))
    return sorted_values[k]


# --- the run -----------------------------------------------------------------------------------


def _relay(db: str, sink_port: int, extra: list[str], processes: int = 1
           ) -> tuple[list[subprocess.Popen[bytes]], int]:
    """``processes`` relays on one port (more than one: with ``--reuse-port``)."""
    port = _free_port()
    exe = Path(sys.executable).with_name("misdirect")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "misdirect"]
    procs = []
    for _ in range(processes):
        procs.append(subprocess.Popen([*cmd, "relay", "--listen", f"127.0.0.1:{port}",
                                       "--upstream", f"127.0.0.1:{sink_port}", "--db", db,
                                       "--log-level", "warning", *extra],
                                      stdout=subprocess.DEVNULL))
        _wait_port(port)
    return procs, port


def _stop(procs: list[subprocess.Popen[bytes]]) -> None:
    for proc in procs:
        proc.send_signal(signal.SIGTERM)
    for proc in procs:
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def run(quick: bool = False) -> str:
    n_customers = 5_000 if quick else 100_000
    per_config = 300 if quick else 2_000
    clients_list = (1, 4, 16)
    sizes = (2_000, 50_000)

    from misdirect import Directory

    load = os.getloadavg()
    tmp = Path(tempfile.mkdtemp(prefix="misdirect-relay-bench-"))
    db = f"sqlite:///{tmp / 'customers.db'}"
    _log(f"loading {n_customers:,} synthetic customers")
    records = generate(n_customers)
    d = Directory.connect(db)
    d.upsert(synthetic_customers(records))
    d.close()
    rng = random.Random(11)
    picks = [rng.choice(records) for _ in range(per_config)]

    ctx = mp.get_context("fork")
    sink_port = _free_port()
    ready = ctx.Event()
    sink = ctx.Process(target=_sink_main, args=(sink_port, ready), daemon=True)
    sink.start()
    ready.wait(30)

    rows: list[tuple[str, int, int, dict[str, float], dict[str, float]]] = []
    # (name, options, processes, sizes measured with 4 clients only)
    modes: list[tuple[str, list[str], int, tuple[int, ...]]] = [
        ("sends on the loop (default)", [], 1, ()),
        ("`--threads`", ["--threads"], 1, sizes[:1]),
        ("2 processes, `--reuse-port`", ["--reuse-port"], 2, sizes),
    ]
    try:
        for mode, extra, processes, only in modes:
            relay, relay_port = _relay(db, sink_port, extra, processes)
            try:
                for size in sizes:
                    for n_clients in clients_list:
                        if only and (n_clients != 4 or size not in only):
                            continue
                        work = [(r.emails[0], _message(r.id, r.emails[0], size, i))
                                for i, r in enumerate(picks)]
                        _log(f"{mode}: {size // 1000} KB, {n_clients} clients, "
                             f"{len(work)} messages")
                        direct = _drive(sink_port, n_clients, work)
                        through = _drive(relay_port, n_clients, work)
                        rows.append((mode, size, n_clients, through, direct))
            finally:
                _stop(relay)
    finally:
        os.kill(sink.pid, signal.SIGTERM)
        sink.join(10)

    out = ["## SMTP relay: throughput and latency", ""]
    out.append(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores shared with other jobs (load "
        f"average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} over 1 / 5 / 15 min at the "
        f"start), Python {platform.python_version()}; {time.strftime('%Y-%m-%d')}. Command: "
        f"`python benchmarks/relay_bench.py{' --quick' if quick else ''}` (or "
        f"`python benchmarks/run.py --only relay`).")
    out.append("")
    out.append(
        f"On loopback, each part its own process: an aiosmtpd sink, `misdirect relay` in front "
        f"of it ({n_customers:,} synthetic customers in SQLite, default policy, content "
        f"scanning on), and 1, 4 or 16 client processes each keeping one "
        f"SMTP connection open. {per_config:,} messages per row, each to its customer's own "
        f"address (ALLOW: checked, then sent upstream; the most expensive path). Latency is "
        f"MAIL FROM to the reply to DATA at the client. The baseline, measured in the same "
        f"run with the same clients and messages, sends straight to the sink. Added latency "
        f"= relay minus direct at the same percentile. Targets: ≥ {TARGET_RATE:.0f} "
        f"messages/s through the relay with 4 clients; p99 added latency ≤ "
        f"{TARGET_ADDED_P99_MS:.0f} ms.")
    out.append("")
    out.append("| checks run | size | clients | relay msg/s | direct msg/s | ratio | relay p50 "
               "| relay p99 | direct p50 | direct p99 | added p50 | added p99 | failed | "
               "targets met? |")
    out.append("|" + "---|" * 14)
    for mode, size, n_clients, through, direct in rows:
        added50 = through["p50"] - direct["p50"]
        added99 = through["p99"] - direct["p99"]
        met = "–"
        if n_clients == 4:
            ok = through["rate"] >= TARGET_RATE and added99 <= TARGET_ADDED_P99_MS
            met = "yes" if ok else (
                f"no ({'rate' if through['rate'] < TARGET_RATE else ''}"
                f"{' ' if through['rate'] < TARGET_RATE and added99 > TARGET_ADDED_P99_MS else ''}"
                f"{'p99' if added99 > TARGET_ADDED_P99_MS else ''})")
        out.append(
            f"| {mode} | {size // 1000} KB | {n_clients} | {through['rate']:.0f} | "
            f"{direct['rate']:.0f} | {through['rate'] / direct['rate']:.2f}× | "
            f"{through['p50']:.1f} ms | {through['p99']:.1f} ms | {direct['p50']:.1f} ms | "
            f"{direct['p99']:.1f} ms | {added50:+.1f} ms | {added99:+.1f} ms | "
            f"{int(through['failed'] + direct['failed'])} | {met} |")
    out.append("")
    out.append(
        "Ratio = relay / direct throughput (1.00× would mean the relay costs nothing). The "
        "relay does the work of a second SMTP hop (it receives the message, then sends it on) "
        "plus the check; on 2 cores it shares them with the sink and the clients. Default: the "
        "upstream send on the event loop (asyncio), the check there too when it cannot block "
        "(else in a worker thread). `--threads`: the check and the smtplib send of every "
        "message in one of 8 worker threads (the default before). `2 processes, "
        "--reuse-port`: two `misdirect relay --reuse-port` processes on the same port (each "
        "with its own index; the kernel spreads the connections), the way to use the second "
        "core, since threads share one interpreter lock.")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    print(run(quick="--quick" in sys.argv[1:]))
