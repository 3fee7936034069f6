"""Which mail domains are real, and which are slips of a real one.

Known-good domains are the widely used mail domains shipped in ``misdirect/data/mail_domains.txt``
plus the domains frequent in the customer directory itself (``comhem.se`` for a Swedish ISP's
customers). A domain is a typo when it is not known-good and

* is a registered typo domain from ``typo_domains.txt`` (typosquatters run catch-alls, so a typo
  domain with MX records is still a typo), or
* is one edit from a known-good domain, or
* is two edits from one of the big providers (``gnail.con``, ``gmiol.com``, ``ootlook.co``), or
* has a top-level domain that does not exist, one edit from a common one (``company.cmo``).

Real domains that are not mail providers (universities, telcos, companies, municipalities,
``misdirect/data/real_domains.txt``, and their subdomains; whole institutional namespaces such as
``ac.uk`` and ``gov.uk``) are never corrected, and neither is a domain two equally good
candidates are as close to (a guess is not a suggestion).

The rule mailcheck-style checkers get wrong: a domain that differs from a known one only by its
top-level domain, where that top-level domain is real (``hotmail.fi``, ``kolumbus.fi``,
``proton.me``), is not a typo. The exception is the handful of global providers whose every real
domain is listed (``gmail.co`` is a typo, there is no Gmail in Colombia).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources

from rapidfuzz.distance import OSA

from misdirect.addresses import registrable_label, split_suffix
from misdirect.directory.index import deletion_variants

__all__ = ["DomainKnowledge", "DomainSuggestion", "shipped_domains"]

# Providers that serve mail only under the domains we list: any other suffix of theirs is a slip.
_CLOSED_PROVIDERS = frozenset({"gmail", "googlemail", "hotmail", "outlook", "icloud", "protonmail",
                               "yahoo", "ymail", "aol", "msn", "live", "btinternet", "comhem",
                               "kolumbus", "saunalahti", "t-online"})


# The big providers: the only targets of two-edit suggestions. Each label is long enough (five
# letters or more) that two slips of it rarely land on another real name.
_TWO_EDIT_TARGETS = frozenset({
    "gmail.com", "googlemail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com",
    "protonmail.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "hotmail.se",
    "hotmail.fi", "hotmail.no", "hotmail.dk", "hotmail.de", "comhem.se", "kolumbus.fi",
    "saunalahti.fi", "t-online.de"})

# Whole namespaces of institutions: nothing under them is a slip of a mail provider.
_INSTITUTIONAL = ("ac.uk", "gov.uk", "nhs.uk", "nhs.net", "police.uk", "sch.uk", "mod.uk",
                  "parliament.uk", "gov.scot", "gov.wales", "edu", "gov", "mil", "gov.fi")

# Top-level domains a non-existent one is corrected to (one edit, and only one of them that close).
_COMMON_TLDS = ("com", "net", "org", "info", "se", "fi", "no", "dk", "de", "uk", "eu", "nl", "ch",
                "at", "fr", "be", "it", "es", "io", "biz")

# Suffixes that look like a country's second level but are none (no registry hands them out).
_SUFFIX_SLIPS = {"com.uk": "co.uk"}

# ".com" typed with one slip lands on real country codes (Colombia, Cameroon, Oman): at a domain
# known under .com, these are slips, not the provider's country sites.
_COM_SLIPS = frozenset({"co", "cm", "om"})


@dataclass(frozen=True, slots=True)
class DomainSuggestion:
    domain: str
    suggestion: str
    distance: int
    #: "registered typo", "one edit", "two edits", "wrong top-level domain",
    #: "no such top-level domain"
    why: str


def _read(name: str) -> list[list[str]]:
    try:
        text = resources.files("misdirect.data").joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:  # pragma: no cover - broken install
        return []
    rows = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            rows.append(line.split())
    return rows


@dataclass(frozen=True)
class _Shipped:
    domains: dict[str, int]  # domain -> rank (0 = most used)
    typos: dict[str, str]
    tlds: frozenset[str]
    #: Real domains that are not mail providers (never corrected, never suggested).
    real: frozenset[str] = frozenset()


@functools.cache
def shipped_domains() -> _Shipped:
    """The domain data shipped inside the package (read once)."""
    domains: dict[str, int] = {}
    for row in _read("mail_domains.txt"):
        domains.setdefault(row[0].lower(), len(domains))
    typos = {row[0].lower(): row[1].lower() for row in _read("typo_domains.txt") if len(row) >= 2}
    tlds = frozenset(row[0].lower().lstrip(".") for row in _read("tlds.txt"))
    real = frozenset(row[0].lower() for row in _read("real_domains.txt"))
    return _Shipped(domains, typos, tlds, real)


class DomainKnowledge:
    """Known-good domains (shipped + frequent in the directory) and a typo test against them."""

    def __init__(self, directory_counts: Callable[[], dict[str, int]] | None = None, *,
                 min_directory_count: int = 20, extra_known: Iterable[str] = ()) -> None:
        self._shipped = shipped_domains()
        self._directory_counts = directory_counts
        self._min_count = min_directory_count
        self._extra = frozenset(d.lower() for d in extra_known)
        self._cache: dict[str, int] | None = None
        self._counts_seen: object = None
        # suggest() answers per domain, dropped whenever the known-domain tables are rebuilt
        self._answers: dict[str, DomainSuggestion | None] = {}
        self._labels: tuple[dict[str, int], dict[str, list[str]]] | None = None
        self._deletions: tuple[dict[str, int], dict[str, set[str]]] | None = None

    def _known(self) -> dict[str, int]:
        """Known-good domain -> popularity (shipped ones first, then the directory's frequent
        ones), rebuilt when the directory's domain counts change."""
        counts = self._directory_counts() if self._directory_counts is not None else None
        if self._cache is None or counts is not self._counts_seen:
            self._counts_seen = counts
            popularity: dict[str, int] = {}
            total = len(self._shipped.domains)
            for d, rank in self._shipped.domains.items():
                popularity[d] = 1_000_000 + (total - rank)  # shipped ones outrank directory ones
            for d in self._extra:
                popularity.setdefault(d, 1_000_000)
            if counts is not None:
                for d, count in counts.items():
                    if count >= self._min_count:
                        popularity[d] = max(popularity.get(d, 0), count)
            self._cache = popularity
            self._answers = {}
        return self._cache

    def _by_deletion(self) -> dict[str, set[str]]:
        """Known domains by each of their one-deletion variants, for one-edit candidates. Made
        on the first domain that needs a suggestion, not with the known domains: a check whose
        recipients are at known domains (most) never needs it, and a one-shot command would
        otherwise pay for it at every start (tens of ms at a million customers)."""
        popularity = self._known()
        if self._deletions is None or self._deletions[0] is not popularity:
            deletions: dict[str, set[str]] = {}
            for d in popularity:
                for v in deletion_variants(d):
                    deletions.setdefault(v, set()).add(d)
            self._deletions = (popularity, deletions)
        return self._deletions[1]

    def _by_label(self) -> dict[str, list[str]]:
        """Known domains by registrable label (``hotmail`` -> hotmail.com, hotmail.fi, ...)."""
        popularity = self._known()
        if self._labels is None or self._labels[0] is not popularity:
            by_label: dict[str, list[str]] = {}
            for d in popularity:
                by_label.setdefault(registrable_label(d), []).append(d)
            self._labels = (popularity, by_label)
        return self._labels[1]

    def refresh(self) -> None:
        """Rebuild the known-domain tables now if the directory's domain counts changed."""
        self._known()

    def is_known(self, domain: str) -> bool:
        return domain in self._known()

    def is_real(self, domain: str) -> bool:
        """A known-good mail domain, or a real domain that is not a mail provider (a university,
        company, municipality ... or a subdomain of one, or anything in an institutional namespace
        such as ``ac.uk``)."""
        domain = domain.lower()
        if domain in self._known() or domain in self._shipped.real:
            return True
        head, suffix = split_suffix(domain)
        registrable = f"{head.rsplit('.', 1)[-1]}.{suffix}" if suffix else domain
        if registrable in self._shipped.real:
            return True
        return any(domain == s or domain.endswith("." + s) for s in _INSTITUTIONAL)

    def suggest(self, domain: str) -> DomainSuggestion | None:
        """A correction when ``domain`` is a slip of a known-good domain, else None."""
        domain = domain.lower()
        popularity = self._known()
        if domain in popularity:
            return None
        answers = self._answers
        if domain not in answers:
            if len(answers) >= 65536:
                answers.clear()
            answers[domain] = self._suggest(domain)
        return answers[domain]

    def _suggest(self, domain: str) -> DomainSuggestion | None:
        popularity = self._known()
        typo = self._shipped.typos.get(domain)
        if typo:
            return DomainSuggestion(domain, typo, OSA.distance(domain, typo), "registered typo")
        if self.is_real(domain):
            return None
        for slip, right in _SUFFIX_SLIPS.items():
            if domain.endswith("." + slip):
                fixed = domain[: -len(slip)] + right
                return DomainSuggestion(domain, fixed, OSA.distance(domain, fixed),
                                        "no such second-level domain")
        head, tld = split_suffix(domain)
        tld_real = tld.rsplit(".", 1)[-1] in self._shipped.tlds
        candidates: dict[str, tuple[int, str]] = {}
        deletions = self._by_deletion()
        for v in deletion_variants(domain):
            for d in deletions.get(v, ()):
                dist = OSA.distance(domain, d, score_cutoff=1)
                if dist > 1:
                    continue
                d_head, d_tld = split_suffix(d)
                if d_head == head and tld_real and registrable_label(d) not in _CLOSED_PROVIDERS \
                        and not (d_tld == "com" and tld in _COM_SLIPS):
                    continue  # hotmail.fi is not hotmail.fr: both top-level domains are real
                candidates[d] = (dist, "one edit")
        label = registrable_label(domain)
        if label in _CLOSED_PROVIDERS or not tld_real:
            for d in self._by_label().get(label, ()):
                if d not in candidates and d != domain and split_suffix(d)[0] == head:
                    candidates[d] = (OSA.distance(domain, d), "wrong top-level domain")
        if not candidates and len(label) >= 4:
            for d in _TWO_EDIT_TARGETS:
                if abs(len(d) - len(domain)) <= 2 and d in popularity \
                        and OSA.distance(domain, d, score_cutoff=2) <= 2 \
                        and _two_slips(domain, d):
                    candidates[d] = (OSA.distance(domain, d), "two edits")
        if not candidates:
            return None if tld_real else self._fix_tld(domain, head, tld)
        ranked = sorted(candidates, key=lambda d: (candidates[d][0], -popularity[d], d))
        best = ranked[0]
        if len(ranked) > 1 and candidates[ranked[1]][0] == candidates[best][0] \
                and popularity[ranked[1]] == popularity[best]:
            return None  # two equally good candidates: a guess, not a suggestion
        dist, why = candidates[best]
        return DomainSuggestion(domain, best, dist, why)

    def _fix_tld(self, domain: str, head: str, tld: str) -> DomainSuggestion | None:
        """``company.cmo`` -> ``company.com``: a top-level domain that does not exist, one edit
        from exactly one common one."""
        if not head:
            return None
        first, _, last = tld.rpartition(".")
        near = [t for t in _COMMON_TLDS if OSA.distance(last, t, score_cutoff=1) <= 1]
        if len(near) != 1:
            return None
        fixed = f"{head}.{first + '.' if first else ''}{near[0]}"
        return DomainSuggestion(domain, fixed, OSA.distance(domain, fixed),
                                "no such top-level domain")


def _two_slips(domain: str, target: str) -> bool:
    """Whether ``domain`` is ``target`` typed with two slips the way people slip: one in the name
    and one in the top-level domain (``gnail.con``, ``ootlook.co``), or two in the name next to
    each other (``gmiol.com``). Two slips far apart in the name make another word
    (``outdoor.com`` is not ``outlook.com``)."""
    head, suffix = split_suffix(domain)
    t_head, t_suffix = split_suffix(target)
    sub, _, label = head.rpartition(".")
    t_sub, _, t_label = t_head.rpartition(".")
    if sub != t_sub or abs(len(label) - len(t_label)) > 1:
        return False
    in_label = OSA.distance(label, t_label, score_cutoff=2)
    in_suffix = OSA.distance(suffix, t_suffix, score_cutoff=2)
    if in_label <= 1 and in_suffix <= 1:
        return True
    if in_label != 2 or in_suffix != 0:
        return False
    prefix = 0
    while prefix < min(len(label), len(t_label)) and label[prefix] == t_label[prefix]:
        prefix += 1
    tail = 0
    while tail < min(len(label), len(t_label)) - prefix and label[-1 - tail] == t_label[-1 - tail]:
        tail += 1
    return max(len(label), len(t_label)) - prefix - tail <= 2

