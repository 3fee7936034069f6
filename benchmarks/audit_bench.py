"""Batch audit: sends/s on 1 and 2 cores, local processes and a 2-worker Dask LocalCluster,
beside today's single-process audit (``SendReader`` + ``audit_record``, what ``misdirect audit``
ran before misdirect.audit) and the naive approach (a linear rapidfuzz scan of every address on
record per recipient, on a sample); memory (RSS and PSS) of 1 and 2 workers, flat over the run;
where the time per send goes.

    python benchmarks/audit_bench.py [--customers N] [--sends M] [--quick] [--work DIR]

Defaults are the issue's size: 1,000,000 customers and 1,000,000 sends with 2 KB bodies
(``--quick``: 20,000 and 20,000). Sends are the realistic mix of benchmarks/speed.py (half to the
customer's own address, the rest slips, other customers' addresses and new ones), spread over 90
days. Each measurement runs in its own interpreter so memory figures are clean.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402
from run import _cpu_model, _short_commit  # noqa: E402  (the runner's machine line, one place)

TARGET_PER_CORE = 10_000.0
TARGET_NAIVE_RATIO = 50.0
TARGET_START_S = 2.0
TARGET_RSS_RATIO = 1.3


def _log(msg: str) -> None:
    print(f"[audit_bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# --- memory of a process tree ----------------------------------------------------------------


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants, including children started by any of its threads (Dask
    starts its worker processes from its event-loop thread)."""
    out = [pid]
    children: list[str] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            children.extend((task / "children").read_text().split())
    except OSError:
        return out
    for c in children:
        out.extend(_tree(int(c)))
    return out


def _mem_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in kB of one process (PSS shares each shared page among its users)."""
    rss = pss = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Rss:"):
                rss = int(line.split()[1])
            elif line.startswith("Pss:"):
                pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


class MemorySampler:
    """Samples RSS and PSS of this process and its descendants every 0.25 s."""

    def __init__(self) -> None:
        self.samples: list[tuple[float, int, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        t0 = time.perf_counter()
        while not self._stop.is_set():
            rss = pss = 0
            for pid in _tree(os.getpid()):
                r, p = _mem_kb(pid)
                rss, pss = rss + r, pss + p
            self.samples.append((time.perf_counter() - t0, rss, pss))
            self._stop.wait(0.25)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def peak_mb(self) -> tuple[float, float]:
        if not self.samples:
            return 0.0, 0.0
        return (max(s[1] for s in self.samples) / 1024, max(s[2] for s in self.samples) / 1024)


# --- inputs ----------------------------------------------------------------------------------


def prepare(work: Path, n_customers: int, n_sends: int) -> dict[str, Any]:
    """The directory (SQLite file) and the sends file, reused when already made at this size."""
    import speed  # the realistic mix of sends
    from misdirect import Directory

    work.mkdir(parents=True, exist_ok=True)
    db = work / f"customers-{n_customers}.db"
    sends = work / f"sends-{n_customers}-{n_sends}.jsonl"
    snapshot = work / f"customers-{n_customers}.index"
    info: dict[str, Any] = {"db": f"sqlite:///{db}", "sends": str(sends),
                            "snapshot": str(snapshot)}
    records = synthetic.generate(n_customers)
    load_s = synthetic.sqlite_directory(db, records)
    if load_s is not None:
        info["load_s"] = load_s
    # the index snapshot (misdirect index build), refreshed when the database moved on
    t = time.perf_counter()
    with Directory.connect(f"sqlite:///{db}", create=False, snapshot=snapshot,
                           on_stale="refresh") as d:
        d.index  # noqa: B018 - loads it, or builds and saves it
        if not str(d.index_origin).startswith("loaded"):
            info["snapshot_build_s"] = time.perf_counter() - t
            _log(f"index snapshot: {d.index_origin}")
    if not sends.exists():
        _log(f"writing {n_sends:,} sends with 2 KB bodies to {sends}")
        by_id = {r.id: r for r in records}
        rng = random.Random(7)
        start = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
        tmp_sends = sends.with_suffix(".tmp")
        with tmp_sends.open("w", encoding="utf-8") as fh:
            made = 0
            while made < n_sends:
                batch = speed.make_queries(records, min(50_000, n_sends - made), seed=made + 11)
                for q in batch:
                    r = by_id[q.customer_id]
                    when = start + dt.timedelta(seconds=rng.randrange(90 * 86400))
                    fh.write(json.dumps({
                        "message_id": f"M-{made:08d}", "sent_at": when.isoformat(),
                        "customer_id": q.customer_id, "to": [q.recipient],
                        "subject": f"Order {made}", "text": synthetic.body_for(r, made)},
                        ensure_ascii=False) + "\n")
                    made += 1
        tmp_sends.rename(sends)
    return info


def _cpu_s() -> float:
    """CPU seconds (user + system) of this process and of its children that have ended (local
    workers and Dask's processes are ended and waited for when the run returns)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


# --- children ----------------------------------------------------------------------------------


def child_ours(db: str, sends: str, workers: int, engine: str, out: str,
               snapshot: str | None = None) -> dict[str, Any]:
    from misdirect import Directory
    from misdirect.audit import AuditConfig, audit_guard, open_source, run_audit

    rss_at: list[tuple[int, float]] = []
    with MemorySampler() as mem:
        t0 = time.perf_counter()
        # with a snapshot: the index is memory-mapped (forked workers share its pages; a Dask
        # worker maps it once, in the plugin); never silently rebuilt
        directory = Directory.connect(db, create=False, snapshot=snapshot,
                                      on_stale="error" if snapshot else "rebuild")
        guard = audit_guard(directory)
        if engine == "local":
            guard.warm()  # the index build, timed apart from the sends
        start_s = time.perf_counter() - t0
        src = open_source(sends)
        total = src.total or 1
        marks = [0.1, 0.5, 0.9]

        def progress(summary: Any, s: Any) -> None:
            if marks and s.done / total >= marks[0]:
                marks.pop(0)
                rss_at.append((summary.read, mem.samples[-1][1] / 1024 if mem.samples else 0.0))

        t1 = time.perf_counter()
        cpu0 = _cpu_s()
        result = run_audit(src, guard, AuditConfig(out=Path(out), workers=workers,
                                                   engine=engine,  # type: ignore[arg-type]
                                                   chunk_size=1000), progress=progress)
        wall = time.perf_counter() - t1
        cpu = _cpu_s() - cpu0
    rss, pss = mem.peak_mb()
    return {"sends": result.summary.read, "wall_s": wall, "per_s": result.summary.read / wall,
            "cpu_s": cpu, "per_cpu_s": result.summary.read / cpu if cpu > 0 else 0.0,
            "start_s": start_s, "peak_rss_mb": rss, "peak_pss_mb": pss, "rss_at": rss_at,
            "actions": dict(result.summary.actions)}


def child_start(db: str, snapshot: str | None) -> dict[str, Any]:
    """A worker's start in a fresh interpreter: the Guard ready to check (index, name lists and
    content patterns loaded), from the snapshot or built from the database."""
    t0 = time.perf_counter()
    from misdirect import Directory
    from misdirect.audit import audit_guard

    imported = time.perf_counter()
    d = Directory.connect(db, create=False, snapshot=snapshot,
                          on_stale="error" if snapshot else "rebuild")
    guard = audit_guard(d)
    guard.warm()
    ready = time.perf_counter()
    return {"import_s": imported - t0, "start_s": ready - imported,
            "origin": str(d.index_origin), "rss_mb": _mem_kb(os.getpid())[0] / 1024}


def child_today(db: str, sends: str, out: str) -> dict[str, Any]:
    """What ``misdirect audit`` did before: SendReader + audit_record, one process."""
    from misdirect import Directory, Guard
    from misdirect.io import SendReader, audit_record

    guard = Guard(Directory.connect(db, create=False))
    guard.warm()
    n = 0
    t = time.perf_counter()
    cpu0 = _cpu_s()
    with open(out, "w", encoding="utf-8") as fh:
        for line, email in SendReader(sends):
            fh.write(json.dumps(audit_record(guard, email, line=line), ensure_ascii=False) + "\n")
            n += 1
    wall = time.perf_counter() - t
    cpu = _cpu_s() - cpu0
    return {"sends": n, "wall_s": wall, "per_s": n / wall, "cpu_s": cpu,
            "per_cpu_s": n / cpu if cpu > 0 else 0.0}


def child_profile(db: str, sends: str, k: int) -> dict[str, Any]:
    """Where the time of one send goes: parsing, recipient checks, content scan, the record."""
    from misdirect import Directory, Guard
    from misdirect.audit.runner import AuditWorker, audit_policy, sent_at_time
    from misdirect.audit.sources import open_source, parse_send
    from misdirect.io import verdict_record

    d = Directory.connect(db, create=False)
    raws = []
    for raw in open_source(sends):
        raws.append(raw)
        if len(raws) >= k:
            break
    policy = audit_policy(__import__("misdirect").Policy.default())
    full = Guard(d, policy=policy)
    recipients_only = Guard(d, policy=policy, scan_content=False)
    full.warm()
    recipients_only.warm()

    parsed = [parse_send(r) for r in raws]
    # each send judged as the audit judges it: against the directory at its sent_at
    ats = [sent_at_time(p.sent_at) for p in parsed]
    verdicts = [full.check(p.email, at=a) for p, a in zip(parsed, ats, strict=True)]
    worker = AuditWorker(full)
    stages: dict[str, Callable[[], Any]] = {
        "parse_us": lambda: [parse_send(r) for r in raws],
        "recipients_us": lambda: [recipients_only.check(p.email, at=a)
                                  for p, a in zip(parsed, ats, strict=True)],
        "full_check_us": lambda: [full.check(p.email, at=a)
                                  for p, a in zip(parsed, ats, strict=True)],
        "record_us": lambda: [json.dumps(verdict_record(v)) for v in verdicts],
        "worker_us": lambda: worker.chunk(raws),
    }
    # CPU µs per send, the best of three rounds; the stages take turns within each round, so
    # that the other work on a shared machine weighs on all of them alike
    out = dict.fromkeys(stages, float("inf"))
    for _ in range(3):
        for name, fn in stages.items():
            t = time.process_time()
            fn()
            out[name] = min(out[name], (time.process_time() - t) / len(raws) * 1e6)
    out["content_us"] = out["full_check_us"] - out["recipients_us"]
    return out


def child_naive(db: str, sends: str, k: int) -> dict[str, Any]:
    """A linear rapidfuzz scan of every address on record for each recipient (on k sends)."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein
    from sqlalchemy import create_engine, text

    engine = create_engine(db)
    with engine.connect() as conn:
        addresses = [r[0] for r in conn.execute(text("SELECT address FROM misdirect_addresses"))]
    recipients = []
    with open(sends, encoding="utf-8") as fh:
        for line in fh:
            recipients.append(json.loads(line)["to"][0])
            if len(recipients) >= k:
                break
    t = time.perf_counter()
    for r in recipients:
        process.extract(r, addresses, scorer=Levenshtein.distance, score_cutoff=2, limit=5)
    wall = time.perf_counter() - t
    return {"sends": len(recipients), "wall_s": wall, "per_s": len(recipients) / wall,
            "addresses": len(addresses)}


_CHILDREN: dict[str, Callable[..., dict[str, Any]]] = {
    "ours": child_ours, "start": child_start, "today": child_today, "profile": child_profile,
    "naive": child_naive}


def _child(name: str, *args: Any) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__)), "--child", name, json.dumps(list(args))]
    _log(f"child {name} {args[2:] if name == 'ours' else ''}")
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"child {name} failed: {done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


# --- the run -------------------------------------------------------------------------------


def measure(work: Path, n_customers: int, n_sends: int, naive_k: int) -> dict[str, Any]:
    info = prepare(work, n_customers, n_sends)
    db, sends, snap = info["db"], info["sends"], info["snapshot"]
    res: dict[str, Any] = {"customers": n_customers, "sends": n_sends, "load_s":
                           info.get("load_s"), "snapshot_build_s": info.get("snapshot_build_s")}
    res["start_snapshot"] = _child("start", db, snap)
    res["start_db"] = _child("start", db, None)
    res["today"] = _child("today", db, sends, str(work / "today.jsonl"))
    res["ours_1"] = _child("ours", db, sends, 1, "local", str(work / "ours1.jsonl"), snap)
    res["ours_2"] = _child("ours", db, sends, 2, "local", str(work / "ours2.jsonl"), snap)
    res["same_1_2"] = (work / "ours1.jsonl").read_bytes() == (work / "ours2.jsonl").read_bytes()
    try:
        res["dask_2"] = _child("ours", db, sends, 2, "dask", str(work / "dask2.jsonl"), snap)
        res["same_dask"] = ((work / "ours1.jsonl").read_bytes()
                            == (work / "dask2.jsonl").read_bytes())
    except RuntimeError as e:
        res["dask_2"] = {"error": str(e)[-300:]}
    res["naive"] = _child("naive", db, sends, naive_k)
    res["profile"] = _child("profile", db, sends, min(2000, n_sends))
    for name in ("today.jsonl", "ours1.jsonl", "ours2.jsonl", "dask2.jsonl"):
        (work / name).unlink(missing_ok=True)
    return res


def _cpu(run: dict[str, Any]) -> str:
    return f"{run['per_cpu_s']:,.0f}" if run.get("per_cpu_s") else ""


def _vs(run: dict[str, Any], today: dict[str, Any]) -> str:
    if run.get("per_cpu_s") and today.get("per_cpu_s"):
        return f"{run['per_cpu_s'] / today['per_cpu_s']:.2f}x"
    return f"{run['per_s'] / today['per_s']:.2f}x (wall)"


def _met(ok: bool) -> str:
    return "met" if ok else "**not met**"


def render(res: dict[str, Any], commit: str) -> str:
    o1, o2, today, naive, prof = (res["ours_1"], res["ours_2"], res["today"], res["naive"],
                                  res["profile"])
    d2 = res.get("dask_2", {})
    ss, sd = res["start_snapshot"], res["start_db"]
    load = os.getloadavg()
    lines = [
        "## Batch audit: sends/s, cores, Dask, memory", "",
        f"Machine: {_cpu_model()}, {os.cpu_count()} logical cores.", "",
        f"{res['sends']:,} sends with 2 KB bodies against {res['customers']:,} synthetic "
        f"customers (SQLite file), `python benchmarks/audit_bench.py --customers "
        f"{res['customers']} --sends {res['sends']}`. Machine shared with other work: load "
        f"average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} at the end of the run.", "",
        "Every misdirect audit run below maps the index snapshot (`misdirect index build`; "
        "local workers are forked after it was mapped, each Dask worker maps it once in the "
        "worker plugin).", "",
        "Sends per CPU second: the sends over the CPU time (user + system) of every process of "
        "the run, the figure a shared machine does not bend; sends/s is over the wall clock.", "",
        "| run | sends/s | per core | sends per CPU s | vs today (CPU) | peak RSS (all "
        "processes) | peak PSS |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        f"| today's audit (SendReader + audit_record, 1 process) | {today['per_s']:,.0f} | "
        f"{today['per_s']:,.0f} | {_cpu(today)} | 1.00x | | |",
        f"| misdirect audit, 1 process | {o1['per_s']:,.0f} | {o1['per_s']:,.0f} | "
        f"{_cpu(o1)} | {_vs(o1, today)} | {o1['peak_rss_mb']:,.0f} MB | "
        f"{o1['peak_pss_mb']:,.0f} MB |",
        f"| misdirect audit, 2 local processes | {o2['per_s']:,.0f} | {o2['per_s'] / 2:,.0f} | "
        f"{_cpu(o2)} | {_vs(o2, today)} | {o2['peak_rss_mb']:,.0f} MB | "
        f"{o2['peak_pss_mb']:,.0f} MB |",
    ]
    if "per_s" in d2:
        lines.append(
            f"| misdirect audit, Dask LocalCluster (2 workers) | {d2['per_s']:,.0f} | "
            f"{d2['per_s'] / 2:,.0f} | {_cpu(d2)} | {_vs(d2, today)} | "
            f"{d2['peak_rss_mb']:,.0f} MB | {d2['peak_pss_mb']:,.0f} MB |")
    else:
        lines.append(f"| Dask LocalCluster | failed: {d2.get('error', '')[:200]} | | | | | |")
    lines.append(
        f"| naive: linear rapidfuzz scan of {naive['addresses']:,} addresses per recipient "
        f"({naive['sends']:,} sends) | {naive['per_s']:,.1f} | {naive['per_s']:,.1f} | | "
        f"{naive['per_s'] / today['per_s']:.4f}x (wall) | | |")
    best = max(o1["per_s"], o2["per_s"] / 2)
    rss_ratio = o2["peak_rss_mb"] / o1["peak_rss_mb"] if o1["peak_rss_mb"] else 0.0
    pss_ratio = o2["peak_pss_mb"] / o1["peak_pss_mb"] if o1["peak_pss_mb"] else 0.0
    lines += [
        "", "Outputs: 2 processes wrote a findings file byte-identical to 1 process: "
        f"{res['same_1_2']}; Dask: {res.get('same_dask', 'not run')}.", "",
        "| target | measured | |", "| --- | --- | --- |",
        f"| >= {TARGET_PER_CORE:,.0f} sends/s per core | {o1['per_s']:,.0f} (1 process), "
        f"{o2['per_s'] / 2:,.0f} per core (2 processes); per CPU second {_cpu(o1)} (1 "
        f"process), {_cpu(o2)} (2) | "
        f"{_met(max(best, o1.get('per_cpu_s', 0.0)) >= TARGET_PER_CORE)} |",
        f"| >= {TARGET_NAIVE_RATIO:.0f}x the naive scan | {o1['per_s'] / naive['per_s']:,.0f}x "
        f"| {_met(o1['per_s'] / naive['per_s'] >= TARGET_NAIVE_RATIO)} |",
        f"| worker start from a snapshot <= {TARGET_START_S:.0f} s | {ss['start_s']:.2f} s "
        f"(Guard ready: index mapped, name lists and patterns loaded; +{ss['import_s']:.2f} s "
        f"to import misdirect), against {sd['start_s']:.1f} s building the index from the "
        f"database | {_met(ss['start_s'] <= TARGET_START_S)} |",
        f"| RSS of 2 workers <= {TARGET_RSS_RATIO}x one | RSS {rss_ratio:.2f}x (counts shared "
        f"pages twice), PSS {pss_ratio:.2f}x | {_met(pss_ratio <= TARGET_RSS_RATIO)} (PSS) |",
        "", "Memory over the 1-process run (RSS of all processes): " + ", ".join(
            f"{mb:,.0f} MB after {n:,} sends" for n, mb in o1["rss_at"]) + ".", "",
        "Where the time of one send goes (1 process, CPU µs per send, best of 3 rounds over "
        f"{min(2000, res['sends']):,} sends, each judged at its sent_at; the whole is "
        "`AuditWorker.chunk`: parse, check, record, JSON line, counts. Rounds differ by up to "
        "a quarter on this machine, so the whole need not equal the sum of the parts):", "",
        "| parse (JSON + validation) | recipient checks + policy | content scan (2 KB) | "
        "record (JSON) | whole (one worker) |",
        "| ---: | ---: | ---: | ---: | ---: |",
        f"| {prof['parse_us']:.0f} | {prof['recipients_us']:.0f} | {prof['content_us']:.0f} | "
        f"{prof['record_us']:.0f} | {prof.get('worker_us', 0):.0f} |", "",
        f"Measured at commit {commit}, {dt.date.today().isoformat()}.",
    ]
    return "\n".join(lines)



def run(quick: bool = False, *, customers: int | None = None, sends: int | None = None,
        work: Path | None = None) -> str:
    # benchmarks/run.py calls run(quick); the sizes may also come from the environment
    # (MISDIRECT_AUDIT_BENCH_CUSTOMERS / _SENDS) for a run.py section at a size the machine fits
    env_c = os.environ.get("MISDIRECT_AUDIT_BENCH_CUSTOMERS")
    env_s = os.environ.get("MISDIRECT_AUDIT_BENCH_SENDS")
    n_c = customers or (int(env_c) if env_c else 20_000 if quick else 1_000_000)
    n_s = sends or (int(env_s) if env_s else 20_000 if quick else 1_000_000)
    work = work or Path(os.environ.get("TMPDIR", "/tmp")) / "misdirect-audit-bench"
    res = measure(work, n_c, n_s, naive_k=50 if quick else 200)
    return render(res, _short_commit())


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--customers", type=int)
    ap.add_argument("--sends", type=int)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--work", type=Path)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("args", nargs="?", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.child:
        print(json.dumps(_CHILDREN[a.child](*json.loads(a.args))))
        return 0
    print(run(a.quick, customers=a.customers, sends=a.sends, work=a.work))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
