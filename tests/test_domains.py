"""Domain typos: slips up to two edits from the big providers are corrected; real domains never are."""

from __future__ import annotations

from importlib import resources

import pytest

from misdirect import Customer, Directory, Guard, OutboundEmail
from misdirect.domains import DomainKnowledge, shipped_domains


@pytest.fixture(scope="module")
def known() -> DomainKnowledge:
    return DomainKnowledge()


SLIPS = [
    # (domain as typed, suggestion, why)
    ("gnail.con", "gmail.com", "two edits"),
    ("homail.con", "hotmail.com", "two edits"),
    ("gmiol.com", "gmail.com", "two edits"),
    ("ootlook.co", "outlook.com", "two edits"),
    ("gmil.con", "gmail.com", "two edits"),
    ("yahooo.cmo", "yahoo.com", "two edits"),
    ("hotmial.co.uk", "hotmail.co.uk", "registered typo"),
    ("hotmaill.se", "hotmail.se", "one edit"),
    ("btinterent.con", "btinternet.com", "two edits"),
    ("comhen.sw", "comhem.se", "two edits"),
    ("kolumbsu.fi", "kolumbus.fi", "one edit"),
    ("t-onlien.de", "t-online.de", "one edit"),
    ("gmail.con", "gmail.com", "one edit"),
    ("gmx.nte", "gmx.net", "one edit"),
    ("randomsmallcompany.cmo", "randomsmallcompany.com", "no such top-level domain"),
    ("firma.ifno", "firma.info", "no such top-level domain"),
    ("mail.firma.ogr", "mail.firma.org", "no such top-level domain"),
    ("firma.com.uk", "firma.co.uk", "no such second-level domain"),
]


@pytest.mark.parametrize(("domain", "suggestion", "why"), SLIPS, ids=[s[0] for s in SLIPS])
def test_slips_of_the_big_providers_are_corrected(known: DomainKnowledge, domain: str,
                                                  suggestion: str, why: str) -> None:
    s = known.suggest(domain)
    assert s is not None and (s.suggestion, s.why) == (suggestion, why)


REAL = [
    # Nordic and German ISPs, telcos, universities, companies, municipalities, some of them one or
    # two edits from a big provider or from each other
    "elisa.fi", "dna.fi", "telia.fi", "kolumbus.fi", "saunalahti.fi", "helsinki.fi", "aalto.fi",
    "hel.fi", "espoo.fi", "kotiposti.net", "nokia.com", "op.fi", "kela.fi",
    "comhem.se", "telia.com", "telia.se", "tele2.se", "bahnhof.se", "uu.se", "student.lu.se",
    "kth.se", "stockholm.se", "goteborg.se", "ikea.com", "volvo.com", "skatteverket.se",
    "online.no", "getmail.no", "altibox.no", "lyse.net", "uio.no", "stud.ntnu.no",
    "oslo.kommune.no", "nav.no", "dnb.no", "equinor.com",
    "mail.dk", "stofanet.dk", "ku.dk", "post.au.dk", "kk.dk", "aarhus.dk", "maersk.com", "lego.com",
    "web.de", "gmx.de", "gmx.net", "t-online.de", "freenet.de", "arcor.de", "mail.de", "email.de",
    "posteo.de", "online.de", "tum.de", "uni-heidelberg.de", "tu-berlin.de", "berlin.de",
    "muenchen.de", "siemens.com", "telekom.de", "arbeitsagentur.de", "bmi.bund.de",
    "btinternet.com", "sky.com", "ox.ac.uk", "cs.ox.ac.uk", "leeds.ac.uk", "bristol.gov.uk",
    "nhs.net", "bbc.co.uk", "email.com", "mail.com",
]


@pytest.mark.parametrize("domain", REAL)
def test_real_domains_are_never_corrected(known: DomainKnowledge, domain: str) -> None:
    assert known.suggest(domain) is None


def _rows(name: str) -> list[str]:
    text = resources.files("misdirect.data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t")[0] for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("name", ["mail_domains.txt", "real_domains.txt"])
def test_no_shipped_real_domain_is_corrected(known: DomainKnowledge, name: str) -> None:
    assert [d for d in _rows(name) if known.suggest(d) is not None] == []


def test_a_real_domain_is_not_a_registered_typo() -> None:
    shipped = shipped_domains()
    assert sorted(shipped.real & set(shipped.typos)) == []


def test_ties_abstain() -> None:
    """``cat.com`` is one edit from both of two equally frequent directory domains: a guess."""
    dk = DomainKnowledge(lambda: {"bat.com": 30, "hat.com": 30})
    assert dk.suggest("cat.com") is None
    dk = DomainKnowledge(lambda: {"bat.com": 31, "hat.com": 30})
    s = dk.suggest("cat.com")
    assert s is not None and s.suggestion == "bat.com"


def test_unknown_company_domains_are_left_alone(known: DomainKnowledge) -> None:
    # two edits from a big provider, but too short, or a real top-level domain at a company name
    for domain in ("mail.se", "gmx.dk", "bmail.fi", "hotel.com", "outdoor.com", "yahoo.fi.example",
                   "company.co", "company.zip", "firma.fu", "firma.dw"):
        assert known.suggest(domain) is None, domain


def test_the_check_corrects_a_two_edit_slip_and_a_pasted_one() -> None:
    directory = Directory.connect("sqlite://")
    directory.upsert([Customer(id="C-1", full_name="Anna Svensson",
                               emails=["anna.svensson@comhem.se"])])
    guard = Guard(directory, scan_content=False)

    def findings(to: str) -> dict[str, str | None]:
        email = OutboundEmail(customer_id="C-1", to=[to], subject="Order", text="Hello.")
        return {f.code: f.suggestion for f in guard.check(email).findings}

    assert findings("anna.svensson@gnail.con")["domain_typo"] == "anna.svensson@gmail.com"
    # whitespace around a recipient is invalid_address, never stripped; the suggestion is the
    # cleaned address with its domain slip corrected too
    assert findings(" Anna.Svensson@GMIAL.COM ")["invalid_address"] == "Anna.Svensson@gmail.com"


def test_the_one_edit_table_is_made_only_when_a_domain_needs_a_suggestion() -> None:
    counts = {"comhem.se": 500, "firma-nord.fi": 40}
    k = DomainKnowledge(lambda: counts)
    assert k.suggest("gmail.com") is None and k.is_known("firma-nord.fi")
    assert k._deletions is None  # known domains: nothing to correct, no table
    s = k.suggest("firma-nodr.fi")
    assert s is not None and s.suggestion == "firma-nord.fi" and s.why == "one edit"
    assert k._deletions is not None
    counts = {**counts, "firma-sud.fi": 40}  # new counts: the table follows them
    assert k.suggest("firma-sdu.fi") is not None
