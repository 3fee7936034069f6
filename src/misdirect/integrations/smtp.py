"""smtplib that checks before it sends: `GuardedSMTP` and `GuardedSMTP_SSL`.

    >>> with GuardedSMTP("127.0.0.1", 25, guard=guard, quarantine=quarantine) as smtp:
    ...     smtp.send_message(msg)            # msg names its customer in X-Customer-Id
    ...     smtp.sendmail(sender, [rcpt], raw_bytes, customer_id="C-1")
    >>> smtp = guard.wrap(existing_connection, quarantine=quarantine)   # an smtplib.SMTP you have
    >>> smtp.send_message(msg)                # checked; every other method is the connection's

Every message goes through `Guard.check_message` first. ALLOW and WARN: the redacted message is
sent, to exactly the recipients that were checked (the envelope when ``to_addrs`` is given, else
To, Cc and Bcc as the header registry reads them), and the `MessageVerdict` is kept in
``smtp.last_verdict``. HOLD and BLOCK: nothing is sent and `MessageBlocked` is raised with the
verdict; on HOLD the (redacted) message is first stored in ``quarantine``, when one is given, and
the exception carries its ``quarantine_id``. A message without a customer id raises `InputError`,
an unknown customer `UnknownCustomerError`; neither sends anything.
"""

from __future__ import annotations

import email.utils
import smtplib
from collections.abc import Sequence
from email.message import Message
from types import TracebackType
from typing import Any

from misdirect.errors import MessageBlocked
from misdirect.guard import Guard
from misdirect.integrations.quarantine import Quarantine
from misdirect.mime import DEFAULT_CUSTOMER_HEADER, MessageVerdict
from misdirect.models import Action

__all__ = ["GuardedConnection", "GuardedSMTP", "GuardedSMTP_SSL", "enforce"]


def enforce(guard: Guard, mv: MessageVerdict, *, quarantine: Quarantine | None,
            envelope_from: str, original: bytes | None) -> None:
    """Raise `MessageBlocked` unless ``mv`` allows sending; hold the message first on HOLD when
    a quarantine is given (with the original only if the policy keeps originals)."""
    if mv.allowed:
        return
    qid = None
    if mv.action is Action.HOLD and quarantine is not None:
        keep = guard.policy.quarantine.keep_original
        qid = quarantine.hold(mv.as_bytes(), verdict=mv, customer_id=mv.customer_id,
                              envelope_from=envelope_from, envelope_to=list(mv.recipients),
                              original=original if keep else None)
    raise MessageBlocked(mv.verdict, quarantine_id=qid)


def _sender_of(msg: Message) -> str:
    """The envelope sender smtplib would use: Sender, else From."""
    value = msg.get("Sender") or msg.get("From") or ""
    pairs = email.utils.getaddresses([str(value)])
    return pairs[0][1] if pairs else ""


class _Guarded:
    """The checking half of `GuardedSMTP`; ``smtplib.SMTP`` (or ``SMTP_SSL``) is the other."""

    guard: Guard
    quarantine: Quarantine | None
    customer_id: str | None
    customer_header: str
    last_verdict: MessageVerdict | None
    _checked: bool

    def _setup(self, guard: Guard, quarantine: Quarantine | None, customer_id: str | None,
               customer_header: str) -> None:
        if not isinstance(guard, Guard):
            raise TypeError("GuardedSMTP needs guard=Guard(...)")
        self.guard = guard
        self.quarantine = quarantine
        self.customer_id = customer_id
        self.customer_header = customer_header
        self.last_verdict = None
        self._checked = False

    def _check(self, msg: Message | bytes, recipients: Sequence[str] | None,
               customer_id: str | None) -> MessageVerdict:
        mv = self.guard.check_message(msg, customer_id=customer_id or self.customer_id,
                                      recipients=recipients,
                                      customer_header=self.customer_header)
        self.last_verdict = mv
        return mv

    def send_message(self, msg: Message, from_addr: str | None = None,
                     to_addrs: str | Sequence[str] | None = None, mail_options: Sequence[str] = (),
                     rcpt_options: Sequence[str] = (), *, customer_id: str | None = None
                     ) -> dict[str, tuple[int, bytes]]:
        """Check, then ``smtplib.SMTP.send_message`` the redacted message (see the module)."""
        envelope = [to_addrs] if isinstance(to_addrs, str) else (
            list(to_addrs) if to_addrs is not None else None)
        mv = self._check(msg, envelope, customer_id)
        sender = from_addr if from_addr is not None else _sender_of(msg)
        enforce(self.guard, mv, quarantine=self.quarantine, envelope_from=sender,
                original=msg.as_bytes() if mv.action is Action.HOLD else None)
        self._checked = True
        try:
            return self._send_checked_message(mv.message, from_addr, list(mv.recipients),
                                              list(mail_options), list(rcpt_options))
        finally:
            self._checked = False

    def sendmail(self, from_addr: str, to_addrs: str | Sequence[str], msg: Any,
                 mail_options: Sequence[str] = (), rcpt_options: Sequence[str] = (), *,
                 customer_id: str | None = None) -> dict[str, tuple[int, bytes]]:
        """Check ``msg`` (its headers and the envelope ``to_addrs``), then send the redacted
        bytes to ``to_addrs``."""
        if self._checked:  # called by our own send_message after its check
            return self._send_checked_bytes(from_addr, to_addrs, msg, list(mail_options),
                                            list(rcpt_options))
        envelope = [to_addrs] if isinstance(to_addrs, str) else list(to_addrs)
        # msg: str or bytes (or any buffer), as smtplib takes it
        raw = msg.encode("utf-8") if isinstance(msg, str) else bytes(msg)
        mv = self._check(raw, envelope, customer_id)
        enforce(self.guard, mv, quarantine=self.quarantine, envelope_from=from_addr,
                original=raw)
        return self._send_checked_bytes(from_addr, list(mv.recipients), mv.as_bytes(),
                                        list(mail_options), list(rcpt_options))

    # What sends once the check passed: smtplib's own methods (the next class in the MRO), or
    # the wrapped connection's (`GuardedConnection`).
    def _send_checked_message(self, msg: Message, from_addr: str | None, to_addrs: list[str],
                              mail_options: list[str], rcpt_options: list[str]
                              ) -> dict[str, tuple[int, bytes]]:
        return super().send_message(  # type: ignore[misc, no-any-return]
            msg, from_addr, to_addrs, mail_options, rcpt_options)

    def _send_checked_bytes(self, from_addr: str, to_addrs: str | Sequence[str], msg: Any,
                            mail_options: list[str], rcpt_options: list[str]
                            ) -> dict[str, tuple[int, bytes]]:
        return super().sendmail(  # type: ignore[misc, no-any-return]
            from_addr, to_addrs, msg, mail_options, rcpt_options)


class GuardedSMTP(_Guarded, smtplib.SMTP):
    """``smtplib.SMTP`` that checks every message with ``guard`` first (see the module).

    ``customer_id`` applies to every message sent through this connection (a message's own
    ``customer_header`` header is read when it is None); ``quarantine`` stores held messages.
    The other arguments are smtplib's.
    """

    def __init__(self, host: str = "", port: int = 0, *args: Any, guard: Guard,
                 quarantine: Quarantine | None = None, customer_id: str | None = None,
                 customer_header: str = DEFAULT_CUSTOMER_HEADER, **kwargs: Any) -> None:
        self._setup(guard, quarantine, customer_id, customer_header)
        smtplib.SMTP.__init__(self, host, port, *args, **kwargs)


class GuardedSMTP_SSL(_Guarded, smtplib.SMTP_SSL):  # noqa: N801 - named after smtplib.SMTP_SSL
    """``smtplib.SMTP_SSL`` (implicit TLS) that checks every message first; see `GuardedSMTP`."""

    def __init__(self, host: str = "", port: int = 0, *args: Any, guard: Guard,
                 quarantine: Quarantine | None = None, customer_id: str | None = None,
                 customer_header: str = DEFAULT_CUSTOMER_HEADER, **kwargs: Any) -> None:
        self._setup(guard, quarantine, customer_id, customer_header)
        smtplib.SMTP_SSL.__init__(self, host, port, *args, **kwargs)


class GuardedConnection(_Guarded):
    """An ``smtplib.SMTP`` (or ``SMTP_SSL``, or ``LMTP``) connection you already have, checked:
    `Guard.wrap` makes one. ``send_message`` and ``sendmail`` behave as `GuardedSMTP`'s; every
    other attribute (``ehlo``, ``starttls``, ``login``, ``noop``, ``quit`` ...) is the
    connection's own, and ``with`` closes the connection as smtplib's does. The connection is
    not changed: code that still holds it directly sends unchecked, so hand out only the wrapper.
    """

    def __init__(self, smtp: smtplib.SMTP, *, guard: Guard, quarantine: Quarantine | None = None,
                 customer_id: str | None = None,
                 customer_header: str = DEFAULT_CUSTOMER_HEADER) -> None:
        if not isinstance(smtp, smtplib.SMTP):
            raise TypeError(f"wrap takes an smtplib.SMTP connection, not {type(smtp).__name__}")
        self._setup(guard, quarantine, customer_id, customer_header)
        self.smtp = smtp

    def __getattr__(self, name: str) -> Any:
        # only called for what this class does not define: the connection's own methods
        return getattr(self.__dict__["smtp"], name)

    def __enter__(self) -> GuardedConnection:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.smtp.__exit__(exc_type, exc, tb)

    def _send_checked_message(self, msg: Message, from_addr: str | None, to_addrs: list[str],
                              mail_options: list[str], rcpt_options: list[str]
                              ) -> dict[str, tuple[int, bytes]]:
        return self.smtp.send_message(msg, from_addr, to_addrs, mail_options, rcpt_options)

    def _send_checked_bytes(self, from_addr: str, to_addrs: str | Sequence[str], msg: Any,
                            mail_options: list[str], rcpt_options: list[str]
                            ) -> dict[str, tuple[int, bytes]]:
        return self.smtp.sendmail(from_addr, to_addrs, msg, mail_options, rcpt_options)
