"""Which mail domains are real, and which are slips of a real one.

Known-good domains are the widely used mail domains shipped in ``misdirect/data/mail_domains.txt``
plus the domains frequent in the customer directory itself (``comhem.se`` for a Swedish ISP's
customers). A domain is a typo when it is not known-good and is one edit from a known-good domain,
or is a registered typo domain from ``typo_domains.txt`` (typosquatters run catch-alls, so a typo
domain with MX records is still a typo).

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


# ".com" typed with one slip lands on real country codes (Colombia, Cameroon, Oman): at a domain
# known under .com, these are slips, not the provider's country sites.
_COM_SLIPS = frozenset({"co", "cm", "om"})


@dataclass(frozen=True, slots=True)
class DomainSuggestion:
    domain: str
    suggestion: str
    distance: int
    #: "registered typo", "one edit", "wrong top-level domain"
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


@functools.cache
def shipped_domains() -> _Shipped:
    """The domain data shipped inside the package (read once)."""
    domains: dict[str, int] = {}
    for row in _read("mail_domains.txt"):
        domains.setdefault(row[0].lower(), len(domains))
    typos = {row[0].lower(): row[1].lower() for row in _read("typo_domains.txt") if len(row) >= 2}
    tlds = frozenset(row[0].lower().lstrip(".") for row in _read("tlds.txt"))
    return _Shipped(domains, typos, tlds)


class DomainKnowledge:
    """Known-good domains (shipped + frequent in the directory) and a typo test against them."""

    def __init__(self, directory_counts: Callable[[], dict[str, int]] | None = None, *,
                 min_directory_count: int = 20, extra_known: Iterable[str] = ()) -> None:
        self._shipped = shipped_domains()
        self._directory_counts = directory_counts
        self._min_count = min_directory_count
        self._extra = frozenset(d.lower() for d in extra_known)
        self._cache: tuple[dict[str, int], dict[str, set[str]]] | None = None
        self._counts_seen: object = None

    def _known(self) -> tuple[dict[str, int], dict[str, set[str]]]:
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
            deletions: dict[str, set[str]] = {}
            for d in popularity:
                for v in deletion_variants(d):
                    deletions.setdefault(v, set()).add(d)
            self._cache = (popularity, deletions)
        return self._cache

    def refresh(self) -> None:
        """Rebuild the known-domain tables now if the directory's domain counts changed."""
        self._known()

    def is_known(self, domain: str) -> bool:
        return domain in self._known()[0]

    def suggest(self, domain: str) -> DomainSuggestion | None:
        """A correction when ``domain`` is a slip of a known-good domain, else None."""
        domain = domain.lower()
        popularity, deletions = self._known()
        if domain in popularity:
            return None
        typo = self._shipped.typos.get(domain)
        if typo:
            return DomainSuggestion(domain, typo, OSA.distance(domain, typo), "registered typo")
        head, tld = split_suffix(domain)
        tld_real = tld.rsplit(".", 1)[-1] in self._shipped.tlds
        candidates: dict[str, tuple[int, str]] = {}
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
            for d in popularity:
                if d not in candidates and registrable_label(d) == label and d != domain \
                        and split_suffix(d)[0] == head:
                    candidates[d] = (OSA.distance(domain, d), "wrong top-level domain")
        if not candidates:
            return None
        best = min(candidates, key=lambda d: (candidates[d][0], -popularity[d], d))
        dist, why = candidates[best]
        return DomainSuggestion(domain, best, dist, why)
