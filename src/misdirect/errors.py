"""The exceptions misdirect raises.

Findings are results, not exceptions: a wrong recipient is reported in a `Verdict`. Exceptions are
for calls that cannot be answered at all, and for send hooks that refuse to send::

    MisdirectError
     ├── ConfigurationError (ValueError)    bad database URL, bad option, bad policy file
     │    └── PolicyError                    a policy file that does not validate (names file, line, key)
     ├── InputError (ValueError)            input that cannot become an OutboundEmail or a Customer
     │    └── LoadRefused                    a strict load found bad rows or repeated ids (carries the report)
     ├── DirectoryError                     the customer directory failed (database down, schema missing)
     │    ├── UnknownCustomerError (KeyError)  the email names a customer id that is not on record
     │    └── SnapshotError                  an index snapshot is missing, truncated or corrupt
     │         └── StaleSnapshotError         ... or built at another revision, directory or version
     ├── QuarantineError                    the quarantine failed (database) or has no such message
     │    └── QuarantineStateError           the message is not in the state the step needs
     └── MessageBlocked                     raised by send hooks only; carries the Verdict

Foreign errors (SQLAlchemy, pydantic, dnspython) are wrapped with ``raise ... from e`` so that a caller
needs to catch only `MisdirectError`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from misdirect.models import Verdict

__all__ = [
    "ConfigurationError",
    "DirectoryError",
    "InputError",
    "LoadRefused",
    "MessageBlocked",
    "MisdirectError",
    "PolicyError",
    "QuarantineError",
    "QuarantineStateError",
    "SnapshotError",
    "StaleSnapshotError",
    "UnknownCustomerError",
]


class MisdirectError(Exception):
    """Base class of every exception misdirect raises on purpose."""


class ConfigurationError(MisdirectError, ValueError):
    """A setting, URL or option is wrong."""


class PolicyError(ConfigurationError):
    """A policy file or dict does not validate. The message names the source, line and key."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None,
                 key: str | None = None) -> None:
        self.source = source
        self.line = line
        self.key = key
        where = ""
        if source:
            where = source + (f":{line}" if line else "") + ": "
        super().__init__(where + message)


class InputError(MisdirectError, ValueError):
    """Input that cannot be turned into a message or a customer record (a clear, short reason)."""


class LoadRefused(InputError):
    """``load_customers(..., strict=True)`` found bad rows or a customer id twice and wrote
    nothing. ``report`` (a `LoadReport`) lists each by file and line."""

    def __init__(self, report: Any, message: str) -> None:
        self.report = report
        super().__init__(message)


class DirectoryError(MisdirectError):
    """The customer directory could not answer (database unreachable, schema missing, ...)."""


class UnknownCustomerError(DirectoryError, KeyError):
    """The email names a customer id that is not in the directory."""

    def __init__(self, customer_id: str) -> None:
        self.customer_id = customer_id
        super().__init__(f"no customer with id {customer_id!r} in the directory")

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0])


class QuarantineError(MisdirectError):
    """The quarantine could not store or read a message, or has no message with that id."""


class QuarantineStateError(QuarantineError):
    """A held message is not in the state a step needs (already released, rejected, or being
    released by someone else)."""

    def __init__(self, message_id: str, status: str, wanted: str) -> None:
        self.message_id = message_id
        self.status = status
        super().__init__(f"cannot {wanted} message {message_id}: it is {status}")


class SnapshotError(DirectoryError):
    """An index snapshot is missing, truncated, corrupt, or of another format or version."""


class StaleSnapshotError(SnapshotError):
    """An index snapshot was built at another revision of the directory, from another directory,
    or by another misdirect version: it is refused (`Directory` rebuilds, refreshes or raises)."""


class MessageBlocked(MisdirectError):
    """Raised by send hooks (smtplib, Django, relay) when the verdict does not allow sending."""

    def __init__(self, verdict: Verdict, *, quarantine_id: str | None = None) -> None:
        self.verdict = verdict
        #: The id of the held message, when a hook put it in the quarantine.
        self.quarantine_id = quarantine_id
        codes = ", ".join(sorted({f.code for f in verdict.findings})) or "no findings"
        held = f"; held in the quarantine as {quarantine_id}" if quarantine_id else ""
        super().__init__(f"message not sent: {verdict.action.value} ({codes}){held}")
