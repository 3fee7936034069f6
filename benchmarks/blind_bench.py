"""The blind corpus against the default detection, through the public API only.

    python benchmarks/blind_bench.py [--batch batch1] [--summary] [--variants 5]
    python benchmarks/run.py --only blind

Every message of a batch (``benchmarks/blind/``) goes through ``misdirect.content.scan(email)``
with the default detectors and no customer record. Scored per message:

* **removed**: each secret value is no longer in the visible text (subject, text part, and the
  text an HTML part shows) of the redacted message;
* **kept**: each distractor value occurs in the visible text exactly as often as before;
* **``secret_in_body`` precision and recall per message**: a message holding a secret is found when
  a ``secret_in_body`` finding overlaps one of its secret values. A false alarm is a message without
  a secret that gets any finding or any changed byte, and, on a message with secrets, a finding that
  overlaps no secret or a redaction of words that are not a secret (the word after a keyword in a
  sentence that gives no secret is one of those).

``--summary`` prints aggregate numbers only (no message text, no value, no template id): that is
the only output the author of the rules may read. Without it, the misses are listed as well, for the
corpus author.
"""

from __future__ import annotations

import argparse
import html as htmllib
import os
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from blind import engine  # noqa: E402
from blind.engine import Message, visible_text  # noqa: E402
from run import _short_commit  # noqa: E402  (one place for the commit line)

TARGETS = {"removed": 0.99, "kept": 0.99, "precision": 0.98}


@dataclass
class Outcome:
    """The score of one message."""

    message: Message
    secrets_total: int = 0
    secrets_removed: int = 0
    distractors_total: int = 0
    distractors_kept: int = 0
    found: bool = False           # a finding on a secret value
    false_alarm: bool = False     # see the module docstring
    missed_values: list[str] = field(default_factory=list)
    lost_values: list[str] = field(default_factory=list)
    lost_words: list[str] = field(default_factory=list)
    stray_findings: int = 0


def _visible(subject: str, text: str | None, html: str | None) -> str:
    return subject + "\n" + (text or "") + "\n" + (visible_text(html) if html else "")


def _spans(hay: str, needle: str) -> list[tuple[int, int]]:
    out, i = [], hay.find(needle)
    while needle and i >= 0:
        out.append((i, i + len(needle)))
        i = hay.find(needle, i + 1)
    return out


def _words(s: str) -> Counter[str]:
    return Counter(s.split())


def score(m: Message, scan_result: object) -> Outcome:
    """Score one message against what ``misdirect.content.scan`` returned for it."""
    red = scan_result.message  # type: ignore[attr-defined]
    findings = [f for f in scan_result.findings  # type: ignore[attr-defined]
                if f.code == "secret_in_body"]
    before = _visible(m.subject, m.text, m.html)
    after = _visible(red.subject, red.text, red.html)
    o = Outcome(m)
    for v in m.secrets:
        o.secrets_total += 1
        if v.text in after:
            o.missed_values.append(f"{v.kind}:{v.text}")
        else:
            o.secrets_removed += 1
    for v in m.distractors:
        o.distractors_total += 1
        if after.count(v.text) == before.count(v.text):
            o.distractors_kept += 1
        else:
            o.lost_values.append(f"{v.kind}:{v.text}")
    # where each secret sits in each field, as the findings' locations count (HTML source offsets)
    fields = {"subject": m.subject, "text": m.text or "", "html": m.html or ""}
    secret_spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for v in m.secrets:
        for name, content in fields.items():
            needle = htmllib.escape(v.text, quote=False) if name == "html" else v.text
            secret_spans[name] += _spans(content, needle)
    for f in findings:
        loc = f.location
        if loc is not None and any(a < loc.end and loc.start < b for a, b in secret_spans[loc.field]):
            o.found = True
        else:
            o.stray_findings += 1
    # words that are no secret and no part of one must all still be there
    secret_texts = [v.text for v in m.secrets]
    # the pieces of a grouped secret ("482 913") are words of their own, and the last one may carry
    # the sentence's full stop ("482 913.")
    pieces = {p for s in secret_texts if " " in s for p in s.split()}
    kept_words = _words(after)
    for w, n in _words(before).items():
        if any(s in w or w in s for s in secret_texts) or w.strip(".,;:!?()\"'") in pieces:
            continue
        if kept_words[w] < n:
            o.lost_words.append(w)
    changed = (red.subject, red.text, red.html) != (m.subject, m.text, m.html)
    if not m.secrets:
        o.false_alarm = bool(findings) or changed
    else:
        o.false_alarm = o.stray_findings > 0 or bool(o.lost_words)
    return o


def evaluate(msgs: Iterable[Message]) -> list[Outcome]:
    from misdirect import OutboundEmail
    from misdirect.content import scan

    out = []
    for m in msgs:
        email = OutboundEmail(customer_id="BLIND", to=["reader@example.org"], subject=m.subject,
                              text=m.text, html=m.html)
        out.append(score(m, scan(email)))
    return out


@dataclass
class Tally:
    messages: int = 0
    with_secret: int = 0
    secrets: int = 0
    removed: int = 0
    distractors: int = 0
    kept: int = 0
    tp: int = 0
    fp: int = 0

    def add(self, o: Outcome) -> None:
        self.messages += 1
        self.with_secret += bool(o.message.secrets)
        self.secrets += o.secrets_total
        self.removed += o.secrets_removed
        self.distractors += o.distractors_total
        self.kept += o.distractors_kept
        self.tp += o.found
        self.fp += o.false_alarm

    @staticmethod
    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:.1f}%" if b else "n/a"

    def row(self, name: str) -> str:
        return (f"| {name} | {self.messages} | {self.with_secret} | "
                f"{self.pct(self.removed, self.secrets)} ({self.removed}/{self.secrets}) | "
                f"{self.pct(self.kept, self.distractors)} ({self.kept}/{self.distractors}) | "
                f"{self.pct(self.tp, self.tp + self.fp)} | {self.pct(self.tp, self.with_secret)} | "
                f"{self.fp} |")


_HEAD = ("| {} | messages | with a secret | secrets removed | distractors kept | precision | "
         "recall | false alarms |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")


def table(outcomes: list[Outcome], key: str, title: str) -> str:
    groups: dict[str, Tally] = defaultdict(Tally)
    total = Tally()
    for o in outcomes:
        total.add(o)
        keys = [getattr(o.message, key)] if key != "tags" else list(o.message.tags)
        for k in keys:
            groups[k].add(o)
    order = {"lang": engine.LANGS, "layout": engine.LAYOUTS}.get(key, tuple(sorted(groups)))
    rows = [groups[k].row(k) for k in order if k in groups]
    return "\n".join([_HEAD.format(title), *rows, total.row("**all**")])



def report(batch: str, outcomes: list[Outcome], seconds: float) -> str:
    total = Tally()
    for o in outcomes:
        total.add(o)
    removed = total.removed / total.secrets if total.secrets else 1.0
    kept = total.kept / total.distractors if total.distractors else 1.0
    precision = total.tp / (total.tp + total.fp) if total.tp + total.fp else 1.0

    def mark(v: float, t: float) -> str:
        return f"{100 * v:.1f}% (target >= {100 * t:.0f}%: {'met' if v >= t else 'NOT met'})"

    return "\n".join([
        f"**{batch}** ({len({o.message.id.split('#')[0] for o in outcomes})} templates, "
        f"{len(outcomes)} messages, scanned in {seconds:.1f} s, rules at commit {_short_commit()}): "
        f"secrets removed {mark(removed, TARGETS['removed'])}, distractors kept "
        f"{mark(kept, TARGETS['kept'])}, `secret_in_body` precision "
        f"{mark(precision, TARGETS['precision'])}, recall "
        f"{Tally.pct(total.tp, total.with_secret)}.",
        "",
        table(outcomes, "lang", "language"),
        "",
        table(outcomes, "layout", "layout"),
        "",
        table(outcomes, "tags", "template kind"),
        "",
    ])


def measure(batch: str, variants: int) -> tuple[list[Outcome], float]:
    msgs = engine.messages(batch, variants=variants)
    t0 = time.perf_counter()
    outcomes = evaluate(msgs)
    return outcomes, time.perf_counter() - t0


def misses(outcomes: list[Outcome]) -> str:
    """The failures with their values: for the corpus author only, never for the board."""
    lines = []
    for o in outcomes:
        if o.missed_values or o.lost_values or o.false_alarm:
            lines.append(f"{o.message.id} [{o.message.layout}] missed={o.missed_values} "
                         f"lost={o.lost_values} false_alarm={o.false_alarm} "
                         f"stray={o.stray_findings} lost_words={o.lost_words[:6]}")
    return "\n".join(lines)


def blind_batch_name() -> str:
    """``MISDIRECT_BLIND_BATCH`` if set, else the newest batch holding all nine languages."""
    named = os.environ.get("MISDIRECT_BLIND_BATCH")
    if named:
        return named
    complete = engine.complete_batches()
    if not complete:
        raise SystemExit("no blind batch holds all nine languages")
    return complete[-1]


def run(quick: bool = False) -> str:
    """The ``blind`` section of RESULTS.md: the newest batch with all nine languages is the blind
    figure, older batches were measured before a rule change and count as development data. A
    newer batch that has landed only in part is left out (neither blind figure nor retired)."""
    variants = 2 if quick else 5
    blind_batch = blind_batch_name()
    complete = engine.complete_batches()
    names = [n for n in engine.batches() if n in complete or n == blind_batch]
    parts = ["## Content: blind corpus", "",
             "Messages the detection rules never saw (`benchmarks/blind/`, see its README), "
             "through `misdirect.content.scan` with the default detectors. Targets: >= 99% "
             "secrets removed, >= 99% distractors kept, `secret_in_body` precision >= 98%.", ""]
    for name in [blind_batch] + [n for n in reversed(names) if n != blind_batch]:
        print(f"[blind] {name}", file=sys.stderr, flush=True)
        outcomes, secs = measure(name, variants)
        parts.append(f"### {name}: {'blind figure' if name == blind_batch else 'retired (development side)'}")
        parts.append("")
        parts.append(report(name, outcomes, secs))
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--batch", default=None, help="default: every batch")
    p.add_argument("--variants", type=int, default=5, help="messages per template")
    p.add_argument("--summary", action="store_true",
                   help="aggregate numbers only: no message text, no value, no template id")
    ns = p.parse_args(argv)
    for name in [ns.batch] if ns.batch else engine.batches():
        outcomes, secs = measure(name, ns.variants)
        print(report(name, outcomes, secs))
        if not ns.summary:
            print(misses(outcomes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
