"""Property (issue 12, part 2): no output shows, in clear, an address on another customer's record.

Over random small directories (namesakes, shared family mailboxes, addresses at real mail
domains) and recipients derived from them (exact, a domain slip, a local slip, Gmail dots, case,
display names, Cyrillic lookalikes), every output a person or a log can read is searched for
addresses: the `Finding` fields, ``verdict.explain()``, the ``check --json`` record (the function
behind it, ``misdirect.cli._verdict_json``), the audit records (``audit --out``) and the HTML
report. An address found there may be:

* one the caller typed (in any form with the same mailbox key): it is their own input;
* on the record of the customer the message is about (also when another record shares it);
* on nobody's record (a correction to a mailbox nobody has, ``bo@gmail.com`` for ``bo@gmial.com``).

Any other address whose mailbox key is on another customer's record is a leak. Masked addresses
(``l******g@t***a.com``) never parse back to a record's key: the alphabet below has no ``*``.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from misdirect import Customer, Directory, OutboundEmail, Verdict
from misdirect.addresses import InvalidAddress, parse_recipient
from misdirect.audit import AuditConfig, audit_guard, run_audit
from misdirect.audit.report import render_report
from misdirect.audit.sources import RawSend, Source
from misdirect.cli import _verdict_json

NAMES = ["Linnea Öberg", "Bo Ek", "Anna Svensson", "Matti Virtanen"]
LOCALS = ["linnea.oberg", "linnea.oberg1987", "bo", "bo.ek", "anna.svensson", "annasvensson",
          "matti.v", "ek.family"]
DOMAINS = ["telia.com", "gmail.com", "hotmail.com", "comhem.se", "elisa.fi", "outlook.com"]
#: one slip of each domain that domain_typo corrects (and one it leaves alone)
DOMAIN_SLIPS = {"telia.com": "telia.co", "gmail.com": "gmial.com", "hotmail.com": "hotmial.com",
                "comhem.se": "comhen.se", "elisa.fi": "elisa.f", "outlook.com": "outlok.com"}
CYRILLIC = {"a": "\u0430", "o": "\u043e", "e": "\u0435"}

_ADDRESS = re.compile(r"[^\s<>()\[\]\"',;:]+@[^\s<>()\[\]\"',;:]+")

addresses = st.builds(lambda local, domain: f"{local}@{domain}", st.sampled_from(LOCALS),
                      st.sampled_from(DOMAINS))


@st.composite
def directories(draw: st.DrawFn) -> list[Customer]:
    n = draw(st.integers(2, 5))
    return [Customer(id=f"C-{i}", full_name=draw(st.sampled_from(NAMES)),
                     emails=draw(st.lists(addresses, min_size=1, max_size=2, unique=True)))
            for i in range(1, n + 1)]


def _derive(address: str, how: str, name: str) -> str:
    local, _, domain = address.partition("@")
    if how == "domain_slip":
        return f"{local}@{DOMAIN_SLIPS[domain]}"
    if how == "local_slip":
        return f"{local[:-1]}@{domain}" if len(local) > 1 else f"{local}x@{domain}"
    if how == "dots":
        return f"{local.replace('.', '')}@{domain}" if "." in local else f"{local[0]}.{local[1:]}@{domain}"
    if how == "case":
        return address.upper()
    if how == "display":
        return f"{name} <{address}>"
    if how == "lookalike":
        for latin, cyrillic in CYRILLIC.items():
            if latin in local:
                return f"{local.replace(latin, cyrillic, 1)}@{domain}"
    if how == "slip_and_display":
        return f"{name} <{local}@{DOMAIN_SLIPS[domain]}>"
    return address


@st.composite
def cases(draw: st.DrawFn) -> tuple[list[Customer], str, list[str]]:
    customers = draw(directories())
    customer = draw(st.sampled_from(customers))
    every = [a for c in customers for a in c.emails]
    recipients = []
    for _ in range(draw(st.integers(1, 3))):
        base = draw(st.sampled_from(every) | addresses)
        how = draw(st.sampled_from(["exact", "domain_slip", "domain_slip", "local_slip", "dots",
                                    "case", "display", "lookalike", "slip_and_display"]))
        recipients.append(_derive(base, how, draw(st.sampled_from(NAMES))))
    return customers, customer.id, recipients


@dataclass
class _Sends(Source):
    """The sends of one example, as the audit reads JSONL lines."""

    lines: list[bytes] = field(default_factory=list)

    def __iter__(self) -> Iterator[RawSend]:
        for n, line in enumerate(self.lines, start=1):
            yield RawSend(n, f"{self.name}:{n}", "json", line)


def _key(token: str) -> str | None:
    try:
        return parse_recipient(token.rstrip(".?!")).key
    except InvalidAddress:
        return None


def _keys_in(text: str) -> set[str]:
    return {k for k in map(_key, _ADDRESS.findall(text)) if k is not None}


def _outputs(verdict: Verdict, customer_id: str, audit_out: str, report: str) -> dict[str, str]:
    return {
        "findings": "\n".join(f.model_dump_json() for f in verdict.findings),
        "reasons": "\n".join(verdict.reasons),
        "explain": verdict.explain(),
        "check --json": json.dumps(_verdict_json(verdict, customer_id), ensure_ascii=False),
        "audit --out": audit_out,
        "report": report,
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_no_output_shows_another_customers_address(case: tuple[list[Customer], str, list[str]]
                                                   ) -> None:
    customers, customer_id, recipients = case
    directory = Directory.connect("sqlite://")
    try:
        directory.upsert(customers)
        guard = audit_guard(directory, scan_content=False)
        email = OutboundEmail(customer_id=customer_id, to=recipients, subject="Order 1234")
        verdict = guard.check(email)
        send = json.dumps({"customer_id": customer_id, "to": recipients}).encode()
        out = io.StringIO()
        result = run_audit(_Sends("sends.jsonl", lines=[send]), guard,
                           AuditConfig(out_stream=out, workers=1))
        report = render_report(result.summary, {"source": "sends.jsonl"})
    finally:
        directory.close()

    for code in sorted(verdict.codes() & {"suggestion_owned_by_other_customer", "domain_typo",
                                          "owned_by_other_customer", "lookalike_characters"}):
        event(code)
    own = {k for c in customers if c.id == customer_id for k in map(_key, c.emails) if k}
    typed = set().union(*(_keys_in(r) for r in recipients))
    others = {k for c in customers if c.id != customer_id for k in map(_key, c.emails) if k}
    forbidden = others - own - typed
    for name, text in _outputs(verdict, customer_id, out.getvalue(), report).items():
        leaked = _keys_in(text) & forbidden
        assert not leaked, f"{name} shows {sorted(leaked)} of another customer:\n{text}"
