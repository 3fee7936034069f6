"""Batch 1, Dutch. Written by helper `blind` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- geen geheim: zinnen over een geheim
    T("text", "decoy", "Je wachtwoord is gewijzigd",
      """Hoi {F:name},

Het wachtwoord van je account bij {F:shop} is gewijzigd op {D:date} om {D:time}.
Heb je dit zelf gedaan? Dan hoef je niets te doen.
Herken je deze wijziging niet? Bel ons dan direct op {D:phone}.

Klantnummer: {D:custno}"""),
    T("html", "decoy", "Let op: phishing",
      """<p>Beste klant,</p>
<p>Wij vragen <strong>nooit</strong> per e-mail, sms of telefoon naar je wachtwoord, pincode of beveiligingscodes.
Geef je codes nooit aan iemand anders.</p>
<p>Dossiernummer: {D:ref}</p>"""),
    T("text", "decoy", "Je nieuwe pas is onderweg",
      """Beste {F:name},

Je nieuwe betaalpas ({D:masked}) is op {D:date} verstuurd.
Je pincode ontvang je een paar dagen later in een aparte brief. Voor je veiligheid sturen we pas en pincode nooit samen.
Je huidige pincode blijft geldig.

Vragen? Bel {D:phone}."""),
    T("br", "decoy", "Pincode vergeten?",
      """Hoi {F:name},
je kunt de pincode van je pas altijd bekijken in de app onder Passen.
Ben je je pincode vergeten, dan kun je via {D:phone} een nieuwe aanvragen.
Bewaar je pincode nooit bij je pas.

Pas {D:masked}"""),
    T("table", "decoy", "Beveiligingsinstellingen gewijzigd",
      """De beveiligingsinstellingen van je account zijn gewijzigd.
Wijziging | Tweestapsverificatie aangezet
Datum | {D:date}
Tijd | {D:time}
Klantnummer | {D:custno}
Was jij dit niet? Wijzig je wachtwoord en neem contact op via {D:phone}."""),
    T("text", "decoy", "Wachtwoord opnieuw instellen",
      """Hallo,

Op {D:date} is gevraagd het wachtwoord van je account opnieuw in te stellen.
Kies een nieuw wachtwoord via de link hieronder. De link is 30 minuten geldig.

https://mijn.example.nl/wachtwoord

Heb je dit niet aangevraagd? Negeer deze e-mail dan; je wachtwoord blijft hetzelfde."""),
    T("blocks", "decoy", "Zo vind je je PUK-code",
      """Vul je drie keer een verkeerde pincode in, dan wordt je simkaart geblokkeerd en heb je de PUK-code nodig.
Waar vind ik de PUK-code? | In Mijn omgeving of op het plastic kaartje waar je simkaart in zat
Klantenservice | {D:phone}
Klantnummer | {D:custno}"""),
    T("text", "decoy", "Nieuwe manier van inloggen",
      """Beste klant,

Vanaf {D:date} log je in met een eenmalige code die we naar je mobiel sturen.
De code is 10 minuten geldig. Deel de code met niemand; wij vragen er nooit om.
Je wachtwoord heb je nog steeds nodig als je voor het eerst inlogt op een nieuw apparaat.

Contractnummer: {D:ref}"""),
    T("html", "decoy", "Je beveiligingsvraag is bijgewerkt",
      """<p>Hoi {F:name},</p>
<p>Het antwoord op je beveiligingsvraag is gewijzigd op {D:date}.</p>
<p>We gebruiken het om je te herkennen als je ons belt. Kies geen antwoord dat anderen makkelijk kunnen raden.</p>
<p>Klantnr. {D:custno}</p>"""),
    T("br", "decoy", "Welkom bij Internet Bankieren",
      """Beste {F:name},
welkom bij Internet Bankieren.
Je activatiecode sturen we binnen vijf werkdagen per post naar {F:street}, {D:postcode} {F:city}.
Zodra je de code hebt, maak je zelf een wachtwoord van minstens 10 tekens.

Klant-ID: {D:custno}"""),
    T("text", "decoy", "Je account is geblokkeerd",
      """Hoi {F:name},

We hebben je account geblokkeerd na vijf verkeerde wachtwoordpogingen op {D:date} om {D:time}.
Je kunt het deblokkeren door je wachtwoord opnieuw in te stellen of door {D:phone} te bellen.
Let op: het wachtwoord is hoofdlettergevoelig.

Referentie {D:ref}"""),
    T("table", "decoy", "Pincodewijziging bevestigd",
      """De pincode van je pas is gewijzigd bij een geldautomaat.
Pas | {D:masked}
Gewijzigd op | {D:date}
Locatie | Geldautomaat, {F:city}
Was jij dit niet? Bel direct {D:phone}."""),
    T("text", "decoy", "Je wachtwoord verloopt binnenkort",
      """Hoi {F:name},

Het wachtwoord voor het klantenportaal verloopt op {D:date}. Log in en kies voor die datum een nieuw wachtwoord.
Wachtwoorden moeten minimaal 12 tekens lang zijn.
Zaak {D:ref}"""),
    # --- geen geheim: gewone brieven
    T("html", "none", "Orderbevestiging {D:order}",
      """<h2>Bedankt voor je bestelling, {F:name}!</h2>
<table cellpadding="4"><tr><th align="left">Artikel</th><th>Aantal</th><th>Prijs</th></tr>
<tr><td>Wollen sokken, grijs</td><td>1 st.</td><td>{D:price}</td></tr>
<tr><td>Verzendkosten</td><td></td><td>{D:price2}</td></tr></table>
<p>Bestelnummer: <b>{D:order}</b><br>Besteld op {D:date}</p>
<p>Bezorgadres: {F:street}, {D:postcode} {F:city}</p>"""),
    T("text", "none", "Je pakket is verzonden",
      """Hoi {F:name},

Je bestelling {D:order} heeft op {D:date} ons magazijn verlaten.
Track & trace-code: {D:tracking}
Verwachte bezorging: {D:date2} tussen {D:time} en {D:time2}.

Bezorging wijzigen? Bel {D:phone}."""),
    T("table", "none", "Factuur {D:invoice}",
      """Bedankt voor je betaling.
Factuurnummer | {D:invoice}
Bedrag | {D:price}
Vervaldatum | {D:date}
Betalingskenmerk | {D:ref}
Klantnummer | {D:custno}"""),
    T("br", "none", "Herinnering aan je afspraak",
      """Hoi {F:name},
we herinneren je aan je afspraak op {D:date} om {D:time}.
Reserveringsnummer: {D:ref}
Afzeggen kan via {D:phone}."""),
    T("text", "none", "Machtiging automatische incasso",
      """Beste {F:name},

Je machtiging voor automatische incasso is geregistreerd.
Rekening: {D:iban}
Eerste afschrijving: {D:price} op {D:date}
Machtigingskenmerk: {D:ref}

Je inloggegevens blijven ongewijzigd."""),
    # --- geheimen die een naïeve regel mist
    T("text", "hard", "Je inlogcode",
      """Vul {S:otp} in de app in om in te loggen. De code verloopt na 10 minuten.
Deel de code met niemand."""),
    T("text", "hard", "Bevestig je e-mailadres",
      """Hoi {F:name},

bedankt voor je aanmelding. Vul de code hieronder in de app in om je adres te bevestigen:

{S:otpg}

De code is geldig tot {D:time}. Je klantnummer is {D:custno}."""),
    T("html", "hard", "Je tijdelijke wachtwoord",
      """<p>Hoi {F:name},</p>
<p>Je account is aangemaakt. Je tijdelijke wachtwoord staat hieronder. Bij de eerste keer inloggen vragen we je het te wijzigen.</p>
<p style="font-size:20px;font-family:monospace">{S:pw}</p>
<p>Gebruikersnaam: {F:name}{D:amount}</p>"""),
    T("blocks", "hard", "Je nieuwe pincode",
      """Hier is de pincode van je pas {D:masked}. Onthoud hem en verwijder dit bericht.
Je pincode | {S:pin}
Uitgegeven | {D:date}"""),
    T("text", "hard", "Welkom op het medewerkersportaal",
      """Hoi {F:name},

je account is klaar. Log in met je personeelsnummer {D:custno}; het startwachtwoord is {S:pwword}.
Wijzig het de eerste keer dat je inlogt.

IT-servicedesk, {D:phone}"""),
    T("br", "hard", "Je verificatiecode",
      """Je verificatiecode:
{S:otp}
Gebruik hem binnen 15 minuten. Bestelling {D:order}."""),
    T("table", "hard", "Je inloggegevens",
      """Welkom! Dit zijn je inloggegevens.
Gebruikersnaam | {F:name}.{D:amount}
Wachtwoord | {S:pw}
Klantnummer | {D:custno}
Bewaar deze e-mail op een veilige plek of verwijder hem nadat je bent ingelogd."""),
    T("text", "hard", "Nieuw wachtwoord",
      """Hoi {F:name},

zoals gevraagd hebben we je wachtwoord opnieuw ingesteld. Het nieuwe wachtwoord is {S:pwword}.
Referentie {D:ref}."""),
    T("html", "hard", "Je code voor {F:shop}",
      """<div style="text-align:center">
<p>Gebruik deze code om je wachtwoord te wijzigen:</p>
<p style="font-size:28px;letter-spacing:6px"><b>{S:otpg}</b></p>
<p>Heb je de code niet aangevraagd? Dan kun je deze e-mail negeren.</p>
</div>"""),
    T("text", "hard", "Gegevens van je simkaart",
      """Je nieuwe simkaart is geactiveerd.

Pincode: {S:pin}
PUK-code: {S:puk}

Je mobiele nummer is {D:phone}. Bestelling {D:order}."""),
    T("blocks", "hard", "Je back-upcodes",
      """Bewaar deze back-upcodes op een veilige plek. Elke code werkt één keer.
Back-upcode | {S:otpg}
Tweede back-upcode | {S:otpg2}
Aangemaakt op | {D:date}"""),
    T("text", "hard", "Herinnering pincode",
      """Hoi {F:name},

je vroeg om een herinnering van de pincode van je pas. De pincode van pas {D:masked} is

    {S:pin}

Onthoud de code en vernietig daarna dit bericht."""),
    T("br", "hard", "Beveiligingsvraag opgeslagen",
      """Hoi {F:name},
je beveiligingsvraag is opgeslagen.
Vraag: Hoe heette je eerste huisdier?
Antwoord: {S:answer}
Je kunt het wijzigen bij Instellingen."""),
    T("text", "hard", "Je virtuele creditcard",
      """Hoi {F:name},

hier is zoals gevraagd het kaartnummer van je virtuele creditcard:
{S:card}
Geldig tot 09/29. Beschikbaar saldo {D:price}."""),
    T("table", "hard", "Controleer je gegevens",
      """Controleer de gegevens die we van je hebben.
Naam | {F:name}
BSN | {S:nid}
Ontvangen op | {D:date}
Ons kenmerk | {D:ref}"""),
    T("text", "hard", "Je account bij {F:shop}",
      """Hoi {F:name},

log de eerste keer in met je e-mailadres en het wachtwoord {S:pw}.
Daarna kies je zelf een nieuw wachtwoord."""),
    # --- makkelijke geheimen, soms naast uitleg
    T("text", "easy", "Je eenmalige code",
      """Je eenmalige code is {S:otp}. Hij is 5 minuten geldig.
Wij vragen nooit naar deze code. Ref {D:ref}."""),
    T("html", "easy decoy", "Nieuw wachtwoord",
      """<p>Hoi {F:name},</p>
<p>Je nieuwe wachtwoord: <strong>{S:pw}</strong></p>
<p>Deel je wachtwoord nooit met anderen. Je kunt je wachtwoord altijd wijzigen onder Mijn account.</p>
<p>Klantnummer {D:custno}</p>"""),
    T("text", "easy decoy", "Je pincode",
      """Hoi {F:name},

Pincode: {S:pin}

Je kunt je pincode bij elke geldautomaat wijzigen. Vergeten? Bel {D:phone}.
Pas {D:masked}."""),
    T("br", "easy", "Inlogcode",
      """Inlogcode: {S:otp}
Aangevraagd op {D:date} om {D:time}.
Was jij dit niet? Bel {D:phone}."""),
    T("table", "easy decoy", "Je modem is onderweg",
      """Je modem is verzonden met track & trace-code {D:tracking}.
Netwerknaam | {F:shop}-{D:amount}
Wifi-wachtwoord | {S:pw}
Beheerderswachtwoord | staat op de sticker onder het modem
Houd je wifi-wachtwoord voor jezelf."""),
    T("text", "easy", "Je PUK-code",
      """Hoi {F:name},

Je PUK-code is {S:puk}. Vul hem in op je telefoon om je simkaart te deblokkeren en kies daarna een nieuwe pincode.
Mobiel nummer: {D:phone}."""),
    T("blocks", "easy", "Rond je registratie af",
      """Rond je registratie af met de eenmalige code hieronder.
Eenmalige code | {S:otp}
Verloopt om | {D:time}"""),
    T("text", "easy decoy", "Wachtwoord opnieuw ingesteld",
      """Hoi {F:name},

Je wachtwoord is op {D:date} opnieuw ingesteld. Tijdelijk wachtwoord: {S:pw}

Het wachtwoord moet elke 90 dagen worden gewijzigd. Bestelling {D:order}."""),
]
