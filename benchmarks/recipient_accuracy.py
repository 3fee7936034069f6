"""Accuracy of the recipient checks on the labelled corpus (`recipient_corpus.py`).

    python benchmarks/recipient_accuracy.py --quick     # ~20k customers, 200 sends per scenario
    python benchmarks/recipient_accuracy.py             # ~200k customers, 2000 sends per scenario

`run()` returns a Markdown section for ``benchmarks/RESULTS.md``.

Scoring. Each labelled send has ``expected`` codes (must appear) and ``allowed`` codes (may appear:
they are true of that send too, e.g. ``domain_typo`` next to ``typo_of_customer_address``, or
``near_other_customer_address`` when the slipped address happens to sit one slip from someone
else's). Per code: a TP when an expected code is reported, an FN when it is not, an FP when a code is
reported that is neither expected nor allowed; ``recipient_not_on_record`` is informational and
never scored. A clean send (to the customer's own mailbox, or to a plausible new address of theirs)
is a false alarm when the verdict's action is anything but ALLOW.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

if __package__:
    from .recipient_corpus import CODES, INFO, LOCALES, SCENARIOS, Corpus, LabelledSend, generate
else:  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from recipient_corpus import (  # type: ignore[no-redef]
        CODES,
        INFO,
        LOCALES,
        SCENARIOS,
        Corpus,
        LabelledSend,
        generate,
    )

from misdirect import Action, Directory, Guard, OutboundEmail

__all__ = ["run", "evaluate"]

KEY_CODES = ("typo_of_customer_address", "owned_by_other_customer", "namesake_collision")
RECALL_TARGET = 0.99
FALSE_ALARM_TARGET = 0.001
SUBJECT = "Your order"
TEXT = "Hello,\n\nthank you, we have received your order and will be in touch.\n\nKind regards\n"

QUICK = {"customers": 20_000, "per_scenario": 200}
FULL = {"customers": 200_000, "per_scenario": 2_000}


class Result:
    def __init__(self) -> None:
        self.tp: Counter[str] = Counter()
        self.fp: Counter[str] = Counter()
        self.fn: Counter[str] = Counter()
        self.extra_allowed: Counter[str] = Counter()
        self.scenario_n: Counter[str] = Counter()
        self.scenario_hit: Counter[str] = Counter()
        self.scenario_fp_sends: Counter[str] = Counter()
        self.scenario_actions: dict[str, Counter[str]] = defaultdict(Counter)
        self.locale_tp: Counter[tuple[str, str]] = Counter()
        self.locale_fn: Counter[tuple[str, str]] = Counter()
        self.clean_n: Counter[str] = Counter()
        self.clean_alarm: Counter[str] = Counter()
        self.clean_alarm_codes: Counter[str] = Counter()
        self.clean_alarm_neighbour = 0
        self.fp_by_scenario_code: Counter[tuple[str, str]] = Counter()
        self.fn_by_scenario_code: Counter[tuple[str, str]] = Counter()
        self.misses: list[tuple[LabelledSend, set[str], str]] = []
        self.non_recipient_codes: Counter[str] = Counter()
        self.errors: Counter[str] = Counter()


def _score(result: Result, send: LabelledSend, codes: set[str], action: Action) -> None:
    r = result
    r.scenario_n[send.scenario] += 1
    r.scenario_actions[send.scenario][action.value] += 1
    scored = {c for c in codes if c != INFO}
    missed = send.expected - scored
    wrong = scored - send.expected - send.allowed
    for c in send.expected & scored:
        r.tp[c] += 1
        r.locale_tp[(send.locale, c)] += 1
    for c in missed:
        r.fn[c] += 1
        r.locale_fn[(send.locale, c)] += 1
        r.fn_by_scenario_code[(send.scenario, c)] += 1
    for c in wrong:
        r.fp[c] += 1
        r.fp_by_scenario_code[(send.scenario, c)] += 1
    for c in (scored & send.allowed) - send.expected:
        r.extra_allowed[c] += 1
    if not missed:
        r.scenario_hit[send.scenario] += 1
    if wrong:
        r.scenario_fp_sends[send.scenario] += 1
    if send.clean:
        r.clean_n[send.scenario] += 1
        if action != Action.ALLOW:
            r.clean_alarm[send.scenario] += 1
            for c in scored:
                r.clean_alarm_codes[c] += 1
            if send.near_other is not None and send.near_other <= 1:
                r.clean_alarm_neighbour += 1
    if missed or wrong or (send.clean and action != Action.ALLOW):
        r.misses.append((send, scored, action.value))


def evaluate(corpus: Corpus, directory: Directory | None = None) -> tuple[Result, dict[str, float]]:
    """Load ``corpus`` into a directory (in-memory SQLite unless given) and score every send."""
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    if directory is None:
        directory = Directory.connect("sqlite://")
    directory.upsert(corpus.customers, batch_size=5000)
    try:  # recipients only: the content checks are measured elsewhere
        guard = Guard(directory, scan_content=False)
    except TypeError:
        guard = Guard(directory)
    # the first check builds the index; time it apart from the per-check figures
    first = corpus.sends[0]
    guard.check(OutboundEmail(customer_id=first.customer_id, to=[first.customer_id + "@x.invalid"],
                              subject=SUBJECT, text=TEXT))
    timings["load_s"] = time.perf_counter() - t0
    result = Result()
    t1 = time.perf_counter()
    for send in corpus.sends:
        try:
            verdict = guard.check(OutboundEmail(customer_id=send.customer_id, to=[send.recipient],
                                                subject=SUBJECT, text=TEXT))
        except Exception as e:  # a crash is a miss of every expected code, and is reported
            result.errors[type(e).__name__] += 1
            _score(result, send, set(), Action.BLOCK)
            continue
        codes = set()
        for f in verdict.findings:
            if f.code in CODES:
                codes.add(f.code)
            else:
                result.non_recipient_codes[f.code] += 1
        _score(result, send, codes, verdict.action)
    timings["check_s"] = time.perf_counter() - t1
    timings["sends"] = len(corpus.sends)
    return result, timings


def _pct(num: int, den: int, digits: int = 1) -> str:
    return "–" if den == 0 else f"{100.0 * num / den:.{digits}f}%"


def _examples(result: Result, corpus: Corpus, limit: int = 10) -> list[str]:
    """Up to ``limit`` misses and false alarms, spread over scenarios."""
    names = {c.id: c.full_name for c in corpus.customers}
    by_scenario: dict[str, list[tuple[LabelledSend, set[str], str]]] = defaultdict(list)
    for m in result.misses:
        by_scenario[m[0].scenario].append(m)
    order = sorted(by_scenario, key=lambda s: -len(by_scenario[s]))
    picked: list[tuple[LabelledSend, set[str], str]] = []
    depth = 0
    while len(picked) < limit and any(depth < len(by_scenario[s]) for s in order):
        for s in order:
            if depth < len(by_scenario[s]) and len(picked) < limit:
                picked.append(by_scenario[s][depth])
        depth += 1
    lines = []
    for send, got, action in picked:
        missing = sorted(send.expected - got)
        wrong = sorted(got - send.expected - send.allowed)
        src = f" (from `{send.source}`)" if send.source and send.source != send.recipient else ""
        what = []
        if missing:
            what.append("missed " + ", ".join(missing))
        if wrong:
            what.append("unexpected " + ", ".join(wrong))
        if send.clean and action != "allow":
            what.append(f"clean send got {action.upper()}")
        lines.append(f"- {send.scenario} [{send.locale}] {names.get(send.customer_id, '?')}: "
                     f"`{send.recipient}`{src} — {'; '.join(what)}; reported "
                     f"{', '.join(sorted(got)) or 'nothing'}")
    return lines


def report(result: Result, corpus: Corpus, timings: dict[str, float], *, mode: str,
           n_customers: int, seed: int) -> str:
    r = result
    names = Counter(c.full_name.casefold() for c in corpus.customers)
    namesake_share = sum(1 for c in corpus.customers if names[c.full_name.casefold()] > 1) / max(
        1, len(corpus.customers))
    n_addr = sum(len(c.emails) for c in corpus.customers)
    out = ["## Recipient checks: accuracy", ""]
    out.append(
        f"Labelled corpus from `benchmarks/recipient_corpus.py` ({mode}: {n_customers:,} customers "
        f"with {n_addr:,} addresses over six locales, {namesake_share:.0%} of them sharing their full "
        f"name with another customer; {len(corpus.sends):,} sends, "
        f"{len(corpus.sends) // max(1, len(SCENARIOS))} per scenario; seed {seed}). Directory: "
        f"in-memory SQLite, `Guard` with the default policy (content scan off; clean body). Load + index "
        f"{timings['load_s']:.1f} s; checks {timings['check_s']:.1f} s "
        f"({1e6 * timings['check_s'] / max(1, timings['sends']):.0f} µs per send).")
    out.append("")
    # targets
    total_clean = sum(r.clean_n.values())
    alarms = sum(r.clean_alarm.values())
    fa = alarms / total_clean if total_clean else 0.0
    out.append("**Targets (issue 2, point 7)**")
    out.append("")
    out.append("| target | measured | met |")
    out.append("|---|---:|:-:|")
    for c in KEY_CODES:
        den = r.tp[c] + r.fn[c]
        rec = r.tp[c] / den if den else 0.0
        out.append(f"| recall `{c}` ≥ 99% | {_pct(r.tp[c], den, 2)} | "
                   f"{'yes' if den and rec >= RECALL_TARGET else 'no'} |")
    out.append(f"| clean sends flagged above ALLOW ≤ 0.1% | {_pct(alarms, total_clean, 2)} "
               f"({alarms}/{total_clean}) | {'yes' if fa <= FALSE_ALARM_TARGET else 'no'} |")
    out.append("")
    # per code
    out.append("**Per finding code** (TP: expected and reported; FN: expected, not reported; FP: "
               "reported, neither expected nor allowed; *also* = reported where allowed but not "
               "required)")
    out.append("")
    out.append("| code | TP | FN | FP | also | precision | recall |")
    out.append("|---|---:|---:|---:|---:|---:|---:|")
    for c in CODES:
        if c == INFO:
            continue
        tp, fn, fp = r.tp[c], r.fn[c], r.fp[c]
        out.append(f"| `{c}` | {tp} | {fn} | {fp} | {r.extra_allowed[c]} | "
                   f"{_pct(tp, tp + fp)} | {_pct(tp, tp + fn)} |")
    out.append("")
    # per scenario
    out.append("**Per scenario** (hit = every expected code reported; FP sends = sends with a "
               "code neither expected nor allowed)")
    out.append("")
    out.append("| scenario | sends | expected | hit | FP sends | allow / warn / hold / block |")
    out.append("|---|---:|---|---:|---:|---|")
    for s in SCENARIOS:
        n = r.scenario_n[s]
        if not n:
            continue
        exp = Counter(",".join(sorted(x.expected)) or "—" for x in corpus.sends if x.scenario == s)
        exp_txt = exp.most_common(1)[0][0].replace(",", ", ")
        if len(exp) > 1:
            exp_txt += " …"
        acts = r.scenario_actions[s]
        act_txt = " / ".join(str(acts[a]) for a in ("allow", "warn", "hold", "block"))
        hit = _pct(r.scenario_hit[s], n) if any(x.expected for x in corpus.sends
                                                 if x.scenario == s) else "–"
        out.append(f"| {s} | {n} | {exp_txt} | {hit} | {_pct(r.scenario_fp_sends[s], n)} | "
                   f"{act_txt} |")
    out.append("")
    # per locale
    out.append("**Recall per locale**")
    out.append("")
    out.append("| locale | " + " | ".join(f"`{c}`" for c in KEY_CODES) + " | clean false alarms |")
    out.append("|---|" + "---:|" * (len(KEY_CODES) + 1))
    clean_by_locale: Counter[str] = Counter()
    alarm_by_locale: Counter[str] = Counter()
    for send, _got, action in r.misses:
        if send.clean and action != "allow":
            alarm_by_locale[send.locale] += 1
    for s in corpus.sends:
        if s.clean:
            clean_by_locale[s.locale] += 1
    for loc in LOCALES:
        cells = [_pct(r.locale_tp[(loc, c)], r.locale_tp[(loc, c)] + r.locale_fn[(loc, c)])
                 for c in KEY_CODES]
        cells.append(_pct(alarm_by_locale[loc], clean_by_locale[loc], 2))
        out.append(f"| {loc} | " + " | ".join(cells) + " |")
    out.append("")
    # clean false alarms
    out.append("**Clean sends**: "
               + "; ".join(f"{s} {r.clean_alarm[s]}/{r.clean_n[s]} flagged"
                           for s in ("clean_own", "clean_new_plausible"))
               + ("; codes behind the flags: "
                  + ", ".join(f"`{c}` {n}" for c, n in r.clean_alarm_codes.most_common())
                  if r.clean_alarm_codes else "")
               + (f"; {r.clean_alarm_neighbour} of the flagged new addresses really are one slip "
                  f"from another customer's address (a coincidental neighbour)."
                  if alarms else "."))
    out.append("")
    # where the misses are
    top_fn = r.fn_by_scenario_code.most_common(6)
    top_fp = r.fp_by_scenario_code.most_common(6)
    if top_fn:
        out.append("Most missed (scenario: code ×n): " + "; ".join(
            f"{s}: `{c}` ×{n}" for (s, c), n in top_fn) + ".")
    if top_fp:
        out.append("Most frequent false positives: " + "; ".join(
            f"{s}: `{c}` ×{n}" for (s, c), n in top_fp) + ".")
    if r.errors:
        out.append("Checks that raised: " + ", ".join(f"{k} ×{n}" for k, n in r.errors.items())
                   + ".")
    if r.non_recipient_codes:
        out.append("Non-recipient findings on the clean body (not scored): " + ", ".join(
            f"`{k}` ×{n}" for k, n in r.non_recipient_codes.most_common()) + ".")
    out.append("")
    ex = _examples(r, corpus)
    if ex:
        out.append("Examples of misses and false alarms (synthetic data):")
        out.append("")
        out.extend(ex)
        out.append("")
    return "\n".join(out)


def run(quick: bool = False, *, seed: int = 7, customers: int | None = None,
        per_scenario: int | None = None) -> str:
    """Build the corpus, check every send, and return the Markdown section."""
    cfg = QUICK if quick else FULL
    n_customers = customers or cfg["customers"]
    n_per = per_scenario or cfg["per_scenario"]
    t0 = time.perf_counter()
    corpus = generate(n_customers, n_per, seed)
    gen_s = time.perf_counter() - t0
    result, timings = evaluate(corpus)
    text = report(result, corpus, timings, mode="quick" if quick else "full",
                  n_customers=n_customers, seed=seed)
    return text.replace("Load + index", f"Corpus built in {gen_s:.0f} s. Load + index", 1)


def _main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Accuracy of the recipient checks on the labelled "
                                             "corpus; prints a Markdown section.")
    ap.add_argument("--quick", action="store_true", help="~20k customers, 200 sends per scenario")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--customers", type=int)
    ap.add_argument("--per-scenario", type=int)
    args = ap.parse_args(argv)
    print(run(args.quick, seed=args.seed, customers=args.customers,
              per_scenario=args.per_scenario))
    return 0


if __name__ == "__main__":
    raise SystemExit(_main())
