"""`Guard.check_message` on a ~2 KB MIME message, at 200,000 and 1,000,000 customers.

    python benchmarks/mime_bench.py [--quick]         # or: python benchmarks/run.py --only mime

One SQLite directory of synthetic customers (`benchmarks/synthetic.py`), loaded to 200,000, measured,
then grown to 1,000,000 and measured again (quick: 20,000 and 50,000). At each size, in one process
with a warm index, the same messages (an order confirmation with a ~2 KB text part, to the
customer's own address: ALLOW) go through:

* ``check_message(EmailMessage)``: a message the application built (``set_content``);
* ``check_message(bytes)``: the same message as SMTP DATA bytes (what the relay gets);
* the baseline a user would otherwise write: parse with the stdlib (``BytesParser`` with
  ``email.policy.default`` for bytes; the registry's headers for an `EmailMessage`), take To, Cc,
  Bcc, the subject and the text body with ``get_body().get_content()``, and call `Guard.check` on
  an `OutboundEmail` of those fields (which reads fewer headers, skips HTML parts at other
  nestings, does no redaction back into the MIME and no header-injection checks);
* `Guard.check` alone on the extracted `OutboundEmail`: the floor.

Per call timings (``perf_counter_ns``), interleaved round-robin so that load on the shared machine
hits every variant alike; p50 and p99.
"""

from __future__ import annotations

import gc
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402

TARGET_P50_US = 150.0
_LINESEP = default_policy.clone(linesep="\r\n")


def _log(msg: str) -> None:
    print(f"[mime {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def message_for(record: synthetic.Record, order: int) -> EmailMessage:
    """An order confirmation to the customer's own address with a ~2 KB text part."""
    msg = EmailMessage()
    msg["From"] = "Shop <orders@shop.example>"
    msg["To"] = f"{record.full_name} <{record.emails[0]}>" if order % 2 else record.emails[0]
    msg["Subject"] = f"Your order #{order}"
    msg["Message-ID"] = f"<order-{order}@shop.example>"
    msg["Date"] = "Thu, 03 Dec 2026 12:00:00 +0000"
    msg["X-Customer-Id"] = record.id
    msg.set_content(synthetic.body_for(record, order))
    return msg


def baseline_fields(msg: EmailMessage) -> Any:
    """What a user would write without check_message: the registry's headers, the text body."""
    from misdirect import OutboundEmail

    def addrs(name: str) -> list[str]:
        header = msg[name]
        return [a.addr_spec for a in header.addresses] if header is not None else []

    body = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    return OutboundEmail(customer_id=str(msg["X-Customer-Id"]), to=addrs("To"), cc=addrs("Cc"),
                         bcc=addrs("Bcc"), subject=str(msg["Subject"] or ""),
                         text=body.get_content() if body is not None else None,
                         html=html.get_content() if html is not None else None)


def _pct(values: list[int], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))] / 1000.0


def measure(guard: Any, records: list[synthetic.Record], n: int, seed: int
            ) -> dict[str, dict[str, float]]:
    rng = random.Random(seed)
    picks = [rng.choice(records) for _ in range(n)]
    msgs = [message_for(r, 100_000 + i) for i, r in enumerate(picks)]
    raws = [m.as_bytes(policy=_LINESEP) for m in msgs]
    parser = BytesParser(policy=default_policy)
    extracted = [baseline_fields(m) for m in msgs]
    for mv in (guard.check_message(msgs[0]), guard.check_message(raws[0])):
        assert mv.action.value == "allow", mv.explain()

    variants: dict[str, Callable[[int], Any]] = {
        "check_message(EmailMessage)": lambda i: guard.check_message(msgs[i]),
        "check_message(bytes)": lambda i: guard.check_message(raws[i]),
        "baseline: registry headers + get_body + Guard.check": lambda i: guard.check(
            baseline_fields(msgs[i])),
        "baseline: BytesParser(policy.default) + get_body + Guard.check": lambda i: guard.check(
            baseline_fields(parser.parsebytes(raws[i]))),  # type: ignore[arg-type]
        "Guard.check alone (the extracted fields)": lambda i: guard.check(extracted[i]),
    }
    for fn in variants.values():  # warm every path
        for i in range(min(200, n)):
            fn(i)
    times: dict[str, list[int]] = {name: [] for name in variants}
    gc.collect()
    gc.disable()
    try:
        for i in range(n):
            for name, fn in variants.items():
                t = time.perf_counter_ns()
                fn(i)
                times[name].append(time.perf_counter_ns() - t)
    finally:
        gc.enable()
    size = statistics.median(len(r) for r in raws)
    return {name: {"p50": _pct(v, 50), "p99": _pct(v, 99), "bytes": size}
            for name, v in times.items()}


def run(quick: bool = False) -> str:
    from misdirect import Directory, Guard

    sizes = (20_000, 50_000) if quick else (200_000, 1_000_000)
    n = 500 if quick else 3_000
    load_start = os.getloadavg()
    _log(f"generating {sizes[-1]:,} synthetic customers")
    records = synthetic.generate(sizes[-1])
    tmp = Path(tempfile.mkdtemp(prefix="misdirect-mime-bench-"))
    url = f"sqlite:///{tmp / 'customers.db'}"
    directory = Directory.connect(url)
    results: list[tuple[int, dict[str, dict[str, float]], float]] = []
    loaded = 0
    try:
        for size in sizes:
            _log(f"loading to {size:,} customers")
            directory.upsert(synthetic.customers(records[loaded:size]))
            loaded = size
            guard = Guard(directory)
            t = time.perf_counter()
            guard.warm()
            built = time.perf_counter() - t
            _log(f"index built in {built:.1f} s; measuring {n:,} messages x 5 variants")
            results.append((size, measure(guard, records[:size], n, seed=size), built))
            guard.close()
    finally:
        directory.close()
        for p in tmp.iterdir():
            p.unlink()
        tmp.rmdir()
    load_end = os.getloadavg()

    out = ["## MIME: check_message", ""]
    out.append(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores shared with other jobs (load "
        f"average {load_start[0]:.1f} / {load_start[1]:.1f} / {load_start[2]:.1f} over 1 / 5 / "
        f"15 min at the start, {load_end[0]:.1f} / {load_end[1]:.1f} / {load_end[2]:.1f} at the "
        f"end), Python {platform.python_version()}; {time.strftime('%Y-%m-%d')}. Command: "
        f"`python benchmarks/mime_bench.py{' --quick' if quick else ''}` (or `python "
        f"benchmarks/run.py --only mime`).")
    out.append("")
    out.append(
        f"One SQLite directory of synthetic customers, default policy (content scanning on), "
        f"warm index, in-process. {n:,} order confirmations per size (a ~2 KB text/plain part, "
        f"{results[0][1]['check_message(bytes)']['bytes']:,.0f} bytes as sent; To the "
        f"customer's own address, half of them with a display name: ALLOW), every variant on "
        f"every message, interleaved. The baselines are what a user would write without "
        f"`check_message`: the stdlib's parse (or the registry's headers of an `EmailMessage`), "
        f"To/Cc/Bcc, Subject and `get_body().get_content()` into an `OutboundEmail`, then "
        f"`Guard.check`; they read fewer headers and parts and give back no MIME. `Guard.check` "
        f"alone is the floor. Target: `check_message` p50 ≤ {TARGET_P50_US:.0f} µs at "
        f"1,000,000 customers.")
    out.append("")
    out.append("| customers | variant | p50 | p99 | vs stdlib baseline (p50) | target |")
    out.append("|---|---|---|---|---|---|")
    for size, res, _built in results:
        base = {"check_message(EmailMessage)":
                "baseline: registry headers + get_body + Guard.check",
                "check_message(bytes)":
                "baseline: BytesParser(policy.default) + get_body + Guard.check"}
        for name, r in res.items():
            ratio = (f"{r['p50'] / res[base[name]]['p50']:.2f}×" if name in base else "–")
            target = "–"
            if name in base and size == sizes[-1]:
                target = "yes" if r["p50"] <= TARGET_P50_US else "no"
            out.append(f"| {size:,} | {name} | {r['p50']:.0f} µs | {r['p99']:.0f} µs | {ratio} "
                       f"| {target} |")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    print(run(quick="--quick" in sys.argv[1:]))
