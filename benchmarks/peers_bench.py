"""Agreement with the peers' published test tables (tests/peers/*_cases.py).

    python benchmarks/peers_bench.py

For each source: how many of its cases misdirect answers as the peer does under the compared
settings (the target for the validity tables is >= 99%), as the peer does with its shipped defaults,
and how many differences are deliberate (each with its reason in docs/findings.md). A case where
misdirect answers neither the peer nor the listed difference is an error and is printed.
`run()` returns a Markdown section for ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import os
import platform
import sys
import time
from collections import Counter
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import email_validator  # noqa: E402

from peers import (  # noqa: E402 - the tables live with the tests
    email_validator_cases,
    mailcheck_cases,
    pyisemail_cases,
    zootools_cases,
)
from peers.verdicts import verdict  # noqa: E402

__all__ = ["run", "measure"]

SOURCES: tuple[ModuleType, ...] = (email_validator_cases, pyisemail_cases, mailcheck_cases,
                                   zootools_cases)
TARGET = 0.99
TITLE = "## Addresses: agreement with the peers' test tables"


def measure(source: ModuleType) -> dict[str, object]:
    cases = source.CASES
    t0 = time.perf_counter()
    ours = [verdict(source.SOURCE, c) for c in cases]
    seconds = time.perf_counter() - t0
    agree = sum(o == c.peer for o, c in zip(ours, cases, strict=True))
    shipped = sum(o == (c.shipped or c.peer) for o, c in zip(ours, cases, strict=True))
    deliberate = [c for c in cases if c.ours is not None]
    errors = [(c, o) for o, c in zip(ours, cases, strict=True) if o != c.expected]
    reasons = Counter(c.why.split(":")[0].split(" (")[0] for c in deliberate)
    return {"source": source.SOURCE, "n": len(cases), "agree": agree, "shipped": shipped,
            "deliberate": len(deliberate), "errors": errors, "reasons": reasons,
            "seconds": seconds}


def _pct(k: int, n: int) -> str:
    return f"{100 * k / n:.1f}% ({k}/{n})"


def run(quick: bool = False) -> str:
    del quick  # the tables are small: always all of them
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    rows = [measure(m) for m in SOURCES]
    versions = f"email-validator {email_validator.__version__}"
    try:
        from importlib.metadata import version

        versions += f", pyIsEmail {version('pyisemail')} (checks the table)"
    except Exception:  # noqa: BLE001 - pyIsEmail is only needed to check the table
        versions += ", pyIsEmail not installed"
    lines = [
        TITLE,
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores shared with other jobs (load "
        f"average {load:.1f} at the start), Python {platform.python_version()}; {versions}. "
        "Command: `python benchmarks/peers_bench.py` (or `python benchmarks/run.py --only "
        "peers`).",
        "",
        "Agreement with the peers' own test tables, written as data in `tests/peers/` (one module "
        "per source, each case naming its test). Validity sources: is the recipient one "
        "address (misdirect: no `invalid_address` / `header_injection`)? Typo sources: which "
        "domain is suggested (misdirect: `domain_typo`, or the suggestion of `invalid_address`), "
        "with the spec's own `domains` list given to misdirect as directory domains. "
        "\"Compared settings\" are written in each module: for email-validator its defaults with "
        "display names on; for pyIsEmail its verdict with quoted local parts, address literals "
        "and dotless domains refused, as email-validator's defaults refuse them. Every "
        "deliberate difference is listed with its reason in `docs/findings.md` "
        "(\"Peers\"). Target: >= 99% on the validity tables.",
        "",
        "| source | file | kind | cases | agree (compared settings) | agree (peer's shipped "
        "defaults) | deliberate differences | unexplained | target |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    failed = False
    for r in rows:
        src = r["source"]
        n, agree = int(r["n"]), int(r["agree"])  # type: ignore[call-overload]
        errors = r["errors"]
        assert isinstance(errors, list)
        target = "-"
        if src.kind == "validity":  # type: ignore[attr-defined]
            met = agree / n >= TARGET
            target = "met" if met else "**missed**"
            failed |= not met
        failed |= bool(errors)
        lines.append(
            f"| {src.repo} | `{src.files}` | {src.kind} | {n} | {_pct(agree, n)} | "  # type: ignore[attr-defined]
            f"{_pct(int(r['shipped']), n)} | {r['deliberate']} | {len(errors)} | {target} |")  # type: ignore[call-overload]
    lines += ["", "Deliberate differences by reason:", ""]
    for r in rows:
        reasons = r["reasons"]
        assert isinstance(reasons, Counter)
        if reasons:
            listed = "; ".join(f"{why} ({k})" for why, k in reasons.most_common())
            lines.append(f"- {r['source'].repo}: {listed}")  # type: ignore[attr-defined]
    for r in rows:
        for c, o in r["errors"]:  # type: ignore[attr-defined]
            lines.append(f"- **unexplained**: {r['source'].repo} {c.where}: {c.input!r} -> "  # type: ignore[attr-defined]
                         f"{o!r}, expected {c.expected!r}")
    total = sum(float(r["seconds"]) for r in rows)  # type: ignore[arg-type]
    lines += ["", f"{sum(int(r['n']) for r in rows)} cases through `Guard.check` in "  # type: ignore[call-overload]
              f"{total:.2f} s."]
    if failed:
        lines.append("")
        lines.append("**A target was missed or a case is unexplained.**")
    return "\n".join(lines)


if __name__ == "__main__":
    print(run())
