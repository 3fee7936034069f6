"""Batch 5, German. Written by helper `blind5b` on 2026-12-04 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- about a secret, giving none
    T(
        "text",
        "decoy",
        "pushTAN wurde auf ein neues Gerät übertragen",
        """Guten Tag {F:name},

Ihre pushTAN-Verbindung wurde am {D:date} um {D:time} Uhr auf ein neues Smartphone übertragen.
Wenn Sie das veranlasst haben, ist nichts weiter zu tun.
Falls nicht, lassen Sie Ihren Online-Banking-Zugang bitte sofort sperren: {D:phone}.

Mit freundlichen Grüßen
Ihre Sparkasse {F:city}""",
    ),
    T(
        "html",
        "decoy",
        "Vorsicht vor falschen Bankmitarbeitern",
        """<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>
<p>derzeit rufen Betrüger im Namen der Volksbank an und bitten um TANs, die PIN Ihrer girocard oder
Ihre Zugangsdaten zum Online-Banking. Unsere Mitarbeiter fragen Sie <b>niemals</b> nach diesen Daten –
weder am Telefon noch per E-Mail oder SMS.</p>
<p>Geben Sie keine TAN frei, die Sie nicht selbst angefordert haben. Im Zweifel erreichen Sie uns unter {D:phone}.</p>""",
    ),
    T(
        "br",
        "decoy",
        "Ihr neuer Personalausweis ist abholbereit",
        """Guten Tag {F:name},
Ihr Personalausweis liegt ab {D:date} im Bürgeramt zur Abholung bereit (Zimmer {D:roomno}).
Den PIN-Brief mit Transport-PIN, PUK und Sperrkennwort schickt Ihnen die Bundesdruckerei getrennt per Post.
Bewahren Sie den Brief sicher auf und geben Sie ihn nicht weiter.

Vorgangsnummer {D:ref}
Bürgeramt {F:city}""",
    ),
    T(
        "table",
        "decoy",
        "Registrierung bei Mein ELSTER",
        """Vielen Dank für Ihre Registrierung bei Mein ELSTER.

Registriert am | {D:date}
Aktivierungscode | wird Ihnen per Brief an Ihre Meldeadresse geschickt
Zustellung | innerhalb von etwa zwei Wochen
Aktivierung möglich bis | {D:date2}

Bitte bewahren Sie den Brief bis zum Abschluss der Registrierung auf.""",
    ),
    T(
        "blocks",
        "decoy",
        "Willkommen im Hotel am Stadtpark",
        """Liebe/r {F:name},

Reservierung | {D:pnr}
Zimmer | {D:roomno}
Zimmersafe | Den Code legen Sie beim ersten Schließen selbst fest

Das Frühstück servieren wir ab {D:time} Uhr im Erdgeschoss.""",
    ),
    T(
        "text",
        "decoy",
        "Ihre Sendung kommt in die Packstation",
        """Hallo {F:name},

Ihre Sendung {D:tracking} wird voraussichtlich am {D:date} in die Packstation 148 geliefert.
Den Abholcode bekommen Sie per Push-Nachricht in der Post & DHL App, sobald die Sendung eingelegt ist.
Ihre Postnummer: {D:custno}

Die Sendung liegt sieben Tage für Sie bereit.
Ihr DHL Team""",
    ),
    T(
        "html",
        "decoy",
        "Ihr Passwort für die Online-Geschäftsstelle wurde geändert",
        """<p>Guten Tag {F:name},</p>
<p>das Passwort für Ihren Zugang zur Online-Geschäftsstelle wurde am {D:date} um {D:time} Uhr geändert.</p>
<p>Waren Sie das nicht? Dann rufen Sie uns bitte umgehend unter {D:phone} an. Wir sperren Ihren
Zugang, bis die Sache geklärt ist.</p>
<p>Ihre Krankenkasse</p>""",
    ),
    T(
        "br",
        "decoy",
        "Ihre neue girocard ist unterwegs",
        """Guten Tag {F:name},
Ihre neue girocard wurde am {D:date} verschickt und ersetzt die Karte {D:masked}.
Die Geheimzahl erhalten Sie in einem separaten Brief, etwa drei Tage nach der Karte.
Am Geldautomaten können Sie die PIN anschließend jederzeit ändern.

Ihre Volksbank {F:city}""",
    ),
    T(
        "table",
        "decoy",
        "Kennwortrichtlinie: Ihr Uni-Konto",
        """Hinweis des Rechenzentrums zu Ihrem Uni-Konto.

Matrikelnummer | {D:caseno}
Kennwort zuletzt geändert | {D:date}
Neues Kennwort nötig bis | {D:date2}
Mindestlänge | 12 Zeichen, davon eine Ziffer

Ändern können Sie das Kennwort im Self-Service-Portal unter Konto > Sicherheit.""",
    ),
    T(
        "blocks",
        "decoy",
        "Ihre erste Fahrt mit Stadtmobil",
        """Hallo {F:name}, willkommen bei Stadtmobil!

Fahrzeugnummer | {D:serial}
Öffnen | nur über die App, einen Code brauchen Sie nicht

Tanken ist inklusive; die Tankkarte liegt im Handschuhfach, ihre PIN steht im Fahrtenbuch.""",
    ),
    T(
        "text",
        "decoy",
        "Online-Zulassung: Sicherheitscode bereithalten",
        """Guten Tag {F:name},

für die Online-Abmeldung Ihres Fahrzeugs brauchen Sie den Sicherheitscode aus der Zulassungsbescheinigung Teil I.
Er ist unter einem Rubbelfeld verborgen. Legen Sie ihn erst frei, wenn Sie den Antrag stellen,
und geben Sie ihn niemandem am Telefon weiter.

Vorgang {D:ref}
Zulassungsstelle {F:city}""",
    ),
    T(
        "html",
        "decoy",
        "Passwort zurücksetzen",
        """<p>Hallo {F:name},</p>
<p>Sie haben angefordert, das Passwort für Ihr Kundenkonto (Kundennummer {D:custno}) zurückzusetzen.</p>
<p><a href="https://konto.example.de/reset">Neues Passwort festlegen</a> – der Link ist 24 Stunden gültig.</p>
<p>Wenn Sie das nicht waren, ignorieren Sie diese E-Mail einfach. Ihr bisheriges Passwort bleibt gültig.</p>""",
    ),
    T(
        "br",
        "decoy",
        "Online-Banking gesperrt",
        """Guten Tag {F:name},
nach dreimaliger falscher Eingabe der PIN wurde Ihr Online-Banking am {D:date} um {D:time} Uhr gesperrt.
Eine neue PIN schicken wir Ihnen per Post. Alternativ entsperren wir den Zugang in der Filiale.

Ihren Kundenberater erreichen Sie unter {D:phone}.""",
    ),
    T(
        "text",
        "decoy",
        "Ihr erster Arbeitstag",
        """Hallo {F:name},

herzlich willkommen! Bitte melden Sie sich am {D:date} um {D:time} Uhr am Empfang.
Ihre Zugangsdaten für Laptop und E-Mail bekommen Sie vor Ort von der IT in Raum {D:roomno},
nicht per E-Mail.

Ihre Personalnummer lautet {D:custno}.
Viele Grüße
Personalabteilung""",
    ),
    T(
        "table",
        "decoy",
        "Ihr Paketkasten ist installiert",
        """Ihr neuer Paketkasten ist angemeldet.

Paketkasten-ID | {D:serial}
Angemeldet am | {D:date}
Öffnen | mit Ihrem Schlüssel oder per App

Zusteller öffnen den Kasten mit ihrem eigenen Scanner; einen Code müssen Sie nicht weitergeben.""",
    ),
    T(
        "blocks",
        "decoy",
        "Ihr neues Mandantenportal",
        """Sehr geehrte/r {F:name},

ab {D:date} erhalten Sie Ihre Unterlagen über unser Mandantenportal.

Mandantennummer | {D:custno}
Anmeldung | mit SmartLogin, Ihr Passwort kennen nur Sie
Durchwahl Ihrer Sachbearbeiterin | {D:roomno}

Steuerkanzlei Becker & Partner""",
    ),
    # --- no secret at all
    T(
        "text",
        "none",
        "Ihre Bestellung bei Wohnwelt Nord",
        """Hallo {F:name},

vielen Dank für Ihre Bestellung {D:order}.

1 x Kleiderschrank Eiche     {D:price}
Versand                      49,00 €

Lieferadresse: {F:street}, {D:postcode} {F:city}
Voraussichtliche Lieferung: {D:date}

Fragen? Rufen Sie uns an: {D:phone}""",
    ),
    T(
        "html",
        "none",
        "Ihre Abschlagsrechnung",
        """<p>Guten Tag {F:name},</p>
<p>anbei Ihre Abschlagsrechnung für Strom und Gas.</p>
<table><tr><td>Rechnungsnummer</td><td>{D:invoice}</td></tr>
<tr><td>Monatlicher Abschlag</td><td>{D:price}</td></tr>
<tr><td>Fällig am</td><td>{D:date}</td></tr></table>
<p>Der Betrag wird von Ihrem Konto {D:iban} per Lastschrift eingezogen.</p>
<p>Ihre Stadtwerke</p>""",
    ),
    T(
        "br",
        "none",
        "Terminerinnerung: Praxis Dr. Wagner",
        """Guten Tag {F:name},
wir erinnern Sie an Ihren Termin am {D:date} um {D:time} Uhr.
Adresse: {F:street}, {D:postcode} {F:city}.
Bitte bringen Sie Ihre Versichertenkarte mit. Absagen bitte bis 24 Stunden vorher unter {D:phone}.

Ihr Praxisteam""",
    ),
    T(
        "table",
        "none",
        "Ihre Fahrkarte",
        """Gute Reise!

Auftragsnummer | {D:pnr}
Hinfahrt | {D:date}, ab {D:time} Uhr, ICE 578
Wagen | 7
Platz | 45
Preis | {D:price}

Zeigen Sie das Ticket bei der Kontrolle in der App vor.""",
    ),
    T(
        "blocks",
        "none",
        "Ihr Paket ist im Paketshop",
        """Ihr Paket wartet auf Sie.

Sendungsnummer | {D:tracking}
Paketshop | {F:shop}, {F:street}
Abholbereit bis | {D:date}

Bitte bringen Sie einen Ausweis mit.""",
    ),
    T(
        "text",
        "none",
        "Rundfunkbeitrag: Zahlungsaufforderung",
        """Guten Tag {F:name},

für Ihre Wohnung {F:street}, {D:postcode} {F:city} ist der Rundfunkbeitrag für das nächste Quartal fällig.

Beitragsnummer: {D:custno}
Betrag: {D:price}
Fällig am: {D:date}
Empfänger-IBAN: {D:iban}

ARD ZDF Deutschlandradio Beitragsservice""",
    ),
    T(
        "html",
        "none",
        "Beitragsrechnung Kfz-Versicherung",
        """<p>Guten Tag {F:name},</p>
<p>Ihr Versicherungsbeitrag für den Zeitraum vom {D:date} bis {D:date2} beträgt {D:amount},00 Euro.</p>
<ul><li>Versicherungsschein-Nr.: {D:ref}</li><li>Rechnungsnummer: {D:invoice}</li></ul>
<p>Der Beitrag wird zum Fälligkeitstermin abgebucht. Fragen: {D:phone}.</p>""",
    ),
    # --- easy
    T(
        "text",
        "easy",
        "Ihr Bestätigungscode",
        """Ihr Bestätigungscode: {S:otp}

Der Code ist 10 Minuten gültig. Geben Sie ihn nicht weiter.""",
    ),
    T(
        "html",
        "easy",
        "Ihre PUK",
        """<p>Guten Tag {F:name},</p>
<p>Sie haben die PUK zu Ihrer Rufnummer angefordert. Ihre PUK lautet: <b>{S:puk}</b></p>
<p>Ihr Kundenservice</p>""",
    ),
    T(
        "table",
        "easy",
        "Ihr Uni-Konto ist eingerichtet",
        """Das Rechenzentrum hat Ihr Konto eingerichtet.

Benutzerkennung | Ihre Matrikelnummer
Initialpasswort | {S:pw}

Bitte ändern Sie das Passwort bei der ersten Anmeldung.""",
    ),
    T(
        "br",
        "easy",
        "TAN für Ihre Überweisung",
        """Überweisung an {F:name}, Betrag {D:price}.
Ihre TAN: {S:otp}
Die TAN ist 5 Minuten gültig.""",
    ),
    # --- hard
    T(
        "text",
        "hard",
        "Anmeldung bestätigen",
        """Hallo {F:name},

geben Sie {S:otp} in der App ein, um die Anmeldung auf dem neuen Gerät zu bestätigen.
Haben Sie sich nicht angemeldet, ändern Sie bitte Ihr Passwort.

Kundennummer {D:custno}""",
    ),
    T(
        "html",
        "hard",
        "Ihre Anmeldung bei Bergsport Alpin",
        """<p>Hallo,</p>
<p>der Code lautet <strong>{S:otpg}</strong>. Er gilt 15 Minuten und kann nur einmal verwendet werden.</p>
<p>Bestellnummer der letzten Bestellung: {D:order}</p>""",
    ),
    T(
        "br",
        "hard",
        "Ihr Zugang zum Online-Banking",
        """Guten Tag {F:name},
Ihr Online-Banking ist eingerichtet. Ihr Anmeldename ist Ihre Kontonummer.
Diese Nachricht liegt in Ihrem elektronischen Postfach; die Start-PIN für die erste Anmeldung steht ganz unten.
Nach der Anmeldung vergeben Sie eine eigene PIN.

Ihre Kundenberaterin, Durchwahl {D:roomno}

{S:pin6}""",
    ),
    T(
        "table",
        "hard",
        "Ihre Ausleihe bei Stadtrad",
        """Viel Spaß bei der Fahrt!

Fahrrad | {D:caseno}
Station | Hauptbahnhof Süd
Code für das Rahmenschloss | {S:pin}
Ausleihe seit | {D:time} Uhr

Zum Zurückgeben das Schloss schließen und in der App auf „Beenden“ tippen.""",
    ),
    T(
        "blocks",
        "hard",
        "WLAN in Ihrem Seminarraum",
        """Willkommen zum Seminar am {D:date}!

Netzwerk | Tagungshaus-Gast
Netzwerkschlüssel | {S:phrase}

Mittagessen gibt es um {D:time} Uhr im Wintergarten.""",
    ),
    T(
        "text",
        "hard",
        "{S:otpg} – Ihr Sicherheitscode",
        """Guten Tag,

zur Bestätigung Ihrer neuen Bankverbindung verwenden Sie bitte die Zeichen aus dem Betreff dieser E-Mail.
Sie sind 30 Minuten gültig.

Ihr Kundenservice""",
    ),
    T(
        "text",
        "hard",
        "Ihr Zugang zu IServ",
        """Liebe Eltern,

für Ihr Kind wurde ein Zugang zum Schulserver eingerichtet.
Melden Sie sich mit dem Erstkennwort {S:pwword} an und legen Sie danach ein eigenes Kennwort fest.
Der Benutzername ist vorname.nachname.

Mit freundlichen Grüßen
Gesamtschule {F:city}""",
    ),
    T(
        "html",
        "hard",
        "Ihre neue SIM-Karte ist aktiv",
        """<p>Hallo {F:name},</p>
<p>Ihre neue SIM-Karte ist freigeschaltet.</p>
<p>Die Geheimzahl Ihrer SIM-Karte lautet {S:pin}, die Super-PIN zum Entsperren {S:puk}.
Heben Sie die Super-PIN gut auf: Nach dreimaliger falscher PIN-Eingabe brauchen Sie sie.</p>
<p>Auftragsnummer {D:order}</p>""",
    ),
    T(
        "br",
        "hard",
        "Ihre virtuelle Kreditkarte",
        """Guten Tag {F:name},
Ihre virtuelle Kreditkarte für Online-Einkäufe ist bis {D:date} gültig.
Die Kartennummer Ihrer virtuellen Karte: {S:card}
Die Prüfnummer sehen Sie in der App unter Karten > Details.

Ihre Direktbank""",
    ),
    T(
        "table",
        "hard",
        "Ihr Zulagenantrag",
        """Für Ihre Altersvorsorgezulage haben wir folgende Daten gespeichert.

Name | {F:name}
Steuer-ID | {S:nid}
Vertragsnummer | {D:ref}
Eingang | {D:date}

Stimmt etwas nicht, melden Sie sich bitte unter {D:phone}.""",
    ),
    T(
        "blocks",
        "hard",
        "Ihr Geschenkgutschein",
        """Vielen Dank für Ihren Einkauf, Bestellung {D:order}.

Gutscheinwert | {D:price}
Einlösecode | {S:akey}

Der Gutschein ist drei Jahre gültig und kann im Warenkorb eingelöst werden.""",
    ),
    T(
        "text",
        "hard",
        "Ihr Kundenkennwort",
        """Guten Tag {F:name},

Sie haben Ihr Kundenkennwort für die Hotline geändert.
Ihr Kundenkennwort lautet jetzt {S:answer}. Wir fragen es ab, bevor wir am Telefon Auskunft zu Ihrem Vertrag geben.

Kundennummer {D:custno}
Ihr Kundenservice""",
    ),
    T(
        "html",
        "hard",
        "Willkommen im Coworking Kreuzviertel",
        """<p>Hallo {F:name}, schön, dass Sie dabei sind!</p>
<p>Die Haustür öffnen Sie mit {S:pin} – danach die Rautetaste drücken.
Ihr Schreibtisch ist Nr. {D:roomno} am Fenster.</p>
<p>Die Mitgliedschaft kostet {D:price} im Monat.</p>""",
    ),
    T(
        "br",
        "hard",
        "Der angeforderte Code",
        """Hallo,
hier der angeforderte Code für die Änderung Ihrer Lieferadresse (Bestellung {D:order}):

{S:otpg}

Gültig für 20 Minuten.
Ihr Kundenservice""",
    ),
    T(
        "table",
        "hard",
        "Ihr Spind in der Therme",
        """Schön, dass Sie da sind!

Spind | {D:roomno}
Öffnen mit | {S:pin6}
Gültig bis | {D:time} Uhr

Bitte lassen Sie den Spind beim Verlassen offen.""",
    ),
    T(
        "blocks",
        "hard",
        "Überweisung freigeben",
        """Bitte prüfen Sie die Daten Ihrer Überweisung.

Empfänger | {F:name}
Betrag | {D:price}
Zur Freigabe | {S:otp}

Stimmen die Daten nicht, geben Sie nichts frei und rufen Sie uns an.""",
    ),
    T(
        "text",
        "hard",
        "Ihre Lieferung morgen",
        """Hallo {F:name},

Ihre Einkäufe kommen morgen zwischen {D:time} und {D:time2} Uhr.
Den von Ihnen hinterlegten Türcode ({S:pin}) bekommt nur der Fahrer angezeigt.

Bestellung {D:order}, {D:price}
Ihr Lieferdienst""",
    ),
    T(
        "html",
        "hard",
        "Ihr Konto wurde zurückgesetzt",
        """<p>Hallo {F:name},</p>
<p>der IT-Support hat Ihr Konto nach Ticket {D:caseno} zurückgesetzt.</p>
<p>Melden Sie sich mit <code>{S:pw}</code> an und vergeben Sie danach ein neues Passwort.</p>
<p>Ihr IT-Support</p>""",
    ),
    T(
        "br",
        "hard",
        "Zahlung bestätigen",
        """Guten Tag {F:name},
die Ziffern, die Sie im Zahlungsfenster eingeben müssen, lauten {S:otp}.
Die Zahlung über {D:price} geht an {F:shop}.
Kennen Sie die Zahlung nicht? Rufen Sie uns an: {D:phone}.""",
    ),
    T(
        "table",
        "hard",
        "Kontaktloser Check-in im Boardinghouse",
        """Willkommen, {F:name}! Unsere Rezeption ist nachts nicht besetzt, deshalb hier alles Nötige.

Apartment | {D:roomno}
Apartmenttür | {S:pin6}
Haupteingang | {S:pin62}
Check-out | bis {D:time} Uhr

Gute Reise!""",
    ),
    T(
        "blocks",
        "hard",
        "Freischaltung der Service-App",
        """Sie haben die Freischaltung der Service-App Ihrer Krankenkasse beantragt.

Ihr Freischaltcode | {S:akey}

Geben Sie ihn beim ersten Start der App ein. Versichertennummer {D:ref}.""",
    ),
    T(
        "text",
        "hard",
        "AW: Kein Login möglich [Ticket {D:caseno}]",
        """Hallo {F:name},

ich habe Ihnen ein neues Passwort vergeben. Es lautet {S:pw}; bitte ändern Sie es gleich nach der Anmeldung.

Viele Grüße
Stefan, Kundensupport

> Hallo, ich komme nicht mehr in mein Kundenkonto. Angeblich ist es gesperrt.
> Kundennummer {D:custno}""",
    ),
    T(
        "text",
        "hard",
        "Ihr Sperrkennwort wurde hinterlegt",
        """Guten Tag {F:name},

für die telefonische Sperre Ihrer Karten haben Sie das Sperrkennwort {S:pwword} hinterlegt.
Nennen Sie es, wenn Sie uns unter {D:phone} anrufen; ohne das Wort können wir nur nach weiteren Fragen sperren.

Ihre Sparkasse""",
    ),
    T(
        "html",
        "hard",
        "Zugangsdaten für das Vereinsheim",
        """<p>Liebe Mitglieder,</p>
<p>ab {D:date} haben wir im Vereinsheim WLAN und einen neuen Vereins-Rechner.</p>
<p>Am Rechner: Benutzer <i>vorstand</i>, Kennwort <b>{S:pw}</b>.<br>
Der WLAN-Schlüssel für das Netz „TSV-Heim“ ist {S:phrase}.</p>
<p>Bitte nicht an Nichtmitglieder weitergeben. Der Vorstand</p>""",
    ),
]
