"""Batch 1, Danish. Written by helper `blind` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- ingen hemmelighed: sætninger om en hemmelighed
    T("text", "decoy", "Din adgangskode er ændret",
      """Hej {F:name}

Adgangskoden til din konto hos {F:shop} blev ændret den {D:date} kl. {D:time}.
Hvis det var dig, skal du ikke gøre mere.
Genkender du ikke ændringen, så ring til os med det samme på {D:phone}.

Kundenummer: {D:custno}"""),
    T("html", "decoy", "Pas på dine loginoplysninger",
      """<p>Kære {F:name}</p>
<p>Vi beder <strong>aldrig</strong> om din adgangskode, din pinkode eller dine engangskoder på mail, sms eller telefon.
Giv aldrig dine koder videre til nogen.</p>
<p>Sagsnummer: {D:ref}</p>"""),
    T("text", "decoy", "Dit nye kort er på vej",
      """Hej {F:name}

Dit nye betalingskort ({D:masked}) blev sendt den {D:date}.
Pinkoden kommer i et separat brev om nogle dage. Af sikkerhedshensyn sender vi aldrig kort og kode samtidig.
Du kan også se pinkoden i mobilbanken.

Spørgsmål? Ring {D:phone}."""),
    T("br", "decoy", "Har du glemt din pinkode?",
      """Hej {F:name}
du kan altid se pinkoden til dit kort i appen under Kort.
Hvis du glemmer pinkoden, kan du bestille en ny på {D:phone}.
Opbevar aldrig koden sammen med kortet.

Kort {D:masked}"""),
    T("table", "decoy", "Sikkerhedsindstillinger ændret",
      """Sikkerhedsindstillingerne for din konto er ændret.
Ændring | Totrinsbekræftelse slået til
Dato | {D:date}
Tidspunkt | {D:time}
Kundenummer | {D:custno}
Var det ikke dig? Skift adgangskode og kontakt os på {D:phone}."""),
    T("text", "decoy", "Nulstil din adgangskode",
      """Hej

Vi har modtaget en anmodning om at nulstille adgangskoden til din konto den {D:date}.
Vælg en ny adgangskode via linket herunder. Linket er gyldigt i 30 minutter.

https://min.example.dk/adgangskode

Har du ikke bedt om det, kan du se bort fra denne mail. Din adgangskode forbliver uændret."""),
    T("blocks", "decoy", "Sådan finder du din PUK-kode",
      """Taster du forkert pinkode tre gange, spærres SIM-kortet, og du skal bruge PUK-koden.
Hvor finder jeg PUK-koden? | På Mit Selvbetjening eller på plastkortet, SIM-kortet sad i
Kundeservice | {D:phone}
Kundenummer | {D:custno}"""),
    T("text", "decoy", "Ny måde at logge ind på",
      """Hej

Fra den {D:date} logger du ind med en engangskode, som sendes til din mobil.
Koden er gyldig i 10 minutter. Del aldrig koden med nogen, vi beder dig aldrig om den.
Adgangskoden skal stadig bruges, når du logger ind på en ny enhed.

Aftalenummer: {D:ref}"""),
    T("html", "decoy", "Svaret på dit sikkerhedsspørgsmål er opdateret",
      """<p>Hej {F:name}</p>
<p>Svaret på dit sikkerhedsspørgsmål blev ændret den {D:date}.</p>
<p>Vi bruger det til at bekræfte, at det er dig, når du ringer. Vælg ikke et svar, som andre let kan gætte.</p>
<p>Kundenr. {D:custno}</p>"""),
    T("br", "decoy", "Velkommen til netbanken",
      """Hej {F:name}
velkommen som kunde i netbanken.
Din aktiveringskode sendes med posten til {F:street}, {D:postcode} {F:city} inden for fem hverdage.
Når koden er kommet, opretter du din egen adgangskode på mindst 10 tegn.

Kunde-ID: {D:custno}"""),
    T("text", "decoy", "Din konto er spærret",
      """Hej {F:name}

Vi har spærret din konto efter fem forkerte forsøg med adgangskoden den {D:date} kl. {D:time}.
Du kan låse kontoen op ved at skifte adgangskode eller ringe på {D:phone}.
Husk, at der skelnes mellem store og små bogstaver i adgangskoden.

Reference {D:ref}"""),
    T("table", "decoy", "Pinkoden er ændret",
      """Pinkoden til dit kort er ændret i en pengeautomat.
Kort | {D:masked}
Ændret | {D:date}
Sted | Pengeautomat, {F:city}
Var det ikke dig? Ring straks på {D:phone}."""),
    T("text", "decoy", "Dit kodeord udløber snart",
      """Hej {F:name}

Kodeordet til kundeportalen udløber den {D:date}. Log ind og vælg et nyt kodeord inden da.
Kodeord skal være på mindst 12 tegn.
Sag {D:ref}"""),
    # --- ingen hemmelighed: almindelige breve
    T("html", "none", "Ordrebekræftelse {D:order}",
      """<h2>Tak for din bestilling, {F:name}!</h2>
<table cellpadding="4"><tr><th align="left">Vare</th><th>Antal</th><th>Pris</th></tr>
<tr><td>Uldsokker, grå</td><td>1 stk.</td><td>{D:price}</td></tr>
<tr><td>Fragt</td><td></td><td>{D:price2}</td></tr></table>
<p>Ordrenummer: <b>{D:order}</b><br>Bestilt {D:date}</p>
<p>Leveringsadresse: {F:street}, {D:postcode} {F:city}</p>"""),
    T("text", "none", "Din pakke er sendt",
      """Hej {F:name}

Din ordre {D:order} forlod vores lager den {D:date}.
Pakkenummer: {D:tracking}
Forventet levering: {D:date2} mellem kl. {D:time} og {D:time2}.

Vil du ændre leveringen? Ring {D:phone}."""),
    T("table", "none", "Faktura {D:invoice}",
      """Tak for din betaling.
Fakturanummer | {D:invoice}
Beløb | {D:price}
Forfaldsdato | {D:date}
Betalings-ID | {D:ref}
Kundenummer | {D:custno}"""),
    T("br", "none", "Påmindelse om din tid",
      """Hej {F:name}
påmindelse om din tid den {D:date} kl. {D:time}.
Bookingnummer: {D:ref}
Afbud: {D:phone}."""),
    T("text", "none", "Betalingsservice er tilmeldt",
      """Hej {F:name}

Din aftale med Betalingsservice er registreret.
Konto: {D:iban}
Første træk: {D:price} den {D:date}
Reference: {D:ref}

Dine loginoplysninger er uændrede."""),
    # --- hemmeligheder, som en naiv regel overser
    T("text", "hard", "Din loginkode",
      """Indtast {S:otp} i appen for at logge ind. Koden er gyldig i 10 minutter.
Del ikke koden med nogen."""),
    T("text", "hard", "Bekræft din e-mailadresse",
      """Hej {F:name}

tak for din tilmelding. Skriv koden herunder i appen for at bekræfte din adresse:

{S:otpg}

Koden gælder til kl. {D:time}. Dit kundenummer er {D:custno}."""),
    T("html", "hard", "Din midlertidige adgangskode",
      """<p>Hej {F:name}</p>
<p>Din konto er oprettet. Den midlertidige adgangskode står herunder. Du bliver bedt om at ændre den første gang, du logger ind.</p>
<p style="font-size:20px;font-family:monospace">{S:pw}</p>
<p>Brugernavn: {F:name}{D:amount}</p>"""),
    T("blocks", "hard", "Din nye pinkode",
      """Her er pinkoden til dit kort {D:masked}. Lær den udenad, og slet beskeden.
Pinkoden | {S:pin}
Udstedt | {D:date}"""),
    T("text", "hard", "Velkommen til medarbejderportalen",
      """Hej {F:name}

din bruger er klar. Log ind med dit medarbejdernummer {D:custno}; adgangskoden er {S:pwword}.
Skift den, første gang du logger ind.

IT-support, {D:phone}"""),
    T("br", "hard", "Din bekræftelseskode",
      """Bekræftelseskoden:
{S:otp}
Brug den inden for 15 minutter. Ordre {D:order}."""),
    T("table", "hard", "Dine loginoplysninger",
      """Velkommen! Her er dine loginoplysninger.
Brugernavn | {F:name}.{D:amount}
Adgangskode | {S:pw}
Kundenummer | {D:custno}
Gem mailen et sikkert sted, eller slet den, når du har logget ind."""),
    T("text", "hard", "Nyt kodeord",
      """Hej {F:name}

Som du bad om, har vi nulstillet dit kodeord. Det nye kodeord er {S:pwword}.
Reference {D:ref}."""),
    T("html", "hard", "Din kode til {F:shop}",
      """<div style="text-align:center">
<p>Brug denne kode til at skifte adgangskode:</p>
<p style="font-size:28px;letter-spacing:6px"><b>{S:otpg}</b></p>
<p>Har du ikke bedt om koden, kan du se bort fra mailen.</p>
</div>"""),
    T("text", "hard", "Oplysninger om dit SIM-kort",
      """Dit nye SIM-kort er aktiveret.

PIN: {S:pin}
PUK: {S:puk}

Dit mobilnummer er {D:phone}. Ordre {D:order}."""),
    T("blocks", "hard", "Dine reservekoder",
      """Gem reservekoderne et sikkert sted. Hver kode virker én gang.
Reservekode | {S:otpg}
Anden reservekode | {S:otpg2}
Oprettet | {D:date}"""),
    T("text", "hard", "Påmindelse om pinkode",
      """Hej {F:name}

Du bad om en påmindelse om pinkoden. Koden til kortet {D:masked} er

    {S:pin}

Lær koden udenad, og makulér derefter beskeden."""),
    T("br", "hard", "Sikkerhedsspørgsmål gemt",
      """Hej {F:name}
dit sikkerhedsspørgsmål er gemt.
Spørgsmål: Hvad hed dit første kæledyr?
Svar: {S:answer}
Du kan ændre det under Indstillinger."""),
    T("text", "hard", "Dit virtuelle kort",
      """Hej {F:name}

Her er kortnummeret til dit virtuelle kort:
{S:card}
Gyldigt til 09/29. Disponibelt beløb {D:price}."""),
    T("table", "hard", "Kontrollér dine oplysninger",
      """Kontrollér venligst de oplysninger, vi har om dig.
Navn | {F:name}
CPR-nummer | {S:nid}
Modtaget | {D:date}
Vores reference | {D:ref}"""),
    T("text", "hard", "Din bruger hos {F:shop}",
      """Hej {F:name}

Første gang logger du ind med din e-mailadresse og adgangskoden {S:pw}.
Derefter vælger du selv en ny adgangskode."""),
    # --- lette hemmeligheder, nogle ved siden af snak
    T("text", "easy", "Din engangskode",
      """Din engangskode er {S:otp}. Den er gyldig i 5 minutter.
Vi spørger aldrig efter koden. Ref {D:ref}."""),
    T("html", "easy decoy", "Ny adgangskode",
      """<p>Hej {F:name}</p>
<p>Din nye adgangskode: <strong>{S:pw}</strong></p>
<p>Del aldrig din adgangskode med nogen. Du kan altid ændre adgangskoden under Min konto.</p>
<p>Kundenummer {D:custno}</p>"""),
    T("text", "easy decoy", "Din pinkode",
      """Hej {F:name}

Pinkode: {S:pin}

Du kan ændre pinkoden i alle pengeautomater. Glemmer du koden, så ring {D:phone}.
Kort {D:masked}."""),
    T("br", "easy", "Loginkode",
      """Loginkode: {S:otp}
Bestilt {D:date} kl. {D:time}.
Ikke dig? Ring {D:phone}."""),
    T("table", "easy decoy", "Din router er på vej",
      """Routeren er sendt med pakkenummer {D:tracking}.
Netværksnavn | {F:shop}-{D:amount}
Wi-fi-adgangskode | {S:pw}
Administratorkode | står på mærkaten under routeren
Hold wi-fi-koden for dig selv."""),
    T("text", "easy", "Din PUK-kode",
      """Hej {F:name}

Din PUK-kode er {S:puk}. Indtast den på telefonen for at låse SIM-kortet op, og vælg derefter en ny pinkode.
Mobilnummer: {D:phone}."""),
    T("blocks", "easy", "Fuldfør din oprettelse",
      """Fuldfør oprettelsen med engangskoden herunder.
Engangskode | {S:otp}
Udløber | kl. {D:time}"""),
    T("text", "easy decoy", "Adgangskoden er nulstillet",
      """Hej {F:name}

Din adgangskode blev nulstillet den {D:date}. Midlertidig adgangskode: {S:pw}

Adgangskoden skal skiftes hver 90. dag. Ordre {D:order}."""),
]
