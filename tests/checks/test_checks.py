"""One table per recipient check: the customer records, the recipient, the codes that must be
present and the codes that must be absent. Every code of `DEFAULT_CHECKS` is covered (see the last
test). The message is always about customer C-1; content scanning is off (recipient checks only).

A record is written ``"id | full name | address, address"``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import pytest

from misdirect import Customer, Directory, Guard, OutboundEmail, Policy, Verdict
from misdirect.checks import DEFAULT_CHECKS
from misdirect.testing import FixedResolver

Case = tuple[str, Sequence[str], str, set[str], set[str]]


def record(spec: str) -> Customer:
    cid, name, emails = (part.strip() for part in spec.split("|"))
    return Customer(id=cid, full_name=name, emails=[e.strip() for e in emails.split(",") if e])


def check(records: Sequence[str], recipient: str, *, setup: Any = None,
          **guard_options: Any) -> Verdict:
    directory = Directory.connect("sqlite://")
    directory.upsert(record(r) for r in records)
    if setup is not None:
        setup(directory)
    guard = Guard(directory, scan_content=False, **guard_options)
    return guard.check(OutboundEmail(customer_id="C-1", to=[recipient], subject="Order 1234"))


def assert_codes(verdict: Verdict, present: set[str], absent: set[str]) -> None:
    codes = verdict.codes()
    assert present <= codes, f"missing {present - codes}; got {sorted(codes)}"
    assert not (absent & codes), f"unexpected {absent & codes}; got {sorted(codes)}"


def finding(verdict: Verdict, code: str) -> Any:
    return next(f for f in verdict.findings if f.code == code)


LINNEA = "C-1 | Linnea Öberg | linnea.oberg1987@comhem.se"
ANNA = "C-1 | Anna Svensson | anna.svensson@telia.com"
ERIK = "C-2 | Erik Johansson | erik.johansson@telia.com"
BO = "C-3 | Bo Ek | bo12@telia.com"
MATTI = "C-1 | Matti Virtanen | matti.virtanen@elisa.fi"
MATTI_2 = "C-2 | Matti Virtanen | mvirtanen@kolumbus.fi"
MATTI_3 = "C-3 | VIRTANEN Matti | matti.v@saunalahti.fi"
ANNA_2 = "C-2 | Anna Svensson | anna.s@gmail.com"
SLIPS = {"typo_of_customer_address", "near_other_customer_address", "owned_by_other_customer",
         "namesake_collision"}

# -- typo_of_customer_address --------------------------------------------------------------------

TYPO: list[Case] = [
    ("missing digit (Com Hem)", [LINNEA], "linnea.oberg187@comhem.se",
     {"typo_of_customer_address"}, {"owned_by_other_customer", "near_other_customer_address"}),
    ("missing letter", [LINNEA], "linea.oberg1987@comhem.se", {"typo_of_customer_address"}, set()),
    ("extra character", [LINNEA], "linnea.oberg19877@comhem.se",
     {"typo_of_customer_address"}, set()),
    ("wrong character", [LINNEA], "linnea.oberg1988@comhem.se",
     {"typo_of_customer_address"}, set()),
    ("swapped neighbours", [LINNEA], "linnea.oberg1978@comhem.se",
     {"typo_of_customer_address"}, set()),
    ("two slips in a long local part", [LINNEA], "linea.oberg198@comhem.se",
     {"typo_of_customer_address"}, set()),
    ("domain slip comhem.se -> comhen.se", [LINNEA], "linnea.oberg1987@comhen.se",
     {"typo_of_customer_address"}, set()),
    ("same label, other suffix", [LINNEA], "linnea.oberg1987@comhem.com",
     {"typo_of_customer_address"}, set()),
    ("the customer's own address", [LINNEA], "linnea.oberg1987@comhem.se",
     set(), {"typo_of_customer_address", "recipient_not_on_record"}),
    ("own address, other case", [LINNEA], "Linnea.Oberg1987@COMHEM.SE",
     set(), {"typo_of_customer_address", "recipient_not_on_record"}),
    ("far from the customer's address", [LINNEA], "someone.else@comhem.se",
     {"recipient_not_on_record"}, {"typo_of_customer_address"}),
    ("slip in local part and domain at once", [LINNEA], "linnea.oberg187@comhen.se",
     set(), {"typo_of_customer_address"}),
    ("subdomain is not a suffix slip", [LINNEA], "linnea.oberg1987@mail.comhem.com",
     set(), {"typo_of_customer_address"}),
]


@pytest.mark.parametrize(("case", "records", "recipient", "present", "absent"), TYPO,
                         ids=[c[0] for c in TYPO])
def test_typo_of_customer_address(case: str, records: Sequence[str], recipient: str,
                                  present: set[str], absent: set[str]) -> None:
    verdict = check(records, recipient)
    assert_codes(verdict, present, absent)
    if "typo_of_customer_address" in present:
        f = finding(verdict, "typo_of_customer_address")
        assert f.suggestion == "linnea.oberg1987@comhem.se"
        assert f.recipient == recipient
        assert f.distance and f.distance >= 1


# -- owned_by_other_customer, near_other_customer_address ----------------------------------------

OTHERS: list[Case] = [
    ("another customer's mailbox", [ANNA, ERIK], "erik.johansson@telia.com",
     {"owned_by_other_customer"},
     {"recipient_not_on_record", "near_other_customer_address", "namesake_collision"}),
    ("another customer's mailbox, other spelling", [ANNA, ERIK], "Erik.Johansson@Telia.com",
     {"owned_by_other_customer"}, {"recipient_not_on_record"}),
    ("a slip of another customer's address", [ANNA, ERIK], "erik.johanson@telia.com",
     {"near_other_customer_address", "recipient_not_on_record"},
     {"owned_by_other_customer", "namesake_collision", "typo_of_customer_address"}),
    ("short local parts have coincidental neighbours", [ANNA, ERIK, BO], "bo13@telia.com",
     {"recipient_not_on_record"}, {"near_other_customer_address", "owned_by_other_customer"}),
    ("family mailbox on both records is the customer's own",
     ["C-1 | Anna Svensson | familjen.svensson@telia.com",
      "C-2 | Per Svensson | familjen.svensson@telia.com"], "familjen.svensson@telia.com",
     set(), {"owned_by_other_customer", "recipient_not_on_record"}),
    ("the customer's own slip is not another's", [LINNEA, ERIK], "linnea.oberg198@comhem.se",
     {"typo_of_customer_address"}, {"near_other_customer_address", "owned_by_other_customer"}),
]


@pytest.mark.parametrize(("case", "records", "recipient", "present", "absent"), OTHERS,
                         ids=[c[0] for c in OTHERS])
def test_other_customers(case: str, records: Sequence[str], recipient: str,
                         present: set[str], absent: set[str]) -> None:
    verdict = check(records, recipient)
    assert_codes(verdict, present, absent)
    for f in verdict.findings:
        for other in f.other_customers:
            assert other.id != "C-1"
            if recipient.lower() != "erik.johansson@telia.com":  # the sender typed that one
                assert "erik.johansson@telia.com" not in f.explanation.lower()
            assert "*" in other.masked_address


# -- near_other_customer_address: a slip, or a coincidental neighbour? ---------------------------
# One row per rule of `counts_as_near` (numbered as in its docstring); ``NEAR`` is the code.

NEAR = "near_other_customer_address"
NINA = "C-2 | Nina Sørensen | nina1976@gmail.com"
SHARED = "C-2 | Per Svensson | familjen.svensson@telia.com"
HELGA = "C-2 | Helga Berg | helga1962@hotmail.com"
SUNNIVA = "C-2 | Sunniva Kristiansen | sunniva.kristiansen41@gmail.com"
COINCIDENCES: list[Case] = [
    # 1: a neighbour on the customer's own record too is their own (shared) mailbox
    ("1: slip of a family mailbox shared with another customer",
     ["C-1 | Anna Svensson | familjen.svensson@telia.com", SHARED], "familjen.svenson@telia.com",
     {"typo_of_customer_address"}, {NEAR}),
    ("1: ... shared with a namesake", ["C-1 | Anna Svensson | familjen.svensson@telia.com",
                                       "C-2 | Anna Svensson | familjen.svensson@telia.com"],
     "familjen.svenson@telia.com", {"typo_of_customer_address"}, {NEAR, "namesake_collision"}),
    # 3: the customer's own name explains the recipient
    ("3: own first name + year, neighbour of another name",
     ["C-1 | Lina Bachausen | lina@handel-oberhoff.de", NINA], "lina1976@gmail.com",
     {"recipient_not_on_record"}, {NEAR}),
    ("3: own surname + digits", ["C-1 | Karin Lund | karin@lund-bygg.se",
                                 "C-2 | Erik Land | land1984@gmail.com"],
     "lund1984@gmail.com", {"recipient_not_on_record"}, {NEAR}),
    ("3: own full name, neighbour of a similar name (middle name differs)",
     ["C-1 | Lars William Viksæter | lw@viksaeter.no",
      "C-2 | Lars Viksæter | lars.viksaeter@telia.com"], "lars_viksaeter@telia.com",
     {"recipient_not_on_record"}, {NEAR}),
    ("3: not at a domain neither public nor the customer's",
     ["C-1 | Lina Bachausen | lina@handel-oberhoff.de",
      "C-2 | Nina Sørensen | nina1976@oberhoff-bau.de"], "lina1976@oberhoff-bau.de", {NEAR}, set()),
    ("3: at the customer's own (company) domain",
     ["C-1 | Lina Bachausen | lina@oberhoff-bau.de",
      "C-2 | Nina Sørensen | nina1976@oberhoff-bau.de"], "lina1976@oberhoff-bau.de",
     {"recipient_not_on_record"}, {NEAR}),
    # 4: the recipient spells the other customer's full name
    ("4: other's full name, only the trailing number differs",
     ["C-1 | Monika Burgmüller | monika@burgmueller.de", SUNNIVA],
     "sunniva.kristiansen31@gmail.com", {NEAR, "name_mismatch"}, set()),
    ("4: not when it mentions the customer's own name (a nickname: Kati for Katarina)",
     ["C-1 | Katarina Olsson | katarina.olsson@telia.com",
      "C-2 | Kati Olsson | kati.olsson1@gmail.com"], "kati.olsson2@gmail.com", set(), {NEAR}),
    # 5-7: the calibrated coincidences
    ("5: short local parts", [ANNA, "C-2 | Bo Ek | boek1@telia.com"], "boek2@telia.com",
     {"recipient_not_on_record"}, {NEAR}),
    ("6: same local part at another real domain",
     [ANNA, "C-2 | Erik Berg | sjoman.nord@hotmail.com"], "sjoman.nord@hotmail.se",
     {"recipient_not_on_record"}, {NEAR}),
    ("6: ... at a domain that is not real", [ANNA, "C-2 | Erik Berg | sjoman.nord@hotmail.com"],
     "sjoman.nord@hotmial.com", {NEAR}, set()),
    ("7: trailing number differs", [ANNA, "C-2 | Erik Berg | havfrue10@gmail.com"],
     "havfrue1@gmail.com", {"recipient_not_on_record"}, {NEAR}),
    ("7: a year with a digit missing", [ANNA, HELGA], "helga196@hotmail.com", {NEAR}, set()),
    ("7: a year with two digits swapped", [ANNA, HELGA], "helga9162@hotmail.com", {NEAR}, set()),
    ("7: a year with a digit added", [ANNA, HELGA], "helga19622@hotmail.com", {NEAR}, set()),
    ("7: another year is a number people pick", [ANNA, HELGA], "helga1963@hotmail.com",
     {"recipient_not_on_record"}, {NEAR}),
    ("7: one or two digits are numbers people pick",
     [ANNA, "C-2 | Helga Berg | helga19@hotmail.com"], "helga1@hotmail.com",
     {"recipient_not_on_record"}, {NEAR}),
]


@pytest.mark.parametrize(("case", "records", "recipient", "present", "absent"), COINCIDENCES,
                         ids=[c[0] for c in COINCIDENCES])
def test_near_other_slip_or_coincidence(case: str, records: Sequence[str], recipient: str,
                                        present: set[str], absent: set[str]) -> None:
    assert_codes(check(records, recipient), present, absent)


# -- namesake_collision, namesake_ambiguous ------------------------------------------------------

NAMESAKES: list[Case] = [
    ("owned by a namesake (Elisa)", [MATTI, MATTI_2], "mvirtanen@kolumbus.fi",
     {"owned_by_other_customer", "namesake_collision"}, set()),
    ("owned by a namesake written in another order", [MATTI, MATTI_3], "matti.v@saunalahti.fi",
     {"owned_by_other_customer", "namesake_collision"}, set()),
    ("a slip of a namesake's address", [MATTI, MATTI_2], "mvirtane@kolumbus.fi",
     {"namesake_collision", "near_other_customer_address"}, {"owned_by_other_customer"}),
    ("owned by someone with another name", [MATTI, "C-2 | Maija Virtanen | mvirtanen@kolumbus.fi"],
     "mvirtanen@kolumbus.fi", {"owned_by_other_customer"}, {"namesake_collision"}),
    ("the customer's own address despite namesakes", [MATTI, MATTI_2], "matti.virtanen@elisa.fi",
     set(), {"namesake_collision", "namesake_ambiguous"}),
    ("name-built: first.last", [ANNA, ANNA_2], "anna.svensson@gmail.com",
     {"namesake_ambiguous"}, {"namesake_collision", "owned_by_other_customer"}),
    ("name-built: initial + last", [ANNA, ANNA_2], "asvensson@hotmail.com",
     {"namesake_ambiguous"}, set()),
    ("name-built: last.first", [ANNA, ANNA_2], "svensson.anna@outlook.com",
     {"namesake_ambiguous"}, set()),
    ("name-built: glued with digits", [ANNA, ANNA_2], "annasvensson84@gmail.com",
     {"namesake_ambiguous"}, set()),
    ("name-built but nobody shares the name", [ANNA, ERIK], "anna.svensson@gmail.com",
     {"recipient_not_on_record"}, {"namesake_ambiguous"}),
    ("shared name but not built from it", [ANNA, ANNA_2], "sunshine77@gmail.com",
     {"recipient_not_on_record"}, {"namesake_ambiguous"}),
    ("a lone first name is not name-built", [ANNA, ANNA_2], "anna84@gmail.com",
     set(), {"namesake_ambiguous"}),
]


@pytest.mark.parametrize(("case", "records", "recipient", "present", "absent"), NAMESAKES,
                         ids=[c[0] for c in NAMESAKES])
def test_namesakes(case: str, records: Sequence[str], recipient: str,
                   present: set[str], absent: set[str]) -> None:
    verdict = check(records, recipient)
    assert_codes(verdict, present, absent)
    if "namesake_collision" in present:
        f = finding(verdict, "namesake_collision")
        assert f.other_customers and all(o.same_full_name for o in f.other_customers)


# Namesakes have exactly the same full name: letters count (Jönsson is not Jonsson), and a name
# written surname first is the same name only when that word reads as a surname.
JONSSON = "C-1 | Robert Jonsson | robertjonsson@comhem.se"
JOENSSON = "C-2 | Robert Jönsson | robert.jonsson2006@comhem.se"
NAMESAKE_SPELLING: list[Case] = [
    ("another letter is another name: not ambiguous", [JONSSON, JOENSSON],
     "robert.jonsson@yahoo.se", {"recipient_not_on_record"}, {"namesake_ambiguous"}),
    ("another letter is another name: owned, no collision", [JONSSON, JOENSSON],
     "robert.jonsson2006@comhem.se", {"owned_by_other_customer"}, {"namesake_collision"}),
    ("another letter is another name: a slip, no collision", [JONSSON, JOENSSON],
     "robert.jonson2006@comhem.se", {NEAR}, {"namesake_collision"}),
    ("the same letters: ambiguous", [JONSSON, "C-2 | ROBERT JONSSON | rj@telia.com"],
     "robert.jonsson@yahoo.se", {"namesake_ambiguous"}, set()),
    ("surname first, unmarked", [MATTI, "C-2 | Virtanen Matti | mv@saunalahti.fi"],
     "mv@saunalahti.fi", {"namesake_collision"}, set()),
    ("surname first, after a comma", [MATTI, "C-2 | Virtanen, Matti | mv@saunalahti.fi"],
     "mv@saunalahti.fi", {"namesake_collision"}, set()),
    ("two given names swapped are two people",
     ["C-1 | Lewis Thomas | lewis.thomas@gmail.com", "C-2 | Thomas Lewis | tl@gmail.com"],
     "lewis.thomas@yahoo.co.uk", {"recipient_not_on_record"}, {"namesake_ambiguous"}),
    ("... unless the surname is written in capitals",
     ["C-1 | Thomas Lewis | tl@gmail.com", "C-2 | LEWIS Thomas | lewis.t@gmail.com"],
     "lewis.t@gmail.com", {"namesake_collision"}, set()),
]


@pytest.mark.parametrize(("case", "records", "recipient", "present", "absent"),
                         NAMESAKE_SPELLING, ids=[c[0] for c in NAMESAKE_SPELLING])
def test_namesakes_have_exactly_the_same_name(case: str, records: Sequence[str], recipient: str,
                                              present: set[str], absent: set[str]) -> None:
    assert_codes(check(records, recipient), present, absent)


def test_other_customer_same_full_name_flag_is_exact() -> None:
    # Robert Jönsson owns the address: shown as another customer, but not as a namesake
    verdict = check([JONSSON, JOENSSON], "robert.jonsson2006@comhem.se")
    (other,) = finding(verdict, "owned_by_other_customer").other_customers
    assert other.id == "C-2" and other.same_full_name is False


def test_namesake_ambiguous_counts_namesakes_up_to_a_cap() -> None:
    # A popular name: the count stops at 100 (the index reads no more than that), and says so.
    records = [ANNA, *(f"C-{i} | Anna Svensson | anna.svensson{i}@telia.com" for i in range(2, 150))]
    f = finding(check(records, "anna.svensson@yahoo.se"), "namesake_ambiguous")
    assert "100 or more other customers" in f.explanation
    f = finding(check(records[:4], "anna.svensson@yahoo.se"), "namesake_ambiguous")
    assert "which 3 other customers share" in f.explanation


# -- name_mismatch -------------------------------------------------------------------------------

NAME_MISMATCH: list[Case] = [
    ("first.last of somebody else", [ANNA], "erik.johansson@gmail.com", {"name_mismatch"}, set()),
    ("glued first+last of somebody else", [ANNA], "erikjohansson@gmail.com",
     {"name_mismatch"}, set()),
    ("last_first with digits", [ANNA], "johansson_erik84@gmail.com", {"name_mismatch"}, set()),
    ("the customer's own name", [ANNA], "anna.svensson@gmail.com", set(), {"name_mismatch"}),
    ("married name (same first name)", [ANNA], "anna.johansson@gmail.com",
     set(), {"name_mismatch"}),
    ("handle: maxpower", [ANNA], "maxpower@gmail.com", set(), {"name_mismatch"}),
    ("handle: sunshine77", [ANNA], "sunshine77@gmail.com", set(), {"name_mismatch"}),
    ("role address", [ANNA], "info@svensson-bygg.se", set(), {"name_mismatch"}),
    ("a slip of the customer's own address", ["C-1 | Anna Svensson | erik.johansson@telia.com"],
     "erik.johanson@telia.com", {"typo_of_customer_address"}, {"name_mismatch"}),
    ("unknown given name beside a known surname", [ANNA], "netta.saarinen@gmail.com",
     {"name_mismatch"}, set()),
    ("household mailbox of another surname", [ANNA], "familjen.saarinen@gmail.com",
     set(), {"name_mismatch"}),
    ("the customer's own name, a digit typed inside",
     ["C-1 | Elizabeth Whitfield | liz.whitfield@sky.com"], "liz.wh9itfield@gmail.com",
     set(), {"name_mismatch"}),
    ("the customer's surname with a slip, run together with a nickname",
     ["C-1 | James Anderson | james.anderson@sky.com"], "jimnaderson@gmail.com",
     set(), {"name_mismatch"}),
]


@pytest.mark.parametrize(("case", "records", "recipient", "present", "absent"), NAME_MISMATCH,
                         ids=[c[0] for c in NAME_MISMATCH])
def test_name_mismatch(case: str, records: Sequence[str], recipient: str,
                       present: set[str], absent: set[str]) -> None:
    assert_codes(check(records, recipient), present, absent)


# -- domain_typo ---------------------------------------------------------------------------------

DOMAIN_TYPO: list[tuple[str, str, str | None]] = [
    ("gmial.com", "anna@gmial.com", "anna@gmail.com"),
    ("hotmail.co", "anna@hotmail.co", "anna@hotmail.com"),
    ("outlok.com", "anna@outlok.com", "anna@outlook.com"),
    ("gmail.con", "anna@gmail.con", "anna@gmail.com"),
    ("gmail.co", "anna@gmail.co", "anna@gmail.com"),
    ("gmai.com", "anna@gmai.com", "anna@gmail.com"),
    ("comhen.se", "anna@comhen.se", "anna@comhem.se"),
    ("kolumbus.fi is real", "anna@kolumbus.fi", None),
    ("elisa.fi is real", "anna@elisa.fi", None),
    ("hotmail.fi is real", "anna@hotmail.fi", None),
    ("proton.me is real", "anna@proton.me", None),
    ("gmail.com is real", "anna@gmail.com", None),
    ("a small company domain", "anna@svensson-bygg.se", None),
]


@pytest.mark.parametrize(("case", "recipient", "suggestion"), DOMAIN_TYPO,
                         ids=[c[0] for c in DOMAIN_TYPO])
def test_domain_typo(case: str, recipient: str, suggestion: str | None) -> None:
    verdict = check(["C-1 | Karin Lund | karin.lund@example.org"], recipient)
    if suggestion is None:
        assert_codes(verdict, set(), {"domain_typo"})
    else:
        assert_codes(verdict, {"domain_typo"}, set())
        assert finding(verdict, "domain_typo").suggestion == suggestion


def test_domain_frequent_in_the_directory_is_known() -> None:
    """A regional ISP that is not shipped becomes known once many customers use it."""
    records = ["C-1 | Karin Lund | karin.lund@example.org"] + [
        f"C-{i} | Person {i} | p{i}@regionnet.fi" for i in range(2, 40)]
    assert_codes(check(records, "anna@regionet.fi"), {"domain_typo"}, set())
    assert_codes(check(records, "anna@regionnet.fi"), set(), {"domain_typo"})


# -- mailbox equivalence: the customer's own address in another spelling ------------------------

EQUIVALENT: list[tuple[str, str, str]] = [
    ("gmail dots", "anna.svensson@gmail.com", "annasvensson@gmail.com"),
    ("gmail dots elsewhere", "anna.svensson@gmail.com", "an.na.sv.ensson@gmail.com"),
    ("googlemail", "anna.svensson@gmail.com", "anna.svensson@googlemail.com"),
    ("gmail +tag", "anna.svensson@gmail.com", "anna.svensson+orders@gmail.com"),
    ("outlook +tag", "anna@outlook.com", "anna+shop@outlook.com"),
    ("case", "Anna.Svensson@Telia.com", "anna.svensson@TELIA.COM"),
    ("IDNA domain", "anna@bücher.de", "anna@xn--bcher-kva.de"),
    ("NFD local part", "jörg@example.de", "jo\u0308rg@example.de"),
]


@pytest.mark.parametrize(("case", "recorded", "recipient"), EQUIVALENT,
                         ids=[c[0] for c in EQUIVALENT])
def test_equivalent_spelling_is_the_customers_own(case: str, recorded: str,
                                                  recipient: str) -> None:
    verdict = check([f"C-1 | Anna Svensson | {recorded}", ANNA_2.replace("C-2", "C-9")],
                    recipient)
    assert verdict.codes() == set()
    assert verdict.action == "allow"


def test_plus_tag_at_other_providers_is_kept() -> None:
    verdict = check(["C-1 | Anna Svensson | anna@comhem.se"], "anna+shop@comhem.se")
    assert "recipient_not_on_record" in verdict.codes()


# -- syntax, lookalikes, DNS, directory state ----------------------------------------------------

SYNTAX: list[Case] = [
    ("trailing comma", [ANNA], "anna.svensson@telia.com,", {"invalid_address"}, set()),
    ("no domain", [ANNA], "anna.svensson@", {"invalid_address"}, {"recipient_not_on_record"}),
    ("space inside", [ANNA], "anna svensson@telia.com", {"invalid_address"}, set()),
    ("Cyrillic a in a Latin address", [ANNA], "\u0430nna.svensson@telia.com",
     {"lookalike_characters"}, {"invalid_address"}),
    ("Latin with diacritics is fine", ["C-1 | Jörg Müller | jörg@example.de"], "jörg@example.de",
     set(), {"lookalike_characters"}),
]


@pytest.mark.parametrize(("case", "records", "recipient", "present", "absent"), SYNTAX,
                         ids=[c[0] for c in SYNTAX])
def test_syntax_and_lookalikes(case: str, records: Sequence[str], recipient: str,
                               present: set[str], absent: set[str]) -> None:
    verdict = check(records, recipient)
    assert_codes(verdict, present, absent)
    if "invalid_address" in present and recipient.endswith(","):
        assert finding(verdict, "invalid_address").suggestion == "anna.svensson@telia.com"
    if "lookalike_characters" in present:
        assert finding(verdict, "lookalike_characters").suggestion == "anna.svensson@telia.com"


@pytest.mark.parametrize(("case", "resolver", "recipient", "present", "absent"), [
    ("no MX, DNS on", FixedResolver({"nomail.example": "undeliverable"}),
     "anna@nomail.example", {"undeliverable_domain"}, set()),
    ("no MX, DNS off", None, "anna@nomail.example", set(), {"undeliverable_domain"}),
    ("deliverable", FixedResolver(), "anna@deliverable.example", set(),
     {"undeliverable_domain"}),
    ("DNS times out: nothing can be said", FixedResolver(default="unknown"),
     "anna@slow.example", set(), {"undeliverable_domain"}),
    ("a typo domain with MX is still a typo", FixedResolver(), "anna@gmial.com",
     {"domain_typo"}, {"undeliverable_domain"}),
], ids=lambda v: v if isinstance(v, str) and " " in v else "")
def test_undeliverable_domain(case: str, resolver: FixedResolver | None, recipient: str,
                              present: set[str], absent: set[str]) -> None:
    assert_codes(check([ANNA], recipient, resolver=resolver), present, absent)


def _mark_misdirected(d: Directory) -> None:
    d.mark_misdirected("C-1", "anna.svensson@telia.com")


def _mark_unverified(d: Directory) -> None:
    d.mark_unverified("C-1", "anna.s@telia.com")


_CHECK_UNVERIFIED = Policy.model_validate({"verification": {"only_when_sensitive": False}})

STATE: list[tuple[str, Any, dict[str, Any], str, set[str], set[str]]] = [
    ("marked misdirected", _mark_misdirected, {}, "anna.svensson@telia.com",
     {"misdirected_address"}, set()),
    ("not marked", None, {}, "anna.svensson@telia.com", set(), {"misdirected_address"}),
    ("marked unverified", _mark_unverified, {"policy": _CHECK_UNVERIFIED}, "anna.s@telia.com",
     {"unverified_recipient"}, set()),
    ("not on record, verification checked", None, {"policy": _CHECK_UNVERIFIED},
     "anna.new@telia.com", {"unverified_recipient", "recipient_not_on_record"}, set()),
    ("loaded without a state", None, {"policy": _CHECK_UNVERIFIED}, "anna.svensson@telia.com",
     set(), {"unverified_recipient"}),
    ("only when sensitive (default), plain message", _mark_unverified, {}, "anna.s@telia.com",
     set(), {"unverified_recipient"}),
]


@pytest.mark.parametrize(("case", "setup", "options", "recipient", "present", "absent"), STATE,
                         ids=[c[0] for c in STATE])
def test_directory_state_checks(case: str, setup: Any, options: dict[str, Any], recipient: str,
                                present: set[str], absent: set[str]) -> None:
    assert_codes(check([ANNA], recipient, setup=setup, **options), present, absent)


# -- recipient_not_on_record ---------------------------------------------------------------------

@pytest.mark.parametrize(("case", "recipient", "present", "absent"), [
    ("a new address", "anna.new.address@example.org", {"recipient_not_on_record"}, set()),
    ("the customer's own", "anna.svensson@telia.com", set(), {"recipient_not_on_record"}),
    ("another customer's", "erik.johansson@telia.com", set(), {"recipient_not_on_record"}),
], ids=lambda v: v if isinstance(v, str) and " " in v else "")
def test_recipient_not_on_record(case: str, recipient: str, present: set[str],
                                 absent: set[str]) -> None:
    verdict = check([ANNA, ERIK], recipient)
    assert_codes(verdict, present, absent)
    if present == {"recipient_not_on_record"} and verdict.codes() == present:
        assert verdict.action == "allow"


# -- every code is covered -----------------------------------------------------------------------


def _tables() -> Iterator[set[str]]:
    for table in (TYPO, OTHERS, COINCIDENCES, NAMESAKES, NAMESAKE_SPELLING, NAME_MISMATCH,
                  SYNTAX):
        for row in table:
            yield row[3]
    for state_row in STATE:
        yield state_row[4]
    yield {"domain_typo", "undeliverable_domain", "recipient_not_on_record"}


def test_every_default_check_code_has_a_table_row() -> None:
    codes = {code for c in DEFAULT_CHECKS for code in c.codes}
    covered = set().union(*_tables())
    assert codes <= covered, f"no table row for {codes - covered}"


def test_check_ids_are_unique_and_codes_documented_in_the_policy() -> None:
    ids = [c.id for c in DEFAULT_CHECKS]
    assert len(ids) == len(set(ids))
    policy = Policy()
    for c in DEFAULT_CHECKS:
        for code in c.codes:
            assert code in policy.actions, f"{code} has no default action"
