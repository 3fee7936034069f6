"""Speed of the recipient checks at directory scale, beside naive baselines run alongside.

``run(quick)`` returns the Markdown section ``## Recipient checks: speed``. It generates a synthetic
directory (`benchmarks/synthetic.py`; 1,000,000 customers, quick: 50,000), loads it into a SQLite
file and into PostgreSQL through `Directory.upsert`, then measures each phase in a fresh child
process so that memory figures are clean and nothing is shared by accident:

* ``index``: index build from the database (`Directory.refresh()`), `MailboxIndex.nbytes`, RSS
  growth; `Guard.check` latency with and without content scanning; `directory.get` (the DB read
  content scanning does per check); `index.near` alone; our `near()` on the baseline queries.
* ``rapidfuzz``: ``process.extract(q, keys, scorer=Levenshtein.distance, score_cutoff=2,
  limit=None)`` per query, a full scan: the naive baseline, and the brute-force reference for the
  correctness check of ``near()``.
* ``symspellpy``: SymSpell (prefix length 7, max edit distance 2): build time, RSS growth, lookups.

Run it through ``python benchmarks/run.py --only speed``, or alone: ``python benchmarks/speed.py``.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import pickle
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402

__all__ = ["Config", "measure", "render", "run"]

PG_URL_DEFAULT = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
# Per run: two runs at once (another session's smoke or quick run) must not share tables.
# One schema per run, named by the parent and inherited by its child processes (each phase runs
# in a fresh interpreter, whose own pid would name another, empty schema).
PG_SCHEMA = os.environ.setdefault("MISDIRECT_BENCH_PG_SCHEMA", f"misdirect_bench_{os.getpid()}")

#: The realistic mix of recipients, as shares of the queries.
MIX: tuple[tuple[str, float], ...] = (
    ("own", 0.50),             # the customer's own address: by far the common case
    ("typo_of_own", 0.15),     # a slip of it
    ("other_customer", 0.10),  # another customer's address
    ("slip_of_other", 0.10),   # a slip of another customer's address
    ("new_address", 0.15),     # a new address nobody has on record
)


@dataclass(frozen=True)
class Config:
    customers: int
    queries: int            # Guard.check latency, per configuration
    rapidfuzz_queries: int  # full scans are slow: ~40 ms each at 1M
    symspell_queries: int
    build_repeats: int
    get_queries: int
    postgres: bool = True
    symspell: bool = True
    seed: int = 20240607

    @classmethod
    def for_run(cls, quick: bool) -> Config:
        if quick:
            return cls(customers=50_000, queries=2_000, rapidfuzz_queries=50,
                       symspell_queries=1_000, build_repeats=3, get_queries=1_000)
        return cls(customers=1_000_000, queries=20_000, rapidfuzz_queries=50,
                   symspell_queries=1_000, build_repeats=3, get_queries=2_000)


def _log(msg: str) -> None:
    print(f"[speed {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# --- measuring helpers --------------------------------------------------------------------------

def _status_kb(field_name: str) -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field_name + ":"):
                return int(line.split()[1])
    return 0


def _rss_mb() -> float:
    gc.collect()
    return _status_kb("VmRSS") / 1024


def _reset_peak() -> None:
    """Reset VmHWM to the current RSS (Linux >= 4.0), so the peak of one phase can be read."""
    try:
        with open(f"/proc/{os.getpid()}/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def _peak_mb() -> float:
    return _status_kb("VmHWM") / 1024


def _pcts(ns: Sequence[int]) -> dict[str, float]:
    """p50, p90, p99 and mean in microseconds."""
    if not ns:
        return {}
    s = sorted(ns)

    def q(p: float) -> float:
        return s[min(len(s) - 1, int(p * len(s)))] / 1000

    return {"p50": q(0.50), "p90": q(0.90), "p99": q(0.99), "mean": statistics.fmean(s) / 1000,
            "n": len(s)}


def _per_call(fn: Callable[[Any], Any], args: Sequence[Any]) -> dict[str, float]:
    """Percentiles of ``fn(arg)`` over ``args``, each call timed on its own."""
    clock = time.perf_counter_ns
    ns = []
    for arg in args:
        t0 = clock()
        fn(arg)
        ns.append(clock() - t0)
    return _pcts(ns)


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


# --- queries ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Query:
    kind: str
    customer_id: str
    full_name: str
    city: str
    recipient: str


def make_queries(records: Sequence[synthetic.Record], k: int, seed: int) -> list[Query]:
    """``k`` sends of the realistic mix, each about a random customer."""
    rng = random.Random(seed)
    kinds = [name for name, _ in MIX]
    picks = rng.choices(kinds, weights=[w for _, w in MIX], k=k)
    fresh = iter(synthetic.new_addresses(k, seed=seed + 1))
    out: list[Query] = []
    for kind in picks:
        me = records[rng.randrange(len(records))]
        other = records[rng.randrange(len(records))]
        if kind == "own":
            to = rng.choice(me.emails)
        elif kind == "typo_of_own":
            to = synthetic.slip(rng.choice(me.emails), rng)
        elif kind == "other_customer":
            to = rng.choice(other.emails)
        elif kind == "slip_of_other":
            to = synthetic.slip(rng.choice(other.emails), rng)
        else:
            to = next(fresh)
        out.append(Query(kind, me.id, me.full_name, me.city, to))
    return out


# --- the parent: generate, load, spawn children, render ------------------------------------------

@dataclass
class Results:
    config: Config
    generate_s: float = 0.0
    addresses: int = 0
    domains: int = 0
    load: dict[str, dict[str, Any]] = field(default_factory=dict)  # backend -> figures or error
    index: dict[str, dict[str, Any]] = field(default_factory=dict)  # backend -> child output
    rapidfuzz: dict[str, Any] = field(default_factory=dict)
    symspell: dict[str, Any] = field(default_factory=dict)
    correctness: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def _one_line(e: BaseException) -> str:
    """An error as one short line: it goes into a Markdown table cell."""
    text = (str(e).strip().splitlines() or [""])[0]
    return f"{type(e).__name__}: {text}"[:200].replace("|", "/")


def _pg_url() -> str:
    return os.environ.get("MISDIRECT_BENCH_POSTGRES_URL", PG_URL_DEFAULT)


def _pg_options() -> dict[str, Any]:
    # An isolated schema: the tests' tables in the same database are never touched.
    return {"connect_args": {"options": f"-csearch_path={PG_SCHEMA}", "connect_timeout": 5}}


def _pg_reset_schema(drop_only: bool = False) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(_pg_url(), connect_args={"connect_timeout": 5})
    try:
        with engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {PG_SCHEMA} CASCADE"))
            if not drop_only:
                conn.execute(text(f"CREATE SCHEMA {PG_SCHEMA}"))
    finally:
        engine.dispose()


def _load(url: str, records: Sequence[synthetic.Record], **options: Any) -> dict[str, Any]:
    from misdirect import Directory

    directory = Directory.connect(url, **options)
    try:
        wall, report = _timed(lambda: directory.upsert(synthetic.customers(records)))
        return {"wall_s": wall, "per_s": len(records) / wall, "inserted": report.inserted,
                "addresses": report.addresses, "invalid": len(report.invalid_addresses)}
    finally:
        directory.close()


def _child(phase: str, work: Path, *args: str) -> dict[str, Any]:
    """Run one phase in a fresh interpreter; its last stdout line is JSON."""
    cmd = [sys.executable, str(Path(__file__)), "--child", phase, "--work", str(work), *args]
    _log(f"child {phase} {' '.join(a for a in args if not a.startswith('{'))}")
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=None, text=True, check=False)
    lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
    if proc.returncode != 0 or not lines:
        return {"error": f"child {phase} exited with {proc.returncode}"}
    try:
        return json.loads(lines[-1])  # type: ignore[no-any-return]
    except json.JSONDecodeError:
        return {"error": f"child {phase} printed no result: {lines[-1][:200]}"}


def measure(config: Config) -> Results:
    res = Results(config)
    work = Path(tempfile.mkdtemp(prefix="misdirect-speed-"))
    try:
        _log(f"generating {config.customers:,} customers")
        res.generate_s, records = _timed(lambda: synthetic.generate(config.customers,
                                                                    seed=config.seed))
        res.addresses = sum(len(r.emails) for r in records)
        res.domains = len({e.rpartition("@")[2] for r in records for e in r.emails})
        queries = make_queries(records, config.queries + 200, config.seed + 7)
        with open(work / "queries.pkl", "wb") as f:
            pickle.dump(queries, f)

        _log("loading into SQLite")
        sqlite_url = f"sqlite:///{work / 'bench.db'}"
        try:
            res.load["SQLite"] = _load(sqlite_url, records)
        except Exception as e:  # noqa: BLE001 - reported in RESULTS.md
            res.load["SQLite"] = {"error": _one_line(e)}
        if config.postgres:
            _log("loading into PostgreSQL")
            try:
                _pg_reset_schema()
                res.load["PostgreSQL"] = _load(_pg_url(), records, **_pg_options())
            except Exception as e:  # noqa: BLE001
                res.load["PostgreSQL"] = {"error": _one_line(e)}
        del records
        gc.collect()

        cfg = json.dumps(config.__dict__)
        if "error" not in res.load["SQLite"]:
            res.index["SQLite"] = _child("index", work, "--backend", "sqlite", "--config", cfg)
        if config.postgres and "error" not in res.load.get("PostgreSQL", {"error": 1}):
            res.index["PostgreSQL"] = _child("index", work, "--backend", "postgres",
                                             "--config", cfg)
        if "error" not in res.load["SQLite"]:
            res.rapidfuzz = _child("rapidfuzz", work, "--config", cfg)
            if config.symspell:
                res.symspell = _child("symspell", work, "--config", cfg)
        res.correctness = _compare(res.index.get("SQLite", {}), res.rapidfuzz)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if config.postgres:
            with contextlib.suppress(Exception):  # unreachable server: nothing to drop
                _pg_reset_schema(drop_only=True)
    for name, part in [*(("load " + k, v) for k, v in res.load.items()),
                       *(("index " + k, v) for k, v in res.index.items()),
                       ("rapidfuzz", res.rapidfuzz), ("symspellpy", res.symspell)]:
        if isinstance(part, dict) and "error" in part:
            res.errors.append(f"{name}: {part['error']}")
    return res


def _compare(ours: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
    """Our near() (same domain) against the brute force: every key within OSA distance 1
    (Levenshtein <= 1, or an adjacent swap), found by a full rapidfuzz scan."""
    if "near_sets" not in ours or "hits" not in theirs:
        return {}
    missing = extra = lev1_missing = candidates = 0
    for q, our_keys in ours["near_sets"].items():
        hits = theirs["hits"].get(q, [])
        truth = {k for k, _lev, osa in hits if osa <= 1}
        lev1 = {k for k, lev, _osa in hits if lev <= 1}
        mine = set(our_keys)
        candidates += len(truth)
        missing += len(truth - mine)
        extra += len(mine - truth)
        lev1_missing += len(lev1 - mine)
    return {"queries": len(ours["near_sets"]), "candidates": candidates, "missing": missing,
            "extra": extra, "lev1_missing": lev1_missing}


# --- children -------------------------------------------------------------------------------------

def _open_directory(backend: str, work: Path) -> Any:
    from misdirect import Directory

    if backend == "sqlite":
        return Directory.connect(f"sqlite:///{work / 'bench.db'}", create=False)
    return Directory.connect(_pg_url(), create=False, **_pg_options())


def _emails(queries: Sequence[Query]) -> list[Any]:
    from misdirect import OutboundEmail

    out = []
    for i, q in enumerate(queries):
        rec = synthetic.Record(q.customer_id, q.full_name, (), q.city, "")
        out.append(OutboundEmail(customer_id=q.customer_id, to=[q.recipient],
                                 subject=f"Order confirmation #{100000 + i}",
                                 text=synthetic.body_for(rec, 100000 + i),
                                 kind="order_confirmation"))
    return out


def _latencies(check: Callable[[Any], Any], emails: Sequence[Any], kinds: Sequence[str],
               warmup: int) -> dict[str, Any]:
    for e in emails[:warmup]:
        check(e)
    ns: list[int] = []
    actions: dict[str, Counter[str]] = {}
    per_kind: dict[str, list[int]] = {}
    clock = time.perf_counter_ns
    for e, kind in zip(emails[warmup:], kinds[warmup:], strict=True):
        t0 = clock()
        verdict = check(e)
        dt = clock() - t0
        ns.append(dt)
        per_kind.setdefault(kind, []).append(dt)
        actions.setdefault(kind, Counter())[str(verdict.action)] += 1
    return {"all": _pcts(ns), "kinds": {k: _pcts(v) for k, v in per_kind.items()},
            "actions": {k: dict(v) for k, v in actions.items()}}


def child_index(backend: str, work: Path, config: Config) -> dict[str, Any]:
    from misdirect import Guard
    from misdirect.addresses import InvalidAddress, parse_address
    from misdirect.policy import Policy

    with open(work / "queries.pkl", "rb") as f:
        queries: list[Query] = pickle.load(f)
    directory = _open_directory(backend, work)
    out: dict[str, Any] = {"backend": backend}
    directory.get(queries[0].customer_id)  # connection pool warm, imports done
    rss0 = _rss_mb()
    _reset_peak()
    build_s, _ = _timed(directory.refresh)
    index = directory.index
    out["rss_growth_mb"] = _rss_mb() - rss0
    out["peak_growth_mb"] = _peak_mb() - rss0
    out["nbytes_mb"] = index.nbytes / 2**20
    builds = [build_s]
    for _ in range(config.build_repeats - 1):
        builds.append(_timed(directory.refresh)[0])
    index = directory.index
    out["build_s"] = builds
    out["customers"] = len(index)
    _log(f"{backend}: index built in {statistics.median(builds):.1f} s (median of {len(builds)}), "
         f"nbytes {out['nbytes_mb']:.0f} MB, RSS +{out['rss_growth_mb']:.0f} MB")

    emails = _emails(queries)
    kinds = [q.kind for q in queries]
    # The default policy runs undeliverable_domain in a worker thread (checks.isolate), even with
    # DNS off; "recipients_inline" shows what that hop costs.
    policy = Policy()
    inline = policy.model_copy(update={"checks": policy.checks.model_copy(update={"isolate": []})})
    configurations = (("recipients_only", False, policy), ("recipients_inline", False, inline),
                      ("default", True, policy))
    for label, scan, pol in configurations:
        guard = Guard(directory, scan_content=scan, policy=pol)
        try:
            guard.check(emails[0])
        except Exception as e:  # noqa: BLE001 - e.g. the content scanner is not there yet
            out[label] = {"error": _one_line(e)}
            continue
        out[label] = _latencies(guard.check, emails, kinds, warmup=200)
        _log(f"{backend}: Guard.check ({label}) p50 {out[label]['all']['p50']:.0f} µs, "
             f"p99 {out[label]['all']['p99']:.0f} µs")

    ids = [q.customer_id for q in queries[200:200 + config.get_queries]]
    out["get"] = _per_call(directory.get, ids)
    out["customer"] = _per_call(directory.customer, ids)
    # the record content scanning reads, served by the index
    out["record"] = _per_call(directory.record, ids)

    if backend == "sqlite":
        keys = []
        for q in queries[200:]:
            with contextlib.suppress(InvalidAddress):
                keys.append(parse_address(q.recipient).key)
        out["near"] = _per_call(index.near, keys)
        near_sets = {}
        for k in keys[:config.rapidfuzz_queries]:
            domain = k.rpartition("@")[2]
            near_sets[k] = sorted({n.key for n in index.near(k)
                                   if n.key.rpartition("@")[2] == domain})
        out["near_sets"] = near_sets
    directory.close()
    return out


def _baseline_inputs(work: Path, config: Config, k: int) -> tuple[list[str], list[str]]:
    """All mailbox keys on record (as the index has them) and the first ``k`` query keys."""
    import sqlite3

    from misdirect.addresses import InvalidAddress, parse_address

    conn = sqlite3.connect(work / "bench.db")
    keys = [k for (k,) in conn.execute("SELECT mailbox_key FROM misdirect_addresses")]
    conn.close()
    with open(work / "queries.pkl", "rb") as f:
        queries: list[Query] = pickle.load(f)
    qkeys: list[str] = []
    for q in queries[200:]:
        try:
            qkeys.append(parse_address(q.recipient).key)
        except InvalidAddress:
            continue
        if len(qkeys) >= k:
            break
    return keys, qkeys


def child_rapidfuzz(work: Path, config: Config) -> dict[str, Any]:
    from rapidfuzz import process
    from rapidfuzz.distance import OSA, Levenshtein

    keys, qkeys = _baseline_inputs(work, config, config.rapidfuzz_queries)
    process.extract(qkeys[0], keys[:1000], scorer=Levenshtein.distance, score_cutoff=2,
                    limit=None)
    ns: list[int] = []
    hits: dict[str, list[tuple[str, int, int]]] = {}
    for q in qkeys:
        t0 = time.perf_counter_ns()
        found = process.extract(q, keys, scorer=Levenshtein.distance, score_cutoff=2, limit=None)
        ns.append(time.perf_counter_ns() - t0)
        domain = q.rpartition("@")[2]
        hits[q] = [(k, int(d), int(OSA.distance(q, k))) for k, d, _i in found
                   if d > 0 and k.rpartition("@")[2] == domain]
    _log(f"rapidfuzz: p50 {statistics.median(ns) / 1e6:.1f} ms over {len(ns)} queries, "
         f"{len(keys):,} keys")
    return {"query": _pcts(ns), "keys": len(keys), "hits": hits}


def child_symspell(work: Path, config: Config) -> dict[str, Any]:
    try:
        from symspellpy import SymSpell, Verbosity
    except ImportError:
        return {"error": "symspellpy is not installed (pip install symspellpy)"}
    keys, qkeys = _baseline_inputs(work, config, config.symspell_queries)
    rss0 = _rss_mb()
    _reset_peak()
    t0 = time.perf_counter()
    sym = SymSpell(max_dictionary_edit_distance=2, prefix_length=7)
    for k in keys:
        sym.create_dictionary_entry(k, 1)
    build_s = time.perf_counter() - t0
    out: dict[str, Any] = {"build_s": build_s, "rss_growth_mb": _rss_mb() - rss0,
                           "peak_growth_mb": _peak_mb() - rss0}
    _log(f"symspellpy: built in {build_s:.1f} s, RSS +{out['rss_growth_mb']:.0f} MB")
    ns: list[int] = []
    for q in qkeys:
        t0n = time.perf_counter_ns()
        sym.lookup(q, Verbosity.ALL, max_edit_distance=2)
        ns.append(time.perf_counter_ns() - t0n)
    out["query"] = _pcts(ns)
    return out


# --- rendering ------------------------------------------------------------------------------------

def _us(x: float | None) -> str:
    if x is None:
        return "–"
    if x >= 10_000:
        return f"{x / 1000:,.0f} ms"
    if x >= 1000:
        return f"{x / 1000:,.2f} ms"
    return f"{x:,.0f} µs"


def _ratio(ours: float | None, theirs: float | None) -> str:
    if not ours or not theirs:
        return "–"
    r = ours / theirs
    return f"{r:.3f}×" if r < 0.1 else f"{r:.2f}×"


def _met(value: float | None, limit: float) -> str:
    if value is None:
        return "–"
    return "yes" if value <= limit else "**no**"


def render(res: Results) -> str:
    c = res.config
    n = c.customers
    rf = res.rapidfuzz.get("query", {})
    sy = res.symspell.get("query", {})
    rows: list[tuple[str, str, str, str, str, str]] = []
    full = n >= 1_000_000
    scale_note = "" if full else f" (target is for 1,000,000; this run has {n:,})"

    for backend, load in res.load.items():
        if "error" in load:
            rows.append((f"Load into {backend} via `Directory.upsert`", "not run: " + load["error"],
                         "–", "–", "≤ 2 min", "–"))
            continue
        rows.append((f"Load into {backend} via `Directory.upsert` ({n:,} customers, "
                     f"{load['addresses']:,} addresses)",
                     f"{load['wall_s']:,.0f} s ({load['per_s']:,.0f} customers/s)", "–", "–",
                     *(("≤ 2 min" + scale_note, _met(load["wall_s"], 120) if full else "–")
                       if backend == "SQLite" else ("stated (the target is SQLite's)", "–"))))

    for backend, ix in res.index.items():
        if "error" in ix:
            rows.append((f"Index from {backend}", "failed: " + ix["error"], "–", "–", "–", "–"))
            continue
        build = statistics.median(ix["build_s"])
        sym_build = res.symspell.get("build_s") if backend == "SQLite" else None
        rows.append((f"Index build from {backend} (`refresh()`, median of {len(ix['build_s'])})",
                     f"{build:,.1f} s", f"symspellpy build {sym_build:,.1f} s" if sym_build
                     else "–", _ratio(build, sym_build), "–", "–"))
        if backend == "SQLite":
            sym_mem = res.symspell.get("rss_growth_mb")
            rows.append(("Index memory: `MailboxIndex.nbytes`", f"{ix['nbytes_mb']:,.0f} MB", "–",
                         "–", "≤ 500 MB", _met(ix["nbytes_mb"], 500)))
            rows.append(("Index memory: process RSS growth (peak during build)",
                         f"{ix['rss_growth_mb']:,.0f} MB (peak +{ix['peak_growth_mb']:,.0f} MB)",
                         f"symspellpy +{sym_mem:,.0f} MB (peak +"
                         f"{res.symspell['peak_growth_mb']:,.0f} MB)" if sym_mem else "–",
                         _ratio(ix["rss_growth_mb"], sym_mem), "≤ 500 MB",
                         _met(ix["rss_growth_mb"], 500)))
            near = ix.get("near", {})
            for pct, name, base in (("p50", "rapidfuzz extract", rf),
                                    ("p50", "symspellpy lookup", sy),
                                    ("p99", "symspellpy lookup", sy)):
                rows.append((f"`index.near` {pct}", _us(near.get(pct)),
                             f"{name} {_us(base.get(pct))}",
                             _ratio(near.get(pct), base.get(pct)), "–", "–"))
        for label, title in (("recipients_only", "recipient checks only, `scan_content=False`"),
                             ("recipients_inline", "recipient checks only, policy "
                              "`checks.isolate = []`"),
                             ("default", "default Guard, content scan of a ~2 KB body")):
            part = ix.get(label, {})
            if "error" in part:
                rows.append((f"`Guard.check` {backend}, {title}", "not measured: " + part["error"],
                             "–", "–", "p50 ≤ 100 µs, p99 ≤ 1 ms", "–"))
                continue
            a = part.get("all", {})
            rows.append((f"`Guard.check` p50, {backend}, {title}", _us(a.get("p50")),
                         f"rapidfuzz scan {_us(rf.get('p50'))}",
                         _ratio(a.get("p50"), rf.get("p50")),
                         # issue 2's p50 target is for the recipient checks; issue 3 sets its
                         # own (≤ 100 µs for the scan of a typical 2 KB message, content section)
                         *(("≤ 100 µs", _met(a.get("p50"), 100)) if label != "default" else
                           ("none combined (recipients ≤ 100 µs here, the scan ≤ 100 µs in the "
                            "content section)", "–"))))
            rows.append((f"`Guard.check` p90, {backend}, {title}", _us(a.get("p90")), "–", "–",
                         "–", "–"))
            rows.append((f"`Guard.check` p99, {backend}, {title}", _us(a.get("p99")),
                         f"rapidfuzz scan {_us(rf.get('p99'))}",
                         _ratio(a.get("p99"), rf.get("p99")),
                         "≤ 1 ms", _met(a.get("p99"), 1000)))
        rec = ix.get("record")
        if rec:
            rows.append((f"`directory.record` (what content scanning reads; from the index), "
                         f"{backend} p50 / p99", f"{_us(rec.get('p50'))} / {_us(rec.get('p99'))}",
                         "–", "–", "–", "–"))
        g = ix.get("get", {})
        rows.append((f"`directory.get` (full record, a database read), {backend} p50 / p99",
                     f"{_us(g.get('p50'))} / {_us(g.get('p99'))}", "–", "–", "–", "–"))

    corr = res.correctness
    if corr:
        ok = corr["missing"] == 0 and corr["extra"] == 0
        rows.append(("`near()` vs brute force on the baseline queries (same domain): missing / "
                     "extra candidates",
                     f"{corr['missing']} / {corr['extra']} of {corr['candidates']} "
                     f"({corr['queries']} queries)", "rapidfuzz full scan", "–", "0 / 0",
                     "yes" if ok else "**no**"))

    out = ["## Recipient checks: speed", ""]
    out.append(f"Synthetic directory (`benchmarks/synthetic.py`): {n:,} customers, "
               f"{res.addresses:,} addresses ({res.addresses / max(n, 1):.2f} per customer), "
               f"{res.domains:,} domains; generated in {res.generate_s:.0f} s. Latencies are "
               f"in-process, without DNS, over {c.queries:,} sends (after 200 warm-up sends) of "
               "the mix " + ", ".join(f"{k} {w:.0%}" for k, w in MIX) + "; each send has one "
               "recipient and a ~2 KB order-confirmation body. Baselines ran in this run, on the "
               f"same mailbox keys: rapidfuzz over {rf.get('n', 0)} queries (a full scan each), "
               f"symspellpy over {sy.get('n', 0)}. Ratio = ours / baseline (below 1 is better "
               "for us). Each phase ran in a fresh process.")
    out += ["", "| metric | ours | baseline | ratio | target | met? |",
            "| --- | --- | --- | --- | --- | --- |"]
    out += ["| " + " | ".join(r) + " |" for r in rows]

    # detail: per kind
    for backend, ix in res.index.items():
        part = ix.get("recipients_only", {})
        if "kinds" not in part:
            continue
        out += ["", f"`Guard.check` by kind of recipient ({backend}, recipient checks only, "
                "default policy; the default Guard with content scanning in brackets):", "",
                "| recipient | share | p50 | p99 | actions |", "| --- | --- | --- | --- | --- |"]
        dflt = ix.get("default", {}).get("kinds", {})
        for kind, share in MIX:
            k = part["kinds"].get(kind, {})
            d = dflt.get(kind, {})
            acts = ", ".join(f"{a} {cnt}" for a, cnt in sorted(part["actions"].get(kind, {})
                                                                .items()))
            extra = f" [{_us(d.get('p50'))}]" if d else ""
            extra99 = f" [{_us(d.get('p99'))}]" if d else ""
            out.append(f"| {kind} | {share:.0%} | {_us(k.get('p50'))}{extra} | "
                       f"{_us(k.get('p99'))}{extra99} | {acts} |")

    has_record = any("record" in ix for ix in res.index.values())
    out += ["", "What touches the database per check: nothing for the recipient checks (the "
            "customer, owners, near addresses and namesakes all come from the in-memory index; "
            "no `refresh_interval` is set). "
            + ("Content scanning reads the customer's record through `Directory.record`, which "
               "the index serves without a database read (row above); `directory.get`, the full "
               "record read from the database (two queries), is timed for comparison: it is what "
               "each content-scanned check would cost if it went to the database."
               if has_record else
               "Content scanning calls `Directory.get` for the full customer record, two queries "
               "per check; its cost is the `directory.get` row above."),
            "",
            "`checks.isolate = []`: the same Guard with every check run inline, none in a worker "
            "thread (the default policy isolates `undeliverable_domain`, the DNS check, so that "
            "a slow answer can be abandoned at its budget). Without a resolver the two rows "
            "should agree; a gap between them is the cost of the thread hand-off."]
    if corr:
        out.append("")
        out.append(f"Correctness: on {corr['queries']} baseline queries, `near()` restricted to "
                   "the query's domain was compared with every key a rapidfuzz full scan finds "
                   "within OSA distance 1 (Levenshtein ≤ 1, or two swapped neighbours, which "
                   f"`near()` counts as one slip): {corr['missing']} missing, {corr['extra']} "
                   f"extra; of the Levenshtein ≤ 1 keys, {corr['lev1_missing']} missing.")
    if res.errors:
        out += ["", "Errors:", ""] + [f"- {e}" for e in res.errors]
    return "\n".join(out) + "\n"


def run(quick: bool = False) -> str:
    """The Markdown section `## Recipient checks: speed` (quick: 50,000 customers)."""
    return render(measure(Config.for_run(quick)))


def _main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--child")
    parser.add_argument("--work", type=Path)
    parser.add_argument("--backend", default="sqlite")
    parser.add_argument("--config")
    ns = parser.parse_args(argv)
    if ns.child:
        config = Config(**json.loads(ns.config))
        if ns.child == "index":
            result = child_index(ns.backend, ns.work, config)
        elif ns.child == "rapidfuzz":
            result = child_rapidfuzz(ns.work, config)
        elif ns.child == "symspell":
            result = child_symspell(ns.work, config)
        else:
            parser.error(f"unknown child {ns.child}")
        print(json.dumps(result))
        return 0
    print(run(quick=ns.quick))
    return 0


if __name__ == "__main__":
    sys.exit(_main())
