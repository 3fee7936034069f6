"""Batch 3, Swedish. Written by helper `blind3` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- about a secret, giving none
    T("text", "decoy", "Ditt lösenord har ändrats",
      """Hej {F:name},

lösenordet till din internetbank ändrades {D:date} kl. {D:time}.
Om det var du behöver du inte göra något.
Om du inte känner igen ändringen, spärra dina inloggningsuppgifter direkt på {D:phone} (öppet dygnet runt).

Med vänliga hälsningar
Kundservice
Nordbanken AB (publ), org.nr {D:caseno}-{D:roomno}, säte {F:city}. Bankgiro {D:amount}-{D:roomno2}."""),
    T("html", "decoy", "Så känner du igen bedrägerier",
      """<p>Hej {F:name},</p>
<p>Just nu ringer bedragare och utger sig för att vara från banken. Vi ber dig <b>aldrig</b> att:</p>
<ul><li>uppge ditt lösenord eller din pinkod,</li><li>legitimera dig med BankID medan vi pratar,</li><li>läsa upp en engångskod från ett sms.</li></ul>
<p>Lägg på och ring oss på {D:phone} om du är osäker.</p>"""),
    T("br", "decoy", "Ditt nya kort är på väg",
      """Hej {F:name},
ditt nya kort som slutar på {D:masked} skickades {D:date}.
Pinkoden är densamma som förut.
Har du glömt den kan du se den i appen under Kort > Visa pinkod.

Frågor? Ring {D:phone}."""),
    T("table", "decoy", "Lösenordet går snart ut",
      """Ditt lösenord till arbetsdatorn går snart ut. Byt det före datumet nedan.

Användare | {F:name}
Senast bytt | {D:date}
Går ut | {D:date2}
Dagar kvar | {D:amount}"""),
    T("blocks", "decoy", "Pinkoden kommer i ett separat brev",
      """Tack för att du valt oss.

Kort | {D:masked}
Skickat | {D:date}

Av säkerhetsskäl skickas koden i ett eget brev inom fem arbetsdagar. Förvara inte kortet och koden tillsammans."""),
    T("text", "decoy", "Återställ ditt lösenord",
      """Hej {F:name},

vi har fått en begäran om att återställa lösenordet till ditt konto hos {F:shop}.
Klicka på länken nedan för att välja ett nytt. Länken gäller i en timme.

https://konto.example.se/aterstall?t=7h3q

Om det inte var du kan du bortse från mejlet, lösenordet förblir detsamma."""),
    T("html", "decoy", "Nya regler för inloggning från {D:date}",
      """<p>Hej,</p>
<p>Från och med {D:date} godkänner du kortköp på nätet i appen i stället för med en kod från sms.</p>
<p>Du behöver inte hitta på något nytt lösenord.</p>
<p>Kundnummer {D:custno}</p>"""),
    T("text", "decoy", "Ditt SIM-kort är spärrat",
      """Hej {F:name},

SIM-kortet i ditt abonnemang spärrades efter tre felaktiga försök med PIN-koden.
För att låsa upp det behöver du PUK-koden. Den finns på Mina sidor under Abonnemang, eller på plastkortet som SIM-kortet satt i.
Gissa inte: efter tio felaktiga försök spärras kortet för gott.

Kundnummer {D:custno}"""),
    T("br", "decoy", "Ny inloggning på ditt konto",
      """Någon loggade in på ditt konto {D:date} kl. {D:time} från en ny enhet i {F:city}.
Om det var du kan du bortse från det här.
Annars: byt lösenordet nu och slå på tvåstegsverifiering.
Vi frågar aldrig efter din verifieringskod.

Ärende {D:ref}"""),
    T("table", "decoy", "Inloggning till skolplattformen",
      """Hej vårdnadshavare,

bokningen av utvecklingssamtal öppnar {D:date}. Logga in med BankID eller med användarnamnet och lösenordet från brevet i augusti.

Glömt lösenordet? | Välj Glömt lösenord på inloggningssidan
Hjälp | Expeditionen {D:phone}
Elev-id | {D:caseno}"""),
    T("text", "decoy", "Sv: Kan inte logga in",
      """Hej {F:name},

jag har låst upp kontot, så nu kan du logga in med ditt vanliga lösenord igen.
Vi skickar aldrig lösenord via mejl och kan inte heller se dem.

Ärendenummer {D:ref}

> Den {D:date} skrev {F:name}:
> Lösenordet fungerar inte och kontot är låst. Kundnr {D:custno}.

Vänliga hälsningar
Supporten"""),
    T("html", "decoy", "Säkerhetskoden på ditt kort",
      """<p>Hej {F:name},</p>
<p>Säkerhetskoden (CVC) står på baksidan av kortet. Vi ber aldrig om den via mejl eller telefon.</p>
<p>Kort {D:masked}</p>"""),
    T("blocks", "decoy", "Ändring i dina kontouppgifter",
      """Dina uppgifter har uppdaterats.

Ändring | Lösenord bytt
Tidpunkt | {D:date} {D:time}

Var det inte du? Ring {D:phone}."""),
    T("text", "decoy", "Glömt koden till porten?",
      """Hej {F:name},

portkoderna i föreningen byts {D:date}. De nya koderna delas ut i brevlådorna, de skickas inte via mejl.

Styrelsen, BRF Granen
Org.nr {D:caseno}-{D:roomno}"""),
    # --- no secret
    T("text", "none", "Orderbekräftelse {D:order}",
      """Hej {F:name},

tack för din beställning!

1 st Ullsockor, stl 38-40   {D:price}
Frakt till ombud   {D:price2}

Ordernummer: {D:order}
Beställt: {D:date} {D:time}
Leveransadress: {F:street}, {D:postcode} {F:city}

{F:shop} AB, org.nr {D:caseno}-{D:roomno}"""),
    T("table", "none", "Faktura {D:invoice}",
      """Här är din faktura.

Fakturanummer | {D:invoice}
Förfallodag | {D:date}
Att betala | {D:price}
IBAN | {D:iban}
OCR | {D:ref}"""),
    T("br", "none", "Ditt paket har kommit",
      """Hej {F:name},
försändelse {D:tracking} har kommit till ditt ombud i {F:city}.
Hämta senast {D:date}.
Ta med giltig legitimation."""),
    T("html", "none", "Bekräftelse på bokad tid",
      """<p>Hej {F:name},</p>
<table><tr><td>Datum</td><td>{D:date}</td></tr><tr><td>Tid</td><td>{D:time}</td></tr><tr><td>Rum</td><td>{D:roomno}</td></tr></table>
<p>Av- och ombokning senast dagen innan på {D:phone}.</p>"""),
    T("blocks", "none", "Din resa är bokad",
      """Tack för din bokning.

Bokningsnummer | {D:pnr}
Avgång | {D:date} {D:time}
Totalt | {D:price}"""),
    T("text", "none", "Elräkning för perioden",
      """Hej {F:name},
din faktura för perioden till och med {D:date} är {D:price}.
Den dras via autogiro {D:date2}.
Anläggnings-id: {D:caseno}
Kundnummer: {D:custno}"""),
    # --- hard
    T("text", "hard", "Slutför inloggningen",
      """Hej {F:name},

ange detta i appen för att slutföra inloggningen:

{S:otp}

Gäller i tio minuter."""),
    T("html", "hard", "{S:otp} är din kod",
      """<p>Använd koden i ämnesraden för att logga in hos {F:shop}.</p>
<p>Den gäller i 15 minuter. Dela den aldrig.</p>"""),
    T("br", "hard", "Ditt personalkonto",
      """Hej {F:name},
ditt användarnamn är ditt anställningsnummer {D:caseno}.
Det tillfälliga lösenordet är {S:pw}
Du får byta det vid första inloggningen.

IT-support, anknytning {D:amount}"""),
    T("table", "hard", "Välkommen till stugan",
      """Vi ser fram emot ditt besök {D:date}.

Incheckning från | {D:time}
Adress | {F:street}, {F:city}
Nyckelskåp | {S:pin}
Bokning | {D:pnr}"""),
    T("blocks", "hard", "Ditt paket väntar i boxen",
      """Ditt paket finns i paketboxen.

Hämta senast | {D:date}
Upplåsningskod | {S:otpg}"""),
    T("text", "hard", "Inställningar för din router",
      """Hej {F:name},

din router är på väg. Administratörslösenordet hittar du här under, spara det på ett säkert ställe.

    {S:pw}

Order {D:order}, kundnummer {D:custno}"""),
    T("html", "hard", "Aktivera ditt kort",
      """<p>Hej {F:name},</p>
<p>Aktivera kortet som slutar på {D:masked} genom att ringa {D:phone} och slå</p>
<p style="font-size:20px"><b>{S:otpg}</b></p>
<p>när du blir ombedd.</p>"""),
    T("br", "hard", "Biblioteket: nytt lösenord",
      """Hej {F:name},
vi har återställt ditt lånekonto.
Ditt nya lösenord är {S:pwword}
Byt det nästa gång du loggar in.

Lånekort {D:custno}"""),
    T("table", "hard", "Passerkort och portkod",
      """Välkommen till {F:street}. Din plats finns på plan 3.

Portkoden | {S:pin6}
Skrivbord | {D:roomno}
Startdatum | {D:date}"""),
    T("text", "hard", "Ditt konto är klart",
      """Hej {F:name},

logga in med kundnummer {D:custno} och följande:

{S:pw}

Det fungerar bara en gång."""),
    T("blocks", "hard", "Uppgifter för ditt SIM-kort",
      """Här är uppgifterna till ditt nya SIM-kort.

Telefonnummer | {D:phone}
PIN-koden | {S:pin}
PUK-koden | {S:puk}"""),
    T("text", "hard", "Lönesystemet: första inloggningen",
      """Hej {F:name},

användarnamnet är ditt anställningsnummer {D:caseno}. Lösenordet är {S:pwword}, med små bokstäver.

HR, {F:city}"""),
    T("br", "hard", "Säkerhetsfrågan är sparad",
      """Hej {F:name},
du valde frågan "Vad hette ditt första husdjur?"
Svaret är {S:answer}
Du kan ändra det under Inställningar.

Kundnummer {D:custno}"""),
    T("html", "hard", "Koden till förrådet",
      """<p>Hej {F:name}, ditt förråd nummer {D:roomno} är klart från {D:date}.</p>
<p>Koden till hänglåset är <b>{S:pin}</b> och wifi-lösenordet <b>{S:pwword}</b>.</p>"""),
    T("text", "hard", "Flytta ditt nummer",
      """Hej {F:name},

ge din gamla operatör den här koden:
{S:otpg}

När det nya SIM-kortet kommer låser du upp det med {S:pin}.
Flyttdatum {D:date}, order {D:order}."""),
    T("blocks", "hard", "Din engångskod",
      """Använd den inom fem minuter.

Koden | {S:otp}
Ärendenummer | {D:caseno}"""),
    T("text", "hard", "Sv: kontot låst",
      """Hej {F:name},

jag har återställt det. Ditt tillfälliga lösenord står nedan.

{S:pw}

Hälsningar
Oskar, Servicedesk

> Från: {F:name}
> Skickat: {D:date} {D:time}
> Jag kommer inte in, mitt kundnummer är {D:custno}."""),
    T("br", "hard", "Kontroll av personnummer",
      """Hej {F:name},
vi har kontrollerat dina uppgifter. Personnumret vi har registrerat är {S:nid}
Kontakta oss om något är fel.

Ärende {D:ref}"""),
    T("table", "hard", "Parkeringstillstånd",
      """Ditt tillstånd gäller från {D:date}.

Bommens kod | {S:pin}
Tillstånd nr | {D:roomno}"""),
    # --- easy
    T("text", "easy", "Din pinkod",
      """Hej {F:name},

Pinkod: {S:pin}

Kort {D:masked}."""),
    T("table", "easy", "Konto skapat",
      """Välkommen!

Användarnamn | {F:name}
Lösenord | {S:pw}
Kundnummer | {D:custno}"""),
    T("html", "easy", "Verifieringskod",
      """<p>Din verifieringskod är {S:otp}.</p><p>Den gäller till kl. {D:time}.</p>"""),
]
