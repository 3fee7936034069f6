"""Policy: what happens to a message given its findings. Data, not code.

This module holds the default policy of the core issue: each finding code maps to an action, and a
message carrying secrets or personal data to a doubtful recipient is blocked.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict, Field

from misdirect.checks.base import RecipientSettings
from misdirect.models import Action, Finding

__all__ = ["DEFAULT_ACTIONS", "Decision", "Policy"]

DEFAULT_ACTIONS: dict[str, Action] = {
    "invalid_address": Action.BLOCK,
    "no_recipients": Action.BLOCK,
    "owned_by_other_customer": Action.BLOCK,
    "namesake_collision": Action.BLOCK,
    "typo_of_customer_address": Action.HOLD,
    "domain_typo": Action.HOLD,
    "undeliverable_domain": Action.HOLD,
    "lookalike_characters": Action.HOLD,
    "near_other_customer_address": Action.WARN,
    "namesake_ambiguous": Action.WARN,
    "name_mismatch": Action.WARN,
    "recipient_not_on_record": Action.ALLOW,
    "secret_in_body": Action.ALLOW,
    "personal_data_in_body": Action.ALLOW,
}


class Decision(BaseModel):
    model_config = ConfigDict(frozen=True)

    action: Action
    recipient_actions: dict[str, Action]
    reasons: list[str]


class Policy(BaseModel):
    """Finding code -> action, plus the rule for sensitive content going to doubtful recipients."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    actions: dict[str, Action] = Field(default_factory=lambda: dict(DEFAULT_ACTIONS))
    #: Action for a finding code the table does not name (a user's own check).
    unknown_code_action: Action = Action.WARN
    #: Block a message with secrets or personal data going to a recipient with a finding >= WARN.
    block_sensitive_to_doubtful: bool = True
    #: Redact secrets from the message that may be sent.
    redact_secrets: bool = True
    recipients: RecipientSettings = Field(default_factory=RecipientSettings)

    def action_for(self, code: str) -> Action:
        return self.actions.get(code, self.unknown_code_action)

    def decide(self, findings: Sequence[Finding], recipients: Sequence[str]) -> Decision:
        per_recipient: dict[str, Action] = {r: Action.ALLOW for r in recipients}
        reasons: list[str] = []
        message_action = Action.ALLOW
        sensitive = [f for f in findings if f.recipient is None
                     and f.code in ("secret_in_body", "personal_data_in_body")]
        for f in findings:
            action = self.action_for(f.code)
            if f.recipient is not None:
                per_recipient[f.recipient] = max(per_recipient.get(f.recipient, Action.ALLOW),
                                                 action)
            else:
                message_action = max(message_action, action)
            if action > Action.ALLOW:
                reasons.append(f"{action.value.upper()} because {f.code}: {f.explanation}")
        if sensitive and self.block_sensitive_to_doubtful:
            kinds = sorted({f.kind or f.code for f in sensitive})
            for r, a in per_recipient.items():
                if a >= Action.WARN and a < Action.BLOCK:
                    per_recipient[r] = Action.BLOCK
                    reasons.append(f"BLOCK because the message carries {', '.join(kinds)} and "
                                   f"{r} is doubtful.")
        action = max([message_action, *per_recipient.values()])
        return Decision(action=action, recipient_actions=per_recipient, reasons=reasons)
