"""The Guard's fast paths give what the plain path gives.

* Checks that declare ``silent_for_own`` are skipped for a message whose every recipient is the
  customer's own: a Guard running every check on every message (the checks wrapped so that none
  declares it) gives the same verdict, field for field, on a mixed corpus (own addresses, slips,
  other customers' and namesakes' addresses, history, shared, misdirected and unverified
  mailboxes, lookalike letters), judged today and as of several times.
* The Verdict is built without validating its parts again (`models._trusted_verdict`): it equals
  ``Verdict(...)`` of the same parts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar

import pytest
from test_audit_reference import _corpus

from misdirect import Directory, Guard, OutboundEmail
from misdirect.addresses import InvalidAddress, parse_recipient
from misdirect.checks import DEFAULT_CHECKS, CheckContext
from misdirect.models import Finding, Verdict, _trusted_verdict

TIMES: list[dt.datetime | None] = [None, dt.datetime(2025, 1, 15, 8), dt.datetime(2025, 2, 15),
                                   dt.datetime(2025, 3, 15), dt.datetime(2025, 2, 1)]


class _Plain:
    """A check as it is, minus any ``silent_for_own``: the Guard runs it for every message."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.id = inner.id
        self.codes = inner.codes

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        return self.inner.run(ctx)


class _Tell:
    """A custom check without ``silent_for_own``: always run."""

    id: ClassVar[str] = "tell"
    codes: ClassVar[tuple[str, ...]] = ("tell",)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        yield Finding(code="tell", explanation="told", check=self.id)


@pytest.fixture(scope="module")
def corpus_directory() -> Iterator[tuple[Directory, list[dict[str, Any]]]]:
    customers, sends = _corpus(seed=5)
    d = Directory.connect("sqlite://")
    d.upsert(customers)
    first = customers[0].emails[0]
    # a shared (allowlisted) mailbox, a misdirected one that is still on record, an unverified
    # one, and another customer's mailbox marked misdirected for C-2
    d.allow_shared("C-1", first, reason="family")
    d.mark_misdirected("C-3", customers[3].emails[0])
    d.mark_unverified("C-4", customers[4].emails[0])
    d.mark_misdirected("C-2", customers[5].emails[0])
    extra: list[dict[str, Any]] = [
        {"customer_id": "C-1", "to": [first]},
        {"customer_id": "C-3", "to": [customers[3].emails[0]]},
        {"customer_id": "C-4", "to": [customers[4].emails[0]],
         "text": "Your verification code is 483920."},
        {"customer_id": "C-2", "to": [customers[5].emails[0]]},
        # lookalike letters (a Cyrillic a) in an address that reads as the customer's own
        {"customer_id": "C-6", "to": [customers[6].emails[0].replace("a", "\u0430", 1)]},
        {"customer_id": "C-7", "to": [], "cc": [customers[7].emails[0]]},
        {"customer_id": "C-8", "to": [customers[8].emails[0], customers[8].emails[0]]},
        {"customer_id": "C-9", "to": ["not an address", customers[9].emails[0]]},
    ]
    try:
        yield d, sends + extra
    finally:
        d.close()


def _emails(sends: list[dict[str, Any]]) -> list[OutboundEmail]:
    keys = ("customer_id", "to", "cc", "bcc", "subject", "text")
    return [OutboundEmail(**{k: s[k] for k in keys if k in s}) for s in sends]


@pytest.mark.parametrize("scan_content", [False, True])
def test_skipping_silent_checks_changes_no_verdict(
        corpus_directory: tuple[Directory, list[dict[str, Any]]], scan_content: bool) -> None:
    d, sends = corpus_directory
    extra = (_Tell(),)
    fast = Guard(d, checks=(*DEFAULT_CHECKS, *extra), scan_content=scan_content)
    plain = Guard(d, checks=(*(_Plain(c) for c in DEFAULT_CHECKS), *extra),
                  scan_content=scan_content)
    all_own = others = 0
    for email in _emails(sends):
        for at in TIMES:
            got = fast.check(email, at=at)
            want = plain.check(email, at=at)
            assert got.model_dump() == want.model_dump(), (email.customer_id, at)
            assert got == want
            assert any(f.code == "tell" for f in got.findings)  # the custom check ran
            keys = (d if at is None else d.at(at)).customer(email.customer_id).keys
            if _all_own(email, keys):
                all_own += 1
            else:
                others += 1
    assert all_own > 100 and others > 100


def _all_own(email: OutboundEmail, keys: frozenset[str]) -> bool:
    try:
        return bool(email.recipients()) and all(
            parse_recipient(a).key in keys for _f, a in email.recipients())
    except InvalidAddress:
        return False


def test_every_silent_check_is_silent_for_own_recipients(
        corpus_directory: tuple[Directory, list[dict[str, Any]]]) -> None:
    """Each built-in check that declares ``silent_for_own`` yields nothing, run on its own, for
    a message only to the customer's addresses (as the directory had them at each time)."""
    d, _sends = corpus_directory
    guard = Guard(d, scan_content=False)
    silent = [c for c in DEFAULT_CHECKS if getattr(c, "silent_for_own", False)]
    assert {c.id for c in silent} >= {"owned_by_other_customer", "near_other_customer_address",
                                      "name_mismatch", "namesake_collision"}
    assert not any(getattr(c, "silent_for_own", False) for c in DEFAULT_CHECKS
                   if c.id in ("misdirected_address", "lookalike_characters",
                               "unverified_recipient"))
    seen = 0
    captured: list[CheckContext] = []
    original = Guard._run_checks

    def capture(self: Guard, ctx: CheckContext, findings: list[Finding], scale: float) -> None:
        captured.append(ctx)
        original(self, ctx, findings, scale)

    for cid in [f"C-{i}" for i in range(60)]:
        for at in TIMES:
            view = d if at is None else d.at(at)
            c = view.customer(cid)
            if not c.addresses:
                continue
            email = OutboundEmail(customer_id=cid, to=[a for a, _k in c.addresses][:3])
            captured.clear()
            Guard._run_checks = capture  # type: ignore[method-assign]
            try:
                guard.check(email, at=at)
            finally:
                Guard._run_checks = original  # type: ignore[method-assign]
            (ctx,) = captured
            assert all(ctx.is_own(r) for r in ctx.recipients)
            for check in silent:
                assert list(check.run(ctx)) == [], (check.id, cid, at)
            seen += 1
    assert seen > 150


def test_trusted_verdict_equals_the_validated_one(
        corpus_directory: tuple[Directory, list[dict[str, Any]]]) -> None:
    d, sends = corpus_directory
    guard = Guard(d, scan_content=False)
    for email in _emails(sends)[:120]:
        v = guard.check(email, at=TIMES[2])
        parts = {k: getattr(v, k) for k in Verdict.model_fields}
        validated = Verdict(**parts)
        built = _trusted_verdict(**parts)
        assert built == validated == v
        assert built.model_dump() == validated.model_dump()
        assert built.model_fields_set == validated.model_fields_set
        assert built.model_dump_json() == validated.model_dump_json()
        assert repr(built) == repr(validated)
        with pytest.raises(Exception, match="frozen"):
            built.action = v.action  # type: ignore[misc]
