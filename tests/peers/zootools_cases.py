"""@zootools/email-spell-checker's typo cases, as data.

Read from ZooTools/email-spell-checker, test/index.spec.ts. ``run`` cases are addresses; the
``findClosestDomain`` cases on bare domains are written as ``test@<domain>``, those on bare
second-level names as ``test@<name>.com`` and those on bare top-level domains as
``test@randomsmallcompany.<tld>`` (marked "adapted"). The spec's ``domains`` list is given to
misdirect as domains frequent in the customer directory, as for mailcheck.
"""

from __future__ import annotations

from .cases import NONE, Case, Source

SOURCE = Source(
    repo="ZooTools/email-spell-checker",
    files="test/index.spec.ts",
    kind="typo",
    settings="run()/findClosestDomain with the spec's domains (threshold 2) or the defaults; "
             "misdirect gets the same domain list as directory domains",
)

FILE = "test/index.spec.ts"
#: ``const domains = [...]`` of index.spec.ts
DOMAINS = ("google.com", "gmail.com", "emaildomain.com", "comcast.net", "facebook.com", "msn.com",
           "zoho.com")


def _c(where: str, inp: str, peer: str, *, known: tuple[str, ...] = DOMAINS) -> Case:
    return Case(f"{FILE}: {where}", inp, peer, known=known)


CASES: tuple[Case, ...] = (
    _c("run, suggested callback", "test@gmail.co", "gmail.com", known=()),
    _c("run, empty callback", "contact@kicksend.com", NONE, known=()),
    _c("run, empty email", "", NONE, known=()),
    _c("run, result without callback", "test@gmail.co", "gmail.com", known=()),
    _c("run, takes an array of domains", "test@emaildomain.con", "emaildomain.com"),
    _c("run, validates common emails", "test@gmal.com", "gmail.com"),
    _c("run, validates common emails", "test@yaho.com", "yahoo.com"),
    _c("run, validates common emails", "test@zopo.com", "zoho.com"),
    _c("findClosestDomain", "test@google.com", NONE),
    _c("findClosestDomain", "test@gmail.com", NONE),
    _c("findClosestDomain", "test@emaildoman.com", "emaildomain.com"),
    _c("findClosestDomain", "test@gmsn.com", "msn.com"),
    _c("findClosestDomain", "test@gmaik.com", "gmail.com"),
    _c("findClosestDomain second-level (adapted)", "test@hotmial.com", "hotmail.com"),
    _c("findClosestDomain second-level (adapted)", "test@tahoo.com", "yahoo.com"),
    _c("findClosestDomain second-level (adapted)", "test@yaho.com", "yahoo.com"),
    _c("findClosestDomain second-level (adapted)", "test@livr.com", "live.com"),
    _c("findClosestDomain second-level (adapted)", "test@outllok.com", "outlook.com"),
    _c("findClosestDomain top-level (adapted)", "test@randomsmallcompany.cmo",
       "randomsmallcompany.com"),
    _c("findClosestDomain top-level (adapted)", "test@randomsmallcompany.ogr",
       "randomsmallcompany.org"),
    _c("findClosestDomain top-level (adapted)", "test@randomsmallcompany.ifno",
       "randomsmallcompany.info"),
    _c("findClosestDomain top-level (adapted)", "test@randomsmallcompany.com.uk",
       "randomsmallcompany.co.uk"),
)
