"""The scan's shared per-record matchers against the straightforward path (a fresh matcher per
message): findings and redacted output identical over the development corpus with customer records."""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

from misdirect import Customer, OutboundEmail
from misdirect.content import scan
from misdirect.content.personal import _personal_data_of

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from content_corpus import generate  # noqa: E402


def _customer(rng: random.Random, n: int) -> Customer:
    return Customer(
        id=f"C-{n}", phone=f"+46 70 {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}",
        postal_address=rng.choice(["Storgatan", "Hauptstraße", "Östra Långgatan"]) + f" {n % 40}",
        postal_code=f"{rng.randrange(100, 999)} {rng.randrange(10, 99)}",
        birth_date=dt.date(1940 + rng.randrange(60), 1 + rng.randrange(12), 1 + rng.randrange(28)),
        customer_number=f"K{rng.randrange(10**3, 10**4)}",
        national_id=f"{rng.randrange(10**5, 10**6)}-{rng.randrange(1000, 9999)}")


def _outcome(email: OutboundEmail, customer: Customer) -> tuple[object, ...]:
    res = scan(email, customer)
    return ([(f.code, f.kind, f.check, f.location) for f in res.findings],
            res.message.subject, res.message.text, res.message.html)


def test_shared_record_matchers_change_no_finding_and_no_byte() -> None:
    rng = random.Random(11)
    # a few customers, each scanned many times, so the shared matchers are reused
    customers = [_customer(rng, n) for n in range(8)]
    msgs = generate(270)
    compared = with_personal = 0
    for i, m in enumerate(msgs):
        c = customers[i % len(customers)]
        head = f"Delivery address: {c.postal_address}, {c.postal_code}\nCustomer {c.customer_number}\n"
        email = OutboundEmail(customer_id=c.id, to=["x@example.com"], subject=m.subject,
                              text=head + (m.text or ""), html=m.html)
        shared = _outcome(email, c)
        _personal_data_of.cache_clear()  # the straightforward path: a fresh matcher
        assert shared == _outcome(email, c)
        compared += 1
        with_personal += any(code == "personal_data_in_body" for code, *_ in shared[0])  # type: ignore[index]
    assert compared == len(msgs) and with_personal > len(msgs) // 2
