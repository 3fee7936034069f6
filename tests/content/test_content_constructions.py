"""Constructions that give a secret without the usual "keyword: value", and their look-alikes.

The failures of blind batch 1 (now development data), rewritten as short cases of the construction
each one stands for: a code after an entry verb with no keyword, a line that ends in a colon or a
copula with the value on the next line, "Answer:" under a security question, backup codes in
capitals, Wi-Fi keys, and words of one language read as another language's copula or verb.
"""

from __future__ import annotations

import pytest
from redaction_helpers import assert_redacted
from redaction_helpers import scan_body as _scan

# (id, text, html, removed, kept)
GIVEN = [
    # an entry verb and a code-shaped value, no keyword in the body
    ("en-enter", "Enter 691204 to finish signing in. It expires in 10 minutes.", None,
        ["691204"], []),
    ("fi-syota", "Syötä 55120934 sovellukseen kirjautuaksesi.", None, ["55120934"], []),
    ("sv-ange", "Ange 310588 i appen för att logga in.", None, ["310588"], []),
    ("no-tast-inn", "Tast inn 774102 i appen for å logge inn.", None, ["774102"], []),
    ("da-indtast", "Indtast 640019 i appen.", None, ["640019"], []),
    ("de-geben-sie", "Geben Sie 902117 in der App ein, um sich anzumelden.", None, ["902117"], []),
    ("fr-saisissez", "Saisissez 118406 dans l'application.", None, ["118406"], []),
    ("es-introduce", "Introduce 447 120 en la app para iniciar sesión.", None, ["447 120"], []),
    ("nl-vul-in", "Vul 0190-4471 in de app in.", None, ["0190-4471"], []),
    ("en-enter-grouped", "Enter 7QX-2K9 when asked.", None, ["7QX-2K9"], []),
    # a line that ends in a colon: the value alone on the next line (also grouped)
    ("en-colon-next-line", None, "<p>Use this code to reset your password:</p><p>418 207</p>",
        ["418 207"], []),
    ("fi-alla-oleva-koodi", "Vahvista osoitteesi syöttämällä alla oleva koodi sovellukseen:\n\n"
        "KD4F-XW27-QP9M\n\nKoodi on voimassa tunnin.", None, ["KD4F-XW27-QP9M"], []),
    ("de-folgenden-code", "Bitte geben Sie den folgenden Code in der App ein:\n\n7R2K-PX4M\n",
        None, ["7R2K-PX4M"], []),
    ("es-siguiente-codigo", "Escribe el siguiente código en la app:\n\n330 917\n", None,
        ["330 917"], []),
    # a line that ends in a copula: the value on the next line
    ("en-is-then-value", "The PIN for the card ending 5896 is\n\n    4105\n\nMemorise it.", None,
        ["4105"], ["5896"]),
    ("sv-ar-then-value", "Koden till kortet •••• 3733 är\n\n    4670\n", None, ["4670"], []),
    ("de-lautet-then-value", "Die PIN für die Karte XXXX 6529 lautet\n\n    3215\n", None,
        ["3215"], []),
    ("fr-est-then-value", "Le code de la carte **** 1865 est\n\n    6561\n", None, ["6561"], []),
    # "Answer:" under a security question
    ("en-answer-label", "Thanks for setting up your security question.\nQuestion: What was the "
        "name of your first pet?\nAnswer: Ashcombe\nYou can change it in Settings.", None,
        ["Ashcombe"], []),
    ("sv-svar-label", None, "<p>Din säkerhetsfråga är sparad.</p><p>Fråga: Vad hette ditt första "
        "husdjur?<br>Svar: Smulan</p>", ["Smulan"], []),
    ("fr-reponse-label", "Votre question secrète est enregistrée.\n\nQuestion : Quel animal ?\n\n"
        "Réponse : Dubois\n", None, ["Dubois"], []),
    ("en-it-is-now", "We have reset your memorable word. It is now oakwood.\nThanks.", None,
        ["oakwood"], []),
    # backup codes in capitals, each under its bare label
    ("en-backup-capitals", "Backup code\n\nVSQD-QLTU-QTZB\n\nSecond backup code\n\n3118-0940\n",
        None, ["VSQD-QLTU-QTZB", "3118-0940"], []),
    ("fi-varakoodi", "Varakoodi\n\n2809-1461\n\nToinen varakoodi\n\nTNB-LTL\n", None,
        ["2809-1461", "TNB-LTL"], []),
    # other forms of keywords
    ("fi-pin1", "PIN1: 2773\nPUK1: 88931758\nTilaus TIL-220915", None, ["2773", "88931758"],
        ["TIL-220915"]),
    ("fi-tunnusluvuksi-asetettu", "Kortin •••• 9228 tunnusluvuksi on asetettu 8772.", None,
        ["8772"], ["9228"]),
    ("de-wlan-schluessel", "WLAN-Schlüssel: kz92CSmD\nSendung RR722049353DE", None,
        ["kz92CSmD"], ["RR722049353DE"]),
    ("fr-cle-wifi", "Clé Wi-Fi : FLacTE3b", None, ["FLacTE3b"], []),
    ("en-wifi-key", "Wi-Fi key: Harbour7Gate", None, ["Harbour7Gate"], []),
    ("es-numero-secreto", "Tu número secreto\n\n6994\n", None, ["6994"], []),
    ("es-inicio-de-sesion", "Código de inicio de sesión: 968952", None, ["968952"], []),
    ("es-contrasena-inicial", "La contraseña inicial es mariposa.", None, ["mariposa"], []),
    # compounds that end in the code word, derived by rule, and Finnish plural stems
    ("de-tuercode", "Ihr Türcode lautet 4821.", None, ["4821"], []),
    ("de-anmeldecode", "Ihr Anmeldecode: 482913", None, ["482913"], []),
    ("fi-porttikoodisi", "Porttikoodisi on 4821.", None, ["4821"], []),
    ("sv-dorrkoden", "Dörrkoden är 4821.", None, ["4821"], []),
    ("da-dorkode", "Din dørkode er 4821.", None, ["4821"], []),
    ("nl-deurcode", "Uw deurcode is 4821.", None, ["4821"], []),
    ("fi-vahvistuskoodeja", "Vahvistuskoodeja: 482913", None, ["482913"], []),
    ("da-wifi-adgangskode", "Wi-fi-adgangskode: utzf9948M\nPakkenummer RR183810410DK", None,
        ["utzf9948M"], ["RR183810410DK"]),
]


@pytest.mark.parametrize(("case_id", "text", "html", "removed", "kept"), GIVEN,
                         ids=[c[0] for c in GIVEN])
def test_secret_is_redacted(case_id: str, text: str | None, html: str | None,
                            removed: list[str], kept: list[str]) -> None:
    assert_redacted(text, html, removed, kept)


QUIET = [
    # an apostrophe in a word is no password
    "If you didn't ask for a reset, ignore this email - your password won't change.",
    # a word of another language: Finnish "on" after an English keyword, French "entre" in Spanish
    "You changed the answer to your security question on Jun 9, 2024.",
    "Recuerda que la contraseña distingue entre mayúsculas y minúsculas.",
    # a security answer that is described, not given
    "Svaret på sikkerhetsspørsmålet er oppdatert.",
    "Svaret på dit sikkerhedsspørgsmål er opdateret.",
    # "Answer:" without a security question before it
    "Kan jag byta lösenord?\nSvar: Ja, under Inställningar.",
    "Answer: we reply within one working day.",
    # an entry verb before something that is not a code
    "Enter SAVE20 at checkout for 20% off.",
    "Please enter 12 characters or more.",
    "Enter 0800 123 456 in your phone's contacts.",
    "Enter 0401234567 as your contact number.",
    # a phone number under a colon line
    "Questions about your code:\n0800 123 456",
    "Your code:\n0800 123 456",
    # compounds that name another kind of code
    "Der Rabattcode lautet 48211.",
    "Sommerrabattcode: 48211",
    "Alennuskoodi: 48211",
    "Fehlercode: 404123",
    "Track & trace-code: CD622140149NL",
    "Postcode 1234 AB",
    "Streckkoden är 7318000012345.",
]


@pytest.mark.parametrize("text", QUIET, ids=[q[:40] for q in QUIET])
def test_look_alike_is_left_alone(text: str) -> None:
    email, result = _scan(f"Hello,\n\n{text}\n\nOrder 5520193\n")
    assert [f for f in result.findings if f.code == "secret_in_body"] == []
    assert result.message is email
