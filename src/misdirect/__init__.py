"""misdirect: check each outbound transactional email against the customer record before sending."""

from misdirect.errors import (
    ConfigurationError,
    DirectoryError,
    InputError,
    MessageBlocked,
    MisdirectError,
    PolicyError,
    UnknownCustomerError,
)
from misdirect.models import Action, Customer, Finding, Location, OtherCustomer, OutboundEmail, Verdict

__version__ = "0.1.0"
