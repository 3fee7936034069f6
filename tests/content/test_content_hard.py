"""The hard cases of issue 10: sentences about a secret that give none, and secrets that used to slip.

Written from the issue's description and ordinary letters in the nine languages, independently of
the benchmark corpora. A *quiet* row must produce no finding and change no byte; a *secret* row must
lose every listed value and keep every listed distractor.
"""

from __future__ import annotations

import pytest
from redaction_helpers import assert_redacted
from redaction_helpers import scan_body as _scan

# Sentences about a secret that give none: warnings, change notices, instructions, delivery
# notices, rules, in every language and several inflections.
QUIET = {
    "en": [
        "Never share your password with anyone.",
        "We will never ask for your PIN by phone or e-mail.",
        "Your password was changed on 3.4.2025.",
        "Your password has been reset successfully.",
        "You can change your password in the self-service portal.",
        "If you forget your PIN, call 0800 123 456.",
        "The PIN arrives by post in a separate letter.",
        "Your PIN code will be sent to you separately by post.",
        "Your password must be at least 12 characters long.",
        "Your password is case-sensitive.",
        "Your password is confidential.",
        "Keep your PIN code safe and do not write it down.",
        "The verification code is valid for 10 minutes.",
        "The code expires in 15 minutes.",
        "Enter the code from the text message in the app.",
        "If you did not request a verification code, ignore this message.",
        "Use your PIN to activate the card at any cash machine.",
        "Choose a new password when you sign in for the first time.",
        "Forgot your password? Reset it at https://example.com/reset",
        "Your postal code 90210 has been updated.",
        "Use the discount code SUMMER25 at checkout.",
        "Your password is the one you chose when you registered.",
        "Type the code we sent you.",
        "The PIN is the same as before.",
        'Type your password carefully.',
        'Use a password manager to keep your passwords safe.',
        'Use code SAVE20 for 20% off your next order.',
        'Your password is printed below.\n\nThanks!',
        'Your PIN will follow below.\n\nKind regards',
        'Your password remains unchanged.',
        'Reference code: RF18 5390 0754 7034',
        'Your booking code is ABC123.',
        'You have 3 attempts left to enter your PIN.',
        'Your PIN code is sent to 33100 Tampere.',
        'The code of conduct is available at https://example.com/conduct',
        'The PIN for your card arrives on 12.5.2025.',
        'Postal code is 00100',
        'The password for your account is the same as before.',
        'Password: your choice',
        'Type your password carefully.',
        'The password reset for account 44120 is complete.',
        'Track your parcel: https://example.com/t?id=5520193&ref=abc',
        'Use code SAVE20 now',
        'Your password was reset. Ticket: INC0012345',
        'Your password was changed. Questions? Contact: support',
        'Shop now: https://shop.example.com/?code=SPRING20',
    ],
    "fi": [
        "Älä koskaan kerro salasanaasi kenellekään.",
        "Emme koskaan kysy PIN-koodiasi puhelimessa.",
        "Salasanasi vaihdettiin 3.4.2025.",
        "Salasanasi on vaihdettu onnistuneesti.",
        "Voit vaihtaa salasanasi OmaPalvelussa.",
        "Jos unohdat PIN-koodisi, soita numeroon 010 123 4567.",
        "PIN-koodi saapuu postitse erillisessä kirjeessä.",
        "Tunnusluku lähetetään sinulle erikseen postitse.",
        "Salasanan tulee olla vähintään 12 merkkiä pitkä.",
        "Salasanasi on henkilökohtainen.",
        "Säilytä tunnuslukusi huolellisesti.",
        "Vahvistuskoodi on voimassa 10 minuuttia.",
        "Koodi vanhenee 15 minuutissa.",
        "Syötä tekstiviestillä saamasi koodi sovellukseen.",
        "Jos et pyytänyt vahvistuskoodia, voit jättää viestin huomiotta.",
        "Käytä PIN-koodiasi kortin aktivointiin.",
        "Valitse uusi salasana ensimmäisellä kirjautumiskerralla.",
        "Unohditko salasanasi? Vaihda se osoitteessa https://example.fi/salasana",
        "Käytä alennuskoodia KESA25 kassalla.",
        "Salasanallasi pääset kirjautumaan palveluun.",
        'Käytä salasanaasi vain meidän sivuillamme.',
        'Anna salasanasi vain itse.',
        'Salasanasi on edelleen voimassa.',
        'Koodi: KESA2025',
        'PIN-koodi on lähetetty 12.3.2025.',
        'Salasana: valitsemasi',
        'Käytä salasanaasi vain täällä.',
        'Koodi: ALE20',
        'Salasanasi vaihdettiin. Lisätietoja: asiakaspalvelu',
    ],
    "sv": [
        "Dela aldrig ditt lösenord med någon.",
        "Vi frågar aldrig efter din PIN-kod i telefon.",
        "Ditt lösenord ändrades 3.4.2025.",
        "Lösenordet har återställts.",
        "Du kan byta lösenord i självserviceportalen.",
        "Om du glömmer din PIN-kod, ring 0771-123 456.",
        "PIN-koden kommer med posten i ett separat brev.",
        "Lösenordet måste vara minst 12 tecken långt.",
        "Lösenordet är personligt.",
        "Verifieringskoden är giltig i 10 minuter.",
        "Koden gäller i 15 minuter.",
        "Ange koden från sms:et i appen.",
        "Använd din PIN-kod för att aktivera kortet.",
        "Glömt lösenordet? Återställ det på https://example.se/losenord",
        "Använd rabattkoden VAR25 i kassan.",
        'Ditt lösenord är ändrat.',
        'Lösenordet är för kort.',
        'Använd ditt lösenord varsamt.',
        'Lösenordet har ändrats. Kontakt: kundtjänst',
    ],
    "no": [
        "Del aldri passordet ditt med noen.",
        "Vi spør aldri om PIN-koden din på telefon.",
        "Passordet ditt ble endret 3.4.2025.",
        "Passordet er tilbakestilt.",
        "Du kan endre passordet i selvbetjeningsportalen.",
        "Hvis du glemmer PIN-koden, ring 915 00 000.",
        "PIN-koden kommer i posten i et eget brev.",
        "Passordet må være minst 12 tegn langt.",
        "Passordet er personlig.",
        "Engangskoden er gyldig i 10 minutter.",
        "Koden utløper om 15 minutter.",
        "Skriv inn koden fra SMS-en i appen.",
        "Bruk PIN-koden din for å aktivere kortet.",
        "Bruk rabattkoden VAR25 i kassen.",
        'Passordet ditt er endret.',
        'Passordet ditt er fortsatt gyldig.',
    ],
    "da": [
        "Del aldrig din adgangskode med nogen.",
        "Vi spørger aldrig om din pinkode i telefonen.",
        "Din adgangskode blev ændret den 3.4.2025.",
        "Adgangskoden er nulstillet.",
        "Du kan ændre din adgangskode i selvbetjeningen.",
        "Hvis du glemmer din pinkode, så ring 70 10 20 30.",
        "Pinkoden kommer med posten i et separat brev.",
        "Adgangskoden skal være mindst 12 tegn lang.",
        "Adgangskoden er personlig.",
        "Bekræftelseskoden er gyldig i 10 minutter.",
        "Koden udløber om 15 minutter.",
        "Indtast koden fra sms'en i appen.",
        "Brug din pinkode til at aktivere kortet.",
        "Brug rabatkoden SOMMER25 ved kassen.",
        'Din adgangskode er ændret.',
        'Brug din adgangskode omhyggeligt.',
    ],
    "de": [
        "Geben Sie Ihr Passwort niemals weiter.",
        "Wir fragen niemals telefonisch nach Ihrer PIN.",
        "Ihr Passwort wurde am 3.4.2025 geändert.",
        "Ihr Kennwort wurde erfolgreich zurückgesetzt.",
        "Sie können Ihr Passwort im Kundenportal ändern.",
        "Falls Sie Ihre PIN vergessen, rufen Sie 0800 123 4567 an.",
        "Die PIN erhalten Sie per Post in einem separaten Brief.",
        "Ihre neue Geheimzahl wird Ihnen gesondert per Post zugesandt.",
        "Das Passwort muss mindestens 12 Zeichen lang sein.",
        "Ihr Passwort ist vertraulich.",
        "Der Bestätigungscode ist 10 Minuten gültig.",
        "Der Code verfällt nach 15 Minuten.",
        "Geben Sie den Code aus der SMS in der App ein.",
        "Verwenden Sie Ihre PIN, um die Karte zu aktivieren.",
        "Passwort vergessen? Setzen Sie es unter https://example.de/passwort zurück.",
        "Nutzen Sie den Gutscheincode SOMMER25 an der Kasse.",
        "Ihr Initialpasswort haben Sie bereits per Post erhalten.",
        'Ihr Passwort ist nun aktiv.',
        'Dein Passwort ist abgelaufen.',
        'Verwenden Sie Ihr Passwort sorgfältig.',
        'Ihr Passwort ist weiterhin gültig.',
        'Ihr Passwort wurde auf der Webseite geändert.',
        'Passwort: Ihr gewähltes',
        'Ihr Passwort wurde geändert. Fragen: Kundenservice',
    ],
    "fr": [
        "Ne communiquez jamais votre mot de passe.",
        "Nous ne vous demanderons jamais votre code PIN par téléphone.",
        "Votre mot de passe a été modifié le 3.4.2025.",
        "Votre mot de passe a bien été réinitialisé.",
        "Vous pouvez modifier votre mot de passe dans l'espace client.",
        "Si vous oubliez votre code PIN, appelez le 01 23 45 67 89.",
        "Le code PIN vous parviendra par courrier séparé.",
        "Le mot de passe doit contenir au moins 12 caractères.",
        "Votre mot de passe est personnel.",
        "Le code de vérification est valable 10 minutes.",
        "Le code expire dans 15 minutes.",
        "Saisissez le code reçu par SMS dans l'application.",
        "Utilisez le code promo ETE25 lors du paiement.",
        'Votre mot de passe est bloqué.',
        'Utilisez votre mot de passe uniquement sur notre site.',
        'Le code promo est ETE25.',
        'Votre code client est 44120.',
    ],
    "es": [
        "Nunca comparta su contraseña con nadie.",
        "Nunca le pediremos su PIN por teléfono.",
        "Su contraseña fue cambiada el 3.4.2025.",
        "Su contraseña se ha restablecido correctamente.",
        "Puede cambiar su contraseña en el portal de clientes.",
        "Si olvida su PIN, llame al 900 123 456.",
        "El PIN llegará por correo en una carta aparte.",
        "La contraseña debe tener al menos 12 caracteres.",
        "Su contraseña es personal.",
        "El código de verificación es válido durante 10 minutos.",
        "El código caduca en 15 minutos.",
        "Introduzca el código recibido por SMS en la aplicación.",
        "Use el código de descuento VERANO25 al pagar.",
        'Su contraseña está bloqueada.',
        'Su contraseña ha caducado.',
        'El código de seguimiento es 5520193.',
    ],
    "nl": [
        "Deel uw wachtwoord nooit met anderen.",
        "Wij vragen nooit telefonisch naar uw pincode.",
        "Uw wachtwoord is gewijzigd op 3.4.2025.",
        "Uw wachtwoord is opnieuw ingesteld.",
        "U kunt uw wachtwoord wijzigen in het klantportaal.",
        "Als u uw pincode vergeet, bel dan 020 123 4567.",
        "De pincode ontvangt u per post in een aparte brief.",
        "Het wachtwoord moet minimaal 12 tekens lang zijn.",
        "Uw wachtwoord is persoonlijk.",
        "De verificatiecode is 10 minuten geldig.",
        "De code verloopt over 15 minuten.",
        "Voer de code uit de sms in de app in.",
        "Gebruik de kortingscode ZOMER25 bij het afrekenen.",
        'Uw wachtwoord is vervallen.',
        'Uw wachtwoord is verlopen.',
        'De code van uw bestelling is 5520193.',
    ],
}
QUIET_ROWS = [(lang, s) for lang, rows in QUIET.items() for s in rows]



@pytest.mark.parametrize(("lang", "sentence"), QUIET_ROWS,
                         ids=[f"{lang}:{s[:40]}" for lang, s in QUIET_ROWS])
def test_sentence_about_a_secret_is_left_alone(lang: str, sentence: str) -> None:
    text = f"Hello,\n\n{sentence}\n\nOrder 5520193\n"
    email, result = _scan(text)
    assert [f for f in result.findings if f.code == "secret_in_body"] == []
    assert result.message is email


@pytest.mark.parametrize(("lang", "sentence"), QUIET_ROWS[::3],
                         ids=[f"{lang}:{s[:40]}" for lang, s in QUIET_ROWS[::3]])
def test_sentence_about_a_secret_is_left_alone_in_html(lang: str, sentence: str) -> None:
    import html as _html

    email, result = _scan(html=f"<p>Hello,</p><p>{_html.escape(sentence)}</p><p>Order 5520193</p>")
    assert [f for f in result.findings if f.code == "secret_in_body"] == []
    assert result.message is email


# Secrets that used to slip through: (id, text, html, removed, kept)
SECRETS = [
    # codes without a qualifying word, introduced by an instruction or a copula
    ("en-enter-code", "Enter the code 482913 in the app to continue.", None, ["482913"], []),
    ("en-code-is", "Hi Sam,\nthe code is 482913.\nOrder 5520193", None, ["482913"], ["5520193"]),
    ("en-code-grouped", "Your code: 8KX-29Q\nTotal £24.99", None, ["8KX-29Q"], ["£24.99"]),
    ("en-code-random-letters", "Enter the code K7XQ2P in the app.", None, ["K7XQ2P"], []),
    ("en-type-code", "Type code 771 204 when the app asks for it.", None, ["771 204"], []),
    ("fi-syota-koodi", "Syötä koodi 482913 sovellukseen.", None, ["482913"], []),
    ("fi-koodisi-on", "Koodisi on 604 118. Tilausnumero 448120.", None, ["604 118"], ["448120"]),
    ("sv-ange-koden", "Ange koden 482913 i appen.", None, ["482913"], []),
    ("sv-koden-ar", "Koden är 7XK-42M.\nOrdernummer 80017733", None, ["7XK-42M"], ["80017733"]),
    ("no-tast-koden", "Tast inn koden 482913 i appen.", None, ["482913"], []),
    ("no-koden-er", "Koden din er 309 551.", None, ["309 551"], []),
    ("da-indtast-koden", "Indtast koden 482913 i appen.", None, ["482913"], []),
    ("da-koden-er", "Din kode er 552 019.", None, ["552 019"], []),
    ("de-code-lautet", "Der Code lautet 482913.", None, ["482913"], []),
    ("de-geben-code-ein", "Geben Sie den Code 8KX-29Q in der App ein.", None, ["8KX-29Q"], []),
    ("fr-code-est", "Votre code est 482913.", None, ["482913"], []),
    ("fr-saisissez-code", "Saisissez le code 730 448 dans l'application.", None, ["730 448"], []),
    ("es-codigo-es", "El código es 482913.", None, ["482913"], []),
    ("es-introduzca-codigo", "Introduzca el código 8KX-29Q en la aplicación.", None,
        ["8KX-29Q"], []),
    ("nl-code-is", "De code is 482913.", None, ["482913"], []),
    ("nl-voer-code-in", "Voer de code 552 019 in de app in.", None, ["552 019"], []),
    # a value on a later line or block, after a phrase that points at it
    ("en-pin-below", "Your PIN is printed below.\n\n4821\n\nKind regards", None, ["4821"], []),
    ("en-password-underneath", "Find your password underneath:\n\nTulip-Harbor9\n", None,
        ["Tulip-Harbor9"], []),
    ("en-below-html", None, "<p>Your one-time code is shown below.</p><p><b>552 019</b></p>"
        "<p>Order 5520193</p>", ["552 019"], ["5520193"]),
    ("fi-alla", "Tunnuslukusi on alla.\n\n7316\n", None, ["7316"], []),
    ("fi-alla-salasana", "Löydät väliaikaisen salasanasi alta:\n\nKesä-Loma24\n", None,
        ["Kesä-Loma24"], []),
    ("sv-nedan", "Din PIN-kod står nedan.\n\n6421\n", None, ["6421"], []),
    ("no-nedenfor", "Du finner passordet ditt nedenfor.\n\nSaltfjell7\n", None, ["Saltfjell7"], []),
    ("da-nedenfor", "Din pinkode står nedenfor.\n\n9031\n", None, ["9031"], []),
    ("de-unten", None, "<p>Ihre PIN finden Sie unten.</p><p><strong>8830</strong></p>",
        ["8830"], []),
    ("fr-ci-dessous", "Votre code PIN figure ci-dessous.\n\n1357\n", None, ["1357"], []),
    ("es-a-continuacion", "Su PIN aparece a continuación.\n\n2468\n", None, ["2468"], []),
    ("nl-hieronder", "Uw pincode staat hieronder.\n\n2468\n", None, ["2468"], []),
    ("fi-alle", "PIN-koodisi on tulostettu alle.\n\n4821", None, ["4821"], []),
    ("de-weiter-unten", "Ihr Passwort finden Sie weiter unten.\n\nBerg7See!", None, ["Berg7See!"],
        []),
    ("en-below-spaced", "Your PIN is printed below.\n\n4 8 2 1\n", None, ["4 8 2 1"], []),
    ("en-below-after-prose", "Your PIN is printed below.\n\nPlease keep it safe.\n\n4821", None,
        ["4821"], []),
    ("sv-langre-ner", "Lösenordet finns längre ner.\n\nFjäril88", None, ["Fjäril88"], []),
    # inflected and compound forms
    ("fi-salasanallasi", "Salasanallasi Mökki2024! pääset sisään.", None, ["Mökki2024!"], []),
    ("fi-tunnuslukunne", "Tunnuslukunne on 9045.", None, ["9045"], []),
    ("fi-pin-koodinne", "PIN-koodinne: 3308", None, ["3308"], []),
    ("sv-pinkoden", "Pinkoden är 6421.", None, ["6421"], []),
    ("sv-losenorden", "Lösenordet till kontot är Fjäril88.", None, ["Fjäril88"], []),
    ("no-pinkoden", "Pinkoden din er 5521.", None, ["5521"], []),
    ("da-kodeordet", "Kodeordet er Strand-Vej7.", None, ["Strand-Vej7"], []),
    ("da-adgangskoden", "Adgangskoden til din konto er Havn2025.", None, ["Havn2025"], []),
    ("de-kartenpin", "Ihre Karten-PIN lautet 4410.", None, ["4410"], []),
    ("de-onlinebanking-passwort", "Ihr Onlinebanking-Passwort: Alpen#Glühen3", None,
        ["Alpen#Glühen3"], []),
    ("de-startkennwort", "Ihr Startkennwort lautet Berg7See", None, ["Berg7See"], []),
    ("nl-pincode", "Je nieuwe pincode is 7788.", None, ["7788"], []),
    # letters-only passwords after a copula
    ("en-letters", "Your new password is lumihiutale.", None, ["lumihiutale"], []),
    ("en-letters-temp", "Your temporary password is marmalade. Please change it.", None,
        ["marmalade"], []),
    ("fi-letters", "Uusi salasanasi on lumihiutale.", None, ["lumihiutale"], []),
    ("sv-letters", "Ditt nya lösenord är blåbärssylt.", None, ["blåbärssylt"], []),
    ("no-letters", "Ditt nye passord er fjellbekk.", None, ["fjellbekk"], []),
    ("da-letters", "Din nye adgangskode er havfrue.", None, ["havfrue"], []),
    ("de-letters", "Ihr neues Passwort lautet sonnenblume.", None, ["sonnenblume"], []),
    ("fr-letters", "Votre nouveau mot de passe est papillon.", None, ["papillon"], []),
    ("es-letters", "Su nueva contraseña es mariposa.", None, ["mariposa"], []),
    ("nl-letters", "Uw nieuwe wachtwoord is vlinderstruik.", None, ["vlinderstruik"], []),
    # "set to", a prepositional phrase before the copula, digits spaced out, a brand before "code"
    ("en-set-to", "Your new PIN has been set to 4821.", None, ["4821"], []),
    ("en-reset-to", "Your password has been reset to Tulip-9x.", None, ["Tulip-9x"], []),
    ("sv-andrats-till", "Ditt lösenord har ändrats till Fjäril88.", None, ["Fjäril88"], []),
    ("de-wurde-auf", "Ihre PIN wurde auf 4821 geändert.", None, ["4821"], []),
    ("nl-gewijzigd-in", "Uw wachtwoord is gewijzigd in Grachten9.", None, ["Grachten9"], []),
    ("en-for-banking-is", "Your password for online banking is Xk7#pq2L.", None, ["Xk7#pq2L"],
        []),
    ("da-koden-til-er", "Koden til at logge ind er 482913.", None, ["482913"], []),
    ("fr-code-pour-est", "Le code pour vous connecter est 482913.", None, ["482913"], []),
    ("en-spaced-digits", None, "<p>Your verification code</p><p>4 8 2 9 1 3</p>",
        ["4 8 2 9 1 3"], []),
    ("en-brand-code", "Your Telia code: 482913", None, ["482913"], []),
    # presenting words before a possessive keyword; adjectives that keep a code secret
    ("en-heres-your-code", "Here's your code 482913", None, ["482913"], []),
    ("fi-tassa-koodisi", "Tässä koodisi 482913", None, ["482913"], []),
    ("de-hier-ist-ihr-code", "Hier ist Ihr Code 482913", None, ["482913"], []),
    ("es-aqui-esta", "Aquí está tu código 482913", None, ["482913"], []),
    ("en-enter-your-code", "Enter your code 482913 in the app.", None, ["482913"], []),
    ("nl-persoonlijke-code", "Uw persoonlijke code is 4821", None, ["4821"], []),
    ("nl-activatiecode", "Je activatiecode: 482913", None, ["482913"], []),
    # a header row made of <td> cells: the value is in the keyword's column of the next row
    ("td-header-row", None, "<table><tr><td>Tunnus</td><td>Salasana</td></tr>"
        "<tr><td>aino.k</td><td>Kesä-Loma24</td></tr></table>", ["Kesä-Loma24"], ["aino.k"]),
    ("td-header-row-three", None, "<table><tr><td>Username</td><td>PIN</td><td>Order</td></tr>"
        "<tr><td>jdoe</td><td>4821</td><td>5520193</td></tr></table>", ["4821"],
        ["jdoe", "5520193"]),
    ("blank-paragraph-between", None, "<p>Your PIN code</p>\n<p>&nbsp;</p>\n<p><b>4821</b></p>",
        ["4821"], []),
    # plain-text emphasis and quoting around a label or a value
    ("markdown-bold-label", "**PIN:** 4821\nOrder 5520193", None, ["4821"], ["5520193"]),
    ("markdown-value", "Salasana: *Kesä-Loma24*", None, ["Kesä-Loma24"], []),
    ("quoted-reply", "> Your code: 482913", None, ["482913"], []),
    ("es-codigo-para", "El código para acceder es 482913.", None, ["482913"], []),
    # a lone word after a later sentence's colon, and after an instruction with a pronoun
    ("es-aqui-esta-colon", "Hemos creado una contraseña nueva para su cuenta. Aquí está: amapola",
        None, ["amapola"], []),
    ("de-verwenden-sie", "Wir haben ein Passwort für Sie erstellt; verwenden Sie himmelblau bei "
        "der ersten Anmeldung.", None, ["himmelblau"], []),
    # a URL written out in a text body, with a secret query parameter
    ("text-url-pw", "Sign in here: https://example.com/login?user=jdoe&pw=Tulip-9x&lang=en",
        None, ["Tulip-9x"], ["user=jdoe", "lang=en"]),
    ("en-here-it-is", "A new password has been set for your account. Here it is: sunflower", None,
        ["sunflower"], []),
    ("en-when-asked", "To sign in, enter this verification code when asked: 621563", None,
        ["621563"], []),
    # the value ends where it ends: "<", "&" and entities are part of it
    ("text-lt-amp", "Salasana: Kesä&2024<x>\nTilaus 448120", None, ["Kesä&2024<x>"], ["448120"]),
    ("html-entities", None, "<p>Salasana: Kesä&amp;2024&lt;x&gt;</p><p>Tilaus 448120</p>",
        ["Kesä&2024<x>"], ["448120"]),
]



@pytest.mark.parametrize(("case_id", "text", "html", "removed", "kept"), SECRETS,
                         ids=[c[0] for c in SECRETS])
def test_secret_is_redacted(case_id: str, text: str | None, html: str | None,
                            removed: list[str], kept: list[str]) -> None:
    assert_redacted(text, html, removed, kept)


# Keyword-anchored secrets in attributes a client shows or follows (issue 12 part 5):
# (id, html, removed from the raw HTML, kept in the raw HTML)
ATTRIBUTES = [
    ("title", '<a title="Password: Tulip-9x" href="https://example.com/">Sign in</a>',
        ["Tulip-9x"], ['href="https://example.com/"', "Sign in"]),
    ("alt", '<img alt="PIN-koodi: 4821" src="pin.png">', ["4821"], ['src="pin.png"']),
    ("value-entities", '<input type="text" value="Salasana: Kes&auml;&amp;2024">',
        ["Kes&auml;&amp;2024"], ['type="text"']),
    ("href-query", '<a href="https://example.com/login?user=ab&amp;pw=Tulip-9x&amp;lang=fi">x</a>',
        ["Tulip-9x"], ["user=ab", "lang=fi"]),
    ("src-query", "<img src='https://example.com/t.gif?id=5520193&salasana=Kes%C3%A4-24'>",
        ["Kes%C3%A4-24"], ["id=5520193"]),
    ("password-field", '<input type="password" value="Tulip-9x"><input type="text" value="jdoe">',
        ["Tulip-9x"], ['value="jdoe"']),
    ("href-pin", '<a href="https://example.com/activate?card=77120&PIN=4821#top">x</a>',
        ["4821"], ["card=77120", "#top"]),
]


@pytest.mark.parametrize(("case_id", "html", "removed", "kept"), ATTRIBUTES,
                         ids=[c[0] for c in ATTRIBUTES])
def test_secret_in_attribute_is_redacted(case_id: str, html: str, removed: list[str],
                                         kept: list[str]) -> None:
    from html.parser import HTMLParser

    _, result = _scan(html=html)
    out = result.message.html
    assert out is not None
    for value in removed:
        assert value not in out, f"{value!r} was not redacted"
    for value in kept:
        assert value in out, f"{value!r} was removed"
    found = [f for f in result.findings if f.code == "secret_in_body"]
    assert len(found) == len(removed)
    for f in found:
        assert f.location is not None and f.location.field == "html"
        assert all(v not in f.explanation for v in removed)

    # the tags are still the same tags, with the same attributes
    def tags(h: str) -> list[tuple[str, list[str]]]:
        seen: list[tuple[str, list[str]]] = []

        class P(HTMLParser):
            def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
                seen.append((tag, [a for a, _ in attrs]))

        P().feed(h)
        return seen

    assert tags(out) == tags(html)


ATTRIBUTES_QUIET = [
    '<a href="https://example.com/reset-password?lang=fi&amp;ref=5520193">Vaihda salasana</a>',
    '<img alt="Your PIN letter" src="https://example.com/pin.png?v=2">',
    '<a title="Change your password" href="https://example.com/account?code=">x</a>',
    '<input type="password" placeholder="Salasana">',
    '<a href="https://shop.example.com/?code=SPRING20&amp;utm=mail">Shop now</a>',
    '<a href="https://example.com/a?pin=abcd&amp;id=5520193">x</a>',
]


@pytest.mark.parametrize("html", ATTRIBUTES_QUIET)
def test_attribute_about_a_secret_is_left_alone(html: str) -> None:
    email, result = _scan(html=html)
    assert [f for f in result.findings if f.code == "secret_in_body"] == []
    assert result.message is email
