"""Labelled multilingual corpus for the content benchmark: messages with secrets and distractors.

Each message is rendered from per-language templates in one layout (label, sentence, next_line,
br, entities, table, column, far, subject), carries one to three secret values of known kind and
several distractor values (order numbers, prices, dates, phones, postcodes, tracking and reference
numbers, and numbers beside a secret keyword that are not secrets) that must survive redaction.

These templates are written for the benchmark only and kept apart from the tests' fixtures; the
detector must not be tuned to them one by one. Deterministic for a given seed.

    python benchmarks/content_corpus.py --n 5 --seed 1     # print a few messages
"""

from __future__ import annotations

import argparse
import datetime as dt
import html as _html
import random
import string
from dataclasses import dataclass, field
from urllib.parse import quote

LANGS = ("en", "fi", "sv", "no", "da", "de", "fr", "es", "nl")
LAYOUTS = ("label", "sentence", "next_line", "br", "entities", "table", "column", "far", "subject")
KINDS = ("pin", "puk", "password", "otp", "security_answer", "national_id", "card_number")


@dataclass
class Message:
    lang: str
    layout: str
    subject: str
    text: str | None
    html: str | None
    #: (kind, value) of each secret put in the message
    secrets: list[tuple[str, str]] = field(default_factory=list)
    #: (kind, value) of each value that must survive
    distractors: list[tuple[str, str]] = field(default_factory=list)


# --- per-language phrase tables -----------------------------------------------------------------
# {v} is the secret value. Labels are used as "Label: v", in table cells and on the line above.

T: dict[str, dict[str, object]] = {
    "en": {
        "hello": ["Hello {name},", "Hi {name},", "Dear {name},"],
        "bye": ["Best regards,\nCustomer Service", "Thanks,\nThe Support Team", "Kind regards"],
        "label": {
            "pin": ["PIN", "PIN code", "Your PIN", "SIM card PIN"],
            "puk": ["PUK", "PUK code", "PUK1"],
            "password": ["Password", "Temporary password", "Your new password", "Initial password"],
            "otp": ["Verification code", "One-time code", "Security code", "Login code"],
            "security_answer": ["Security answer", "Answer to your security question"],
            "national_id": ["Personal ID", "ID number on file"],
            "card_number": ["Card number", "Card"],
        },
        "sentence": {
            "pin": ["Your PIN code is {v}.", "The PIN for your new card is {v}."],
            "puk": ["Your PUK code is {v}.", "If the SIM locks, the PUK code is {v}."],
            "password": ["Your temporary password is {v}.", "Your new password is now {v}.",
                         "Use the password {v} to sign in."],
            "otp": ["Your verification code is {v}.", "{v} is your one-time code.",
                    "Enter the security code {v} on the website."],
            "security_answer": ["The answer to your security question is {v}.",
                                "Your security answer is {v}."],
            "national_id": ["We have your personal ID as {v}."],
            "card_number": ["The card {v} was charged."],
        },
        "far": {
            "password": ["We created a temporary password for you; use {v} when you first sign in.",
                         "A new password has been set for your account. Here it is: {v}"],
            "otp": ["To finish signing in, enter this verification code when asked: {v}"],
            "pin": ["We have reset the PIN on your card. Use {v} when you pay next time."],
        },
        "subject": ["Your verification code: {v}", "{v} is your one-time code",
                    "Your new PIN code: {v}", "Temporary password: {v}"],
        "subject_plain": ["Your order {order} has shipped", "Welcome to {brand}",
                          "Invoice {ref}", "Your account details"],
        "decoy": ["If you forget your PIN, call {phone}.",
                  "Your password was changed on {date} at {time}.",
                  "Your PIN code is sent by post to {postcode} {city}.",
                  "The code is valid until {date}."],
        "filler": ["Order number: {order}", "Total: {price}", "Delivery date: {date}",
                   "Tracking number: {tracking}", "Customer number: {custno}",
                   "Reference: {ref}", "Questions? Call us on {phone}.",
                   "Delivery address: {street}, {postcode} {city}"],
    },
    "fi": {
        "hello": ["Hei {name},", "Hyvä {name},", "Moi {name},"],
        "bye": ["Ystävällisin terveisin,\nAsiakaspalvelu", "Terveisin\nTuki", "Kiitos!"],
        "label": {
            "pin": ["PIN-koodi", "PIN-koodisi", "Tunnusluku", "SIM-kortin PIN-koodi"],
            "puk": ["PUK-koodi", "PUK-koodisi"],
            "password": ["Salasana", "Väliaikainen salasana", "Salasanasi", "Uusi salasana"],
            "otp": ["Vahvistuskoodi", "Kertakäyttökoodi", "Kirjautumiskoodi"],
            "security_answer": ["Turvakysymyksen vastaus"],
            "national_id": ["Henkilötunnus", "Hetu"],
            "card_number": ["Kortin numero", "Kortti"],
        },
        "sentence": {
            "pin": ["PIN-koodisi on {v}.", "Uuden korttisi tunnusluku on {v}."],
            "puk": ["PUK-koodisi on {v}.", "Jos SIM-kortti lukittuu, PUK-koodi on {v}."],
            "password": ["Väliaikainen salasanasi on {v}.", "Salasanasi on nyt {v}.",
                         "Käytä salasanaa {v} kirjautuessasi."],
            "otp": ["Vahvistuskoodisi on {v}.", "{v} on kertakäyttökoodisi.",
                    "Syötä vahvistuskoodi {v} palveluun."],
            "security_answer": ["Turvakysymyksen vastaus on {v}."],
            "national_id": ["Henkilötunnuksesi on {v}."],
            "card_number": ["Korttia {v} veloitettiin."],
        },
        "far": {
            "password": ["Loimme sinulle väliaikaisen salasanan; käytä {v} kun kirjaudut ensimmäistä "
                         "kertaa.", "Tilillesi on asetettu uusi salasana. Tässä se on: {v}"],
            "otp": ["Kirjautuminen jatkuu, kun syötät pyydettäessä vahvistuskoodin: {v}"],
            "pin": ["Korttisi PIN-koodi on vaihdettu. Käytä {v} seuraavalla ostokerralla."],
        },
        "subject": ["Vahvistuskoodisi: {v}", "{v} on kertakäyttökoodisi",
                    "Uusi PIN-koodisi: {v}", "Väliaikainen salasana: {v}"],
        "subject_plain": ["Tilauksesi {order} on lähetetty", "Tervetuloa {brand}-asiakkaaksi",
                          "Lasku {ref}", "Tilisi tiedot"],
        "decoy": ["Jos unohdat PIN-koodisi, soita numeroon {phone}.",
                  "Salasanasi vaihdettiin {date} klo {time}.",
                  "PIN-koodi lähetetään postitse osoitteeseen {postcode} {city}.",
                  "Koodi on voimassa {date} asti."],
        "filler": ["Tilausnumero: {order}", "Yhteensä: {price}", "Toimituspäivä: {date}",
                   "Seurantanumero: {tracking}", "Asiakasnumero: {custno}", "Viitenumero: {ref}",
                   "Kysyttävää? Soita {phone}.", "Toimitusosoite: {street}, {postcode} {city}"],
    },
    "sv": {
        "hello": ["Hej {name},", "Hej {name}!", "Bästa {name},"],
        "bye": ["Med vänliga hälsningar\nKundservice", "Hälsningar\nSupport", "Tack!"],
        "label": {
            "pin": ["PIN-kod", "PIN-koden", "Din PIN-kod"],
            "puk": ["PUK-kod", "PUK-koden"],
            "password": ["Lösenord", "Tillfälligt lösenord", "Ditt nya lösenord"],
            "otp": ["Verifieringskod", "Engångskod", "Säkerhetskod"],
            "security_answer": ["Säkerhetssvar", "Svar på säkerhetsfrågan"],
            "national_id": ["Personnummer"],
            "card_number": ["Kortnummer", "Kort"],
        },
        "sentence": {
            "pin": ["Din PIN-kod är {v}.", "PIN-koden till ditt nya kort är {v}."],
            "puk": ["Din PUK-kod är {v}.", "Om SIM-kortet låses är PUK-koden {v}."],
            "password": ["Ditt tillfälliga lösenord är {v}.", "Lösenordet är nu {v}.",
                         "Använd lösenordet {v} när du loggar in."],
            "otp": ["Din verifieringskod är {v}.", "{v} är din engångskod.",
                    "Ange säkerhetskoden {v} på webbplatsen."],
            "security_answer": ["Svaret på säkerhetsfrågan är {v}."],
            "national_id": ["Ditt personnummer är {v}."],
            "card_number": ["Kortet {v} har debiterats."],
        },
        "far": {
            "password": ["Vi har skapat ett tillfälligt lösenord åt dig; använd {v} när du loggar in "
                         "första gången.", "Ett nytt lösenord har satts för kontot. Här är det: {v}"],
            "otp": ["För att slutföra inloggningen, ange denna verifieringskod när du blir "
                    "ombedd: {v}"],
            "pin": ["Vi har bytt PIN-koden på ditt kort. Använd {v} nästa gång du betalar."],
        },
        "subject": ["Din verifieringskod: {v}", "{v} är din engångskod", "Ny PIN-kod: {v}",
                    "Tillfälligt lösenord: {v}"],
        "subject_plain": ["Din order {order} har skickats", "Välkommen till {brand}",
                          "Faktura {ref}", "Dina kontouppgifter"],
        "decoy": ["Om du glömmer din PIN-kod, ring {phone}.",
                  "Ditt lösenord ändrades {date} kl. {time}.",
                  "PIN-koden skickas per post till {postcode} {city}.",
                  "Koden gäller till {date}."],
        "filler": ["Ordernummer: {order}", "Summa: {price}", "Leveransdatum: {date}",
                   "Kollinummer: {tracking}", "Kundnummer: {custno}", "OCR: {ref}",
                   "Frågor? Ring oss på {phone}.", "Leveransadress: {street}, {postcode} {city}"],
    },
    "no": {
        "hello": ["Hei {name},", "Hei {name}!", "Kjære {name},"],
        "bye": ["Med vennlig hilsen\nKundeservice", "Hilsen\nSupport", "Takk!"],
        "label": {
            "pin": ["PIN-kode", "PIN-koden", "Din PIN-kode"],
            "puk": ["PUK-kode", "PUK-koden"],
            "password": ["Passord", "Midlertidig passord", "Ditt nye passord"],
            "otp": ["Engangskode", "Bekreftelseskode", "Sikkerhetskode"],
            "security_answer": ["Sikkerhetssvar", "Svar på sikkerhetsspørsmålet"],
            "national_id": ["Fødselsnummer"],
            "card_number": ["Kortnummer", "Kort"],
        },
        "sentence": {
            "pin": ["PIN-koden din er {v}.", "PIN-koden til det nye kortet er {v}."],
            "puk": ["PUK-koden din er {v}.", "Hvis SIM-kortet låses, er PUK-koden {v}."],
            "password": ["Ditt midlertidige passord er {v}.", "Passordet er nå {v}.",
                         "Bruk passordet {v} når du logger inn."],
            "otp": ["Engangskoden din er {v}.", "{v} er din bekreftelseskode.",
                    "Oppgi sikkerhetskoden {v} på nettsiden."],
            "security_answer": ["Svaret på sikkerhetsspørsmålet er {v}."],
            "national_id": ["Fødselsnummeret ditt er {v}."],
            "card_number": ["Kortet {v} er belastet."],
        },
        "far": {
            "password": ["Vi har laget et midlertidig passord til deg; bruk {v} når du logger inn "
                         "første gang.", "Et nytt passord er satt for kontoen. Her er det: {v}"],
            "otp": ["For å fullføre innloggingen, oppgi denne engangskoden når du blir bedt om "
                    "det: {v}"],
            "pin": ["Vi har byttet PIN-koden på kortet ditt. Bruk {v} neste gang du betaler."],
        },
        "subject": ["Din engangskode: {v}", "{v} er din bekreftelseskode", "Ny PIN-kode: {v}",
                    "Midlertidig passord: {v}"],
        "subject_plain": ["Ordren din {order} er sendt", "Velkommen til {brand}",
                          "Faktura {ref}", "Dine kontoopplysninger"],
        "decoy": ["Hvis du glemmer PIN-koden, ring {phone}.",
                  "Passordet ditt ble endret {date} kl. {time}.",
                  "PIN-koden sendes i posten til {postcode} {city}.",
                  "Koden gjelder til {date}."],
        "filler": ["Ordrenummer: {order}", "Sum: {price}", "Leveringsdato: {date}",
                   "Sporingsnummer: {tracking}", "Kundenummer: {custno}", "KID: {ref}",
                   "Spørsmål? Ring oss på {phone}.", "Leveringsadresse: {street}, {postcode} {city}"],
    },
    "da": {
        "hello": ["Hej {name},", "Kære {name},", "Hej {name}!"],
        "bye": ["Med venlig hilsen\nKundeservice", "Hilsen\nSupport", "Tak!"],
        "label": {
            "pin": ["PIN-kode", "PIN-koden", "Din PIN-kode"],
            "puk": ["PUK-kode", "PUK-koden"],
            "password": ["Adgangskode", "Midlertidig adgangskode", "Kodeord"],
            "otp": ["Engangskode", "Bekræftelseskode", "Sikkerhedskode"],
            "security_answer": ["Sikkerhedssvar", "Svar på sikkerhedsspørgsmålet"],
            "national_id": ["CPR-nummer", "CPR"],
            "card_number": ["Kortnummer", "Kort"],
        },
        "sentence": {
            "pin": ["Din PIN-kode er {v}.", "PIN-koden til dit nye kort er {v}."],
            "puk": ["Din PUK-kode er {v}.", "Hvis SIM-kortet spærres, er PUK-koden {v}."],
            "password": ["Din midlertidige adgangskode er {v}.", "Dit kodeord er nu {v}.",
                         "Brug adgangskoden {v} når du logger ind."],
            "otp": ["Din engangskode er {v}.", "{v} er din bekræftelseskode.",
                    "Indtast sikkerhedskoden {v} på hjemmesiden."],
            "security_answer": ["Svaret på sikkerhedsspørgsmålet er {v}."],
            "national_id": ["Dit CPR-nummer er {v}."],
            "card_number": ["Kortet {v} er blevet trukket."],
        },
        "far": {
            "password": ["Vi har oprettet en midlertidig adgangskode til dig; brug {v} når du logger "
                         "ind første gang.", "En ny adgangskode er sat for kontoen. Her er den: {v}"],
            "otp": ["For at fuldføre login skal du indtaste denne engangskode, når du bliver bedt "
                    "om det: {v}"],
            "pin": ["Vi har skiftet PIN-koden på dit kort. Brug {v} næste gang du betaler."],
        },
        "subject": ["Din engangskode: {v}", "{v} er din bekræftelseskode", "Ny PIN-kode: {v}",
                    "Midlertidig adgangskode: {v}"],
        "subject_plain": ["Din ordre {order} er afsendt", "Velkommen til {brand}",
                          "Faktura {ref}", "Dine kontooplysninger"],
        "decoy": ["Hvis du glemmer din PIN-kode, så ring {phone}.",
                  "Din adgangskode blev ændret {date} kl. {time}.",
                  "PIN-koden sendes med posten til {postcode} {city}.",
                  "Koden gælder til {date}."],
        "filler": ["Ordrenummer: {order}", "I alt: {price}", "Leveringsdato: {date}",
                   "Track & trace: {tracking}", "Kundenummer: {custno}", "Betalings-ID: {ref}",
                   "Spørgsmål? Ring til os på {phone}.", "Leveringsadresse: {street}, {postcode} {city}"],
    },
    "de": {
        "hello": ["Hallo {name},", "Guten Tag {name},", "Liebe/r {name},"],
        "bye": ["Mit freundlichen Grüßen\nIhr Kundenservice", "Viele Grüße\nSupport", "Danke!"],
        "label": {
            "pin": ["PIN", "PIN-Code", "Ihre PIN", "Geheimzahl"],
            "puk": ["PUK", "PUK-Code"],
            "password": ["Passwort", "Kennwort", "Vorläufiges Passwort", "Ihr neues Kennwort"],
            "otp": ["Einmalcode", "Bestätigungscode", "Sicherheitscode", "TAN"],
            "security_answer": ["Sicherheitsantwort", "Antwort auf die Sicherheitsfrage"],
            "national_id": ["Ausweisnummer"],
            "card_number": ["Kartennummer", "Karte"],
        },
        "sentence": {
            "pin": ["Ihre PIN lautet {v}.", "Die PIN für Ihre neue Karte ist {v}."],
            "puk": ["Ihr PUK-Code lautet {v}.", "Falls die SIM gesperrt wird, ist der PUK {v}."],
            "password": ["Ihr vorläufiges Passwort lautet {v}.", "Ihr Kennwort ist jetzt {v}.",
                         "Verwenden Sie das Passwort {v} für die Anmeldung."],
            "otp": ["Ihr Bestätigungscode lautet {v}.", "{v} ist Ihr Einmalcode.",
                    "Geben Sie den Sicherheitscode {v} auf der Website ein."],
            "security_answer": ["Die Antwort auf die Sicherheitsfrage ist {v}."],
            "national_id": ["Ihre hinterlegte Nummer ist {v}."],
            "card_number": ["Die Karte {v} wurde belastet."],
        },
        "far": {
            "password": ["Wir haben ein vorläufiges Passwort für Sie erstellt; verwenden Sie {v} bei "
                         "der ersten Anmeldung.",
                         "Für Ihr Konto wurde ein neues Kennwort gesetzt. Hier ist es: {v}"],
            "otp": ["Um die Anmeldung abzuschließen, geben Sie diesen Bestätigungscode ein, wenn "
                    "Sie dazu aufgefordert werden: {v}"],
            "pin": ["Wir haben die PIN Ihrer Karte geändert. Verwenden Sie {v} beim nächsten "
                    "Bezahlen."],
        },
        "subject": ["Ihr Bestätigungscode: {v}", "{v} ist Ihr Einmalcode", "Neue PIN: {v}",
                    "Vorläufiges Passwort: {v}"],
        "subject_plain": ["Ihre Bestellung {order} wurde versandt", "Willkommen bei {brand}",
                          "Rechnung {ref}", "Ihre Kontodaten"],
        "decoy": ["Wenn Sie Ihre PIN vergessen, rufen Sie {phone} an.",
                  "Ihr Passwort wurde am {date} um {time} geändert.",
                  "Ihre PIN wird per Post an {postcode} {city} geschickt.",
                  "Der Code ist bis {date} gültig."],
        "filler": ["Bestellnummer: {order}", "Gesamt: {price}", "Liefertermin: {date}",
                   "Sendungsnummer: {tracking}", "Kundennummer: {custno}", "Referenz: {ref}",
                   "Fragen? Rufen Sie uns an: {phone}.", "Lieferadresse: {street}, {postcode} {city}"],
    },
    "fr": {
        "hello": ["Bonjour {name},", "Cher client {name},", "Bonjour,"],
        "bye": ["Cordialement,\nLe service client", "Merci,\nL'équipe support", "À bientôt"],
        "label": {
            "pin": ["Code PIN", "Votre code PIN", "Code confidentiel"],
            "puk": ["Code PUK"],
            "password": ["Mot de passe", "Mot de passe temporaire", "Votre nouveau mot de passe"],
            "otp": ["Code de vérification", "Code à usage unique", "Code de sécurité"],
            "security_answer": ["Réponse secrète", "Réponse à la question de sécurité"],
            "national_id": ["Numéro d'identité"],
            "card_number": ["Numéro de carte", "Carte"],
        },
        "sentence": {
            "pin": ["Votre code PIN est {v}.", "Le code PIN de votre nouvelle carte est {v}."],
            "puk": ["Votre code PUK est {v}.", "Si la carte SIM est bloquée, le code PUK est {v}."],
            "password": ["Votre mot de passe temporaire est {v}.",
                         "Votre mot de passe est maintenant {v}.",
                         "Utilisez le mot de passe {v} pour vous connecter."],
            "otp": ["Votre code de vérification est {v}.", "{v} est votre code à usage unique.",
                    "Saisissez le code de sécurité {v} sur le site."],
            "security_answer": ["La réponse à la question de sécurité est {v}."],
            "national_id": ["Votre numéro enregistré est {v}."],
            "card_number": ["La carte {v} a été débitée."],
        },
        "far": {
            "password": ["Nous avons créé un mot de passe temporaire pour vous ; utilisez {v} lors "
                         "de votre première connexion.",
                         "Un nouveau mot de passe a été défini pour votre compte. Le voici : {v}"],
            "otp": ["Pour terminer la connexion, saisissez ce code de vérification lorsque cela "
                    "vous est demandé : {v}"],
            "pin": ["Nous avons changé le code PIN de votre carte. Utilisez {v} lors de votre "
                    "prochain paiement."],
        },
        "subject": ["Votre code de vérification : {v}", "{v} est votre code à usage unique",
                    "Nouveau code PIN : {v}", "Mot de passe temporaire : {v}"],
        "subject_plain": ["Votre commande {order} a été expédiée", "Bienvenue chez {brand}",
                          "Facture {ref}", "Les détails de votre compte"],
        "decoy": ["Si vous oubliez votre code PIN, appelez le {phone}.",
                  "Votre mot de passe a été modifié le {date} à {time}.",
                  "Votre code PIN est envoyé par courrier au {postcode} {city}.",
                  "Le code est valable jusqu'au {date}."],
        "filler": ["Numéro de commande : {order}", "Total : {price}", "Date de livraison : {date}",
                   "Numéro de suivi : {tracking}", "Numéro client : {custno}",
                   "Référence : {ref}", "Des questions ? Appelez le {phone}.",
                   "Adresse de livraison : {street}, {postcode} {city}"],
    },
    "es": {
        "hello": ["Hola {name},", "Estimado/a {name}:", "Hola,"],
        "bye": ["Saludos cordiales,\nAtención al cliente", "Gracias,\nSoporte", "Un saludo"],
        "label": {
            "pin": ["PIN", "Código PIN", "Su PIN"],
            "puk": ["PUK", "Código PUK"],
            "password": ["Contraseña", "Contraseña temporal", "Su nueva contraseña", "Clave"],
            "otp": ["Código de verificación", "Código de un solo uso", "Código de seguridad"],
            "security_answer": ["Respuesta de seguridad", "Respuesta secreta"],
            "national_id": ["Número de identidad"],
            "card_number": ["Número de tarjeta", "Tarjeta"],
        },
        "sentence": {
            "pin": ["Su código PIN es {v}.", "El PIN de su nueva tarjeta es {v}."],
            "puk": ["Su código PUK es {v}.", "Si la SIM se bloquea, el código PUK es {v}."],
            "password": ["Su contraseña temporal es {v}.", "Tu contraseña es ahora {v}.",
                         "Utilice la contraseña {v} para iniciar sesión."],
            "otp": ["Su código de verificación es {v}.", "{v} es tu código de un solo uso.",
                    "Introduzca el código de seguridad {v} en la web."],
            "security_answer": ["La respuesta de seguridad es {v}."],
            "national_id": ["Su número registrado es {v}."],
            "card_number": ["Se ha cargado la tarjeta {v}."],
        },
        "far": {
            "password": ["Hemos creado una contraseña temporal para usted; utilice {v} la primera "
                         "vez que inicie sesión.",
                         "Se ha establecido una nueva contraseña para su cuenta. Aquí está: {v}"],
            "otp": ["Para terminar de iniciar sesión, introduzca este código de verificación "
                    "cuando se le pida: {v}"],
            "pin": ["Hemos cambiado el PIN de su tarjeta. Use {v} en su próximo pago."],
        },
        "subject": ["Su código de verificación: {v}", "{v} es tu código de un solo uso",
                    "Nuevo PIN: {v}", "Contraseña temporal: {v}"],
        "subject_plain": ["Su pedido {order} ha sido enviado", "Bienvenido a {brand}",
                          "Factura {ref}", "Datos de su cuenta"],
        "decoy": ["Si olvida su PIN, llame al {phone}.",
                  "Su contraseña se cambió el {date} a las {time}.",
                  "Su PIN se envía por correo a {postcode} {city}.",
                  "El código es válido hasta el {date}."],
        "filler": ["Número de pedido: {order}", "Total: {price}", "Fecha de entrega: {date}",
                   "Número de seguimiento: {tracking}", "Número de cliente: {custno}",
                   "Referencia: {ref}", "¿Preguntas? Llámenos al {phone}.",
                   "Dirección de entrega: {street}, {postcode} {city}"],
    },
    "nl": {
        "hello": ["Hallo {name},", "Beste {name},", "Goedendag,"],
        "bye": ["Met vriendelijke groet,\nKlantenservice", "Groeten,\nSupport", "Bedankt!"],
        "label": {
            "pin": ["PIN", "Pincode", "Uw pincode"],
            "puk": ["PUK", "PUK-code"],
            "password": ["Wachtwoord", "Tijdelijk wachtwoord", "Uw nieuwe wachtwoord"],
            "otp": ["Verificatiecode", "Eenmalige code", "Beveiligingscode"],
            "security_answer": ["Beveiligingsantwoord", "Antwoord op de beveiligingsvraag"],
            "national_id": ["Identiteitsnummer"],
            "card_number": ["Kaartnummer", "Kaart"],
        },
        "sentence": {
            "pin": ["Uw pincode is {v}.", "De pincode van uw nieuwe pas is {v}."],
            "puk": ["Uw PUK-code is {v}.", "Als de simkaart blokkeert, is de PUK-code {v}."],
            "password": ["Uw tijdelijke wachtwoord is {v}.", "Je wachtwoord is nu {v}.",
                         "Gebruik het wachtwoord {v} om in te loggen."],
            "otp": ["Uw verificatiecode is {v}.", "{v} is je eenmalige code.",
                    "Voer de beveiligingscode {v} in op de website."],
            "security_answer": ["Het antwoord op de beveiligingsvraag is {v}."],
            "national_id": ["Uw geregistreerde nummer is {v}."],
            "card_number": ["De kaart {v} is belast."],
        },
        "far": {
            "password": ["We hebben een tijdelijk wachtwoord voor u gemaakt; gebruik {v} wanneer u "
                         "voor het eerst inlogt.",
                         "Er is een nieuw wachtwoord ingesteld voor uw account. Hier is het: {v}"],
            "otp": ["Om het inloggen af te ronden, voert u deze verificatiecode in wanneer daarom "
                    "wordt gevraagd: {v}"],
            "pin": ["We hebben de pincode van uw pas gewijzigd. Gebruik {v} bij uw volgende "
                    "betaling."],
        },
        "subject": ["Uw verificatiecode: {v}", "{v} is je eenmalige code", "Nieuwe pincode: {v}",
                    "Tijdelijk wachtwoord: {v}"],
        "subject_plain": ["Uw bestelling {order} is verzonden", "Welkom bij {brand}",
                          "Factuur {ref}", "Uw accountgegevens"],
        "decoy": ["Als u uw pincode vergeet, bel dan {phone}.",
                  "Uw wachtwoord is gewijzigd op {date} om {time}.",
                  "Uw pincode wordt per post verstuurd naar {postcode} {city}.",
                  "De code is geldig tot {date}."],
        "filler": ["Bestelnummer: {order}", "Totaal: {price}", "Bezorgdatum: {date}",
                   "Trackingnummer: {tracking}", "Klantnummer: {custno}", "Referentie: {ref}",
                   "Vragen? Bel ons op {phone}.", "Bezorgadres: {street}, {postcode} {city}"],
    },
}

_WORDS = {
    "en": ["sunflower", "Blueberry", "harbourlight", "Maplewood", "riverstone", "Thunderbird"],
    "fi": ["mustikka", "Kissankello", "lumihiutale", "Revontuli", "saunailta", "Kaarnalaiva"],
    "sv": ["blåbär", "Sommarregn", "kanelbulle", "Fjällstuga", "midsommar", "Skogsmulle"],
    "no": ["fjordlys", "Multebær", "nordlys", "Sjøbris", "vinterkveld", "Trollskog"],
    "da": ["rugbrød", "Havfrue", "sommerfugl", "Strandeng", "lyngbakke", "Kastanje"],
    "de": ["Sonnenblume", "apfelbaum", "Waldweg", "himmelblau", "Bergkristall", "regenbogen"],
    "fr": ["tournesol", "Papillon", "framboise", "Lavande", "coquelicot", "Mirabelle"],
    "es": ["mariposa", "Girasol", "naranjo", "Golondrina", "amapola", "Lucero"],
    "nl": ["tulpenveld", "Molenwiek", "zonnebloem", "Dijkgraaf", "kievit", "Stroopwafel"],
}
_ANSWERS = ["Musti", "Fluffy", "Tampere", "Rex", "Bella", "Göteborg", "Whiskers", "Aalborg",
            "Sevilla", "Utrecht", "Bergen", "Luna", "Molly", "Kuopio", "Lyon"]
_NAMES = ["Anna Virtanen", "Erik Lindqvist", "Ingrid Haugland", "Mette Jensen", "Jonas Weber",
          "Claire Martin", "Lucía García", "Sanne de Vries", "James Ashford"]
_CITIES = {"en": "London", "fi": "Tampere", "sv": "Stockholm", "no": "Oslo", "da": "Aarhus",
           "de": "Berlin", "fr": "Paris", "es": "Madrid", "nl": "Utrecht"}
_STREETS = {"en": "12 Baker Street", "fi": "Hämeenkatu 5 B 12", "sv": "Storgatan 14",
            "no": "Karl Johans gate 7", "da": "Vestergade 3, 2. th.", "de": "Lindenstraße 21",
            "fr": "8 rue de la Paix", "es": "Calle Mayor 10", "nl": "Kerkstraat 45"}


# --- value generators ---------------------------------------------------------------------------

def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _rand_date(r: random.Random, lo: int = 1940, hi: int = 2005) -> dt.date:
    start = dt.date(lo, 1, 1).toordinal()
    return dt.date.fromordinal(r.randint(start, dt.date(hi, 12, 31).toordinal()))


def national_id(r: random.Random, lang: str) -> str:
    country = {"fi": "fi", "sv": "se", "no": "no", "da": "dk"}.get(lang, r.choice(["fi", "se", "no", "dk"]))
    d = _rand_date(r)
    if country == "fi":
        nnn = f"{r.randint(2, 899):03d}"
        base = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"
        check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(base + nnn) % 31]
        sign = "-" if d.year < 2000 else "A"
        return base + sign + nnn + check
    if country == "se":
        body = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{r.randint(0, 999):03d}"
        full = body + _luhn_digit(body)
        if r.random() < 0.3:
            return f"{d.year}{d.month:02d}{d.day:02d}{full[6:]}"
        return full[:6] + "-" + full[6:]
    if country == "no":
        while True:
            base = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{r.randint(0, 499):03d}"
            dg = [int(c) for c in base]
            k1 = 11 - sum(w * x for w, x in zip((3, 7, 6, 1, 8, 9, 4, 5, 2), dg, strict=False)) % 11
            k1 = 0 if k1 == 11 else k1
            if k1 == 10:
                continue
            dg.append(k1)
            k2 = 11 - sum(w * x for w, x in zip((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), dg, strict=False)) % 11
            k2 = 0 if k2 == 11 else k2
            if k2 == 10:
                continue
            return base + str(k1) + str(k2)
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{r.randint(0, 9999):04d}"


def card_number(r: random.Random) -> str:
    prefix = r.choice(["4", "51", "53", "55", "2221", "4"])
    body = prefix + "".join(r.choice(string.digits) for _ in range(15 - len(prefix)))
    pan = body + _luhn_digit(body)
    style = r.random()
    if style < 0.6:
        return " ".join(pan[i:i + 4] for i in range(0, 16, 4))
    if style < 0.8:
        return "-".join(pan[i:i + 4] for i in range(0, 16, 4))
    return pan


def secret_value(r: random.Random, kind: str, lang: str) -> str:
    if kind == "pin":
        return "".join(r.choice(string.digits) for _ in range(r.choice((4, 4, 4, 6))))
    if kind == "puk":
        return "".join(r.choice(string.digits) for _ in range(8))
    if kind == "otp":
        style = r.random()
        digits = "".join(r.choice(string.digits) for _ in range(6))
        if style < 0.6:
            return digits
        if style < 0.75:
            return digits[:3] + " " + digits[3:]
        if style < 0.85:
            return digits[:3] + "-" + digits[3:]
        return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)) + \
            str(r.randint(2, 9))
    if kind == "password":
        style = r.random()
        if style < 0.3:
            return r.choice(_WORDS[lang])
        if style < 0.5:
            return r.choice(_WORDS[lang]).capitalize() + str(r.randint(10, 9999))
        alphabet = string.ascii_letters + string.digits
        core = "".join(r.choice(alphabet) for _ in range(r.randint(8, 12)))
        if style < 0.75:
            return core[:4] + r.choice("#%&*+!?_") + core[4:] + str(r.randint(0, 9))
        return core + str(r.randint(0, 9))
    if kind == "security_answer":
        return r.choice(_ANSWERS)
    if kind == "national_id":
        return national_id(r, lang)
    return card_number(r)


def distractors(r: random.Random, lang: str) -> dict[str, str]:
    d = r.randint(1, 28)
    m = r.randint(1, 12)
    y = r.choice((2024, 2025, 2026))
    date = r.choice([f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}",
                     f"{d:02d}/{m:02d}/{y}"])
    phone = r.choice([
        f"+358 40 {r.randint(100, 999)} {r.randint(1000, 9999)}",
        f"040 {r.randint(100, 999)} {r.randint(1000, 9999)}",
        f"08-{r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
        f"+47 {r.randint(900, 999)} {r.randint(10, 99)} {r.randint(100, 999)}",
        f"+49 30 {r.randint(1000000, 9999999)}",
        f"0800 {r.randint(100, 999)} {r.randint(100, 999)}",
        f"+33 1 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
    ])
    postcode = {"fi": f"{r.randint(0, 99):02d}{r.randint(0, 9)}{r.randint(0, 9)}0",
                "sv": f"{r.randint(100, 999)} {r.randint(10, 99)}", "no": f"{r.randint(1000, 9999)}",
                "da": f"{r.randint(1000, 9999)}", "de": f"{r.randint(10000, 99999)}",
                "fr": f"{r.randint(10, 95)}{r.randint(0, 9)}{r.randint(0, 9)}0",
                "es": f"{r.randint(10, 52)}0{r.randint(10, 99)}",
                "nl": f"{r.randint(1000, 9999)} {r.choice(['AB', 'CD', 'KL', 'XT'])}",
                "en": f"SW1A {r.randint(1, 9)}AA"}[lang]
    order = r.choice([str(r.randint(100000, 99999999)), f"A-{y}-{r.randint(10000, 99999)}",
                      f"#{r.randint(1000000, 9999999)}", f"{r.randint(1000, 9999)} {r.randint(1000, 9999)}"])
    tracking = r.choice([f"JJFI{r.randint(10**15, 10**16 - 1)}",
                         f"1Z{r.randint(100, 999)}AA{r.randint(10**9, 10**10 - 1)}",
                         f"RR{r.randint(10**8, 10**9 - 1)}FI", str(r.randint(10**17, 10**18 - 1))])
    ref = r.choice([f"{r.randint(10000, 99999)} {r.randint(10000, 99999)} {r.randint(1000, 9999)}",
                    f"RF{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
                    str(r.randint(10**9, 10**10 - 1)), f"{y}-{r.randint(100, 999)}-{r.randint(100, 999)}"])
    price = r.choice([f"{r.randint(1, 999)},{r.randint(0, 99):02d} €",
                      f"€{r.randint(1, 999)}.{r.randint(0, 99):02d}",
                      f"{r.randint(1, 9)} {r.randint(100, 999)} kr",
                      f"${r.randint(1, 999)}.{r.randint(0, 99):02d}"])
    return {"date": date, "phone": phone, "postcode": postcode, "order": order,
            "tracking": tracking, "ref": ref, "price": price,
            "custno": str(r.randint(1000000, 99999999)),
            "time": f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
            "city": _CITIES[lang], "street": _STREETS[lang], "name": r.choice(_NAMES),
            "brand": r.choice(["Nordnet", "Telia", "Elisa", "Posti", "Zalando"])}


_KEPT = ("date", "phone", "postcode", "order", "tracking", "ref", "price", "custno", "time")


def _entity(value: str, r: random.Random) -> str:
    """Encode some characters of ``value`` as numeric or named entities."""
    out = []
    for ch in value:
        if ch in "&<>\"":
            out.append(_html.escape(ch))
        elif r.random() < 0.3:
            out.append(f"&#{ord(ch)};" if r.random() < 0.5 else f"&#x{ord(ch):x};")
        else:
            out.append(ch)
    return "".join(out)


def _fmt(template: str, ctx: dict[str, str], used: list[str]) -> str:
    for key in _KEPT:
        if "{" + key + "}" in template:
            used.append(key)
    return template.format(**ctx)


def generate_message(r: random.Random, lang: str, layout: str) -> Message:
    t = T[lang]
    ctx = distractors(r, lang)
    used: list[str] = []
    if layout in ("far",):
        kinds = [r.choice(list(t["far"]))]  # type: ignore[arg-type]
    elif layout == "subject":
        kinds = []
    else:
        kinds = r.sample(KINDS, r.randint(1, 3))
    secrets = [(k, secret_value(r, k, lang)) for k in kinds]
    hello = _fmt(r.choice(t["hello"]), ctx, used)  # type: ignore[arg-type]
    bye = r.choice(t["bye"])  # type: ignore[arg-type]
    fillers = [_fmt(f, ctx, used) for f in r.sample(t["filler"], r.randint(2, 4))]  # type: ignore[arg-type]
    decoys = [_fmt(f, ctx, used) for f in r.sample(t["decoy"], r.randint(0, 2))]  # type: ignore[arg-type]
    labels: dict[str, list[str]] = t["label"]  # type: ignore[assignment]
    sentences: dict[str, list[str]] = t["sentence"]  # type: ignore[assignment]
    subject = _fmt(r.choice(t["subject_plain"]), ctx, used)  # type: ignore[arg-type]
    html_layout = layout in ("br", "entities", "table", "column")

    if layout == "subject":
        k = "otp"
        tpl = r.choice(t["subject"])  # type: ignore[arg-type]
        k = "pin" if "PIN" in tpl or "pincode" in tpl.lower() else (
            "password" if "{v}" in tpl and any(w in tpl.lower() for w in (
                "password", "salasana", "lösenord", "passord", "adgangskode", "passwort",
                "mot de passe", "contraseña", "wachtwoord")) else "otp")
        v = secret_value(r, k, lang)
        secrets = [(k, v)]
        subject = tpl.format(v=v)
        blocks: list[str] = []
    else:
        blocks = []
        for k, v in secrets:
            if layout == "label" or (layout == "table" and not html_layout):
                blocks.append(f"{r.choice(labels[k])}: {v}")
            elif layout == "sentence":
                blocks.append(r.choice(sentences[k]).format(v=v))
            elif layout == "next_line":
                sep = r.choice([":", ":", ""]) if k in ("pin", "puk", "otp", "national_id",
                                                        "card_number") else ":"
                blocks.append(f"{r.choice(labels[k])}{sep}\n{v}")
            elif layout == "far":
                blocks.append(r.choice(t["far"][k]).format(v=v))  # type: ignore[index]
            else:
                blocks.append(f"{r.choice(labels[k])}\x00{v}")  # split later for HTML layouts

    lines = [hello, ""] + fillers[:1] + blocks + decoys + fillers[1:] + ["", bye]
    text: str | None
    html: str | None
    if not html_layout:
        text = "\n".join(lines)
        html = None
    else:
        text = None
        esc = _html.escape
        if layout == "br":
            parts = []
            for ln in lines:
                if "\x00" in ln:
                    lab, v = ln.split("\x00")
                    parts.append(f"{esc(lab)}:<br>{esc(v)}" if r.random() < 0.5
                                 else f"{esc(lab)}: <b>{esc(v)}</b>")
                else:
                    parts.append(esc(ln).replace("\n", "<br>\n"))
            html = "<html><body><p>" + "<br>\n".join(parts) + "</p></body></html>"
        elif layout == "entities":
            parts = []
            for ln in lines:
                if "\x00" in ln:
                    lab, v = ln.split("\x00")
                    parts.append(f"<p>{_entity(lab, r)}:&nbsp;<strong>{_entity(v, r)}</strong></p>")
                else:
                    parts.append("<p>" + _entity(ln, r).replace("\n", "<br>") + "</p>")
            html = "<html><body>\n" + "\n".join(parts) + "\n</body></html>"
        elif layout == "table":
            rows = []
            for ln in lines:
                if "\x00" in ln:
                    lab, v = ln.split("\x00")
                    rows.append(f'<tr><td class="label">{esc(lab)}</td><td><b>{esc(v)}</b></td></tr>')
                elif ": " in ln:
                    lab, v = ln.split(": ", 1)
                    rows.append(f"<tr><td>{esc(lab)}</td><td>{esc(v)}</td></tr>")
                elif ln:
                    rows.append(f'<tr><td colspan="2">{esc(ln).replace(chr(10), "<br>")}</td></tr>')
            html = ('<html><body><table cellpadding="4" style="border:0">\n' + "\n".join(rows)
                    + "\n</table></body></html>")
        else:  # column: labels in a header row, values in the row below
            heads, vals, other = [], [], []
            for ln in lines:
                if "\x00" in ln:
                    lab, v = ln.split("\x00")
                    heads.append(f"<th>{esc(lab)}</th>")
                    vals.append(f"<td>{esc(v)}</td>")
                elif ln:
                    other.append(f"<p>{esc(ln).replace(chr(10), '<br>')}</p>")
            if r.random() < 0.5:
                heads.insert(0, "<th>" + esc({"fi": "Tilausnumero", "sv": "Ordernummer"}.get(
                    lang, "Order")) + "</th>")
                vals.insert(0, f"<td>{esc(ctx['order'])}</td>")
                used.append("order")
            html = ("<html><body>" + "".join(other[:2]) + "<table><tr>" + "".join(heads)
                    + "</tr><tr>" + "".join(vals) + "</tr></table>" + "".join(other[2:])
                    + "</body></html>")
    kept = [(k, ctx[k]) for k in dict.fromkeys(used)]
    return Message(lang, layout, subject, text, html, secrets, kept)


def _clean(msg: Message) -> bool:
    """Each labelled value occurs exactly as often as planned, and none contains another."""
    blob = visible_text(msg)
    values = [v for _, v in msg.secrets] + [v for _, v in msg.distractors]
    for v in values:
        if blob.count(v) != 1:
            return False
    for i, a in enumerate(values):
        for j, b in enumerate(values):
            if i != j and a in b:
                return False
    return True


def visible_text(msg: Message) -> str:
    """Subject and body as a reader sees them (stdlib HTML parser, independent of misdirect)."""
    from html.parser import HTMLParser

    parts: list[str] = [msg.subject]

    class _P(HTMLParser):
        def handle_data(self, data: str) -> None:
            parts.append(data)

    if msg.text:
        parts.append(msg.text)
    if msg.html:
        p = _P(convert_charrefs=True)
        p.feed(msg.html)
        p.close()
    return "\n".join(parts)


def generate(n: int, seed: int = 20261122) -> list[Message]:
    """``n`` messages, spread evenly over languages and layouts."""
    r = random.Random(seed)
    out: list[Message] = []
    i = 0
    while len(out) < n:
        lang = LANGS[i % len(LANGS)]
        layout = LAYOUTS[(i // len(LANGS)) % len(LAYOUTS)]
        i += 1
        for _ in range(20):
            msg = generate_message(r, lang, layout)
            if _clean(msg):
                out.append(msg)
                break
    return out


# --- hard cases (issue 10): codes without a qualifier, values below a pointer, lone-word passwords
# after a copula, secrets in attributes, and sentences about a secret that give none --------------
# {v} is the value; pointer templates give the sentence, the value follows in the next block.

HARD: dict[str, dict[str, list[str]]] = {
    "en": {
        "code": ["Please type the code {v} into the app.", "The code is {v}.",
                 "Your code: {v}", "Enter code {v} to confirm the change."],
        "pointer_pin": ["Your new PIN is shown below.", "You will find your PIN code below."],
        "pointer_otp": ["The one-time code you asked for is below."],
        "letters": ["Your new password is {v}.", "The temporary password is {v}."],
        "quiet": ["Do not share your PIN with anybody, not even with our staff.",
                  "The password for your account was changed on {date}.",
                  "You can pick a new password in the app under Settings.",
                  "Lost your PIN? Call us on {phone}.",
                  "Your PIN will be posted to you in a separate letter.",
                  "The code we sent you is valid for 10 minutes.",
                  "Use code SPRING{small} for {small}% off."],
    },
    "fi": {
        "code": ["Syötä koodi {v} sovellukseen.", "Koodi on {v}.", "Koodisi: {v}",
                 "Anna koodi {v} kun sitä kysytään."],
        "pointer_pin": ["Uusi PIN-koodisi on alla.", "Löydät tunnuslukusi alta."],
        "pointer_otp": ["Pyytämäsi vahvistuskoodi on alla."],
        "letters": ["Uusi salasanasi on {v}.", "Väliaikainen salasana on {v}."],
        "quiet": ["Älä kerro PIN-koodiasi kenellekään, et edes meidän työntekijöillemme.",
                  "Tilisi salasana vaihdettiin {date}.",
                  "Voit valita uuden salasanan sovelluksen asetuksista.",
                  "Hukkasitko PIN-koodisi? Soita meille {phone}.",
                  "PIN-koodi postitetaan sinulle erillisenä kirjeenä.",
                  "Lähettämämme koodi on voimassa 10 minuuttia.",
                  "Käytä koodia KEVAT{small} niin saat {small} % alennusta."],
    },
    "sv": {
        "code": ["Skriv in koden {v} i appen.", "Koden är {v}.", "Din kod: {v}",
                 "Ange kod {v} för att bekräfta."],
        "pointer_pin": ["Din nya PIN-kod står nedan.", "Du hittar PIN-koden nedan."],
        "pointer_otp": ["Engångskoden du bad om finns nedan."],
        "letters": ["Ditt nya lösenord är {v}.", "Det tillfälliga lösenordet är {v}."],
        "quiet": ["Lämna aldrig ut din PIN-kod, inte ens till vår personal.",
                  "Lösenordet till ditt konto ändrades {date}.",
                  "Du kan välja ett nytt lösenord i appen under Inställningar.",
                  "Har du tappat bort din PIN-kod? Ring oss på {phone}.",
                  "PIN-koden skickas till dig i ett separat brev.",
                  "Koden vi skickade gäller i 10 minuter.",
                  "Använd koden VAR{small} för {small} % rabatt."],
    },
    "no": {
        "code": ["Skriv inn koden {v} i appen.", "Koden er {v}.", "Din kode: {v}",
                 "Oppgi kode {v} for å bekrefte."],
        "pointer_pin": ["Din nye PIN-kode står nedenfor.", "Du finner PIN-koden nedenfor."],
        "pointer_otp": ["Engangskoden du ba om står nedenfor."],
        "letters": ["Ditt nye passord er {v}.", "Det midlertidige passordet er {v}."],
        "quiet": ["Gi aldri PIN-koden din til noen, heller ikke til våre ansatte.",
                  "Passordet til kontoen din ble endret {date}.",
                  "Du kan velge et nytt passord i appen under Innstillinger.",
                  "Har du mistet PIN-koden? Ring oss på {phone}.",
                  "PIN-koden sendes til deg i et eget brev.",
                  "Koden vi sendte deg er gyldig i 10 minutter.",
                  "Bruk koden VAR{small} for {small} % rabatt."],
    },
    "da": {
        "code": ["Indtast koden {v} i appen.", "Koden er {v}.", "Din kode: {v}",
                 "Skriv kode {v} for at bekræfte."],
        "pointer_pin": ["Din nye pinkode står nedenfor.", "Du finder pinkoden nedenfor."],
        "pointer_otp": ["Engangskoden, du bad om, står nedenfor."],
        "letters": ["Din nye adgangskode er {v}.", "Den midlertidige adgangskode er {v}."],
        "quiet": ["Giv aldrig din pinkode til nogen, heller ikke til vores medarbejdere.",
                  "Adgangskoden til din konto blev ændret {date}.",
                  "Du kan vælge en ny adgangskode i appen under Indstillinger.",
                  "Har du mistet din pinkode? Ring til os på {phone}.",
                  "Pinkoden sendes til dig i et separat brev.",
                  "Koden, vi sendte dig, er gyldig i 10 minutter.",
                  "Brug koden FORAAR{small} og få {small} % rabat."],
    },
    "de": {
        "code": ["Bitte geben Sie den Code {v} in der App ein.", "Der Code lautet {v}.",
                 "Ihr Code: {v}", "Nutzen Sie den Code {v} zur Bestätigung."],
        "pointer_pin": ["Ihre neue PIN finden Sie unten.", "Ihre Geheimzahl steht unten."],
        "pointer_otp": ["Den angeforderten Bestätigungscode finden Sie unten."],
        "letters": ["Ihr neues Passwort lautet {v}.", "Das vorläufige Kennwort ist {v}."],
        "quiet": ["Geben Sie Ihre PIN niemals an Dritte weiter, auch nicht an unsere Mitarbeiter.",
                  "Das Passwort Ihres Kontos wurde am {date} geändert.",
                  "Ein neues Passwort können Sie in der App unter Einstellungen wählen.",
                  "PIN verloren? Rufen Sie uns unter {phone} an.",
                  "Ihre PIN erhalten Sie in einem gesonderten Brief per Post.",
                  "Der zugesandte Code ist 10 Minuten gültig.",
                  "Mit dem Code FRUEHLING{small} sparen Sie {small} %."],
    },
    "fr": {
        "code": ["Saisissez le code {v} dans l'application.", "Le code est {v}.",
                 "Votre code : {v}", "Entrez le code {v} pour confirmer."],
        "pointer_pin": ["Votre nouveau code PIN figure ci-dessous.",
                        "Vous trouverez votre code PIN ci-dessous."],
        "pointer_otp": ["Le code de vérification demandé figure ci-dessous."],
        "letters": ["Votre nouveau mot de passe est {v}.", "Le mot de passe provisoire est {v}."],
        "quiet": ["Ne donnez jamais votre code PIN à personne, pas même à nos conseillers.",
                  "Le mot de passe de votre compte a été modifié le {date}.",
                  "Vous pouvez choisir un nouveau mot de passe dans l'application.",
                  "Code PIN perdu ? Appelez-nous au {phone}.",
                  "Votre code PIN vous sera envoyé par courrier séparé.",
                  "Le code envoyé est valable 10 minutes.",
                  "Profitez du code PRINTEMPS{small} pour {small} % de remise."],
    },
    "es": {
        "code": ["Introduzca el código {v} en la aplicación.", "El código es {v}.",
                 "Su código: {v}", "Escriba el código {v} para confirmar."],
        "pointer_pin": ["Su nuevo PIN aparece a continuación.", "Encontrará su PIN abajo."],
        "pointer_otp": ["El código de verificación solicitado aparece a continuación."],
        "letters": ["Su nueva contraseña es {v}.", "La contraseña provisional es {v}."],
        "quiet": ["No comparta nunca su PIN con nadie, ni siquiera con nuestro personal.",
                  "La contraseña de su cuenta se cambió el {date}.",
                  "Puede elegir una nueva contraseña en la aplicación.",
                  "¿Ha perdido su PIN? Llámenos al {phone}.",
                  "Recibirá el PIN por correo en una carta aparte.",
                  "El código enviado es válido durante 10 minutos.",
                  "Use el código PRIMAVERA{small} para un {small} % de descuento."],
    },
    "nl": {
        "code": ["Vul de code {v} in de app in.", "De code is {v}.", "Uw code: {v}",
                 "Voer code {v} in om te bevestigen."],
        "pointer_pin": ["Uw nieuwe pincode staat hieronder.", "U vindt uw pincode hieronder."],
        "pointer_otp": ["De gevraagde verificatiecode staat hieronder."],
        "letters": ["Uw nieuwe wachtwoord is {v}.", "Het tijdelijke wachtwoord is {v}."],
        "quiet": ["Geef uw pincode nooit aan iemand, ook niet aan onze medewerkers.",
                  "Het wachtwoord van uw account is gewijzigd op {date}.",
                  "U kunt een nieuw wachtwoord kiezen in de app onder Instellingen.",
                  "Pincode kwijt? Bel ons op {phone}.",
                  "De pincode ontvangt u per post in een aparte brief.",
                  "De verstuurde code is 10 minuten geldig.",
                  "Gebruik de code LENTE{small} voor {small}% korting."],
    },
}
HARD_LAYOUTS = ("code", "pointer", "letters", "attribute", "quiet")


def _code_value(r: random.Random) -> str:
    digits = "".join(r.choice(string.digits) for _ in range(6))
    style = r.random()
    if style < 0.5:
        return digits
    if style < 0.75:
        return digits[:3] + " " + digits[3:]
    chars = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
    core = "".join(r.choice(chars) for _ in range(2)) + r.choice("23456789")
    return core + "-" + r.choice("23456789") + "".join(r.choice(chars) for _ in range(2))


def _render_hard(r: random.Random, lines: list[str], below: str | None) -> tuple[str | None,
                                                                                   str | None]:
    """Text, or HTML paragraphs, or HTML with <br> lines; ``below`` marks the value's block."""
    style = r.choice(("text", "p", "br"))
    if style == "text":
        return "\n".join(ln if ln != below else f"\n{ln}\n" for ln in lines), None
    esc = _html.escape
    if style == "p":
        return None, "<html><body>" + "".join(
            f"<p><b>{esc(ln)}</b></p>" if ln == below else f"<p>{esc(ln)}</p>" for ln in lines
            if ln) + "</body></html>"
    return None, "<div>" + "<br>\n".join(
        f"<br><strong>{esc(ln)}</strong><br>" if ln == below else esc(ln) for ln in lines) + "</div>"


def generate_hard_message(r: random.Random, lang: str, layout: str) -> Message:
    t, h = T[lang], HARD[lang]
    ctx = distractors(r, lang)
    ctx["small"] = str(r.randint(10, 30))
    used: list[str] = []
    hello = _fmt(r.choice(t["hello"]), ctx, used)  # type: ignore[arg-type]
    bye = r.choice(t["bye"])  # type: ignore[arg-type]
    fillers = [_fmt(f, ctx, used) for f in r.sample(t["filler"], r.randint(2, 3))]  # type: ignore[arg-type]
    quiet = [_fmt(f, ctx, used) for f in r.sample(h["quiet"], r.randint(1, 3))]
    subject = _fmt(r.choice(t["subject_plain"]), ctx, used)  # type: ignore[arg-type]
    secrets: list[tuple[str, str]] = []
    body: list[str] = []
    below: str | None = None
    if layout == "code":
        v = _code_value(r)
        secrets.append(("otp", v))
        body.append(r.choice(h["code"]).format(v=v))
    elif layout == "pointer":
        kind = r.choice(("pin", "otp"))
        v = (_code_value(r) if kind == "otp"
             else "".join(r.choice(string.digits) for _ in range(4)))
        secrets.append((kind, v))
        body += [r.choice(h["pointer_" + kind]), v]
        below = v
    elif layout == "letters":
        v = r.choice(_WORDS[lang]).lower()
        secrets.append(("password", v))
        body.append(r.choice(h["letters"]).format(v=v))
    elif layout == "attribute":
        kind = r.choice(("password", "pin"))
        v = secret_value(r, kind, lang)
        while kind == "password" and v.isalpha():
            v = secret_value(r, kind, lang)
        secrets.append((kind, v))
    lines = [hello, ""] + fillers[:1] + body + quiet + fillers[1:] + ["", bye]
    if layout == "attribute":
        label = r.choice(t["label"][secrets[0][0]])  # type: ignore[index]
        v = secrets[0][1]
        esc = _html.escape
        if r.random() < 0.5:
            link = (f'<p><a title="{esc(label)}: {esc(v)}" href="https://example.com/login">'
                    f'{esc(label)}</a></p>')
        else:
            param = "pw" if secrets[0][0] == "password" else "pin"
            link = (f'<p><a href="https://example.com/activate?id={ctx["custno"]}&amp;{param}='
                    f'{quote(v, safe="")}">{esc(label)}</a></p>')
            secrets = [(secrets[0][0], quote(v, safe=""))]
        html = "<html><body>" + "".join(f"<p>{esc(ln)}</p>" for ln in lines if ln) + link + \
            "</body></html>"
        text = None
    else:
        text, html = _render_hard(r, lines, below)
    kept = [(k, ctx[k]) for k in dict.fromkeys(used)]
    return Message(lang, layout, subject, text, html, secrets, kept)


def visible_and_links(msg: Message) -> str:
    """What a reader sees, plus every attribute value (a client shows titles and follows links)."""
    from html.parser import HTMLParser

    parts = [visible_text(msg)]

    class _P(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            parts.extend(v for _, v in attrs if v)

    if msg.html:
        p = _P(convert_charrefs=True)
        p.feed(msg.html)
        p.close()
    return "\n".join(parts)


def generate_hard(n: int, seed: int = 20261203) -> list[Message]:
    """``n`` hard messages, spread evenly over languages and `HARD_LAYOUTS`."""
    r = random.Random(seed)
    out: list[Message] = []
    i = 0
    while len(out) < n:
        lang = LANGS[i % len(LANGS)]
        layout = HARD_LAYOUTS[(i // len(LANGS)) % len(HARD_LAYOUTS)]
        i += 1
        for _ in range(20):
            msg = generate_hard_message(r, lang, layout)
            blob = visible_and_links(msg)
            values = [v for _, v in msg.secrets] + [v for _, v in msg.distractors]
            if all(blob.count(v) == 1 for v in values) and not any(
                    a in b for a in values for b in values if a is not b):
                out.append(msg)
                break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=5)
    ap.add_argument("--seed", type=int, default=20261122)
    args = ap.parse_args()
    for m in generate(args.n, args.seed):
        print(f"--- {m.lang} {m.layout} secrets={m.secrets} kept={len(m.distractors)}")
        print("Subject:", m.subject)
        print(m.text if m.text is not None else m.html)


if __name__ == "__main__":
    main()
