"""``misdirect audit``: check historic sends in bulk (see docs/audit.md and docs/cli.md).

Exit codes: 0 done; 1 findings that are not in ``--baseline``; 2 a send reached hold and 3 a
send reached block (with ``--fail-on``); 4 error rows (with ``--fail-on-errors``); 5 an error
that stopped the run. When several apply, the first of 3, 2, 4, 1 is used.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from misdirect.audit.baseline import Baseline
from misdirect.audit.runner import AuditConfig, OutFormat, audit_guard, default_workers, run_audit
from misdirect.audit.sources import EmlDirSource, MboxSource, Source, open_source
from misdirect.audit.summary import ACTIONS, Summary
from misdirect.cli_index import INDEX_HELP, report_index
from misdirect.errors import InputError

__all__ = ["EXIT_ERROR_ROWS", "EXIT_NEW_FINDINGS", "audit"]

EXIT_NEW_FINDINGS = 1
EXIT_HOLD = 2
EXIT_BLOCK = 3
EXIT_ERROR_ROWS = 4

_DB_HELP = ("Customer directory: a SQLAlchemy URL or a path to a SQLite file. Also read from "
            "MISDIRECT_DB.")


def _progress(console: Console) -> Progress:
    # Fits 80 columns: the rate and the time left are what a long run is watched for.
    return Progress(TextColumn("{task.description}"), BarColumn(bar_width=16),
                    TaskProgressColumn(), TextColumn("{task.fields[sends]:,} sends"),
                    TextColumn("{task.fields[rate]:,.0f}/s"), TextColumn("ETA"),
                    TimeRemainingColumn(), console=console, transient=True,
                    disable=not console.is_terminal)


@click.command("audit")
@click.argument("source", required=False, type=click.Path(path_type=Path))
@click.option("--db", required=True, envvar="MISDIRECT_DB", help=_DB_HELP)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "mbox", "eml"]),
              help="Format of SOURCE (default: from the name; a directory is .eml files).")
@click.option("--source-db", help="Read sends from this database (a SQLAlchemy URL) ...")
@click.option("--query", help="... with this query (columns: the send fields).")
@click.option("--customer-header", default="X-Customer-Id", show_default=True,
              help="mbox/.eml: the header that names the customer.")
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write one record per audited send: FILE.jsonl or FILE.csv; '-' for stdout.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write one row per send that could not be audited (JSONL). Without it, error "
                   "rows are printed to stderr.")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write a self-contained HTML report here.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: every core; with --engine dask, the LocalCluster's "
                   "workers).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
              show_default=True, help="local processes, or dask.distributed.")
@click.option("--scheduler", help="--engine dask: the scheduler (tcp://HOST:PORT); default a "
                                  "LocalCluster.")
@click.option("--chunk-size", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Sends per chunk (the unit of work and of checkpoints).")
@click.option("--restart", is_flag=True, help="Ignore a checkpoint of an earlier run and start "
                                              "over.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Known findings (hashed): exit 1 only on findings not in it.")
@click.option("--update-baseline", is_flag=True, help="Write every finding of this run into "
                                                      "--baseline (and exit 0).")
@click.option("--fail-on", type=click.Choice(["hold", "block"]),
              help="Exit 2 (hold) or 3 (block) when a send reached that action or worse.")
@click.option("--fail-on-errors", is_flag=True, help="Exit 4 when a send could not be audited.")
@click.option("--dns", "live_dns", is_flag=True, help="Check that the domains accept mail "
                                                      "(live DNS).")
@click.option("--policy", "policy_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Policy TOML (default: the built-in policy).")
@click.option("--index", "--snapshot", "index_dir",
              type=click.Path(file_okay=False, path_type=Path), envvar="MISDIRECT_INDEX",
              help=INDEX_HELP + " Every worker maps it: local workers share its pages, each "
                                "Dask worker loads it once.")
def audit(source: Path | None, db: str, fmt: str | None, source_db: str | None,
          query: str | None, customer_header: str, out_path: Path | None,
          errors_path: Path | None, report_path: Path | None, workers: int | None, engine: str,
          scheduler: str | None, chunk_size: int, restart: bool, baseline_path: Path | None,
          update_baseline: bool, fail_on: str | None, fail_on_errors: bool, live_dns: bool,
          policy_file: Path | None, index_dir: Path | None) -> None:
    """Audit historic sends: SOURCE is a JSONL, CSV or mbox file or a directory of .eml files
    (or use --source-db and --query).

    Every send becomes a record (--out) or an error row (--errors) with its source position;
    nothing stops the run and nothing is skipped. A rerun of an interrupted command resumes at
    its last checkpoint. Records hold codes, actions, recipients and suggestions, never bodies
    or secrets; other customers appear as an id and a masked address.
    """
    from misdirect import __version__
    from misdirect import cli as base
    from misdirect.cli import _consoles, _db_url, _errors, _open_existing
    from misdirect.dns import CachedResolver
    from misdirect.policy import Policy

    out, err = _consoles()
    code = 0
    with _errors():
        if update_baseline and baseline_path is None:
            raise InputError("--update-baseline needs --baseline FILE")
        if scheduler and engine != "dask":
            raise InputError("--scheduler goes with --engine dask")
        src = open_source(source, format=fmt, source_db=source_db, query=query)
        out_format: OutFormat = (
            "csv" if out_path is not None and out_path.suffix.lower() == ".csv" else "jsonl")
        to_stdout = out_path is not None and str(out_path) == "-"
        policy = Policy.from_toml(policy_file) if policy_file is not None else None
        directory = _open_existing(db, index_dir)
        if engine == "local":
            # loaded (or built) here, once: forked workers share it; stderr says where it came
            # from. Dask workers load it themselves, in the plugin (the snapshot, when current).
            report_index(directory, err)
        guard = audit_guard(directory, policy=policy,
                            resolver=CachedResolver() if live_dns else None)
        baseline: Baseline | None = None
        if baseline_path is not None:
            baseline = Baseline.load_or_new(baseline_path)
            if update_baseline and not baseline_path.exists():
                baseline.save(baseline_path, [])  # the salt must survive a resume
        n_workers = workers or default_workers()
        params: dict[str, Any] = {
            "source": src.describe(), "format": fmt or type(src).__name__.removesuffix("Source")
            .lower(), "directory": directory.url,
            "policy": str(policy_file) if policy_file else "built-in default",
            "customer header": customer_header if isinstance(src, MboxSource | EmlDirSource)
            else None, "dns": live_dns}
        config = AuditConfig(
            out=None if to_stdout else out_path, out_format=out_format, errors=errors_path,
            workers=n_workers, engine=engine,  # type: ignore[arg-type]
            scheduler=scheduler, chunk_size=chunk_size, customer_header=customer_header,
            restart=restart, baseline=baseline, collect_keys=update_baseline,
            params={**params, "db_url": _db_url(db), "policy_text": _policy_text(policy_file)},
            out_stream=sys.stdout if to_stdout else None,
            errors_stream=None if errors_path else _ErrorPrinter(err, src))
        started = dt.datetime.now(dt.UTC)
        report_console = err if to_stdout else out
        with _progress(err) as progress:
            task = progress.add_task(f"auditing {escape(Path(src.name).name)}", total=src.total,
                                     sends=0, rate=0.0)
            t0 = time.perf_counter()

            def advance(summary: Summary, s: Source) -> None:
                elapsed = max(time.perf_counter() - t0, 1e-9)
                progress.update(task, completed=s.done, sends=summary.read,
                                rate=summary.read / elapsed)

            result = run_audit(src, guard, config, progress=advance)
        summary = result.summary
        if update_baseline and baseline is not None and baseline_path is not None:
            written = baseline.save(baseline_path, result.keys)
            err.print(f"baseline: {written} finding key(s) written to {escape(str(baseline_path))}")
        _print_summary(report_console, summary, base)
        rate = summary.read / result.elapsed if result.elapsed > 0 else 0.0
        if report_path is not None:
            from misdirect.audit.report import render_report

            shown = {**params, "engine": engine if engine == "local" else
                     f"dask ({scheduler or 'LocalCluster'})", "workers": n_workers,
                     "chunk size": chunk_size, "started_at": _iso(started),
                     "finished_at": _iso(dt.datetime.now(dt.UTC)),
                     "elapsed": f"{result.elapsed:.1f} s", "rate": f"{rate:,.0f} sends/s",
                     "resumed after send": result.resumed_after or "-",
                     "baseline": str(baseline_path) if baseline_path else "-",
                     "version": __version__}
            report_path.write_text(render_report(summary, {k: v for k, v in shown.items()
                                                           if v is not None}),
                                   encoding="utf-8")
        line = (f"audit of {escape(src.describe())}: read {summary.read} = audited "
                f"{summary.audited} + failed {summary.failed}"
                f"{'' if summary.read == summary.audited + summary.failed else ' (MISMATCH)'}"
                f" in {result.elapsed:.1f} s ({rate:,.0f} sends/s)")
        if result.resumed_after:
            line += f"; resumed after send {result.resumed_after}"
        if out_path is not None and not to_stdout:
            line += f"; records in {escape(str(out_path))}"
        if errors_path is not None:
            line += f"; error rows in {escape(str(errors_path))}"
        if report_path is not None:
            line += f"; report in {escape(str(report_path))}"
        report_console.print(line, soft_wrap=True)  # one line in a log, however long
        report_console.print(f"judged against the directory as it was at their sent_at: "
                             f"{summary.judged_at_sent_at:,}; without a sent_at, against "
                             f"today's directory: {summary.judged_today:,}", soft_wrap=True)
        if baseline is not None and not update_baseline:
            report_console.print(f"baseline: {summary.new_findings} new finding(s), "
                                 f"{summary.known_findings} known")
        code = _exit_code(summary, fail_on=fail_on, fail_on_errors=fail_on_errors,
                          baseline=baseline is not None and not update_baseline)
    sys.exit(code)


def _exit_code(summary: Summary, *, fail_on: str | None, fail_on_errors: bool,
               baseline: bool) -> int:
    reached = summary.new_reached if baseline else summary.reached
    if fail_on is not None and reached("block"):
        return EXIT_BLOCK
    if fail_on == "hold" and reached("hold"):
        return EXIT_HOLD
    if fail_on_errors and summary.failed:
        return EXIT_ERROR_ROWS
    if baseline and fail_on is None and summary.new_findings:
        return EXIT_NEW_FINDINGS
    return 0


def _iso(when: dt.datetime) -> str:
    return when.replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def _policy_text(path: Path | None) -> str | None:
    """The policy file's content (its hash goes into the checkpoint's fingerprint)."""
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


class _ErrorPrinter:
    """Error rows to stderr when there is no --errors file (never a silent skip)."""

    def __init__(self, console: Console, source: Source) -> None:
        self.console = console
        self.source = source

    def write(self, text: str) -> None:
        import json

        for line in text.splitlines():
            row = json.loads(line)
            self.console.print(f"[yellow]{escape(row['position'])}:[/] "
                               f"{escape(row['reason'])}", soft_wrap=True)


def _print_summary(console: Console, summary: Summary, base: Any) -> None:
    from misdirect.policy import DEFAULT_ACTIONS

    t = Table(title="actions")
    t.add_column("action")
    t.add_column("sends", justify="right")
    t.add_column("share", justify="right")
    audited = summary.audited
    for a in ACTIONS:
        n = summary.actions.get(a, 0)
        t.add_row(base._action_text(a), f"{n:,}",
                  f"{100 * n / audited:.1f}%" if audited else "-")
    console.print(t)
    if summary.codes:
        c = Table(title="finding codes (sends with at least one)")
        c.add_column("code")
        c.add_column("default action")
        c.add_column("sends", justify="right")
        for code, n in sorted(summary.codes.items(), key=lambda kv: (-kv[1], kv[0])):
            c.add_row(code, base._action_text(DEFAULT_ACTIONS.get(code, "warn")), f"{n:,}")
        console.print(c)
    if summary.errors:
        e = Table(title="error rows (not audited)")
        e.add_column("reason")
        e.add_column("sends", justify="right")
        for kind, n in sorted(summary.errors.items(), key=lambda kv: (-kv[1], kv[0])):
            e.add_row(kind, f"{n:,}")
        console.print(e)
