"""The shape of one peer case, and the helpers the tables are written with."""

from __future__ import annotations

from dataclasses import dataclass, field

VALID = "valid"
INVALID = "invalid"
#: A typo case where the peer makes no suggestion (the domain is left alone, or the input abstains).
NONE = ""


@dataclass(frozen=True)
class Source:
    #: ``owner/name`` on GitHub.
    repo: str
    #: The test file(s) the cases were read from.
    files: str
    #: "validity" (is it one address?) or "typo" (which domain does it suggest?).
    kind: str
    #: The settings under which ``Case.peer`` is the peer's verdict.
    settings: str
    #: What the peer's verdicts were checked against, if anything (the installed library).
    checked_by: str = ""


@dataclass(frozen=True)
class Case:
    #: The test (function, test id or table) in the source file.
    where: str
    #: The input exactly as the peer tests it (a recipient string; for typo sources an address).
    input: str
    #: The peer's verdict under ``Source.settings``: VALID/INVALID, or for typo sources the domain
    #: it suggests (NONE for no suggestion).
    peer: str
    #: misdirect's verdict, only where it differs from ``peer`` on purpose (a deliberate difference,
    #: listed in docs/findings.md); None means "the same as the peer".
    ours: str | None = None
    #: Why ours differs, or why the peer's verdict under our settings is not its shipped default.
    why: str = ""
    #: The peer's verdict with its own shipped defaults, where that is not ``peer``.
    shipped: str | None = None
    #: Typo sources: the domain list the peer's test passes in (``domains: [...]``); misdirect is
    #: given the same list as domains frequent in its customer directory.
    known: tuple[str, ...] = field(default=())

    @property
    def expected(self) -> str:
        """What misdirect must answer: the peer's verdict, or ours where we differ on purpose."""
        return self.peer if self.ours is None else self.ours


def count(n: int, start: int = 1) -> str:
    """``1111111111222...``: n digits in runs of ten, the filler the peers use for long labels."""
    return "".join(str((start + i // 10) % 10) for i in range(n))
