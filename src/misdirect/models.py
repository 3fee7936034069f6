"""The data that flows through misdirect: customers, outbound emails, findings and verdicts.

Input models are lenient at the edge (bytes that are not UTF-8 are decoded with replacement, a single
recipient string becomes a list) so that bad input turns into findings instead of exceptions. Output
models are frozen.

Nothing here prints what it carries: a validation error names the field and the problem, never
the input value (``hide_input_in_errors``; ``ValidationError.errors()`` and ``.json()`` still
hold it unless called with ``include_input=False``), and ``repr()`` and ``str()`` of an
`OutboundEmail` or a `Customer` show ids, lengths and masked addresses, never a body, a secret,
a name or a national id (`model_dump()` is the way to the values).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator

__all__ = [
    "Action",
    "Customer",
    "EmailAddress",
    "Finding",
    "Location",
    "OtherCustomer",
    "OutboundEmail",
    "Verdict",
]

_ACTION_RANK = {"allow": 0, "warn": 1, "hold": 2, "block": 3}


class Action(str, Enum):
    """What may happen to a message. Ordered: ALLOW < WARN < HOLD < BLOCK."""

    ALLOW = "allow"
    WARN = "warn"
    HOLD = "hold"
    BLOCK = "block"

    _rank: int  # set on each member below

    @property
    def rank(self) -> int:
        return self._rank

    @staticmethod
    def _rank_of(other: object) -> int:
        """Rank of another Action or of its value ("hold"); anything else cannot be ordered."""
        if type(other) is Action:
            return other._rank
        if isinstance(other, str) and other in _ACTION_RANK:
            return _ACTION_RANK[str.__str__(other)]
        raise TypeError(f"cannot order an Action against {other!r}")

    # Comparisons run a few dozen times per checked message: the rank is a plain attribute of
    # each member (set below), not a lookup through the value.
    def __lt__(self, other: object) -> bool:
        return self._rank < self._rank_of(other)

    def __le__(self, other: object) -> bool:
        return self._rank <= self._rank_of(other)

    def __gt__(self, other: object) -> bool:
        return self._rank > self._rank_of(other)

    def __ge__(self, other: object) -> bool:
        return self._rank >= self._rank_of(other)

    def __str__(self) -> str:
        return self.value  # type: ignore[no-any-return]


for _member in Action:
    _member._rank = _ACTION_RANK[_member.value]
del _member


def _text(value: Any) -> Any:
    """Decode bytes leniently: undecodable input becomes U+FFFD and later an invalid_address finding."""
    if isinstance(value, bytes | bytearray):
        return bytes(value).decode("utf-8", errors="replace")
    return value


class _Shown:
    """How a repr shows a value it must not print: ``<12 chars>``, ``['a***@b*.se']``."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


def _size(value: Any, unit: str = "char") -> Any:
    """``<n chars>`` for a string, ``<n units>`` for a list, ``<set>`` for anything else given."""
    if value is None:
        return None
    if isinstance(value, str | list | tuple):
        n = len(value)
        return _Shown(f"<{n} {unit}{'' if n == 1 else 's'}>")
    return _Shown("<set>")


def _mask(raw: str) -> str:
    """The address of a recipient string masked (``Anna <anna@x.se>`` shows ``a**a@x*.se``)."""
    from email.utils import parseaddr

    from misdirect.addresses import mask_address

    _name, address = parseaddr(raw)
    return mask_address(address if "@" in address else raw)


def _masked(addresses: Iterable[str]) -> _Shown:
    return _Shown(repr([_mask(a) for a in addresses]))


def _text_list(value: Any) -> Any:
    if value is None:
        return []
    if isinstance(value, str | bytes | bytearray):
        return [_text(value)]
    if isinstance(value, list | tuple | set | frozenset):
        return [_text(v) for v in value]
    return value


def _utc_naive(value: Any) -> Any:
    """An aware time as naive UTC (how the directory stores times); a naive one is taken as UTC."""
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


class EmailAddress(BaseModel):
    """One of a customer's addresses with what is known of its history: when it was added to the
    customer, when it was removed (a former address), whether the customer confirmed it.

    Times are naive UTC (an aware time is converted). ``added_at=None``: the address counts as
    always having been the customer's (its history is unknown). ``verified=None``: not said (an
    address already on record keeps its state)."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True,
                              hide_input_in_errors=True)

    address: str = Field(min_length=1)
    added_at: dt.datetime | None = None
    removed_at: dt.datetime | None = None
    verified: bool | None = None

    _coerce_address = field_validator("address", mode="before")(_text)

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        yield "address", _Shown(repr(_mask(self.address)))
        yield "added_at", self.added_at
        yield "removed_at", self.removed_at
        yield "verified", self.verified

    @field_validator("added_at", "removed_at", mode="after")
    @classmethod
    def _naive_utc(cls, value: dt.datetime | None) -> dt.datetime | None:
        naive: dt.datetime | None = _utc_naive(value)
        return naive

    @model_validator(mode="after")
    def _removed_after_added(self) -> EmailAddress:
        if self.added_at is not None and self.removed_at is not None \
                and self.removed_at < self.added_at:
            raise ValueError("removed_at is before added_at")
        return self


class Customer(BaseModel):
    """One customer record: who the message is about, and which mailboxes are theirs."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True,
                              hide_input_in_errors=True)

    id: str = Field(min_length=1, max_length=200)
    full_name: str = Field(default="", max_length=500)
    #: The customer's addresses today. On input an entry may also be an `EmailAddress` (or a
    #: dict of one, as in a JSONL file): it goes to ``email_history``, and its address stays
    #: here unless it has a ``removed_at``.
    emails: list[str] = Field(default_factory=list)
    city: str | None = None
    postal_address: str | None = None
    postal_code: str | None = None
    phone: str | None = None
    birth_date: dt.date | None = None
    national_id: str | None = None
    customer_number: str | None = None
    flags: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    #: The addresses (today's and former ones) whose history is known: when each was added and
    #: removed, whether it was confirmed. An address in ``emails`` without an entry here has no
    #: known history (always the customer's). See docs/directory.md, "The directory as it was".
    email_history: list[EmailAddress] = Field(default_factory=list)

    _coerce_id = field_validator("id", "full_name", mode="before")(_text)
    _coerce_emails = field_validator("emails", "flags", "notes", mode="before")(_text_list)

    @model_validator(mode="before")
    @classmethod
    def _email_objects(cls, data: Any) -> Any:
        """``emails`` entries that are objects move to ``email_history``; today's stay listed."""
        if not isinstance(data, dict):
            return data
        emails = data.get("emails")
        if not isinstance(emails, list | tuple) or not any(
                isinstance(e, dict | EmailAddress) for e in emails):
            if not data.get("email_history"):
                return data  # the common case: plain addresses, no history
            emails = list(emails or [])
        plain: list[Any] = []
        history_out: list[Any] = list(data.get("email_history") or [])
        for e in emails:
            if isinstance(e, dict | EmailAddress):
                entry = e if isinstance(e, EmailAddress) else EmailAddress.model_validate(e)
                history_out.append(entry)
                if entry.removed_at is None:
                    plain.append(entry.address)
            else:
                plain.append(e)
        listed = {_text(p).strip() for p in plain if isinstance(p, str | bytes | bytearray)}
        for h in history_out:  # a current address given only in the history is today's too
            entry = h if isinstance(h, EmailAddress) else EmailAddress.model_validate(h)
            if entry.removed_at is None and entry.address not in listed:
                plain.append(entry.address)
                listed.add(entry.address)
        return {**data, "emails": plain, "email_history": history_out}

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        # repr(), str() and rich/devtools pretty-printing all come here: the id and flags as
        # they are, addresses masked, every personal field as its length only
        yield "id", self.id
        yield "full_name", _size(self.full_name)
        yield "emails", _masked(self.emails)
        for name in ("city", "postal_address", "postal_code", "phone", "birth_date",
                     "national_id", "customer_number"):
            yield name, _size(getattr(self, name))
        yield "flags", self.flags
        yield "notes", _size(self.notes, "note")
        if self.email_history:
            yield "email_history", _size(self.email_history, "entry")


class OutboundEmail(BaseModel):
    """A transactional email about one customer, before it is sent."""

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    customer_id: str
    to: list[str] = Field(default_factory=list)
    cc: list[str] = Field(default_factory=list)
    bcc: list[str] = Field(default_factory=list)
    subject: str = ""
    text: str | None = None
    html: str | None = None
    #: Values the sender knows it embedded (a PIN, a temporary password). Redacted wherever they appear.
    known_secrets: list[SecretStr] = Field(default_factory=list, repr=False)
    #: What kind of message this is (order_confirmation, password_reset, invoice, ...); used by policies.
    kind: str | None = None
    sender: str | None = None
    message_id: str | None = None

    _coerce_text = field_validator("customer_id", "subject", "text", "html", mode="before")(_text)
    _coerce_lists = field_validator("to", "cc", "bcc", mode="before")(_text_list)

    @field_validator("known_secrets", mode="before")
    @classmethod
    def _coerce_secrets(cls, value: Any) -> Any:
        return _text_list(value)

    @field_validator("subject", mode="before")
    @classmethod
    def _subject_not_none(cls, value: Any) -> Any:
        return "" if value is None else value

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        # the subject and bodies as lengths (they carry PINs and personal data), recipients and
        # sender masked, the known secrets counted
        yield "customer_id", self.customer_id
        for name in ("to", "cc", "bcc"):
            yield name, _masked(getattr(self, name))
        yield "subject", _size(self.subject)
        yield "text", _size(self.text)
        yield "html", _size(self.html)
        yield "known_secrets", _size(self.known_secrets, "secret")
        yield "kind", self.kind
        yield "sender", _mask(self.sender) if self.sender else None
        yield "message_id", self.message_id

    def recipients(self) -> list[tuple[str, str]]:
        """Every recipient as ``(field, address)``, in to, cc, bcc order."""
        return ([("to", a) for a in self.to] + [("cc", a) for a in self.cc]
                + [("bcc", a) for a in self.bcc])


class OtherCustomer(BaseModel):
    """Another customer, as a finding may show it: an id and a masked address, nothing more."""

    model_config = ConfigDict(frozen=True, hide_input_in_errors=True)

    id: str
    masked_address: str
    same_full_name: bool = False


class Location(BaseModel):
    """Where in the message something was found: a field and a character span of that field."""

    model_config = ConfigDict(frozen=True, hide_input_in_errors=True)

    field: Literal["subject", "text", "html", "to", "cc", "bcc", "sender", "message_id"]
    start: int
    end: int


class Finding(BaseModel):
    """One thing a check noticed. Codes are stable API (see docs/findings.md)."""

    model_config = ConfigDict(frozen=True, hide_input_in_errors=True)

    code: str
    explanation: str
    recipient: str | None = None
    suggestion: str | None = None
    #: Edit distance between the recipient and the address it resembles, where that applies.
    distance: int | None = None
    other_customers: list[OtherCustomer] = Field(default_factory=list)
    #: For content findings: the kind of secret or personal data ("pin", "password", "phone", ...).
    kind: str | None = None
    location: Location | None = None
    #: Which check produced it (its stable id).
    check: str = ""


class Verdict(BaseModel):
    """The answer of `Guard.check`: what may happen to the message, why, and the message to send."""

    model_config = ConfigDict(frozen=True, hide_input_in_errors=True)

    action: Action
    findings: list[Finding] = Field(default_factory=list)
    message: OutboundEmail
    #: The action per recipient address (as written in the message), so a relay can drop one.
    recipient_actions: dict[str, Action] = Field(default_factory=dict)
    #: Readable reasons, one per policy rule that raised the action above ALLOW.
    reasons: list[str] = Field(default_factory=list)
    #: Names of the policy rules that fired (in order; a rule may fire for several recipients).
    rules_fired: list[str] = Field(default_factory=list)
    #: The customer's notes ("verify callers extra carefully"), for the agent who reads this.
    notes: list[str] = Field(default_factory=list)

    @property
    def allowed(self) -> bool:
        """True when the message may be sent as `message` (ALLOW or WARN)."""
        return self.action <= Action.WARN

    def codes(self) -> set[str]:
        return {f.code for f in self.findings}

    def explain(self) -> str:
        """One readable paragraph for a customer-service agent: what happens to the message,
        which rules fired and why, what to do, and the customer's notes."""
        verb = {Action.ALLOW: "may be sent", Action.WARN: "may be sent, with a warning",
                Action.HOLD: "is held for review", Action.BLOCK: "is blocked"}[self.action]
        head = f"{self.action.value.upper()}: the message {verb}."
        if not self.findings:
            body = " Every recipient is one of the customer's own addresses."
        elif self.reasons:
            body = " " + " ".join(_sentence(r) for r in self.reasons)
        else:
            body = " Nothing raised the action: " + " ".join(
                _sentence(f.explanation) for f in self.findings)
        hints = sorted({f"Did you mean {f.suggestion}?" for f in self.findings
                        if f.suggestion and self.recipient_actions.get(f.recipient or "",
                                                                       Action.ALLOW) > Action.WARN})
        tail = (" " + " ".join(hints)) if hints else ""
        if self.notes:
            tail += " Notes on this customer: " + " ".join(_sentence(n) for n in self.notes)
        return head + body + tail


def _trusted_verdict(action: Action, findings: list[Finding], message: OutboundEmail,
                     recipient_actions: dict[str, Action], reasons: list[str],
                     rules_fired: list[str], notes: list[str]) -> Verdict:
    """A `Verdict` of parts that are already of its field types (`Guard.check` makes every one
    of them), without validating them again: a third of the cost of ``Verdict(...)``, and
    ``model_construct`` costs more than validating. Equal to ``Verdict(...)`` of the same parts
    (tests/audit/test_guard_fast.py)."""
    v = object.__new__(Verdict)
    _set(v, "__dict__", {"action": action, "findings": findings, "message": message,
                         "recipient_actions": recipient_actions, "reasons": reasons,
                         "rules_fired": rules_fired, "notes": notes})
    _set(v, "__pydantic_fields_set__", set(_VERDICT_FIELDS))
    _set(v, "__pydantic_extra__", None)
    _set(v, "__pydantic_private__", None)
    return v


_set = object.__setattr__
_VERDICT_FIELDS = frozenset(Verdict.model_fields)
assert frozenset({"action", "findings", "message", "recipient_actions",
                                     "reasons", "rules_fired", "notes"}) == _VERDICT_FIELDS


#: `Customer` fields of text or None, and the order of all its fields (its ``__dict__``).
_CUSTOMER_TEXT = frozenset({"city", "postal_address", "postal_code", "phone", "national_id",
                            "customer_number"})
_CUSTOMER_FIELDS = tuple(Customer.model_fields)
_CUSTOMER_INDEXED = frozenset({"id", "full_name", "emails", "flags", "notes", "birth_date"}
                              | _CUSTOMER_TEXT)


def _plain(texts: Iterable[object]) -> bool:
    """Every item a str that `Customer` validation keeps as it is (``str_strip_whitespace``)."""
    return all(type(t) is str and t == t.strip() for t in texts)  # type: ignore[attr-defined]


def _customer_from_index(id_: str, full_name: str, emails: list[str], flags: list[str],
                         notes: list[str], personal: Iterable[tuple[str, str]]) -> Customer:
    """``Customer.model_validate`` of these values (``personal``: ``(field, text)`` pairs as the
    index keeps them, ``birth_date`` as ISO text), without validating when every value is one
    validation keeps as it is: the content scan asks for the record of every message, and at a
    million customers it is rarely cached. Anything else (a value with surrounding whitespace,
    over a length limit, a date not in ISO form, an unknown field) is validated. Equal to the
    validated record, fields set included (tests/directory/test_record_from_index.py)."""
    fields: dict[str, Any] = {"id": id_, "full_name": full_name, "emails": emails,
                              "flags": flags, "notes": notes}
    fields.update(personal)
    given = set(fields)
    ok = (type(id_) is str and 0 < len(id_) <= 200 and id_ == id_.strip()
          and type(full_name) is str and len(full_name) <= 500 and full_name == full_name.strip()
          and (not emails or _plain(emails)) and (not flags or _plain(flags))
          and (not notes or _plain(notes)) and given <= _CUSTOMER_INDEXED)
    if ok and len(given) > 5:
        for k in given & _CUSTOMER_TEXT:
            v = fields[k]
            if type(v) is not str or v != v.strip():
                ok = False
        born = fields.get("birth_date")
        if ok and born is not None:
            try:
                day = dt.date.fromisoformat(born) if type(born) is str and len(born) == 10 \
                    else None
            except ValueError:
                day = None
            if day is None or day.isoformat() != born:
                ok = False
            else:
                fields["birth_date"] = day
    if not ok:
        return Customer.model_validate(fields)
    c = object.__new__(Customer)
    fields["email_history"] = []
    _set(c, "__dict__", {name: fields.get(name) for name in _CUSTOMER_FIELDS})
    _set(c, "__pydantic_fields_set__", given)
    _set(c, "__pydantic_extra__", None)
    _set(c, "__pydantic_private__", None)
    return c

#: `OutboundEmail` fields that take a str or None as they are (``subject``: None becomes "").
_EMAIL_TEXT_FIELDS = frozenset({"subject", "text", "html", "kind", "sender", "message_id"})
_EMAIL_LIST_FIELDS = frozenset({"to", "cc", "bcc"})
assert frozenset(OutboundEmail.model_fields) == (_EMAIL_TEXT_FIELDS | _EMAIL_LIST_FIELDS
                                                 | {"customer_id", "known_secrets"})


def _plain_email(values: dict[str, Any]) -> OutboundEmail | None:
    """``OutboundEmail.model_validate(values)`` for the common record that needs no coercion:
    ``customer_id`` a str, recipients lists of str, the other fields str or None, no
    ``known_secrets`` and no other key. None for anything else (the caller validates it, with
    pydantic's coercions and errors). An audit parses every send: this costs a fraction of
    validating. tests/audit/test_parse_fast.py holds it equal to the validated model."""
    data: dict[str, Any] = {"customer_id": None, "to": [], "cc": [], "bcc": [], "subject": "",
                            "text": None, "html": None, "known_secrets": [], "kind": None,
                            "sender": None, "message_id": None}
    for k, v in values.items():
        t = type(v)
        if k in _EMAIL_LIST_FIELDS:
            if t is not list:
                return None
            for a in v:
                if type(a) is not str:
                    return None
            data[k] = list(v)
        elif k in _EMAIL_TEXT_FIELDS:
            if t is str:
                data[k] = v
            elif v is not None:
                return None
        elif k == "customer_id" and t is str:
            data[k] = v
        else:  # known_secrets (SecretStr), a customer id that is not a str, or an unknown key
            return None
    if data["customer_id"] is None:
        return None
    e = object.__new__(OutboundEmail)
    _set(e, "__dict__", data)
    _set(e, "__pydantic_fields_set__", set(values))
    _set(e, "__pydantic_extra__", None)
    _set(e, "__pydantic_private__", None)
    return e


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."
