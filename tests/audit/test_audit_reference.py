"""The audit's findings file equals, record for record, what the straightforward per-send path
gives: ``json.loads`` of each line, ``Guard.check(email, at=sent_at)`` with a fresh Guard, and
``verdict_record``. A guard against any batching or caching in the audit changing an output, on
a generated mixed corpus (own addresses, slips, other customers' addresses, namesakes, addresses
added and removed over time, sends before and after those times and without a time, secrets in
bodies), on SQLite and on PostgreSQL, in one process and in two."""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from misdirect import Customer, Directory
from misdirect.audit import AuditConfig, audit_guard, open_source, run_audit
from misdirect.audit.runner import sent_at_time
from misdirect.audit.sources import email_from_record, normalize_sent_at
from misdirect.io import verdict_record

FIRST = ["Anna", "Erik", "Maria", "Johan", "Karin", "Lars", "Eva", "Per", "Sara", "Nils"]
LAST = ["Svensson", "Lindqvist", "Berg", "Holm", "Nyström", "Ekström", "Sandberg", "Falk"]
DOMAINS = ["telia.com", "gmail.com", "comhem.se", "outlook.com", "bredband.net"]
ADDED = "2025-02-01T00:00:00Z"
REMOVED = "2025-03-01T00:00:00Z"
BODIES = [
    "Tack för din beställning! Den skickas i morgon.",
    "Ditt tillfälliga lösenord: Vinter-2025-kx9 (byt det när du loggat in).",
    "Your verification code is 483920. It expires in 10 minutes.",
    "Betala med kort 4111 1111 1111 1111, utgång 12/27.",
    "Hej {name}, ditt personnummer 19811218-9876 finns på fakturan.",
    "Hi {name}, your order has shipped.",
]


def _corpus(seed: int = 11) -> tuple[list[Customer], list[dict[str, Any]]]:
    rng = random.Random(seed)
    customers: list[Customer] = []
    own: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for i in range(60):
        # every 10th customer shares the previous one's name: namesakes
        name = names[f"C-{i - 1}"] if i % 10 == 9 else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        first, last = (p.lower().replace("ö", "o") for p in name.split())
        domain = rng.choice(DOMAINS)
        base = f"{first}.{last}{i}@{domain}"
        emails: list[Any] = [base]
        if i % 3 == 0:
            emails.append({"address": f"{first}{i}.new@{domain}", "added_at": ADDED})
        if i % 4 == 0:
            emails.append({"address": f"{last}{i}.old@{domain}", "removed_at": REMOVED})
        customers.append(Customer.model_validate({"id": f"C-{i}", "full_name": name,
                                                  "emails": emails}))
        own[f"C-{i}"] = [e if isinstance(e, str) else e["address"] for e in emails]
        names[f"C-{i}"] = name
    ids = list(own)
    sends: list[dict[str, Any]] = []
    for n in range(400):
        cid = rng.choice(ids)
        mine = rng.choice(own[cid])
        local, domain = mine.split("@")
        kind = n % 6
        if kind == 0:
            to = mine
        elif kind == 1:  # a slip: one letter swapped or dropped
            j = rng.randrange(1, len(local) - 1)
            to = f"{local[:j]}{local[j + 1]}{local[j]}{local[j + 2:]}@{domain}" if n % 2 else \
                f"{local[:j]}{local[j + 1:]}@{domain}"
        elif kind == 2:  # another customer's address
            to = rng.choice(own[rng.choice([c for c in ids if c != cid])])
        elif kind == 3:  # a namesake's address (the customer before or after by name)
            i = int(cid.split("-")[1])
            mate = f"C-{i + 1}" if i % 10 == 8 else f"C-{i - 1}" if i % 10 == 9 else cid
            to = own[mate][0]
        elif kind == 4:  # a domain slip
            to = f"{local}@{domain.replace('.', '', 1) if n % 2 else 'gmial.com'}"
        else:  # a new address nobody has
            to = f"someone{n}@example.org"
        sent_at = rng.choice([None, "", "2025-01-15T08:00:00Z", "2025-02-15T08:00:00+01:00",
                              "2025-03-15", "2025-02-01T00:00:00Z"])
        send: dict[str, Any] = {
            "message_id": f"M-{n}", "customer_id": cid, "to": [to],
            "subject": f"Order {n}",
            "text": rng.choice(BODIES).format(name=names[cid].split()[0])}
        if n % 7 == 0:
            send["cc"] = [own[cid][0]]
        if sent_at is not None:
            send["sent_at"] = sent_at
        sends.append(send)
    return customers, sends


def _reference(url: str, sends_file: Path) -> list[dict[str, Any]]:
    """Each send on its own: the straightforward path, with a Guard of its own."""
    out = []
    with Directory.connect(url, create=False) as d:
        guard = audit_guard(d)
        lines = sends_file.read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines, 1):
            obj = json.loads(line)
            email = email_from_record(obj)
            sent_at = normalize_sent_at(obj.get("sent_at"))
            at = sent_at_time(sent_at)
            verdict = guard.check(email) if at is None else guard.check(email, at=at)
            record = verdict_record(verdict, n=n, position=f"{sends_file}:{n}",
                                    message_id=email.message_id, sent_at=sent_at,
                                    customer_id=email.customer_id)
            for f in record["findings"]:
                f.get("other_customers", []).sort(key=lambda o: (o["id"], o["masked_address"]))
            out.append(record)
    return out


@pytest.mark.parametrize("backend", ["sqlite-file", "postgres"])
def test_findings_equal_the_per_send_guard_check(
        directory_url: str, write_jsonl: Callable[..., Path],
        read_jsonl: Callable[[Path], list[dict[str, Any]]], tmp_path: Path) -> None:
    customers, sends = _corpus()
    with Directory.connect(directory_url) as d:
        d.upsert(customers)
    sends_file = write_jsonl(sends)
    expected = _reference(directory_url, sends_file)
    for workers in (1, 2):
        out = tmp_path / f"findings-{workers}.jsonl"
        with Directory.connect(directory_url, create=False) as d:
            result = run_audit(open_source(sends_file), audit_guard(d),
                               AuditConfig(out=out, errors=out.with_suffix(".errors"),
                                           workers=workers, chunk_size=37))
        got = read_jsonl(out)
        assert len(got) == len(expected) == len(sends)
        for g, e in zip(got, expected, strict=True):
            assert g == e, g["message_id"]
        assert result.summary.failed == 0
    # the corpus holds what it claims to: each kind of finding and both ways of judging
    codes = Counter(c for r in expected for c in r["codes"])
    for code in ("owned_by_other_customer", "typo_of_customer_address", "recipient_not_on_record",
                 "secret_in_body"):
        assert codes[code] > 0, (code, codes)
    assert {r["action"] for r in expected} >= {"allow", "block"}
    assert sum(1 for r in expected if r["sent_at"]) > 100
    assert sum(1 for r in expected if not r["sent_at"]) > 50
