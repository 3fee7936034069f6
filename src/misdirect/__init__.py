"""misdirect: check each outbound transactional email against the customer record before sending.

    from misdirect import Customer, OutboundEmail, Directory, Guard
    directory = Directory.connect("sqlite:///customers.db")
    verdict = Guard(directory).check(OutboundEmail(customer_id="C-1", to=["..."], subject="..."))

The names below are imported on first use (PEP 562), so that ``import misdirect`` and the
``misdirect`` command load only what they use: a ``misdirect check`` from an index snapshot never
imports SQLAlchemy, and no command pays for the relay's or the audit's modules it does not run.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: Each public name and the module it lives in.
_EXPORTS: dict[str, str] = {
    "Directory": "misdirect.directory.store",
    "UpsertReport": "misdirect.directory.store",
    "LoadReport": "misdirect.directory.loading",
    "load_customers": "misdirect.directory.loading",
    **dict.fromkeys(("ConfigurationError", "DirectoryError", "InputError", "LoadRefused",
                     "MessageBlocked", "MisdirectError", "PolicyError", "QuarantineError",
                     "QuarantineStateError", "UnknownCustomerError"), "misdirect.errors"),
    "Guard": "misdirect.guard",
    "MessageVerdict": "misdirect.mime",
    **dict.fromkeys(("Action", "Customer", "EmailAddress", "Finding", "Location",
                     "OtherCustomer", "OutboundEmail", "Verdict"), "misdirect.models"),
    "Policy": "misdirect.policy",
}

__all__ = [
    "Action",
    "ConfigurationError",
    "Customer",
    "Directory",
    "DirectoryError",
    "EmailAddress",
    "Finding",
    "Guard",
    "InputError",
    "LoadRefused",
    "LoadReport",
    "Location",
    "MessageBlocked",
    "MessageVerdict",
    "MisdirectError",
    "OtherCustomer",
    "OutboundEmail",
    "Policy",
    "PolicyError",
    "QuarantineError",
    "QuarantineStateError",
    "UnknownCustomerError",
    "UpsertReport",
    "Verdict",
    "__version__",
    "load_customers",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        # a subpackage used as an attribute (misdirect.content.scan) after only
        # ``import misdirect``, as when this file imported them all
        if not name.startswith("_") and importlib.util.find_spec(f"misdirect.{name}") is not None:
            return importlib.import_module(f"misdirect.{name}")
        raise AttributeError(f"module 'misdirect' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # once: later lookups do not come here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})


if TYPE_CHECKING:  # what type checkers and IDEs see: the same names, imported eagerly
    from misdirect.directory.loading import LoadReport, load_customers
    from misdirect.directory.store import Directory, UpsertReport
    from misdirect.errors import (
        ConfigurationError,
        DirectoryError,
        InputError,
        LoadRefused,
        MessageBlocked,
        MisdirectError,
        PolicyError,
        QuarantineError,
        QuarantineStateError,
        UnknownCustomerError,
    )
    from misdirect.guard import Guard
    from misdirect.mime import MessageVerdict
    from misdirect.models import (
        Action,
        Customer,
        EmailAddress,
        Finding,
        Location,
        OtherCustomer,
        OutboundEmail,
        Verdict,
    )
    from misdirect.policy import Policy
