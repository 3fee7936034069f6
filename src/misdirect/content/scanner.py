"""`scan`: run the detectors over subject, text and HTML body; report and redact what they find."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import quote

from misdirect.content.attributes import attribute_matches, url_matches
from misdirect.content.base import Detector, Match, describe_kind, marker_for
from misdirect.content.cards import PaymentCards
from misdirect.content.html import HtmlText
from misdirect.content.known import KnownSecrets
from misdirect.content.national_ids import NationalIds
from misdirect.content.personal import PersonalData
from misdirect.content.redact import apply_edits
from misdirect.content.secrets import KeywordSecrets
from misdirect.models import Customer, Finding, Location, OutboundEmail

__all__ = ["DEFAULT_DETECTORS", "MAX_FINDINGS_PER_FIELD", "ContentScan", "scan"]

#: The built-in detectors, in one place. Adding a detector = one module + one entry here.
DEFAULT_DETECTORS: tuple[Detector, ...] = (KeywordSecrets(), NationalIds(), PaymentCards())

#: Findings per field are capped (a 10 MB body full of codes would otherwise make a million objects);
#: every value is still redacted and counted in one summary finding.
MAX_FINDINGS_PER_FIELD = 1000

_FIELD_NAMES = {"subject": "subject line", "text": "text body", "html": "HTML body"}


@dataclass(frozen=True)
class ContentScan:
    """What `scan` found in one message, and the message with its secrets redacted."""

    #: ``secret_in_body`` and ``personal_data_in_body`` findings, ``check="content.<detector id>"``.
    findings: list[Finding]
    #: The email with secrets redacted; the very same object when nothing was changed.
    message: OutboundEmail
    #: Kinds of secret found (whether or not they were redacted).
    secret_kinds: frozenset[str] = field(default_factory=frozenset)
    #: Kinds of the customer's personal data found.
    personal_data_kinds: frozenset[str] = field(default_factory=frozenset)

    @property
    def has_secrets(self) -> bool:
        return bool(self.secret_kinds)


def _merge(matches: list[Match]) -> list[Match]:
    """Overlapping matches become one; a detector's kind wins over ``known_secret``."""
    matches.sort(key=lambda m: (m.start, -m.end))
    out: list[Match] = []
    for m in matches:
        if m.end <= m.start:
            continue
        if out and m.start < out[-1].end:
            cur = out[-1]
            keep = cur if cur.kind != "known_secret" or m.kind == "known_secret" else m
            out[-1] = Match(cur.start, max(cur.end, m.end), keep.kind, keep.detector, keep.rule)
        else:
            out.append(m)
    return out


def scan(
    email: OutboundEmail,
    customer: Customer | None = None,
    *,
    detectors: Sequence[Detector] | None = None,
    redact: bool | Callable[[str], bool] = True,
) -> ContentScan:
    """Find secrets and the customer's personal data in ``email``; redact the secrets.

    ``redact`` is True (redact every secret), False (report only), or a predicate on the kind
    (``lambda kind: kind != "national_id"``). Findings give the kind and the position of each value
    in the original field, never the value.
    """
    active = DEFAULT_DETECTORS if detectors is None else tuple(detectors)
    should_redact: Callable[[str], bool]
    if isinstance(redact, bool):
        flag = redact

        def should_redact(kind: str) -> bool:
            return flag
    else:
        should_redact = redact
    known = KnownSecrets([s.get_secret_value() for s in email.known_secrets])
    personal = PersonalData(customer) if customer is not None else None

    findings: list[Finding] = []
    secret_kinds: set[str] = set()
    personal_kinds: set[str] = set()
    updates: dict[str, str] = {}

    for fname in ("subject", "text", "html"):
        original = getattr(email, fname)
        if not original:
            continue
        hv = HtmlText(original) if fname == "html" else None
        view = hv.text if hv is not None else original

        matches: list[Match] = []
        for det in active:
            matches.extend(det.find(view, fname))
            if det.id == "keyword_secrets":
                matches.extend(url_matches(view))  # "?pw=X" in a URL written out
        if known:
            matches.extend(known.find(view, fname))

        # (match, pieces in original coordinates)
        located: list[tuple[Match, list[tuple[int, int]]]] = []
        for m in _merge(matches):
            pieces = hv.pieces(m.start, m.end) if hv is not None else [(m.start, m.end)]
            if pieces:
                located.append((m, pieces))
        if hv is not None:
            # what a client shows or follows inside tags: title, alt, value, link queries
            in_tags = list(attribute_matches(original, hv, active))
            located.extend(in_tags)
            if known:
                # other values inside attributes (href="...?ref=1234"), found exactly
                for m in known.find(original, fname):
                    if (hv.in_tag(m.start) and hv.in_tag(m.end - 1) and not any(
                            a.start < m.end and m.start < a.end for a, _ in in_tags)):
                        located.append((m, [(m.start, m.end)]))

        edits: list[tuple[int, int, str]] = []
        omitted: dict[str, int] = {}
        for n_found, (m, pieces) in enumerate(located):
            start, end = pieces[0][0], pieces[-1][1]
            done = should_redact(m.kind)
            secret_kinds.add(m.kind)
            if done:
                marker = marker_for(m.kind)
                if m.rule.startswith("link:"):
                    marker = quote(marker, safe="")  # the link stays a valid URL
                edits.append((pieces[0][0], pieces[0][1], marker))
                edits.extend((s, e, "") for s, e in pieces[1:])
            if n_found >= MAX_FINDINGS_PER_FIELD:
                omitted[m.kind] = omitted.get(m.kind, 0) + 1
                continue
            findings.append(Finding(
                code="secret_in_body",
                explanation=f"{describe_kind(m.kind)} in the {_FIELD_NAMES[fname]} at characters "
                            f"{start}–{end} ({'redacted' if done else 'not redacted'}).",
                kind=m.kind,
                location=Location(field=fname, start=start, end=end),
                check="content." + m.detector,
            ))
        if omitted:
            kinds = ", ".join(f"{n} × {k}" for k, n in sorted(omitted.items()))
            findings.append(Finding(
                code="secret_in_body",
                explanation=f"{sum(omitted.values())} more secrets in the {_FIELD_NAMES[fname]} "
                            f"({kinds}); findings are capped at {MAX_FINDINGS_PER_FIELD} per field, "
                            "redaction is not.",
                kind=max(omitted, key=lambda k: omitted[k]),
                check="content.scan",
            ))

        if personal is not None:
            for n_personal, m in enumerate(personal.find(view, fname)):
                if n_personal >= MAX_FINDINGS_PER_FIELD:
                    personal_kinds.add(m.kind)
                    continue
                pieces = hv.pieces(m.start, m.end) if hv is not None else [(m.start, m.end)]
                if not pieces:
                    continue
                start, end = pieces[0][0], pieces[-1][1]
                personal_kinds.add(m.kind)
                findings.append(Finding(
                    code="personal_data_in_body",
                    explanation=f"{describe_kind(m.kind)} appears in the {_FIELD_NAMES[fname]} at "
                                f"characters {start}–{end}.",
                    kind=m.kind,
                    location=Location(field=fname, start=start, end=end),
                    check="content." + personal.id,
                ))

        if edits:
            edits = _drop_overlaps(edits)
            updates[fname] = apply_edits(original, edits)

    message = email.model_copy(update=updates) if updates else email
    return ContentScan(findings, message, frozenset(secret_kinds), frozenset(personal_kinds))


def _drop_overlaps(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Attribute matches may overlap text matches at a boundary; keep the earlier edit whole."""
    edits.sort()
    out: list[tuple[int, int, str]] = []
    for s, e, r in edits:
        if out and s < out[-1][1]:
            ps, pe, pr = out[-1]
            out[-1] = (ps, max(pe, e), pr)
        else:
            out.append((s, e, r))
    return out
