"""Real-looking transactional messages in every supported language.

Each row: the message, the values that must be gone after `scan`, and the values that must stay byte
for byte. The phrasing here is written independently of benchmarks/content_corpus.py.
"""

from __future__ import annotations

import pytest

from misdirect.content import scan
from misdirect.models import OutboundEmail

CASES = [
    # id, subject, text, html, removed, kept
    ("en-welcome-sim", "Welcome to Nordtel", (
        "Hi Sam,\n\nThanks for your order 5520193 (total £24.99).\n"
        "Your SIM card PIN is 7316 and the PUK is 40918273.\n"
        "If you forget your PIN, call 0800 028 0281.\n"), None,
        ["7316", "40918273"], ["5520193", "£24.99", "0800 028 0281"]),
    ("en-reset-far", "Account update", (
        "We created a temporary password for you; use Tulip-Harbor9 when you first sign in.\n"
        "Your password was changed on 03.11.2025 at 08:15.\n"), None,
        ["Tulip-Harbor9"], ["03.11.2025", "08:15"]),
    ("en-letters-only", "", "Your new password is: marmalade\nDelivery to SW1A 2AA on 4 May.",
        None, ["marmalade"], ["SW1A 2AA"]),
    ("en-otp-subject", "Your sign-in code: 662 019", "Someone asked to sign in from Oslo.", None,
        ["662 019"], []),
    ("en-security-answer", "", "Security answer: Biscuit\nReference RF18 5390 0754 7034",
        None, ["Biscuit"], ["RF18 5390 0754 7034"]),
    ("fi-tilaus", "Tilausvahvistus 448120", (
        "Hei Aino,\n\nkiitos tilauksestasi 448120. Liittymäsi PIN-koodi on 2580 ja "
        "PUK-koodi 11223344.\nSalasanasi: Mökki2024!\nToimitamme osoitteeseen 33100 Tampere.\n"
        "Asiakaspalvelu 010 190 190\n"), None,
        ["2580", "11223344", "Mökki2024!"], ["448120", "33100", "010 190 190"]),
    ("fi-tunnusluku", "", "Uuden korttisi tunnusluku: 9045\nKortti toimitetaan 5.6.2025.", None,
        ["9045"], ["5.6.2025"]),
    ("fi-hetu", "", "Henkilötunnuksesi 131052-308T on tallennettu. Viite 12345 67890 12344.",
        None, ["131052-308T"], ["12345 67890 12344"]),
    ("fi-html-table", "Tunnuksesi", None, (
        "<table><tr><td>Käyttäjätunnus</td><td>aino.k</td></tr>"
        "<tr><td>Salasana</td><td><b>kesäyö</b></td></tr>"
        "<tr><td>Tilausnumero</td><td>A-77120</td></tr></table>"),
        ["kesäyö"], ["aino.k", "A-77120"]),
    ("sv-valkommen", "Välkommen", (
        "Hej Lars!\nDitt lösenord är Fjäril88 och PIN-koden är 6421.\n"
        "Ordernummer 80017733, totalt 349 kr. Leverans till 114 55 Stockholm.\n"), None,
        ["Fjäril88", "6421"], ["80017733", "349 kr", "114 55"]),
    ("sv-personnummer", "", "Vi har registrerat personnummer 811218-9876 på ditt konto.", None,
        ["811218-9876"], []),
    ("sv-engangskod-br", "", None, "Din engångskod:<br>   <strong>902 114</strong><br>Gäller i 10 "
        "minuter.", ["902 114"], ["10"]),
    ("no-passord", "Ny bruker", (
        "Hei Kari,\nPassordet ditt er nå Saltfjell7\nEngangskode: 551 302\n"
        "Fødselsnummer: 15058810042\nOrdrenummer 88213, kundenummer 44120.\n"), None,
        ["Saltfjell7", "551 302", "15058810042"], ["88213", "44120"]),
    ("da-kodeord", "Velkommen", (
        "Hej Mette,\nDit midlertidige kodeord: strandvej\nCPR: 010180-1234\n"
        "Ring 70 10 20 30 hvis du har spørgsmål.\n"), None,
        ["strandvej", "010180-1234"], ["70 10 20 30"]),
    ("de-zugang", "Ihre Zugangsdaten", (
        "Guten Tag Herr Maier,\nIhr Kennwort lautet: Alpen#Glühen3\n"
        "Ihre Geheimzahl: 8830\nBestellnummer 2024-55190, Betrag 129,90 EUR, PLZ 80331.\n"
        "Ihr Passwort wurde am 12.03.2025 geändert.\n"), None,
        ["Alpen#Glühen3", "8830"], ["2024-55190", "129,90", "80331", "12.03.2025"]),
    ("de-einmalcode-html", "", None, (
        "<p>Ihr Einmalcode&nbsp;lautet <span style=\"font-size:20px\">3&#52;9 917</span></p>"
        "<p>Sendungsnummer 00340434161094042557</p>"), ["349 917"], ["00340434161094042557"]),
    ("fr-compte", "Votre compte", (
        "Bonjour,\nVotre mot de passe provisoire est : Liseron42\nCode PIN : 1357\n"
        "Commande n° 774412, livraison au 75011 Paris le 14/02/2025.\n"), None,
        ["Liseron42", "1357"], ["774412", "75011", "14/02/2025"]),
    ("es-cuenta", "Tu cuenta", (
        "Hola Marta,\nTu contraseña temporal: Olivo_2025\nCódigo de verificación: 730 448\n"
        "Pedido 99120, importe 45,00 €, teléfono 912 345 678.\n"), None,
        ["Olivo_2025", "730 448"], ["99120", "45,00 €", "912 345 678"]),
    ("nl-account", "Uw account", (
        "Beste Joost,\nUw tijdelijke wachtwoord is: Grachten9\nUw pincode: 2468\n"
        "Bestelnummer 312-55-901, bezorging naar 1012 AB Amsterdam.\n"), None,
        ["Grachten9", "2468"], ["312-55-901", "1012 AB"]),
    ("card-number", "Receipt", "Paid with card 4111 1111 1111 1111 on 2025-01-04. Order 77120.",
        None, ["4111 1111 1111 1111"], ["2025-01-04", "77120"]),
    ("html-column", "", None, (
        "<table><tr><th>Username</th><th>Password</th><th>PIN</th></tr>"
        "<tr><td>jdoe</td><td>Rk7!pq2Z</td><td>0402</td></tr></table>"),
        ["Rk7!pq2Z", "0402"], ["jdoe"]),
]


def _visible(email: OutboundEmail) -> str:
    from html.parser import HTMLParser

    parts = [email.subject, email.text or ""]

    class P(HTMLParser):
        def handle_data(self, data: str) -> None:
            parts.append(data)

    if email.html:
        p = P(convert_charrefs=True)
        p.feed(email.html)
    return "\n".join(parts)


@pytest.mark.parametrize(("case_id", "subject", "text", "html", "removed", "kept"), CASES,
                         ids=[c[0] for c in CASES])
def test_message(case_id: str, subject: str, text: str | None, html: str | None,
                 removed: list[str], kept: list[str]) -> None:
    email = OutboundEmail(customer_id="c1", to=["a@example.com"], subject=subject, text=text,
                          html=html)
    result = scan(email)
    out = _visible(result.message)
    for value in removed:
        assert value not in out, f"{value!r} was not redacted"
    for value in kept:
        assert value in out, f"{value!r} was removed"
    assert len([f for f in result.findings if f.code == "secret_in_body"]) >= len(removed)
    for f in result.findings:
        for value in removed:
            assert value not in f.explanation
