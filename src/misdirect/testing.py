"""Testing helpers that ship with misdirect, so teams can unit-test their policy in their own CI.

- `DirectoryBuilder` / `build_directory`: an in-memory directory (SQLite ``sqlite://``) from a few
  customers, with verification states, misdirected marks and shared mailboxes.
- `FixedResolver`: a `misdirect.dns.MailResolver` with fixed answers (and an optional delay, to
  test time budgets). No network.
- `locked_sqlite_file`: hold an exclusive lock on a directory's SQLite file, for fault tests.
- Golden cases: a TOML (or YAML) file of customers and messages with the expected action and
  finding codes. `run_case_file` runs it; so do ``misdirect policy test CASES`` and the pytest
  plugin (files named ``*.misdirect.toml``). The format is documented in docs/policy.md.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import time
import tomllib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from misdirect.directory import Directory
from misdirect.dns import DomainStatus, MxAnswer
from misdirect.errors import ConfigurationError
from misdirect.guard import Guard
from misdirect.models import Action, Customer, OutboundEmail, Verdict
from misdirect.policy import Policy

__all__ = [
    "CaseFile",
    "CaseResult",
    "DirectoryBuilder",
    "FixedResolver",
    "GoldenCase",
    "build_directory",
    "load_case_file",
    "locked_sqlite_file",
    "run_case",
    "run_case_file",
]

#: Keys of a customer in a case file besides the `Customer` fields.
_STATE_KEYS = ("verified", "unverified", "misdirected", "shared")


# -- directory -------------------------------------------------------------------------------------

class DirectoryBuilder:
    """Build an in-memory directory step by step.

    >>> d = (DirectoryBuilder()
    ...      .customer("C-1", "Linnea Öberg", ["linnea.oberg1987@comhem.se"],
    ...                verified=["linnea.oberg1987@comhem.se"], notes=["verify callers"])
    ...      .build())
    """

    def __init__(self, url: str = "sqlite://") -> None:
        self.url = url
        self._customers: list[Customer] = []
        self._states: list[tuple[str, Mapping[str, Any]]] = []

    def customer(self, id: str, full_name: str = "", emails: Sequence[str] = (), *,
                 verified: Iterable[str] = (), unverified: Iterable[str] = (),
                 misdirected: Iterable[str] = (),
                 shared: Iterable[str | Mapping[str, str]] = (),
                 **fields: Any) -> DirectoryBuilder:
        """Add a customer. ``verified``/``unverified``: addresses with that state (added to the
        record if missing); ``misdirected``: addresses marked misdirected; ``shared``: allowlisted
        mailboxes (an address, or ``{address = ..., reason = ...}``)."""
        self._customers.append(Customer(id=id, full_name=full_name, emails=list(emails),
                                        **fields))
        self._states.append((id, {"verified": list(verified), "unverified": list(unverified),
                                  "misdirected": list(misdirected), "shared": list(shared)}))
        return self

    def add(self, data: Mapping[str, Any]) -> DirectoryBuilder:
        """Add a customer from a dict (as in a case file)."""
        data = dict(data)
        states = {k: data.pop(k, []) for k in _STATE_KEYS}
        return self.customer(data.pop("id"), data.pop("full_name", ""), data.pop("emails", []),
                             **states, **data)

    def build(self) -> Directory:
        d = Directory.connect(self.url)
        d.upsert(self._customers)
        at = dt.datetime(2024, 1, 1)
        for cid, states in self._states:
            for a in states["verified"]:
                d.mark_verified(cid, a, at=at)
            for a in states["unverified"]:
                d.mark_unverified(cid, a)
            for a in states["misdirected"]:
                d.mark_misdirected(cid, a)
            for s in states["shared"]:
                if isinstance(s, Mapping):
                    d.allow_shared(cid, s["address"], reason=s.get("reason", ""))
                else:
                    d.allow_shared(cid, s)
        return d


def build_directory(customers: Iterable[Customer | Mapping[str, Any]],
                    url: str = "sqlite://") -> Directory:
    """An in-memory directory holding ``customers`` (`Customer` objects or case-file dicts)."""
    b = DirectoryBuilder(url)
    for c in customers:
        if isinstance(c, Customer):
            b.customer(**{**c.model_dump(exclude={"id", "full_name", "emails"}), "id": c.id,
                          "full_name": c.full_name, "emails": c.emails})
        else:
            b.add(c)
    return b.build()


# -- DNS -------------------------------------------------------------------------------------------

class FixedResolver:
    """A `MailResolver` with fixed answers: ``{"example.invalid": "undeliverable"}``.

    Domains not named get ``default``. ``delay`` (seconds) is slept before every answer, to
    test time budgets. ``queries`` records what was asked.
    """

    def __init__(self, answers: Mapping[str, DomainStatus | str | MxAnswer] | None = None, *,
                 default: DomainStatus | str = DomainStatus.DELIVERABLE,
                 delay: float = 0.0) -> None:
        self.answers = {d.lower(): _answer(a) for d, a in (answers or {}).items()}
        self.default = _answer(default)
        self.delay = delay
        self.queries: list[str] = []

    def mail_status(self, domain: str) -> MxAnswer:
        self.queries.append(domain)
        if self.delay:
            time.sleep(self.delay)
        return self.answers.get(domain.lower(), self.default)


def _answer(a: DomainStatus | str | MxAnswer) -> MxAnswer:
    if isinstance(a, MxAnswer):
        return a
    status = DomainStatus(a)
    return MxAnswer(status, {DomainStatus.DELIVERABLE: "fixed: accepts mail",
                             DomainStatus.UNDELIVERABLE: "fixed: accepts no mail",
                             DomainStatus.UNKNOWN: "fixed: no answer"}[status])


# -- golden cases ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldenCase:
    """One case: a message and what the policy must decide about it."""

    name: str
    message: OutboundEmail
    action: Action
    #: Codes that must all be among the findings.
    codes: tuple[str, ...] = ()
    #: Codes that must not be among the findings.
    absent: tuple[str, ...] = ()
    #: When true, the findings' codes must be exactly ``codes``.
    exact: bool = False
    #: Rule names that must have fired.
    rules: tuple[str, ...] = ()
    #: Expected action per recipient.
    recipient_actions: Mapping[str, Action] = field(default_factory=dict)
    #: Extra customers for this case only.
    customers: tuple[Mapping[str, Any], ...] = ()
    #: DNS answers for this case (switches DNS checking on).
    dns: Mapping[str, str] = field(default_factory=dict)
    source: str = ""
    line: int | None = None


@dataclass(frozen=True)
class CaseFile:
    path: Path
    customers: tuple[Mapping[str, Any], ...]
    cases: tuple[GoldenCase, ...]
    #: The policy file the case file names (``policy = "policy.toml"``), resolved.
    policy_path: Path | None = None


@dataclass(frozen=True)
class CaseResult:
    case: GoldenCase
    verdict: Verdict | None
    failures: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return not self.failures

    def report(self) -> str:
        head = f"{'PASS' if self.passed else 'FAIL'} {self.case.name}"
        if self.passed:
            return head
        lines = [head, *(f"    {f}" for f in self.failures)]
        if self.verdict is not None:
            lines.append(f"    got: {self.verdict.action.value} "
                         f"{sorted(self.verdict.codes())}")
            lines.append(f"    why: {self.verdict.explain()}")
        return "\n".join(lines)


_CASE_KEYS = {"name", "message", "expect", "customers", "dns"}
_EXPECT_KEYS = {"action", "codes", "absent", "exact", "rules", "recipient_actions"}


def load_case_file(path: str | Path) -> CaseFile:
    """Read a golden-case file (``.toml``, or ``.yaml``/``.yml`` with PyYAML installed).

    Raises `ConfigurationError` naming the file, the case and the bad key.
    """
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    src = str(path)
    if path.suffix in (".yaml", ".yml"):
        try:
            import yaml  # type: ignore[import-untyped]
        except ImportError as e:  # pragma: no cover - depends on the environment
            raise ConfigurationError(f"{src}: YAML case files need PyYAML "
                                     f"(pip install 'misdirect[yaml]')") from e
        data = yaml.safe_load(text) or {}
    else:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as e:
            raise ConfigurationError(f"{src}: not valid TOML: {e}") from e
    if not isinstance(data, dict):
        raise ConfigurationError(f"{src}: expected a table with 'customers' and 'cases'")
    unknown = set(data) - {"policy", "customers", "cases"}
    if unknown:
        raise ConfigurationError(f"{src}: unknown key {sorted(unknown)[0]!r} "
                                 f"(expected policy, customers, cases)")
    policy_path = None
    if data.get("policy"):
        policy_path = (path.parent / str(data["policy"])).resolve()
    case_lines = [i + 1 for i, ln in enumerate(text.splitlines())
                  if ln.strip().startswith(("[[cases]]", "- name:"))]
    cases: list[GoldenCase] = []
    for i, raw in enumerate(data.get("cases") or []):
        where = f"{src}: case {i + 1}"
        line = case_lines[i] if i < len(case_lines) else None
        if line:
            where = f"{src}:{line}: case {i + 1}"
        cases.append(_case(raw, where, src, line))
    names = [c.name for c in cases]
    dup = next((n for n in names if names.count(n) > 1), None)
    if dup:
        raise ConfigurationError(f"{src}: two cases are named {dup!r}")
    return CaseFile(path=path, customers=tuple(data.get("customers") or ()), cases=tuple(cases),
                    policy_path=policy_path)


def _case(raw: Any, where: str, src: str, line: int | None) -> GoldenCase:
    if not isinstance(raw, dict):
        raise ConfigurationError(f"{where}: a case is a table")
    bad = set(raw) - _CASE_KEYS
    if bad:
        raise ConfigurationError(f"{where}: unknown key {sorted(bad)[0]!r}")
    for key in ("name", "message", "expect"):
        if key not in raw:
            raise ConfigurationError(f"{where}: missing key {key!r}")
    where = f"{where} ({raw['name']!r})"
    expect = raw["expect"]
    bad = set(expect) - _EXPECT_KEYS
    if bad:
        raise ConfigurationError(f"{where}: unknown key expect.{sorted(bad)[0]}")
    try:
        message = OutboundEmail.model_validate(raw["message"])
        action = Action(str(expect["action"]).lower())
        recipient_actions = {r: Action(str(a).lower())
                             for r, a in (expect.get("recipient_actions") or {}).items()}
    except KeyError as e:
        raise ConfigurationError(f"{where}: missing key expect.{e.args[0]}") from e
    except ValueError as e:
        raise ConfigurationError(f"{where}: {e}") from e
    return GoldenCase(
        name=str(raw["name"]), message=message, action=action,
        codes=tuple(expect.get("codes") or ()), absent=tuple(expect.get("absent") or ()),
        exact=bool(expect.get("exact", False)), rules=tuple(expect.get("rules") or ()),
        recipient_actions=recipient_actions, customers=tuple(raw.get("customers") or ()),
        dns=dict(raw.get("dns") or {}), source=src, line=line)


def run_case(case: GoldenCase, policy: Policy, customers: Iterable[Mapping[str, Any]] = (),
             ) -> CaseResult:
    """Run one case against ``policy`` with a fresh in-memory directory."""
    directory = build_directory([*customers, *case.customers])
    try:
        resolver = FixedResolver(case.dns) if case.dns else None
        guard = Guard(directory, policy=policy, resolver=resolver)
        verdict = guard.check(case.message)
        guard.close()
    finally:
        directory.close()
    return CaseResult(case, verdict, tuple(_compare(case, verdict)))


def _compare(case: GoldenCase, verdict: Verdict) -> Iterable[str]:
    codes = verdict.codes()
    if verdict.action is not case.action:
        yield f"action: expected {case.action.value}, got {verdict.action.value}"
    missing = [c for c in case.codes if c not in codes]
    if missing:
        yield f"codes: expected {missing} among the findings"
    present = [c for c in case.absent if c in codes]
    if present:
        yield f"codes: expected {present} absent"
    if case.exact and codes != set(case.codes):
        yield f"codes: expected exactly {sorted(case.codes)}, got {sorted(codes)}"
    not_fired = [r for r in case.rules if r not in verdict.rules_fired]
    if not_fired:
        yield f"rules: expected {not_fired} to fire, fired {verdict.rules_fired}"
    for r, a in case.recipient_actions.items():
        got = verdict.recipient_actions.get(r)
        if got is not a:
            yield f"recipient {r}: expected {a.value}, got {got.value if got else 'nothing'}"


def resolve_policy(case_file: CaseFile, policy: Policy | str | Path | None = None) -> Policy:
    """The policy to run a case file with: ``policy`` if given, else the one the file names,
    else the built-in default."""
    if isinstance(policy, Policy):
        return policy
    if policy is not None:
        return Policy.from_toml(Path(policy))
    if case_file.policy_path is not None:
        return Policy.from_toml(case_file.policy_path)
    return Policy.default()


def run_case_file(path: str | Path, *, policy: Policy | str | Path | None = None,
                  ) -> list[CaseResult]:
    """Run every case of a golden-case file; see `resolve_policy` for which policy."""
    case_file = load_case_file(path)
    chosen = resolve_policy(case_file, policy)
    return [run_case(c, chosen, case_file.customers) for c in case_file.cases]


@contextlib.contextmanager
def locked_sqlite_file(path: str | Path) -> Iterator[None]:
    """Hold an exclusive lock on a directory's SQLite file for the duration of the block, the way
    another process's long write would: in WAL mode with ``locking_mode=EXCLUSIVE`` even readers
    are kept out. Connections already open when it starts keep theirs, so close the `Directory`
    first (``directory.close()``; it reconnects on next use). For fault tests of your own."""
    lock = sqlite3.connect(path, isolation_level=None)
    try:
        lock.execute("PRAGMA locking_mode=EXCLUSIVE")
        lock.execute("BEGIN EXCLUSIVE")
        lock.execute("UPDATE misdirect_meta SET value = value WHERE key = 'revision'")
        yield
        lock.execute("ROLLBACK")
    finally:
        lock.close()

