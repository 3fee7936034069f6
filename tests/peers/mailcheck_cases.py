"""mailcheck's typo cases, as data.

Read from mailcheck/mailcheck: spec/mailcheckSpec.js (the 1.x Jasmine spec, with its own list of
``domains``) and spec/correctness.test.js (the 2.x node:test file, run with the bundled defaults).
A case's ``peer`` is the domain mailcheck suggests, or NONE when it leaves the address alone or
abstains on malformed input. Cases the spec states for ``findClosestDomain`` on a bare domain are
written as ``test@<domain>``; those it states on a bare top-level domain as
``test@randomsmallcompany.<tld>``, the spec's own example company (marked "adapted").

Compared with: the domain misdirect suggests for the address (``domain_typo``, or the suggestion of
``invalid_address`` when the string is not one address), with the spec's ``domains`` list given to
misdirect as domains frequent in the customer directory.
"""

from __future__ import annotations

from .cases import NONE, Case, Source

SOURCE = Source(
    repo="mailcheck/mailcheck",
    files="spec/mailcheckSpec.js, spec/correctness.test.js",
    kind="typo",
    settings="Mailcheck.suggest/run with the spec's domains (mailcheckSpec.js) or the bundled "
             "defaults (correctness.test.js); misdirect gets the same domain list as directory "
             "domains",
)

SPEC = "spec/mailcheckSpec.js"
NEW = "spec/correctness.test.js"
#: ``var domains = [...]`` of mailcheckSpec.js
SPEC_DOMAINS = ("yahoo.com", "yahoo.com.tw", "google.com", "hotmail.com", "gmail.com",
                "emaildomain.com", "comcast.net", "facebook.com", "msn.com", "gmx.com")

_CLOSED = ("a Gmail or Hotmail address under another top-level domain: these providers have no "
           "mail service there (.co is Colombia), so misdirect corrects it; mailcheck 2.x leaves "
           "it alone (mailcheck 1.x corrected hotmail.co too)")
_NOT_AN_ADDRESS = ("not one address: invalid_address (blocked); its suggestion only takes off debris "
                   "around an address, it does not rebuild a domain (mailcheck 2.x abstains here too)")
_REAL_TLD = ("comcast.com is a real domain under a real top-level domain (Comcast's own mail): only "
             "providers whose every domain misdirect lists get their top-level domain corrected")
_TWO_EDITS = ("two edits (a swap of two letters that are not next to each other) from a domain that "
              "is not one of the big mail providers: misdirect corrects two-edit slips only toward "
              "the big providers, so that real domains of small companies are never 'corrected'")
_SUBDOMAIN = ("misdirect corrects a top-level domain that does not exist (.cmo) at any depth; the "
              "spec calls its own answer here a limitation")
_TIE = ("gmial.com is a registered typo domain of gmail.com, and gmail.com is one of the big "
        "providers while gmiel.com is only in the caller's list: misdirect does not see a tie")


def _spec(where: str, inp: str, peer: str, **kw: object) -> Case:
    return Case(f"{SPEC}: {where}", inp, peer, known=SPEC_DOMAINS, **kw)  # type: ignore[arg-type]


def _new(where: str, inp: str, peer: str, **kw: object) -> Case:
    return Case(f"{NEW}: {where}", inp, peer, **kw)  # type: ignore[arg-type]


CASES: tuple[Case, ...] = (
    # --- mailcheckSpec.js, "run" (run() without domains uses the defaults)
    Case(f"{SPEC}: run, suggested callback", "test@hotmail.co", "hotmail.com"),
    Case(f"{SPEC}: run, empty callback", "contact@kicksend.com", NONE),
    _spec("run, takes an array of domains", "test@emaildomain.con", "emaildomain.com"),
    _spec("run, escapes the value", '<script>alert("a")</script>@emaildomain.con',
          "emaildomain.com", ours=NONE, why=_NOT_AN_ADDRESS),
    # --- "return value"
    _spec("return value is a hash", "test@hotmail.co", "hotmail.com"),
    _spec("return value false when no suggestion", "contact@kicksend.com", NONE),
    _spec("return value false for an incomplete address", "contact", NONE),
    # --- "cases pass"
    _spec("cases", "test@emaildomain.co", "emaildomain.com"),
    _spec("cases", "test@gmail.con", "gmail.com"),
    _spec("cases", "test@gnail.con", "gmail.com"),
    _spec("cases", "test@GNAIL.con", "gmail.com"),
    _spec("cases", "test@#gmail.com", "gmail.com", ours=NONE, why=_NOT_AN_ADDRESS),
    _spec("cases", "test@comcast.com", "comcast.net", ours=NONE, why=_REAL_TLD),
    _spec("cases", "test@homail.con", "hotmail.com"),
    _spec("cases", "test@hotmail.co", "hotmail.com"),
    _spec("cases", "test@fabecook.com", "facebook.com", ours=NONE, why=_TWO_EDITS),
    _spec("cases", "test@yajoo.com", "yahoo.com"),
    _spec("cases (topLevelDomains)", "test@randomsmallcompany.cmo", "randomsmallcompany.com"),
    _spec("cases", "test@yahoo.com.tw", NONE),
    _spec("cases", "", NONE),
    _spec("cases", "test@", NONE),
    _spec("cases", "test", NONE),
    _spec("cases (illustrative limitation)", "test@mail.randomsmallcompany.cmo", NONE,
          ours="mail.randomsmallcompany.com", why=_SUBDOMAIN),
    # --- findClosestDomain on bare domains (written as addresses)
    _spec("findClosestDomain", "test@yahoo.com.tw", NONE),
    _spec("findClosestDomain", "test@hotmail.com", NONE),
    _spec("findClosestDomain", "test@gms.com", "gmx.com"),
    _spec("findClosestDomain", "test@gmsn.com", "msn.com"),
    _spec("findClosestDomain", "test@gmaik.com", "gmail.com"),
    # --- findClosestDomain on bare top-level domains (adapted)
    _spec("findClosestDomain top-level (adapted)", "test@randomsmallcompany.cmo",
          "randomsmallcompany.com"),
    _spec("findClosestDomain top-level (adapted)", "test@randomsmallcompany.ogr",
          "randomsmallcompany.org"),
    _spec("findClosestDomain top-level (adapted)", "test@randomsmallcompany.ifno",
          "randomsmallcompany.info"),
    _spec("findClosestDomain top-level (adapted)", "test@randomsmallcompany.com.uk",
          "randomsmallcompany.co.uk"),
    # --- correctness.test.js: typos
    _new("corrects", "person@gmil.con", "gmail.com"),
    _new("corrects", "Person.Name+Tag@gmial.com", "gmail.com"),
    _new("corrects", "person@hotmial.com", "hotmail.com"),
    _new("corrects", "person@yahooo.cmo", "yahoo.com"),
    _new("corrects", "person@randomsmallcompany.cmo", "randomsmallcompany.com"),
    _new("corrects", "person@con-artists.con", "con-artists.com"),
    _new("corrects", "person@gmail.con", "gmail.com"),
    # --- correctness.test.js: left alone
    *(_new("leaves alone", f"person@{d}", NONE) for d in (
        "gmail.com", "company.ai", "company.io", "company.app", "company.dev", "company.zip",
        "company.co", "company.design", "company.museum", "proton.me", "protonmail.com", "pm.me",
        "hey.com", "fastmail.com", "tuta.com")),
    _new("leaves alone", "person@gmail.co", NONE, ours="gmail.com", why=_CLOSED),
    _new("leaves alone", "person@hotmail.co", NONE, ours="hotmail.com", why=_CLOSED),
    *(_new("leaves alone", f"person@{d}", NONE) for d in (
        "gmil.ai", "mail.example.com", "example.co.uk", "bücher.de", "xn--bcher-kva.de",
        "example.рф")),
    # --- correctness.test.js: case, malformed input, custom lists, ties
    _new("case-insensitive (the peer trims the spaces)", " Person.Name@GMIAL.COM ", "gmail.com",
         why="misdirect: invalid_address (whitespace around a recipient is never stripped "
             "silently), suggesting Person.Name@gmail.com"),
    *(_new("malformed input abstains", s, NONE) for s in (
        "", "person", "@gmail.com", "person@", "person@gm", "person@gmai", "person@#gmail.com",
        "person@gmail..com", "person@-gmail.com", "person@gmail-.com", "person@[127.0.0.1]")),
    _new("custom suffixes (topLevelDomains: corp)", "person@company.corp", NONE),
    _new("custom domains", "person@custmo.com", "custom.com", known=("custom.com",)),
    _new("equally close candidates abstain", "person@cat.com", NONE, known=("bat.com", "hat.com")),
    _new("equally close candidates abstain", "person@gmial.com", NONE,
         known=("gmail.com", "gmiel.com"), ours="gmail.com", why=_TIE),
    _new("callbacks", "person@hey.com", NONE),
)
