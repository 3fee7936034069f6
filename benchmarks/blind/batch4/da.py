"""Batch 4, Danish. Written by helper `blind4a` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- about a secret, giving none
    T("text", "decoy", "Du har skiftet adgangskode til MitID",
      """Kære {F:name}

Du skiftede din adgangskode til MitID den {D:date} kl. {D:time}.
Var det dig, skal du ikke gøre mere.
Var det ikke dig, så spær dit MitID med det samme på {D:phone}, hele døgnet.

Venlig hilsen
Vesterhav Bank A/S, reg.nr. {D:roomno}, CVR 61124518
{F:city}"""),
    T("html", "decoy", "Pas på falske opkald fra banken",
      """<h2>Vi beder dig aldrig om koder</h2>
<p>Kære kunde</p>
<p>Ingen fra Vesterhav Bank vil nogensinde bede dig om at godkende noget i MitID-appen for os, oplyse en kode fra din kodeviser
eller læse din pinkode op. Sker det, er det svindel.</p>
<p>Læg på og ring selv til os på nummeret bag på dit kort ({D:masked}).</p>"""),
    T("br", "decoy", "Dit nøglekort udløber",
      """Kære {F:name}
dit gamle nøglekort med papkoder virker ikke længere efter den {D:date}.
Herefter logger du kun på med MitID-appen eller en kodeviser, og koderne på nøglekortet kan ikke bruges.
Klip kortet i stykker, når du har skiftet.
Har du brug for hjælp, så book en tid på {D:phone}.

Kundenummer {D:custno}"""),
    T("table", "decoy", "Din adgangskode udløber",
      """Automatisk besked fra Aarhus Kommunes IT-afdeling.

Bruger | {F:name}
Senest skiftet | {D:date}
Udløber | {D:date2}
Krav | mindst 12 tegn

Skift adgangskoden på en arbejds-pc med Ctrl+Alt+Del og Skift adgangskode."""),
    T("blocks", "decoy", "Kan du ikke logge ind?",
      """Vi har registreret flere mislykkede forsøg på at logge ind på din konto hos Fjernvarme Vest.

Har du glemt din adgangskode? | Vælg «Glemt adgangskode» på log ind-siden
Er kontoen låst? | Den låses op efter en time, eller ring {D:phone}
Forbrugernummer | {D:custno}

Vi sender aldrig adgangskoder på mail."""),
    T("text", "decoy", "Dit SIM-kort er spærret",
      """Hej

Dit SIM-kort blev spærret, fordi PIN-koden blev tastet forkert tre gange.
For at låse det op skal du bruge PUK-koden. Den står på det plastikkort, dit SIM-kort sad i,
og du kan også finde den på Mit Bølge under Abonnement > SIM-kort.

Dit sagsnummer er {D:caseno}, hvis du vil ringe til os på {D:phone}.

Bølge Mobil"""),
    T("html", "decoy", "Skole-hjem-samtaler",
      """<p>Kære forældre i 5.B</p>
<p>Fra den {D:date} kan I booke tid til skole-hjem-samtale i ForældrePortalen. I logger ind med MitID som altid,
så skolen kender ikke jeres adgangskode og kan ikke nulstille den.</p>
<p>Samtalerne foregår i lokale {D:roomno} fra kl. {D:time}.</p>
<p>Med venlig hilsen klasselæreren</p>"""),
    T("br", "decoy", "Nyt log ind hos Tryghed Forsikring",
      """Fra den {D:date} skal du bekræfte dit log ind på Mine sider med en engangskode.
Koden sendes på sms til nummeret, der ender på {D:amount}, hver gang du logger ind.
Du taster den efter din adgangskode. Vi spørger dig aldrig om koden i telefonen.

Policenummer {D:ref}"""),
    T("table", "decoy", "Velkommen til Hotel Havnegade",
      """Vi glæder os til at se dig.

Booking | {D:pnr}
Værelse | {D:roomno}
Check-in | fra kl. {D:time}
Dørkode | sendes på sms om morgenen på ankomstdagen

Receptionen har åbent til kl. 23."""),
    T("blocks", "decoy", "Velkommen i Børnehuset Mælkebøtten",
      """Kære forældre, vi glæder os til at lære jeres barn at kende.

Stue | {D:roomno}
Kodeord ved afhentning | aftales med personalet den første dag
Kontakt | {D:phone}

Af hensyn til børnene skriver vi aldrig kodeordet i en mail."""),
    T("text", "decoy", "Nulstil din adgangskode",
      """Hej {F:name}

Du har bedt om at nulstille adgangskoden til Fjernvarme Vests selvbetjening. Linket i knappen herunder virker i 60 minutter.

Har du ikke bedt om det, kan du se bort fra mailen. Din adgangskode er ikke ændret.

Kundenummer {D:custno}"""),
    T("html", "decoy", "Din pinkode er ændret",
      """<p>Hej {F:name}</p>
<p>Pinkoden til Vesterhav-appen er blevet ændret.</p>
<table><tr><td>Tidspunkt</td><td>{D:date} kl. {D:time}</td></tr>
<tr><td>Enhed</td><td>iPad</td></tr></table>
<p>Var det ikke dig? Ring straks til os på {D:phone}.</p>"""),
    T("br", "decoy", "Din pakke er på vej til en pakkeboks",
      """Hej {F:name}! Forsendelse {D:tracking} bliver lagt i pakkeboksen ved {F:street} i dag.
Koden til pakkeboksen får du på sms, når chaufføren har lukket lågen.
Pakken ligger klar i fem dage.

Dropboks"""),
    T("text", "decoy", "Din aktiveringskode sendes med Digital Post",
      """Tak for din tilmelding til selvbetjeningen.

Aktiveringskoden sendes til dig med Digital Post den {D:date}. Koden er gyldig i 14 dage,
og du skal bruge den første gang, du logger ind.

Har du ikke modtaget den inden {D:date2}, så ring på {D:phone}.

Dit brugernavn har du fået i en separat mail."""),
    # --- no secret at all
    T("text", "none", "Ordrebekræftelse {D:order}",
      """Tak for din bestilling, {F:name}!

Ordre {D:order}
Regnjakke, str. M ........ {D:price}
Levering til {D:postcode} ........ 0,00 kr.

Vi skriver igen, når pakken er sendt. Følg den med {D:tracking} fra i morgen.

{F:shop}"""),
    T("html", "none", "Din regning fra Bølge Mobil",
      """<p>Din regning for denne måned er klar.</p>
<table><tr><td>Kundenummer</td><td>{D:custno}</td></tr>
<tr><td>Fakturanummer</td><td>{D:invoice}</td></tr>
<tr><td>Beløb</td><td>{D:price}</td></tr>
<tr><td>Betalingsdato</td><td>{D:date}</td></tr>
<tr><td>Betalingslinje</td><td>{D:ref}</td></tr></table>
<p>Betaling fra udlandet: IBAN {D:iban}.</p>"""),
    T("br", "none", "Bookingbekræftelse",
      """Kære {F:name}
tak for din booking hos Hotel Havnegade.
Bookingnummer {D:pnr}, ankomst {D:date}, to nætter.
Vi har reserveret værelse {D:roomno} på tredje sal, som du ønskede.
Morgenmad serveres fra kl. {D:time}.

Ring på {D:phone}, hvis dine planer ændrer sig."""),
    T("table", "none", "Tid hos dyrlægen",
      """Vi har booket en tid til din hund.

Kundenummer | {D:custno}
Dato | {D:date}
Klokken | {D:time}
Klinik | {F:street}, {D:postcode}

Afbud senest dagen før på {D:phone}."""),
    T("blocks", "none", "Din varmemåler er skiftet",
      """Vores montør har i dag skiftet varmemåleren hos dig.

Den nye målers serienummer | {D:serial}
Opgavenummer | {D:caseno}
Aflæsning ved skift | {D:amount} MWh
Næste aflæsning | {D:date}

Du skal ikke foretage dig noget."""),
    T("text", "none", "Lejrskole: betaling",
      """Kære forældre

Egenbetalingen til lejrskolen på {D:price} skal være betalt senest den {D:date}.
Brug betalings-id {D:invoice} ved betalingen.

Bussen kører fra skolen den {D:date2} kl. {D:time}. Spørgsmål til kontoret på {D:phone}.

Venlig hilsen klasselærerne"""),
    T("html", "none", "Vi har modtaget din skadesanmeldelse",
      """<p>Kære {F:name}</p>
<p>Tak for din anmeldelse. Dit skadesnummer er <b>{D:caseno}</b> og vedrører police {D:ref}.</p>
<p>En sagsbehandler kontakter dig senest {D:date}. Selvrisikoen er {D:price}.</p>
<p>Tryghed Forsikring, {D:phone}</p>"""),
    # --- hard cases
    T("text", "hard", "Din taxa er på vej",
      """Hej {F:name}

Vogn {D:amount} er på vej til {F:street} og er fremme cirka kl. {D:time}.
Sig {S:pin} til chaufføren, når du sætter dig ind, så ved vedkommende, at det er den rigtige tur.

Anslået pris {D:price}
Taxa Østjylland"""),
    T("html", "hard", "{S:otpg} – log ind på Mit Bølge",
      """<p>Nogen, forhåbentlig dig, logger ind på Mit Bølge fra en ny enhed kl. {D:time}.</p>
<p>Tegnene i emnelinjen gør log ind færdigt. De holder op med at virke efter ti minutter.</p>
<p>Var det ikke dig? Skift adgangskode og ring til os på {D:phone}.</p>"""),
    T("br", "hard", "Ny lås på cykelkælderen",
      """Kære beboere
hængelåsen på cykelkælderen bliver skiftet til en kodelås den {D:date}.
{S:pin} åbner den nye lås fra første dag.
Nøglerne til den gamle lås afleveres hos viceværten, tlf. {D:phone}.

Bestyrelsen, Boligforeningen Lyngbakken"""),
    T("table", "hard", "Ankomst til sommerhuset",
      """Velkommen til Klitgården i morgen! Her er det, du skal bruge.

Booking | {D:pnr}
Hus | {D:roomno}
Nøgleboks | {S:pin}
Spabadet er varmt efter | cirka {D:amount} minutter

Nøgleboksen sidder til højre for hoveddøren."""),
    T("blocks", "hard", "Din første dag i Aarhus Kommune",
      """Hej {F:name}, og velkommen til.

Din første adgangskode til computeren står herunder. Du vælger selv en ny, når du logger ind:
{S:pw}

Medarbejdernummer | {D:custno}
Første arbejdsdag | {D:date}"""),
    T("text", "hard", "Din konto på biblioteket",
      """Hej {F:name}

Som aftalt i telefonen har vi åbnet din konto igen, og adgangskoden er nu ændret til {S:pwword}.
Du kan beholde den eller skifte den under Min side.

Lånerkort {D:custno}
{F:city} Bibliotekerne"""),
    T("html", "hard", "Dit trådløse net er klar",
      """<p>Hej {F:name}, din nye router er aktiveret.</p>
<p>Netværksnøglen står nedenfor sammen med navnet på nettet. Du finder dem også på mærkaten under routeren.</p>
<p style="font-size:20px;font-family:monospace">Boelge-{D:amount}</p>
<p style="font-size:20px;font-family:monospace">{S:phrase}</p>
<p>Routerens serienummer {D:serial}</p>"""),
    T("br", "hard", "Oplåsning af dit SIM-kort",
      """Hej
du bad om hjælp til dit spærrede SIM-kort i sag {D:caseno}. Her er de otte cifre, der låser det op: {S:puk}.
Indtast dem, når telefonen beder om det, og vælg derefter en ny pinkode.
Bølge Mobil, {D:phone}"""),
    T("table", "hard", "Aktivér dit nye kort",
      """Kortet kan bruges, når du har aktiveret det.

Kort | {D:masked}
Reference | {D:ref}
Tast for at aktivere | {S:otp}
Udløber | {D:date}"""),
    T("blocks", "hard", "Adgang til ForældrePortalen",
      """Kære {F:name}, du er oprettet som forælder uden MitID.

Brugernavn | din e-mailadresse
Den midlertidige adgangskode | {S:pw}
Klasse | 3.A, lokale {D:roomno}

Du skal vælge en ny adgangskode første gang, du logger ind."""),
    T("text", "hard", "SV: Kan ikke logge ind (sag {D:caseno})",
      """Hej {F:name}

Jeg har nulstillet den, den er nu {S:pw}. Du bliver bedt om at vælge din egen, når du logger ind.

Mvh
Mette, IT-support
tlf. {D:phone}

> Fra: {F:name}
> Sendt: {D:date}
> Min adgangskode udløb i weekenden, og jeg kan ikke komme ind. Sag {D:caseno}."""),
    T("html", "hard", "Tilmelding / Anmeldung",
      """<p><b>Dansk</b>: skriv {S:otp} i formularen for at gøre tilmeldingen til biblioteket færdig.</p>
<p><b>Deutsch</b>: geben Sie die Zahl oben in das Formular ein, um die Anmeldung abzuschließen.</p>
<p>Lånerkort / Leserausweis {D:custno}</p>"""),
    T("br", "hard", "Din medicin kan hentes",
      """Hej {F:name}
din medicin ligger i apotekets afhentningsboks, rum {D:roomno}.
Tast {S:otpg} på skærmen ved boksen, og tag posen med.
Rummet er reserveret til og med {D:date}.

Torvets Apotek, {D:phone}"""),
    T("table", "hard", "Din returpakke er booket",
      """Din returnering er booket i en Dropboks.

Låge | {D:roomno}
Forsendelse | {D:tracking}
Åbnes med | {S:pin6}
Aflever senest | {D:date}"""),
    T("blocks", "hard", "Din licens",
      """Tak, fordi du købte Regnskab Plus.

Licensindehaver | {F:name}
Enhedens serienummer | {D:serial}
Licensnøglen | {S:akey}
Faktura | {D:invoice}"""),
    T("text", "hard", "Dit telefonkodeord er ændret",
      """Kære {F:name}

Fra i dag er dit telefonkodeord {S:answer}, som du bad om i filialen.
Sig det, hver gang du ringer til os, og fortæl det ikke til andre.

Kundenummer {D:custno}
Vesterhav Bank"""),
    T("html", "hard", "Nummeret på dit nye kort",
      """<p>Kære {F:name}</p>
<p>Dit gamle kort ({D:masked}) er spærret. Har du brug for at handle på nettet, før det nye kort kommer, kan du bruge
<span style="white-space:nowrap">{S:card}</span>.</p>
<p>Kortet udløber {D:date}.</p>"""),
    T("br", "hard", "Dit skab: {S:pin}",
      """Hej {F:name}
du lejer skab {D:amount} i omklædningsrummet til og med {D:date}.
Kombinationen står i emnelinjen på denne mail.
Træningscentret Motion, {D:phone}"""),
    T("table", "hard", "Lønseddel",
      """Medarbejdernummer | {D:custno}
CPR-nummer | {S:nid}
Trækprocent | 38
Udbetalt | {D:date}
Til udbetaling | {D:price}"""),
    T("text", "hard", "Pinkode til din telefonsvarer",
      """Hej {F:name}

Pinkoden til din telefonsvarer finder du nederst i denne mail. Lær den udenad og slet så mailen.

Sag {D:caseno}, Bølge Erhverv



{S:pin}"""),
    T("text", "hard", "Ny portkode i opgangen",
      """Kære beboere

Fra den {D:date} bliver portkoden {S:pin}. Den gamle kode holder op med at virke samme dag kl. {D:time}.
Giv den kun til din husstand.

Boligforeningen Lyngbakken, {D:phone}"""),
    T("br", "hard", "Afhentning af {F:name}",
      """Kære forældre
tak for snakken i dag. Som aftalt er kodeordet for afhentning {S:pwword}.
Den, der henter, skal sige kodeordet til personalet på stue {D:roomno}.
Børnehuset Mælkebøtten"""),
    T("html", "hard decoy", "Godkend en ny modtager",
      """<p>Du er ved at tilføje en ny modtager: konto, der ender på {D:amount}.</p>
<p>Fortæl det ikke til nogen, heller ikke til nogen, der siger, de ringer fra banken. Vi spørger aldrig om det.</p>
<p style="font-size:24px;letter-spacing:4px">{S:otp}</p>
<p>Er du ikke ved at tilføje en modtager? Ring til {D:phone} med det samme.</p>"""),
    # --- easy
    T("text", "easy", "Din engangskode",
      """Din engangskode: {S:otp}
Gælder i 10 minutter. Vesterhav Bank ringer aldrig for at spørge om den."""),
    T("table", "easy", "Pinkode til dit nye kort",
      """Kort | {D:masked}
Pinkode | {S:pin}"""),
    T("html", "easy", "Midlertidig adgangskode",
      """<p>Hej {F:name}</p><p>Midlertidig adgangskode: <b>{S:pw}</b></p><p>IT-afdelingen, Aarhus Kommune</p>"""),
    T("blocks", "easy", "Bekræft din e-mailadresse",
      """Bekræftelseskode | {S:otp}
Ordre | {D:order}"""),
]
