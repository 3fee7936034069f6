"""`Guard.check`: normalize -> recipient checks -> content -> policy -> `Verdict`."""

from __future__ import annotations

from collections.abc import Sequence

from misdirect.checks import DEFAULT_CHECKS, Check, CheckContext, Recipient
from misdirect.directory import Directory
from misdirect.dns import MailResolver
from misdirect.domains import DomainKnowledge
from misdirect.errors import InputError
from misdirect.models import Finding, OutboundEmail, Verdict
from misdirect.policy import Policy

__all__ = ["Guard"]


class Guard:
    """Checks outbound emails against the customer directory.

    >>> guard = Guard(directory)                       # default policy, no DNS
    >>> verdict = guard.check(email)
    >>> verdict.action, verdict.findings, verdict.message

    ``resolver``: pass `misdirect.dns.CachedResolver()` to switch DNS checking on
    (``undeliverable_domain``). ``checks``: the recipient checks to run (default `DEFAULT_CHECKS`).
    A Guard is safe to share between threads.
    """

    def __init__(self, directory: Directory, *, policy: Policy | None = None,
                 checks: Sequence[Check] | None = None, resolver: MailResolver | None = None,
                 scan_content: bool = True) -> None:
        self.directory = directory
        self.policy = policy or Policy()
        self.checks = tuple(DEFAULT_CHECKS if checks is None else checks)
        self.resolver = resolver
        self.scan_content = scan_content
        self._domains = DomainKnowledge(
            lambda: directory.index.domain_counts(),
            min_directory_count=self.policy.recipients.frequent_domain_min_count)

    def check(self, email: OutboundEmail) -> Verdict:
        """Check every recipient (to, cc, bcc) and the body; never sends anything.

        Raises `UnknownCustomerError` when ``email.customer_id`` is not on record, and
        `InputError` when ``email`` is not an `OutboundEmail`.
        """
        if not isinstance(email, OutboundEmail):
            raise InputError(f"Guard.check takes an OutboundEmail, not {type(email).__name__}")
        customer = self.directory.customer(email.customer_id)
        settings = self.policy.recipients
        recipients = [Recipient.parse(f, a, plus_everywhere=settings.plus_everywhere)
                      for f, a in email.recipients()]
        ctx = CheckContext(email=email, customer=customer, recipients=recipients,
                           directory=self.directory, settings=settings,
                           domains=self._domains, resolver=self.resolver)
        findings: list[Finding] = []
        if not recipients:
            findings.append(Finding(code="no_recipients", check="guard",
                                    explanation="The message has no recipient in to, cc or bcc."))
        for check in self.checks:
            findings.extend(check.run(ctx))
        message = email
        if self.scan_content:
            from misdirect import content

            scan = content.scan(email, self._full_customer(email.customer_id),
                                redact=self.policy.redact_secrets)
            findings.extend(scan.findings)
            message = scan.message
        decision = self.policy.decide(findings, [r.shown for r in recipients])
        return Verdict(action=decision.action, findings=findings, message=message,
                       recipient_actions=decision.recipient_actions, reasons=decision.reasons)

    def _full_customer(self, customer_id: str):  # type: ignore[no-untyped-def]
        return self.directory.get(customer_id)
