"""Batch 3, German. Written by helper `blind3` (session B) on 2026-12-03 without reading the rules."""

from blind.engine import T

_FOOTER = """Musterstadtwerke GmbH · Sitz der Gesellschaft: {F:city} · Amtsgericht {F:city} HRB 18342
Geschäftsführung: Dr. Anja Brandt, Tobias Kern · USt-IdNr. DE 271 448 903
Service-Hotline {D:phone} (Mo-Fr 8-18 Uhr)"""

TEMPLATES = [
    # --- about a secret, giving none
    T("text", "decoy", "Ihr Kennwort wurde geändert",
      """Guten Tag {F:name},

das Kennwort für Ihr Kundenkonto {D:custno} wurde am {D:date} um {D:time} Uhr geändert.
Wenn Sie das selbst waren, ist alles in Ordnung. Falls nicht, setzen Sie Ihr Kennwort bitte sofort
über „Kennwort vergessen?" zurück und rufen Sie uns an.

""" + _FOOTER),
    T("html", "decoy", "Achtung: betrügerische Anrufe",
      """<p>Liebe Kundin, lieber Kunde,</p>
<p>derzeit geben sich Betrüger am Telefon als Mitarbeitende unserer Bank aus. Bitte beachten Sie:
Wir fragen Sie <strong>niemals</strong> nach Ihrer Geheimzahl, Ihrem Online-Banking-Passwort oder
einer TAN &ndash; weder am Telefon noch per E-Mail oder SMS.</p>
<p>Legen Sie im Zweifel auf und rufen Sie uns unter {D:phone} zurück.</p>
<p>Ihre Sparkasse {F:city}</p>"""),
    T("br", "decoy", "Ihre neue Girocard ist unterwegs",
      """Guten Tag {F:name},
Ihre neue Karte mit der Endnummer {D:masked} wurde am {D:date} verschickt.
Die PIN erhalten Sie wie gewohnt in einem separaten Brief, einige Tage nach der Karte.
Ihre bisherige PIN bleibt gültig, wenn Sie eine Folgekarte erhalten.
Bei Fragen: {D:phone}"""),
    T("table", "decoy", "Ablauf Ihres Passworts",
      """Ihr Windows-Anmeldekennwort läuft demnächst ab.

Benutzer | {F:name}
Zuletzt geändert | {D:date}
Gültig bis | {D:date2}
Ändern über | Strg+Alt+Entf > Kennwort ändern

Ihr IT-Servicedesk, Durchwahl 2200"""),
    T("blocks", "decoy", "Passwort zurücksetzen",
      """Sie haben angefordert, Ihr Passwort zurückzusetzen.

Angefordert am | {D:date} um {D:time}
Gültigkeit des Links | 24 Stunden

Falls Sie das nicht waren, ignorieren Sie diese E-Mail. Ihr Passwort bleibt dann unverändert."""),
    T("text", "decoy", "Änderung beim Online-Banking ab {D:date}",
      """Sehr geehrte/r {F:name},

ab dem {D:date} stellen wir das mobileTAN-Verfahren ein. Freigaben erfolgen dann nur noch über die
pushTAN-App. Ihre Zugangsdaten und Ihre PIN für das Online-Banking ändern sich dadurch nicht.

Die Registrierung für pushTAN erklären wir Ihnen unter {D:phone} gern auch telefonisch.

Kundennummer: {D:custno}"""),
    T("html", "decoy", "Ihre SIM-Karte ist gesperrt",
      """<p>Hallo {F:name},</p>
<p>nach dreimaliger falscher PIN-Eingabe ist die SIM-Karte für die Rufnummer {D:phone} gesperrt.
Zum Entsperren brauchen Sie die PUK. Sie steht auf der Plastikkarte, aus der Sie die SIM herausgebrochen
haben, oder im Kundencenter unter „Meine SIM-Karten".</p>
<p>Bitte beachten Sie: Nach zehn falschen PUK-Eingaben ist die Karte endgültig unbrauchbar.</p>"""),
    T("text", "decoy", "Sicherheitshinweis zu Ihren Zugangsdaten",
      """Hallo {F:name},

bitte schreiben Sie Ihr Passwort nicht auf und verwenden Sie es nirgendwo sonst.
Ein gutes Passwort hat mindestens zwölf Zeichen. Unsere Mitarbeitenden können Ihr Passwort nicht
einsehen und werden Sie niemals danach fragen.

Vertragsnummer {D:ref}"""),
    T("br", "decoy", "PIN-Brief beantragt",
      """Guten Tag {F:name},
wir haben Ihren Auftrag vom {D:date} erhalten. Ein neuer PIN-Brief wird Ihnen per Post an die bei
uns hinterlegte Anschrift gesendet. Aus Sicherheitsgründen verschicken wir Geheimzahlen niemals per
E-Mail.
Auftragsnummer: {D:ref}"""),
    T("table", "decoy", "Neue Anmeldung bei Ihrem Konto",
      """Wir haben eine Anmeldung von einem neuen Gerät festgestellt.

Gerät | Firefox unter macOS
Ort | {F:city}, Deutschland
Zeitpunkt | {D:date}, {D:time} Uhr

Waren Sie das nicht? Ändern Sie bitte umgehend Ihr Passwort."""),
    T("text", "decoy", "AW: Zugangsdaten vergessen",
      """Hallo {F:name},

vielen Dank für Ihre Nachricht. Aus Datenschutzgründen dürfen wir Passwörter nicht per E-Mail
versenden. Über den Link „Passwort vergessen" auf der Anmeldeseite können Sie sich selbst ein neues
vergeben.

Mit freundlichen Grüßen
Ihr Kundenservice, Ticket {D:ref}

Am {D:date} um {D:time} schrieb {F:name}:
> Guten Tag, ich komme nicht mehr in mein Konto. Können Sie mir mein Passwort schicken?
> Meine Kundennummer ist {D:custno}."""),
    T("html", "decoy", "Ihr WLAN-Router wurde versendet",
      """<p>Hallo {F:name},</p>
<p>Ihr neuer Router ist unterwegs (Sendungsnummer {D:tracking}). Den WLAN-Schlüssel finden Sie auf
dem Aufkleber an der Unterseite des Geräts &ndash; aus Sicherheitsgründen nennen wir ihn hier nicht.</p>
<p>Auftrag {D:order}</p>"""),
    T("blocks", "decoy", "Ihre Sicherheitseinstellungen",
      """Übersicht Ihrer Sicherheitseinstellungen:

Zwei-Faktor-Anmeldung | aktiv seit {D:date}
Letzte Passwortänderung | {D:date2}
Sicherheitsfrage | hinterlegt

Sie können diese Einstellungen jederzeit im Bereich „Mein Profil" anpassen."""),
    T("text", "decoy", "Ihre Identifikationsnummer",
      """Sehr geehrte/r {F:name},

Ihre steuerliche Identifikationsnummer teilt Ihnen das Bundeszentralamt für Steuern ausschließlich
per Brief mit. Bitte geben Sie sie nur gegenüber Ihrem Arbeitgeber, Ihrer Krankenkasse oder dem
Finanzamt an.

Aktenzeichen {D:ref}"""),
    # --- no secret at all
    T("text", "none", "Ihre Bestellung {D:order} wurde versandt",
      """Hallo {F:name},

Ihre Bestellung ist auf dem Weg zu Ihnen.

Sendungsnummer: {D:tracking}
Lieferadresse: {F:street}, {D:postcode} {F:city}
Gesamtbetrag: {D:price}

{F:shop} GmbH · Amtsgericht {F:city} HRB 20914 · USt-IdNr. DE 318 552 104"""),
    T("table", "none", "Ihre Rechnung {D:invoice}",
      """Vielen Dank für Ihren Auftrag.

Rechnungsnummer | {D:invoice}
Rechnungsdatum | {D:date}
Fällig am | {D:date2}
Betrag | {D:price}
IBAN | {D:iban}
Verwendungszweck | {D:custno}"""),
    T("html", "none", "Terminbestätigung",
      """<p>Guten Tag {F:name},</p>
<p>hiermit bestätigen wir Ihren Termin im Bürgeramt am <b>{D:date} um {D:time} Uhr</b>, Zimmer {D:roomno}.</p>
<p>Bitte bringen Sie Ihren Personalausweis mit. Vorgangsnummer: {D:caseno}</p>"""),
    T("br", "none", "Ihre Fahrkarte",
      """Buchungsbestätigung
Auftragsnummer: {D:pnr}
Hinfahrt am {D:date}, ab {D:time}
Wagen 12, Platz 64
Preis: {D:price}"""),
    T("blocks", "none", "Ihre Jahresabrechnung",
      """Ihre Stromabrechnung liegt vor.

Vertragskonto | {D:custno}
Abrechnungszeitraum bis | {D:date}
Guthaben | {D:price}
Neuer Abschlag ab | {D:date2}

""" + _FOOTER),
    T("text", "none", "Rücksendung erhalten",
      """Hallo {F:name},

Ihre Rücksendung zur Bestellung {D:order} ist bei uns eingegangen. Den Betrag von {D:price} erstatten
wir auf Ihre Karte mit der Endung {D:masked}.

Retourennummer {D:tracking}"""),
    T("table", "none", "Beitragsrechnung Kfz-Versicherung",
      """Versicherungsschein-Nr. | {D:ref}
Beitrag | {D:price}
Fälligkeit | {D:date}
Abbuchung von | {D:iban}
Schadenhotline | {D:phone}"""),
    # --- secrets a naive keyword rule misses
    T("text", "hard", "E-Mail-Adresse bestätigen",
      """Hallo {F:name},

bitte gib {S:otp} in der App ein, um deine E-Mail-Adresse zu bestätigen.
Der Code ist 15 Minuten gültig."""),
    T("html", "hard", "Dein Anmeldecode",
      """<p>Hallo,</p>
<p>zum Abschluss der Anmeldung gib bitte Folgendes ein:</p>
<p style="font-size:26px;letter-spacing:5px"><b>{S:otpg}</b></p>
<p>Gib diesen Code niemals weiter, auch nicht an unseren Support.</p>"""),
    T("br", "hard", "Dein neues Passwort",
      """Hallo {F:name},
wir haben dein Passwort für das Elternportal zurückgesetzt.
Es lautet jetzt {S:pwword}
Bitte ändere es nach der ersten Anmeldung.
Sekretariat der Grundschule am Park, {D:phone}"""),
    T("table", "hard", "Willkommen an Bord",
      """Hallo {F:name}, hier deine Daten für den ersten Arbeitstag.

Erster Arbeitstag | {D:date}
Personalnummer | {D:custno}
Initialkennwort | {S:pw}
Zutritt Haupteingang | {S:pin}

Dein Ausweis liegt am Empfang bereit."""),
    T("blocks", "hard", "Ihre Anreise in die Ferienwohnung",
      """Hallo {F:name}, wir freuen uns auf Sie.

Adresse | {F:street}, {D:postcode} {F:city}
Schlüsseltresor neben der Haustür | {S:pin}
Anreise ab | 15 Uhr am {D:date}

Buchungsnummer {D:pnr}"""),
    T("text", "hard", "{S:otp} ist dein Bestätigungscode",
      """Hallo,

jemand möchte sich mit deinem Konto auf einem neuen Gerät anmelden. Warst du das nicht, ändere bitte
dein Passwort."""),
    T("text", "hard", "Ihr Paket liegt in der Packstation",
      """Hallo {F:name},

Ihre Sendung {D:tracking} liegt in der Packstation 118 in {F:city} für Sie bereit.
Tippen Sie am Display auf „Abholen" und geben Sie dann {S:pin6} ein.
Die Sendung wird bis zum {D:date} aufbewahrt."""),
    T("html", "hard", "Ihr Mieterportal",
      """<p>Sehr geehrte/r {F:name},</p>
<p>Ihr Zugang zum Mieterportal ist eingerichtet. Ihr Benutzername ist Ihre Mieternummer {D:custno};
das vorläufige Kennwort finden Sie am Ende dieser E-Mail.</p>
<p>Bei der ersten Anmeldung werden Sie gebeten, ein eigenes zu wählen.</p>
<p>Ihre Wohnungsbaugesellschaft &middot; {D:phone}</p>
<p><strong>{S:pw}</strong></p>"""),
    T("br", "hard", "Ihr Lizenzschlüssel",
      """Vielen Dank für Ihren Kauf.
Bestellnummer: {D:order}
Tragen Sie unter Hilfe > Aktivieren Folgendes ein:
{S:akey}
Der Schlüssel gilt für zwei Geräte."""),
    T("table", "hard", "Deine Mitgliedschaft",
      """Willkommen im FitWerk {F:city}!

Mitgliedsnummer | {D:custno}
Monatsbeitrag | {D:price}
Erste Abbuchung | {D:date}
Drehkreuz | {S:pin6}"""),
    T("text", "hard", "Ihre Telefon-PIN",
      """Sehr geehrte/r {F:name},

für das Telefonbanking haben wir Ihnen eine neue Telefon-PIN vergeben. Sie steht unten, bitte
lernen Sie sie auswendig und löschen Sie danach diese E-Mail.


{S:pin6}"""),
    T("blocks", "hard", "Ihre neue SIM-Karte",
      """Ihre SIM-Karte ist für {D:phone} freigeschaltet.

SIM-PIN | {S:pin}
PUK | {S:puk}"""),
    T("html", "hard", "Ihre Sicherheitsfrage",
      """<p>Hallo {F:name},</p>
<p>Sie haben Ihre Sicherheitsfrage geändert („Wie hieß Ihr erstes Haustier?"). Ihre Antwort:
<b>{S:answer}</b></p>
<p>Waren Sie das nicht? Rufen Sie uns an: {D:phone}</p>"""),
    T("text", "hard", "AW: Zugang Lager",
      """Hallo {F:name},

der Türcode fürs Lager ist {S:pin}, gilt ab Montag.
Bitte nicht weitergeben.

Gruß
Haustechnik

-----Ursprüngliche Nachricht-----
Von: {F:name}
Gesendet: {D:date} {D:time}
Betreff: Zugang Lager
Wie komme ich ins Lager? Mein Ausweis hat die Nummer {D:roomno}."""),
    T("br", "hard", "WLAN im Hotel",
      """Willkommen im Hotel Seeblick, {F:name}.
Zimmer: {D:roomno}
Netzwerk: Seeblick-Gast
Zugangsschlüssel, genau so eingeben: {S:pwword}
Frühstück von 7 bis 10:30 Uhr."""),
    T("table", "hard", "Rufnummer bestätigen",
      """Rufnummer | {D:phone}
Bestätigungscode | {S:otpg}
Gültig | 10 Minuten"""),
    T("text", "hard", "Freischaltung Ihrer Kreditkarte",
      """Guten Tag {F:name},

Ihre Kreditkarte mit der Endung {D:masked} ist da. Rufen Sie zur Freischaltung {D:phone} an und
tippen Sie nach der Ansage diese Nummer ein: {S:otp}

Anschließend können Sie die Karte sofort nutzen."""),
    T("html", "hard", "Ihre Zugangsdaten",
      """<table cellpadding="6">
<tr><td>Benutzername</td><td>{D:custno}</td></tr>
<tr><td>Startpasswort</td></tr>
<tr><td>{S:pw}</td></tr>
</table>"""),
    T("text", "hard decoy", "Neue Zugangsdaten Online-Banking",
      """Sehr geehrte/r {F:name},

geben Sie Ihre PIN niemals an Dritte weiter, auch nicht an uns.

Ihre neue Online-PIN lautet {S:pin6}; sie ersetzt die PIN, die Sie am {D:date} vergeben haben.
Kundennummer {D:custno}"""),
    T("blocks", "hard", "Ihr Gutschein und Ihre Geschenkkarte",
      """Danke für Ihre Bestellung {D:order}.

Rabattcode an der Kasse | HERBST10
Geschenkkartennummer | {S:card}
Prüfnummer | {S:pin}"""),
    T("text", "hard", "Zwei Dinge für Ihren ersten Login",
      """Hallo {F:name},

Benutzername: {D:custno}
Beim ersten Mal tippen Sie als Passwort: {S:pw}

Außerdem ist Ihre PIN für die Gehaltsabrechnung im Self-Service {S:pin}.

""" + _FOOTER),
    T("br", "hard", "Ihre Steuer-ID",
      """Sehr geehrte/r {F:name},
wie gewünscht teilen wir Ihnen Ihre Identifikationsnummer erneut mit:
{S:nid}
Bitte bewahren Sie dieses Schreiben sorgfältig auf."""),
    T("text", "hard", "Wichtig / Important: Ihr Zugang · votre accès",
      """Grüezi {F:name}

Ihr Zugang zum Kundenportal ist bereit. Einmalkennwort: {S:pw}

Bonjour {F:name}

Votre accès au portail client est prêt. Le mot de passe à usage unique figure ci-dessus.

Kundennummer / numéro de client: {D:custno}"""),
    T("html", "hard", "Dein Türcode für die Box",
      """<p>Hallo {F:name},</p>
<p>deine Lagerbox Nr. {D:roomno} ist ab {D:date} für dich reserviert.</p>
<p>Am Tor tippst du: <b>{S:pin6}</b></p>"""),
    # --- plain
    T("text", "easy", "Ihre PIN",
      """Guten Tag {F:name},

Ihre PIN: {S:pin}

Ihre Bank"""),
    T("table", "easy", "Ihr Einmalpasswort",
      """Einmalpasswort | {S:otp}
Gültig | 5 Minuten"""),
    T("html", "easy", "Passwort zurückgesetzt",
      """<p>Ihr Passwort wurde zurückgesetzt.</p><p>Neues Passwort: <strong>{S:pw}</strong></p>"""),
    T("br", "easy", "Ihre virtuelle Karte",
      """Ihre virtuelle Kreditkarte ist bereit.
Kartennummer: {S:card}
Gültig bis 08/29"""),
]
