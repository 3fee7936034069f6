"""Batch 2, Danish. Written by helper `blind2` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- about a secret, giving none
    T("text", "decoy", "Din adgangskode er ændret",
      """Kære {F:name}

Adgangskoden til din profil på Selvbetjening blev ændret den {D:date} kl. {D:time}.
Hvis det var dig, skal du ikke gøre mere.
Genkender du ikke ændringen, så ring til os med det samme på {D:phone} og oplys kundenummer {D:custno}.

Venlig hilsen
Kundeservice"""),
    T("html", "decoy", "Pas på falske beskeder",
      """<p>Kære {F:name}</p>
<p>Der bliver i øjeblikket sendt sms'er og mails, som ligner nogle fra os. Husk:</p>
<ul><li>vi beder dig aldrig om at oplyse din MitID-kode eller din adgangskode,</li>
<li>vi spørger aldrig efter kortets pinkode i telefonen,</li>
<li>godkend aldrig noget i MitID-appen, som du ikke selv har sat i gang.</li></ul>
<p>Er du i tvivl, så læg på og ring {D:phone}.</p>"""),
    T("br", "decoy", "Dit nye kort er sendt",
      """Kære {F:name}
dit nye Visa/Dankort, der ender på {D:masked}, blev sendt den {D:date}.
Pinkoden kommer med posten i et særskilt brev et par dage senere.
Af hensyn til sikkerheden sender vi aldrig kort og kode i samme kuvert.

Spørgsmål? {D:phone}"""),
    T("table", "decoy", "Har du glemt din pinkode?",
      """Sådan får du din kode igen.

I appen | Kort > Vis pinkode
Telefonisk | {D:phone}
Kort | {D:masked}
Bestilt | {D:date}

Et pinkodebrev med posten tager cirka en uge."""),
    T("text", "decoy", "Nulstil din adgangskode",
      """Hej {F:name}

Vi har modtaget en anmodning om at nulstille adgangskoden til din konto.
Vælg en ny adgangskode via linket herunder. Linket virker i 30 minutter og kan kun bruges én gang.

Har du ikke bedt om det, kan du se bort fra denne mail. Din nuværende kode virker fortsat.

Sagsnummer {D:ref}"""),
    T("blocks", "decoy", "Nyt login på din konto",
      """Vi har registreret et login fra en ny enhed.
Tidspunkt | {D:date} kl. {D:time}
Enhed | Chrome på Android
Sted | {F:city}
Var det ikke dig? Skift adgangskoden straks, og slå totrinsbekræftelse til."""),
    T("text", "decoy", "Totrinsbekræftelse er slået til",
      """Hej {F:name}

Fremover sender vi en engangskode på sms, hver gang du logger på fra en ny enhed.
Koden gælder i ti minutter og kan kun bruges én gang.
Du kan slå funktionen fra under Indstillinger > Sikkerhed.

Kundenummer {D:custno}"""),
    T("html", "decoy", "Nye regler for adgangskoder",
      """<p>Kære kunde</p>
<p>Fra den <strong>{D:date}</strong> skal adgangskoden være på mindst 12 tegn, og du kan ikke genbruge en kode, du har haft før.
Næste gang du logger på efter den dato, bliver du bedt om at vælge en ny.</p>
<p>Du skal ikke gøre noget i dag.</p>"""),
    T("br", "decoy", "Koden er udløbet",
      """Hej {F:name}
koden, vi sendte dig kl. {D:time}, er udløbet og kan ikke længere bruges.
Bed om en ny på login-siden, når det passer dig.
Reference {D:ref}"""),
    T("text", "decoy", "Dit SIM-kort er spærret",
      """Hej {F:name}

Pinkoden til dit SIM-kort er tastet forkert tre gange, og kortet er derfor spærret.
For at låse det op skal du bruge PUK-koden, som står på plastkortet, SIM-kortet sad i. Du kan også finde den i Mit Telia.
Gæt ikke: ti forkerte PUK-forsøg gør kortet ubrugeligt.

Kundenummer {D:custno}"""),
    T("table", "decoy", "Din henvendelse er afsluttet",
      """Tak fordi du kontaktede os.

Sagsnummer | {D:ref}
Afsluttet | {D:date}
Emne | Kan ikke logge på med adgangskoden

Vi beder aldrig om din adgangskode på mail. Ring {D:phone}, hvis problemet fortsætter."""),
    T("html", "decoy", "Brev fra Borgerservice",
      """<p>Kære {F:name}</p>
<p>Du har den {D:date} bestilt en ny midlertidig adgangskode til MitID. Den bliver sendt til din folkeregisteradresse som almindeligt brev og er fremme inden for 3–5 hverdage.</p>
<p>Koden kan ikke udleveres telefonisk. Har du spørgsmål, er du velkommen til at kontakte Borgerservice på {D:phone}.</p>
<p>Med venlig hilsen<br>{F:city} Kommune</p>"""),
    # --- no secret at all
    T("table", "none", "Ordrebekræftelse {D:order}",
      """Tak for din bestilling, {F:name}!

Ordrenummer | {D:order}
Ordredato | {D:date}
I alt | {D:price}
Leveringsadresse | {F:street}, {D:postcode} {F:city}

Vi giver besked, når pakken er afsendt."""),
    T("text", "none", "Din pakke er på vej",
      """Hej {F:name}, din ordre {D:order} er afsendt.

Pakkenummer: {D:tracking}
Forventet levering: {D:date}

Du får en besked fra PostNord, når pakken kan hentes i pakkeshoppen."""),
    T("table", "none", "Faktura {D:invoice}",
      """Din regning er klar.

Fakturanummer | {D:invoice}
Beløb | {D:price}
Betalingsfrist | {D:date}
IBAN | {D:iban}
Betalings-ID | {D:ref}

Er regningen tilmeldt Betalingsservice, bliver den trukket automatisk."""),
    T("br", "none", "Din tid er bekræftet",
      """Hej {F:name}
du har en tid hos os i {F:city} den {D:date} kl. {D:time}.
Husk gyldigt billed-id.
Afbud på {D:phone}."""),
    T("html", "none", "Vi har modtaget din returnering",
      """<p>Hej {F:name}</p>
<p>Returneringen af ordre <b>{D:order}</b> er modtaget på vores lager. Vi tilbagefører <b>{D:price}</b> til kortet, der ender på {D:masked}, inden for fem dage.</p>"""),
    T("blocks", "none", "Dit medlemskab fornyes",
      """Dit medlemskab hos {F:shop} fornyes automatisk.
Medlemsnummer | {D:custno}
Fornyes | {D:date}
Pris | {D:price}
Du skal ikke gøre noget, hvis du vil fortsætte."""),
    # --- secrets a naive keyword rule misses
    T("text", "hard", "Bekræft, at det er dig",
      """Hej {F:name}

Indtast {S:otp} i appen for at gøre dit login færdigt.
Tallene gælder i 10 minutter.

Har du ikke prøvet at logge på? Ring {D:phone}."""),
    T("text", "hard", "{S:otp} er din kode hos {F:shop}",
      """Brug {S:otp} til at bekræfte din mailadresse.
Send ikke denne mail videre."""),
    T("br", "hard", "Gør din oprettelse færdig",
      """Næsten færdig, {F:name}!
Koden er {S:otpg}.
Skriv den i feltet på siden, du lige har forladt.
Ordre {D:order}"""),
    T("text", "hard", "Din nye pinkode",
      """Kære {F:name}

Vi har lavet en ny kode til dit kort, der ender på {D:masked}.
Pinkoden står herunder. Lær den udenad, og slet derefter beskeden.

        {S:pin}

Du kan skifte koden i enhver af vores pengeautomater."""),
    T("blocks", "hard", "Dine oplysninger til første login",
      """Her er oplysningerne til dit første login.
Brugernavn | {F:name}{D:amount}
Midlertidig adgangskode | {S:pw}
Du bliver bedt om at vælge din egen kode, så snart du er logget på."""),
    T("table", "hard", "Oplysninger om dit abonnement",
      """Velkommen som kunde, {F:name}.

Mobilnummer | {D:phone}
Pinkoden | {S:pin}
PUK-koden | {S:puk}
Kundenummer | {D:custno}

Gem oplysningerne et sikkert sted."""),
    T("text", "hard", "Din adgangskode er nulstillet",
      """Hej {F:name}

IT-supporten nulstillede din konto den {D:date}. Din nye adgangskode er {S:pwword}.
Skift den første gang, du logger på.

Sag {D:ref}"""),
    T("html", "hard", "Gæstenetværket",
      """<p>Hej {F:name}</p>
<p>Tak for din booking. Koden til gæstenetværket finder du nedenfor, og den gælder under hele dit ophold.</p>
<p style="font-size:20px;font-family:monospace">{S:pw}</p>
<p>Bookingnummer {D:ref}, indtjekning {D:date}.</p>"""),
    T("table", "hard", "Velkommen til medarbejderportalen",
      """Velkommen til, {F:name}. Din konto er oprettet.

Bruger | {F:name}.hr
Startadgangskoden | {S:pw}
Medarbejdernummer | {D:custno}
Første arbejdsdag | {D:date}"""),
    T("text", "hard", "Aktivér dit kort",
      """Hej {F:name}

Dit nye kort {D:masked} kan bruges, så snart det er aktiveret.
Ring {D:phone}, og tast aktiveringsnummeret {S:pin6}, når du bliver bedt om det.

Tak fordi du er kunde hos os."""),
    T("br", "hard", "Dit sikkerhedsspørgsmål er gemt",
      """Hej {F:name}
du har oprettet et sikkerhedsspørgsmål til telefonbanken.
Spørgsmål: navnet på dit første kæledyr
Gemt svar: {S:answer}
Vi spørger om det, når du ringer {D:phone}."""),
    T("blocks", "hard", "PIN og PUK til dit SIM-kort",
      """Dit nye SIM-kort til {D:phone} er aktiveret.
PIN | {S:pin}
PUK | {S:puk}
Ordre | {D:order}"""),
    T("text", "hard", "Hent din pakke",
      """Din pakke {D:tracking} ligger i pakkeboksen på {F:street}.
Åbn lågen med {S:otp} senest den {D:date}.
Derefter sendes forsendelsen retur til afsender."""),
    T("br", "hard", "Dine loginoplysninger",
      """Kære {F:name}
tak for din tilmelding. Adgangskoden er:
{S:pw}
Dit kundenummer er {D:custno}."""),
    T("html", "hard", "Dit virtuelle kort",
      """<p>Hej {F:name}</p>
<p>Dit virtuelle kort er klar til nethandel.</p>
<table><tr><td>Kortnummer</td></tr><tr><td style="font-size:18px">{S:card}</td></tr>
<tr><td>Udløber</td></tr><tr><td>{D:date}</td></tr></table>
<p>Kontrolcifrene vises kun i appen.</p>"""),
    T("text", "hard", "Kvittering for din ansøgning",
      """Kære {F:name}

Vi har modtaget din ansøgning af {D:date}.
Det CPR-nummer, vi har registreret, er {S:nid}. Kontrollér venligst, at det er korrekt.

Udbetaling Danmark"""),
    T("table", "hard decoy", "Bekræft dit mobilnummer",
      """Del aldrig denne kode med nogen, heller ikke med os.

Engangskoden | {S:otpg}
Gyldig til kl. | {D:time}

Har du ikke bedt om koden, kan du se bort fra mailen."""),
    T("html", "hard", "Midlertidig adgangskode til MitID",
      """<p>Kære {F:name}</p>
<p>Du har bestilt en midlertidig adgangskode til oprettelse af MitID. Du skal bruge den sammen med dit brugernavn, første gang du logger på.</p>
<table><tr><td class="label">Din midlertidige adgangskode</td></tr>
<tr><td class="value"><b>{S:pw}</b></td></tr></table>
<p>Koden udløber {D:date}.</p>
<p>Med venlig hilsen<br>Borgerservice</p>"""),
    # --- plainly labelled secrets
    T("text", "easy", "Din engangskode",
      """Din engangskode er {S:otp}. Den gælder i fem minutter.
Del aldrig koden med andre."""),
    T("br", "easy", "Bekræftelseskode",
      """Hej {F:name}
bekræftelseskode: {S:otp}
Ordre {D:order}, {D:price}"""),
    T("html", "easy", "Din pinkode",
      """<p>Kære {F:name}</p><p>Pinkode: <strong>{S:pin}</strong></p><p>Kort {D:masked}</p>"""),
    T("table", "easy", "Din konto",
      """Brugernavn | {F:name}
Adgangskode | {S:pw}
Kundenummer | {D:custno}"""),
    T("text", "easy decoy", "Loginkode",
      """Loginkode: {S:otp}
Vi ringer aldrig og spørger efter koden. Hvis nogen gør det, så læg på og ring {D:phone}."""),
    T("blocks", "easy", "PUK-kode",
      """Du har bedt om PUK-koden til {D:phone}.
PUK-kode | {S:puk}
Bestilt | {D:date}"""),
    T("text", "hard", "Din kode til døren",
      """Hej {F:name}

Velkommen i {F:street}! Opgangsdøren åbner du med
{S:pin} efterfulgt af firkanttasten.
Storskrald hentes den {D:date}."""),
    # --- more definite forms, pointer phrases and label/value decoys
    T("text", "hard", "Din adgangskode er ændret",
      """Hej {F:name}

Som aftalt i telefonen har vi ændret adgangskoden til din konto. Din adgangskode er ændret til {S:pwword}.
Skift gerne til din egen kode, næste gang du logger på.

Kundeservice {D:phone}"""),
    T("br", "hard", "Log på Min side",
      """Hej {F:name}
log på med engangsadgangskoden {S:otp} inden for ti minutter.
Ordren {D:order} finder du under Mine køb.
Kundenummer {D:custno}"""),
    T("table", "decoy", "Påmindelse: adgangskoden udløber snart",
      """Hej {F:name}, her er oplysninger om din konto.

Adgangskoden udløber | {D:date}
Skift adgangskode | Min side > Sikkerhed
Kundenummer | {D:custno}
Kundeservice | {D:phone}"""),
    T("html", "hard", "Din personlige kode",
      """<p>Kære {F:name}</p>
<p>her er den nye kode til dit kort {D:masked}:</p>
<p>&nbsp;</p>
<p style="font-size:24px"><b>{S:pin}</b></p>
<p>Slet beskeden, når du har lært koden udenad.</p>"""),
    T("text", "none", "Kvittering for din ansøgning om parkeringstilladelse",
      """Kære {F:name}

Vi har modtaget din ansøgning af {D:date} om beboerparkering. Sagen har journalnummer {D:ref}.
Du får svar i e-Boks senest {D:date2}. Gebyret på {D:price} opkræves på dit kundenummer {D:custno}.
Har du spørgsmål, kan du ringe til Borgerservice på {D:phone}.

Med venlig hilsen
Teknik og Miljø"""),
    T("blocks", "hard", "Velkommen til sommerhuset",
      """Velkommen til {F:city}! Nøglen hænger i nøgleboksen ved døren.
Koden til nøgleboksen | {S:pin}
Adgangskoden til wifi | {S:pwword}
Udtjekning | {D:date} kl. {D:time}"""),
    T("text", "decoy", "Om din sikkerhed",
      """Hej {F:name}

Vi beder dig aldrig om din adgangskode eller din pinkode. Adgangskodens gyldighed er 90 dage.
Har du glemt adgangskoden, kan du bestille en ny på Min side eller ringe {D:phone}.
Pinkoderne til dine kort kan du skifte i enhver pengeautomat.

Reference {D:ref}"""),
    T("text", "hard", "Forbind appen med din konto",
      """Hej {F:name}

Indtast følgende tal i appen:

{S:otp}

Tallene gælder i 15 minutter. Ordre {D:order}."""),
]
