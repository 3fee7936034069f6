"""``name_mismatch``: the local part names somebody else (``erik.johansson`` for Anna Svensson)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from misdirect.checks.base import CheckContext
from misdirect.models import Finding
from misdirect.names import names_other_person


class NameMismatch:
    id: ClassVar[str] = "name_mismatch"
    codes: ClassVar[tuple[str, ...]] = ("name_mismatch",)
    silent_for_own: ClassVar[bool] = True

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if not ctx.customer.full_name:
            return
        for r in ctx.recipients:
            if r.parsed is None or ctx.is_own(r) or ctx.own_slip(r) is not None:
                continue
            person = names_other_person(r.parsed.local, ctx.customer.full_name)
            if person is None:
                continue
            yield Finding(
                code="name_mismatch", recipient=r.shown,
                explanation=(f"{r.shown} looks like the address of someone called "
                             f"{person[0].title()} {person[1].title()}, not of customer "
                             f"{ctx.customer.id} ({ctx.customer.full_name})."),
                check=self.id)
