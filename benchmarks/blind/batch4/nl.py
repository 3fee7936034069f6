"""Batch 4, Dutch (the Netherlands, Flanders). Written by helper `blind4b` on 2026-12-03 without
reading the rules, their tests or the earlier batches."""

from blind.engine import T

_VOET = """Met vriendelijke groet,
Klantenservice

Polderstroom B.V. · Postbus 1180, {D:postcode} {F:city} · KvK 58213409 · btw NL853120947B01
Bereikbaar op werkdagen van 8.00 tot 20.00 uur via {D:phone}"""

_VOET_BE = """Vlaamse Spaarbank NV · Meir 48, 2000 Antwerpen · RPR Antwerpen 0462.920.226
Ondernemingsnummer BE 0462.920.226 · FSMA 019417 A"""

TEMPLATES = [
    # ------------------------------------------------------------------ decoy
    T("text", "decoy", "Uw wachtwoord is gewijzigd",
      """Beste {F:name},

op {D:date} om {D:time} uur is het wachtwoord van uw account gewijzigd via de website.

Heeft u dit zelf gedaan? Dan hoeft u niets te doen. Herkent u deze wijziging niet, blokkeer dan
direct uw account via {D:phone}.

""" + _VOET),
    T("html", "decoy", "Let op: nepbezoekers aan de deur",
      """<p>Beste klant,</p>
<p>Oplichters bellen aan en zeggen dat ze namens de bank uw betaalpas komen ophalen omdat die
"vervangen moet worden". Ze vragen daarbij om uw pincode.</p>
<p>Wij halen <strong>nooit</strong> een pas bij u thuis op en vragen nooit naar uw pincode,
inlogcodes of de codes uit uw app. Bel bij twijfel de politie.</p>"""),
    T("br", "decoy", "Uw activeringsbrief is onderweg",
      """Beste {F:name},
u heeft op {D:date} een account aangevraagd.
De activeringscode sturen wij binnen 5 werkdagen per post naar het adres waarop u staat ingeschreven.
Zonder deze brief kunt u uw account niet activeren.
Met vriendelijke groet,
Servicecentrum"""),
    T("table", "decoy", "Nieuwe eisen aan wachtwoorden",
      """Vanaf {D:date} gelden nieuwe eisen voor wachtwoorden op het personeelsportaal:

Lengte | minimaal 12 tekens
Tekens | hoofdletter, kleine letter, cijfer en leesteken
Geldig | 1 jaar
Blokkade | na 5 foute pogingen

Team ICT"""),
    T("blocks", "decoy", "Je simkaart is geblokkeerd",
      """Hoi {F:name},

je simkaart voor {D:phone} is geblokkeerd omdat de pincode drie keer verkeerd is ingetoetst.

Deblokkeren | Toets de pukcode in die op de houder van je simkaart staat.
Houder kwijt? | Je pukcode vind je in de app onder Mijn abonnement > Simkaart.

Je provider"""),
    T("text", "decoy", "Wachtwoord opnieuw instellen",
      """Hallo,

we kregen een verzoek om het wachtwoord van je account bij {F:shop} opnieuw in te stellen.
Via de link hieronder kies je een nieuw wachtwoord. De link werkt 2 uur.

https://account.voorbeeldwinkel.nl/nieuw-wachtwoord?t=Hq7vN2xK

Heb je dit niet aangevraagd? Dan kun je deze mail negeren."""),
    T("html", "decoy", "Uw wachtwoord verloopt",
      """<p>Beste {F:name},</p>
<p>het wachtwoord van uw werkaccount verloopt op <b>{D:date}</b>.</p>
<p>Wijzig het vóór die datum via <i>Ctrl+Alt+Del &gt; Wachtwoord wijzigen</i>. Lukt het niet, neem
dan contact op met de servicedesk via {D:phone}.</p>"""),
    T("br", "decoy", "Pincode vergeten?",
      """Beste {F:name},
bent u de pincode van uw betaalpas vergeten? Vraag dan in de app een nieuwe pincode aan.
U ontvangt hem binnen 5 werkdagen per post; uw pas blijft gewoon werken.
Kosten: {D:price}.
Uw bank"""),
    T("text", "decoy", "Verificatiecode verlopen",
      """Hoi {F:name},

de verificatiecode die we je op {D:date} om {D:time} stuurden naar {D:phone} is verlopen.
Een code blijft maar 5 minuten geldig en werkt één keer.

Probeer opnieuw in te loggen, dan sturen we je een nieuwe.

{F:shop}"""),
    T("table", "decoy", "Smartschool voor ouders",
      """Beste ouders,

vanaf dit schooljaar communiceren we via Smartschool.

Gebruikersnaam | voornaam.achternaam van uw kind
Paswoord | krijgt u mee op het oudercontact van {D:date}
Vragen | het secretariaat, {D:phone}

De directie"""),
    T("blocks", "decoy", "Welkom bij de sportschool",
      """Hoi {F:name},

welkom bij SportPlaza {F:city}! Je lidnummer is {D:custno}.

Toegang | De deur open je met een QR-code die de app elke minuut ververst.
Geen telefoon bij je? | Aan de balie krijg je een dagpas op vertoon van je id-kaart.

Sportieve groet"""),
    T("html", "decoy", "Uw burgerservicenummer",
      """<p>Geachte heer/mevrouw,</p>
<p>voor uw inschrijving bij de huisartsenpraktijk hebben wij uw burgerservicenummer nodig.
U vindt het op uw paspoort, identiteitskaart of rijbewijs.</p>
<p>Vul het nummer zelf in via het patiëntenportaal en stuur het ons <u>niet</u> per e-mail.</p>
<p>Dossier {D:caseno}</p>"""),
    T("text", "decoy", "Jouw itsme-code",
      """Dag {F:name},

je hebt op {D:date} itsme geactiveerd op een nieuwe smartphone.
Je itsme-code van 5 cijfers deel je nooit met iemand, ook niet met de bank of de overheid.
Vermoed je misbruik? Blokkeer je account meteen via {D:phone}.

""" + _VOET_BE),
    T("br", "decoy", "Parkeren bij uw verblijf",
      """Beste {F:name},
u verblijft vanaf {D:date} in kamer {D:roomno}.
De toegangscode voor de parkeergarage sturen wij u op de dag van aankomst per sms naar {D:phone}.
Reserveringsnummer {D:pnr}
Hotel De Watertoren"""),
    # ------------------------------------------------------------------ none
    T("text", "none", "Bevestiging van je bestelling {D:order}",
      """Hoi {F:name},

bedankt voor je bestelling {D:order} van {D:date}.

1 x Staande lamp Bolke, zwart      {D:price}
Verzendkosten                       gratis

Bezorgadres: {F:street}, {D:postcode} {F:city}

{F:shop}"""),
    T("html", "none", "Je pakket komt vandaag",
      """<p>Hoi {F:name},</p>
<p>je pakket <b>{D:tracking}</b> wordt vandaag tussen {D:time} en 17:00 bezorgd.</p>
<p>Niet thuis? Kies een andere dag of een afhaalpunt in de app.</p>"""),
    T("table", "none", "Uw jaarnota {D:invoice}",
      """Beste {F:name},

uw jaarnota staat klaar.

Notanummer | {D:invoice}
Klantnummer | {D:custno}
Bedrag | {D:price}
Betalen vóór | {D:date}
Rekeningnummer | {D:iban}
Betalingskenmerk | {D:ref}

""" + _VOET),
    T("br", "none", "Afspraak paspoort aanvragen",
      """Beste {F:name},
uw afspraak bij de gemeente {F:city} is op {D:date} om {D:time} uur, balie 4.
Afspraaknummer: {D:caseno}
Neem uw oude paspoort en een recente pasfoto mee.
Verhinderd? Bel {D:phone}."""),
    T("blocks", "none", "Je retour is verwerkt",
      """Hoi {F:name},

we hebben je retour voor bestelling {D:order} ontvangen.

Terugbetaald | {D:price}
Op kaart | {D:masked}
Datum | {D:date}

Het kan een paar dagen duren voordat het bedrag zichtbaar is."""),
    T("text", "none", "Schademelding {D:caseno}",
      """Geachte heer {F:name},

wij hebben uw schademelding van {D:date} ontvangen.

Schadenummer: {D:caseno}
Polisnummer: {D:ref}
Eigen risico: {D:amount} euro

Een expert neemt vóór {D:date2} contact met u op.

Verzekeringen Noordzee"""),
    T("html", "none", "Je treinreis naar Parijs",
      """<p>Hoi {F:name},</p>
<p>je reservering is bevestigd.</p>
<table><tr><td>Boekingscode</td><td>{D:pnr}</td></tr><tr><td>Vertrek</td><td>{D:date}, {D:time}</td></tr>
<tr><td>Totaal</td><td>{D:price}</td></tr></table>
<p>Je e-ticket vind je in de app.</p>"""),
    # ------------------------------------------------------------------ hard
    T("text", "hard", "Bevestig je e-mailadres",
      """Hoi {F:name},

vul {S:otp} in op de website om je e-mailadres te bevestigen. Daarna kun je meteen verder met
je aanvraag.

Lukt het niet? Vraag dan een nieuwe mail aan.
{F:shop}"""),
    T("html", "hard", "Koppel je nieuwe telefoon",
      """<p>Hoi {F:name},</p>
<p>om de app op je nieuwe telefoon te koppelen, neem je de tekens hieronder over:</p>
<p style="font-size:26px;font-family:monospace;letter-spacing:3px">{S:otpg}</p>
<p>Heb jij dit niet gedaan? Bel ons direct op {D:phone}.</p>"""),
    T("table", "hard", "Uw account voor het huurdersportaal",
      """Beste {F:name},

uw account voor het huurdersportaal is aangemaakt.

Gebruikersnaam | {D:custno}
Wachtwoord (tijdelijk) | {S:pw}
Adres | {F:street}, nr. {D:roomno}

Bij de eerste keer inloggen kiest u een eigen wachtwoord."""),
    T("blocks", "hard", "Pincode van uw creditcard",
      """Beste mevrouw {F:name},

zoals afgesproken aan de telefoon sturen wij u hierbij de pincode van uw creditcard {D:masked}.

Pincode | {S:pin}

Verwijder dit bericht als u de code heeft onthouden."""),
    T("br", "hard", "Welkom in ons vakantiehuis",
      """Beste {F:name},
fijn dat jullie op {D:date} komen! Het vakantiehuis heeft gratis wifi.
Het netwerk heet Duinhuisje en het wachtwoord is {S:pwword}.
Voor vragen zijn we bereikbaar op {D:phone}.
Groetjes"""),
    T("text", "hard", "{S:otp} - bevestig je aanmelding",
      """Hallo,

gebruik de cijfers uit de onderwerpregel om je aanmelding af te ronden. Ze zijn 10 minuten geldig.

Heb je je niet aangemeld? Dan kun je dit bericht negeren."""),
    T("html", "hard", "Uw appartement in Gent",
      """<p>Dag {F:name},</p>
<p>u verblijft in appartement <b>{D:roomno}</b> op de derde verdieping. Reservatie {D:pnr}.</p>
<p>De voordeur opent u door <b>{S:pin}</b> te tikken op het klavier naast de bel.</p>
<p>Een aangenaam verblijf!</p>"""),
    T("text", "hard", "Activeer uw online zorgdossier",
      """Beste {F:name},

u heeft zich aangemeld voor het online patiëntendossier. Uw activeringscode vindt u onderaan deze
e-mail, onder onze gegevens.

Patiëntnummer: {D:custno}
Aangemeld op: {D:date}

Na activering kunt u uitslagen en afspraken inzien.

Ziekenhuis Rivierenland
{D:phone}

{S:otp}"""),
    T("table", "hard", "Je pakket ligt in de pakketautomaat",
      """Hoi {F:name},

je pakket ligt klaar in de pakketautomaat bij {F:street}.

Pakket | {D:tracking}
Vak | {D:roomno}
Openen met | {S:otp}
Ophalen vóór | {D:date}

Tot snel!"""),
    T("blocks", "hard", "Je nieuwe simkaart",
      """Hoi {F:name},

je nieuwe simkaart voor {D:phone} is geactiveerd.

Pincode | {S:pin}
PUK-code | {S:puk}

Bewaar deze gegevens op een veilige plek."""),
    T("br", "hard", "RE: toegang boekhoudpakket",
      """Hoi {F:name},
het wachtwoord is nu {S:pw}, je gebruikersnaam blijft je e-mailadres.
Groet,
Mark
> Op {D:date} schreef {F:name}:
> Hoi Mark, ik kom niet meer in het boekhoudpakket. Kun je mijn toegang resetten?
> Bedankt!"""),
    T("text", "hard", "Inschrijving van uw kind",
      """Beste ouder/verzorger,

de inschrijving van {F:name} voor groep 1 is verwerkt. Wij hebben de volgende gegevens genoteerd:

Startdatum: {D:date}
Het burgerservicenummer van uw kind is {S:nid}.
Leerlingnummer: {D:custno}

Klopt er iets niet? Laat het ons weten.
Basisschool De Regenboog"""),
    T("html", "hard", "Bevestig uw betaling",
      """<div style="border:1px solid #ccc;padding:14px">
<p>Betaling van <b>{D:price}</b> aan {F:shop}</p>
<p>Betalingskenmerk {D:ref}, {D:date}</p>
<p>Typ deze cijfers over in de app om de betaling goed te keuren: <b>{S:otp}</b></p>
<p>Herkent u deze betaling niet? Keur hem dan niet goed.</p>
</div>"""),
    T("table", "hard", "Uw beveiligingsvraag",
      """Beste {F:name},

op {D:date} zijn uw beveiligingsgegevens gewijzigd.

Geheime vraag | Naam van uw basisschool
Antwoord | {S:answer}

Niet door u gedaan? Bel {D:phone}."""),
    T("blocks", "hard", "Je licentie",
      """Bedankt voor je aankoop bij {F:shop}!

Bestelnummer | {D:order}
Licentiesleutel | {S:akey}

Voer de sleutel in bij de eerste keer opstarten."""),
    T("text", "hard", "Uw code / Votre code",
      """Beste klant, Cher client,

Om uw nieuwe kaartlezer te activeren, geeft u het volgende nummer in:
Pour activer votre nouveau lecteur de carte, introduisez le numéro suivant :

{S:otpg}

Met vriendelijke groeten / Salutations distinguées
""" + _VOET_BE),
    T("br", "hard", "Fietsenstalling",
      """Beste {F:name},
vanaf {D:date} staat je fiets in de bewaakte stalling, rek {D:roomno}.
Het kettingslot met cijfers hebben we ingesteld; draai de wieltjes naar {S:pin} om het te openen.
Abonnementsnummer {D:custno}. Vragen? Bel {D:phone}.
Fietsenstalling Centrum"""),
    T("html", "hard", "Wachtwoord van uw document",
      """<p>Geachte heer {F:name},</p>
<p>in een aparte e-mail heeft u uw aangifte inkomstenbelasting ontvangen als beveiligd pdf-bestand
(relatienummer {D:custno}).</p>
<p>Om het te openen heeft u dit wachtwoord nodig:</p>
<p><b>{S:pwword}</b></p>
<p>Administratiekantoor Visser · KvK 71204588 · {F:city}</p>"""),
    T("text", "hard", "Uw vervangende creditcard",
      """Beste {F:name},

uw nieuwe creditcard is onderweg. U kunt al online betalen met het nieuwe kaartnummer
{S:card}, geldig tot 05/30.

Uw oude kaart {D:masked} is geblokkeerd.

Kenmerk van uw aanvraag: {D:caseno}"""),
    T("table", "hard", "Gegevens van uw modem",
      """Beste {F:name},

hierbij de gegevens van het modem dat op {D:date} is geïnstalleerd.

Netwerknaam | Thuis-{D:amount}
Wifiwachtwoord | {S:pwword}
Contractnummer | {D:ref}

U kunt het wachtwoord wijzigen in de modeminstellingen."""),
    T("blocks", "hard", "Uw tijdelijke inloggegevens",
      """Beste {F:name},

uw account is ontgrendeld. Het tijdelijke wachtwoord staat hieronder, los van de overige gegevens.

Klantnummer | {D:custno}
Geldig tot | {D:date}

{S:pw}

""" + _VOET_BE),
    # ------------------------------------------------------------------ more, added in a second pass
    T("text", "decoy", "Account tijdelijk geblokkeerd",
      """Beste {F:name},

omdat uw wachtwoord drie keer verkeerd is ingevoerd, is uw account geblokkeerd tot {D:time} uur.
Daarna kunt u het opnieuw proberen.

Weet u uw wachtwoord niet meer? Klik dan op de inlogpagina op "Wachtwoord vergeten".

""" + _VOET),
    T("br", "decoy", "Pincode gewijzigd",
      """Beste {F:name},
op {D:date} is de pincode van uw betaalpas {D:masked} gewijzigd bij een geldautomaat.
Vanaf nu werkt alleen de nieuwe pincode die u heeft gekozen.
Heeft u dit niet zelf gedaan? Blokkeer uw pas dan via {D:phone}.
Uw bank"""),
    T("text", "hard", "Ons nieuwe klantportaal",
      """Beste klant,

ons klantportaal is vernieuwd. Met het wachtwoord {S:pw} en uw klantnummer {D:custno} logt u
voortaan in op mijn.polderstroom-voorbeeld.nl.

Daar vindt u uw termijnbedrag, meterstanden en nota's.

""" + _VOET),
    T("html", "hard", "Telefonisch bankieren",
      """<p>Beste {F:name},</p>
<p>zoals gevraagd hebben we uw telefonische pincode ingesteld op <b>{S:pin}</b>.
Die werkt vanaf {D:date}.</p>
<p>Telefonisch bankieren: {D:phone}</p>"""),
    T("table", "hard", "Keur uw overboeking goed",
      """Controleer de gegevens van uw overboeking:

Begunstigde | {F:name}
IBAN | {D:iban}
Bedrag | {D:price}
Datum | {D:date}
Goedkeuringscode | {S:otp}

Kloppen de gegevens niet? Voer de code dan niet in."""),
    T("br", "hard", "Fwd: inloggegevens",
      """Hoi {F:name},
hierbij de mail van de leverancier, dan kun jij ook inloggen.
Groetjes
---------- Doorgestuurd bericht ----------
Van: Klantenservice {F:shop}
Datum: {D:date}
Uw inloggegevens: klantnummer {D:custno}, wachtwoord {S:pw}
Bewaar deze gegevens goed."""),
    T("blocks", "hard", "Uw telefonisch wachtwoord",
      """Geachte heer {F:name},

om u aan de telefoon te herkennen als u belt over uw dossier, hebben wij een wachtwoord vastgelegd.

Dossier | {D:caseno}
Telefonisch wachtwoord | {S:pwword}

Verzekeringen Noordzee"""),
    T("text", "hard", "Uw nieuw paswoord",
      """Geachte {F:name},

op uw vraag werd de toegang tot het klantenportaal hersteld. Uw nieuw paswoord luidt
{S:pwword}. Wijzig het na de eerste aanmelding.

""" + _VOET_BE),
    T("text", "hard", "Ontgrendel je account",
      """Hoi {F:name},

voor de zekerheid hebben we je account bij {F:shop} vergrendeld. Log in en typ de tekens over
die we je hier sturen om het weer te ontgrendelen. Het zijn deze: {S:otpg}.

Hulp nodig? {D:phone}"""),
    T("br", "hard", "Uw aanvraag {D:caseno}",
      """Beste {F:name},
uw aanvraag voor een bewonersvergunning is geregistreerd onder nummer {D:caseno}, leges {D:amount} euro.
Om uw e-mailadres te bevestigen, vult u {S:otp} in op het aanvraagformulier.
Pas daarna nemen we de aanvraag in behandeling.
Gemeente {F:city}"""),
    # ------------------------------------------------------------------ hard decoy
    T("text", "hard decoy", "Je eenmalige inlogcode",
      """Hoi {F:name},

eenmalige inlogcode: {S:otp}

Let op: wij vragen je nooit telefonisch om deze code. Je wachtwoord is voor het laatst gewijzigd
op {D:date}.

{F:shop}"""),
    # ------------------------------------------------------------------ easy
    T("text", "easy", "Je verificatiecode",
      """Je verificatiecode is: {S:otp}

Geldig voor 10 minuten. Deel deze code met niemand."""),
    T("html", "easy", "Nieuwe pincode",
      """<p>Beste {F:name},</p>
<p>Uw nieuwe pincode: <b>{S:pin}</b></p>
<p>Team klantenservice</p>"""),
    T("table", "easy", "Je inloggegevens",
      """Welkom bij {F:shop}!

Gebruikersnaam | {F:name}
Wachtwoord | {S:pw}

Veel winkelplezier."""),
    T("br", "easy", "Bevestigingscode",
      """Bevestigingscode voor je overboeking van {D:price}: {S:otp}
Begunstigde: {D:iban}"""),
]
