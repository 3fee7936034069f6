"""misdirect's verdict on a peer case, read from `Guard.check` as a user would see it."""

from __future__ import annotations

import functools

from misdirect import Customer, Directory, Guard, OutboundEmail, Policy

from .cases import INVALID, NONE, VALID, Case, Source

#: The customer every test send is about; its domain is no peer's.
OWNER = Customer(id="C-PEERS", full_name="Anna Svensson", emails=["anna.svensson@telia.com"],
                 city="Örebro")
_INVALID_CODES = frozenset({"invalid_address", "header_injection"})


@functools.cache
def guard(known: tuple[str, ...] = ()) -> Guard:
    """A Guard over a directory in which each of ``known`` is a domain customers use (the peer's
    ``domains`` list becomes domains frequent in the directory)."""
    directory = Directory.connect("sqlite://")
    others = [Customer(id=f"C-LIST-{i}", full_name=f"List Holder {i}",
                       emails=[f"list.holder.{i}@{d}"]) for i, d in enumerate(known)]
    directory.upsert([OWNER, *others])
    policy = Policy.from_dict({"recipients": {"frequent_domain_min_count": 1}})
    return Guard(directory, policy=policy, scan_content=False)


def _findings(raw: str, known: tuple[str, ...] = ()) -> list[tuple[str, str | None]]:
    email = OutboundEmail(customer_id=OWNER.id, to=[raw], subject="Order", text="Hello.")
    return [(f.code, f.suggestion) for f in guard(known).check(email).findings]


def validity(raw: str) -> str:
    """VALID when the send path takes ``raw`` as one recipient, INVALID when it is refused
    (``invalid_address`` or ``header_injection``)."""
    codes = {code for code, _ in _findings(raw)}
    return INVALID if codes & _INVALID_CODES else VALID


def typo(raw: str, known: tuple[str, ...] = ()) -> str:
    """The domain misdirect suggests for ``raw``: from ``domain_typo``, or from the suggestion of
    ``invalid_address`` when the string is not one address; NONE when there is none."""
    found = dict(_findings(raw, known))
    suggestion = found.get("domain_typo") or found.get("invalid_address")
    return suggestion.rpartition("@")[2].lower() if suggestion else NONE


def verdict(source: Source, case: Case) -> str:
    return validity(case.input) if source.kind == "validity" else typo(case.input, case.known)
