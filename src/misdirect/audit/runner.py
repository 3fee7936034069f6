"""The audit run: a source of sends -> chunks -> workers -> ordered records, counts, checkpoints.

Each chunk of raw sends goes to an `AuditWorker`, which parses every send, checks it with its
`Guard` and returns the output lines (JSONL or CSV, already serialized), the error rows, the
finding targets of flagged sends (for the baseline) and a `ChunkStats`. The runner takes chunk
results *in input order* whichever engine made them, writes them, merges the counts and
checkpoints, so that every engine writes the same bytes as a single-process run.

Engines:

* ``workers=1``: in this process.
* local processes (``workers=N``, the default is every core): a fork of this process per worker,
  made after the directory index was built here, so that workers start at once and share the
  index pages copy-on-write (where fork is not available, each worker rebuilds the index from
  the database once, from the pickled Guard).
* ``engine="dask"``: dask.distributed; a `LocalCluster` when no scheduler address is given. A
  worker plugin gives each Dask worker one Guard (its index built once per worker).

At most ``2 * workers`` chunks are in flight, and a chunk holds at most ``chunk_size`` sends and
about 16 MB of input, so memory stays flat whatever the size of the source.

Time budgets: in the live path a check that runs over its budget fails safe (``check_failed``).
An audit has no mail waiting, and a verdict must not depend on how loaded the machine was, so
`audit_guard` lifts the budgets of the inline checks to 60 s (isolated checks, i.e. DNS, keep
theirs: they wait on the network).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import gc
import io
import json
import multiprocessing as mp
import os
import pickle
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from misdirect.audit.baseline import Baseline, finding_targets
from misdirect.audit.checkpoint import Checkpoint, DurableFile, fingerprint
from misdirect.audit.sources import RawSend, Source, mime_envelope, parse_send
from misdirect.audit.summary import ChunkStats, Summary, mask_addresses_in
from misdirect.errors import ConfigurationError, InputError, UnknownCustomerError
from misdirect.guard import Guard
from misdirect.io import verdict_record
from misdirect.mime import check_message
from misdirect.models import Verdict
from misdirect.policy import Policy

__all__ = ["AuditConfig", "AuditResult", "AuditWorker", "CSV_COLUMNS", "audit_guard",
           "default_workers", "run_audit"]

OutFormat = Literal["jsonl", "csv"]
#: Columns of ``--out FINDINGS.csv`` (``codes`` joined by ``;``, ``findings`` as JSON).
CSV_COLUMNS = ("n", "position", "message_id", "sent_at", "customer_id", "action", "codes",
               "findings")
#: Inline checks' budget in an audit (see the module docstring).
AUDIT_BUDGET_MS = 60_000.0
_CHUNK_BYTES = 16 * 1024 * 1024


def default_workers() -> int:
    """Every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def audit_policy(policy: Policy) -> Policy:
    """``policy`` with the inline checks' budgets lifted to `AUDIT_BUDGET_MS`."""
    checks = policy.checks
    isolated = set(checks.isolate)
    budgets = {k: (v if k in isolated else max(v, AUDIT_BUDGET_MS))
               for k, v in checks.budgets_ms.items()}
    lifted = checks.model_copy(update={
        "default_budget_ms": max(checks.default_budget_ms, AUDIT_BUDGET_MS),
        "budgets_ms": budgets})
    return policy.model_copy(update={"checks": lifted})


def audit_guard(directory: Any, *, policy: Policy | None = None, **options: Any) -> Guard:
    """The Guard an audit uses: ``Guard(directory, policy=audit_policy(policy), ...)``."""
    return Guard(directory, policy=audit_policy(policy or Policy.default()), **options)


# --- the work on one chunk ---------------------------------------------------------------------


@dataclass
class ChunkResult:
    first_n: int
    last_n: int
    out_text: str
    errors_text: str
    #: For each send with findings: (action, customer id, [(code, target), ...]).
    flagged: list[tuple[str, str, list[tuple[str, str]]]]
    stats: ChunkStats


class AuditWorker:
    """Audits chunks of raw sends with one Guard (one per process or Dask worker)."""

    def __init__(self, guard: Guard, *, out_format: OutFormat = "jsonl",
                 customer_header: str = "X-Customer-Id", samples_per_code: int = 3) -> None:
        self.guard = guard
        self.out_format = out_format
        self.customer_header = customer_header
        self.samples_per_code = samples_per_code
        self._sampled: Counter[str] = Counter()

    def audit(self, raw: RawSend) -> tuple[dict[str, Any] | None, dict[str, Any] | None,
                                           Verdict | None]:
        """``(record, None, verdict)`` for an audited send, ``(None, error row, None)`` else.

        A MIME send (mbox, .eml) is checked by `misdirect.mime.check_message`, which reads it
        as the mail path does (every text part in any charset and encoding; a broken part is a
        ``check_failed`` finding, not an error row); the others by ``Guard.check``."""
        customer_id, message_id = "?", None
        try:
            if raw.kind == "mime":
                customer_id, message_id, sent_at = mime_envelope(raw.data, self.customer_header)
                verdict = check_message(self.guard, raw.data,
                                        customer_header=self.customer_header,
                                        at=sent_at_time(sent_at)).verdict
            else:
                parsed = parse_send(raw, customer_header=self.customer_header)
                email, sent_at = parsed.email, parsed.sent_at
                customer_id, message_id = email.customer_id, email.message_id
                # judged against the directory as it was when the mail went out
                at = sent_at_time(sent_at)
                verdict = self.guard.check(email) if at is None else self.guard.check(email,
                                                                                       at=at)
        except UnknownCustomerError:
            row = _error_row(raw, "unknown_customer", f"unknown customer {customer_id[:60]!r}")
            row["customer_id"] = customer_id
            if message_id:
                row["message_id"] = message_id
            return None, row, None
        except InputError as e:
            return None, _error_row(raw, "unreadable", str(e)), None
        except Exception as e:  # noqa: BLE001 - no input may stop the run
            return None, _error_row(raw, "check_error", f"{type(e).__name__}: {e}"), None
        record = verdict_record(verdict, n=raw.n, position=raw.position,
                                message_id=message_id, sent_at=sent_at,
                                customer_id=customer_id)
        for f in record["findings"]:
            # Candidates at the same distance come out of hash sets, in an order that depends on
            # the interpreter's string hashing (PYTHONHASHSEED): sorted, every process and every
            # Dask worker writes the same record.
            if len(f.get("other_customers", ())) > 1:
                f["other_customers"].sort(key=lambda o: (o["id"], o["masked_address"]))
        return record, None, verdict

    def chunk(self, raws: list[RawSend]) -> ChunkResult:
        stats = ChunkStats()
        out = io.StringIO()
        errors = io.StringIO()
        writer = csv.writer(out, lineterminator="\n") if self.out_format == "csv" else None
        flagged: list[tuple[str, str, list[tuple[str, str]]]] = []
        for raw in raws:
            record, error, verdict = self.audit(raw)
            if error is not None:
                stats.add_error(error["error"])
                errors.write(json.dumps(error, ensure_ascii=False) + "\n")
                continue
            assert record is not None and verdict is not None
            stats.add_record(record)
            if record["findings"]:
                flagged.append((record["action"], record["customer_id"],
                                list(finding_targets(record))))
                self._sample(verdict, stats)
            if writer is not None:
                writer.writerow([record["n"], record["position"], record["message_id"] or "",
                                 record["sent_at"] or "", record["customer_id"],
                                 record["action"], ";".join(record["codes"]),
                                 json.dumps(record["findings"], ensure_ascii=False)])
            else:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return ChunkResult(raws[0].n if raws else 0, raws[-1].n if raws else 0, out.getvalue(),
                           errors.getvalue(), flagged, stats)

    def _sample(self, verdict: Verdict, stats: ChunkStats) -> None:
        for f in verdict.findings:
            if self._sampled[f.code] < self.samples_per_code:
                self._sampled[f.code] += 1
                stats.samples.setdefault(f.code, []).append(mask_addresses_in(f.explanation))


def sent_at_time(sent_at: str | None) -> dt.datetime | None:
    """A record's ``sent_at`` (UTC ISO 8601, `normalize_sent_at`) as naive UTC; None for none."""
    if not sent_at:
        return None
    if sent_at[-1] == "Z" and "+" not in sent_at and sent_at.count("-") == 2:
        return dt.datetime.fromisoformat(sent_at[:-1])  # normalize_sent_at's form: UTC, naive
    when = dt.datetime.fromisoformat(sent_at.replace("Z", "+00:00"))
    return when.astimezone(dt.UTC).replace(tzinfo=None) if when.tzinfo else when


def _error_row(raw: RawSend, kind: str, reason: str) -> dict[str, Any]:
    return {"n": raw.n, "position": raw.position, "error": kind, "reason": reason}


# --- engines ---------------------------------------------------------------------------------

_LOCAL: AuditWorker | None = None  # the worker of a pool process


def _pool_init(payload: bytes | None) -> None:
    global _LOCAL
    if payload is not None:  # spawned: rebuild the Guard (and its index) from its pickle
        worker = pickle.loads(payload)
        worker.guard.warm()
        _LOCAL = worker
    else:  # forked: the parent's worker, index included; drop the parent's DB connections
        assert _LOCAL is not None
        with contextlib.suppress(Exception):
            _LOCAL.guard.directory._engine.dispose(close=False)


def _pool_chunk(raws: list[RawSend]) -> ChunkResult:
    assert _LOCAL is not None
    return _LOCAL.chunk(raws)


def _ordered(submit: Callable[[list[RawSend]], Any], get: Callable[[Any], ChunkResult],
             chunks: Iterable[list[RawSend]], inflight: int) -> Iterator[ChunkResult]:
    """Results in input order, with at most ``inflight`` chunks submitted and not yet taken."""
    pending: deque[Any] = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= inflight:
            yield get(pending.popleft())
    while pending:
        yield get(pending.popleft())


def _run_local(worker: AuditWorker, workers: int,
               chunks: Iterable[list[RawSend]]) -> Iterator[ChunkResult]:
    if workers <= 1:
        for chunk in chunks:
            yield worker.chunk(chunk)
        return
    global _LOCAL
    worker.guard.warm()  # build the index once, here, before forking
    ctx: Any
    if "fork" in mp.get_all_start_methods():
        ctx = mp.get_context("fork")
        _LOCAL = worker
        gc.freeze()  # keep the collector from writing to (and so copying) the shared pages
        payload = None
    else:  # pragma: no cover - macOS/Windows
        ctx = mp.get_context("spawn")
        payload = pickle.dumps(worker)
    try:
        with ctx.Pool(workers, initializer=_pool_init, initargs=(payload,)) as pool:
            yield from _ordered(lambda c: pool.apply_async(_pool_chunk, (c,)),
                                lambda r: r.get(), chunks, 2 * workers)
    finally:
        _LOCAL = None
        gc.unfreeze()


_DASK_WORKERS: dict[str, AuditWorker] = {}


class _GuardPlugin:
    """Gives each Dask worker one `AuditWorker` (its Guard and index built once per worker)."""

    def __init__(self, token: str, payload: bytes) -> None:
        self.name = f"misdirect-audit-{token}"
        self.token = token
        self.payload = payload

    def setup(self, worker: Any) -> None:
        audit_worker = pickle.loads(self.payload)
        audit_worker.guard.warm()
        _DASK_WORKERS[f"{worker.address}/{self.token}"] = audit_worker

    def teardown(self, worker: Any) -> None:
        w = _DASK_WORKERS.pop(f"{worker.address}/{self.token}", None)
        if w is not None:
            w.guard.close()


def _dask_chunk(token: str, raws: list[RawSend]) -> ChunkResult:
    from distributed import get_worker

    return _DASK_WORKERS[f"{get_worker().address}/{token}"].chunk(raws)


def _run_dask(worker: AuditWorker, workers: int, scheduler: str | None,
              chunks: Iterable[list[RawSend]]) -> Iterator[ChunkResult]:
    try:
        from distributed import Client, LocalCluster
        from distributed.diagnostics.plugin import WorkerPlugin
    except ImportError as e:
        raise ConfigurationError("--engine dask needs dask.distributed: pip install "
                                 "'misdirect[dask]'") from e
    try:
        payload = pickle.dumps(worker)
    except TypeError as e:
        raise ConfigurationError(f"the directory cannot travel to Dask workers: {e}") from e
    token = uuid.uuid4().hex[:12]
    plugin_cls = type("MisdirectGuardPlugin", (_GuardPlugin, WorkerPlugin), {})
    with contextlib.ExitStack() as stack:
        if scheduler:
            client = stack.enter_context(Client(scheduler))  # type: ignore[no-untyped-call]
        else:
            cluster = stack.enter_context(LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=workers, threads_per_worker=1, processes=True,
                dashboard_address=None, host="127.0.0.1"))
            client = stack.enter_context(Client(cluster))  # type: ignore[no-untyped-call]
        client.register_plugin(plugin_cls(token, payload))
        n = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        yield from _ordered(lambda c: client.submit(_dask_chunk, token, c, pure=False),
                            lambda f: f.result(), chunks, 2 * n)


def _chunks(source: Iterable[RawSend], size: int, skip: int) -> Iterator[list[RawSend]]:
    chunk: list[RawSend] = []
    nbytes = 0
    for raw in source:
        if raw.n <= skip:
            continue
        chunk.append(raw)
        nbytes += len(raw.data) if isinstance(raw.data, bytes) else 256
        if len(chunk) >= size or nbytes >= _CHUNK_BYTES:
            yield chunk
            chunk, nbytes = [], 0
    if chunk:
        yield chunk


# --- the run ---------------------------------------------------------------------------------


@dataclass
class AuditConfig:
    out: Path | None = None
    out_format: OutFormat = "jsonl"
    errors: Path | None = None
    workers: int = 1
    engine: Literal["local", "dask"] = "local"
    scheduler: str | None = None
    chunk_size: int = 1000
    customer_header: str = "X-Customer-Id"
    #: Where the checkpoint goes (default: next to ``out``); None with no ``out``: no checkpoint.
    checkpoint: Path | None = None
    restart: bool = False
    baseline: Baseline | None = None
    #: Collect every finding key of the run (for ``--update-baseline``).
    collect_keys: bool = False
    #: Instead of files: where records / error rows go (no checkpoint for a stream).
    out_stream: Any = None
    errors_stream: Any = None
    #: What identifies the run for resuming (source, directory, policy, ...), and the report.
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class AuditResult:
    summary: Summary
    elapsed: float
    resumed_after: int = 0
    keys: set[str] = field(default_factory=set)


def run_audit(source: Source, guard: Guard, config: AuditConfig, *,
              progress: Callable[[Summary, Source], None] | None = None) -> AuditResult:
    """Audit every send of ``source``; write records and error rows; return the counts."""
    if config.chunk_size < 1:
        raise InputError("the chunk size must be at least 1")
    worker = AuditWorker(guard, out_format=config.out_format,
                         customer_header=config.customer_header)
    checkpoint: Checkpoint | None = None
    state: dict[str, Any] | None = None
    if config.out is not None:
        cp_path = config.checkpoint or config.out.with_name(config.out.name + ".checkpoint")
        identity = {**config.params, "out": str(config.out.resolve()),
                    "out_format": config.out_format,
                    "errors": str(config.errors.resolve()) if config.errors else None,
                    "chunk_size": config.chunk_size, "customer_header": config.customer_header,
                    "collect_keys": config.collect_keys}
        checkpoint = Checkpoint(cp_path, fingerprint(identity))
        if config.restart:
            checkpoint.remove()
        state = checkpoint.load()
    summary = Summary.from_state(state["summary"]) if state else Summary()
    skip = int(state["sends_done"]) if state else 0
    keys_path = checkpoint.path.with_name(checkpoint.path.name + ".keys") if checkpoint else None
    files: dict[str, DurableFile] = {}
    start = time.perf_counter()
    try:
        if config.out is not None:
            files["out"] = DurableFile(config.out, resume_at=state["sizes"]["out"] if state
                                       else None)
            if config.out_format == "csv" and not state:
                files["out"].write(",".join(CSV_COLUMNS) + "\n")
        if config.errors is not None:
            files["errors"] = DurableFile(config.errors,
                                          resume_at=state["sizes"].get("errors") if state
                                          else None)
        if config.collect_keys and keys_path is not None:
            files["keys"] = DurableFile(keys_path, resume_at=state["sizes"].get("keys") if state
                                        else None)
        keys: set[str] = set()
        chunks = _chunks(source, config.chunk_size, skip)
        if config.engine == "dask":
            results = _run_dask(worker, config.workers, config.scheduler, chunks)
        else:
            results = _run_local(worker, config.workers, chunks)
        done = skip
        for result in results:
            summary.merge(result.stats)
            new_keys = _judge(result, summary, config.baseline, keys if config.collect_keys
                              and keys_path is None else None)
            if "out" in files:
                files["out"].write(result.out_text)
            if "errors" in files:
                files["errors"].write(result.errors_text)
            elif config.errors_stream is not None and result.errors_text:
                config.errors_stream.write(result.errors_text)
            if config.out_stream is not None:
                config.out_stream.write(result.out_text)
            if "keys" in files and new_keys:
                files["keys"].write("".join(k + "\n" for k in new_keys))
            done = result.last_n
            if checkpoint is not None:
                sizes = {name: f.sync() for name, f in files.items()}
                checkpoint.save({"sends_done": done, "sizes": sizes,
                                 "summary": summary.to_state()})
            if progress is not None:
                progress(summary, source)
        if "keys" in files and keys_path is not None:
            files["keys"].sync()
            keys = set(keys_path.read_text(encoding="utf-8").split())
    finally:
        for f in files.values():
            f.close()
    if checkpoint is not None:
        checkpoint.remove()
        if keys_path is not None:
            keys_path.unlink(missing_ok=True)
    return AuditResult(summary, time.perf_counter() - start, skip, keys)


def _judge(result: ChunkResult, summary: Summary, baseline: Baseline | None,
           keep: set[str] | None) -> list[str]:
    """Hash the chunk's findings: count new and known ones against the baseline; return the
    keys (for ``--update-baseline``)."""
    if baseline is None:
        return []
    out: list[str] = []
    for action, customer, targets in result.flagged:
        new = False
        for code, target in targets:
            k = baseline.key(customer, code, target)
            out.append(k)
            if k in baseline.known:
                summary.known_findings += 1
            else:
                summary.new_findings += 1
                new = True
        if new:
            summary.new_by_action[action] += 1
    if keep is not None:
        keep.update(out)
    return out
