"""A labelled corpus of customers and outbound sends, for measuring the recipient checks.

Customers of six locales (Finland, Sweden, Norway, Denmark, Germany, UK) get names drawn with a
Zipf-like skew from the lists in ``benchmarks/corpus_data/`` (written for this corpus, independent of
the library's own data), so namesakes occur naturally; more are planted on purpose in other cities
(the Elisa case). Their addresses follow each locale's habits (first.last, flast, first.last1987,
nicknames, handles, family mailboxes, work domains, diacritics typed as ASCII) over each locale's mail
domain mix, and collisions are resolved the way providers do it: by adding digits.

Each labelled send names a customer, one recipient, a scenario, the finding codes that MUST appear
(``expected``) and the codes that may legitimately appear as well (``allowed``): for instance a typo of
the customer's own address that also happens to be one slip from a namesake's address. The truth is
computed from this generator's own mailbox keys and an exact edit-distance search over every address
in the corpus, never from the library under test.

    python benchmarks/recipient_corpus.py --customers 20000 --out /tmp/corpus

writes ``customers.jsonl`` (one Customer per line, for ``misdirect load``) and ``sends.jsonl``.
"""

from __future__ import annotations

import argparse
import bisect
import dataclasses
import itertools
import json
import random
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA

from misdirect import Customer

__all__ = [
    "CODES",
    "Corpus",
    "LabelledSend",
    "LOCALES",
    "SCENARIOS",
    "generate",
    "mailbox_key",
    "name_key",
]

DATA_DIR = Path(__file__).resolve().parent / "corpus_data"
LOCALES = ("fi", "sv", "no", "da", "de", "en_gb")

CODES = (
    "invalid_address",
    "owned_by_other_customer",
    "typo_of_customer_address",
    "near_other_customer_address",
    "namesake_collision",
    "namesake_ambiguous",
    "name_mismatch",
    "domain_typo",
    "lookalike_characters",
    "recipient_not_on_record",
)
INFO = "recipient_not_on_record"

SCENARIOS = (
    "clean_own",
    "clean_new_plausible",
    "typo_own_missing_char",
    "typo_own_missing_digit",
    "typo_own_extra_char",
    "typo_own_wrong_char",
    "typo_own_swap",
    "typo_own_domain",
    "typo_own_tld",
    "other_customer_owned",
    "namesake_owned",
    "namesake_slip",
    "other_slip",
    "namesake_ambiguous",
    "name_mismatch",
    "domain_typo",
    "invalid",
    "lookalike",
)
CLEAN_SCENARIOS = frozenset({"clean_own", "clean_new_plausible"})

# Consumer mail domains used anywhere in the world; a slip of one of these is a domain typo.
GLOBAL_DOMAINS = (
    "gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "aol.com", "live.com",
)
# Real domains a slip must not land on (a slip that lands on a real domain is not a domain typo).
OTHER_REAL_DOMAINS = (
    "googlemail.com", "ymail.com", "msn.com", "me.com", "mac.com", "mail.com", "gmx.com", "gmx.at",
    "gmx.ch", "web.com", "email.com", "proton.me", "protonmail.com", "pm.me", "aim.com", "live.de",
    "hotmail.co", "outlook.co", "yahoo.co", "gmail.co",
)
# Providers known to deliver local+tag@ to local@ (only these get +tag variants in clean_own).
_PLUS_DOMAINS = frozenset({"gmail.com", "outlook.com", "hotmail.com", "icloud.com"})

# Cyrillic and Greek letters that render like Latin ones.
HOMOGLYPHS = {
    "a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
    "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458", "h": "\u04bb", "k": "\u03ba",
    "v": "\u03bd", "t": "\u03c4",
}

_QWERTY_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm")
_QWERTZ_ROWS = ("1234567890", "qwertzuiop", "asdfghjkl", "yxcvbnm")


def _adjacency(rows: Sequence[str]) -> dict[str, str]:
    adj: dict[str, list[str]] = defaultdict(list)
    for r, row in enumerate(rows):
        for c, ch in enumerate(row):
            for dr, dc in ((0, -1), (0, 1), (-1, 0), (-1, 1), (1, -1), (1, 0)):
                rr, cc = r + dr, c + dc
                if 0 <= rr < len(rows) and 0 <= cc < len(rows[rr]):
                    adj[ch].append(rows[rr][cc])
    return {k: "".join(v) for k, v in adj.items()}


KEYBOARDS = {"qwerty": _adjacency(_QWERTY_ROWS), "qwertz": _adjacency(_QWERTZ_ROWS)}

_LOCAL_OK = re.compile(r"^[a-z0-9](?:[a-z0-9_+-]|\.(?!\.))*(?<!\.)$")
_DOMAIN_OK = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$")


# --------------------------------------------------------------------------------------------
# truth helpers (this module's own; never the library's)


def mailbox_key(address: str) -> str:
    """What the provider delivers to: lower case, NFC, googlemail = gmail, Gmail ignores dots,
    +tags dropped at the providers that support them."""
    local, _, domain = address.rpartition("@")
    domain = domain.lower()
    local = unicodedata.normalize("NFC", local).lower()
    if domain == "googlemail.com":
        domain = "gmail.com"
    if domain in _PLUS_DOMAINS and "+" in local[1:]:
        local = local[: local.index("+", 1)]
    if domain == "gmail.com":
        local = local.replace(".", "")
    return f"{local}@{domain}"


def name_key(full_name: str) -> str:
    """Two customers are namesakes when their full names are equal up to case and spacing."""
    return " ".join(unicodedata.normalize("NFC", full_name).casefold().split())


def ascii_fold(text: str) -> str:
    text = text.lower().replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def provider_label(domain: str) -> str:
    """``hotmail`` for hotmail.se, hotmail.com and hotmail.co.uk."""
    head = domain.removesuffix(".co.uk") if domain.endswith(".co.uk") else domain.rpartition(".")[0]
    return head.rpartition(".")[2]


def valid_syntax(address: str) -> bool:
    local, sep, domain = address.rpartition("@")
    return bool(sep) and bool(_LOCAL_OK.match(local)) and bool(_DOMAIN_OK.match(domain)) \
        and len(local) <= 64


# --------------------------------------------------------------------------------------------
# locale data


@dataclass
class LocaleData:
    code: str
    female: list[str]
    male: list[str]
    surnames: list[str]
    cities: list[str]
    domains: list[str]
    domain_weights: list[float]
    styles: list[str]
    style_weights: list[float]
    nicknames: dict[str, list[str]]
    handles: list[str]
    company_words: list[str]
    company_tlds: list[str]
    company_tld_weights: list[float]
    family_words: list[str]
    folding: dict[str, tuple[list[str], list[float]]]
    keyboard: dict[str, str]
    # cumulative Zipf weights for fast sampling
    cum_female: list[float] = field(default_factory=list)
    cum_male: list[float] = field(default_factory=list)
    cum_surnames: list[float] = field(default_factory=list)
    cum_cities: list[float] = field(default_factory=list)


def _sections(path: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    current = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        if current in ("nicknames", "folding", "domains", "styles"):
            out[current].append(line)
        else:
            out[current].extend(p.strip() for p in line.split(",") if p.strip())
    return out


def _weighted(items: Iterable[str]) -> tuple[list[str], list[float]]:
    names, weights = [], []
    for item in items:
        name, w = item.rsplit(None, 1)
        names.append(name)
        weights.append(float(w))
    return names, weights


def _zipf_cum(n: int, q: float, s: float) -> list[float]:
    return list(itertools.accumulate(1.0 / (r + q) ** s for r in range(1, n + 1)))


def _surname_tail(stems: list[str], suffixes: list[str], code: str) -> list[str]:
    tail = []
    for stem in stems:
        front = not any(v in stem.lower() for v in "aou")
        for suf in suffixes:
            if code == "fi" and front:
                suf = suf.translate(str.maketrans("aou", "äöy"))
            if code == "fi" and not front:
                suf = suf.translate(str.maketrans("äöy", "aou"))
            joined = stem + suf
            if stem.lower().endswith(suf[:1].lower()):
                joined = stem + suf[1:]
            tail.append(joined[:1].upper() + joined[1:].lower())
    # a fixed, seed-independent order: the tail is part of the data, not of the draw
    random.Random(f"tail-{code}").shuffle(tail)
    return tail


def load_locale(code: str) -> LocaleData:
    s = _sections(DATA_DIR / f"{code}.txt")
    head = list(dict.fromkeys(s["surnames"]))
    tail = [t for t in dict.fromkeys(_surname_tail(s["surname_stems"], s["surname_suffixes"], code))
             if t not in set(head)]
    domains, dw = _weighted(s["domains"])
    styles, sw = _weighted(s["styles"])
    tlds, tw = _weighted(p.strip() for p in ",".join(s["company_tld"]).split(","))
    nick: dict[str, list[str]] = {}
    for line in s["nicknames"]:
        k, v = line.split(":", 1)
        nick[k.strip()] = [x.strip() for x in v.split(",") if x.strip()]
    folding: dict[str, tuple[list[str], list[float]]] = {}
    for line in s["folding"]:
        k, v = line.split(":", 1)
        folding[k.strip()] = _weighted(x.strip() for x in v.split(","))
    data = LocaleData(
        code=code, female=list(dict.fromkeys(s["female"])), male=list(dict.fromkeys(s["male"])),
        surnames=head + tail, cities=s["cities"], domains=domains, domain_weights=dw,
        styles=styles, style_weights=sw, nicknames=nick, handles=s["handles"],
        company_words=s["company_words"], company_tlds=tlds, company_tld_weights=tw,
        family_words=s["family_words"], folding=folding,
        keyboard=KEYBOARDS["qwertz" if code == "de" else "qwerty"],
    )
    # Zipf-Mandelbrot: a few very common names, a long tail.
    data.cum_female = _zipf_cum(len(data.female), 4.0, 1.0)
    data.cum_male = _zipf_cum(len(data.male), 4.0, 1.0)
    data.cum_surnames = _zipf_cum(len(data.surnames), 12.0, 1.0)
    data.cum_cities = _zipf_cum(len(data.cities), 1.0, 1.0)
    return data


def _pick(rng: random.Random, items: Sequence[str], cum: Sequence[float]) -> str:
    return items[min(bisect.bisect_left(cum, rng.random() * cum[-1]), len(items) - 1)]


# --------------------------------------------------------------------------------------------
# the corpus


@dataclass(frozen=True)
class LabelledSend:
    customer_id: str
    recipient: str
    scenario: str
    #: Codes that MUST appear among the verdict's findings.
    expected: frozenset[str]
    #: Codes that may appear as well without being a false positive (besides recipient_not_on_record).
    allowed: frozenset[str]
    clean: bool
    locale: str
    #: The address the recipient was derived from (the customer's own, or another customer's).
    source: str | None = None
    #: Edit distance (OSA, on mailbox keys) to the nearest own / other customer's address, if <= 2.
    near_own: int | None = None
    near_other: int | None = None

    def to_json(self) -> dict[str, object]:
        d = dataclasses.asdict(self)
        d["expected"] = sorted(self.expected)
        d["allowed"] = sorted(self.allowed)
        return d


@dataclass
class Corpus:
    customers: list[Customer]
    sends: list[LabelledSend]
    locale_of: dict[str, str]

    def write(self, out: Path) -> None:
        out.mkdir(parents=True, exist_ok=True)
        with (out / "customers.jsonl").open("w", encoding="utf-8") as f:
            for c in self.customers:
                f.write(json.dumps(c.model_dump(mode="json", exclude_none=True,
                                                exclude_defaults=True), ensure_ascii=False) + "\n")
        with (out / "sends.jsonl").open("w", encoding="utf-8") as f:
            for s in self.sends:
                f.write(json.dumps(s.to_json(), ensure_ascii=False) + "\n")


@dataclass
class _Person:
    idx: int
    locale: str
    first: str
    middle: str | None
    last: str
    city: str
    year: int
    fold: dict[str, str]
    emails: list[str] = field(default_factory=list)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    @property
    def id(self) -> str:
        return f"C-{self.idx:07d}"


_NAME_STYLES = ("first.last", "firstlast", "f.last", "flast", "last.first", "first_last",
                "first-last", "first.last+year", "first.last+nn", "firstlast+nn",
                "first.middle.last")
# Styles that spell out both a first and a last name (what name_mismatch looks for).
_FULL_NAME_STYLES = ("first.last", "firstlast", "last.first", "first_last", "first-last",
                     "first.last+year", "first.last+nn", "firstlast+nn")


class _Builder:
    def __init__(self, seed: int, n_customers: int) -> None:
        self.rng = random.Random(seed)
        self.loc = {c: load_locale(c) for c in LOCALES}
        self.people: list[_Person] = []
        self.owners: dict[str, list[int]] = defaultdict(list)
        n_companies = max(20, n_customers // 150)
        self.companies = {c: self._companies(self.loc[c], n_companies // len(LOCALES) + 5)
                          for c in LOCALES}
        self.company_domains = {d for c in LOCALES for d in self.companies[c]}
        self.real_domains: set[str] = set(GLOBAL_DOMAINS) | set(OTHER_REAL_DOMAINS)
        for c in LOCALES:
            self.real_domains.update(d for d in self.loc[c].domains if not d.startswith("@"))
            self.real_domains.update(self.companies[c])

    # ---- names and addresses ---------------------------------------------------------------

    def _companies(self, data: LocaleData, n: int) -> list[str]:
        rng = random.Random(f"companies-{data.code}")
        out: set[str] = set()
        while len(out) < n:
            word = rng.choice(data.company_words)
            sur = ascii_fold(data.surnames[rng.randrange(min(300, len(data.surnames)))])
            sur = re.sub(r"[^a-z]", "", sur)
            tld = rng.choices(data.company_tlds, data.company_tld_weights)[0]
            form = rng.randrange(4)
            label = (f"{sur}-{word}", f"{word}-{sur}", f"{sur}{word}", f"{word}{sur}")[form]
            out.add(f"{label}.{tld}")
        return sorted(out)

    def _fold(self, person: _Person, text: str) -> str:
        t = text.lower()
        t = "".join(person.fold.get(ch, ch) for ch in t)
        t = ascii_fold(t)
        return re.sub(r"[^a-z0-9-]", "", t)

    def _tokens(self, p: _Person, nick: bool = False) -> tuple[str, str, str]:
        data = self.loc[p.locale]
        first = p.first
        if nick and data.nicknames.get(p.first):
            first = self.rng.choice(data.nicknames[p.first])
        f = self._fold(p, first)
        if "-" in f:  # Ann-Marie: annmarie or ann-marie or ann
            f = self.rng.choice((f.replace("-", ""), f, f.split("-")[0]))
        last = self._fold(p, p.last)
        if "-" in last:
            last = last.replace("-", "")
        mid = self._fold(p, p.middle).replace("-", "") if p.middle else ""
        return f, mid, last

    def _nn(self, p: _Person) -> str:
        r = self.rng.random()
        if r < 0.45:
            return f"{p.year % 100:02d}"
        if r < 0.75:
            return str(self.rng.randint(1, 99))
        return str(self.rng.randint(1, 9))

    def _local(self, p: _Person, style: str) -> str:
        rng = self.rng
        f, m, la = self._tokens(p, nick=style.startswith("nick"))
        data = self.loc[p.locale]
        if style == "first.last":
            return f"{f}.{la}"
        if style == "firstlast":
            return f + la
        if style == "f.last":
            return f"{f[0]}.{la}"
        if style == "flast":
            return f[0] + la
        if style == "last.first":
            return f"{la}.{f}"
        if style == "first_last":
            return f"{f}_{la}"
        if style == "first-last":
            return f"{f}-{la}"
        if style == "first.last+year":
            return f"{f}.{la}{p.year}"
        if style == "first.last+nn":
            return f"{f}.{la}{self._nn(p)}"
        if style == "firstlast+nn":
            return f"{f}{la}{self._nn(p)}"
        if style == "first+year":
            return f"{f}{p.year}"
        if style == "first.middle.last":
            return f"{f}.{m}.{la}" if m else f"{f}.{la}"
        if style == "nick.last":
            return f"{f}.{la}" if rng.random() < 0.7 else f + la
        if style == "initials+nn":
            return f[0] + (m[:1] if m else "") + la[0] + self._nn(p)
        if style in ("handle", "handle+nn"):
            # one word (bluefox) or two (kissankellomustikka); real handles are more varied than
            # any list, so a small vocabulary must not make them collide more than they do
            h = rng.choice(data.handles)
            if rng.random() < 0.6:
                h += rng.choice(data.handles)
            return h + self._nn(p) if style == "handle+nn" else h
        if style == "last+nn":
            return la + self._nn(p)
        raise ValueError(style)

    def _domain(self, p: _Person, *, company_ok: bool = True) -> str:
        data = self.loc[p.locale]
        while True:
            d = self.rng.choices(data.domains, data.domain_weights)[0]
            if d != "@company":
                return d
            if company_ok:
                return self.rng.choice(self.companies[p.locale])

    def _unique(self, p: _Person, local: str, domain: str) -> str | None:
        """The provider's answer to a taken name: add digits."""
        addr = f"{local}@{domain}"
        for attempt in range(8):
            if valid_syntax(addr) and mailbox_key(addr) not in self.owners:
                return addr
            suffix = self._nn(p) if attempt < 3 else str(self.rng.randint(1, 9999))
            addr = f"{local}{suffix}@{domain}"
        return None

    def _new_address(self, p: _Person) -> str | None:
        data = self.loc[p.locale]
        domain = self._domain(p)
        if domain in self.companies[p.locale]:
            f, _m, la = self._tokens(p)
            local = self.rng.choice((f"{f}.{la}", f"{f}.{la}", f"{f[0]}.{la}", f + la[0], f))
        else:
            style = self.rng.choices(data.styles, data.style_weights)[0]
            local = self._local(p, style)
        return self._unique(p, local, domain)

    def _add_email(self, p: _Person, addr: str) -> None:
        p.emails.append(addr)
        self.owners[mailbox_key(addr)].append(p.idx)

    # ---- people ------------------------------------------------------------------------------

    def _person(self, locale: str, *, last: str | None = None, city: str | None = None) -> _Person:
        rng = self.rng
        data = self.loc[locale]
        female = rng.random() < 0.5
        names, cum = (data.female, data.cum_female) if female else (data.male, data.cum_male)
        first = _pick(rng, names, cum)
        middle = None
        if rng.random() < (0.08 if locale == "en_gb" else 0.15):
            middle = _pick(rng, names, cum)
            if middle == first:
                middle = None
        fold = {k: rng.choices(v[0], v[1])[0] for k, v in data.folding.items()}
        return _Person(
            idx=len(self.people), locale=locale, first=first, middle=middle,
            last=last or _pick(rng, data.surnames, data.cum_surnames),
            city=city or _pick(rng, data.cities, data.cum_cities),
            year=rng.randint(1940, 2006), fold=fold,
        )

    def _append(self, p: _Person) -> None:
        p.idx = len(self.people)
        self.people.append(p)

    def _give_addresses(self, p: _Person) -> None:
        r = self.rng.random()
        n = 1 if r < 0.80 else 2 if r < 0.96 else 3
        for _ in range(n):
            addr = self._new_address(p)
            if addr:
                self._add_email(p, addr)

    def build_people(self, n: int) -> None:
        rng = self.rng
        while len(self.people) < n:
            locale = rng.choice(LOCALES)
            r = rng.random()
            if r < 0.04 and n - len(self.people) >= 3:
                # a household: same surname and city, one shared family mailbox
                head = self._person(locale)
                members = [head] + [self._person(locale, last=head.last, city=head.city)
                                    for _ in range(rng.randint(1, 2))]
                data = self.loc[locale]
                fam = rng.choice(data.family_words)
                la = self._fold(head, head.last)
                local = rng.choice((f"{fam}.{la}", f"{fam}{la}", f"{la}s" if fam == "the" else
                                    f"{la}.{fam}"))
                if fam == "the":
                    local = f"the{la}s"
                shared = self._unique(head, local, self._domain(head, company_ok=False))
                for m in members:
                    self._append(m)
                    if shared:
                        self._add_email(m, shared)
                    if not shared or rng.random() < 0.6:
                        self._give_addresses(m)
            elif r < 0.06 and n - len(self.people) >= 2:
                # a planted namesake: same full name, another city, addresses of their own
                a = self._person(locale)
                self._append(a)
                self._give_addresses(a)
                data = self.loc[locale]
                b = self._person(locale, last=a.last)
                b.first, b.middle = a.first, a.middle
                while b.city == a.city:
                    b.city = _pick(rng, data.cities, data.cum_cities)
                self._append(b)
                self._give_addresses(b)
            else:
                p = self._person(locale)
                self._append(p)
                self._give_addresses(p)
        del self.people[n:]
        # drop ownership entries of people cut off by the trim
        for key in list(self.owners):
            self.owners[key] = [i for i in self.owners[key] if i < n]
            if not self.owners[key]:
                del self.owners[key]
        self.by_name: dict[str, list[int]] = defaultdict(list)
        for p in self.people:
            self.by_name[name_key(p.full_name)].append(p.idx)
        self.own_keys = [{mailbox_key(a) for a in p.emails} for p in self.people]
        self._index()

    # ---- exact near-address search (the truth) -------------------------------------------------

    def _index(self) -> None:
        self.by_domain: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
        for key in sorted(self.owners):
            local, _, domain = key.rpartition("@")
            self.by_domain[domain][len(local)].append(key)
        self.domains = sorted(self.by_domain)
        # same local part, same provider label, another top-level domain (hotmail.se / hotmail.com)
        self.by_label: dict[tuple[str, str], list[str]] = defaultdict(list)
        for key in sorted(self.owners):
            local, _, domain = key.rpartition("@")
            self.by_label[(local, provider_label(domain))].append(key)

    def near(self, key: str, max_d: int = 2) -> list[tuple[str, int]]:
        """Every address key within OSA distance ``max_d`` of ``key`` (excluding itself)."""
        local, _, domain = key.rpartition("@")
        out: list[tuple[str, int]] = []
        for d, _s, _i in process.extract(domain, self.domains, scorer=OSA.distance,
                                         score_cutoff=max_d, limit=None):
            buckets = self.by_domain[d]
            for n in range(len(local) - max_d, len(local) + max_d + 1):
                cands = buckets.get(n)
                if not cands:
                    continue
                for k, dist, _j in process.extract(key, cands, scorer=OSA.distance,
                                                   score_cutoff=max_d, limit=None):
                    if k != key:
                        out.append((k, int(dist)))
        local, _, domain = key.rpartition("@")
        for k in self.by_label.get((local, provider_label(domain)), ()):
            if k != key and all(k != o for o, _ in out):
                out.append((k, 1))  # a top-level-domain slip counts as one slip
        return out

    def near_corrected(self, key: str) -> list[tuple[str, int]]:
        """Neighbours of ``key`` with its domain corrected to a real directory domain (within two
        slips): a checker that repairs a domain typo may compare the repaired address."""
        local, _, domain = key.rpartition("@")
        if domain in self.real_domains:
            return []
        out: list[tuple[str, int]] = []
        for d, _s, _i in process.extract(domain, self.domains, scorer=OSA.distance,
                                         score_cutoff=2, limit=None):
            if d in self.real_domains:
                fixed = f"{local}@{d}"
                if fixed in self.owners:
                    out.append((fixed, 1))
                out.extend(self.near(fixed, 1))
        return out

    def namesakes(self, i: int) -> list[int]:
        return [j for j in self.by_name[name_key(self.people[i].full_name)] if j != i]

    def is_namesake(self, i: int, j: int) -> bool:
        return name_key(self.people[i].full_name) == name_key(self.people[j].full_name)

    # ---- labelling -------------------------------------------------------------------------------

    def label(self, i: int, recipient: str, scenario: str, expected: set[str],
              extra_allowed: Iterable[str] = (), source: str | None = None,
              truth_address: str | None = None) -> LabelledSend:
        """Expected and allowed codes for sending customer ``i``'s email to ``recipient``.

        ``truth_address`` is the address whose neighbourhood decides what else may be reported (the
        recipient itself, or for debris/lookalikes the clean address under it)."""
        p = self.people[i]
        addr = truth_address or recipient
        key = mailbox_key(addr)
        allowed = set(extra_allowed) | {INFO}
        clean = scenario in CLEAN_SCENARIOS
        near_own = near_other = None
        owners = [j for j in self.owners.get(key, []) if j != i]
        if i in self.owners.get(key, []):
            owners = []
        elif owners and truth_address is None:
            expected = {"owned_by_other_customer"}
            if any(self.is_namesake(i, j) for j in owners):
                expected.add("namesake_collision")
        neighbours = self.near(key)
        if not clean:
            neighbours += self.near_corrected(mailbox_key(recipient) if valid_syntax(recipient)
                                              else key)
        if truth_address is not None:
            # a damaged form of ``truth_address``: its other owners (a family mailbox) are near too
            neighbours.append((key, 0))
        for k, dist in neighbours:
            owner_ids = self.owners[k]
            if i in owner_ids and dist:
                near_own = dist if near_own is None else min(near_own, dist)
            others = [j for j in owner_ids if j != i]
            if others:
                near_other = dist if near_other is None else min(near_other, dist)
            if not clean:
                if i in owner_ids:
                    allowed.add("typo_of_customer_address")
                if others:
                    allowed.add("near_other_customer_address")
                    if any(self.is_namesake(i, j) for j in others):
                        allowed.add("namesake_collision")
        if not clean:
            on_record = mailbox_key(recipient) in self.owners
            if not on_record and self.namesakes(i):
                allowed.add("namesake_ambiguous")
            domain = addr.rpartition("@")[2].lower()
            if domain not in self.real_domains:
                allowed.add("domain_typo")
        allowed -= expected
        return LabelledSend(
            customer_id=p.id, recipient=recipient, scenario=scenario, expected=frozenset(expected),
            allowed=frozenset(allowed), clean=clean, locale=p.locale, source=source,
            near_own=near_own, near_other=near_other,
        )


# --------------------------------------------------------------------------------------------
# slips


def _slip_local(rng: random.Random, addr: str, op: str, kb: dict[str, str]) -> str | None:
    local, _, domain = addr.rpartition("@")
    out = _slip(rng, local, op, kb)
    return None if out is None else f"{out}@{domain}"


def _slip(rng: random.Random, s: str, op: str, kb: dict[str, str]) -> str | None:
    n = len(s)
    if n < 2:
        return None
    if op == "missing_char":
        i = rng.randrange(n)
        return s[:i] + s[i + 1:]
    if op == "missing_digit":
        digits = [i for i, c in enumerate(s) if c.isdigit()]
        if not digits:
            return None
        i = rng.choice(digits)
        return s[:i] + s[i + 1:]
    if op == "extra_char":
        i = rng.randrange(n)
        if rng.random() < 0.5 or s[i] not in kb:
            return s[:i] + s[i] + s[i:]
        return s[:i] + rng.choice(kb[s[i]]) + s[i:] if rng.random() < 0.5 else \
            s[:i + 1] + rng.choice(kb[s[i]]) + s[i + 1:]
    if op == "wrong_char":
        cands = [i for i, c in enumerate(s) if c in kb]
        if not cands:
            return None
        i = rng.choice(cands)
        return s[:i] + rng.choice(kb[s[i]]) + s[i + 1:]
    if op == "swap":
        cands = [i for i in range(n - 1) if s[i] != s[i + 1]]
        if not cands:
            return None
        i = rng.choice(cands)
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    raise ValueError(op)


_TLD_SLIPS = {"com": ("con", "cm", "co", "om", "comm", "vom", "xom", "cpm"),
              "net": ("ne", "nt", "met", "nett"), "se": ("s", "ee", "sw", "de"),
              "fi": ("f", "fu", "fo"), "no": ("n", "mo", "nl"), "dk": ("d", "fk", "sk"),
              "de": ("d", "dw", "fe"), "co.uk": ("co.k", "co.uj", "couk", "co.ukk", "co")}


def _slip_domain(rng: random.Random, addr: str, kb: dict[str, str]) -> str | None:
    local, _, domain = addr.rpartition("@")
    if domain.endswith(".co.uk"):
        label, tld = domain[: -len(".co.uk")], "co.uk"
    else:
        label, _, tld = domain.rpartition(".")
    if rng.random() < 0.25 and tld in _TLD_SLIPS:
        return f"{local}@{label}.{rng.choice(_TLD_SLIPS[tld])}"
    op = rng.choice(("missing_char", "extra_char", "wrong_char", "swap", "swap"))
    new_label = _slip(rng, label, op, kb)
    if new_label is None:
        return None
    return f"{local}@{new_label}.{tld}"


_TLDS = ("com", "se", "fi", "no", "dk", "de", "net", "co.uk")


def _swap_tld(rng: random.Random, addr: str) -> str | None:
    local, _, domain = addr.rpartition("@")
    if domain.endswith(".co.uk"):
        label, tld = domain[: -len(".co.uk")], "co.uk"
    else:
        label, _, tld = domain.rpartition(".")
    if "." in label:
        return None
    return f"{local}@{label}.{rng.choice([t for t in _TLDS if t != tld])}"


# --------------------------------------------------------------------------------------------
# scenarios


class _Scenarios:
    def __init__(self, b: _Builder) -> None:
        self.b = b
        self.rng = random.Random(b.rng.random())
        self.namesake_people = sorted(i for ids in b.by_name.values() if len(ids) > 1 for i in ids
                                      if b.people[i].emails)
        self.with_email = [p.idx for p in b.people if p.emails]

    def _customer(self, pool: Sequence[int] | None = None) -> int:
        return self.rng.choice(pool if pool is not None else self.with_email)

    def _not_own_slip(self, i: int, key: str) -> bool:
        """True when ``key`` is not within one slip of customer ``i``'s own addresses."""
        local, _, domain = key.rpartition("@")
        label = provider_label(domain)
        for k in self.b.own_keys[i]:
            k_local, _, k_domain = k.rpartition("@")
            if OSA.distance(key, k) <= 1 or (k_local == local and provider_label(k_domain) == label):
                return False
        return True

    def clean_own(self) -> LabelledSend | None:
        b, rng = self.b, self.rng
        i = self._customer()
        addr = rng.choice(b.people[i].emails)
        local, _, domain = addr.rpartition("@")
        r = rng.random()
        if r < 0.05:
            addr = local[:1].upper() + local[1:] + "@" + domain
        elif r < 0.08:
            addr = f"{local}@{domain.upper()}"
        elif r < 0.12 and domain == "gmail.com":
            plain = local.replace(".", "")
            addr = plain + "@" + domain if plain != local else \
                plain[:len(plain) // 2] + "." + plain[len(plain) // 2:] + "@" + domain
        elif r < 0.15 and domain in _PLUS_DOMAINS:
            addr = f"{local}+{rng.choice(('shop', 'orders', 'news', 'bank'))}@{domain}"
        assert mailbox_key(addr) in b.own_keys[i]
        return b.label(i, addr, "clean_own", set(), source=b.people[i].emails[0])

    def clean_new_plausible(self) -> LabelledSend | None:
        b, rng = self.b, self.rng
        i = self._customer(range(len(b.people)))
        p = b.people[i]
        data = b.loc[p.locale]
        if b.namesakes(i):
            # a name-built new address of a namesake is the namesake_ambiguous case, not a clean one
            style = rng.choice(("handle", "handle+nn"))
        else:
            style = rng.choices(data.styles, data.style_weights)[0]
        local = b._local(p, style)
        addr = f"{local}@{b._domain(p, company_ok=False)}"
        key = mailbox_key(addr)
        if not valid_syntax(addr) or key in b.owners or not self._not_own_slip(i, key):
            return None
        # Two characters off an own address at the same provider (jenny.sandstrom77@ ->
        # jenny.sandstrom@) is as likely a double slip as a new mailbox: not a clean label.
        if any(OSA.distance(key, k) <= 2 and k.rpartition("@")[2] == key.rpartition("@")[2]
               for k in b.own_keys[i]):
            return None
        return b.label(i, addr, "clean_new_plausible", set())

    def typo_own(self, op: str) -> LabelledSend | None:
        b, rng = self.b, self.rng
        i = self._customer()
        p = b.people[i]
        source = rng.choice(p.emails)
        kb = b.loc[p.locale].keyboard
        expected = {"typo_of_customer_address"}
        if op == "domain":
            addr = _slip_domain(rng, source, kb)
            if addr and addr.rpartition("@")[2] in b.real_domains:
                return None
            if addr and source.rpartition("@")[2] not in b.company_domains:
                expected.add("domain_typo")
        elif op == "tld":
            addr = _swap_tld(rng, source)
        else:
            addr = _slip_local(rng, source, op, kb)
        if not addr or not valid_syntax(addr):
            return None
        key = mailbox_key(addr)
        if key in b.own_keys[i]:
            return None  # e.g. a dot dropped at Gmail: the same mailbox
        extra = []
        if key in b.owners:
            # the slip is itself another customer's mailbox: label it as such
            extra = ["typo_of_customer_address"]
        return b.label(i, addr, f"typo_own_{op}", expected, extra_allowed=extra, source=source)

    def _other_address(self, i: int, j: int) -> str | None:
        own = self.b.own_keys[i]
        cands = [a for a in self.b.people[j].emails if mailbox_key(a) not in own]
        return self.rng.choice(cands) if cands else None

    def other_customer_owned(self) -> LabelledSend | None:
        b, rng = self.b, self.rng
        i = self._customer()
        p = b.people[i]
        if rng.random() < 0.2:
            # mis-linked within the same surname (a relative, a spouse)
            same = [q.idx for q in b.people[max(0, i - 3): i + 4] if q.last == p.last and q.idx != i]
            j = rng.choice(same) if same else self._customer()
        else:
            j = self._customer()
        if j == i or b.is_namesake(i, j):
            return None
        addr = self._other_address(i, j)
        if not addr:
            return None
        return b.label(i, addr, "other_customer_owned", {"owned_by_other_customer"},
                       extra_allowed=self._mismatch_allowed(i, j), source=addr)

    def _mismatch_allowed(self, i: int, j: int) -> list[str]:
        pi, pj = self.b.people[i], self.b.people[j]
        fi = {ascii_fold(x) for x in (pi.first, pi.middle) if x}
        if ascii_fold(pj.first) not in fi and ascii_fold(pj.last) != ascii_fold(pi.last):
            return ["name_mismatch"]
        return []

    def namesake_owned(self) -> LabelledSend | None:
        b = self.b
        i = self._customer(self.namesake_people)
        j = self.rng.choice(b.namesakes(i))
        addr = self._other_address(i, j)
        if not addr:
            return None
        return b.label(i, addr, "namesake_owned",
                       {"owned_by_other_customer", "namesake_collision"}, source=addr)

    def _slip_of(self, addr: str, kb: dict[str, str]) -> str | None:
        op = self.rng.choice(("missing_char", "missing_digit", "extra_char", "wrong_char", "swap",
                              "domain"))
        if op == "domain":
            out = _slip_domain(self.rng, addr, kb)
            if out and out.rpartition("@")[2] in self.b.real_domains:
                return None
            return out
        return _slip_local(self.rng, addr, op, kb)

    def _other_slip(self, i: int, j: int, scenario: str, expected: set[str],
                    extra: list[str]) -> LabelledSend | None:
        b = self.b
        source = self._other_address(i, j)
        if not source:
            return None
        addr = self._slip_of(source, b.loc[b.people[j].locale].keyboard)
        if not addr or not valid_syntax(addr):
            return None
        key = mailbox_key(addr)
        if key in b.owners or not self._not_own_slip(i, key) or \
                OSA.distance(key, mailbox_key(source)) == 0:
            return None
        return b.label(i, addr, scenario, expected, extra_allowed=extra, source=source)

    def namesake_slip(self) -> LabelledSend | None:
        i = self._customer(self.namesake_people)
        j = self.rng.choice(self.b.namesakes(i))
        return self._other_slip(i, j, "namesake_slip",
                                {"near_other_customer_address", "namesake_collision"}, [])

    def other_slip(self) -> LabelledSend | None:
        i = self._customer()
        j = self._customer()
        if i == j or self.b.is_namesake(i, j):
            return None
        return self._other_slip(i, j, "other_slip", {"near_other_customer_address"},
                                self._mismatch_allowed(i, j))

    def namesake_ambiguous(self) -> LabelledSend | None:
        b, rng = self.b, self.rng
        i = self._customer(self.namesake_people)
        p = b.people[i]
        local = b._local(p, rng.choice(_NAME_STYLES))
        addr = f"{local}@{b._domain(p, company_ok=False)}"
        key = mailbox_key(addr)
        if not valid_syntax(addr) or key in b.owners or not self._not_own_slip(i, key):
            return None
        return b.label(i, addr, "namesake_ambiguous", {"namesake_ambiguous"})

    def name_mismatch(self) -> LabelledSend | None:
        b, rng = self.b, self.rng
        i = self._customer()
        p = b.people[i]
        if rng.random() < 0.5:
            q = b.people[rng.randrange(len(b.people))]
            other = b._person(q.locale)
            other.first, other.last, other.middle = q.first, q.last, None
        else:
            other = b._person(p.locale if rng.random() < 0.7 else rng.choice(LOCALES))
            other.middle = None
        own_given = {ascii_fold(x) for x in (p.first, p.middle) if x}
        for given in list(own_given):
            for full, nicks in b.loc[p.locale].nicknames.items():
                if ascii_fold(full) == given:
                    own_given.update(ascii_fold(n) for n in nicks)
        own_last = ascii_fold(p.last)
        o_first, o_last = ascii_fold(other.first), ascii_fold(other.last)
        if o_first in own_given or o_last == own_last or o_first == own_last or o_last in own_given:
            return None
        local = b._local(other, rng.choice(_FULL_NAME_STYLES))
        addr = f"{local}@{b._domain(p, company_ok=False)}"
        key = mailbox_key(addr)
        if not valid_syntax(addr) or key in b.owners or not self._not_own_slip(i, key):
            return None
        return b.label(i, addr, "name_mismatch", {"name_mismatch"})

    _POPULAR = frozenset(GLOBAL_DOMAINS) | {
        "hotmail.fi", "hotmail.se", "hotmail.no", "hotmail.dk", "hotmail.de", "hotmail.co.uk",
        "live.se", "live.no", "live.dk", "live.fi", "live.co.uk", "outlook.de", "outlook.dk",
        "yahoo.se", "yahoo.no", "yahoo.dk", "yahoo.de", "yahoo.co.uk", "gmx.de", "gmx.net",
        "web.de", "t-online.de", "btinternet.com"}

    def domain_typo(self) -> LabelledSend | None:
        b, rng = self.b, self.rng
        i = self._customer()
        p = b.people[i]
        cands = [a for a in p.emails if a.rpartition("@")[2] in self._POPULAR]
        if not cands:
            return None
        source = rng.choice(cands)
        addr = _slip_domain(rng, source, b.loc[p.locale].keyboard)
        if not addr or not valid_syntax(addr) or addr.rpartition("@")[2] in b.real_domains:
            return None
        if mailbox_key(addr) in b.owners:
            return None
        return b.label(i, addr, "domain_typo", {"domain_typo", "typo_of_customer_address"},
                       source=source)

    def invalid(self) -> LabelledSend | None:
        b, rng = self.b, self.rng
        i = self._customer()
        source = rng.choice(b.people[i].emails)
        local, _, domain = source.rpartition("@")
        kind = rng.randrange(9)
        if kind == 0:
            addr = source + ","
        elif kind == 1:
            addr = source + ";"
        elif kind == 2:
            k = rng.randrange(1, len(local)) if len(local) > 1 else 1
            addr = f"{local[:k]} {local[k:]}@{domain}"
        elif kind == 3:
            addr = local + domain
        elif kind == 4:
            addr = f"{local}@@{domain}"
        elif kind == 5:
            addr = "mailto:" + source
        elif kind == 6:
            k = rng.randrange(1, len(local)) if len(local) > 1 else 1
            addr = f"{local[:k]}..{local[k:]}" + "@" + domain
        elif kind == 7:
            addr = source + "."
        else:
            addr = f"{local}@{domain.rsplit('.', 1)[0]}" if domain.count(".") == 1 else \
                f"{local}@{domain},"
        return b.label(i, addr, "invalid", {"invalid_address"}, truth_address=source,
                       extra_allowed=["typo_of_customer_address"], source=source)

    def lookalike(self) -> LabelledSend | None:
        b, rng = self.b, self.rng
        i = self._customer()
        source = rng.choice(b.people[i].emails)
        local, _, domain = source.rpartition("@")
        extra = ["typo_of_customer_address"]
        if rng.random() < 0.15:
            label, _, tld = domain.partition(".")
            pos = [k for k, c in enumerate(label) if c in HOMOGLYPHS]
            if not pos:
                return None
            k = rng.choice(pos)
            addr = f"{local}@{label[:k]}{HOMOGLYPHS[label[k]]}{label[k + 1:]}.{tld}"
            extra += ["invalid_address", "domain_typo"]
        else:
            pos = [k for k, c in enumerate(local) if c in HOMOGLYPHS]
            if not pos:
                return None
            k = rng.choice(pos)
            addr = f"{local[:k]}{HOMOGLYPHS[local[k]]}{local[k + 1:]}@{domain}"
        return b.label(i, addr, "lookalike", {"lookalike_characters"}, truth_address=source,
                       extra_allowed=extra, source=source)

    def make(self, scenario: str) -> LabelledSend | None:
        if scenario.startswith("typo_own_"):
            return self.typo_own(scenario[len("typo_own_"):])
        result: LabelledSend | None = getattr(self, scenario)()
        return result


# --------------------------------------------------------------------------------------------


def generate(n_customers: int, n_sends_per_scenario: int, seed: int = 0,
             scenarios: Sequence[str] = SCENARIOS) -> Corpus:
    """Customers and labelled sends, the same for the same arguments."""
    b = _Builder(seed, n_customers)
    b.build_people(n_customers)
    customers = [
        Customer(id=p.id, full_name=p.full_name, emails=p.emails, city=p.city,
                 birth_date=f"{p.year}-{(p.idx % 12) + 1:02d}-{(p.idx % 28) + 1:02d}")
        for p in b.people
    ]
    sc = _Scenarios(b)
    sends: list[LabelledSend] = []
    for scenario in scenarios:
        made, tries = 0, 0
        seen: set[tuple[str, str]] = set()
        while made < n_sends_per_scenario and tries < 200 * n_sends_per_scenario + 1000:
            tries += 1
            s = sc.make(scenario)
            if s is None or (s.customer_id, s.recipient) in seen:
                continue
            seen.add((s.customer_id, s.recipient))
            sends.append(s)
            made += 1
    return Corpus(customers=customers, sends=sends,
                  locale_of={p.id: p.locale for p in b.people})


def _main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--customers", type=int, default=20000)
    ap.add_argument("--sends-per-scenario", type=int, default=200)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    corpus = generate(args.customers, args.sends_per_scenario, args.seed)
    corpus.write(args.out)
    print(f"{len(corpus.customers)} customers, {len(corpus.sends)} sends -> {args.out}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(_main())
