"""Batch 5, Dutch. Written by helper `blind5c` on 2026-12-04 without reading the rules."""

from blind.engine import T

_VOET_GLAS = """Klantenservice Glasnet
Glasnet B.V. · Stationsplein 45, 3511 ED Utrecht · KvK 61234567 · btw NL854321987B01"""

_VOET_BANK = """Polderbank N.V. · Postbus 1800, 1000 BV Amsterdam · KvK 33012345 · De Polderbank staat onder toezicht van De Nederlandsche Bank en de AFM."""

TEMPLATES = [
    # ------------------------------------------------------------------ decoy: about a secret, none given
    T("text", "decoy", "Uw aanvraag voor een DigiD",
      """Geachte heer/mevrouw,

u heeft op {D:date} een DigiD aangevraagd. Binnen 5 werkdagen ontvangt u een brief met uw
activeringscode op het adres waarop u in de Basisregistratie Personen staat ingeschreven.

De activeringscode is 20 dagen geldig. Heeft u de brief na 5 werkdagen nog niet ontvangen? Neem
dan contact op met de helpdesk via {D:phone}.

Aanvraagnummer: {D:caseno}"""),
    T("html", "decoy", "Let op: valse e-mails over uw belastingteruggave",
      """<p>Beste {F:name},</p>
<p>Op dit moment worden er e-mails en sms'jes verstuurd die lijken te komen van ons
administratiekantoor. U wordt gevraagd in te loggen om uw teruggave te ontvangen.</p>
<p><b>Wij vragen u nooit per e-mail of telefoon om uw DigiD-wachtwoord, uw pincode of een
sms-code.</b> Twijfelt u? Klik dan nergens op en bel ons op het bekende nummer.</p>
<p>Administratiekantoor Van Dijk &amp; De Boer, {F:street}, {F:city}</p>"""),
    T("br", "decoy", "Je wachtwoord is gewijzigd",
      """Hoi {F:name},
het wachtwoord van je account bij Waterbedrijf Oost is gewijzigd op {D:date} om {D:time}.
Heb je dit zelf gedaan? Dan hoef je niets te doen.
Herken je deze wijziging niet? Bel ons dan direct op {D:phone} en houd je klantnummer ({D:custno}) bij de hand.

Waterbedrijf Oost"""),
    T("table", "decoy", "Je wachtwoord verloopt binnenkort",
      """Beste student,

het wachtwoord van je hogeschoolaccount (mail, Brightspace en eduroam) moet elke 180 dagen worden vernieuwd.

Account | {F:name}.dejong@student.hs-voorbeeld.nl
Vervaldatum wachtwoord | {D:date}
Wijzigen | via het selfserviceportaal, optie 'Wachtwoord wijzigen'
ServiceDesk | gebouw C, lokaal {D:roomno}

Dienst ICT"""),
    T("blocks", "decoy", "Je modem is onderweg",
      """Hoi {F:name},

vandaag hebben we je modem verstuurd. Dit heb je nodig om hem aan te sluiten.

Serienummer | {D:serial}
Wifi-wachtwoord | staat op de sticker onder aan je modem
Track & trace | {D:tracking}

De naam van je netwerk en het wachtwoord kun je later aanpassen in de Glasnet-app.

""" + _VOET_GLAS),
    T("text", "decoy", "Pincode vergeten?",
      """Beste {F:name},

bent u de pincode van uw betaalpas eindigend op {D:masked} vergeten? In de Polderbank-app kunt u
hem bekijken via Instellingen > Passen > Pincode bekijken. U bevestigt dit met uw vingerafdruk of
uw app-code.

Liever per post? Vraag dan een pincodebrief aan in de app; u ontvangt hem binnen 5 werkdagen.
Onze medewerkers zullen u nooit om uw pincode vragen.

""" + _VOET_BANK),
    T("html", "decoy", "Je simkaart is geblokkeerd",
      """<p>Hoi,</p>
<p>Op je nummer <b>{D:phone}</b> is drie keer een verkeerde pincode ingevoerd. Je simkaart is
daarom geblokkeerd.</p>
<p>Met je PUK-code maak je hem weer vrij. Die vind je:</p>
<ul>
<li>in Mijn Glasnet, onder <i>Mijn abonnement &gt; Simkaart &gt; PUK-code</i>;</li>
<li>of op het plastic kaartje waar je simkaart in zat.</li>
</ul>
<p>Let op: na tien foute pogingen is de simkaart definitief onbruikbaar en heb je een nieuwe
nodig.</p>
<p>""" + _VOET_GLAS.replace("\n", "<br>") + "</p>"),
    T("br", "decoy", "Je pakket gaat naar een pakketautomaat",
      """Hoi {F:name},
je pakket {D:tracking} wordt bezorgd in de pakketautomaat bij {F:street} in {F:city}.
Zodra het in de automaat ligt, krijg je een sms en een e-mail met de ophaalcode.
Je hebt daarna 7 dagen de tijd om het op te halen.

PakketDirect"""),
    T("text", "decoy", "Inloggen wordt anders",
      """Beste {F:name},

vanaf {D:date} logt u op Mijn Zorgverzekering alleen nog in met DigiD. Uw huidige
gebruikersnaam en wachtwoord vervallen op die datum.

Heeft u nog geen DigiD? Vraag deze dan tijdig aan. Houd er rekening mee dat het een paar dagen
duurt voordat u de activeringscode per post ontvangt.

Polisnummer: {D:ref}
Zorgverzekeraar Delta Zorg"""),
    T("table", "decoy", "Huur van een fietskluis",
      """Beste {F:name},

u huurt vanaf {D:date} een fietskluis bij station {F:city}. Hieronder vindt u de gegevens.

Fietskluis | nr. {D:roomno}
Huur per kwartaal | {D:price}
Kluiscode | wordt op de ingangsdatum per sms verstuurd
Contractnummer | {D:caseno}

Gemeente {F:city}, afdeling Mobiliteit"""),
    T("blocks", "decoy", "Afspraken over de sleutelkluis",
      """Beste {F:name},

met ingang van {D:date} komt het wijkteam van Thuiszorg De Linde bij u langs. Zoals besproken, gebruiken onze medewerkers de sleutelkluis naast uw voordeur.

Cliëntnummer | {D:custno}
Sleutelkluis | de code wordt alleen telefonisch doorgegeven aan de vaste verzorgenden
Wijkteam | {D:phone}

Wij zetten de code nooit in een e-mail of in het zorgdossier."""),
    T("html", "decoy", "Bevestig je betaling",
      """<p>Hoi {F:name},</p>
<p>Je betaalt <b>{D:price}</b> aan {F:shop} (bestelling {D:order}).</p>
<p>Om de betaling af te ronden, vul je de code in die je per sms hebt ontvangen. De code is
<b>5 minuten</b> geldig. Deel hem met niemand, ook niet met iemand die zegt van de bank te
zijn.</p>
<p>Doe je deze betaling niet zelf? Vul dan niets in en bel {D:phone}.</p>"""),
    T("text", "decoy", "Inloggegevens ouderportaal",
      """Beste ouders/verzorgers,

de inloggegevens voor het ouderportaal worden uitgedeeld op de informatieavond van {D:date}. Wij
versturen ze niet per e-mail.

Bij de eerste keer inloggen kiest u zelf een nieuw wachtwoord. Bent u dat later vergeten, dan
kunt u het opnieuw instellen via 'Wachtwoord vergeten' op de inlogpagina.

Met vriendelijke groet,
de administratie van het Stedelijk College (toestel {D:roomno})"""),
    T("br", "decoy", "Je reservering begint morgen",
      """Hoi {F:name},
je reservering {D:pnr} begint morgen om {D:time}.
De pincode voor de boordcomputer heb je zelf gekozen toen je je aanmeldde; wij sturen hem nooit per e-mail.
Ben je hem vergeten? Stel dan een nieuwe in via Mijn account > Pas en pincode.

Goede reis!"""),
    T("table", "decoy", "Overzicht van je inlogmethoden",
      """Hoi {F:name},

op jouw verzoek een overzicht van je inlogmethoden op {D:date}.

Wachtwoord | laatst gewijzigd op {D:date2}
Bevestigen van betalingen | in de app, met je vingerafdruk
Telefoonnummer voor sms | {D:phone}
Beveiligingsvragen | niet ingesteld

Je wijzigt dit allemaal in Profiel > Beveiliging."""),
    T("blocks", "decoy", "Welkom bij Mijn Energie",
      """Beste {F:name},

uw online omgeving is klaar. U vindt er uw jaarafrekening en uw verbruik per dag.

Meternummer | {D:serial}
Klantnummer | {D:custno}
Inloggen | met uw e-mailadres en het wachtwoord dat u zelf heeft gekozen

Wachtwoord kwijt? Gebruik de link 'Wachtwoord vergeten' op de inlogpagina."""),
    T("html", "decoy", "Je wasabonnement is actief",
      """<p>Hoi {F:name},</p>
<p>Je wasabonnement Onbeperkt Glans ({D:price} per maand) is actief vanaf {D:date}.</p>
<p>Je hoeft bij de wasstraat geen wascode meer in te toetsen: de camera herkent je kenteken en de
slagboom gaat vanzelf open.</p>
<p>Rijd je met een andere auto? Voeg het kenteken toe in de app.</p>"""),
    # ------------------------------------------------------------------ none: no secret at all
    T("text", "none", "Je treinkaartje Amsterdam - Maastricht",
      """Hoi {F:name},

hier is je e-ticket.

Boekingsnummer: {D:pnr}
Reisdatum: {D:date}, vertrek Amsterdam Centraal om {D:time}
Klasse: 2, enkele reis
Prijs: {D:price}

Laat de QR-code op je telefoon of op papier zien bij de poortjes en aan de conducteur.

Goede reis!"""),
    T("html", "none", "Herinnering: afspraak bij de tandarts",
      """<p>Beste {F:name},</p>
<p>Wij herinneren u aan uw afspraak voor de halfjaarlijkse controle op <b>{D:date}</b> om
<b>{D:time}</b>.</p>
<p>Adres: Tandartspraktijk Het Molenhuis, {F:street}, {D:postcode} {F:city}.</p>
<p>Verhinderd? Meld u dan minimaal 24 uur van tevoren af via {D:phone}. Anders brengen wij de
gereserveerde tijd in rekening.</p>"""),
    T("table", "none", "Je jaarafrekening staat klaar",
      """Beste {F:name},

je jaarafrekening voor stroom en gas staat klaar in Mijn Energie.

Klantnummer | {D:custno}
Factuurnummer | {D:invoice}
Na te betalen | {D:price}
Afschrijving op | {D:date}
Van rekening | {D:iban}

Vragen? Bel {D:phone}."""),
    T("br", "none", "Je pakket wordt vandaag bezorgd",
      """Hoi {F:name},
je pakket {D:tracking} (bestelling {D:order}) wordt vandaag tussen 14:00 en 17:00 bezorgd.
Bezorgadres: {F:street}, {D:postcode} {F:city}.
Niet thuis? Dan bieden we het aan bij de buren of brengen we het naar een servicepunt in de buurt."""),
    T("blocks", "none", "Maandelijkse bijdrage VvE",
      """Beste eigenaar,

hierbij ontvangt u het overzicht van de servicekosten voor het komende kwartaal.

Appartementsrecht | huisnummer 14-III
Bijdrage per maand | {D:price}
Eerste incasso | {D:date}
Betalingskenmerk | {D:ref}

Vereniging van Eigenaars Residentie Het Baken"""),
    T("text", "none", "Uw parkeervergunning is verlengd",
      """Geachte heer/mevrouw,

uw parkeervergunning voor bewoners (vergunningnummer {D:caseno}) is verlengd tot en met {D:date}.
De kosten van {D:price} worden in de komende twee weken van uw rekening afgeschreven.

De vergunning is gekoppeld aan het kenteken van uw auto en is alleen geldig in vergunninggebied
C. U hoeft geen kaart achter de voorruit te leggen.

Gemeente {F:city}, Parkeerbeheer, {D:phone}"""),
    T("html", "none", "Bedankt voor je bestelling",
      """<p>Hoi {F:name},</p>
<p>Bedankt voor je bestelling <b>{D:order}</b> van {D:date}.</p>
<table>
<tr><td>Regenjas heren, maat L</td><td>{D:price}</td></tr>
<tr><td>Verzendkosten</td><td>gratis</td></tr>
</table>
<p>We sturen je pakket naar {F:street}, {D:postcode} {F:city}. Je volgt het met de code
{D:tracking}.</p>
<p>{F:shop}</p>"""),
    # ------------------------------------------------------------------ easy
    T("text", "easy", "Je verificatiecode",
      """Hoi,

je verificatiecode is: {S:otp}

De code verloopt over 10 minuten. Heb je niet geprobeerd in te loggen? Dan kun je dit bericht negeren."""),
    T("table", "easy", "Je hebt een cadeaukaart gekregen",
      """Hoi {F:name},

iemand heeft je een cadeaukaart van {F:shop} gegeven ter waarde van {D:price}.

Kaartnummer | {S:card}
Pincode | {S:pin}
Geldig tot | {D:date}

Je kunt hem gebruiken in de winkel en online."""),
    T("br", "easy", "Je account bij de bibliotheek",
      """Hoi {F:name},
je account bij de bibliotheek is aangemaakt.
Pasnummer: {D:custno}
Tijdelijk wachtwoord: {S:pw}
Je moet het wijzigen wanneer je voor het eerst inlogt."""),
    T("html", "easy", "Je pakket ligt in de pakketautomaat",
      """<p>Hoi {F:name},</p>
<p>Je pakket {D:tracking} ligt in de pakketautomaat op station {F:city}.</p>
<p>Ophaalcode: <b>{S:pin6}</b></p>
<p>Het pakket blijft 7 dagen liggen.</p>"""),
    # ------------------------------------------------------------------ hard
    T("text", "hard", "Je pakket ligt klaar in de automaat",
      """Hoi {F:name},

je pakket {D:tracking} ligt in de pakketautomaat bij winkelcentrum {F:city}, vak {D:roomno}.

Toets {S:pin6} in op het scherm van de automaat en het vak gaat open.

Je kunt je pakket ophalen tot en met {D:date}."""),
    T("html", "hard", "Je wasbeurt Extra is klaar voor gebruik",
      """<p>Hoi {F:name},</p>
<p>Bedankt voor je aankoop van een wasbeurt Extra ({D:price}) bij {F:shop} in {F:city}.</p>
<p>Voer bij de wasstraat <b>{S:pin6}</b> in op het bedieningspaneel en druk op OK. De slagboom
gaat daarna open.</p>
<p>De wasbeurt is eenmalig te gebruiken tot {D:date}.</p>"""),
    T("br", "hard", "Nieuwe code hoofdingang",
      """Beste huurders,
vanaf {D:date} geldt bij de hoofdingang van het bedrijfsverzamelgebouw een nieuwe code.
Die luidt {S:pin}.

Wilt u deze niet delen met bezoekers? Zij kunnen zich melden via de intercom.
Het facilitair team"""),
    T("table", "hard", "Loonstrook",
      """Beste {F:name},

hierbij je loonstrook over de afgelopen maand.

Werknemer | {F:name} Visser
BSN | {S:nid}
Periode | {D:date} t/m {D:date2}
Netto uit te betalen | {D:price}

Afdeling Personeelszaken"""),
    T("blocks", "hard", "Je glasvezel is actief",
      """Hoi {F:name},

je glasvezelaansluiting werkt. Kies op je apparaten het netwerk hieronder en vul de netwerksleutel in.

Netwerknaam | Glasnet-{D:amount}
Netwerksleutel | {S:phrase}
Serienummer modem | {D:serial}

""" + _VOET_GLAS),
    T("text", "hard", "Je locker op kantoor",
      """Hoi {F:name},

welkom op de nieuwe locatie! Je hebt een vaste locker gekregen op de derde verdieping, naast de
koffiecorner. De cijfercombinatie om hem te openen staat helemaal onderaan deze mail; onthoud
hem en gooi de mail daarna weg.

Facility Management
{F:street}, {D:postcode} {F:city}

{S:pin}"""),
    T("html", "hard", "Welkom in de leeromgeving",
      """<p>Hoi {F:name},</p>
<p>Je account voor de leeromgeving van school is klaar. Je gebruikersnaam is
<b>{F:name}.smit</b> en je wachtwoord is <b>{S:pwword}</b>.</p>
<p>Na de eerste keer inloggen moet je zelf een nieuw wachtwoord kiezen.</p>
<p>Je mentor</p>"""),
    T("br", "hard", "{S:otp} is je inlogcode",
      """Hoi,
je probeert in te loggen op een nieuw apparaat. Vul de code uit de onderwerpregel van deze e-mail in om door te gaan.

Was jij dit niet? Wijzig dan meteen je wachtwoord.
Team Beveiliging"""),
    T("table", "hard", "Je nieuwe simkaart",
      """Hoi {F:name},

we hebben je nieuwe simkaart voor {D:phone} verstuurd. Bewaar deze e-mail goed, want je hebt de twee codes hieronder nodig.

Om je telefoon aan te zetten | {S:pin}
Als je simkaart geblokkeerd is | {S:puk}

""" + _VOET_GLAS),
    T("blocks", "hard", "Je boekhoudpakket",
      """Hoi {F:name},

bedankt voor je aankoop. Wanneer je het programma voor het eerst opent, vraagt het om je licentiesleutel.

Licentiesleutel | {S:akey}
Bestelnummer | {D:order}
Aantal gebruikers | 2

Helpdesk"""),
    T("text", "hard", "Uw zonnepanelen koppelen aan de app",
      """Beste {F:name},

de installatie van uw zonnepanelen op {D:date} is afgerond. Om de opbrengst in de app te zien,
koppelt u de omvormer aan uw account. Kies in de app 'Apparaat toevoegen', scan de QR-code op de
omvormer of vul deze handmatig in:

{S:otpg}

Serienummer omvormer: {D:serial}

Met zonnige groet,
Zonnedak Installaties"""),
    T("html", "hard", "Je rit is bevestigd",
      """<p>Hoi {F:name},</p>
<p>Je reservering van de deelauto op {D:date} is bevestigd (reservering {D:pnr}).</p>
<p>Bij de auto tik je <b>{S:pin6}</b> in op het kastje achter de voorruit. De sleutel ligt in het
handschoenenvak.</p>
<p>Goede rit!</p>"""),
    T("br", "hard", "Je pakket ligt bij het servicepunt",
      """Hoi {F:name},
je pakket {D:tracking} ligt klaar bij het servicepunt in de supermarkt aan {F:street} in {F:city}.

Noem {S:otp} aan de servicebalie, dan krijg je het meteen mee.
Neem ook je legitimatiebewijs mee."""),
    T("table", "hard", "Je beveiligingsvraag is ingesteld",
      """Hoi {F:name},

we stellen hem als je ons belt vanaf een nummer dat we niet kennen.

Vraag | Wat is de naam van je eerste huisdier?
Antwoord | {S:answer}
Ingesteld op | {D:date}

Wijzigen kan in Profiel > Beveiliging."""),
    T("blocks", "hard", "Wifi tijdens je congres",
      """Beste {F:name},

voor het congres op {D:date} in zaal {D:roomno} vindt u hieronder de gegevens van het draadloze netwerk voor de deelnemers.

Netwerk | Vergadercentrum-Gast
WPA2-sleutel | {S:pw}

Team Evenementen"""),
    T("text", "hard", "RE: Ik kan niet meer inloggen",
      """Hoi {F:name},

zoals telefonisch besproken heb ik je account gereset. Je kunt nu inloggen met {S:pw}; daarna
vraagt het systeem je om zelf een nieuw wachtwoord te kiezen.

Groet,
{F:name}, klantenservice (ticket {D:caseno})

> Op {D:date} schreef je:
> Hallo, sinds gisteren kom ik niet meer in mijn account."""),
    T("html", "hard", "Je nieuwe pincode voor de fietsenstalling",
      """<p>Hoi {F:name},</p>
<p>Je hebt een nieuwe pincode aangevraagd voor de automatische fietsenstalling met abonnement
{D:custno}.</p>
<p>Hier is 'ie: <b>{S:pin}</b></p>
<p>De oude werkt vanaf nu niet meer.</p>"""),
    T("br", "hard", "Voorverkoop voor leden",
      """Hoi {F:name},
als lid van de fanclub kun je meedoen aan de voorverkoop voor het concert op {D:date} in {F:city}.
De verkoop start donderdag om 10:00. Vul bij het afrekenen in het vakje 'Actiecode' het volgende in:
{S:otpg}
Eén keer te gebruiken per account, maximaal 4 kaarten."""),
    T("table", "hard", "Nieuwe cliënt: praktische gegevens",
      """Beste collega's,

vanaf {D:date} verzorgen wij ook mevrouw {F:name} Mulder, {F:street}. Hieronder de gegevens voor de eerste ronde.

Cliëntnummer | {D:custno}
Sleutelkluis naast de voordeur | {S:pin}
Bijzonderheden | mevrouw is slechthorend, bel twee keer aan

Planning Wijkverpleging Het Anker"""),
    T("blocks", "hard", "Je werkaccount",
      """Hoi {F:name},

welkom bij het team! De ICT-afdeling heeft je account aangemaakt. Hieronder staat waarmee je de eerste keer inlogt; het is 48 uur geldig.

Gebruikersnaam | {F:name}.bakker
Eerste keer inloggen met | {S:pw}

ICT-servicedesk: kamer {D:roomno}"""),
    T("text", "hard", "Je internet en vaste lijn zijn actief",
      """Hoi {F:name},

je vaste nummer {D:phone} is actief.

Log in op Mijn Glasnet met je klantnummer {D:custno} en het wachtwoord {S:pw}. Wil je je
voicemail beluisteren vanaf een andere telefoon? Bel je eigen nummer, druk op sterretje als je
de begroeting hoort en toets daarna {S:pin} en een hekje.

""" + _VOET_GLAS),
    T("html", "hard", "Je huurfiets staat klaar",
      """<p>Hoi {F:name},</p>
<p>Je huurfiets staat vanaf {D:date} om {D:time} klaar voor {F:shop}.</p>
<p>Hij staat vast met een cijferslot dat opengaat met <b>{S:pin}</b>. Wil je het slot bij het
terugbrengen weer op dezelfde cijfers afsluiten?</p>"""),
    T("text", "hard", "Je wachtwoord is gewijzigd",
      """Hoi {F:name},

zoals je op {D:date} aan onze klantenservice hebt gevraagd, is je wachtwoord gewijzigd in
{S:pwword}.

We raden je aan om bij de volgende keer inloggen een sterker wachtwoord te kiezen.

Team {F:shop}"""),
    T("br", "hard", "Je parkeerplek is gereserveerd",
      """Hoi {F:name},
je parkeerplek in de parkeergarage bij station {F:city} is gereserveerd op {D:date} vanaf {D:time} (reservering {D:pnr}).
Toets bij de slagboom {S:pin6} in op het toetsenbord van de intercom.
Bij het wegrijden toets je hetzelfde nummer nog een keer in."""),
    T("table", "hard", "Uw toegang tot Internetbankieren",
      """Beste {F:name},

uw toegang tot Internetbankieren is geactiveerd. Uw gebruikersnaam heeft u per sms ontvangen; hieronder de rest.

Wachtwoord | {S:pw}
Antwoord op 'Geboorteplaats van uw moeder' | {S:answer}

Bewaar deze e-mail niet in uw inbox."""),
    T("blocks", "hard", "Activeer je creditcard telefonisch",
      """Hoi {F:name},

bel {D:phone} om je creditcard te activeren. Als het keuzemenu erom vraagt, toets je het nummer hieronder in.

Toets dit nummer in | {S:otp}

Je kaart werkt een uur na het gesprek."""),
    T("text", "hard", "Activeer uw account voor Mijn Woning",
      """Geachte heer/mevrouw,

welkom als huurder bij Woonstichting De Horst. Via Mijn Woning geeft u reparaties door en
bekijkt u uw huurcontract.

Uw persoonlijke activatiecode voor Mijn Woning luidt {S:otpg}. U vult deze eenmalig in bij uw
eerste aanmelding, samen met uw huurdernummer {D:custno}.

Met vriendelijke groet,
Klantcontactcentrum, {D:phone}"""),
]
