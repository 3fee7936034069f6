"""Policy: what happens to a message given its findings. Data, not code.

A `Policy` is a pydantic model, loaded from TOML (`Policy.from_toml`) or a dict
(`Policy.from_dict`).
The built-in default is itself a TOML file shipped in the package (``data/default_policy.toml``);
``Policy()`` and `Policy.default()` are the same policy.

How a decision is made (`Policy.decide`):

1. Every finding gets the action of its code from ``actions``: a code the policy's table does not
   name keeps its default, and ``unknown_code_action`` is for codes with no default (your own
   checks'). ``check_failed`` gets HOLD under ``on_check_failure = "fail_closed"`` and ALLOW
   under ``"fail_open"``: no rule can change that. The content scan never fails open:
   its ``check_failed`` is HOLD under both, because a body it did not finish may carry secrets
   nobody redacted. A failure only ever adds to the other findings, so under ``fail_open`` a
   message that a completed check blocks is still blocked.
2. *Finding rules* (rules with ``codes``) may set another action for a finding when their
   conditions hold. The first matching rule wins, so put specific rules first.
3. *Escalation rules* (rules without ``codes``) raise a recipient's action to at least theirs when
   their conditions hold: they never lower anything.
4. The message's action is the highest of all.

Conditions a rule may name (all that are named must hold): the message kind, secrets or personal
data in the body (and which kinds), the number of recipients, a first send to the recipient, the
customer's flags, and how doubtful the recipient already is. See docs/policy.md.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from misdirect.checks.base import RecipientSettings
from misdirect.errors import PolicyError
from misdirect.models import Action, Finding

__all__ = [
    "DEFAULT_ACTIONS",
    "ChecksSettings",
    "Decision",
    "DnsSettings",
    "FiredRule",
    "MessageFacts",
    "NamesakeSettings",
    "Policy",
    "RedactionSettings",
    "Rule",
    "VerificationSettings",
    "AllowlistSettings",
]

DEFAULT_ACTIONS: dict[str, Action] = {
    "invalid_address": Action.BLOCK,
    "no_recipients": Action.BLOCK,
    "header_injection": Action.BLOCK,
    "owned_by_other_customer": Action.BLOCK,
    "namesake_collision": Action.BLOCK,
    "suggestion_owned_by_other_customer": Action.BLOCK,
    "misdirected_address": Action.BLOCK,
    "typo_of_customer_address": Action.HOLD,
    "domain_typo": Action.HOLD,
    "undeliverable_domain": Action.HOLD,
    "lookalike_characters": Action.HOLD,
    "unverified_recipient": Action.HOLD,
    "near_other_customer_address": Action.WARN,
    "namesake_ambiguous": Action.WARN,
    "name_mismatch": Action.WARN,
    "recipient_not_on_record": Action.ALLOW,
    "secret_in_body": Action.ALLOW,
    "personal_data_in_body": Action.ALLOW,
}

#: Codes the guard itself emits (not a check).
GUARD_CODES = ("no_recipients", "header_injection", "suggestion_owned_by_other_customer",
               "check_failed")
CONTENT_CODES = ("secret_in_body", "personal_data_in_body")
SENSITIVE_CODES = frozenset(CONTENT_CODES)


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Rule(_Strict):
    """One rule. With ``codes`` it sets the action of matching findings (first match wins);
    without, it raises the action of every recipient for which its conditions hold."""

    #: A short stable name; explanations and golden-case files cite it.
    name: str = Field(min_length=1)
    #: Said to the agent when the rule fires. ``{recipient}``, ``{content}``, ``{kind}`` and
    #: ``{flags}`` are filled in.
    description: str = ""
    action: Action
    #: Finding codes the rule applies to (``"*"``: every code except ``check_failed``).
    codes: list[str] = Field(default_factory=list)
    #: Findings with these codes are ignored by ``codes = ["*"]`` and by
    #: ``recipient_action_at_least``.
    except_codes: list[str] = Field(default_factory=list)

    # -- conditions (None / empty: does not matter) --
    #: The message kind (`OutboundEmail.kind`) is one of these.
    kinds: list[str] = Field(default_factory=list)
    #: The body carries (true) or does not carry (false) a secret.
    secrets: bool | None = None
    #: The body carries (true) or does not carry (false) personal data.
    personal_data: bool | None = None
    #: Secrets or personal data (either).
    sensitive: bool | None = None
    #: At least one of these secret kinds is in the body ("pin", "password", ...).
    secret_kinds: list[str] = Field(default_factory=list)
    #: At least one of these personal-data kinds is in the body ("postal_address", ...).
    personal_data_kinds: list[str] = Field(default_factory=list)
    min_recipients: int | None = Field(default=None, ge=0)
    max_recipients: int | None = Field(default=None, ge=0)
    #: The recipient is (true) or is not (false) a first send for this customer.
    first_send: bool | None = None
    #: The customer has at least one of these flags (`Customer.flags`).
    customer_flags: list[str] = Field(default_factory=list)
    #: The recipient already has a finding whose action is at least this.
    recipient_action_at_least: Action | None = None

    @model_validator(mode="after")
    def _sane(self) -> Rule:
        if "check_failed" in self.codes:
            raise ValueError("rules cannot change check_failed; set on_check_failure instead")
        if (self.min_recipients is not None and self.max_recipients is not None
                and self.min_recipients > self.max_recipients):
            raise ValueError("min_recipients is larger than max_recipients")
        return self


class RedactionSettings(_Strict):
    """Which secrets the content scanner replaces with a marker in the message that may be sent."""

    #: For kinds not named in ``kinds``.
    default: bool = True
    #: Per secret kind: ``{ pin = true, password = true, otp = false }``.
    kinds: dict[str, bool] = Field(default_factory=dict)

    def redacts(self, kind: str) -> bool:
        return self.kinds.get(kind, self.default)


class NamesakeSettings(_Strict):
    """The namesake checks (the Elisa case)."""

    #: Run ``namesake_collision`` (the recipient is, or is a slip of, a namesake's address).
    collision: bool = True
    #: Run ``namesake_ambiguous`` (a name-built address for a name others share).
    ambiguous: bool = True


class DnsSettings(_Strict):
    """Opt-in DNS (``undeliverable_domain``). Guard builds a `CachedResolver` when enabled."""

    enabled: bool = False
    #: Seconds per DNS query.
    timeout: float = Field(default=2.0, gt=0, le=60)
    #: A DNS answer that is neither yes nor no (timeout, server failure) fails the check.
    unknown_is_failure: bool = True


class VerificationSettings(_Strict):
    """``unverified_recipient``: who counts as unverified."""

    #: Also flag addresses loaded without a state (every existing CRM's addresses).
    flag_unknown: bool = False
    #: Flag only when the body carries secrets or personal data.
    only_when_sensitive: bool = True


class AllowlistSettings(_Strict):
    """What an allowlisted (shared) mailbox suppresses for its customer."""

    suppresses: list[str] = Field(default_factory=lambda: [
        "owned_by_other_customer", "namesake_collision", "namesake_ambiguous",
        "near_other_customer_address", "recipient_not_on_record", "unverified_recipient"])


class ChecksSettings(_Strict):
    """Time budgets and isolation of checks (``content`` is the content scan; ``directory`` the
    freshness probe of a directory with ``refresh_interval``, whose database timeouts it sets)."""

    #: Budget of a check that ``budgets_ms`` does not name.
    default_budget_ms: float = Field(default=250.0, gt=0)
    budgets_ms: dict[str, float] = Field(default_factory=lambda: {
        "undeliverable_domain": 5000.0, "content": 2000.0, "directory": 250.0})
    #: Checks run in a worker thread and abandoned when over budget (the ones that wait on the
    #: network). Others run inline and fail when they return over budget.
    isolate: list[str] = Field(default_factory=lambda: ["undeliverable_domain"])
    #: Checks not to run at all.
    disabled: list[str] = Field(default_factory=list)

    def budget(self, check_id: str) -> float:
        """Seconds."""
        return self.budgets_ms.get(check_id, self.default_budget_ms) / 1000.0


class QuarantineSettings(_Strict):
    """What the quarantine keeps of a held message (`misdirect.integrations.quarantine`)."""

    #: Keep the original message (with its secrets) beside the redacted one. Off: the quarantine
    #: holds only the redacted message, so a database dump or ``quarantine show`` leaks nothing.
    keep_original: bool = False


_DEFAULT_RULES = [
    Rule(name="sensitive-to-doubtful-recipient",
         description="the message carries {content} and {recipient} is doubtful",
         action=Action.BLOCK, sensitive=True, recipient_action_at_least=Action.WARN,
         except_codes=["unverified_recipient", "check_failed"]),
]


@dataclass(frozen=True)
class MessageFacts:
    """What rule conditions look at besides the findings (the Guard fills it in)."""

    kind: str | None = None
    secret_kinds: frozenset[str] = frozenset()
    personal_data_kinds: frozenset[str] = frozenset()
    customer_flags: frozenset[str] = frozenset()
    #: Recipient (as shown in findings) -> first send for this customer?
    first_send: Mapping[str, bool] = field(default_factory=dict)
    n_recipients: int | None = None

    @classmethod
    def from_findings(cls, findings: Sequence[Finding], **kw: Any) -> MessageFacts:
        secrets = frozenset(f.kind or f.code for f in findings
                            if f.recipient is None and f.code == "secret_in_body")
        personal = frozenset(f.kind or f.code for f in findings
                             if f.recipient is None and f.code == "personal_data_in_body")
        return cls(secret_kinds=secrets, personal_data_kinds=personal, **kw)

    @property
    def sensitive(self) -> bool:
        return bool(self.secret_kinds or self.personal_data_kinds)


@dataclass(frozen=True, slots=True)
class FiredRule:
    """One rule that changed an action, and for whom."""

    rule: str
    action: Action
    recipient: str | None = None
    code: str | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Decision:
    """What `Policy.decide` concluded. A plain dataclass: one is made for every checked message,
    from parts that are already checked."""

    action: Action
    recipient_actions: dict[str, Action]
    reasons: list[str]
    fired: list[FiredRule] = field(default_factory=list)


class Policy(_Strict):
    """Finding code -> action, rules with conditions, and the settings of the checks."""

    version: Literal[1] = 1
    #: A check that raises or runs over budget, or a directory that cannot be probed: HOLD the
    #: message (fail_closed) or ALLOW it with a ``check_failed`` finding (fail_open). The other
    #: findings stay, so fail_open never lowers what a completed check found; a content scan
    #: that did not finish is held under both (see `failure_action`).
    on_check_failure: Literal["fail_closed", "fail_open"] = "fail_closed"
    #: Finding code -> action. A table that names only some codes changes only those: the
    #: others keep their default (`DEFAULT_ACTIONS`), so a policy written before a code existed
    #: still blocks what that code blocks.
    actions: dict[str, Action] = Field(default_factory=lambda: dict(DEFAULT_ACTIONS))
    #: Action for a finding code the table does not name (a user's own check).
    unknown_code_action: Action = Action.WARN
    #: Codes of your own checks, so that the policy may name them (typos are errors).
    custom_codes: list[str] = Field(default_factory=list)
    rules: list[Rule] = Field(default_factory=lambda: list(_DEFAULT_RULES))
    redaction: RedactionSettings = Field(default_factory=RedactionSettings)
    recipients: RecipientSettings = Field(default_factory=RecipientSettings)
    namesakes: NamesakeSettings = Field(default_factory=NamesakeSettings)
    dns: DnsSettings = Field(default_factory=DnsSettings)
    verification: VerificationSettings = Field(default_factory=VerificationSettings)
    allowlist: AllowlistSettings = Field(default_factory=AllowlistSettings)
    checks: ChecksSettings = Field(default_factory=ChecksSettings)
    quarantine: QuarantineSettings = Field(default_factory=QuarantineSettings)

    @field_validator("actions", mode="before")
    @classmethod
    def _over_defaults(cls, value: Any) -> Any:
        return {**DEFAULT_ACTIONS, **value} if isinstance(value, Mapping) else value

    # -- loading ---------------------------------------------------------------------------------

    @classmethod
    def default(cls) -> Policy:
        """The built-in policy (``misdirect/data/default_policy.toml``)."""
        return _default_policy()

    @classmethod
    def from_toml(cls, path_or_text: str | Path, *, source: str | None = None) -> Policy:
        """Load a policy from a TOML file path or TOML text. Raises `PolicyError` naming the
        file, line and key of the first problem."""
        text, src = _read(path_or_text)
        src = source or src
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as e:
            m = re.search(r"line (\d+)", str(e))
            raise PolicyError(f"not valid TOML: {e}", source=src,
                              line=int(m.group(1)) if m else None) from e
        return cls.from_dict(data, source=src, text=text)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, source: str | None = None,
                  text: str | None = None) -> Policy:
        """Validate a dict (as parsed from TOML, YAML or JSON). Raises `PolicyError`."""
        try:
            policy = cls.model_validate(dict(data))
        except ValidationError as e:
            err = e.errors()[0]
            loc = tuple(err["loc"])
            key = next((str(p) for p in reversed(loc) if isinstance(p, str)), None)
            where = ".".join(str(p) for p in loc) or "policy"
            msg = err["msg"]
            if err["type"] == "extra_forbidden":
                msg = f"unknown key {key!r}"
            raise PolicyError(f"{where}: {msg}", source=source,
                              line=_line_of(text, loc) if text else None, key=key) from e
        problem = policy._unknown_names()
        if problem:
            loc, message = problem
            raise PolicyError(f"{'.'.join(str(p) for p in loc)}: {message}", source=source,
                              line=_line_of(text, loc) if text else None,
                              key=str(loc[-1]) if loc else None)
        return policy

    def _unknown_names(self) -> tuple[tuple[str | int, ...], str] | None:
        """The first finding code or check id the policy names that nothing emits (a typo)."""
        codes = known_codes() | set(self.custom_codes)
        for code in self.actions:
            if code not in codes:
                return ("actions", code), f"unknown finding code {code!r}{_hint(code, codes)}"
        for i, rule in enumerate(self.rules):
            for attr in ("codes", "except_codes"):
                for code in getattr(rule, attr):
                    if code != "*" and code not in codes:
                        return (("rules", i, attr),
                                f"unknown finding code {code!r}{_hint(code, codes)}")
        ids = known_check_ids()
        for attr in ("isolate", "disabled"):
            for cid in getattr(self.checks, attr):
                if cid not in ids:
                    return ("checks", attr), f"unknown check {cid!r}{_hint(cid, ids)}"
        for cid in self.checks.budgets_ms:
            if cid not in ids and cid != "directory":
                return ("checks", "budgets_ms", cid), f"unknown check {cid!r}{_hint(cid, ids)}"
        kinds = _secret_kinds()
        for kind in self.redaction.kinds:
            if kinds and kind not in kinds:
                return (("redaction", "kinds", kind),
                        f"unknown secret kind {kind!r}{_hint(kind, kinds)}")
        return None

    # -- reading ---------------------------------------------------------------------------------

    @property
    def redact_secrets(self) -> bool:
        """Whether secrets are redacted by default (``redaction.default``)."""
        return self.redaction.default

    def redact(self) -> bool | Callable[[str], bool]:
        """What to pass to the content scanner as ``redact``."""
        if not self.redaction.kinds:
            return self.redaction.default
        return self.redaction.redacts

    def action_for(self, code: str) -> Action:
        if code == "check_failed":
            return Action.HOLD if self.on_check_failure == "fail_closed" else Action.ALLOW
        return self.actions.get(code, self.unknown_code_action)

    def failure_action(self, check: str | None) -> Action:
        """The action of a ``check_failed`` finding of ``check``: `on_check_failure`, except
        for the content scan, whose failure is always HOLD (its body may carry unredacted
        secrets, and the message is sent as the scan left it)."""
        if check == "content":
            return Action.HOLD
        return self.action_for("check_failed")

    # -- deciding --------------------------------------------------------------------------------

    def decide(self, findings: Sequence[Finding], recipients: Sequence[str],
               facts: MessageFacts | None = None) -> Decision:
        """The action for the message and for each recipient, and the reasons for them."""
        if facts is None:
            facts = MessageFacts.from_findings(findings)
        n = facts.n_recipients if facts.n_recipients is not None else len(recipients)
        allow = Action.ALLOW
        per_recipient: dict[str, Action] = dict.fromkeys(recipients, allow)
        reasons: list[str] = []
        fired: list[FiredRule] = []
        message_action = allow
        code_rules = [r for r in self.rules if r.codes]
        escalations = [r for r in self.rules if not r.codes]
        finding_actions: list[Action] = []
        for f in findings:
            action = self.action_for(f.code) if f.code != "check_failed" else \
                self.failure_action(f.check)
            rule = next((r for r in code_rules
                         if _matches_code(r, f.code) and _holds(r, facts, n, f.recipient)),
                        None) if code_rules else None
            if rule is not None:
                action = rule.action
                reason = (f"{_LABEL[action]} by rule {rule.name!r} because {f.code}: "
                          f"{_fill(rule.description, facts, f.recipient) or f.explanation}")
                fired.append(FiredRule(rule=rule.name, action=action, recipient=f.recipient,
                                       code=f.code, reason=reason))
                if action > allow:
                    reasons.append(reason)
            elif action > allow:
                reasons.append(f"{_LABEL[action]} because {f.code}: {f.explanation}")
            finding_actions.append(action)
            if f.recipient is not None:
                current = per_recipient.get(f.recipient)
                if current is None or action > current:
                    per_recipient[f.recipient] = action
            elif action > message_action:
                message_action = action
        targets: list[str | None] = list(per_recipient) or [None]
        for rule in escalations:
            for r in targets:
                current = per_recipient[r] if r is not None else message_action
                if current >= rule.action or not _holds(rule, facts, n, r):
                    continue
                if rule.recipient_action_at_least is not None:
                    doubt = max((a for f, a in zip(findings, finding_actions, strict=True)
                                 if f.recipient == r and f.code not in rule.except_codes),
                                default=allow)
                    if doubt < rule.recipient_action_at_least:
                        continue
                text = _fill(rule.description, facts, r) or _describe(rule, facts, r)
                reason = f"{_LABEL[rule.action]} because {text} (rule {rule.name!r})."
                if r is not None:
                    per_recipient[r] = rule.action
                else:
                    message_action = rule.action
                reasons.append(reason)
                fired.append(FiredRule(rule=rule.name, action=rule.action, recipient=r,
                                       code=None, reason=reason))
        action = max([message_action, *per_recipient.values()])
        return Decision(action=action, recipient_actions=per_recipient, reasons=reasons,
                        fired=fired)


#: "HOLD" for Action.HOLD, without going through the enum's value property on the hot path.
_LABEL: dict[Action, str] = {a: a.value.upper() for a in Action}


def _matches_code(rule: Rule, code: str) -> bool:
    if code in rule.except_codes:
        return False
    if "*" in rule.codes:
        return code != "check_failed"
    return code in rule.codes


def _holds(rule: Rule, facts: MessageFacts, n: int, recipient: str | None) -> bool:
    """Whether the rule's message and recipient conditions hold (not the finding-level ones)."""
    if rule.kinds and facts.kind not in rule.kinds:
        return False
    if rule.secrets is not None and bool(facts.secret_kinds) != rule.secrets:
        return False
    if rule.personal_data is not None and bool(facts.personal_data_kinds) != rule.personal_data:
        return False
    if rule.sensitive is not None and facts.sensitive != rule.sensitive:
        return False
    if rule.secret_kinds and not facts.secret_kinds & set(rule.secret_kinds):
        return False
    if rule.personal_data_kinds and not facts.personal_data_kinds & set(rule.personal_data_kinds):
        return False
    if rule.min_recipients is not None and n < rule.min_recipients:
        return False
    if rule.max_recipients is not None and n > rule.max_recipients:
        return False
    if rule.customer_flags and not facts.customer_flags & set(rule.customer_flags):
        return False
    return rule.first_send is None or (
        recipient is not None and facts.first_send.get(recipient, False) == rule.first_send)


def _content(facts: MessageFacts) -> str:
    kinds = sorted(facts.secret_kinds | facts.personal_data_kinds)
    return ", ".join(kinds) if kinds else "no secrets or personal data"


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _fill(template: str, facts: MessageFacts, recipient: str | None) -> str:
    if not template:
        return ""
    return template.format_map(_Blank(
        recipient=recipient or "the message", content=_content(facts),
        kind=facts.kind or "unspecified", flags=", ".join(sorted(facts.customer_flags))))


def _describe(rule: Rule, facts: MessageFacts, recipient: str | None) -> str:
    """A readable sentence for a rule without a description."""
    parts: list[str] = []
    if rule.kinds:
        parts.append(f"the message is a {facts.kind}")
    if rule.sensitive or rule.secrets or rule.personal_data or rule.secret_kinds \
            or rule.personal_data_kinds:
        parts.append(f"it carries {_content(facts)}")
    if rule.min_recipients is not None or rule.max_recipients is not None:
        parts.append(f"it has {facts.n_recipients} recipients")
    if rule.first_send:
        parts.append(f"it is the first send to {recipient}")
    if rule.customer_flags:
        flags = sorted(facts.customer_flags & set(rule.customer_flags))
        parts.append(f"the customer is flagged {', '.join(flags)}")
    if rule.recipient_action_at_least is not None:
        parts.append(f"{recipient} is doubtful")
    return " and ".join(parts) or "the rule applies to every message"


# -- helpers for loading ---------------------------------------------------------------------------

def _read(path_or_text: str | Path) -> tuple[str, str]:
    if isinstance(path_or_text, Path):
        return path_or_text.read_text(encoding="utf-8"), str(path_or_text)
    if "\n" not in path_or_text and "=" not in path_or_text and "[" not in path_or_text:
        p = Path(path_or_text)
        try:
            return p.read_text(encoding="utf-8"), str(p)
        except OSError as e:
            raise PolicyError(f"cannot read policy file: {e.strerror}",
                              source=str(p)) from e
    return path_or_text, "<policy text>"


def _line_of(text: str | None, loc: Sequence[str | int]) -> int | None:
    """The line of the key at ``loc`` in TOML ``text``: found by scanning, not by a TOML parser
    (which keeps no positions). Tables, arrays of tables, dotted and inline keys are followed."""
    if not text:
        return None
    lines = text.splitlines()
    start, found = 0, None
    path: list[str] = []
    i = 0
    while i < len(loc):
        part = loc[i]
        if isinstance(part, int):
            i += 1
            continue
        path.append(part)
        nxt = loc[i + 1] if i + 1 < len(loc) else None
        esc = re.escape(part)
        if isinstance(nxt, int):  # an array of tables: the nth [[...part]]
            header = re.compile(r"^\s*\[\[\s*" + re.escape(".".join(path)) + r"\s*\]\]")
            seen = -1
            for ln in range(start, len(lines)):
                if header.match(lines[ln]):
                    seen += 1
                    if seen == nxt:
                        start, found = ln + 1, ln + 1
                        break
            i += 2
            continue
        pattern = re.compile(
            r"^\s*(\[+\s*([\w\-.\"]+\.)?\"?" + esc + r"\"?\s*\]+"  # [table] header
            r"|\"?" + esc + r"\"?\s*[=.]"                          # key = / dotted key.
            r"|.*[{,]\s*\"?" + esc + r"\"?\s*=)")                  # inline table
        for ln in range(start, len(lines)):
            if pattern.match(lines[ln]):
                found = ln + 1
                start = ln + 1 if lines[ln].lstrip().startswith("[") else ln
                break
        i += 1
    return found


def _hint(name: str, choices: set[str] | frozenset[str]) -> str:
    from rapidfuzz import process

    best = process.extractOne(name, sorted(choices), score_cutoff=75)
    return f" (did you mean {best[0]!r}?)" if best else ""


def known_codes() -> set[str]:
    """Every finding code the built-in checks, the content scan and the guard emit."""
    from misdirect.checks import DEFAULT_CHECKS

    codes = set(DEFAULT_ACTIONS) | set(GUARD_CODES) | set(CONTENT_CODES)
    for check in DEFAULT_CHECKS:
        codes.update(check.codes)
    return codes


def known_check_ids() -> set[str]:
    from misdirect.checks import DEFAULT_CHECKS

    return {c.id for c in DEFAULT_CHECKS} | {"content"}


def _secret_kinds() -> frozenset[str]:
    try:
        from misdirect.content.base import SECRET_KINDS
    except ImportError:  # pragma: no cover - the content package is optional here
        return frozenset()
    return SECRET_KINDS


@lru_cache(maxsize=1)
def _default_policy() -> Policy:
    text = resources.files("misdirect.data").joinpath("default_policy.toml").read_text("utf-8")
    return Policy.from_toml(text, source="misdirect/data/default_policy.toml")
