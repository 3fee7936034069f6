"""misdirect: check each outbound transactional email against the customer record before sending.

    from misdirect import Customer, OutboundEmail, Directory, Guard
    directory = Directory.connect("sqlite:///customers.db")
    verdict = Guard(directory).check(OutboundEmail(customer_id="C-1", to=["..."], subject="..."))
"""

from misdirect.directory import Directory, LoadReport, UpsertReport, load_customers
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

__version__ = "0.1.0"

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
