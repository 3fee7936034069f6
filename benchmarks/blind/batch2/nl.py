"""Batch 2, Dutch. Written by helper `blind2` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- about a secret, giving none
    T("text", "decoy", "Je wachtwoord is gewijzigd",
      """Hoi {F:name},

Het wachtwoord van je account in Mijn Omgeving is gewijzigd op {D:date} om {D:time}.
Heb je dit zelf gedaan? Dan hoef je niets te doen.
Herken je deze wijziging niet? Bel ons direct op {D:phone} en noem je klantnummer {D:custno}.

Met vriendelijke groet,
Klantenservice"""),
    T("html", "decoy", "Let op: phishing",
      """<p>Beste {F:name},</p>
<p>Er gaan op dit moment valse berichten rond die van ons lijken te komen. Onthoud:</p>
<ul><li>we vragen nooit om je pincode, wachtwoord of inlogcode,</li>
<li>deel nooit een code uit een sms met iemand die je belt,</li>
<li>klik niet op links in verdachte berichten.</li></ul>
<p>Twijfel je? Hang op en bel {D:phone}.</p>"""),
    T("br", "decoy", "Je nieuwe pas is onderweg",
      """Beste {F:name},
je nieuwe betaalpas die eindigt op {D:masked} is verstuurd op {D:date}.
Je pincode ontvang je een paar dagen later in een aparte brief.
Voor je veiligheid versturen we pas en pincode nooit samen.

Vragen? {D:phone}"""),
    T("table", "decoy", "Pincode vergeten?",
      """Zo vraag je je pincode opnieuw aan.

In de app | Passen > Pincode bekijken
Telefonisch | {D:phone}
Pas | {D:masked}
Aangevraagd op | {D:date}

Een nieuwe pincodebrief is ongeveer een week onderweg."""),
    T("text", "decoy", "Wachtwoord opnieuw instellen",
      """Hoi {F:name},

We hebben een verzoek ontvangen om het wachtwoord van je account opnieuw in te stellen.
Kies via de link hieronder een nieuw wachtwoord. De link is 30 minuten geldig en werkt maar één keer.

Heb je dit niet aangevraagd? Dan kun je deze e-mail negeren; je huidige wachtwoord blijft gewoon werken.

Dossier {D:ref}"""),
    T("blocks", "decoy", "Nieuwe inlog op je account",
      """We zagen een inlog vanaf een nieuw apparaat.
Wanneer | {D:date}, {D:time}
Apparaat | Chrome op Android
Locatie | {F:city}
Was jij dit niet? Wijzig dan meteen je wachtwoord en zet tweestapsverificatie aan."""),
    T("text", "decoy", "Tweestapsverificatie staat aan",
      """Hoi {F:name},

Vanaf nu sturen we je een sms-code als je inlogt op een nieuw apparaat.
De code is tien minuten geldig en kun je maar één keer gebruiken.
Je kunt dit uitzetten via Instellingen > Beveiliging.

Klantnummer {D:custno}"""),
    T("html", "decoy", "Nieuwe regels voor wachtwoorden",
      """<p>Beste klant,</p>
<p>Vanaf <strong>{D:date}</strong> moet je wachtwoord minstens 12 tekens lang zijn en mag het niet gelijk zijn aan een eerder wachtwoord.
Als je na die datum inlogt, vragen we je een nieuw wachtwoord te kiezen.</p>
<p>Je hoeft vandaag niets te doen.</p>"""),
    T("br", "decoy", "Je code is verlopen",
      """Hoi {F:name},
de code die we je om {D:time} stuurden is verlopen en kan niet meer worden gebruikt.
Vraag een nieuwe aan op het inlogscherm wanneer het je uitkomt.
Referentie {D:ref}"""),
    T("text", "decoy", "Je simkaart is geblokkeerd",
      """Hoi {F:name},

De pincode van je simkaart is drie keer verkeerd ingevoerd, daarom is de simkaart geblokkeerd.
Om hem te deblokkeren heb je de PUK-code nodig. Die staat op het plastic kaartje waar je simkaart in zat, en ook in de Mijn KPN-app.
Niet gokken: na tien verkeerde PUK-pogingen is de simkaart onbruikbaar.

Klantnummer {D:custno}"""),
    T("table", "decoy", "Je vraag is afgehandeld",
      """Bedankt voor je bericht.

Zaaknummer | {D:ref}
Afgehandeld op | {D:date}
Onderwerp | Inloggen met wachtwoord lukt niet

Onze medewerkers vragen nooit per e-mail naar je wachtwoord. Blijft het probleem bestaan? Bel {D:phone}."""),
    T("html", "decoy", "Je DigiD-activeringsbrief is verstuurd",
      """<p>Beste {F:name},</p>
<p>Je hebt op {D:date} een DigiD aangevraagd. De activeringscode sturen we binnen 3 werkdagen per brief naar het adres waarop je ingeschreven staat.</p>
<p>We sturen de code nooit per e-mail of sms.</p>
<p>Kenmerk {D:ref}</p>"""),
    # --- no secret at all
    T("table", "none", "Bevestiging van je bestelling {D:order}",
      """Bedankt voor je bestelling, {F:name}!

Bestelnummer | {D:order}
Besteldatum | {D:date}
Totaal | {D:price}
Bezorgadres | {F:street}, {D:postcode} {F:city}

We laten je weten wanneer je pakket onderweg is."""),
    T("text", "none", "Je pakket is onderweg",
      """Hoi {F:name}, je bestelling {D:order} is verzonden.

Track & trace: {D:tracking}
Verwachte bezorging: {D:date}

Niet thuis? Dan leggen we het pakket bij een PostNL-punt in de buurt."""),
    T("table", "none", "Je factuur {D:invoice}",
      """Je factuur staat klaar.

Factuurnummer | {D:invoice}
Bedrag | {D:price}
Vervaldatum | {D:date}
IBAN | {D:iban}
Betalingskenmerk | {D:ref}

Betaal je via automatische incasso? Dan hoef je niets te doen."""),
    T("br", "none", "Je afspraak is bevestigd",
      """Beste {F:name},
je afspraak bij ons kantoor in {F:city} staat op {D:date} om {D:time}.
Neem een geldig legitimatiebewijs mee.
Afzeggen kan via {D:phone}."""),
    T("html", "none", "We hebben je retour ontvangen",
      """<p>Hoi {F:name},</p>
<p>Je retour van bestelling <b>{D:order}</b> is binnen in ons magazijn. We storten <b>{D:price}</b> binnen vijf dagen terug op de kaart die eindigt op {D:masked}.</p>"""),
    T("blocks", "none", "Je lidmaatschap wordt verlengd",
      """Je lidmaatschap bij {F:shop} wordt automatisch verlengd.
Lidnummer | {D:custno}
Verlengdatum | {D:date}
Prijs | {D:price}
Wil je lid blijven? Dan hoef je niets te doen."""),
    # --- secrets a naive keyword rule misses
    T("text", "hard", "Bevestig dat jij het bent",
      """Hoi {F:name},

Vul {S:otp} in de app in om het inloggen af te ronden.
Deze cijfers zijn 10 minuten geldig.

Probeerde je niet in te loggen? Bel {D:phone}."""),
    T("text", "hard", "{S:otp} is je code voor {F:shop}",
      """Gebruik {S:otp} om je e-mailadres te bevestigen.
Stuur deze e-mail niet door."""),
    T("br", "hard", "Rond je registratie af",
      """Bijna klaar, {F:name}!
De code is {S:otpg}.
Typ hem in het vakje op de pagina die je net hebt verlaten.
Bestelling {D:order}"""),
    T("text", "hard", "Je nieuwe pincode",
      """Beste {F:name},

Zoals gevraagd hebben we een nieuwe pincode gemaakt voor je pas die eindigt op {D:masked}.
Je pincode staat hieronder. Onthoud hem en verwijder daarna dit bericht.

        {S:pin}

Je kunt hem wijzigen bij elke geldautomaat van ons."""),
    T("blocks", "hard", "Je gegevens voor de eerste keer inloggen",
      """Hier zijn je gegevens om voor het eerst in te loggen.
Gebruikersnaam | {F:name}{D:amount}
Tijdelijk wachtwoord | {S:pw}
Na het inloggen vragen we je meteen een eigen wachtwoord te kiezen."""),
    T("table", "hard", "De gegevens van je abonnement",
      """Welkom als klant, {F:name}.

Mobiel nummer | {D:phone}
Pincode simkaart | {S:pin}
PUK-code | {S:puk}
Klantnummer | {D:custno}

Bewaar deze gegevens op een veilige plek."""),
    T("text", "hard", "Je wachtwoord is opnieuw ingesteld",
      """Hoi {F:name},

Onze IT-servicedesk heeft je account op {D:date} opnieuw ingesteld. Je nieuwe wachtwoord is {S:pwword}.
Wijzig het de eerste keer dat je inlogt.

Melding {D:ref}"""),
    T("html", "hard", "Wifi tijdens je verblijf",
      """<p>Hoi {F:name},</p>
<p>Bedankt voor je boeking. Het wachtwoord van het gastennetwerk vind je hieronder; het is geldig tijdens je hele verblijf.</p>
<p style="font-size:20px;font-family:monospace">{S:pw}</p>
<p>Boekingsnummer {D:ref}, aankomst {D:date}.</p>"""),
    T("table", "hard", "Welkom op het medewerkersportaal",
      """Welkom bij ons, {F:name}. Je account is aangemaakt.

Inlognaam | {F:name}.hr
Startwachtwoord | {S:pw}
Personeelsnummer | {D:custno}
Eerste werkdag | {D:date}"""),
    T("text", "hard", "Activeer je pas",
      """Hoi {F:name},

Je nieuwe pas {D:masked} kun je gebruiken zodra je hem hebt geactiveerd.
Bel {D:phone} en toets het activeringsnummer {S:pin6} in als daarom wordt gevraagd.

Bedankt dat je klant bij ons bent."""),
    T("br", "hard", "Beveiligingsvraag opgeslagen",
      """Hoi {F:name},
je hebt een beveiligingsvraag ingesteld voor telefonisch bankieren.
Vraag: naam van je eerste huisdier
Opgeslagen antwoord: {S:answer}
We vragen hiernaar als je {D:phone} belt."""),
    T("blocks", "hard", "Pincode en PUK van je simkaart",
      """Je nieuwe simkaart voor {D:phone} is geactiveerd.
PIN | {S:pin}
PUK | {S:puk}
Bestelling | {D:order}"""),
    T("text", "hard", "Haal je pakket op",
      """Je pakket {D:tracking} ligt klaar in de pakketautomaat aan de {F:street}.
Open het vak met {S:otp} vóór {D:date}.
Daarna gaat het terug naar de afzender."""),
    T("br", "hard", "Je inloggegevens",
      """Beste {F:name},
bedankt voor je registratie. Je wachtwoord is:
{S:pw}
Je klantnummer is {D:custno}."""),
    T("html", "hard", "Je virtuele creditcard",
      """<p>Hoi {F:name},</p>
<p>Je virtuele creditcard is klaar voor online aankopen.</p>
<table><tr><td>Kaartnummer</td></tr><tr><td style="font-size:18px">{S:card}</td></tr>
<tr><td>Geldig tot</td></tr><tr><td>{D:date}</td></tr></table>
<p>De beveiligingscode zie je alleen in de app.</p>"""),
    T("text", "hard", "Bevestiging van je aanvraag",
      """Beste {F:name},

We hebben je aanvraag van {D:date} ontvangen.
Het burgerservicenummer dat bij ons bekend is, is {S:nid}. Controleer of dit klopt.

Belastingdienst"""),
    T("table", "hard decoy", "Bevestig je mobiele nummer",
      """Deel deze code nooit met iemand, ook niet met ons.

Verificatiecode | {S:otpg}
Geldig tot | {D:time}

Heb je niets aangevraagd? Negeer dan deze e-mail."""),
    T("text", "hard", "De deurcode van je nieuwe woning",
      """Hoi {F:name},

Welkom aan de {F:street}! De voordeur gaat open met
{S:pin} gevolgd door het hekje.
Het grofvuil wordt opgehaald op {D:date}."""),
    # --- plainly labelled secrets
    T("text", "easy", "Je eenmalige code",
      """Je eenmalige code is {S:otp}. Hij verloopt over vijf minuten.
Deel de code met niemand."""),
    T("br", "easy", "Verificatiecode",
      """Hoi {F:name},
verificatiecode: {S:otp}
Bestelling {D:order}, {D:price}"""),
    T("html", "easy", "Je pincode",
      """<p>Beste {F:name},</p><p>Pincode: <strong>{S:pin}</strong></p><p>Pas {D:masked}</p>"""),
    T("table", "easy", "Je account",
      """Gebruikersnaam | {F:name}
Wachtwoord | {S:pw}
Klantnummer | {D:custno}"""),
    T("text", "easy decoy", "Inlogcode",
      """Inlogcode: {S:otp}
We bellen je nooit om naar deze code te vragen. Doet iemand dat wel, hang dan op en bel {D:phone}."""),
    T("blocks", "easy", "Je PUK-code",
      """Je hebt de PUK-code voor {D:phone} aangevraagd.
PUK-code | {S:puk}
Aangevraagd op | {D:date}"""),
    T("br", "hard", "Activeer de app",
      """Beste {F:name},
om de bank-app op je nieuwe telefoon te activeren heb je een activatiecode nodig.
Je vindt de code onderaan dit bericht.
Klantnummer {D:custno}

{S:otpg}"""),
    # --- more compounds, pointer phrases and label/value decoys
    T("text", "hard", "Je wachtwoord is gewijzigd",
      """Hoi {F:name},

Zoals telefonisch afgesproken hebben we het wachtwoord van je account gewijzigd. Het is veranderd in {S:pwword}.
Kies de volgende keer dat je inlogt een eigen wachtwoord.

Klantenservice {D:phone}"""),
    T("br", "hard", "Inloggen op Mijn Account",
      """Hoi {F:name},
log binnen tien minuten in met het eenmalige wachtwoord {S:otp}.
Je bestelling {D:order} staat onder Mijn bestellingen.
Klantnummer {D:custno}"""),
    T("table", "decoy", "Herinnering: je wachtwoord verloopt binnenkort",
      """Hoi {F:name}, hier de gegevens van je account.

Wachtwoord verloopt op | {D:date}
Wachtwoord wijzigen | Mijn account > Beveiliging
Klantnummer | {D:custno}
Klantenservice | {D:phone}"""),
    T("html", "hard", "Je persoonlijke code",
      """<p>Beste {F:name},</p>
<p>hier is de nieuwe code van je pas {D:masked}:</p>
<p>&nbsp;</p>
<p style="font-size:24px"><b>{S:pin}</b></p>
<p>Verwijder dit bericht als je de code hebt onthouden.</p>"""),
    T("text", "none", "Je treinkaartje",
      """Beste {F:name},

Bedankt voor je boeking. Je kaartje naar {F:city} op {D:date}, vertrek {D:time}, kost {D:price}.
Boekingsnummer: {D:order}
Neem je kortingskaart mee tijdens de reis. Klantenservice: {D:phone}"""),
    T("blocks", "hard", "Welkom in je vakantiehuis",
      """Welkom in {F:city}! De sleutel ligt in het sleutelkluisje naast de deur.
Kluiscode | {S:pin}
Wifi | {S:pwword}
Vertrek | {D:date} voor {D:time}"""),
    T("text", "decoy", "Over je veiligheid",
      """Hoi {F:name},

We vragen nooit om je wachtwoord of je pincode. Je wachtwoord moet elke 90 dagen worden vernieuwd.
Wachtwoord vergeten? Klik op 'Wachtwoord vergeten' of bel {D:phone}.
De pincode van je pas wijzig je bij elke geldautomaat.

Referentie {D:ref}"""),
    T("text", "hard", "Koppel de app aan je account",
      """Hoi {F:name},

typ de volgende cijfers in de app:

{S:otp}

Ze zijn 15 minuten geldig. Bestelling {D:order}."""),
]
