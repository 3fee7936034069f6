"""`scan`: run the detectors over subject, text and HTML body; report and redact what they find."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
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
from misdirect.content.scorer import ScoredSecrets, subject_matches, subject_pointed
from misdirect.content.secrets import KeywordSecrets
from misdirect.models import Customer, Finding, Location, OutboundEmail

__all__ = ["DEFAULT_DETECTORS", "MAX_FINDINGS_PER_FIELD", "SCAN_WINDOW", "ContentScan", "scan"]

#: The built-in detectors, in one place. Adding a detector = one module + one entry here.
DEFAULT_DETECTORS: tuple[Detector, ...] = (KeywordSecrets(), ScoredSecrets(), NationalIds(),
                                           PaymentCards())

#: Detectors whose values, found in one field, are looked for in the fields after it.
_ECHOED_DETECTORS = frozenset(("keyword_secrets", "scored_secrets"))

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
    #: False when the scan stopped at its ``deadline``: only ``scanned_chars`` of the message's
    #: ``total_chars`` (subject, text and HTML) were scanned and redacted.
    complete: bool = True
    scanned_chars: int = 0
    total_chars: int = 0

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
    deadline: float | None = None,
) -> ContentScan:
    """Find secrets and the customer's personal data in ``email``; redact the secrets.

    ``redact`` is True (redact every secret), False (report only), or a predicate on the kind
    (``lambda kind: kind != "national_id"``). Findings give the kind and the position of each value
    in the original field, never the value.

    ``deadline`` (a `time.perf_counter` value): a field longer than `SCAN_WINDOW` characters is
    scanned window by window, and no window is started that would end after the deadline (a
    window is taken to cost what the one before it did). What was scanned is
    reported and redacted; the result says ``complete=False`` and how far it got, and the rest of
    the message is left as it was (a `Guard` holds such a message).
    """
    active = DEFAULT_DETECTORS if detectors is None else tuple(detectors)
    should_redact: Callable[[str], bool]
    if isinstance(redact, bool):
        flag = redact

        def should_redact(kind: str) -> bool:
            return flag
    else:
        should_redact = redact
    declared = [s.get_secret_value() for s in email.known_secrets]
    known = KnownSecrets(declared)
    # a secret found in one field is redacted in the fields after it as well ("482913 is your
    # code" in the subject, "Use 482913 to confirm" in the body); rules in detect's secrets.py
    echoed: list[str] = []
    personal = PersonalData.of(customer) if customer is not None else None

    findings: list[Finding] = []
    secret_kinds: set[str] = set()
    personal_kinds: set[str] = set()
    updates: dict[str, str] = {}
    total = scanned = 0
    complete = True

    for fname in ("subject", "text", "html"):
        whole = getattr(email, fname)
        if not whole:
            continue
        total += len(whole)
        if echoed:
            known = KnownSecrets(declared + echoed)
        edits: list[tuple[int, int, str]] = []
        omitted: dict[str, int] = {}
        n_found = n_personal = 0
        window_started = 0.0
        for off, original in _windows(whole, fname == "html"):
            if complete and off and deadline is not None:
                # no window is started that would end past the deadline: one costs about what
                # the last did (on a loaded machine a window of dense PINs took 150 ms)
                now = time.perf_counter()
                if now + (now - window_started) >= deadline:
                    complete = False
                window_started = now
            elif deadline is not None:
                window_started = time.perf_counter()
            if not complete:
                break
            scanned += len(original)
            hv = HtmlText(original) if fname == "html" else None
            view = hv.text if hv is not None else original

            matches: list[Match] = []
            if fname == "subject" and any(d.id == "scored_secrets" for d in active):
                # the body points at a value in the subject line ("the characters in the
                # subject line finish the sign-in")
                in_subject = list(subject_matches(view))
                if in_subject and (subject_pointed(email.text or "")
                                   or subject_pointed(email.html or "")):
                    matches.extend(Match(s, e, kind, "scored_secrets", rule)
                                   for s, e, kind, rule in in_subject)
            for det in active:
                matches.extend(det.find(view, fname))
                if det.id == "keyword_secrets":
                    matches.extend(url_matches(view))  # "?pw=X" in a URL written out
            if known:
                matches.extend(known.find(view, fname))

            # (match, pieces in original coordinates)
            located: list[tuple[Match, list[tuple[int, int]]]] = []
            for m in _merge(matches):
                if (m.kind != "known_secret" and m.detector in _ECHOED_DETECTORS
                        and m.end - m.start >= 4):
                    echoed.append(view[m.start:m.end])
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
            if off:  # a later window: positions in the whole field
                located = [(m, [(s + off, e + off) for s, e in pieces]) for m, pieces in located]

            for m, pieces in located:
                start, end = pieces[0][0], pieces[-1][1]
                done = should_redact(m.kind)
                secret_kinds.add(m.kind)
                if done:
                    marker = marker_for(m.kind)
                    if m.rule.startswith("link:"):
                        marker = quote(marker, safe="")  # the link stays a valid URL
                    edits.append((pieces[0][0], pieces[0][1], marker))
                    edits.extend((s, e, "") for s, e in pieces[1:])
                n_found += 1
                if n_found > MAX_FINDINGS_PER_FIELD:
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

            if personal is not None:
                for m in personal.find(view, fname):
                    n_personal += 1
                    if n_personal > MAX_FINDINGS_PER_FIELD:
                        personal_kinds.add(m.kind)
                        continue
                    pieces = hv.pieces(m.start, m.end) if hv is not None else [(m.start, m.end)]
                    if not pieces:
                        continue
                    start, end = pieces[0][0] + off, pieces[-1][1] + off
                    personal_kinds.add(m.kind)
                    findings.append(Finding(
                        code="personal_data_in_body",
                        explanation=f"{describe_kind(m.kind)} appears in the {_FIELD_NAMES[fname]} "
                                    f"at characters {start}–{end}.",
                        kind=m.kind,
                        location=Location(field=fname, start=start, end=end),
                        check="content." + personal.id,
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
        if edits:
            edits = _drop_overlaps(edits)
            updates[fname] = apply_edits(whole, edits)

    message = email.model_copy(update=updates) if updates else email
    return ContentScan(findings, message, frozenset(secret_kinds), frozenset(personal_kinds),
                       complete=complete, scanned_chars=scanned, total_chars=total)


#: A field longer than this many characters is scanned in windows of about this size, so that a
#: deadline is looked at between windows (one window of dense secrets takes well under 100 ms).
SCAN_WINDOW = 65_536
# Where a window may end, best first: a paragraph or line break in text; after a block-level
# closing tag or a line break in HTML (never inside a tag), so that a value and its label rarely
# fall into two windows.
_TEXT_CUTS = ("\n\n", "\n", " ")
_HTML_CUTS = ("</p>", "</div>", "</tr>", "</li>", "<br>", "<br/>", "<br />", "\n", ">")


def _windows(value: str, html: bool) -> Iterator[tuple[int, str]]:
    """``(offset, piece)`` covering ``value`` in order; one piece for all but long fields."""
    n = len(value)
    if n <= SCAN_WINDOW:
        yield 0, value
        return
    start = 0
    while start < n:
        end = min(n, start + SCAN_WINDOW)
        if end < n:
            lo = start + SCAN_WINDOW // 2
            for sep in (_HTML_CUTS if html else _TEXT_CUTS):
                at = value.rfind(sep, lo, end)
                if at >= 0:
                    end = at + len(sep)
                    break
        yield start, value[start:end]
        start = end


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
