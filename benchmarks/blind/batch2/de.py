"""Batch 2, German. Written by helper `blind2` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- about a secret, giving none
    T("text", "decoy", "Ihr Passwort wurde geändert",
      """Hallo {F:name},

das Passwort Ihres Kundenkontos wurde am {D:date} um {D:time} Uhr geändert.
Wenn Sie das waren, müssen Sie nichts weiter tun.
Sie erkennen die Änderung nicht? Rufen Sie uns bitte sofort unter {D:phone} an und nennen Sie Ihre Kundennummer {D:custno}.

Mit freundlichen Grüßen
Ihr Kundenservice"""),
    T("html", "decoy", "Sicherheitshinweis: Vorsicht vor Phishing",
      """<p>Guten Tag {F:name},</p>
<p>derzeit sind gefälschte E-Mails im Umlauf, die scheinbar von uns stammen. Bitte beachten Sie:</p>
<ul><li>Wir fragen Sie niemals nach Ihrer PIN, Ihrem Online-Banking-Passwort oder einer TAN,</li>
<li>geben Sie Freigabecodes nie am Telefon weiter,</li>
<li>klicken Sie nicht auf Links in verdächtigen Nachrichten.</li></ul>
<p>Im Zweifel erreichen Sie unsere Sperr-Hotline unter {D:phone}.</p>"""),
    T("br", "decoy", "Ihre neue Karte ist unterwegs",
      """Sehr geehrte Kundin, sehr geehrter Kunde,
Ihre neue girocard mit der Endnummer {D:masked} wurde am {D:date} versandt.
Die zugehörige PIN erhalten Sie aus Sicherheitsgründen mit separater Post.
Karte und Geheimzahl werden niemals im selben Umschlag verschickt.

Fragen? {D:phone}"""),
    T("table", "decoy", "PIN vergessen?",
      """So erhalten Sie Ihre PIN erneut.

In der App | Karten > PIN anzeigen
Telefonisch | {D:phone}
Karte | {D:masked}
Auftrag vom | {D:date}

Ein neuer PIN-Brief ist in der Regel nach fünf Werktagen bei Ihnen."""),
    T("text", "decoy", "Passwort zurücksetzen",
      """Hallo {F:name},

wir haben eine Anfrage zum Zurücksetzen Ihres Passworts erhalten.
Über den folgenden Link können Sie ein neues Passwort festlegen. Der Link ist 30 Minuten gültig und kann nur einmal verwendet werden.

Falls Sie das nicht angefordert haben, ignorieren Sie diese E-Mail einfach. Ihr bisheriges Passwort bleibt gültig.

Vorgang {D:ref}"""),
    T("blocks", "decoy", "Neue Anmeldung in Ihrem Konto",
      """Wir haben eine Anmeldung von einem neuen Gerät festgestellt.
Zeitpunkt | {D:date}, {D:time} Uhr
Gerät | Firefox unter Linux
Ort | {F:city}
Waren Sie das nicht? Ändern Sie umgehend Ihr Passwort und aktivieren Sie die Zwei-Faktor-Authentifizierung."""),
    T("text", "decoy", "Zwei-Faktor-Authentifizierung aktiviert",
      """Hallo {F:name},

ab sofort senden wir Ihnen bei jeder Anmeldung auf einem neuen Gerät einen Bestätigungscode per SMS.
Der Code ist zehn Minuten gültig und kann nur einmal verwendet werden.
Sie können die Funktion unter Einstellungen > Sicherheit wieder abschalten.

Kundennummer {D:custno}"""),
    T("html", "decoy", "Neue Passwortrichtlinie",
      """<p>Sehr geehrte Damen und Herren,</p>
<p>ab dem <strong>{D:date}</strong> muss Ihr Passwort mindestens 12 Zeichen lang sein und darf keinem Ihrer früheren Passwörter entsprechen.
Bei der nächsten Anmeldung nach diesem Datum werden Sie gebeten, ein neues zu vergeben.</p>
<p>Heute müssen Sie nichts tun.</p>"""),
    T("br", "decoy", "Ihr Code ist abgelaufen",
      """Hallo {F:name},
der Code, den wir Ihnen um {D:time} Uhr geschickt haben, ist abgelaufen und kann nicht mehr verwendet werden.
Fordern Sie auf der Anmeldeseite einfach einen neuen an.
Referenz {D:ref}"""),
    T("text", "decoy", "Ihre SIM-Karte ist gesperrt",
      """Hallo {F:name},

die PIN Ihrer SIM-Karte wurde dreimal falsch eingegeben, daher ist die Karte jetzt gesperrt.
Zum Entsperren benötigen Sie die PUK, die auf der Plastikkarte Ihrer SIM-Karte steht. Sie finden sie auch in der MeinMagenta-App.
Bitte nicht raten: Nach zehn falschen PUK-Eingaben ist die Karte dauerhaft unbrauchbar.

Kundennummer {D:custno}"""),
    T("table", "decoy", "Ihre Anfrage wurde abgeschlossen",
      """Vielen Dank für Ihre Nachricht.

Ticketnummer | {D:ref}
Abgeschlossen am | {D:date}
Betreff | Anmeldung mit Kennwort nicht möglich

Unsere Mitarbeiter fragen Sie niemals per E-Mail nach Ihrem Kennwort. Sollte das Problem weiter bestehen, rufen Sie {D:phone} an."""),
    T("html", "decoy", "Ihre Steuer-Identifikationsnummer",
      """<p>Sehr geehrte/r {F:name},</p>
<p>Sie haben am {D:date} eine erneute Mitteilung Ihrer steuerlichen Identifikationsnummer beantragt.
Aus Datenschutzgründen teilen wir Ihnen die Nummer nicht per E-Mail mit; sie wird Ihnen in den nächsten Wochen per Brief an Ihre Meldeadresse zugestellt.</p>
<p>Aktenzeichen {D:ref}</p>"""),
    # --- no secret at all
    T("table", "none", "Bestellbestätigung {D:order}",
      """Vielen Dank für Ihre Bestellung, {F:name}!

Bestellnummer | {D:order}
Bestelldatum | {D:date}
Gesamtbetrag | {D:price}
Lieferadresse | {F:street}, {D:postcode} {F:city}

Wir informieren Sie, sobald Ihr Paket unterwegs ist."""),
    T("text", "none", "Ihr Paket ist unterwegs",
      """Hallo {F:name}, Ihre Bestellung {D:order} wurde verschickt.

Sendungsnummer: {D:tracking}
Voraussichtliche Zustellung: {D:date}

Sind Sie nicht zu Hause, wird das Paket in einer Filiale in Ihrer Nähe hinterlegt."""),
    T("table", "none", "Ihre Rechnung {D:invoice}",
      """Ihre Monatsrechnung liegt vor.

Rechnungsnummer | {D:invoice}
Rechnungsbetrag | {D:price}
Fällig am | {D:date}
IBAN | {D:iban}
Verwendungszweck | {D:ref}

Bei erteiltem SEPA-Lastschriftmandat buchen wir den Betrag automatisch ab."""),
    T("br", "none", "Ihre Reservierung",
      """Guten Tag {F:name},
Ihre Sitzplatzreservierung für den ICE nach {F:city} am {D:date} um {D:time} Uhr ist bestätigt.
Auftragsnummer {D:order}
Bei Fragen erreichen Sie uns unter {D:phone}."""),
    T("html", "none", "Ihre Rücksendung ist angekommen",
      """<p>Hallo {F:name},</p>
<p>Ihre Rücksendung zur Bestellung <b>{D:order}</b> ist bei uns eingegangen. Wir erstatten Ihnen <b>{D:price}</b> innerhalb von fünf Tagen auf die Karte mit der Endnummer {D:masked}.</p>"""),
    T("blocks", "none", "Ihre Mitgliedschaft verlängert sich",
      """Ihre Mitgliedschaft bei {F:shop} verlängert sich automatisch.
Mitgliedsnummer | {D:custno}
Verlängerung am | {D:date}
Beitrag | {D:price}
Wenn Sie Mitglied bleiben möchten, müssen Sie nichts tun."""),
    # --- secrets a naive keyword rule misses
    T("text", "hard", "Bestätigen Sie Ihre Anmeldung",
      """Hallo {F:name},

geben Sie {S:otp} in der App ein, um die Anmeldung abzuschließen.
Die Zahlenfolge ist 10 Minuten gültig.

Sie haben sich nicht angemeldet? Dann rufen Sie {D:phone} an."""),
    T("text", "hard", "{S:otp} ist Ihr Code für {F:shop}",
      """Verwenden Sie {S:otp}, um Ihre E-Mail-Adresse zu bestätigen.
Bitte leiten Sie diese E-Mail nicht weiter."""),
    T("br", "hard", "Schließen Sie Ihre Registrierung ab",
      """Fast geschafft, {F:name}!
Der Code lautet {S:otpg}.
Tragen Sie ihn in das Feld auf der Seite ein, die Sie gerade verlassen haben.
Bestellung {D:order}"""),
    T("text", "hard", "Ihre neue Geheimzahl",
      """Sehr geehrte/r {F:name},

wie gewünscht haben wir für Ihre Karte mit der Endnummer {D:masked} eine neue Geheimzahl erzeugt.
Ihre PIN finden Sie unten. Bitte prägen Sie sie sich ein und löschen Sie anschließend diese Nachricht.

        {S:pin}

Sie können die PIN an jedem unserer Geldautomaten ändern."""),
    T("blocks", "hard", "Ihre Zugangsdaten für die erste Anmeldung",
      """Hier sind Ihre Zugangsdaten für die erste Anmeldung.
Benutzername | {F:name}{D:amount}
Initialkennwort | {S:pw}
Direkt nach der Anmeldung werden Sie aufgefordert, ein eigenes Kennwort zu wählen."""),
    T("table", "hard", "Ihre Vertragsdaten",
      """Willkommen, {F:name}.

Rufnummer | {D:phone}
SIM-PIN | {S:pin}
SIM-PUK | {S:puk}
Kundennummer | {D:custno}

Bitte bewahren Sie diese Daten sicher auf."""),
    T("text", "hard", "Ihr Passwort wurde zurückgesetzt",
      """Hallo {F:name},

unser IT-Support hat Ihr Konto am {D:date} zurückgesetzt. Ihr neues Passwort ist {S:pwword}.
Bitte ändern Sie es bei der ersten Anmeldung.

Ticket {D:ref}"""),
    T("html", "hard", "Ihr WLAN-Zugang",
      """<p>Hallo {F:name},</p>
<p>vielen Dank für Ihre Buchung. Den WLAN-Schlüssel für das Gästenetz finden Sie weiter unten. Er gilt für Ihren gesamten Aufenthalt.</p>
<p style="font-size:20px;font-family:monospace">{S:pw}</p>
<p>Buchungsnummer {D:ref}, Anreise {D:date}.</p>"""),
    T("table", "hard", "Willkommen im Mitarbeiterportal",
      """Herzlich willkommen, {F:name}. Ihr Konto wurde eingerichtet.

Login | {F:name}.hr
Startpasswort | {S:pw}
Personalnummer | {D:custno}
Erster Arbeitstag | {D:date}"""),
    T("text", "hard", "Karte aktivieren",
      """Hallo {F:name},

Ihre neue Karte {D:masked} ist einsatzbereit, sobald Sie sie aktiviert haben.
Rufen Sie {D:phone} an und tippen Sie nach der Ansage die Aktivierungsnummer {S:pin6} ein.

Vielen Dank, dass Sie Kunde bei uns sind."""),
    T("br", "hard", "Sicherheitsfrage gespeichert",
      """Hallo {F:name},
Sie haben eine Sicherheitsfrage für das Telefonbanking hinterlegt.
Frage: Name Ihres ersten Haustiers
Gespeicherte Antwort: {S:answer}
Wir fragen danach, wenn Sie {D:phone} anrufen."""),
    T("blocks", "hard", "PIN und PUK Ihrer SIM-Karte",
      """Ihre neue SIM-Karte für {D:phone} ist aktiviert.
PIN | {S:pin}
PUK | {S:puk}
Auftrag | {D:order}"""),
    T("text", "hard", "Ihr Paket liegt in der Packstation",
      """Ihre Sendung {D:tracking} liegt in der Packstation 112, {F:street}.
Das Fach öffnet sich mit {S:otp}; bitte holen Sie die Sendung bis zum {D:date} ab.
Danach geht sie an den Absender zurück."""),
    T("br", "hard", "Ihre Zugangsdaten",
      """Sehr geehrte/r {F:name},
vielen Dank für Ihre Registrierung. Ihr Kennwort lautet:
{S:pw}
Ihre Kundennummer ist {D:custno}."""),
    T("html", "hard", "Ihre virtuelle Kreditkarte",
      """<p>Hallo {F:name},</p>
<p>Ihre virtuelle Kreditkarte ist für Online-Einkäufe bereit.</p>
<table><tr><td>Kartennummer</td></tr><tr><td style="font-size:18px">{S:card}</td></tr>
<tr><td>Gültig bis</td></tr><tr><td>{D:date}</td></tr></table>
<p>Die Kartenprüfnummer sehen Sie nur in der App.</p>"""),
    T("text", "hard", "Mitteilung über Ihre Identifikationsnummer",
      """Sehr geehrte/r {F:name},

die Ihnen zugeteilte steuerliche Identifikationsnummer lautet {S:nid}.
Bitte geben Sie sie Ihrem Arbeitgeber an. Stand der Daten: {D:date}.

Bundeszentralamt für Steuern"""),
    T("table", "hard decoy", "Bestätigen Sie Ihre Handynummer",
      """Geben Sie diesen Code niemals an Dritte weiter, auch nicht an uns.

Bestätigungscode | {S:otpg}
Gültig bis | {D:time} Uhr

Wenn Sie keinen Code angefordert haben, ignorieren Sie diese E-Mail."""),
    T("text", "hard", "Ihr Zugangscode für die Haustür",
      """Hallo {F:name},

willkommen in der {F:street}! Die Haustür öffnet sich mit
{S:pin} und anschließend der Raute-Taste.
Die Müllabfuhr kommt am {D:date}."""),
    # --- plainly labelled secrets
    T("text", "easy", "Ihr Einmalpasswort",
      """Ihr Einmalpasswort lautet {S:otp}. Es ist fünf Minuten gültig.
Geben Sie es niemals weiter."""),
    T("br", "easy", "Bestätigungscode",
      """Hallo {F:name},
Bestätigungscode: {S:otp}
Bestellung {D:order}, {D:price}"""),
    T("html", "easy", "Ihre PIN",
      """<p>Hallo {F:name},</p><p>PIN: <strong>{S:pin}</strong></p><p>Karte {D:masked}</p>"""),
    T("table", "easy", "Ihr Konto",
      """Benutzername | {F:name}
Passwort | {S:pw}
Kundennummer | {D:custno}"""),
    T("text", "easy decoy", "Anmeldecode",
      """Anmeldecode: {S:otp}
Wir rufen Sie niemals an, um nach diesem Code zu fragen. Falls das jemand tut, legen Sie auf und wählen Sie {D:phone}."""),
    T("blocks", "easy", "Ihre PUK",
      """Sie haben die PUK für {D:phone} angefordert.
PUK | {S:puk}
Angefordert am | {D:date}"""),
    T("br", "hard", "Aktivierung Ihres TAN-Verfahrens",
      """Guten Tag {F:name},
für die Einrichtung der pushTAN-App benötigen Sie einen Registrierungscode.
Den Registrierungscode finden Sie am Ende dieser Nachricht.
Kundennummer {D:custno}

{S:otpg}"""),
    # --- more compounds, pointer phrases and label/value decoys
    T("text", "hard", "Ihr Kennwort wurde zurückgesetzt",
      """Hallo {F:name},

wie telefonisch besprochen haben wir Ihr Kundenkennwort zurückgesetzt. Ihr Kennwort wurde auf {S:pwword} geändert.
Bitte vergeben Sie bei der nächsten Anmeldung ein eigenes Kennwort.

Ihr Kundenservice {D:phone}"""),
    T("br", "hard", "Anmeldung im Kundenkonto",
      """Hallo {F:name},
melden Sie sich innerhalb von zehn Minuten mit dem Einmalkennwort {S:otp} an.
Ihre Bestellung {D:order} finden Sie unter Meine Bestellungen.
Kundennummer {D:custno}"""),
    T("table", "decoy", "Erinnerung: Ihr Passwort läuft ab",
      """Hallo {F:name}, hier die Angaben zu Ihrem Zugang.

Passwortablauf | {D:date}
Passwortänderung | Mein Konto > Sicherheit
Kundennummer | {D:custno}
Hotline | {D:phone}"""),
    T("html", "hard", "Ihre persönliche Geheimzahl",
      """<p>Sehr geehrte/r {F:name},</p>
<p>hier die neue Geheimzahl für Ihre Karte {D:masked}:</p>
<p>&nbsp;</p>
<p style="font-size:24px"><b>{S:pin}</b></p>
<p>Bitte löschen Sie diese Nachricht, sobald Sie sich die Zahl gemerkt haben.</p>"""),
    T("text", "none", "Ihre Fahrkarte",
      """Guten Tag {F:name},

vielen Dank für Ihre Buchung. Ihre Fahrkarte nach {F:city} am {D:date}, Abfahrt {D:time} Uhr, kostet {D:price}.
Auftragsnummer: {D:order}
Ihre BahnCard-Nummer ist bei der Fahrt mitzuführen. Service-Nummer: {D:phone}"""),
    T("blocks", "hard", "Willkommen in Ihrer Ferienwohnung",
      """Herzlich willkommen in {F:city}! Der Schlüssel liegt im Schlüsseltresor neben der Tür.
Tresorcode | {S:pin}
WLAN-Passwort | {S:pwword}
Abreise | {D:date} bis {D:time} Uhr"""),
    T("text", "decoy", "Hinweise zu Ihrer Sicherheit",
      """Hallo {F:name},

wir werden Sie niemals nach Ihrem Passwort oder Ihrer PIN fragen. Die Passwortgültigkeit beträgt 90 Tage.
Passwort vergessen? Über die Funktion Passwort-Reset auf der Anmeldeseite oder unter {D:phone} erhalten Sie ein neues.
Ihre Karten-PIN ändern Sie an jedem Geldautomaten.

Vorgang {D:ref}"""),
    T("text", "hard", "App mit Ihrem Konto verbinden",
      """Hallo {F:name},

geben Sie folgende Ziffern in der App ein:

{S:otp}

Die Ziffern gelten 15 Minuten. Bestellung {D:order}."""),
]
