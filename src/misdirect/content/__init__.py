"""Content checks: secrets and the customer's own personal data in a message, and their redaction.

Entry point: `scan`. Detectors (one module per family) are listed in `DEFAULT_DETECTORS`; see
docs/content.md for what each finds and docs/writing-a-detector.md for adding one.
"""

from misdirect.content.base import SECRET_KINDS, Detector, Match, describe_kind, marker_for
from misdirect.content.cards import PaymentCards
from misdirect.content.html import HtmlText, html_to_text
from misdirect.content.known import KnownSecrets
from misdirect.content.national_ids import NationalIds
from misdirect.content.personal import PersonalData
from misdirect.content.scanner import DEFAULT_DETECTORS, ContentScan, scan
from misdirect.content.scorer import ScoredSecrets
from misdirect.content.secrets import KeywordSecrets

__all__ = [
    "DEFAULT_DETECTORS",
    "SECRET_KINDS",
    "ContentScan",
    "Detector",
    "HtmlText",
    "KeywordSecrets",
    "KnownSecrets",
    "Match",
    "NationalIds",
    "PaymentCards",
    "PersonalData",
    "ScoredSecrets",
    "describe_kind",
    "html_to_text",
    "marker_for",
    "scan",
]
