"""Batch 3, Dutch. Written by helper `blind3` (session B) on 2026-12-03 without reading the rules."""

from blind.engine import T

_FOOTER = """{F:shop} B.V. · {F:street}, {D:postcode} {F:city} · KvK 60348127 · btw NL 8541.27.336.B01
Klantenservice {D:phone} (ma-vr 8.00-20.00 uur)"""

TEMPLATES = [
    # --- about a secret, giving none
    T("text", "decoy", "Je wachtwoord is gewijzigd",
      """Hoi {F:name},

Het wachtwoord van je account is op {D:date} om {D:time} gewijzigd.
Heb je dit zelf gedaan? Dan hoef je niets te doen. Herken je dit niet, stel dan direct een nieuw
wachtwoord in via 'Wachtwoord vergeten' en neem contact met ons op.

""" + _FOOTER),
    T("html", "decoy", "Let op: nep-sms'jes in omloop",
      """<p>Beste klant,</p>
<p>Er worden sms'jes verstuurd die van ons lijken te komen, met een link om je rekening te 'verifiëren'.
Wij vragen <strong>nooit</strong> om je pincode, je inloggegevens of een code uit de app,
niet telefonisch, niet per mail en niet per sms.</p>
<p>Twijfel je? Bel ons via {D:phone}.</p>"""),
    T("br", "decoy", "Je nieuwe betaalpas is onderweg",
      """Beste {F:name},
Je nieuwe betaalpas, eindigend op {D:masked}, is op {D:date} verstuurd.
Je pincode blijft hetzelfde. Heb je een nieuwe pincode aangevraagd, dan ontvang je die in een aparte brief.
Vragen? {D:phone}"""),
    T("table", "decoy", "Je wachtwoord verloopt binnenkort",
      """Het wachtwoord van je werkaccount verloopt binnenkort.

Account | {F:name}
Laatst gewijzigd | {D:date}
Verloopt op | {D:date2}
Wijzigen via | Selfserviceportaal > Beveiliging

ICT-servicedesk, toestel 4400"""),
    T("blocks", "decoy", "Wachtwoord opnieuw instellen",
      """Je hebt gevraagd om je wachtwoord opnieuw in te stellen.

Aangevraagd op | {D:date}, {D:time}
Link geldig | 30 minuten

Heb je dit niet gevraagd? Negeer deze e-mail; je wachtwoord blijft dan ongewijzigd."""),
    T("text", "decoy", "Vanaf {D:date} log je anders in",
      """Beste {F:name},

Vanaf {D:date} stoppen we met inlogcodes per sms. Je logt dan in en bevestigt betalingen met de app
en je vingerafdruk of je vijfcijferige appcode. Je gebruikersnaam en wachtwoord voor internetbankieren
veranderen niet.

Klantnummer: {D:custno}"""),
    T("html", "decoy", "Je simkaart is geblokkeerd",
      """<p>Hoi {F:name},</p>
<p>De simkaart van {D:phone} is geblokkeerd nadat de pincode drie keer verkeerd is ingevoerd.
Om hem te deblokkeren heb je de PUK-code nodig. Die staat op het plastic kaartje waar je simkaart in zat,
en in Mijn Account onder 'Mijn simkaart'.</p>
<p>Let op: na tien verkeerde PUK-pogingen is de simkaart definitief onbruikbaar.</p>"""),
    T("text", "decoy", "Tips om je account veilig te houden",
      """Hoi {F:name},

Gebruik voor ons account een wachtwoord dat je nergens anders gebruikt, en deel het met niemand.
Onze medewerkers kunnen je wachtwoord niet inzien en zullen er nooit naar vragen.

Contractnummer {D:ref}"""),
    T("br", "decoy", "Nieuwe pincode aangevraagd",
      """Beste {F:name},
We hebben je aanvraag van {D:date} ontvangen.
Je nieuwe pincode sturen we binnen vijf werkdagen per post naar je woonadres.
Om veiligheidsredenen versturen we pincodes nooit per e-mail.
Kenmerk: {D:ref}"""),
    T("table", "decoy", "Nieuwe inlog op je account",
      """We zagen een inlog vanaf een nieuw apparaat.

Apparaat | Edge op Windows
Locatie | {F:city}, Nederland
Tijdstip | {D:date}, {D:time}

Was jij dit niet? Wijzig dan meteen je wachtwoord."""),
    T("text", "decoy", "RE: Kan niet inloggen",
      """Hoi {F:name},

Dank voor je bericht. Om veiligheidsredenen kunnen wij je wachtwoord niet zien of opsturen.
Via 'Wachtwoord vergeten' op de inlogpagina stel je zelf een nieuw wachtwoord in.

Met vriendelijke groet,
Klantenservice, ticket {D:caseno}

Op {D:date} om {D:time} schreef {F:name}:
> Hallo, ik kom niet meer in mijn account. Kunnen jullie mijn wachtwoord mailen?
> Mijn klantnummer is {D:custno}."""),
    T("html", "decoy", "Je modem is onderweg",
      """<p>Hoi {F:name},</p>
<p>Je nieuwe modem is verzonden (track &amp; trace {D:tracking}). De wifi-sleutel staat op de sticker
aan de onderkant van het modem; om veiligheidsredenen zetten we hem niet in deze mail.</p>
<p>Order {D:order}</p>"""),
    T("blocks", "decoy", "Je beveiligingsinstellingen",
      """Overzicht van je beveiliging:

Tweestapsverificatie | aan sinds {D:date}
Wachtwoord laatst gewijzigd | {D:date2}
Beveiligingsvraag | ingesteld

Je kunt dit altijd aanpassen bij 'Mijn profiel'."""),
    T("text", "decoy", "Over je DigiD",
      """Beste {F:name},

Uw DigiD-activeringscode ontvangt u binnen drie werkdagen per brief op uw woonadres. Wij sturen
activeringscodes nooit per e-mail. Deel uw DigiD-gegevens met niemand, ook niet met een hulpverlener.

Aanvraagnummer {D:caseno}"""),
    # --- no secret at all
    T("text", "none", "Je bestelling {D:order} is verzonden",
      """Hoi {F:name},

Goed nieuws: je pakket is onderweg.

Track & trace: {D:tracking}
Bezorgadres: {F:street}, {D:postcode} {F:city}
Totaalbedrag: {D:price}

""" + _FOOTER),
    T("table", "none", "Factuur {D:invoice}",
      """Bedankt voor je bestelling.

Factuurnummer | {D:invoice}
Factuurdatum | {D:date}
Te betalen vóór | {D:date2}
Bedrag | {D:price}
Rekeningnummer | {D:iban}
Betalingskenmerk | {D:custno}"""),
    T("html", "none", "Bevestiging van je afspraak",
      """<p>Beste {F:name},</p>
<p>Je afspraak bij de gemeente is bevestigd op <b>{D:date} om {D:time}</b>, balie {D:roomno}.</p>
<p>Neem een geldig identiteitsbewijs mee. Afspraaknummer: {D:caseno}</p>"""),
    T("br", "none", "Je vliegticket",
      """Boekingscode: {D:pnr}
Vlucht KL1342, vertrek {D:date} om {D:time}
Stoel 17A
Betaald: {D:price}"""),
    T("blocks", "none", "Je jaarafrekening energie",
      """Je jaarafrekening staat klaar.

Klantnummer | {D:custno}
Periode tot | {D:date}
Terug te ontvangen | {D:price}
Nieuw termijnbedrag vanaf | {D:date2}"""),
    T("text", "none", "Je retour is verwerkt",
      """Hoi {F:name},

We hebben je retour van bestelling {D:order} ontvangen en {D:price} teruggestort op de kaart
eindigend op {D:masked}.

Retourlabel {D:tracking}"""),
    T("table", "none", "Premie autoverzekering",
      """Polisnummer | {D:ref}
Jaarpremie | {D:price}
Incassodatum | {D:date}
Van rekening | {D:iban}
Schademelding 24/7 | {D:phone}"""),
    # --- secrets a naive keyword rule misses
    T("text", "hard", "Bevestig je e-mailadres",
      """Hoi {F:name},

Vul {S:otp} in de app in om je e-mailadres te bevestigen.
Dit werkt 15 minuten."""),
    T("html", "hard", "Rond je inlog af",
      """<p>Hallo,</p>
<p>Typ dit over om in te loggen:</p>
<p style="font-size:26px;letter-spacing:5px"><b>{S:otpg}</b></p>
<p>Deel dit met niemand, ook niet met onze medewerkers.</p>"""),
    T("br", "hard", "Je nieuwe wachtwoord voor de ouderapp",
      """Hoi {F:name},
We hebben je wachtwoord voor de ouderapp van school gereset.
Het is nu {S:pwword}
Wijzig het na de eerste keer inloggen.
Administratie basisschool De Regenboog, {D:phone}"""),
    T("table", "hard", "Welkom bij het team",
      """Hoi {F:name}, dit heb je nodig op je eerste werkdag.

Eerste werkdag | {D:date}
Personeelsnummer | {D:custno}
Tijdelijk wachtwoord | {S:pw}
Alarmcode achteringang | {S:pin}

Je pasje ligt bij de receptie."""),
    T("blocks", "hard", "Je aankomst in het vakantiehuisje",
      """Hoi {F:name}, we verheugen ons op je komst.

Adres | {F:street}, {D:postcode} {F:city}
Sleutelkluisje naast de voordeur | {S:pin}
Aankomst | vanaf 15.00 uur op {D:date}

Reservering {D:pnr}"""),
    T("text", "hard", "{S:otp} is je verificatiecode",
      """Iemand probeert in te loggen vanaf een nieuwe browser. Was jij dit niet, wijzig dan je wachtwoord."""),
    T("text", "hard", "Je pakket ligt in de pakketautomaat",
      """Hoi {F:name},

Je pakket {D:tracking} ligt klaar in de pakketautomaat bij het station in {F:city}.
Kies op het scherm 'Ophalen' en toets daarna {S:pin6} in.
We bewaren het tot {D:date}."""),
    T("html", "hard", "Je huurdersportaal",
      """<p>Beste {F:name},</p>
<p>Je account voor het huurdersportaal is aangemaakt. Je gebruikersnaam is je huurnummer, {D:custno};
het voorlopige wachtwoord vind je onderaan deze mail.</p>
<p>Bij de eerste keer inloggen kies je een eigen wachtwoord.</p>
<p>Woningcorporatie &middot; {D:phone}</p>
<p><strong>{S:pw}</strong></p>"""),
    T("br", "hard", "Je licentiesleutel",
      """Bedankt voor je aankoop.
Bestelling: {D:order}
Plak dit in het programma onder Help > Activeren:
{S:akey}
Geldig op twee computers."""),
    T("table", "hard", "Je lidmaatschap",
      """Welkom bij SportCity {F:city}!

Lidnummer | {D:custno}
Maandbedrag | {D:price}
Eerste incasso | {D:date}
Toegangspoortje | {S:pin6}"""),
    T("text", "hard", "Je code voor telefonisch bankieren",
      """Beste {F:name},

Voor telefonisch bankieren hebben we een nieuwe code voor je aangemaakt. Hij staat hieronder;
onthoud hem en verwijder daarna deze mail.


{S:pin6}"""),
    T("blocks", "hard", "Je nieuwe simkaart",
      """Je simkaart is geactiveerd op {D:phone}.

Pincode | {S:pin}
PUK-code | {S:puk}"""),
    T("html", "hard", "Je beveiligingsvraag",
      """<p>Hoi {F:name},</p>
<p>Je hebt je beveiligingsvraag gewijzigd ('Hoe heette je eerste huisdier?'). Opgeslagen antwoord:
<b>{S:answer}</b></p>
<p>Was jij dit niet? Bel {D:phone}.</p>"""),
    T("text", "hard", "RE: Toegang fietsenkelder",
      """Hoi {F:name},

De deurcode van de fietsenkelder is {S:pin}, vanaf maandag.
Niet doorgeven aan anderen, graag.

Groet,
Beheerder

-----Oorspronkelijk bericht-----
Van: {F:name}
Verzonden: {D:date} {D:time}
Onderwerp: Toegang fietsenkelder
Hoi, ik woon op nummer {D:roomno}, hoe kom ik in de fietsenkelder?"""),
    T("br", "hard", "Wifi in het hotel",
      """Welkom in Hotel De Haven, {F:name}.
Kamer: {D:roomno}
Netwerk: DeHaven-Gasten
Precies zo intypen: {S:pwword}
Ontbijt van 7.00 tot 10.30 uur."""),
    T("table", "hard", "Bevestig je nummer",
      """Nummer | {D:phone}
Code | {S:otpg}
Geldig | 10 minuten"""),
    T("text", "hard", "Activeer je creditcard",
      """Beste {F:name},

Je creditcard eindigend op {D:masked} is binnen. Bel voor activering {D:phone} en toets na het
keuzemenu dit nummer in: {S:otp}

Daarna kun je de kaart meteen gebruiken."""),
    T("html", "hard", "Je inloggegevens",
      """<table cellpadding="6">
<tr><td>Gebruikersnaam</td><td>{D:custno}</td></tr>
<tr><td>Startwachtwoord</td></tr>
<tr><td>{S:pw}</td></tr>
</table>"""),
    T("text", "hard decoy", "Je nieuwe toegangscode",
      """Beste {F:name},

Geef je code nooit aan een ander, ook niet aan iemand die zegt van de bank te zijn.

Je nieuwe toegangscode is {S:pin6}; hij vervangt de code die je op {D:date} hebt gekozen.
Gebruikersnaam {D:custno}"""),
    T("blocks", "hard", "Je kortingscode en je cadeaukaart",
      """Bedankt voor je bestelling {D:order}.

Kortingscode in het winkelmandje | WINTER10
Cadeaukaartnummer | {S:card}
Beveiligingscode | {S:pin}"""),
    T("text", "hard", "Twee dingen voor je eerste inlog",
      """Hoi {F:name},

Gebruikersnaam: {D:custno}
De eerste keer typ je als wachtwoord: {S:pw}

Verder is je pincode voor de loonstroken in het personeelsportaal {S:pin}.

""" + _FOOTER),
    T("br", "hard", "Je burgerservicenummer",
      """Beste {F:name},
Bij je inschrijving hebben we het volgende burgerservicenummer vastgelegd:
{S:nid}
Klopt dit niet? Neem dan contact op met de gemeente."""),
    T("text", "hard", "Je toegang / Votre accès",
      """Beste {F:name},

Je toegang tot het klantenportaal is klaar. Eenmalig wachtwoord: {S:pw}

Bonjour {F:name},

Votre accès au portail client est prêt. Le mot de passe à usage unique se trouve ci-dessus.

Klantnummer / numéro de client: {D:custno}"""),
    T("html", "hard", "Je opslagbox",
      """<p>Hoi {F:name},</p>
<p>Box nr. {D:roomno} is vanaf {D:date} voor je gereserveerd.</p>
<p>Bij het hek toets je: <b>{S:pin6}</b></p>"""),
    # --- plain
    T("text", "easy", "Je pincode",
      """Beste {F:name},

Je pincode: {S:pin}

Je bank"""),
    T("table", "easy", "Je eenmalige code",
      """Eenmalige code | {S:otp}
Geldig | 5 minuten"""),
    T("html", "easy", "Wachtwoord gereset",
      """<p>Je wachtwoord is gereset.</p><p>Nieuw wachtwoord: <strong>{S:pw}</strong></p>"""),
    T("br", "easy", "Je virtuele kaart",
      """Je virtuele creditcard staat klaar.
Kaartnummer: {S:card}
Geldig tot 05/29"""),
]
