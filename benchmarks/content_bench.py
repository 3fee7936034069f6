"""Content benchmark: secrets removed and distractors kept, per language and layout; speed.

    python benchmarks/content_bench.py [--quick]

`run` returns a Markdown section. Peers (presidio with pattern recognizers only, scrubadub) are
measured on the same corpus when they import; they are benchmark-only extras
(``pip install presidio-analyzer presidio-anonymizer scrubadub``).

Scoring, per labelled value, on the text a reader sees (subject + body, HTML decoded by the stdlib
parser): a secret is *removed* when its value no longer occurs; a distractor is *kept* when it still
occurs exactly once.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from content_corpus import (  # noqa: E402
    HARD_LAYOUTS,
    LANGS,
    LAYOUTS,
    Message,
    generate,
    generate_hard,
    visible_and_links,
    visible_text,
)
from misdirect.content import scan  # noqa: E402
from misdirect.models import Customer, OutboundEmail  # noqa: E402

Redactor = Callable[[str], str]


def _email(msg: Message) -> OutboundEmail:
    return OutboundEmail(customer_id="c", to=["x@example.com"], subject=msg.subject,
                         text=msg.text, html=msg.html)


def _score(msgs: list[Message], redact_msg: Callable[[Message], Message]) -> dict[str, dict]:
    """Counts per language and per layout: secrets removed/total, distractors kept/total."""
    per: dict[str, dict[str, list[int]]] = {"lang": defaultdict(lambda: [0, 0, 0, 0]),
                                            "layout": defaultdict(lambda: [0, 0, 0, 0]),
                                            "kind": defaultdict(lambda: [0, 0, 0, 0])}
    for msg in msgs:
        out = visible_text(redact_msg(msg))
        for kind, v in msg.secrets:
            gone = int(v not in out)
            for key, name in (("lang", msg.lang), ("layout", msg.layout), ("kind", kind)):
                per[key][name][0] += gone
                per[key][name][1] += 1
        for kind, v in msg.distractors:
            kept = int(out.count(v) == 1)
            for key, name in (("lang", msg.lang), ("layout", msg.layout), ("kind", kind)):
                per[key][name][2] += kept
                per[key][name][3] += 1
    return per


def _score_hard(msgs: list[Message]) -> dict[str, dict[str, list[int]]]:
    """Per language and layout: secrets removed/total, distractors kept/total, findings that are a
    planted secret / all ``secret_in_body`` findings (a finding beyond the number of planted secrets
    counts as false), messages without a secret that got a finding or a changed byte."""
    per: dict[str, dict[str, list[int]]] = {"lang": defaultdict(lambda: [0] * 8),
                                            "layout": defaultdict(lambda: [0] * 8)}
    for msg in msgs:
        email = _email(msg)
        res = scan(email)
        red = res.message
        out = visible_and_links(Message(msg.lang, msg.layout, red.subject, red.text, red.html))
        found = sum(1 for f in res.findings if f.code == "secret_in_body")
        row = [sum(v not in out for _, v in msg.secrets), len(msg.secrets),
               sum(out.count(v) == 1 for _, v in msg.distractors), len(msg.distractors),
               min(found, len(msg.secrets)), found,
               int(not msg.secrets and (found > 0 or red is not email)), int(not msg.secrets)]
        for key, name in (("lang", msg.lang), ("layout", msg.layout)):
            cell = per[key][name]
            for i, x in enumerate(row):
                cell[i] += x
    return per


def _hard_section(quick: bool) -> list[str]:
    msgs = generate_hard(450 if quick else 2250)
    per = _score_hard(msgs)
    out = [f"Hard cases of issue 10 (`generate_hard` in `benchmarks/content_corpus.py`, {len(msgs)} "
           "messages, seed 20261203; written by the rules' author, so a development figure, not a "
           "blind one): bare codes after an instruction or a copula, values in the block below a "
           "sentence that points at them, lone-word passwords after a copula, secrets in `title` "
           "attributes and link queries (scored on the visible text plus every attribute value), "
           "and letters with only sentences about a secret (warnings, change and delivery notices, "
           "campaign codes). *Precision*: findings that are a planted secret over all "
           "`secret_in_body` findings; *quiet changed*: messages without a secret that got a "
           "finding or a changed byte.", ""]
    for key, title, order in (("lang", "language", LANGS), ("layout", "layout", HARD_LAYOUTS)):
        out.append(f"| {title} | removed | kept | precision | quiet changed |")
        out.append("|---|---|---|---|---|")
        tot = [0] * 8
        for item in order:
            c = per[key][item]
            tot = [a + b for a, b in zip(tot, c, strict=True)]
            out.append(f"| {item} | {_pct(c[0], c[1])} | {_pct(c[2], c[3])} | {_pct(c[4], c[5])} "
                       f"| {c[6]}/{c[7]} |")
        out.append(f"| all | **{_pct(tot[0], tot[1])}** | **{_pct(tot[2], tot[3])}** | "
                   f"**{_pct(tot[4], tot[5])}** | **{tot[6]}/{tot[7]}** |")
        out.append("")
    return out


def _ours(msg: Message) -> Message:
    red = scan(_email(msg)).message
    return Message(msg.lang, msg.layout, red.subject, red.text, red.html)


def _by_field(fn: Redactor) -> Callable[[Message], Message]:
    def go(msg: Message) -> Message:
        return Message(msg.lang, msg.layout, fn(msg.subject),
                       fn(msg.text) if msg.text else msg.text,
                       fn(msg.html) if msg.html else msg.html)
    return go


def _presidio() -> tuple[Redactor | None, str]:
    try:
        from presidio_analyzer import EntityRecognizer
        from presidio_analyzer import predefined_recognizers as pr
        from presidio_anonymizer import AnonymizerEngine
        from presidio_anonymizer.entities import RecognizerResult
    except Exception as e:  # noqa: BLE001
        return None, f"presidio not available ({type(e).__name__})"
    skip = ("Spacy", "Stanza", "Transformers", "GLiNER", "HuggingFace", "Azure", "LangExtract",
            "MedicalNER")
    recognizers = []
    for name in dir(pr):
        if not name.endswith("Recognizer") or any(s in name for s in skip):
            continue
        cls = getattr(pr, name)
        try:
            if isinstance(cls, type) and issubclass(cls, EntityRecognizer):
                recognizers.append(cls())
        except Exception:  # noqa: BLE001, S112
            continue
    anonymizer = AnonymizerEngine()

    def redact(text: str) -> str:
        results = []
        for rec in recognizers:
            try:
                found = rec.analyze(text, rec.supported_entities, None)
            except Exception:  # noqa: BLE001, S112
                continue
            for r in found or []:
                results.append(RecognizerResult(r.entity_type, r.start, r.end, r.score))
        if not results:
            return text
        return anonymizer.anonymize(text=text, analyzer_results=results).text

    return redact, (f"presidio-analyzer {_version('presidio-analyzer')}: {len(recognizers)} "
                    "predefined recognizers that need no NLP model (pattern recognizers, phone, "
                    "IBAN, ...), all scores kept, no spaCy model; presidio-anonymizer replace")


def _scrubadub() -> tuple[Redactor | None, str]:
    try:
        import scrubadub
    except Exception as e:  # noqa: BLE001
        return None, f"scrubadub not available ({type(e).__name__})"
    scrubber = scrubadub.Scrubber()
    return scrubber.clean, f"scrubadub {_version('scrubadub')}: default Scrubber()"


def _version(dist: str) -> str:
    try:
        from importlib.metadata import version
        return version(dist)
    except Exception:  # noqa: BLE001
        return "?"


def _pct(a: int, b: int) -> str:
    return "–" if b == 0 else f"{100.0 * a / b:.1f}%"


_PROSE = [
    "Thank you for shopping with us. We hope you enjoy your purchase and look forward to seeing "
    "you again soon. Remember that you can track your parcel in the app at any time.",
    "Kiitos tilauksestasi! Toimitamme tuotteet mahdollisimman pian. Voit seurata lähetystä "
    "sovelluksessa, ja saat ilmoituksen, kun paketti on noudettavissa.",
    "Tack för din beställning. Vi skickar ett meddelande när paketet har lämnat vårt lager och "
    "när det finns att hämta hos ditt ombud.",
    "Vielen Dank für Ihre Bestellung. Sie erhalten eine weitere Nachricht, sobald das Paket "
    "unterwegs ist. Bei Fragen hilft Ihnen unser Kundenservice gerne weiter.",
    "Merci pour votre commande. Vous recevrez un message dès que votre colis sera expédié. Notre "
    "service client reste à votre disposition.",
    "Gracias por su pedido. Le enviaremos un mensaje cuando el paquete salga de nuestro almacén.",
    "Bedankt voor uw bestelling. U ontvangt bericht zodra het pakket onderweg is.",
    "Tak for din ordre. Du får besked, når pakken er sendt. Med venlig hilsen kundeservice.",
    "Takk for bestillingen. Du får beskjed når pakken er sendt fra lageret vårt.",
]
_FOOTER = (
    "You receive this email because you have an account with us. Please do not reply to this "
    "message; the mailbox is not monitored. Our privacy notice explains how we process personal "
    "data and how you can use your rights. Customer service is open Monday to Friday 8-18 and "
    "Saturday 10-15. Prices include VAT. Terms of delivery and returns are on our website.\n"
)


def _ordinary_lines(msgs: list[Message]) -> list[str]:
    """Lines of the corpus that hold no secret: greetings, order lines, prices, dates, phones."""
    out = []
    for m in msgs:
        body = m.text or ""
        for line in body.splitlines():
            if line and not line.rstrip().endswith(":") and not any(
                    v in line for _, v in m.secrets):
                out.append(line)
    return out


def _time_scan(email: OutboundEmail) -> tuple[float, float, int]:
    """CPU seconds of this process (the per-core cost), wall seconds, values redacted."""
    c0, t0 = time.process_time(), time.perf_counter()
    res = scan(email)
    cpu, wall = time.process_time() - c0, time.perf_counter() - t0
    redacted = sum((getattr(res.message, f) or "").count("[redacted ") for f in ("text", "html"))
    return cpu, wall, redacted


def _speed(msgs: list[Message], quick: bool) -> list[str]:
    size = (2 if quick else 10) * 1_000_000
    ordinary = _ordinary_lines(msgs)
    with_secrets = [m for m in msgs if m.text and m.secrets]
    html_msgs = [m for m in msgs if m.html]
    # A large body as such bodies are: ordinary lines, with a message holding secrets every ~8 KB.
    parts: list[str] = []
    n = i = 0
    while n < size:
        chunk = "\n".join(ordinary[(i * 97 + k) % len(ordinary)] if k % 3 else
                          _PROSE[(i + k) % len(_PROSE)] for k in range(120))
        chunk += "\n\n" + (with_secrets[i % len(with_secrets)].text or "") + "\n\n"
        parts.append(chunk)
        n += len(chunk)
        i += 1
    big_text = "".join(parts)
    big_html = "".join(
        "<p>" + _html_escape(p).replace("\n", "<br>\n") + "</p>\n" + html_msgs[j % len(html_msgs)].html
        for j, p in enumerate(parts[: max(1, len(parts) * 2 // 3)]))
    dense = "\n\n".join(m.text for m in msgs if m.text)
    while len(dense) < size // 5:
        dense += "\n\n" + dense
    lines = []
    for label, field, body in (("text body: prose and order lines, a message with secrets every "
                                "~10 KB", "text", big_text),
                               ("HTML body, same mix as HTML", "html", big_html),
                               ("text body, corpus messages only (a secret every ~150 B)", "text",
                                dense)):
        email = OutboundEmail(customer_id="c", to=["x@example.com"], **{field: body})
        cpu, wall, found = _time_scan(email)
        mb = len(body.encode()) / 1e6
        lines.append(f"| {label}, {mb:.1f} MB | {mb / cpu:.1f} MB/s | {mb / wall:.1f} MB/s | "
                     f"{found} values redacted |")
    lines.append(_typical(with_secrets, "typical message: one corpus message with 1-3 secrets, "
                                        "padded", quick, keep_secrets=True))
    lines.append(_typical(with_secrets, "the same messages with their secret lines taken out",
                          quick, keep_secrets=False))
    lines.append(_typical(with_secrets, "typical message scanned with its customer's record (phone, "
                                        "postal address and code, birth date, customer number, "
                                        "national id; a new customer every run, their delivery "
                                        "address and customer number in the body, as the Guard "
                                        "scans)", quick, keep_secrets=True, with_customer=True))
    return lines


def _customer(rng: random.Random, n: int) -> Customer:
    """A full customer record with values of its own (no pattern cache can help)."""
    street = rng.choice(["Storgatan", "Mannerheimintie", "Karl Johans gate", "Vesterbrogade",
                         "Hauptstraße", "High Street", "Östra Långgatan"])
    return Customer(
        id=f"C-{n}", full_name="Anna Berg", phone=f"+46 70 {rng.randrange(100, 999)} "
        f"{rng.randrange(1000, 9999)}", postal_address=f"{street} {rng.randrange(1, 300)}",
        postal_code=f"{rng.randrange(100, 999)} {rng.randrange(10, 99)}", city="Örebro",
        birth_date=dt.date(1940 + rng.randrange(60), 1 + rng.randrange(12), 1 + rng.randrange(28)),
        customer_number=f"K{rng.randrange(10**6, 10**7)}",
        national_id=f"{rng.randrange(10**5, 10**6)}-{rng.randrange(1000, 9999)}")


def _typical(msgs: list[Message], label: str, quick: bool, *, keep_secrets: bool,
             with_customer: bool = False) -> str:
    """Median time of `scan` on 2 KB messages: one corpus message padded with a footer."""
    rng = random.Random(5)
    times: list[float] = []
    walls: list[float] = []
    reps = 3 if quick else 10
    sizes = []
    for m in msgs[:200]:
        text = m.text or ""
        if not keep_secrets:
            text = "\n".join(ln for ln in text.splitlines()
                             if not any(v in ln for _, v in m.secrets))
        body = text + "\n\n"
        customers: list[Customer | None] = [None] * (reps + 1)
        if with_customer:
            customers = [_customer(rng, i) for i in range(reps + 1)]
        while len(body.encode()) < 2048:
            body += _FOOTER
        body = body.encode()[:2048].decode(errors="ignore")
        sizes.append(len(body.encode()))
        emails = []
        for c in customers:
            head = "" if c is None else (f"Delivery address: {c.postal_address}, {c.postal_code} "
                                         f"{c.city}\nCustomer number: {c.customer_number}\n")
            full = (head + body).encode()[:2048].decode(errors="ignore")
            emails.append(OutboundEmail(customer_id="c", to=["x@example.com"], subject=m.subject,
                                        text=full))
        scan(emails[0], customers[0])
        for email, customer in zip(emails[1:], customers[1:], strict=True):
            t0 = time.thread_time_ns()
            w0 = time.perf_counter_ns()
            scan(email, customer)
            times.append((time.thread_time_ns() - t0) / 1e9)
            walls.append((time.perf_counter_ns() - w0) / 1e9)
    return (f"| {label} to {statistics.median(sizes):.0f} B | median "
            f"{statistics.median(times) * 1e6:.0f} µs | median {statistics.median(walls) * 1e6:.0f} µs"
            f" | {len(times)} runs over {len(sizes)} messages |")


def _html_escape(s: str) -> str:
    import html

    return html.escape(s, quote=False)


def run(quick: bool = False) -> str:
    n = 900 if quick else 4500
    msgs = generate(n)
    systems: list[tuple[str, Callable[[Message], Message] | None, str]] = [
        ("misdirect", _ours, "misdirect.content.scan, default detectors")]
    pres, pres_note = _presidio()
    systems.append(("presidio", _by_field(pres) if pres else None, pres_note))
    scrub, scrub_note = _scrubadub()
    systems.append(("scrubadub", _by_field(scrub) if scrub else None, scrub_note))

    scores: dict[str, dict] = {}
    timing: dict[str, float] = {}
    for name, fn, _note in systems:
        if fn is None:
            continue
        t0 = time.perf_counter()
        scores[name] = _score(msgs, fn)
        timing[name] = time.perf_counter() - t0
    names = [s[0] for s in systems if s[0] in scores]

    n_secrets = sum(len(m.secrets) for m in msgs)
    n_kept = sum(len(m.distractors) for m in msgs)
    out = ["## Content: secrets and redaction", ""]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    out.append(f"Machine: {platform.machine()}, {os.cpu_count()} cores shared with other jobs "
               f"(load average {load:.1f} at the start), Python "
               f"{platform.python_version()}; {time.strftime('%Y-%m-%d')}. Command: "
               f"`python benchmarks/content_bench.py{' --quick' if quick else ''}`.")
    out.append("")
    out.append(f"Corpus: `benchmarks/content_corpus.py`, {len(msgs)} messages (seed 20261122), "
               f"{n_secrets} secret values, {n_kept} distractor values (order numbers, prices, "
               "dates, times, phones, postcodes, tracking, reference and customer numbers, "
               "also beside secret keywords). A secret counts as removed when its value no longer "
               "occurs in the visible text; a distractor as kept when it still occurs exactly "
               "once. Targets: ≥ 99.5% removed and ≥ 99.5% kept per language and layout.")
    out.append("")
    for name, _fn, note in systems:
        out.append(f"- **{name}**: {note}" + ("" if name in scores else " — not measured"))
    out.append("")
    for key, title, order in (("lang", "language", LANGS), ("layout", "layout", LAYOUTS)):
        head = f"| {title} | " + " | ".join(f"{n} removed | {n} kept" for n in names) + " |"
        out.append(head)
        out.append("|" + "---|" * (1 + 2 * len(names)))
        for item in order:
            cells = []
            for nme in names:
                r, rt, k, kt = scores[nme][key][item]
                cells += [_pct(r, rt), _pct(k, kt)]
            out.append(f"| {item} | " + " | ".join(cells) + " |")
        cells = []
        for nme in names:
            tot = [sum(v[i] for v in scores[nme][key].values()) for i in range(4)]
            cells += [f"**{_pct(tot[0], tot[1])}**", f"**{_pct(tot[2], tot[3])}**"]
        out.append("| all | " + " | ".join(cells) + " |")
        out.append("")
    out.append("Per kind of value (removed for secrets, kept for distractors):")
    out.append("")
    out.append("| kind | " + " | ".join(names) + " |")
    out.append("|" + "---|" * (1 + len(names)))
    for kind in sorted(scores["misdirect"]["kind"]):
        cells = []
        for nme in names:
            r, rt, k, kt = scores[nme]["kind"][kind]
            cells.append(_pct(r, rt) if rt else _pct(k, kt))
        out.append(f"| {kind} | " + " | ".join(cells) + " |")
    out.append("")
    out.extend(_hard_section(quick))
    out.append("Time to redact the whole corpus: " + ", ".join(
        f"{nme} {timing[nme]:.1f} s" for nme in names) + ".")
    out.append("")
    out.append("Speed of `scan` (one process, one thread; subject + body, all default detectors). "
               "*Per core* divides by the CPU time the process used (`time.process_time`, "
               "`time.thread_time` for single messages), which is what one core delivers; the wall "
               "clock also counts the time the process waited for a core on this shared machine:")
    out.append("")
    out.append("| input | per core (CPU time) | wall clock | |")
    out.append("|---|---|---|---|")
    out.extend(_speed(msgs, quick))
    out.append("")
    out.append("Targets: ≥ 10 MB/s per core, ≤ 100 µs for a typical 2 KB message.")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    print(run(quick=ap.parse_args().quick))
