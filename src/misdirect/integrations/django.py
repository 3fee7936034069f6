"""A Django email backend that checks every message before the real backend sends it.

``settings.py``::

    EMAIL_BACKEND = "misdirect.integrations.django.EmailBackend"
    MISDIRECT_WRAPPED_BACKEND = "django.core.mail.backends.smtp.EmailBackend"  # the real one
    MISDIRECT_DB = "postgresql+psycopg://app@db/customers"   # the customer directory
    MISDIRECT_POLICY = BASE_DIR / "misdirect-policy.toml"    # optional
    MISDIRECT_QUARANTINE = MISDIRECT_DB                      # optional: store held messages
    MISDIRECT_CUSTOMER_HEADER = "X-Customer-Id"              # optional

or ``MISDIRECT_GUARD = "myapp.mail.guard"``: the dotted path of a `Guard`, or of a function that
returns one, instead of ``MISDIRECT_DB`` / ``MISDIRECT_POLICY``. The Guard is built once per
process and shared by every backend instance.

Each message is turned into MIME by Django (``message.message()``), checked with
`Guard.check_message` against its headers and all its recipients (to, cc and bcc), and the
customer is read from the ``X-Customer-Id`` header (``headers={"X-Customer-Id": "C-1"}``).

* ALLOW, WARN: the wrapped backend sends the redacted message (``message()`` of what it is given
  returns the redacted MIME; ``body`` and the HTML alternative carry the redacted text).
* HOLD: stored in the quarantine when ``MISDIRECT_QUARANTINE`` is set; not sent.
* BLOCK, a message without a customer id, an unknown customer: not sent.

``send_messages`` sends every allowed message of the batch, then, unless ``fail_silently``,
raises for the first one that was not allowed (`MessageBlocked`, `InputError`,
`UnknownCustomerError`). It returns the number the wrapped backend sent, as Django expects.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Sequence
from email.message import Message
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.utils.module_loading import import_string

from misdirect.directory import Directory
from misdirect.errors import ConfigurationError, MisdirectError
from misdirect.guard import Guard
from misdirect.integrations.quarantine import Quarantine
from misdirect.integrations.smtp import enforce
from misdirect.mime import DEFAULT_CUSTOMER_HEADER, MessageVerdict
from misdirect.policy import Policy

__all__ = ["EmailBackend", "guard_from_settings"]

DEFAULT_WRAPPED_BACKEND = "django.core.mail.backends.smtp.EmailBackend"

_lock = threading.Lock()
_guards: dict[tuple[Any, ...], Guard] = {}
_quarantines: dict[str, Quarantine] = {}


def guard_from_settings() -> Guard:
    """The process's Guard, from ``MISDIRECT_GUARD`` or ``MISDIRECT_DB`` (+ ``MISDIRECT_POLICY``);
    built on first use and kept for the settings it was built from."""
    spec = getattr(settings, "MISDIRECT_GUARD", None)
    db = getattr(settings, "MISDIRECT_DB", None)
    policy_file = getattr(settings, "MISDIRECT_POLICY", None)
    key = (spec if not isinstance(spec, Guard) else id(spec), db, str(policy_file))
    with _lock:
        if key in _guards:
            return _guards[key]
        if isinstance(spec, Guard):
            guard = spec
        elif spec:
            target = import_string(spec) if isinstance(spec, str) else spec
            guard = target if isinstance(target, Guard) else target()
            if not isinstance(guard, Guard):
                raise ConfigurationError(f"MISDIRECT_GUARD {spec!r} is not a Guard")
        elif db:
            policy = Policy.from_toml(Path(policy_file)) if policy_file else None
            guard = Guard(Directory.connect(str(db), create=False), policy=policy)
        else:
            raise ConfigurationError("set MISDIRECT_DB (the customer directory's URL) or "
                                     "MISDIRECT_GUARD for misdirect.integrations.django")
        _guards[key] = guard
        return guard


def _quarantine_from_settings() -> Quarantine | None:
    url = getattr(settings, "MISDIRECT_QUARANTINE", None)
    if not url:
        return None
    with _lock:
        if url not in _quarantines:
            _quarantines[str(url)] = Quarantine(str(url))
        return _quarantines[str(url)]


class EmailBackend(BaseEmailBackend):  # type: ignore[misc]  # Django is untyped
    """Checks each message with misdirect, then hands the allowed ones (redacted) to the
    backend named by ``MISDIRECT_WRAPPED_BACKEND``."""

    def __init__(self, fail_silently: bool = False, **kwargs: Any) -> None:
        super().__init__(fail_silently=fail_silently)
        wrapped = getattr(settings, "MISDIRECT_WRAPPED_BACKEND", DEFAULT_WRAPPED_BACKEND)
        if wrapped == f"{__name__}.EmailBackend":
            raise ConfigurationError("MISDIRECT_WRAPPED_BACKEND must be the real backend, not "
                                     "misdirect's own")
        self.wrapped = get_connection(wrapped, fail_silently=fail_silently, **kwargs)
        self.customer_header = getattr(settings, "MISDIRECT_CUSTOMER_HEADER",
                                       DEFAULT_CUSTOMER_HEADER)
        #: The verdict of each message of the last `send_messages`, in order (None: an error).
        self.last_verdicts: list[MessageVerdict | None] = []

    def open(self) -> bool | None:
        return self.wrapped.open()  # type: ignore[no-any-return]

    def close(self) -> None:
        self.wrapped.close()

    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        if not email_messages:
            return 0
        guard = guard_from_settings()
        quarantine = _quarantine_from_settings()
        allowed: list[EmailMessage] = []
        failures: list[MisdirectError] = []
        self.last_verdicts = []
        for email in email_messages:
            mv: MessageVerdict | None = None
            try:
                mime = email.message()
                mv = guard.check_message(mime, recipients=email.recipients(),
                                         customer_header=self.customer_header)
                enforce(guard, mv, quarantine=quarantine, envelope_from=str(email.from_email),
                        original=None if mv.allowed else mime.as_bytes())
            except MisdirectError as e:
                failures.append(e)
            else:
                allowed.append(_checked(email, mv))
            self.last_verdicts.append(mv)
        sent = int(self.wrapped.send_messages(allowed) or 0) if allowed else 0
        if failures and not self.fail_silently:
            raise failures[0]
        return sent


_subclasses: dict[type, type] = {}


def _checked(email: EmailMessage, mv: MessageVerdict) -> EmailMessage:
    """``email`` as the wrapped backend must send it: ``message()`` is the checked (redacted)
    MIME, ``recipients()`` the checked recipients."""
    if not mv.redacted:
        return email
    cls = type(email)
    with _lock:
        sub = _subclasses.get(cls)
        if sub is None:
            sub = type(f"Checked{cls.__name__}", (_CheckedMixin, cls), {})
            _subclasses[cls] = sub
    out = copy.copy(email)
    out.__class__ = sub
    out._misdirect_mime = mv.message
    out._misdirect_recipients = list(mv.recipients)
    texts, htmls = _bodies(mv.message)
    if len(texts) == 1:
        out.body = texts[0]
    alternatives = list(getattr(email, "alternatives", []) or [])
    html_at = [i for i, alt in enumerate(alternatives) if alt[1] == "text/html"]
    if alternatives and len(html_at) == len(htmls):
        for i, html in zip(html_at, htmls, strict=True):
            alt = alternatives[i]  # EmailAlternative(content, mimetype) or a plain tuple
            alternatives[i] = alt._replace(content=html) if hasattr(alt, "_replace") else (
                html, "text/html")
        out.alternatives = alternatives
    return out


class _CheckedMixin:
    _misdirect_mime: Message
    _misdirect_recipients: list[str]

    def message(self, *args: Any, **kwargs: Any) -> Message:
        return self._misdirect_mime

    def recipients(self) -> list[str]:
        return list(self._misdirect_recipients)


def _bodies(msg: Message) -> tuple[list[str], list[str]]:
    """The decoded text/plain and text/html parts that are not attachments."""
    texts: list[str] = []
    htmls: list[str] = []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        ctype = part.get_content_type()
        if ctype not in ("text/plain", "text/html"):
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        text = payload.decode(part.get_content_charset() or "utf-8", "replace")
        (texts if ctype == "text/plain" else htmls).append(text)
    return texts, htmls
