"""`Guard.check`: normalize -> content -> recipient checks -> allowlist -> policy -> `Verdict`.

Fail-safe: every check (and the content scan, and the customer lookup) runs under a time budget
from the policy. One that raises or runs over never silently allows: it becomes a ``check_failed``
finding, which the policy turns into HOLD (``fail_closed``, the default) or ALLOW (``fail_open``).
A failure never weakens a verdict: ``check_failed`` is added beside every finding the completed
checks produced, and the message's action is the highest of all, so a message an available check
blocks stays blocked under ``fail_open`` too.

Checks named in ``checks.isolate`` (DNS by default) run in a worker thread and are abandoned at
their budget; the others run inline (they only read the in-memory index) and fail when they return
over budget. The content scan stops itself at its budget (`misdirect.content.scan`'s
``deadline``); a body it did not finish is held whatever ``on_check_failure`` says.

The directory: when its freshness probe or a rebuild fails (database locked, gone, or its SQLite
file replaced), the in-memory index still answers and `Directory.health` says why it may be
behind; that becomes one ``check_failed`` finding (``check="directory"``). Only when there is no
index at all do the recipient checks not run; the content scan still does (without the record).
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from email.message import Message
from typing import TYPE_CHECKING, Any

from misdirect.addresses import LINE_BREAKS
from misdirect.checks import DEFAULT_CHECKS, Check, CheckContext, Recipient
from misdirect.checks.suggestions import withhold_other_customers_suggestions
from misdirect.directory.index import CustomerEntry
from misdirect.dns import DomainStatus, MailResolver, MxAnswer
from misdirect.domains import DomainKnowledge
from misdirect.errors import InputError, UnknownCustomerError
from misdirect.models import Finding, Location, OutboundEmail, Verdict, _trusted_verdict
from misdirect.policy import MessageFacts, Policy, VerificationSettings

if TYPE_CHECKING:
    import smtplib

    from misdirect.directory.store import Directory
    from misdirect.integrations.quarantine import Quarantine
    from misdirect.integrations.smtp import GuardedConnection
    from misdirect.mime import MessageVerdict

__all__ = ["Guard", "PolicyContext", "checked_message", "header_injections"]

#: A content scanner: ``scan(email, customer, *, redact=...)`` returning a ContentScan.
Scanner = Callable[..., Any]

#: The built-in scan's deadline, as a share of the content budget: the record lookup and the
#: scan's last window come on top.
_SCAN_SHARE = 0.9


@dataclass
class PolicyContext(CheckContext):
    """The context the Guard gives checks: `CheckContext` plus what the content scan found and
    the policy's verification settings (``unverified_recipient`` reads them)."""

    sensitive_kinds: frozenset[str] = frozenset()
    verification: VerificationSettings | None = None


class CheckTimedOut(Exception):
    """A check ran over its time budget."""


class DnsUndecided(Exception):
    """A DNS answer that is neither yes nor no (timeout, server failure)."""


class _StrictResolver:
    """Makes an UNKNOWN DNS answer an error, so that a slow DNS fails the check instead of
    silently passing it (``dns.unknown_is_failure``)."""

    def __init__(self, inner: MailResolver) -> None:
        self.inner = inner

    def mail_status(self, domain: str) -> MxAnswer:
        answer = self.inner.mail_status(domain)
        if answer.status is DomainStatus.UNKNOWN:
            raise DnsUndecided(f"no DNS answer for {domain}: {answer.detail or 'unknown'}")
        return answer


class Guard:
    """Checks outbound emails against the customer directory.

    >>> guard = Guard(directory)                       # the default policy, no DNS
    >>> verdict = guard.check(email)
    >>> verdict.action, verdict.findings, verdict.message, verdict.explain()

    ``policy``: a `Policy` (default `Policy.default()`, the shipped default_policy.toml).
    ``resolver``: a `misdirect.dns.MailResolver`; when None and the policy says
    ``dns.enabled = true``, a `misdirect.dns.CachedResolver` with the policy's timeout is built.
    ``checks``: the recipient checks to run (default `DEFAULT_CHECKS` minus those the policy
    disables). ``scan_content``: run the content scanner (True), not (False), or this scanner.
    A Guard is safe to share between threads.
    """

    def __init__(self, directory: Directory, *, policy: Policy | None = None,
                 checks: Sequence[Check] | None = None, resolver: MailResolver | None = None,
                 scan_content: bool | Scanner = True) -> None:
        self.directory = directory
        self.policy = policy if policy is not None else Policy.default()
        p = self.policy
        if checks is None:
            off = set(p.checks.disabled)
            if not p.namesakes.collision:
                off.add("namesake_collision")
            if not p.namesakes.ambiguous:
                off.add("namesake_ambiguous")
            checks = [c for c in DEFAULT_CHECKS if c.id not in off]
        self.checks = tuple(checks)
        if resolver is None and p.dns.enabled:
            from misdirect.dns import CachedResolver

            resolver = CachedResolver(timeout=p.dns.timeout)
        self.resolver = resolver
        self._check_resolver: MailResolver | None = (
            _StrictResolver(resolver) if resolver is not None and p.dns.unknown_is_failure
            else resolver)
        self.scan_content = scan_content
        self._domains = DomainKnowledge(
            lambda: directory.index.domain_counts(),
            min_directory_count=p.recipients.frequent_domain_min_count)
        # A worker thread per check costs ~0.3 ms; only isolate what can actually block (DNS).
        self._isolate = frozenset(c for c in p.checks.isolate
                                  if c != "undeliverable_domain" or resolver is not None)
        self._budgets = {c.id: p.checks.budget(c.id) for c in self.checks}
        # the freshness probe's database timeouts follow the directory budget
        limit = getattr(directory, "limit_probe_time", None)
        if callable(limit):
            limit(p.checks.budget("directory"))
        self._pool: ThreadPoolExecutor | None = None
        self._warmed = False
        self._warm_lock = threading.Lock()
        self._pool_lock = threading.Lock()

    def warm(self) -> None:
        """Load what checks load lazily (the index, the shipped domain and name lists, the content
        patterns), so that a cold start is not counted against the checks' time budgets. The
        first `check` calls it; call it yourself to pay the cost at start-up instead."""
        with self._warm_lock:
            if self._warmed:
                return
            from misdirect.names import first_names, surnames

            try:
                self.directory.index  # noqa: B018 - builds the index from the database
                self._domains.refresh()
            except Exception:  # noqa: BLE001 - the check that needs it reports the failure
                return
            first_names()
            surnames()
            if self.scan_content is True:
                from misdirect import content

                content.scan(OutboundEmail(customer_id="-", subject="PIN 1234",
                                           text="Password: warm-up"), None)
            self._warmed = True

    def __reduce__(self) -> tuple[Any, ...]:
        """A Guard travels to another process (a Dask worker) as its parts: the directory goes by
        URL and builds its index there once; threads, locks and caches are made anew."""
        return (_rebuild_guard, (self.directory, self.policy, self.checks, self.resolver,
                                 self.scan_content))

    # -- checking --------------------------------------------------------------------------------

    def check(self, email: OutboundEmail, *, at: dt.datetime | None = None) -> Verdict:
        """Check every recipient (to, cc, bcc) and the body; never sends anything.

        ``at``: judge the recipients against the directory as it was at that time (an audit of
        historic sends): an address added to a customer later was not theirs then, one removed
        later still was (`Directory.at`). None: today's directory.

        Raises `UnknownCustomerError` when ``email.customer_id`` is not on record, and
        `InputError` when ``email`` is not an `OutboundEmail`. A directory that cannot answer
        gives a ``check_failed`` verdict (HOLD unless the policy fails open), not an exception.
        """
        if not isinstance(email, OutboundEmail):
            raise InputError(f"Guard.check takes an OutboundEmail, not {type(email).__name__}")
        if not self._warmed:
            self.warm()
        policy = self.policy
        settings = policy.recipients
        recipients = [Recipient.parse(f, a, plus_everywhere=settings.plus_everywhere)
                      for f, a in email.recipients()]
        shown = [r.shown for r in recipients]
        findings: list[Finding] = header_injections(email, recipients)
        customer: CustomerEntry | None
        lookup: Any = self.directory if at is None else self.directory.at(at)
        try:
            customer = lookup.customer(email.customer_id)
        except UnknownCustomerError:
            raise
        except Exception as e:  # noqa: BLE001 - no index and the database cannot build one
            findings.append(_failed("directory", e))
            customer = None
        # Shared caches that follow the directory (domain counts) are brought up to date here,
        # before any check's time budget starts: a check is timed for its own work only.
        if customer is not None:
            try:
                self._domains.refresh()
            except Exception as e:  # noqa: BLE001 - the directory failed: fail safe below
                findings.append(_failed("directory", e))
        if not recipients:
            findings.append(Finding(code="no_recipients", check="guard",
                                    explanation="The message has no recipient in to, cc or bcc."))

        message = email
        secret_kinds: frozenset[str] = frozenset()
        personal_kinds: frozenset[str] = frozenset()
        if self.scan_content:
            # without an index there is no record to look for personal data, but secrets are
            # still found and redacted
            scan = self._run("content", lambda: self._scan(email, customer is not None),
                             findings)
            if scan is not None:
                findings.extend(scan.findings)
                message = scan.message
                secret_kinds = frozenset(scan.secret_kinds)
                personal_kinds = frozenset(scan.personal_data_kinds)
                if not getattr(scan, "complete", True) and not any(
                        f.code == "check_failed" and f.check == "content" for f in findings):
                    findings.append(_failed("content", CheckTimedOut(
                        f"stopped at its budget with {scan.scanned_chars:,} of {scan.total_chars:,} "
                        "characters scanned")))

        if customer is None:
            facts = MessageFacts(kind=email.kind, secret_kinds=secret_kinds,
                                 personal_data_kinds=personal_kinds,
                                 n_recipients=len(recipients))
            decision = policy.decide(findings, shown, facts)
            return Verdict(action=decision.action, findings=findings,
                           message=checked_message(message, recipients),
                           recipient_actions=decision.recipient_actions,
                           reasons=decision.reasons, rules_fired=[f.rule for f in decision.fired])

        ctx = PolicyContext(email=email, customer=customer, recipients=recipients,
                            directory=lookup, settings=settings,
                            domains=self._domains, resolver=self._check_resolver,
                            sensitive_kinds=secret_kinds | personal_kinds,
                            verification=policy.verification)
        # Budgets are per check for a message of up to ten recipients, and grow with more.
        scale = max(1.0, len(recipients) / 10)
        self._run_checks(ctx, findings, scale)
        # no correction may point at another customer (checks/suggestions.py)
        findings = withhold_other_customers_suggestions(ctx, findings)
        # a probe that failed before or during the checks: the index answered, maybe behind
        problem = self._directory_health()
        if problem is not None and not any(f.check == "directory" for f in findings):
            findings.append(_failed("directory", problem))

        findings = self._allowlisted(findings, recipients, customer)
        facts = MessageFacts(kind=email.kind, secret_kinds=secret_kinds,
                             personal_data_kinds=personal_kinds, n_recipients=len(recipients),
                             customer_flags=frozenset(customer.flags),
                             first_send={r.shown: _first_send(r, customer) for r in recipients})
        decision = policy.decide(findings, shown, facts)
        # Every part was made here, of checked types (findings are Findings, the message an
        # OutboundEmail, the actions Actions): validating them again cost ~4 us a message.
        # tests/audit/test_guard_fast.py pins that this equals the validated Verdict.
        return _trusted_verdict(decision.action, findings,
                                checked_message(message, recipients),
                                decision.recipient_actions, decision.reasons,
                                [f.rule for f in decision.fired], list(customer.notes))

    def check_message(self, msg: Message | bytes, *, customer_id: str | None = None,
                      recipients: Sequence[str] | None = None,
                      customer_header: str = "X-Customer-Id", known_secrets: Sequence[str] = (),
                      kind: str | None = None, source: bytes | None = None) -> MessageVerdict:
        """Check a MIME message (an `email.message.EmailMessage` or its bytes): the recipients
        in To, Cc, Bcc and the envelope (``recipients``), the subject and every text part.
        Returns a `misdirect.mime.MessageVerdict` with the redacted message; see `misdirect.mime`.
        """
        from misdirect.mime import check_message

        return check_message(self, msg, customer_id=customer_id, recipients=recipients,
                             customer_header=customer_header, known_secrets=known_secrets,
                             kind=kind, source=source)

    def wrap(self, smtp: smtplib.SMTP, *, quarantine: Quarantine | None = None,
             customer_id: str | None = None,
             customer_header: str = "X-Customer-Id") -> GuardedConnection:
        """An existing ``smtplib.SMTP`` connection whose ``send_message`` and ``sendmail`` check
        every message first: ALLOW and WARN send the redacted message, HOLD and BLOCK raise
        `MessageBlocked` (HOLD stores it in ``quarantine`` first, when given). The alternative
        to opening a `misdirect.integrations.smtp.GuardedSMTP` yourself; see there."""
        from misdirect.integrations.smtp import GuardedConnection

        return GuardedConnection(smtp, guard=self, quarantine=quarantine,
                                 customer_id=customer_id, customer_header=customer_header)

    def _directory_health(self) -> BaseException | None:
        health = getattr(self.directory, "health", None)
        if health is None:
            return None
        try:
            return health()  # type: ignore[no-any-return]
        except Exception as e:  # noqa: BLE001 - a health check that fails is itself a failure
            return e

    def _scan(self, email: OutboundEmail, with_record: bool = True) -> Any:
        # the record comes from the in-memory index: the hot path reads no database
        record = self.directory.record(email.customer_id) if with_record else None
        if callable(self.scan_content):
            return self.scan_content(email, record, redact=self.policy.redact())
        from misdirect import content

        # The scan stops itself a little before its budget, so that the content check ends
        # within it (one window of work at most late) instead of running on over a 10 MB body.
        deadline = time.perf_counter() + self.policy.checks.budget("content") * _SCAN_SHARE
        return content.scan(email, record, redact=self.policy.redact(), deadline=deadline)

    def _run(self, check_id: str, work: Callable[[], Any], findings: list[Finding],
             scale: float = 1.0) -> Any:
        """Run one check under its budget (times ``scale``, for messages with many recipients).

        Raised or abandoned (an isolated check past its budget): a ``check_failed`` finding and
        None. Finished late: its findings are kept, so the verdict is never weaker than what it
        computed, and ``check_failed`` is added because the budget was broken.
        """
        budget = (self._budgets.get(check_id) or self.policy.checks.budget(check_id)) * scale
        start = time.perf_counter()
        try:
            if check_id in self._isolate:
                future = self._executor().submit(work)
                try:
                    result = future.result(timeout=budget)
                except FutureTimeout:
                    future.cancel()
                    raise CheckTimedOut(f"no answer within {budget * 1000:.0f} ms") from None
            else:
                result = work()
                elapsed = time.perf_counter() - start
                if elapsed > budget:
                    findings.append(_failed(check_id, CheckTimedOut(
                        f"took {elapsed * 1000:.0f} ms, over its budget of "
                        f"{budget * 1000:.0f} ms")))
        except Exception as e:  # includes a customer deleted between lookup and content scan
            findings.append(_failed(check_id, e))
            return None
        return result

    def _run_checks(self, ctx: CheckContext, findings: list[Finding], scale: float) -> None:
        """Every check, in order, each timed against its budget. The inline ones (all but the
        isolated) run in this loop rather than through `_run`: a dozen run for every message, so
        one clock reading per check and no closures."""
        clock = time.perf_counter
        isolate, budgets = self._isolate, self._budgets
        # A message only to the customer's own addresses (half of all sends): the checks that
        # say they never find anything then (`Check.silent_for_own`) are not run at all.
        own = ctx.own_keys
        all_own = all(r.parsed is not None and r.parsed.key in own for r in ctx.recipients)
        started = clock()
        for check in self.checks:
            if all_own and getattr(check, "silent_for_own", False):
                continue
            if check.id in isolate:
                found = self._run(check.id, _runner(check, ctx), findings, scale)
                if found:
                    findings.extend(found)
                started = clock()
                continue
            try:
                found = list(check.run(ctx))
            except Exception as e:  # noqa: BLE001 - any failure of a check fails safe
                findings.append(_failed(check.id, e))
                started = clock()
                continue
            now = clock()
            elapsed, started = now - started, now
            budget = budgets[check.id] * scale
            if found:
                findings.extend(found)
            if elapsed > budget:
                findings.append(_failed(check.id, CheckTimedOut(
                    f"took {elapsed * 1000:.0f} ms, over its budget of {budget * 1000:.0f} ms")))

    def _executor(self) -> ThreadPoolExecutor:
        if self._pool is None:
            with self._pool_lock:
                if self._pool is None:
                    self._pool = ThreadPoolExecutor(max_workers=4,
                                                    thread_name_prefix="misdirect-check")
        return self._pool

    def _allowlisted(self, findings: list[Finding], recipients: Iterable[Recipient],
                     customer: CustomerEntry) -> list[Finding]:
        """Drop the findings the allowlist suppresses for this customer's shared mailboxes."""
        if not customer.shared:
            return findings
        shared = {r.shown for r in recipients
                  if r.parsed is not None and r.parsed.key in customer.shared}
        if not shared:
            return findings
        suppress = set(self.policy.allowlist.suppresses)
        return [f for f in findings if not (f.recipient in shared and f.code in suppress)]

    def close(self) -> None:
        """Stop the worker threads of isolated checks (a Guard is usable until then)."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


def _rebuild_guard(directory: Directory, policy: Policy, checks: Sequence[Check],
                   resolver: MailResolver | None, scan_content: bool | Scanner) -> Guard:
    return Guard(directory, policy=policy, checks=checks, resolver=resolver,
                 scan_content=scan_content)


def _runner(check: Check, ctx: CheckContext) -> Callable[[], list[Finding]]:
    return lambda: list(check.run(ctx))


def _first_send(r: Recipient, customer: CustomerEntry) -> bool:
    """A first send: the address is neither on the customer's record nor allowlisted for them.
    (misdirect keeps no log of sends: an address on record counts as used.)"""
    if r.parsed is None:
        return True
    return r.parsed.key not in customer.keys and r.parsed.key not in customer.shared


def _failed(check_id: str, error: BaseException) -> Finding:
    if isinstance(error, CheckTimedOut):
        what = f"ran out of time ({error})"
    else:
        detail = str(error).splitlines()[0][:200] if str(error) else ""
        what = f"failed ({type(error).__name__}{': ' + detail if detail else ''})"
    name = "the content scan" if check_id == "content" else (
        "the directory" if check_id == "directory" else f"check {check_id}")
    return Finding(code="check_failed", check=check_id,
                   explanation=(f"{name[0].upper()}{name[1:]} {what}, so the message could not "
                                f"be fully checked."))


# -- headers: what the checked message may carry --------------------------------------------------

#: Header values of an OutboundEmail besides the recipients (``kind`` is never a header).
_HEADER_FIELDS = ("subject", "sender", "message_id")
_FIELD_NAMES = {"subject": "The subject", "sender": "The sender", "message_id": "The Message-ID",
                "to": "A to recipient", "cc": "A cc recipient", "bcc": "A bcc recipient"}
_BREAK_NAMES = {"\r": "CR", "\n": "LF"}


def _first_line_break(value: str) -> int | None:
    if value.isprintable():  # every line break is unprintable: the common case costs one call
        return None
    return next((i for i, c in enumerate(value) if c in LINE_BREAKS), None)


def header_injections(email: OutboundEmail, recipients: Sequence[Recipient]) -> list[Finding]:
    """A ``header_injection`` finding for every header value that holds a line break (CR, LF or
    another character `str.splitlines` breaks at): the subject, sender, Message-ID, and each
    recipient (which is also ``invalid_address``). In a header such a value starts a new header
    line: ``Bcc: someone@else`` hidden in a subject."""
    found: list[Finding] = []
    for name in _HEADER_FIELDS:
        value = getattr(email, name)
        if not value:
            continue
        i = _first_line_break(value)
        if i is None:
            continue
        ch = value[i]
        found.append(Finding(
            code="header_injection", check="guard",
            location=Location(field=name, start=i, end=i + 1),  # type: ignore[arg-type]
            explanation=(f"{_FIELD_NAMES[name]} holds a line break "
                         f"({_BREAK_NAMES.get(ch, f'U+{ord(ch):04X}')}) at character {i}: in a "
                         f"mail header it would start a new header line (header injection). The "
                         f"checked message carries it as a space.")))
    for r in recipients:
        if r.error is not None and r.error.line_break:
            found.append(Finding(
                code="header_injection", check="guard", recipient=r.shown,
                explanation=(f"{_FIELD_NAMES[r.field]} holds a line break: in a mail header it "
                             f"would start a new header line (header injection). The checked "
                             f"message leaves it out.")))
    return found


def _one_line(value: str | None) -> str | None:
    if value is None or _first_line_break(value) is None:
        return value
    return " ".join(part for part in value.splitlines() if part) or " "


def checked_message(message: OutboundEmail, recipients: Sequence[Recipient]) -> OutboundEmail:
    """``message`` as the verdict carries it: to, cc and bcc hold the safe header form of each
    recipient that was checked (an invalid one is left out, since nothing checked it), and no
    header value holds a line break (each run of them becomes a space)."""
    same = all(r.parsed is not None and r.raw == r.shown for r in recipients) and all(
        _first_line_break(getattr(message, name) or "") is None for name in _HEADER_FIELDS)
    if same:
        return message  # the common case: plain addresses, one-line headers
    fields: dict[str, list[str]] = {"to": [], "cc": [], "bcc": []}
    for r in recipients:
        if r.parsed is not None:
            fields[r.field].append(r.shown)
    update: dict[str, Any] = dict(fields)
    for name in _HEADER_FIELDS:
        update[name] = _one_line(getattr(message, name))
    return message.model_copy(update=update)
