"""The recipient checks. The built-in ones sit in `DEFAULT_CHECKS`, in the order they run.

Adding a check: one module here with a class that has ``id``, ``codes`` and ``run(ctx)``, one line
in `DEFAULT_CHECKS`, one row in tests/checks/test_checks.py, one entry in docs/findings.md.
"""

from misdirect.checks.address_syntax import InvalidAddress, LookalikeCharacters
from misdirect.checks.base import Check, CheckContext, DirectoryLookup, Recipient, RecipientSettings
from misdirect.checks.domain_typo import DomainTypo
from misdirect.checks.misdirected_address import MisdirectedAddress
from misdirect.checks.name_mismatch import NameMismatch
from misdirect.checks.namesake import NamesakeAmbiguous, NamesakeCollision
from misdirect.checks.near_other_customer_address import NearOtherCustomerAddress
from misdirect.checks.not_on_record import RecipientNotOnRecord
from misdirect.checks.owned_by_other_customer import OwnedByOtherCustomer
from misdirect.checks.typo_of_customer_address import TypoOfCustomerAddress
from misdirect.checks.undeliverable_domain import UndeliverableDomain
from misdirect.checks.unverified_recipient import UnverifiedRecipient

DEFAULT_CHECKS: tuple[Check, ...] = (
    InvalidAddress(),
    MisdirectedAddress(),
    LookalikeCharacters(),
    OwnedByOtherCustomer(),
    TypoOfCustomerAddress(),
    NearOtherCustomerAddress(),
    NamesakeCollision(),
    NamesakeAmbiguous(),
    NameMismatch(),
    DomainTypo(),
    UndeliverableDomain(),
    RecipientNotOnRecord(),
    UnverifiedRecipient(),
)

__all__ = [
    "DEFAULT_CHECKS",
    "Check",
    "CheckContext",
    "DirectoryLookup",
    "Recipient",
    "RecipientSettings",
]
