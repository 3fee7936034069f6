"""Run every benchmark section and write benchmarks/RESULTS.md.

    python benchmarks/run.py [--quick] [--only NAME ...] [--output FILE]

``--quick`` (small sizes) writes benchmarks/RESULTS.quick.md, which git ignores, and never the
committed RESULTS.md: quick figures are for a look, not for the record.

``--only`` re-runs some sections and keeps the others of the existing RESULTS.md as they were;
every section ends with the date and commit it was measured at.

A section is a module in this folder exposing ``run(quick: bool = False) -> str`` (Markdown). Each
runs in its own subprocess, so memory figures are clean and one failure does not stop the rest; a
failed section is shown briefly in RESULTS.md and the runner exits non-zero at the end. A section
whose module does not exist yet gets a line saying so. Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import subprocess
import sys
import threading
import time
from collections import deque
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "RESULTS.md"
QUICK_RESULTS = HERE / "RESULTS.quick.md"

#: ``(name, module, title)`` in the order they appear in RESULTS.md.
SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("speed", "speed", "Recipient checks: speed"),
    ("accuracy", "recipient_accuracy", "Recipient checks: accuracy"),
    ("peers", "peers_bench", "Addresses: agreement with the peers' test tables"),
    ("content", "content_bench", "Content: secrets and redaction"),
    ("mime", "mime_bench", "MIME: check_message"),
    ("relay", "relay_bench", "SMTP relay: throughput and latency"),
    ("blind", "blind_bench", "Content: blind corpus"),
    ("audit", "audit_bench", "Batch audit: sends/s, cores, Dask, memory"),
    ("worst_cases", "worst_cases", "Worst cases: budgets"),
    ("cli", "cli_bench", "Command line: cold start and streams"),
)

# The child imports the section and prints its Markdown between these markers, so that anything
# else a section prints to stdout cannot end up in RESULTS.md.
_BEGIN, _END = "<<<MISDIRECT-SECTION-BEGIN>>>", "<<<MISDIRECT-SECTION-END>>>"
_CHILD = (
    "import sys; sys.path.insert(0, {here!r}); import importlib; "
    "m = importlib.import_module({module!r}); md = m.run(quick={quick!r}); "
    f"print({_BEGIN!r}); print(md); print({_END!r})"
)


def _log(msg: str) -> None:
    print(f"[run {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _ram_gib() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 2**20:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return f"{line.split('=', 1)[1].strip(chr(34))} (Linux {platform.release()})"
    except OSError:
        pass
    return platform.platform()


def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _short_commit() -> str:
    """The checked-out commit, short: what every section's "measured at" line names."""
    return _git("rev-parse", "--short", "HEAD")


def _sections_of(path: Path) -> dict[str, str]:
    """The ``## Title`` sections of an existing RESULTS.md, by title, each stamped with the date
    and commit it was measured at (from the old header when the section has no stamp)."""
    out: dict[str, str] = {}
    title = None
    lines: list[str] = []
    date = commit = "unknown"
    for line in path.read_text().splitlines(keepends=True):
        if line.startswith("- Date: ") and title is None:
            date = line[len("- Date: "):].strip()
        elif line.startswith("- Commit: ") and title is None:
            commit = line[len("- Commit: "):].split()[0]
        if line.startswith("## "):
            if title is not None:
                out[title] = "".join(lines)
            title, lines = line[3:].strip(), [line]
        elif title is not None:
            lines.append(line)
    if title is not None:
        out[title] = "".join(lines)
    for t, md in out.items():
        if "_Measured " not in md:
            out[t] = md.rstrip("\n") + f"\n\n_Measured {date} at commit {commit}._\n"
    return out


def header(quick: bool, rerun: list[str] | None = None) -> str:
    commit = _git("rev-parse", "--short", "HEAD")
    dirty = " (with uncommitted changes)" if _git("status", "--porcelain", "--untracked-files=no",
                                                  "--", "src") else ""
    return "\n".join([
        "# Benchmark results",
        "",
        "Generated by `python benchmarks/run.py" + (" --quick" if quick else "") + "`; do not "
        "edit by hand. Baselines are measured in the same run, on the same machine.",
        "",
        f"- Machine: {_cpu_model()}, {os.cpu_count()} cores, {_ram_gib()} RAM "
        "(shared with other work: read medians and ratios, not single figures)",
        f"- Python {platform.python_version()} ({platform.python_implementation()}), {_os_name()}",
        f"- Date: {dt.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}",
        f"- Commit: {commit}{dirty} on {_git('rev-parse', '--abbrev-ref', 'HEAD')}",
        f"- Mode: {'quick (small sizes)' if quick else 'full'}"
        + (f"; this run re-measured {', '.join(rerun)} (the other sections keep the date and "
           "commit under them)" if rerun else ""),
        "",
    ])


# Hand-written notes inside a generated section (the history of published figures, where a batch
# came from) lie between these markers; a rerun of the section carries them over at its end.
_KEPT_RE = re.compile(r"^<!-- kept: ([\w-]+) -->\n.*?^<!-- /kept -->\n?", re.M | re.S)


def with_kept_blocks(fresh: str, old: str) -> str:
    """``fresh`` (a section just generated) with the kept blocks of ``old`` that it lacks, put
    after it: nothing a person wrote into RESULTS.md is lost when a benchmark runs again."""
    have = {m.group(1) for m in _KEPT_RE.finditer(fresh)}
    extra = [m.group().rstrip("\n") + "\n" for m in _KEPT_RE.finditer(old)
             if m.group(1) not in have]
    if not extra:
        return fresh
    return fresh.rstrip("\n") + "\n\n" + "\n".join(extra)


def run_section(module: str, title: str, quick: bool) -> tuple[str, bool]:
    """``(markdown, ok)`` for one section, run in a subprocess."""
    if not (HERE / f"{module}.py").exists():
        return f"## {title}\n\nNot run: `benchmarks/{module}.py` does not exist yet.\n", True
    code = _CHILD.format(here=str(HERE), module=module, quick=quick)
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    # stream the section's progress to our stderr as it comes, keeping the tail for a failure
    tail: deque[str] = deque(maxlen=6)

    def pump() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            sys.stderr.write(line)
            sys.stderr.flush()
            if line.strip():
                tail.append(line.rstrip("\n"))

    pumping = threading.Thread(target=pump, daemon=True)
    pumping.start()
    assert proc.stdout is not None
    out = proc.stdout.read()
    proc.wait()
    pumping.join()
    elapsed = time.perf_counter() - t0
    stamp = (f"\n_Measured {dt.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')} at "
             f"commit {_git('rev-parse', '--short', 'HEAD')}"
             f"{' (quick)' if quick else ''}, in {elapsed:.0f} s._\n")
    if proc.returncode == 0 and _BEGIN in out and _END in out:
        md = out.split(_BEGIN, 1)[1].split(_END, 1)[0].strip("\n") + "\n" + stamp
        _log(f"{module}: done in {elapsed:.0f} s")
        return md, True
    _log(f"{module}: FAILED (exit {proc.returncode}) after {elapsed:.0f} s")
    body = "\n".join(tail) or f"exit status {proc.returncode}, no output"
    return (f"## {title}\n\n**Failed** (exit status {proc.returncode}) after {elapsed:.0f} s:\n\n"
            f"```\n{body}\n```\n"), False


def main(argv: list[str] | None = None) -> int:
    names = [n for n, _m, _t in SECTIONS]
    parser = argparse.ArgumentParser(description="Run the benchmarks and write RESULTS.md.")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a quick look")
    parser.add_argument("--only", nargs="+", choices=names, metavar="NAME",
                        help=f"run only these sections ({', '.join(names)})")
    parser.add_argument("--output", type=Path, default=None,
                        help=f"default: {RESULTS.name}, with --quick {QUICK_RESULTS.name}")
    ns = parser.parse_args(argv)
    if ns.output is None:
        ns.output = QUICK_RESULTS if ns.quick else RESULTS
    elif ns.quick and ns.output.resolve() == RESULTS.resolve():
        parser.error(f"--quick never writes {RESULTS}: quick sizes are not the record "
                     f"(leave out --output to write {QUICK_RESULTS.name})")
    chosen = [s for s in SECTIONS if not ns.only or s[0] in ns.only]
    kept = _sections_of(ns.output) if ns.output.exists() else {}
    failed: list[str] = []
    fresh: dict[str, str] = {}
    for name, module, title in chosen:
        _log(f"section {name} ({module}.py){' --quick' if ns.quick else ''}")
        md, ok = run_section(module, title, ns.quick)
        fresh[title] = with_kept_blocks(md, kept.get(title, ""))
        if not ok:
            failed.append(name)
    parts = [header(ns.quick, rerun=[t for _n, _m, t in chosen] if ns.only else None)]
    for _name, _module, title in SECTIONS:
        if title in fresh:
            parts.append(fresh[title])
        elif ns.only and title in kept:
            parts.append(kept[title])
    # one blank line between sections, however many a kept section brought with it
    ns.output.write_text("\n".join(p.strip("\n") + "\n" for p in parts))
    _log(f"wrote {ns.output}")
    if failed:
        _log(f"failed sections: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
