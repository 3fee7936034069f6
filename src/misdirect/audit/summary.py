"""What an audit counts, in memory that stays flat whatever the number of sends.

Workers fold each chunk of sends into a `ChunkStats`; the runner merges them into one `Summary`,
which the terminal table and the HTML report draw from and the checkpoint saves. Every part is
bounded: counts per action and per code, sends per day (one entry a day), a few sample
explanations per code, and the most affected customers kept by the Space-Saving algorithm
(`TopCustomers`: exact while fewer customers have findings than its capacity, after that the
counts of the customers it keeps are upper bounds, off by at most the ``error`` it shows).

Nothing here holds a body, a secret, or an address in clear: recipients are masked
(`misdirect.addresses.mask_address`) before they are counted.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from misdirect.addresses import mask_address
from misdirect.models import Action

__all__ = ["ACTIONS", "ChunkStats", "Summary", "TopCustomers", "mask_addresses_in"]

ACTIONS = tuple(a.value for a in Action)
_RANK = {a: i for i, a in enumerate(ACTIONS)}
#: Masked recipients kept per affected customer.
MAX_RECIPIENTS_SHOWN = 3
_ADDRESS = re.compile(r"[^\s@<>()\[\]\"',;:]+@[^\s@<>()\[\]\"',;:]+\.[^\s@<>()\[\]\"',;:.]+")


def mask_addresses_in(text: str) -> str:
    """``text`` with every address in it masked (an explanation names the recipient and the
    customer's own address; a report shows neither in clear)."""
    return _ADDRESS.sub(lambda m: mask_address(m.group(0)), text)


@dataclass
class ChunkStats:
    """The counts of one chunk of sends (built by a worker, merged by the runner)."""

    audited: int = 0
    failed: int = 0
    actions: Counter[str] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    #: ``{"2025-03-01": {"allow": 10, "hold": 1}}``; sends without sent_at under ``""``.
    days: dict[str, Counter[str]] = field(default_factory=dict)
    judged_at_sent_at: int = 0
    judged_today: int = 0
    #: Customers of sends that were not allowed: ``[sends, held or blocked, masked recipients]``.
    customers: dict[str, list[Any]] = field(default_factory=dict)
    samples: dict[str, list[str]] = field(default_factory=dict)

    def add_record(self, record: dict[str, Any]) -> None:
        self.audited += 1
        action = record["action"]
        self.actions[action] += 1
        self.codes.update(record["codes"])
        sent_at = record.get("sent_at")
        day = sent_at[:10] if sent_at else ""
        self.days.setdefault(day, Counter())[action] += 1
        if sent_at:
            self.judged_at_sent_at += 1
        else:
            self.judged_today += 1
        if action != "allow":
            entry = self.customers.setdefault(record["customer_id"], [0, 0, []])
            entry[0] += 1
            if _RANK[action] >= _RANK["hold"]:
                entry[1] += 1
            for r, a in record["recipient_actions"].items():
                if a == "allow" or len(entry[2]) >= MAX_RECIPIENTS_SHOWN:
                    continue  # (no mask made for a customer whose list is already full)
                masked = mask_address(r)
                if masked not in entry[2]:
                    entry[2].append(masked)

    def add_error(self, kind: str) -> None:
        self.failed += 1
        self.errors[kind] += 1


class TopCustomers:
    """The customers with the most flagged sends, in bounded memory (Space-Saving, Metwally et
    al. 2005, with evictions in batches): the table grows to twice its capacity, then keeps the
    ``capacity`` most counted. A customer that comes (back) after an eviction starts at the
    largest count evicted so far (``floor``) and carries it as its possible over-count
    (``error``): counts are never under-counted, and every customer counted more than ``floor``
    times is in the table."""

    def __init__(self, capacity: int = 1000) -> None:
        self.capacity = capacity
        self.floor = 0
        #: customer -> [flagged sends, held or blocked, masked recipients, error]
        self.entries: dict[str, list[Any]] = {}

    def add(self, customer: str, flagged: int, severe: int, recipients: list[str]) -> None:
        e = self.entries.get(customer)
        if e is None:
            if len(self.entries) >= 2 * self.capacity:
                self._evict()
            e = self.entries[customer] = [self.floor, 0, [], self.floor]
        e[0] += flagged
        e[1] += severe
        for r in recipients:
            if r not in e[2] and len(e[2]) < MAX_RECIPIENTS_SHOWN:
                e[2].append(r)

    def _evict(self) -> None:
        ranked = sorted(self.entries.items(), key=lambda kv: (-kv[1][0], kv[0]))
        self.floor = max(self.floor, max(e[0] for _c, e in ranked[self.capacity:]))
        self.entries = dict(ranked[:self.capacity])

    def top(self, k: int = 20) -> list[tuple[str, int, int, list[str], int]]:
        ranked = sorted(self.entries.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))
        return [(c, e[0], e[1], list(e[2]), e[3]) for c, e in ranked[:k]]

    @property
    def exact(self) -> bool:
        return self.floor == 0


@dataclass
class Summary:
    """The whole run's counts. ``read == audited + failed`` always holds."""

    audited: int = 0
    failed: int = 0
    actions: Counter[str] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    days: dict[str, Counter[str]] = field(default_factory=dict)
    judged_at_sent_at: int = 0
    judged_today: int = 0
    customers: TopCustomers = field(default_factory=TopCustomers)
    samples: dict[str, list[str]] = field(default_factory=dict)
    samples_per_code: int = 3
    #: With a baseline: sends with at least one finding the baseline does not hold, per action.
    new_by_action: Counter[str] = field(default_factory=Counter)
    new_findings: int = 0
    known_findings: int = 0

    @property
    def read(self) -> int:
        return self.audited + self.failed

    def merge(self, chunk: ChunkStats) -> None:
        self.audited += chunk.audited
        self.failed += chunk.failed
        self.actions.update(chunk.actions)
        self.codes.update(chunk.codes)
        self.errors.update(chunk.errors)
        for day, counts in chunk.days.items():
            self.days.setdefault(day, Counter()).update(counts)
        self.judged_at_sent_at += chunk.judged_at_sent_at
        self.judged_today += chunk.judged_today
        for cid, (flagged, severe, recipients) in chunk.customers.items():
            self.customers.add(cid, flagged, severe, recipients)
        for code, texts in chunk.samples.items():
            kept = self.samples.setdefault(code, [])
            for t in texts:
                if len(kept) < self.samples_per_code and t not in kept:
                    kept.append(t)

    def reached(self, action: str) -> int:
        """Sends whose action was ``action`` or more severe."""
        return sum(n for a, n in self.actions.items() if _RANK[a] >= _RANK[action])

    def new_reached(self, action: str) -> int:
        """Sends at ``action`` or above that carry a finding the baseline does not hold."""
        return sum(n for a, n in self.new_by_action.items() if _RANK[a] >= _RANK[action])

    # -- checkpoint state ------------------------------------------------------------------------

    def to_state(self) -> dict[str, Any]:
        return {
            "audited": self.audited, "failed": self.failed, "actions": dict(self.actions),
            "codes": dict(self.codes), "errors": dict(self.errors),
            "days": {d: dict(c) for d, c in self.days.items()},
            "judged_at_sent_at": self.judged_at_sent_at, "judged_today": self.judged_today,
            "customers": {"capacity": self.customers.capacity, "floor": self.customers.floor,
                          "entries": self.customers.entries},
            "samples": self.samples, "new_by_action": dict(self.new_by_action),
            "new_findings": self.new_findings, "known_findings": self.known_findings,
        }

    @classmethod
    def from_state(cls, state: dict[str, Any], samples_per_code: int = 3) -> Summary:
        s = cls(samples_per_code=samples_per_code)
        s.audited, s.failed = state["audited"], state["failed"]
        s.actions, s.codes = Counter(state["actions"]), Counter(state["codes"])
        s.errors = Counter(state["errors"])
        s.days = {d: Counter(c) for d, c in state["days"].items()}
        s.judged_at_sent_at, s.judged_today = state["judged_at_sent_at"], state["judged_today"]
        s.customers = TopCustomers(state["customers"]["capacity"])
        s.customers.floor = state["customers"]["floor"]
        s.customers.entries = {k: list(v) for k, v in state["customers"]["entries"].items()}
        s.samples = {k: list(v) for k, v in state["samples"].items()}
        s.new_by_action = Counter(state["new_by_action"])
        s.new_findings, s.known_findings = state["new_findings"], state["known_findings"]
        return s
