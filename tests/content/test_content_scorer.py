"""The candidate scorer (`misdirect.content.scorer`): each construction it reads, and the
look-alikes it must leave alone, through the public `scan` and on the scorer's own functions.

Cases are short sentences written for the construction they stand for (blind batches 1-3 showed
which constructions exist; none is a copy of a template). Each row asserts a real behaviour: the
value is gone from what a reader sees, or the message is the very same object (no byte changed).
"""

from __future__ import annotations

import pytest
from redaction_helpers import scan_body as _scan

from misdirect.content.html import HtmlText
from misdirect.content.scorer import THRESHOLD, scored_matches, talks_about
from misdirect.content.secrets import KeywordSecrets

# (id, text, removed, kept)
GIVEN = [
    # an entry verb right before a short code, any particle or person between
    ("en-type-in", "Tap Collect on the screen and type in 5821 when asked.", ["5821"], []),
    ("da-tast-derefter", "Vælg Hent pakke på skærmen, og tast derefter 7714.", ["7714"], []),
    ("de-geben-sie-dann", "Tippen Sie auf Abholen und geben Sie dann 6402 ein.", ["6402"], []),
    ("fr-tapez", "Choisissez Retirer un colis puis tapez 3390.", ["3390"], []),
    ("es-teclea", "En la pantalla pulsa Recoger y teclea 4471.", ["4471"], []),
    ("nl-toets-in", "Kies Ophalen en toets daarna 2208 in.", ["2208"], []),
    ("de-tippst-du-colon", "Am Tor tippst du: 9130", ["9130"], []),
    ("fr-composez-colon", "Au portail, composez : 6617", ["6617"], []),
    # an entry verb earlier in the sentence, the value after a colon
    ("en-enter-this-number", "Call us and, when prompted, enter this number: 580312",
        ["580312"], []),
    ("de-diese-nummer-ein", "Tippen Sie nach der Ansage diese Nummer ein: 471903", ["471903"], []),
    # a keyword in the sentence, a copula in it, the value ending it
    ("de-v2-copula", "Außerdem ist Ihre PIN für die Gehaltsabrechnung im Portal 3381.", ["3381"],
        []),
    ("da-v2-copula", "Derudover er pinkoden til lønsedlerne i portalen 5190.", ["5190"], []),
    ("es-copula-far", "El PIN para descargar tus nóminas en el portal del empleado es 7302.",
        ["7302"], []),
    ("en-digits-colon", "The alarm code for the side door is 4 digits: 6604", ["6604"], []),
    # a label above or beside the value (blocks and table layouts), inflected and compound
    ("en-key-safe-block", "Key safe (left of the door)\n\n\n1826\n\n\nCheck-in\n\n\nfrom 16:00",
        ["1826"], []),
    ("da-nogleboksen", "Nøgleboksen ved hoveddøren\n\n2719\n", ["2719"], []),
    ("de-schluesseltresor", "Schlüsseltresor neben der Haustür\n\n8345\n", ["8345"], []),
    ("sv-nyckelskap-cell", "\tNyckelskåp\t4408\n\n\tBokning\tHKQ7JP\n", ["4408"], ["HKQ7JP"]),
    ("fi-puomin-koodi-cell", "\tPuomin koodi\t6120\n\n\tLuvan numero\t3751\n", ["6120"],
        ["3751"]),
    ("en-turnstile-cell", "\tEntry code for the turnstile\t5542\n", ["5542"], []),
    ("da-startadgangskode", "Brugernavn\n\n197777\n\nStartadgangskode\n\nUT*24ifbUz\n",
        ["UT*24ifbUz"], ["197777"]),
    # a line that announces the value below it
    ("en-paste-this", "Paste this into the app under Help, then Activate:\nJQCV-QKG9-XDCB-ABXW\n",
        ["JQCV-QKG9-XDCB-ABXW"], []),
    ("fi-naeppaeilemaellae", "Aktivoi kortti soittamalla ja näppäilemällä\n\nPH7-FEK\n\n"
        "kun sitä pyydetään.", ["PH7-FEK"], []),
    ("sv-foljande", "Logga in med ditt kundnummer och följande:\n\nNtdei-Whsj-40\n",
        ["Ntdei-Whsj-40"], []),
    # a pointer phrase above the value
    ("da-herunder", "Du har fået en ny kode til telefonbanken. Den står herunder.\n\n\n4177\n",
        ["4177"], []),
    ("en-passcode-below", "You will be asked for digits from the passcode below.\n\n0191\n",
        ["0191"], []),
    # letters-only passwords in their three constructions
    ("en-its-now", "We've reset your password for the portal.\nIt's now silverbirch\nPlease "
        "change it.", ["silverbirch"], []),
    ("de-es-lautet-jetzt", "Wir haben dein Passwort zurückgesetzt.\nEs lautet jetzt Abendrot\n",
        ["Abendrot"], []),
    ("da-det-er-nu", "Vi har nulstillet dit kodeord.\nDet er nu Snefnug\n", ["Snefnug"], []),
    ("en-exactly-as-shown", "Network: Harbour-Guest\n\nKey it in exactly as shown: seaglass\n",
        ["seaglass"], ["Harbour-Guest"]),
    ("nl-label-wifi", "Wifi\n\n\nwindvaan\n\n\nVertrek\n\n\n10-11-2024", ["windvaan"], []),
    # the value opens or unlocks something: subject of the verb, after it, or beside its label
    ("sv-value-opens", "Från måndag gäller det nya kodlåset. 4826 öppnar förrådet.", ["4826"], []),
    ("en-open-with-cell", "\tUnit\tB\n\tOpen with\t730514\n", ["730514"], []),
    ("es-para-abrirla-cell", "\tPara abrirla\t583920\n", ["583920"], []),
    ("fi-avaa-luvulla", "Avaa varastokoppi luvulla 604418 ennen perjantaita.", ["604418"], []),
    # a noun for the digits or characters stands for the keyword
    ("da-cifre-laaser-op", "Her er de seks cifre, der låser boksen op: 447120.", ["447120"], []),
    ("de-ziffern-ein", "Zur Bestätigung tragen Sie diese Ziffern im Formular ein: 803317",
        ["803317"], []),
    ("fr-la-voici", "Nous vous envoyons une suite de caractères pour confirmer. La voici : "
        "5120-7781.", ["5120-7781"], []),
    # "it's now", "set to", "changed to" a value, in a letter about a password or a code
    ("en-its-now-reply", "Done - it's now Vb8kq2Lw, change it when you next sign in.\n\n"
        "> my password stopped working", ["Vb8kq2Lw"], []),
    ("de-auf-gesetzt", "Wir haben Ihre Telefon-PIN auf 5308 gesetzt.", ["5308"], []),
    ("sv-andras-till", "Portkoden ändras till 7731 från och med måndag.", ["7731"], []),
    # telling or showing the value; a word or two of where or to whom between
    ("fi-kerro-kuljettajalle", "Kerro kuljettajalle 4417 kun nouset kyytiin.", ["4417"], []),
    ("de-geben-sie-im-browser", "Geben Sie im Browser 902211 ein.", ["902211"], []),
    ("en-show-the-code", "Show the code KTR-PWX at the counter.", ["KTR-PWX"], []),
    # labels: indented blocks, compounds and inflections of "key", pick-up codes, combinations
    ("es-codigo-indented-block", "\tPedido\n\n\tPED123456\n\n\tCódigo de licencia\n\n"
        "\tQWRT-7YH2-PLKM-3XZC\n", ["QWRT-7YH2-PLKM-3XZC"], ["PED123456"]),
    ("sv-licensnyckeln", "Licensnyckeln\n\nHT4KQ-ZM8RT-W2PXN-9CVBD\n", ["HT4KQ-ZM8RT-W2PXN-9CVBD"],
        []),
    ("fi-lisenssiavaimesi", "Lisenssiavaimesi\n\nHT4KQ-ZM8RT-W2PXN-9CVBD\n",
        ["HT4KQ-ZM8RT-W2PXN-9CVBD"], []),
    ("de-abholcode-cell", "\tFach\t2210\n\tAbholcode\t660214\n", ["660214"], ["2210"]),
    ("no-kombinasjon-cell", "\tKombinasjon\t318604\n", ["318604"], []),
]

# sentences with numbers or words near a keyword that give no secret: no finding, no byte changed
QUIET = [
    # other numbers beside a code word or an entry verb
    "Luvan numero 3751",
    "\tTillstånd nr\t8053\n",
    "Room: 2140",
    "Værelse: 6339",
    "School code: 23D8BX",
    "Sort code 20-45-77 · Account ending 4410",
    "Membership number 31281148",
    "Forward the message to 7726 and call us.",
    "Call 0800 448 200 and follow the menu.",
    "Soporte informático, 900 257 899",
    "Du har bedt om PUK-koden for 77397086.",
    "El código de seguimiento es 5520193.",
    # the visible end of a masked number
    "Here is the PIN for your card ending •••• 4908. Learn it and delete this message.",
    "här är den nya koden till ditt kort XXXX 6037:",
    # a delivery notice or a warning with a number in it
    "Votre code d'activation vous sera envoyé par courrier au 27 rue Victor Hugo, 73968 Rennes.",
    "If you forget your PIN, order a new one on 0771 47 85 44.",
    # change notices and talk about a password, letters only
    "Salasana vaihdettu\n\n\nAjankohta\n\n\n5.6.2024 15:15",
    "Lösenord bytt\n\n\nTidpunkt\n\n\n2025-04-12 09.45",
    "Your passcode is about to change.",
    "If the password isn't being accepted, use \"Forgotten password?\" on the login page.",
    "Sinun ei tarvitse keksiä uutta salasanaa: riittää, että sovellus on päivitetty.",
    "Find your password for the guest Wi-Fi underneath - it's valid for your whole stay.",
    "Wi-Fi\n\n\nCottage-Guest\n",
    # a numbered place, the end of a card number, a reference, another number after a short
    # clause
    "Locker 4410 is on the second floor, next to the lifts.",
    "\tCasier attribué\t5521\n",
    "The PIN for your card ending 7781 is on its way by post.",
    "The last four digits of your card are 4471.",
    "Unser Zeichen: KD-2211904",
    "Passordet sendes i posten.\nKundenummeret ditt er 7731904.",
    "El código caduca en 10 minutos.\nNúmero de contrato: EXP-52447130",
]


def _found(text: str) -> list[str]:
    """The values the keyword reader and then the scorer report in ``text``."""
    spans = [(m.start, m.end) for m in KeywordSecrets().find(text, "text")]
    spans += [(s, e) for s, e, _, _ in scored_matches(text, spans)]
    return [text[s:e] for s, e in spans]


@pytest.mark.parametrize(("case", "text", "removed", "kept"), GIVEN, ids=[g[0] for g in GIVEN])
def test_construction_gives_the_value(case: str, text: str, removed: list[str],
                                      kept: list[str]) -> None:
    found = _found(text)
    for value in removed:
        assert value in found
    for value in kept:
        assert not any(value in f for f in found)


@pytest.mark.parametrize("text", QUIET, ids=[q[:40] for q in QUIET])
def test_look_alike_changes_no_byte(text: str) -> None:
    email, result = _scan(f"Hello,\n\n{text}\n\nThanks.\n")
    assert [f for f in result.findings if f.code == "secret_in_body"] == []
    assert result.message is email


def test_html_table_cell_label() -> None:
    view = HtmlText("<table><tr><td>Membership number</td><td>31281148</td></tr>"
                    "<tr><td>Drehkreuz</td><td>6232</td></tr></table>").text
    assert _found(view) == ["6232"]


@pytest.mark.parametrize("text", QUIET, ids=[q[:40] for q in QUIET])
def test_look_alike_scores_below_the_threshold(text: str) -> None:
    assert list(scored_matches(f"Hello,\n\n{text}\n\nThanks.\n")) == []


def test_scorer_names_the_feature_that_decided() -> None:
    text = "Tap Collect and type in 5821 when asked."
    [(s, e, kind, rule)] = list(scored_matches(text))
    assert (text[s:e], kind, rule) == ("5821", "pin", "scorer:entry-verb")


def test_scorer_skips_spans_already_taken() -> None:
    text = "Tap Collect and type in 5821 when asked."
    s = text.index("5821")
    assert list(scored_matches(text, [(s, s + 4)])) == []


def test_a_short_number_alone_scores_below_the_threshold() -> None:
    # four digits with nothing around them: as often a room or an extension as a PIN
    assert THRESHOLD > 1
    assert list(scored_matches("Thanks for your visit.\n\n4410\n")) == []


@pytest.mark.parametrize(("text", "talks"), [
    ("Never share your password with anyone", True),
    ("If you forget your PIN, call us", True),
    ("Sinun ei tarvitse keksiä uutta salasanaa", True),
    ("Ihr Passwort lautet", False),
    ("Your new password is", False),
])
def test_talks_about(text: str, talks: bool) -> None:
    kw = max(text.lower().find(w) for w in ("password", "pin", "salasanaa", "passwort"))
    assert talks_about(text, kw) is talks


@pytest.mark.parametrize("size", [10_000, 40_000])
def test_long_text_of_candidates_is_read_once(size: int) -> None:
    # many code-shaped tokens, no construction: nothing is reported, every token is looked at
    text = ("Order 4410 room 2140 seat 18 case 551204. " * (size // 42))[:size]
    assert list(scored_matches(text)) == []


@pytest.mark.parametrize(("case", "text", "removed", "kept"), GIVEN, ids=[g[0] for g in GIVEN])
def test_default_scan_removes_what_the_scorer_finds(case: str, text: str, removed: list[str],
                                                    kept: list[str]) -> None:
    """The scorer is a detector of the default list: `scan` with no arguments redacts its values."""
    email, result = _scan(f"Hello,\n\n{text}\n\nThanks.\n")
    out = result.message.text or ""
    for value in removed:
        assert value not in out
    for value in kept:
        assert value in out
    assert all(value not in f.explanation for f in result.findings for value in removed)


def test_scored_finding_names_its_detector_and_position_not_the_value() -> None:
    body = "Hello,\n\nTap Collect on the screen and type in 5821 when asked.\n"
    email, result = _scan(body)
    [f] = [f for f in result.findings if f.code == "secret_in_body"]
    assert f.check == "content.scored_secrets"
    assert f.kind == "pin"
    assert (f.location.field, f.location.start, f.location.end) == (
        "text", body.index("5821"), body.index("5821") + 4)
    assert "5821" not in f.explanation
    assert "5821" not in (result.message.text or "")


def test_scorer_reuses_the_keyword_readers_pass_only_for_the_same_text() -> None:
    """`ScoredSecrets` alone (no `KeywordSecrets` run before it) finds the same values."""
    from misdirect.content.scorer import ScoredSecrets

    text = "Vælg Hent pakke på skærmen, og tast derefter 7714."
    alone = [(m.start, m.end) for m in ScoredSecrets().find(text, "text")]
    list(KeywordSecrets().find(text, "text"))
    shared = [(m.start, m.end) for m in ScoredSecrets().find(text, "text")]
    list(KeywordSecrets().find("something else entirely", "text"))
    again = [(m.start, m.end) for m in ScoredSecrets().find(text, "text")]
    assert alone == shared == again == [(text.index("7714"), text.index("7714") + 4)]


# -- constructions across lines and fields ----------------------------------------------------------

@pytest.mark.parametrize(("subject", "body", "value"), [
    ("Sign in with QZT-4K8", "The characters in the subject line finish your sign-in.", "QZT-4K8"),
    ("Velkommen i oppgang B - 7306", "Tallene i emnefeltet åpner ytterdøren.", "7306"),
    ("513 882 - bevestig je e-mailadres", "Gebruik de cijfers uit de onderwerpregel.", "513 882"),
])
def test_value_in_the_subject_that_the_body_points_at(subject: str, body: str,
                                                      value: str) -> None:
    email, result = _scan(f"Hello,\n\n{body}\n\nThanks.\n", subject=subject)
    assert value not in result.message.subject
    [f] = [f for f in result.findings if f.code == "secret_in_body"]
    assert (f.check, f.location.field) == ("content.scored_secrets", "subject")


@pytest.mark.parametrize(("subject", "body"), [
    ("Order 4471203 confirmed", "The order number in the subject line is your reference."),
    ("Your ticket 883012", "Thanks for writing to us; we reply within a day."),
    ("Invoice 2025-3310", "Please find the invoice attached."),
])
def test_subject_numbers_without_a_pointer_stay(subject: str, body: str) -> None:
    email, result = _scan(f"Hello,\n\n{body}\n\nThanks.\n", subject=subject)
    assert result.message is email


def test_sentence_wrapped_over_lines_keeps_its_instruction() -> None:
    body = ("Hello,\n\nYour card has arrived. Call us to activate it and type this\n"
            "number when the menu asks for it: 604217\n\nThanks.\n")
    email, result = _scan(body)
    assert "604217" not in (result.message.text or "")


@pytest.mark.parametrize("text", [
    # a label line after an address line is no continuation of its sentence
    "Leveringsadresse: Storgata 7, 3480 Oslo\nKID: 7859759335",
    # a reset link holds the keyword in its path: the link is not a password
    "Choose a new one here:\nhttps://shop.example.nl/nieuw-wachtwoord?t=Hq7vN2xK",
    # a key combination after a password sentence
    "Bytt passordet fra en jobb-PC: Ctrl+Alt+Del, deretter Endre passord.",
    # the year of a date before the keyword
    "Fra den 12. maj 2025 bliver koden til porten skiftet; vi sender den nye i et brev.",
    # a verb that ends its clause does not introduce the next word
    "Ein Kennwort, das Sie auch anderswo nutzen, sollten Sie hier nicht verwenden.",
])
def test_more_look_alikes_change_no_byte(text: str) -> None:
    email, result = _scan(f"Hello,\n\n{text}\n\nThanks.\n")
    assert [f for f in result.findings if f.code == "secret_in_body"] == []
    assert result.message is email


# -- passphrases: words joined by dots or dashes ------------------------------------------------------

@pytest.mark.parametrize(("body", "value"), [
    ("Your new router is live. The passphrase for joining it is printed below.\n\n"
     "lindenwood.quietbrook.saltmarsh\n", "lindenwood.quietbrook.saltmarsh"),
    ("Nätet är klart. Lösenfrasen står här nedanför.\n\nblåklocka-fjärden-ljungheden-27\n",
     "blåklocka-fjärden-ljungheden-27"),
    ("Wi-Fi password:\n    tidewater-pinecone-lanternfish\n", "tidewater-pinecone-lanternfish"),
])
def test_passphrase_with_evidence_is_removed(body: str, value: str) -> None:
    email, result = _scan(f"Hello,\n\n{body}\nThanks.\n")
    assert value not in (result.message.text or "")


@pytest.mark.parametrize("text", [
    # a host name, a dotted path and a dashed compound beside a pointer with no secret named
    "Our new site mail.example.shop is listed below.\n\nnorth-western-railway-works\n",
    "The passphrase is yours to choose; see support.helpdesk.example.com for tips.",
    "Read more about the state-of-the-art tracking below.\n\nwarehouse-dispatch-office\n",
])
def test_word_chains_without_evidence_stay(text: str) -> None:
    email, result = _scan(f"Hello,\n\n{text}\n\nThanks.\n")
    assert [f for f in result.findings if f.code == "secret_in_body"] == []
    assert result.message is email


# -- a copula after a keyword qualified by a preposition ---------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Le mot de passe de la salle de sport est coquelicot.", "coquelicot"),
    ("Das Kennwort für den Gastzugang ist\nSonnenblume. Bitte nicht weitergeben.", "Sonnenblume"),
    ("The password for the staff room is pinewood.", "pinewood"),
])
def test_lone_word_after_a_qualified_keyword_and_copula(text: str, value: str) -> None:
    email, result = _scan(f"Hello,\n\n{text}\n\nThanks.\n")
    assert value not in (result.message.text or "")


@pytest.mark.parametrize("text", [
    "The password for your account is unchanged.",
    "Das Passwort für das WLAN ist dasselbe.",
    "The password of your choice is fine.",
    "Le mot de passe de votre compte est valide.",
    "The password reset for anna is complete.",
])
def test_describing_word_after_a_qualified_keyword_stays(text: str) -> None:
    email, result = _scan(f"Hello,\n\n{text}\n\nThanks.\n")
    assert result.message is email


@pytest.mark.parametrize(("text", "value"), [
    ("Uw tijdelijk paswoord is Zonnebloem-42.", "Zonnebloem-42"),
    ("Ihr Losungswort lautet Kastanienbaum.", "Kastanienbaum"),
])
def test_regional_password_words(text: str, value: str) -> None:
    email, result = _scan(f"Hello,\n\n{text}\n\nThanks.\n")
    assert value not in (result.message.text or "")


def test_now_adverb_between_copula_and_value() -> None:
    email, result = _scan("Bonjour,\n\nVotre mot de passe est désormais glycine, tout en minuscules."
                          "\n\nMerci.\n")
    assert "glycine" not in (result.message.text or "")
    email, result = _scan("Bonjour,\n\nVotre mot de passe est désormais valide.\n\nMerci.\n")
    assert result.message is email


@pytest.mark.parametrize(("text", "removed"), [
    ("Salasanaksesi asetettiin mustikkametsä.", "mustikkametsä"),  # translative + set: a value
    ("Salasanasi vaihdettiin eilen.", None),  # nominative + changed: news, no value
    ("Uudeksi salasanaksesi vaihdettiin tänään.", None),
])
def test_finnish_translative_keyword_with_a_set_verb(text: str, removed: str | None) -> None:
    email, result = _scan(f"Hei,\n\n{text}\n\nKiitos.\n")
    if removed is None:
        assert result.message is email
    else:
        assert removed not in (result.message.text or "")
