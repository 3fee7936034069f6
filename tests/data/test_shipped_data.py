"""The data files shipped in misdirect/data parse and are consistent with each other."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

LOCALES = ("fi", "se", "no", "dk", "de", "uk")
REGIONS = {"global", *LOCALES}
NOT_TLDS = ("con", "cmo", "comm", "ocm", "nett", "orgg", "coom", "cim", "vom", "xom")
LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
NAME = re.compile(r"^[^\W\d_]+$")  # letters only, any script: no digits, hyphens, apostrophes
HEADER = re.compile(r"^#\s*---\s*(\S+)")


def _text(name: str) -> str:
    return resources.files("misdirect.data").joinpath(name).read_text(encoding="utf-8")


def _entries(name: str) -> list[tuple[str | None, str]]:
    """(section, entry) for every non-comment line; section from the last ``# --- x`` header."""
    section: str | None = None
    out: list[tuple[str | None, str]] = []
    for raw in _text(name).splitlines():
        header = HEADER.match(raw.strip())
        if header:
            section = header.group(1)
            continue
        line = raw.split("#", 1)[0].strip()
        if line:
            out.append((section, line))
    return out


def _valid_domain(domain: str) -> bool:
    labels = domain.split(".")
    return (
        len(domain) <= 253
        and len(labels) >= 2
        and all(LABEL.match(label) for label in labels)
        and not labels[-1].isdigit()
    )


def _mail_domains() -> list[tuple[str, str, str, str | None]]:
    rows = []
    for section, line in _entries("mail_domains.txt"):
        fields = line.split("\t")
        assert len(fields) == 3, f"mail_domains.txt: want domain<TAB>provider<TAB>region: {line!r}"
        domain, provider, region = fields
        rows.append((domain, provider, region, section))
    return rows


def _typos() -> list[tuple[str, str]]:
    rows = []
    for _section, line in _entries("typo_domains.txt"):
        fields = line.split("\t")
        assert len(fields) == 2, f"typo_domains.txt: want typo<TAB>correct: {line!r}"
        rows.append((fields[0], fields[1]))
    return rows


def _tlds() -> set[str]:
    return {line for _section, line in _entries("tlds.txt")}


# --- every file: plain UTF-8, NFC, no stray whitespace


@pytest.mark.parametrize(
    "name", ["first_names.txt", "surnames.txt", "mail_domains.txt", "tlds.txt", "typo_domains.txt",
             "real_domains.txt"]
)
def test_file_is_clean_utf8(name: str) -> None:
    raw = resources.files("misdirect.data").joinpath(name).read_bytes()
    text = raw.decode("utf-8")  # raises on bad UTF-8
    assert not text.startswith("\ufeff"), "no BOM"
    assert "\r" not in text, "LF line endings"
    assert text.endswith("\n")
    assert unicodedata.normalize("NFC", text) == text, "NFC, so Ä is one code point"
    for number, line in enumerate(text.splitlines(), 1):
        if line and not line.startswith("#"):
            assert line == line.strip(), f"{name}:{number}: stray whitespace {line!r}"


def test_files_are_packaged_as_data() -> None:
    data_dir = Path(str(resources.files("misdirect.data")))
    for name in ("first_names.txt", "surnames.txt", "mail_domains.txt", "tlds.txt",
                 "typo_domains.txt", "real_domains.txt"):
        assert (data_dir / name).is_file()


# --- names


@pytest.mark.parametrize(
    ("name", "low", "high"), [("first_names.txt", 150, 240), ("surnames.txt", 100, 180)]
)
def test_names_grouped_by_locale(name: str, low: int, high: int) -> None:
    entries = _entries(name)
    assert all(section in LOCALES for section, _ in entries), "every name under a locale header"
    counts = Counter(section for section, _ in entries)
    for locale in LOCALES:
        assert low <= counts[locale] <= high, f"{name}: {locale} has {counts[locale]}"


@pytest.mark.parametrize("name", ["first_names.txt", "surnames.txt"])
def test_names_are_single_capitalised_words(name: str) -> None:
    for section, entry in _entries(name):
        assert NAME.match(entry), f"{name} [{section}]: {entry!r} is not one word of letters"
        assert entry[0].isupper() and entry[1:] != entry[1:].upper(), f"{name}: {entry!r}"


@pytest.mark.parametrize("name", ["first_names.txt", "surnames.txt"])
def test_no_duplicates_within_a_locale(name: str) -> None:
    counts = Counter((section, entry.casefold()) for section, entry in _entries(name))
    dupes = [key for key, n in counts.items() if n > 1]
    assert not dupes


def test_first_names_keep_native_spelling_and_short_forms() -> None:
    by_locale: dict[str, set[str]] = {}
    for section, entry in _entries("first_names.txt"):
        by_locale.setdefault(str(section), set()).add(entry)
    assert {"Väinö", "Päivi", "Jussi", "Pekka", "Kalle"} <= by_locale["fi"]
    assert {"Björn", "Åsa", "Göran", "Kalle"} <= by_locale["se"]
    assert {"Bjørn", "Øyvind", "Pål"} <= by_locale["no"]
    assert {"Søren", "Jørgen", "Lærke"} <= by_locale["dk"]
    assert {"Jürgen", "Jörg"} <= by_locale["de"]
    assert {"Bill", "Liz", "Mark"} <= by_locale["uk"]


def test_first_names_skip_handle_words() -> None:
    names = {entry.casefold() for _section, entry in _entries("first_names.txt")}
    for word in ("may", "will", "sunny", "star", "hope", "joy", "grace", "sky", "odd", "even"):
        assert word not in names


def test_surnames_cover_the_top_names() -> None:
    by_locale: dict[str, set[str]] = {}
    for section, entry in _entries("surnames.txt"):
        by_locale.setdefault(str(section), set()).add(entry)
    assert {"Virtanen", "Korhonen", "Jääskeläinen"} <= by_locale["fi"]
    assert {"Andersson", "Johansson", "Öberg"} <= by_locale["se"]
    assert {"Hansen", "Johansen", "Sørensen"} <= by_locale["no"]
    assert {"Nielsen", "Jensen", "Østergaard"} <= by_locale["dk"]
    assert {"Müller", "Schmidt", "Weiß"} <= by_locale["de"]
    assert {"Smith", "Jones"} <= by_locale["uk"]


def test_names_module_loads_folded_forms() -> None:
    from misdirect import names

    firsts, lasts = names.first_names(), names.surnames()
    assert {"bjorn", "soren", "soeren", "jurgen", "juergen", "jussi", "liz"} <= firsts
    assert {"muller", "mueller", "jaaskelainen", "virtanen", "smith"} <= lasts
    assert all(name == name.lower() for name in firsts | lasts)


# --- domains


def test_tlds_are_lowercase_labels_without_duplicates() -> None:
    entries = [entry for _section, entry in _entries("tlds.txt")]
    assert all(re.fullmatch(r"[a-z]{2,63}", tld) for tld in entries)
    assert len(entries) == len(set(entries))


def test_tlds_cover_cctlds_and_generics() -> None:
    tlds = _tlds()
    cc = {tld for tld in tlds if len(tld) == 2}
    assert len(cc) >= 240
    assert {"uk", "eu", "ac", "io", "me", "fi", "se", "no", "dk", "de", "co", "cm", "om"} <= cc
    assert {"com", "net", "org", "info", "biz", "edu", "gov", "mil", "int", "name", "pro"} <= tlds
    new = {"app", "dev", "online", "site", "xyz", "shop", "store", "tech", "email", "cloud"}
    assert new <= tlds
    assert len(tlds - cc) >= 150


@pytest.mark.parametrize("not_tld", NOT_TLDS)
def test_common_slips_are_not_tlds(not_tld: str) -> None:
    assert not_tld not in _tlds()


def test_tlds_are_in_the_root_zone_snapshot() -> None:
    """Cross-check against the IANA list that hypothesis vendors (skipped when it is absent)."""
    try:
        vendored = resources.files("hypothesis.vendor").joinpath("tlds-alpha-by-domain.txt")
        text = vendored.read_text(encoding="ascii")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        pytest.skip("hypothesis' vendored TLD list is not available")
    root = {line.strip().lower() for line in text.splitlines() if not line.startswith("#")}
    assert sorted(_tlds() - root) == []


def test_mail_domains_parse() -> None:
    rows = _mail_domains()
    assert 180 <= len(rows) <= 300
    for domain, provider, region, _section in rows:
        assert _valid_domain(domain), domain
        assert re.fullmatch(r"[a-z0-9]+", provider), f"{domain}: provider {provider!r}"
        assert region == "global" or re.fullmatch(r"[a-z]{2}", region), f"{domain}: {region!r}"
    domains = [row[0] for row in rows]
    assert [d for d, n in Counter(domains).items() if n > 1] == []


def test_mail_domains_grouped_by_locale() -> None:
    sections = {section for *_fields, section in _mail_domains()}
    assert None not in sections
    assert {"global", *LOCALES} <= sections


def test_every_mail_domain_has_a_real_tld() -> None:
    tlds = _tlds()
    domains = [row[0] for row in _mail_domains()]
    bad = [domain for domain in domains if domain.rsplit(".", 1)[-1] not in tlds]
    assert bad == []


def test_mail_domains_include_the_pitfalls() -> None:
    domains = {row[0] for row in _mail_domains()}
    # Real domains that look like typos of bigger ones: flagging them would annoy real customers.
    assert {"kolumbus.fi", "elisa.fi", "hotmail.fi", "proton.me"} <= domains
    assert {"gmail.com", "googlemail.com", "hotmail.co.uk", "live.se", "outlook.dk", "pm.me",
            "gmx.net", "web.de", "t-online.de", "online.no", "comhem.se",
            "btinternet.com"} <= domains


def test_provider_groups() -> None:
    provider = {domain: p for domain, p, _region, _section in _mail_domains()}
    assert provider["googlemail.com"] == provider["gmail.com"] == "gmail"
    microsoft = ("outlook.com", "hotmail.fi", "live.dk", "msn.com")
    assert {provider[d] for d in microsoft} == {"microsoft"}
    assert {provider[d] for d in ("yahoo.com", "ymail.com", "rocketmail.com")} == {"yahoo"}
    assert {provider[d] for d in ("icloud.com", "me.com", "mac.com")} == {"apple"}
    assert {provider[d] for d in ("proton.me", "protonmail.com", "pm.me")} == {"proton"}


REAL_KINDS = {"university", "telco", "company", "government", "municipality"}


def test_real_domains_parse_and_stay_apart_from_the_other_lists() -> None:
    rows = []
    for section, line in _entries("real_domains.txt"):
        fields = line.split("\t")
        assert len(fields) == 3, f"real_domains.txt: want domain<TAB>kind<TAB>region: {line!r}"
        rows.append((*fields, section))
    assert len(rows) >= 400
    tlds = _tlds()
    for domain, kind, region, section in rows:
        assert _valid_domain(domain), domain
        assert kind in REAL_KINDS, f"{domain}: kind {kind!r}"
        assert region == section and region in LOCALES, f"{domain}: {region!r} under {section!r}"
        assert domain.rsplit(".", 1)[-1] in tlds, domain
    domains = [row[0] for row in rows]
    assert [d for d, n in Counter(domains).items() if n > 1] == []
    mail = {row[0] for row in _mail_domains()}
    typos = {typo for typo, _correct in _typos()}
    assert sorted(set(domains) & mail) == [], "a consumer mail domain belongs in mail_domains.txt"
    assert sorted(set(domains) & typos) == []
    by_region = Counter(row[2] for row in rows)
    assert all(by_region[locale] >= 30 for locale in LOCALES), by_region


def test_typo_domains_parse() -> None:
    rows = _typos()
    assert 50 <= len(rows) <= 120
    tlds = _tlds()
    for typo, correct in rows:
        assert _valid_domain(typo), typo
        assert _valid_domain(correct), correct
        assert typo != correct
        # only typos that look real belong here; ones with a fake TLD fail the TLD check anyway
        assert typo.rsplit(".", 1)[-1] in tlds, typo
    typos = [typo for typo, _ in rows]
    assert [t for t, n in Counter(typos).items() if n > 1] == []


def test_typo_corrections_are_known_mail_domains() -> None:
    domains = {row[0] for row in _mail_domains()}
    assert sorted({correct for _typo, correct in _typos()} - domains) == []


def test_no_typo_domain_is_listed_as_real() -> None:
    domains = {row[0] for row in _mail_domains()}
    assert sorted({typo for typo, _correct in _typos()} & domains) == []


def test_typo_domains_include_the_classics() -> None:
    typos = dict(_typos())
    for typo in ("gmail.co", "gmail.cm", "gmai.com", "gmial.com", "gamil.com", "hotmial.com",
                 "hotmail.co", "outlok.com", "yaho.com", "yahooo.com", "iclod.com", "icoud.com"):
        assert typo in typos
    assert typos["gmail.cm"] == "gmail.com"
    assert typos["hotmail.uk"] == "hotmail.co.uk"
