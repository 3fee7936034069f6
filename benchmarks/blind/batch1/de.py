"""Batch 1, German. Written by helper `blind` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- kein Geheimnis: Sätze über ein Geheimnis
    T("text", "decoy", "Ihr Passwort wurde geändert",
      """Hallo {F:name},

das Passwort für Ihr Kundenkonto bei {F:shop} wurde am {D:date} um {D:time} Uhr geändert.
Wenn Sie das waren, müssen Sie nichts weiter tun.
Falls nicht, rufen Sie uns bitte sofort unter {D:phone} an.

Kundennummer: {D:custno}"""),
    T("html", "decoy", "Sicherheitshinweis",
      """<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>
<p>wir fragen Sie <strong>niemals</strong> per E-Mail, SMS oder Telefon nach Ihrem Passwort, Ihrer PIN oder einer TAN.
Geben Sie Ihre Zugangsdaten niemals an Dritte weiter.</p>
<p>Vorgangsnummer: {D:ref}</p>"""),
    T("text", "decoy", "Ihre neue Karte ist unterwegs",
      """Guten Tag {F:name},

Ihre neue Girocard ({D:masked}) wurde am {D:date} verschickt.
Die PIN erhalten Sie in einigen Tagen mit separater Post. Aus Sicherheitsgründen versenden wir Karte und PIN-Brief nie gemeinsam.
Ihre bisherige PIN bleibt gültig.

Fragen? Rufen Sie uns an: {D:phone}."""),
    T("br", "decoy", "PIN vergessen?",
      """Hallo {F:name},
Ihre Karten-PIN können Sie jederzeit in der Banking-App unter Karten einsehen.
Wenn Sie Ihre PIN vergessen haben, können Sie unter {D:phone} eine neue bestellen.
Bewahren Sie die PIN niemals zusammen mit der Karte auf.

Karte {D:masked}"""),
    T("table", "decoy", "Sicherheitseinstellungen geändert",
      """Die Sicherheitseinstellungen Ihres Kontos wurden geändert.
Änderung | Zwei-Faktor-Authentifizierung aktiviert
Datum | {D:date}
Uhrzeit | {D:time}
Kundennummer | {D:custno}
Das waren nicht Sie? Ändern Sie Ihr Kennwort und melden Sie sich unter {D:phone}."""),
    T("text", "decoy", "Passwort zurücksetzen",
      """Hallo,

am {D:date} wurde angefordert, das Passwort für Ihr Konto zurückzusetzen.
Über den folgenden Link können Sie ein neues Passwort vergeben. Der Link ist 30 Minuten gültig.

https://konto.example.de/passwort

Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail. Ihr Passwort bleibt unverändert."""),
    T("blocks", "decoy", "So finden Sie Ihre PUK",
      """Wenn Sie die PIN dreimal falsch eingeben, wird Ihre SIM-Karte gesperrt und Sie benötigen die PUK.
Wo finde ich die PUK? | Im Kundenportal oder auf der Plastikkarte, in der die SIM-Karte steckte
Kundenservice | {D:phone}
Kundennummer | {D:custno}"""),
    T("text", "decoy", "Neues Anmeldeverfahren",
      """Sehr geehrte Damen und Herren,

ab dem {D:date} melden Sie sich mit einem Einmalcode an, den wir Ihnen per SMS senden.
Der Code ist 10 Minuten gültig. Geben Sie den Code an niemanden weiter, wir werden Sie nie danach fragen.
Ihr Passwort benötigen Sie weiterhin bei der Anmeldung auf einem neuen Gerät.

Vertragsnummer: {D:ref}"""),
    T("html", "decoy", "Sicherheitsfrage aktualisiert",
      """<p>Hallo {F:name},</p>
<p>die Antwort auf Ihre Sicherheitsfrage wurde am {D:date} geändert.</p>
<p>Wir nutzen sie, um Sie am Telefon zu identifizieren. Wählen Sie keine Antwort, die andere leicht erraten können.</p>
<p>Kundennr. {D:custno}</p>"""),
    T("br", "decoy", "Willkommen im Online-Banking",
      """Guten Tag {F:name},
willkommen im Online-Banking.
Ihren Aktivierungscode senden wir Ihnen per Post an {F:street}, {D:postcode} {F:city} innerhalb von fünf Werktagen.
Nach Erhalt vergeben Sie ein eigenes Passwort mit mindestens 10 Zeichen.

Kunden-ID: {D:custno}"""),
    T("text", "decoy", "Ihr Konto wurde gesperrt",
      """Hallo {F:name},

nach fünf falschen Passworteingaben am {D:date} um {D:time} Uhr haben wir Ihr Konto gesperrt.
Sie können es entsperren, indem Sie Ihr Passwort zurücksetzen oder uns unter {D:phone} anrufen.
Bitte beachten Sie die Groß- und Kleinschreibung des Passworts.

Referenz {D:ref}"""),
    T("table", "decoy", "PIN-Änderung bestätigt",
      """Die PIN Ihrer Karte wurde an einem Geldautomaten geändert.
Karte | {D:masked}
Geändert am | {D:date}
Ort | Geldautomat, {F:city}
Das waren nicht Sie? Rufen Sie sofort {D:phone} an."""),
    T("text", "decoy", "Ihr Kennwort läuft ab",
      """Hallo {F:name},

Ihr Kennwort für das Kundenportal läuft am {D:date} ab. Bitte melden Sie sich an und vergeben Sie vorher ein neues Kennwort.
Kennwörter müssen mindestens 12 Zeichen lang sein.
Vorgang {D:ref}"""),
    # --- kein Geheimnis: normale Briefe
    T("html", "none", "Bestellbestätigung {D:order}",
      """<h2>Vielen Dank für Ihre Bestellung, {F:name}!</h2>
<table cellpadding="4"><tr><th align="left">Artikel</th><th>Menge</th><th>Preis</th></tr>
<tr><td>Wollsocken, grau</td><td>1 Stück</td><td>{D:price}</td></tr>
<tr><td>Versand</td><td></td><td>{D:price2}</td></tr></table>
<p>Bestellnummer: <b>{D:order}</b><br>Bestellt am {D:date}</p>
<p>Lieferadresse: {F:street}, {D:postcode} {F:city}</p>"""),
    T("text", "none", "Ihr Paket ist unterwegs",
      """Hallo {F:name},

Ihre Bestellung {D:order} hat am {D:date} unser Lager verlassen.
Sendungsnummer: {D:tracking}
Voraussichtliche Zustellung: {D:date2} zwischen {D:time} und {D:time2} Uhr.

Zustellung ändern? Rufen Sie {D:phone} an."""),
    T("table", "none", "Rechnung {D:invoice}",
      """Vielen Dank für Ihre Zahlung.
Rechnungsnummer | {D:invoice}
Betrag | {D:price}
Fällig am | {D:date}
Verwendungszweck | {D:ref}
Kundennummer | {D:custno}"""),
    T("br", "none", "Terminerinnerung",
      """Hallo {F:name},
wir erinnern Sie an Ihren Termin am {D:date} um {D:time} Uhr.
Buchungsnummer: {D:ref}
Absagen unter {D:phone}."""),
    T("text", "none", "SEPA-Lastschriftmandat",
      """Guten Tag {F:name},

Ihr SEPA-Lastschriftmandat wurde eingerichtet.
IBAN: {D:iban}
Erste Abbuchung: {D:price} am {D:date}
Mandatsreferenz: {D:ref}

Ihre Zugangsdaten bleiben unverändert."""),
    # --- Geheimnisse, die eine naive Regel übersieht
    T("text", "hard", "Ihr Anmeldecode",
      """Geben Sie {S:otp} in der App ein, um sich anzumelden. Der Code verfällt nach 10 Minuten.
Geben Sie den Code nicht weiter."""),
    T("text", "hard", "Bestätigen Sie Ihre E-Mail-Adresse",
      """Hallo {F:name},

danke für Ihre Registrierung. Bitte geben Sie den folgenden Code in der App ein:

{S:otpg}

Der Code gilt bis {D:time} Uhr. Ihre Kundennummer lautet {D:custno}."""),
    T("html", "hard", "Ihr Initialpasswort",
      """<p>Hallo {F:name},</p>
<p>Ihr Zugang ist eingerichtet. Ihr Initialpasswort finden Sie unten. Bei der ersten Anmeldung werden Sie aufgefordert, es zu ändern.</p>
<p style="font-size:20px;font-family:monospace">{S:pw}</p>
<p>Benutzername: {F:name}{D:amount}</p>"""),
    T("blocks", "hard", "Ihre neue PIN",
      """Hier ist die PIN für Ihre Karte {D:masked}. Bitte merken Sie sie sich und löschen Sie diese Nachricht.
Ihre persönliche Geheimzahl | {S:pin}
Ausgestellt | {D:date}"""),
    T("text", "hard", "Willkommen im Mitarbeiterportal",
      """Hallo {F:name},

Ihr Benutzerkonto ist eingerichtet. Melden Sie sich mit Ihrer Personalnummer {D:custno} an; das Startpasswort lautet {S:pwword}.
Bitte ändern Sie es bei der ersten Anmeldung.

IT-Service, {D:phone}"""),
    T("br", "hard", "Ihr Bestätigungscode",
      """Ihr Bestätigungscode:
{S:otp}
Bitte innerhalb von 15 Minuten verwenden. Bestellung {D:order}."""),
    T("table", "hard", "Ihre Zugangsdaten",
      """Willkommen! Hier sind Ihre Zugangsdaten.
Benutzername | {F:name}.{D:amount}
Kennwort | {S:pw}
Kundennummer | {D:custno}
Bewahren Sie diese E-Mail sicher auf oder löschen Sie sie nach der Anmeldung."""),
    T("text", "hard", "Neues Passwort",
      """Hallo {F:name},

wie gewünscht haben wir Ihr Passwort zurückgesetzt. Das neue Passwort ist {S:pwword}.
Referenz {D:ref}."""),
    T("html", "hard", "Ihr Code für {F:shop}",
      """<div style="text-align:center">
<p>Mit diesem Code können Sie Ihr Passwort zurücksetzen:</p>
<p style="font-size:28px;letter-spacing:6px"><b>{S:otpg}</b></p>
<p>Falls Sie den Code nicht angefordert haben, ignorieren Sie diese E-Mail.</p>
</div>"""),
    T("text", "hard", "Daten Ihrer SIM-Karte",
      """Ihre neue SIM-Karte ist aktiviert.

PIN: {S:pin}
PUK: {S:puk}

Ihre Rufnummer lautet {D:phone}. Auftrag {D:order}."""),
    T("blocks", "hard", "Ihre Backup-Codes",
      """Bewahren Sie diese Backup-Codes sicher auf. Jeder Code funktioniert einmal.
Backup-Code | {S:otpg}
Zweiter Backup-Code | {S:otpg2}
Erstellt am | {D:date}"""),
    T("text", "hard", "Erinnerung an Ihre PIN",
      """Hallo {F:name},

Sie haben eine Erinnerung an Ihre Karten-PIN angefordert. Die PIN für die Karte {D:masked} lautet

    {S:pin}

Bitte merken Sie sich die PIN und vernichten Sie diese Nachricht."""),
    T("br", "hard", "Sicherheitsfrage gespeichert",
      """Hallo {F:name},
Ihre Sicherheitsfrage wurde gespeichert.
Frage: Wie hieß Ihr erstes Haustier?
Antwort: {S:answer}
Sie können sie in den Einstellungen ändern."""),
    T("text", "hard", "Ihre virtuelle Kreditkarte",
      """Hallo {F:name},

hier ist wie gewünscht die Kartennummer Ihrer virtuellen Kreditkarte:
{S:card}
Gültig bis 09/29. Verfügbarer Betrag {D:price}."""),
    T("table", "hard", "Bitte prüfen Sie Ihre Daten",
      """Bitte prüfen Sie die Daten, die wir für Sie gespeichert haben.
Name | {F:name}
Steuer-Identifikationsnummer | {S:nid}
Eingegangen am | {D:date}
Unser Zeichen | {D:ref}"""),
    T("text", "hard", "Ihr Konto bei {F:shop}",
      """Hallo {F:name},

melden Sie sich beim ersten Mal mit Ihrer E-Mail-Adresse und dem Passwort {S:pw} an.
Danach vergeben Sie ein eigenes Passwort."""),
    # --- einfache Geheimnisse, teils neben Hinweisen
    T("text", "easy", "Ihr Einmalcode",
      """Ihr Einmalcode lautet {S:otp}. Er ist 5 Minuten gültig.
Wir fragen Sie nie nach diesem Code. Ref {D:ref}."""),
    T("html", "easy decoy", "Neues Passwort",
      """<p>Hallo {F:name},</p>
<p>Ihr neues Passwort: <strong>{S:pw}</strong></p>
<p>Teilen Sie Ihr Passwort niemals mit anderen. Sie können Ihr Passwort jederzeit unter Mein Konto ändern.</p>
<p>Kundennummer {D:custno}</p>"""),
    T("text", "easy decoy", "Ihre PIN",
      """Hallo {F:name},

PIN: {S:pin}

Sie können Ihre PIN an jedem Geldautomaten ändern. Wenn Sie die PIN vergessen, rufen Sie {D:phone} an.
Karte {D:masked}."""),
    T("br", "easy", "Anmeldecode",
      """Anmeldecode: {S:otp}
Angefordert am {D:date} um {D:time} Uhr.
Nicht Sie? Rufen Sie {D:phone} an."""),
    T("table", "easy decoy", "Ihr Router ist unterwegs",
      """Ihr Router wurde mit der Sendungsnummer {D:tracking} verschickt.
Netzwerkname | {F:shop}-{D:amount}
WLAN-Schlüssel | {S:pw}
Gerätepasswort | steht auf dem Aufkleber unter dem Router
Geben Sie Ihren WLAN-Schlüssel nicht weiter."""),
    T("text", "easy", "Ihre PUK",
      """Hallo {F:name},

Ihre PUK lautet {S:puk}. Geben Sie sie am Telefon ein, um die SIM-Karte zu entsperren, und wählen Sie dann eine neue PIN.
Rufnummer: {D:phone}."""),
    T("blocks", "easy", "Registrierung abschließen",
      """Schließen Sie die Registrierung mit dem folgenden Einmalcode ab.
Einmalcode | {S:otp}
Gültig bis | {D:time} Uhr"""),
    T("text", "easy decoy", "Passwort zurückgesetzt",
      """Hallo {F:name},

Ihr Passwort wurde am {D:date} zurückgesetzt. Vorläufiges Passwort: {S:pw}

Passwörter müssen alle 90 Tage geändert werden. Bestellung {D:order}."""),
]
