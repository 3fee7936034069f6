"""Batch 1, Swedish. Written by helper `blind` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- ingen hemlighet: meningar om en hemlighet
    T("text", "decoy", "Ditt lösenord har ändrats",
      """Hej {F:name}!

Lösenordet till ditt konto hos {F:shop} ändrades {D:date} kl. {D:time}.
Om det var du behöver du inte göra något.
Känner du inte igen ändringen? Ring oss direkt på {D:phone} så spärrar vi kontot.

Kundnummer: {D:custno}"""),
    T("html", "decoy", "Skydda dina inloggningsuppgifter",
      """<p>Hej {F:name},</p>
<p>Vi frågar <strong>aldrig</strong> efter ditt lösenord, din PIN-kod eller dina engångskoder via mejl, sms eller telefon.
Lämna aldrig ut koderna till någon, inte ens till någon som säger sig ringa från banken.</p>
<p>Ärendenummer: {D:ref}</p>"""),
    T("text", "decoy", "Ditt nya kort är på väg",
      """Hej {F:name},

Ditt nya bankkort ({D:masked}) skickades {D:date}.
PIN-koden skickas separat i ett eget brev om några dagar. Av säkerhetsskäl skickar vi aldrig kortet och koden i samma försändelse.
Har du kvar din gamla PIN-kod gäller den även för det nya kortet.

Frågor? Ring {D:phone}."""),
    T("br", "decoy", "Glömt din PIN-kod?",
      """Hej {F:name},
du kan se kortets PIN-kod när som helst i appen under Kort.
Om du glömmer PIN-koden kan du beställa en ny på {D:phone}.
Förvara aldrig koden tillsammans med kortet.

Kort {D:masked}"""),
    T("table", "decoy", "Säkerhetsinställningar ändrade",
      """Säkerhetsinställningarna för ditt konto har ändrats.
Ändring | Tvåstegsverifiering aktiverad
Datum | {D:date}
Tid | {D:time}
Kundnummer | {D:custno}
Var det inte du? Byt lösenordet och kontakta oss på {D:phone}."""),
    T("text", "decoy", "Återställ ditt lösenord",
      """Hej,

Vi fick en begäran om att återställa lösenordet för ditt konto {D:date}.
Välj ett nytt lösenord via länken nedan. Länken gäller i 30 minuter.

https://mitt.example.se/losenord

Om du inte har bett om detta kan du bortse från mejlet. Ditt lösenord förblir oförändrat."""),
    T("blocks", "decoy", "Så hittar du din PUK-kod",
      """Om du slår fel PIN-kod tre gånger spärras SIM-kortet och du behöver PUK-koden.
Var hittar jag PUK-koden? | På Mina sidor eller på plastkortet som SIM-kortet satt i
Kundservice | {D:phone}
Kundnummer | {D:custno}"""),
    T("text", "decoy", "Nytt sätt att logga in",
      """Hej,

Från och med {D:date} loggar du in med en engångskod som skickas till din mobil.
Koden gäller i 10 minuter. Dela aldrig koden med någon, vi kommer aldrig att be om den.
Lösenordet behövs fortfarande när du loggar in på en ny enhet.

Avtalsnummer: {D:ref}"""),
    T("html", "decoy", "Svaret på din säkerhetsfråga har uppdaterats",
      """<p>Hej {F:name},</p>
<p>Svaret på din säkerhetsfråga ändrades {D:date}.</p>
<p>Vi använder det för att bekräfta att det är du när du ringer oss. Välj inte ett svar som andra lätt kan gissa.</p>
<p>Kundnr {D:custno}</p>"""),
    T("br", "decoy", "Välkommen till internetbanken",
      """Hej {F:name},
välkommen som kund i internetbanken.
Din aktiveringskod skickas med posten till {F:street}, {D:postcode} {F:city} inom fem arbetsdagar.
När koden har kommit skapar du ett eget lösenord med minst 10 tecken.

Kund-ID: {D:custno}"""),
    T("text", "decoy", "Ditt konto är spärrat",
      """Hej {F:name},

Vi har spärrat ditt konto efter fem felaktiga lösenordsförsök {D:date} kl. {D:time}.
Du kan låsa upp kontot genom att byta lösenord eller ringa {D:phone}.
Tänk på att lösenordet är skiftlägeskänsligt.

Referens {D:ref}"""),
    T("table", "decoy", "PIN-koden har bytts",
      """PIN-koden för ditt kort har bytts i en bankomat.
Kort | {D:masked}
Bytt | {D:date}
Plats | Bankomat, {F:city}
Var det inte du? Ring oss direkt på {D:phone}."""),
    T("text", "decoy", "Lösenordsbyte krävs",
      """Hej {F:name},

lösenordet som du använder i kundportalen går ut {D:date}. Logga in och byt lösenordet innan dess.
Lösenorden måste vara minst 12 tecken långa.
Ärende {D:ref}"""),
    # --- ingen hemlighet: vanliga brev
    T("html", "none", "Orderbekräftelse {D:order}",
      """<h2>Tack för din beställning, {F:name}!</h2>
<table cellpadding="4"><tr><th align="left">Artikel</th><th>Antal</th><th>Pris</th></tr>
<tr><td>Ullstrumpor, grå</td><td>1 st</td><td>{D:price}</td></tr>
<tr><td>Frakt</td><td></td><td>{D:price2}</td></tr></table>
<p>Ordernummer: <b>{D:order}</b><br>Beställd {D:date}</p>
<p>Leveransadress: {F:street}, {D:postcode} {F:city}</p>"""),
    T("text", "none", "Ditt paket har skickats",
      """Hej {F:name}!

Din order {D:order} lämnade vårt lager {D:date}.
Kolli-ID: {D:tracking}
Beräknad leverans: {D:date2} mellan {D:time} och {D:time2}.

Vill du ändra leveransen? Ring {D:phone}."""),
    T("table", "none", "Faktura {D:invoice}",
      """Tack för din betalning.
Fakturanummer | {D:invoice}
Belopp | {D:price}
Förfallodag | {D:date}
OCR-nummer | {D:ref}
Kundnummer | {D:custno}"""),
    T("br", "none", "Påminnelse om din tid",
      """Hej {F:name},
påminnelse om din bokade tid {D:date} kl. {D:time}.
Bokningsnummer: {D:ref}
Av- eller ombokning: {D:phone}."""),
    T("text", "none", "Autogiro registrerat",
      """Hej {F:name},

Ditt autogiro är registrerat.
Konto: {D:iban}
Första dragning: {D:price} den {D:date}
Referens: {D:ref}

Dina inloggningsuppgifter är oförändrade."""),
    # --- hemligheter som en naiv regel missar
    T("text", "hard", "Din inloggningskod",
      """Ange {S:otp} i appen för att logga in. Koden är giltig i 10 minuter.
Dela inte koden med någon."""),
    T("text", "hard", "Bekräfta din e-postadress",
      """Hej {F:name},

tack för att du registrerade dig. Skriv in koden nedan i appen för att bekräfta din adress:

{S:otpg}

Koden gäller till kl. {D:time}. Ditt kundnummer är {D:custno}."""),
    T("html", "hard", "Ditt tillfälliga lösenord",
      """<p>Hej {F:name},</p>
<p>Ditt konto är klart. Det tillfälliga lösenordet hittar du nedan. Du blir ombedd att byta det första gången du loggar in.</p>
<p style="font-size:20px;font-family:monospace">{S:pw}</p>
<p>Användarnamn: {F:name}{D:amount}</p>"""),
    T("blocks", "hard", "Din nya PIN-kod",
      """Här är PIN-koden till ditt kort {D:masked}. Lär dig den och radera meddelandet.
PIN-koden | {S:pin}
Utfärdad | {D:date}"""),
    T("text", "hard", "Välkommen till personalportalen",
      """Hej {F:name},

ditt konto är klart. Logga in med ditt anställningsnummer {D:custno}; lösenordet är {S:pwword}.
Byt det när du loggar in första gången.

IT-support, {D:phone}"""),
    T("br", "hard", "Din verifieringskod",
      """Verifieringskoden:
{S:otp}
Använd den inom 15 minuter. Order {D:order}."""),
    T("table", "hard", "Dina inloggningsuppgifter",
      """Välkommen! Här är dina inloggningsuppgifter.
Användarnamn | {F:name}.{D:amount}
Lösenord | {S:pw}
Kundnummer | {D:custno}
Spara mejlet på ett säkert ställe eller radera det när du har loggat in."""),
    T("text", "hard", "Nytt lösenord",
      """Hej {F:name},

som du bad om har vi återställt ditt lösenord. Det nya lösenordet är {S:pwword}.
Referens {D:ref}."""),
    T("html", "hard", "Din kod till {F:shop}",
      """<div style="text-align:center">
<p>Använd den här koden för att byta lösenord:</p>
<p style="font-size:28px;letter-spacing:6px"><b>{S:otpg}</b></p>
<p>Om du inte har begärt koden kan du strunta i mejlet.</p>
</div>"""),
    T("text", "hard", "Uppgifter för ditt SIM-kort",
      """Ditt nya SIM-kort är aktiverat.

PIN: {S:pin}
PUK: {S:puk}

Ditt mobilnummer är {D:phone}. Order {D:order}."""),
    T("blocks", "hard", "Dina reservkoder",
      """Spara reservkoderna på ett säkert ställe. Varje kod fungerar en gång.
Reservkod | {S:otpg}
Andra reservkoden | {S:otpg2}
Skapade | {D:date}"""),
    T("text", "hard", "Påminnelse om PIN-kod",
      """Hej {F:name},

du bad om en påminnelse om kortets PIN-kod. Koden till kortet {D:masked} är

    {S:pin}

Lär dig koden och förstör sedan meddelandet."""),
    T("br", "hard", "Säkerhetsfråga sparad",
      """Hej {F:name},
din säkerhetsfråga är sparad.
Fråga: Vad hette ditt första husdjur?
Svar: {S:answer}
Du kan ändra den under Inställningar."""),
    T("text", "hard", "Ditt virtuella kort",
      """Hej {F:name},

här är kortnumret till ditt virtuella kort som du bad om:
{S:card}
Giltigt t.o.m. 09/29. Tillgängligt belopp {D:price}."""),
    T("table", "hard", "Kontrollera dina uppgifter",
      """Kontrollera gärna uppgifterna vi har om dig.
Namn | {F:name}
Personnummer | {S:nid}
Mottaget | {D:date}
Vår referens | {D:ref}"""),
    T("text", "hard", "Ditt konto hos {F:shop}",
      """Hej {F:name}!

Logga in med e-postadressen och lösenordet {S:pw} första gången.
Därefter väljer du ett eget lösenord."""),
    # --- enkla hemligheter, ibland bredvid prat
    T("text", "easy", "Din engångskod",
      """Din engångskod är {S:otp}. Den gäller i 5 minuter.
Vi frågar aldrig efter koden. Ref {D:ref}."""),
    T("html", "easy decoy", "Nytt lösenord",
      """<p>Hej {F:name},</p>
<p>Ditt nya lösenord: <strong>{S:pw}</strong></p>
<p>Dela aldrig ditt lösenord med någon. Du kan byta lösenord när du vill under Mitt konto.</p>
<p>Kundnummer {D:custno}</p>"""),
    T("text", "easy decoy", "Din PIN-kod",
      """Hej {F:name},

PIN-kod: {S:pin}

Du kan byta PIN-kod i alla bankomater. Om du glömmer koden, ring {D:phone}.
Kort {D:masked}."""),
    T("br", "easy", "Inloggningskod",
      """Inloggningskod: {S:otp}
Begärd {D:date} kl. {D:time}.
Inte du? Ring {D:phone}."""),
    T("table", "easy decoy", "Din router är på väg",
      """Routern har skickats med kolli-ID {D:tracking}.
Nätverksnamn | {F:shop}-{D:amount}
WiFi-lösenord | {S:pw}
Adminlösenord | står på etiketten under routern
Håll WiFi-lösenordet för dig själv."""),
    T("text", "easy", "Din PUK-kod",
      """Hej {F:name},

din PUK-kod är {S:puk}. Ange den i telefonen för att låsa upp SIM-kortet och välj sedan en ny PIN-kod.
Mobilnummer: {D:phone}."""),
    T("blocks", "easy", "Slutför registreringen",
      """Slutför registreringen med engångskoden nedan.
Engångskod | {S:otp}
Går ut | kl. {D:time}"""),
    T("text", "easy decoy", "Lösenordet har återställts",
      """Hej {F:name},

ditt lösenord återställdes {D:date}. Tillfälligt lösenord: {S:pw}

Lösenordet måste bytas var 90:e dag. Order {D:order}."""),
]
