"""Batch 4, German (Germany, Austria, Switzerland). Written by helper `blind4b` on 2026-12-03
without reading the rules, their tests or the earlier batches."""

from blind.engine import T

_SIGNATUR = """Mit freundlichen Grüßen
Ihr Kundenservice

Nordwerk Energie AG · Vorstand: Martina Ebel (Vors.), Jens Körber · Aufsichtsratsvorsitz: Dr. Ulf Rahn
Registergericht {F:city} HRB 40417 · USt-IdNr. DE 318 206 554 · Gläubiger-ID DE71ZZZ00000412305"""

_FUSS_AT = """Alpenländische Versicherung AG · Firmenbuch FN 112233 k, Handelsgericht Wien · UID ATU 14872903
DVR 0041882 · Servicetelefon {D:phone}"""

TEMPLATES = [
    # ------------------------------------------------------------------ decoy: about a secret, none given
    T("text", "decoy", "Sicherheitshinweis zu Ihrem Online-Zugang",
      """Hallo {F:name},

am {D:date} um {D:time} Uhr wurde das Passwort Ihres Kundenkontos neu vergeben.
Die Änderung erfolgte über die App auf einem Gerät mit dem Namen „iPhone".

Sie erkennen diese Änderung nicht? Dann sperren Sie Ihren Zugang bitte umgehend unter
{D:phone} (rund um die Uhr erreichbar).

""" + _SIGNATUR),
    T("html", "decoy", "Vorsicht vor gefälschten SMS",
      """<div style="max-width:600px">
<h2>Betrugswarnung</h2>
<p>Guten Tag {F:name},</p>
<p>aktuell kursieren SMS, die angeblich von uns stammen und Sie auffordern, Ihre Zugangsdaten auf
einer Webseite einzugeben. Unsere Mitarbeiterinnen und Mitarbeiter werden Sie zu keinem Zeitpunkt
nach Ihrem Kennwort, Ihrer PIN oder einer Freigabenummer fragen.</p>
<p>Geben Sie solche Daten ausschließlich in unserer Banking-App ein.</p>
<p>Ihre Volksbank {F:city} eG</p>
</div>"""),
    T("br", "decoy", "Ihre Zugangs-PIN kommt per Post",
      """Sehr geehrte Frau {F:name},

vielen Dank für die Eröffnung Ihres Tagesgeldkontos {D:custno}.
Ihre persönliche Zugangs-PIN für das Online-Banking schicken wir Ihnen aus Sicherheitsgründen
getrennt von diesem Schreiben mit der Deutschen Post.
Rechnen Sie bitte mit zwei bis drei Werktagen.

Ihre Direktbank"""),
    T("table", "decoy", "Passwortrichtlinie ab 1. Januar",
      """Ab dem {D:date} gelten für alle Mitarbeiterkonten neue Regeln:

Mindestlänge | 14 Zeichen
Gültigkeitsdauer | 180 Tage
Wiederverwendung | die letzten 10 Passwörter gesperrt
Sperre nach | 5 Fehlversuchen

Bitte ändern Sie Ihr Kennwort rechtzeitig über das Self-Service-Portal.
IT-Service, Tel. intern 4410"""),
    T("blocks", "decoy", "Ihre SIM-Karte ist gesperrt",
      """Hallo {F:name},

nach dreimaliger falscher Eingabe der SIM-PIN ist Ihre Karte zur Rufnummer {D:phone} gesperrt.

Was jetzt? | Entsperren Sie die Karte mit der PUK aus Ihrem Kartenbrief.
Kartenbrief verlegt? | Die PUK sehen Sie nach dem Login unter Mein Vertrag > SIM-Karte.

Ihr Mobilfunk-Team"""),
    T("text", "decoy", "Zurücksetzen Ihres Kennworts",
      """Guten Tag,

wir haben eine Anfrage zum Zurücksetzen des Kennworts für {F:name} erhalten.
Klicken Sie innerhalb von 30 Minuten auf den folgenden Link, um ein neues Kennwort festzulegen:

https://konto.example-shop.de/reset?t=av8Qm2LxT0

Haben Sie nichts angefordert, können Sie diese E-Mail ignorieren; Ihr bisheriges Kennwort bleibt
unverändert.

{F:shop}"""),
    T("html", "decoy", "Ihr Passwort läuft in 7 Tagen ab",
      """<p>Liebe Kollegin, lieber Kollege,</p>
<p>das Kennwort Ihres Domänenkontos verliert am <b>{D:date}</b> seine Gültigkeit.
Vergeben Sie vorher ein neues, sonst ist die Anmeldung am Arbeitsplatz ab diesem Tag nicht mehr möglich.</p>
<p>Anleitung: Intranet &gt; IT &gt; Kennwörter ändern. Fragen an den Servicedesk unter {D:phone}.</p>"""),
    T("br", "decoy", "Ihre neue Bankkarte",
      """Grüezi {F:name}
Ihre neue Debitkarte mit der Nummer {D:masked} ist unterwegs und sollte bis am {D:date} bei Ihnen sein.
Die bisherige Karten-PIN bleibt gültig, Sie müssen nichts tun.
Haben Sie Ihren PIN-Code vergessen, können Sie im E-Banking unter «Karten» einen neuen bestellen.
Freundliche Grüsse
Ihre Kantonalbank"""),
    T("text", "decoy", "Der Bestätigungscode ist abgelaufen",
      """Hallo {F:name},

der Code, den wir Ihnen am {D:date} um {D:time} Uhr per SMS an {D:phone} geschickt haben, ist
nicht mehr gültig. Aus Sicherheitsgründen verfällt jeder Code nach zehn Minuten.

Fordern Sie in der App einfach einen neuen an.

Ihr Team von {F:shop}"""),
    T("table", "decoy", "Zugangsdaten Elternportal",
      """Liebe Eltern der Klasse 5b,

ab dem kommenden Schuljahr melden Sie sich im neuen Elternportal an.

Benutzername | Ihre E-Mail-Adresse
Erstpasswort | erhalten Sie am Elternabend am {D:date} in einem verschlossenen Umschlag
Hilfe | Sekretariat, {D:phone}

Mit freundlichen Grüßen
Schulleitung Gymnasium {F:city}"""),
    T("blocks", "decoy", "Ihr Türcode im Fitnessstudio",
      """Hallo {F:name},

willkommen bei FitWerk {F:city}! Deine Mitgliedsnummer lautet {D:custno}.

Zugang rund um die Uhr | Den persönlichen Türcode legst du beim ersten Besuch selbst am Terminal im Eingang fest.
Code vergessen? | Das Team am Empfang setzt ihn zurück, bitte Ausweis mitbringen.

Sportliche Grüße"""),
    T("html", "decoy", "Ihre Steuer-Identifikationsnummer",
      """<p>Sehr geehrte Damen und Herren,</p>
<p>für die Lohnabrechnung ab {D:date} benötigen wir Ihre steuerliche Identifikationsnummer.
Sie finden diese oben links auf Ihrem letzten Einkommensteuerbescheid oder auf der
Lohnsteuerbescheinigung Ihres bisherigen Arbeitgebers.</p>
<p>Bitte tragen Sie die Nummer selbst im Personalportal unter „Meine Daten" ein und senden Sie sie
<u>nicht</u> per E-Mail.</p>
<p>Personalabteilung, Zeichen {D:ref}</p>"""),
    T("text", "decoy", "FinanzOnline: Ihre Zugangscodes",
      """Sehr geehrte Frau {F:name},

Sie haben am {D:date} die Zugangsdaten für FinanzOnline beantragt. Teilnehmer-Identifikation,
Benutzer-Identifikation und PIN werden Ihnen mit RSb-Brief an die Meldeadresse zugestellt.
Aus Datenschutzgründen können wir Ihnen die PIN weder telefonisch noch per E-Mail mitteilen.

Bundesministerium für Finanzen, Geschäftszahl {D:ref}"""),
    T("br", "decoy", "Passwörter sicher aufbewahren",
      """Liebe Kundin, lieber Kunde,
schreiben Sie Ihre Geheimzahl nie auf die Karte und bewahren Sie Karte und PIN-Brief getrennt auf.
Ein Kennwort, das Sie auch bei anderen Diensten nutzen, sollten Sie bei uns nicht verwenden.
Bei Verlust sperren Sie die Karte sofort über den Sperr-Notruf 116 116.
Ihre Sparkasse"""),
    # ------------------------------------------------------------------ none: no secret at all
    T("text", "none", "Bestellbestätigung {D:order}",
      """Hallo {F:name},

vielen Dank für Ihre Bestellung {D:order} vom {D:date}.

1 x Fahrradhelm Urban, Größe M      {D:price}
Versand                              kostenlos

Lieferadresse: {F:street}, {D:postcode} {F:city}
Voraussichtliche Zustellung: in 2-3 Werktagen.

{F:shop}"""),
    T("html", "none", "Ihr Paket kommt heute",
      """<table width="100%"><tr><td>
<p>Guten Morgen {F:name},</p>
<p>Ihre Sendung <b>{D:tracking}</b> wird heute zwischen {D:time} und 18:00 Uhr zugestellt.</p>
<p>Nicht zu Hause? Legen Sie eine Ablageerlaubnis fest oder wählen Sie eine Packstation.</p>
</td></tr></table>"""),
    T("table", "none", "Rechnung {D:invoice}",
      """Sehr geehrter Kunde,

anbei Ihre Rechnung für den Monat.

Rechnungsnummer | {D:invoice}
Kundennummer | {D:custno}
Betrag | {D:price}
Fällig am | {D:date}
Empfänger-IBAN | {D:iban}
Verwendungszweck | {D:invoice}

Der Betrag wird per Lastschrift eingezogen.
""" + _SIGNATUR),
    T("br", "none", "Terminbestätigung Kfz-Zulassung",
      """Guten Tag {F:name},
Ihr Termin bei der Zulassungsstelle {F:city} ist am {D:date} um {D:time} Uhr, Schalter 12.
Vorgangsnummer: {D:caseno}
Bitte bringen Sie Personalausweis, eVB-Nummer und Zulassungsbescheinigung Teil II mit.
Landratsamt"""),
    T("blocks", "none", "Ihre Retoure ist angekommen",
      """Hallo {F:name},

Ihre Rücksendung zur Bestellung {D:order} ist bei uns eingegangen.

Erstattungsbetrag | {D:price}
Gutschrift auf | {D:masked}
Bearbeitet am | {D:date}

Die Gutschrift erscheint je nach Bank in 3-5 Tagen."""),
    T("text", "none", "Schadenmeldung {D:caseno}",
      """Sehr geehrter Herr {F:name},

wir bestätigen den Eingang Ihrer Schadenmeldung vom {D:date}.
Schadennummer: {D:caseno}
Versicherungsschein: {D:ref}
Gemeldeter Betrag: {D:amount} EUR

Ein Gutachter meldet sich bis {D:date2} telefonisch bei Ihnen.

""" + _FUSS_AT),
    T("html", "none", "Hotelbuchung bestätigt",
      """<p>Grüß Gott {F:name},</p>
<p>wir freuen uns auf Ihren Aufenthalt im Hotel Alpenblick.</p>
<ul><li>Buchungscode: {D:pnr}</li><li>Anreise: {D:date}</li><li>Zimmer: {D:roomno}, Doppelzimmer Süd</li>
<li>Preis: {D:price} inkl. Frühstück</li></ul>
<p>Der Check-in ist ab 15 Uhr möglich.</p>"""),
    # ------------------------------------------------------------------ hard: secrets a keyword rule misses
    T("text", "hard", "Anmeldung bestätigen",
      """Hallo {F:name},

jemand möchte sich mit Ihrer E-Mail-Adresse am Kundenkonto anmelden. Waren Sie das?
Dann geben Sie im Browser {S:otp} ein. Die Ziffern verfallen nach zehn Minuten.

{F:shop}"""),
    T("html", "hard", "Ihre Freischaltung",
      """<p>Sehr geehrte Frau {F:name},</p>
<p>um Ihr neues Gerät für das Online-Banking freizuschalten, tippen Sie folgende Zeichen in die App:</p>
<p style="font-size:24px;letter-spacing:4px;font-family:monospace">{S:otpg}</p>
<p>Haben Sie keine Freischaltung angestoßen, rufen Sie uns bitte unter {D:phone} an.</p>"""),
    T("table", "hard", "Ihr Zugang zum Mieterportal",
      """Guten Tag {F:name},

Ihr Zugang zum Mieterportal der Wohnbau {F:city} ist eingerichtet.

Benutzer | {D:custno}
Startpasswort | {S:pw}
Wohnung | {F:street}, Whg. {D:roomno}

Bitte ändern Sie das Kennwort bei der ersten Anmeldung."""),
    T("blocks", "hard", "Ihre Karten-PIN",
      """Sehr geehrter Herr {F:name},

wie telefonisch besprochen erhalten Sie hier die Geheimzahl zu Ihrer Kreditkarte {D:masked}.

Geheimzahl | {S:pin}

Vernichten Sie diese Nachricht, nachdem Sie sich die Zahl gemerkt haben."""),
    T("br", "hard", "Ihr Kundenkonto",
      """Hallo {F:name},
auf Ihren Wunsch haben wir das Kennwort zurückgesetzt.
Ab sofort lautet es {S:pwword}.
Ändern Sie es bitte nach der nächsten Anmeldung in ein eigenes.
Ihr Service-Team"""),
    T("text", "hard", "{S:otp} ist Ihr Anmeldecode",
      """Hallo,

verwenden Sie den Code aus dem Betreff, um die Anmeldung auf {F:shop} abzuschließen.
Er ist 15 Minuten gültig.

Sie haben sich nicht angemeldet? Ändern Sie Ihr Kennwort."""),
    T("html", "hard", "Zugangsdaten WLAN Seminarhotel",
      """<p>Herzlich willkommen im Seminarhotel am See, {F:name}!</p>
<p>Ihr Zimmer ist die Nummer <b>{D:roomno}</b>, Ihre Reservierung läuft unter {D:pnr}.</p>
<p>Für das Gäste-WLAN „Seehotel-Guest" wählen Sie sich mit dem Schlüssel <b>{S:pw}</b> ein.</p>
<p>Wir wünschen Ihnen erfolgreiche Seminartage.</p>"""),
    T("text", "hard", "Ihr Online-Zugang zur Krankenkasse",
      """Sehr geehrte Frau {F:name},

Sie haben die Registrierung für die Online-Geschäftsstelle begonnen. Ihren Aktivierungscode haben
wir ans Ende dieses Schreibens gestellt.

Versichertennummer: {D:ref}
Registriert am: {D:date}

Nach der Aktivierung können Sie Krankmeldungen und Rechnungen hochladen.

Mit freundlichen Grüßen
Ihre Gesundheitskasse

{S:otp}"""),
    T("table", "hard", "Ihr Schließfach",
      """Guten Tag {F:name},

Ihr Paket liegt in der Paketstation {F:street} für Sie bereit.

Sendung | {D:tracking}
Fach | {D:roomno}
Abholcode | {S:otp}
Abholbar bis | {D:date}

Ihr Paketdienst"""),
    T("blocks", "hard", "Herzlich willkommen bei Ihrer neuen SIM",
      """Hallo {F:name},

Ihre neue SIM für die Rufnummer {D:phone} ist aktiviert.

SIM-PIN | {S:pin}
Super-PIN (PUK) | {S:puk}

Bewahren Sie diese Angaben gut auf."""),
    T("br", "hard", "Re: Passwort für die Buchhaltungssoftware",
      """Hallo {F:name},
das Initialkennwort für deinen Benutzer ist {S:pw}, dein Benutzername ist wie immer Vorname.Nachname.
Viele Grüße
Stefan
> Am {D:date} schrieb {F:name}:
> Hallo Stefan, kannst du mir bitte das Passwort für die Buchhaltung schicken? Ich komme nicht rein.
> Danke!"""),
    T("text", "hard", "Lohnsteuerdaten für die Gehaltsabrechnung",
      """Hallo {F:name},

wir haben deine Angaben für die Lohnabrechnung ab {D:date} übernommen:

Personalnummer {D:custno}
Steuerklasse 1, Kinderfreibeträge 0,5
Deine Identifikationsnummer ist {S:nid}.
Bankverbindung {D:iban}

Bitte prüfe die Daten und melde dich bei Abweichungen.
Personalabteilung"""),
    T("html", "hard", "Bestätigen Sie Ihre Zahlung",
      """<div style="border:1px solid #ccc;padding:16px">
<p>Zahlung an <b>{F:shop}</b> über <b>{D:price}</b></p>
<p>Karte {D:masked}, {D:date}, {D:time} Uhr</p>
<p>Zur Freigabe tragen Sie bitte diese Ziffern im Zahlungsfenster ein: <span style="font-weight:bold">{S:otp}</span></p>
<p>Sie haben keinen Kauf getätigt? Brechen Sie den Vorgang ab.</p>
</div>"""),
    T("table", "hard", "Ihre Sicherheitsfrage",
      """Guten Tag {F:name},

Sie haben Ihre Sicherheitsangaben für das Kundenportal am {D:date} aktualisiert.

Frage | Name Ihres ersten Haustiers
Hinterlegt | {S:answer}

Stimmt etwas nicht, melden Sie sich unter {D:phone}."""),
    T("blocks", "hard", "Lizenz für Office-Paket",
      """Vielen Dank für Ihren Kauf bei {F:shop}!

Bestellnummer | {D:order}
Produktschlüssel | {S:akey}

Geben Sie den Schlüssel bei der Installation ein, wenn Sie danach gefragt werden."""),
    T("text", "hard", "Code pour votre nouvel appareil / Code für Ihr neues Gerät",
      """Grüezi {F:name}
Bonjour {F:name}

Um Ihr neues Gerät im E-Banking zu registrieren, geben Sie im Fenster folgende Nummer ein:
Pour enregistrer votre nouvel appareil dans l'e-banking, saisissez le numéro suivant :

{S:otpg}

Freundliche Grüsse / Meilleures salutations
Ihre Bank · Votre banque · CHE-105.877.441 MWST/TVA"""),
    T("br", "hard", "Schlüsselsafe Ferienwohnung",
      """Liebe Familie {F:name},
schön, dass ihr am {D:date} anreist! Unsere Ferienwohnung liegt im 2. Stock, Wohnung {D:roomno}.
Den Schlüssel findet ihr im kleinen Kasten neben der Haustür, er öffnet sich mit {S:pin}.
Buchungsnummer {D:pnr}, bei Fragen erreicht ihr uns unter {D:phone}.
Herzliche Grüße aus {F:city}"""),
    T("html", "hard", "Kennwort für Ihr verschlüsseltes Dokument",
      """<p>Sehr geehrter Herr {F:name},</p>
<p>mit getrennter E-Mail haben Sie Ihre Steuerunterlagen als verschlüsselte PDF-Datei erhalten
(Mandantennummer {D:custno}).</p>
<p>Zum Öffnen benötigen Sie das Kennwort. Es lautet:</p>
<p><b>{S:pwword}</b></p>
<p>Steuerberatungskanzlei Huber &amp; Partner mbB · StBK {F:city} · Steuer-Nr. 143/512/30471</p>"""),
    T("text", "hard", "Ihre neue Kreditkarte",
      """Sehr geehrte Frau {F:name},

Ihre Ersatzkarte ist verschickt. Für Onlinezahlungen vor Eintreffen der Karte können Sie bereits
die neuen Kartendaten nutzen: {S:card}, gültig bis 09/29.

Ihre alte Karte {D:masked} ist ab heute gesperrt.

Ihr Kartenservice, Referenz {D:ref}"""),
    T("table", "hard", "Zugangsdaten Wartungsportal",
      """Sehr geehrte Damen und Herren,

für die Fernwartung Ihrer Heizungsanlage wurden folgende Daten hinterlegt:

Anlagen-Nr. | {D:caseno}
Geräte-Passwort | {S:pw}
Wartungsvertrag | {D:ref}
Nächster Termin | {D:date}

""" + _SIGNATUR),
    T("br", "hard", "Ihr Antrag {D:caseno}",
      """Guten Tag {F:name},
Ihr Antrag auf einen Anwohnerparkausweis ist unter der Nummer {D:caseno} eingegangen, Gebühr {D:amount} Euro.
Zur Bestätigung Ihrer E-Mail-Adresse geben Sie {S:otp} im Antragsformular ein.
Erst danach bearbeiten wir den Antrag.
Bürgeramt {F:city}"""),
    # ------------------------------------------------------------------ hard decoy: a secret among warnings
    T("text", "hard decoy", "Ihr Einmalkennwort",
      """Hallo {F:name},

Ihr Einmalkennwort: {S:otp}

Wichtig: Wir werden Sie niemals anrufen und nach diesem Kennwort fragen. Geben Sie es nur auf
unserer Webseite ein. Ihr dauerhaftes Passwort haben Sie zuletzt am {D:date} geändert.

{F:shop}"""),
    # ------------------------------------------------------------------ easy
    T("text", "easy", "Ihr Bestätigungscode",
      """Ihr Bestätigungscode lautet: {S:otp}

Gültig für 10 Minuten. Geben Sie diesen Code an niemanden weiter."""),
    T("html", "easy", "Neue PIN",
      """<p>Hallo {F:name},</p>
<p>Ihre neue PIN: <b>{S:pin}</b></p>
<p>Ihr Service-Team</p>"""),
    T("table", "easy", "Ihre Zugangsdaten",
      """Willkommen bei {F:shop}!

Benutzername | {F:name}
Passwort | {S:pw}

Viel Spaß beim Einkaufen."""),
    T("br", "easy", "mTAN",
      """Ihre mTAN für die Überweisung über {D:price} lautet {S:otp}.
Empfänger-IBAN: {D:iban}"""),
    # ------------------------------------------------------------------ more, added in a second pass
    T("text", "decoy", "Zugang vorübergehend gesperrt",
      """Guten Tag {F:name},

nach drei Fehlversuchen bei der Eingabe Ihres Kennworts haben wir Ihren Zugang bis {D:time} Uhr
gesperrt. Danach können Sie es erneut versuchen.

Kennen Sie Ihr Kennwort nicht mehr, wählen Sie auf der Anmeldeseite „Kennwort vergessen".

""" + _SIGNATUR),
    T("br", "decoy", "Ihre PIN wurde geändert",
      """Sehr geehrter Herr {F:name},
am {D:date} wurde die Geheimzahl Ihrer Girocard {D:masked} an einem Geldautomaten geändert.
Ab sofort gilt nur noch die neu gewählte PIN, die alte ist ungültig.
Haben Sie die Änderung nicht vorgenommen, lassen Sie die Karte bitte unter {D:phone} sperren.
Ihre Raiffeisenbank"""),
    T("text", "hard", "Neues Kundenportal der Stadtwerke",
      """Sehr geehrte Kundin, sehr geehrter Kunde,

unser Kundenportal ist umgezogen. Mit dem Kennwort {S:pw} und Ihrer Vertragskontonummer
{D:custno} melden Sie sich ab sofort unter portal.stadtwerke-beispiel.de an.

Abschläge, Zählerstände und Rechnungen finden Sie dort wie gewohnt.

""" + _SIGNATUR),
    T("html", "hard", "Telefonbanking",
      """<p>Sehr geehrte Frau {F:name},</p>
<p>wie gewünscht haben wir Ihre Telefon-PIN für das Service-Center auf <b>{S:pin}</b> gesetzt.
Sie gilt ab morgen, {D:date}.</p>
<p>Das Service-Center erreichen Sie unter {D:phone}.</p>
<p>Ihre Erste Bank</p>"""),
    T("table", "hard", "Überweisung freigeben",
      """Bitte prüfen Sie die Daten Ihrer Überweisung:

Empfänger | {F:name}
IBAN | {D:iban}
Betrag | {D:price}
Ausführung | {D:date}
Freigabe-TAN | {S:otp}

Stimmen die Daten nicht, geben Sie die TAN nicht ein."""),
    T("br", "hard", "WG: Zugangsdaten Kundenportal",
      """Hallo {F:name},
anbei die Mail vom Anbieter, damit du dich auch einloggen kannst.
Gruß, {F:name}
---------- Weitergeleitete Nachricht ----------
Von: Kundenservice {F:shop}
Datum: {D:date}
Ihre Anmeldedaten: Kundennummer {D:custno}, Passwort {S:pw}
Bitte bewahren Sie diese Daten sorgfältig auf."""),
    T("blocks", "hard", "Ihr telefonisches Kennwort",
      """Sehr geehrter Herr {F:name},

für Rückfragen zu Ihrem Leistungsfall vereinbaren wir ein Kennwort, an dem wir Sie am Telefon erkennen.

Leistungsfall | {D:caseno}
Telefonisches Kennwort | {S:pwword}

""" + _FUSS_AT),
    T("text", "hard", "Ihr Sparbuch",
      """Sehr geehrte Frau {F:name},

Ihr Sparbuch Nr. {D:ref} wurde am {D:date} eröffnet. Das Losungswort für Abhebungen ist
{S:pwword}. Bewahren Sie es getrennt vom Sparbuch auf.

Mit freundlichen Grüßen
Ihre Sparkasse · DVR 0023455"""),
    T("text", "hard", "Konto entsperren",
      """Hallo {F:name},

Ihr Konto bei {F:shop} wurde vorsorglich gesperrt. Um es wieder freizugeben, melden Sie sich an
und tippen Sie die Zeichenfolge ein, die wir Ihnen hier schicken. Sie ist {S:otpg}.

Bei Fragen: {D:phone}"""),
    T("blocks", "hard", "Ihre Zugangs-PIN",
      """Guten Tag {F:name},

die PIN für Ihren neuen Online-Zugang haben wir unten eingefügt.

Vertragsnummer | {D:ref}
Zugangs-PIN | {S:pin}

Sie werden bei der ersten Anmeldung aufgefordert, eine eigene PIN zu vergeben.

""" + _FUSS_AT),
]
