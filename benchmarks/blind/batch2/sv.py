"""Batch 2, Swedish. Written by helper `blind2` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- about a secret, giving none
    T("text", "decoy", "Ditt lösenord har ändrats",
      """Hej {F:name},

lösenordet till ditt konto på Mina sidor ändrades {D:date} kl. {D:time}.
Om det var du behöver du inte göra något.
Känner du inte igen ändringen? Ring oss direkt på {D:phone} och uppge kundnummer {D:custno}.

Vänliga hälsningar
Kundservice"""),
    T("html", "decoy", "Se upp för bedragare",
      """<p>Hej {F:name},</p>
<p>Just nu skickas sms och mejl som ser ut att komma från oss. Kom ihåg:</p>
<ul><li>vi ber dig aldrig att lämna ut din säkerhetskod eller dina inloggningsuppgifter,</li>
<li>vi frågar aldrig efter kortets PIN-kod i telefon,</li>
<li>logga aldrig in med BankID på uppmaning av någon som ringer dig.</li></ul>
<p>Misstänker du bedrägeri? Ring {D:phone}.</p>"""),
    T("br", "decoy", "Ditt nya kort är på väg",
      """Hej {F:name},
ditt nya kort som slutar på {D:masked} skickades {D:date}.
Koden skickas separat i ett eget brev några dagar senare.
Av säkerhetsskäl skickar vi aldrig kort och PIN-kod i samma försändelse.

Frågor? {D:phone}"""),
    T("table", "decoy", "Har du glömt din PIN-kod?",
      """Så här får du tillbaka din kod.

I appen | Kort > Visa PIN-kod
Per telefon | {D:phone}
Kort | {D:masked}
Beställd | {D:date}

En ny PIN-kod per post tar cirka fem bankdagar."""),
    T("text", "decoy", "Återställ ditt lösenord",
      """Hej {F:name},

vi har fått en begäran om att återställa lösenordet för ditt konto.
Välj ett nytt lösenord via länken nedan. Länken gäller i 30 minuter och kan bara användas en gång.

Om du inte har bett om detta kan du bortse från mejlet. Ditt nuvarande lösenord fortsätter att gälla.

Ärende {D:ref}"""),
    T("blocks", "decoy", "Ny inloggning på ditt konto",
      """Vi har registrerat en inloggning från en ny enhet.
Tidpunkt | {D:date} kl. {D:time}
Enhet | Firefox på Mac
Plats | {F:city}
Var det inte du? Byt lösenordet omedelbart och aktivera tvåstegsverifiering."""),
    T("text", "decoy", "Tvåstegsverifiering är aktiverad",
      """Hej {F:name},

från och med nu skickar vi en engångskod via sms varje gång du loggar in från en ny enhet.
Koden gäller i tio minuter och kan bara användas en gång.
Du kan stänga av funktionen under Inställningar > Säkerhet.

Kundnummer {D:custno}"""),
    T("html", "decoy", "Nya regler för lösenord",
      """<p>Bästa kund,</p>
<p>Från och med <strong>{D:date}</strong> måste lösenordet bestå av minst 12 tecken och får inte vara ett som du har använt tidigare.
Nästa gång du loggar in efter det datumet ber vi dig att välja ett nytt.</p>
<p>Du behöver inte göra något i dag.</p>"""),
    T("br", "decoy", "Koden har gått ut",
      """Hej {F:name},
koden som vi skickade kl. {D:time} har gått ut och kan inte längre användas.
Beställ en ny från inloggningssidan när du vill.
Referens {D:ref}"""),
    T("text", "decoy", "Ditt SIM-kort är spärrat",
      """Hej {F:name},

PIN-koden till ditt SIM-kort har angetts fel tre gånger och kortet är därför spärrat.
För att låsa upp det behöver du PUK-koden, som står på plastkortet som SIM-kortet satt i. Du hittar den också i Mitt Telia.
Gissa inte: tio felaktiga PUK-försök gör kortet obrukbart.

Kundnummer {D:custno}"""),
    T("table", "decoy", "Ditt ärende är avslutat",
      """Tack för att du kontaktade oss.

Ärendenummer | {D:ref}
Avslutat | {D:date}
Ämne | Lösenordet fungerar inte

Vi ber aldrig om ditt lösenord via mejl. Om problemet kvarstår kan du ringa {D:phone}."""),
    T("html", "decoy", "Ditt kodbrev är skickat",
      """<p>Hej {F:name},</p>
<p>Enligt din beställning {D:date} har vi skickat ett nytt kodbrev till din folkbokföringsadress. Det kommer inom 3–5 arbetsdagar.</p>
<p>Brevet skickas i ett neutralt kuvert utan vår logotyp.</p>
<p>Kort {D:masked}</p>"""),
    # --- no secret at all
    T("table", "none", "Orderbekräftelse {D:order}",
      """Tack för din beställning, {F:name}!

Ordernummer | {D:order}
Orderdatum | {D:date}
Totalt | {D:price}
Leveransadress | {F:street}, {D:postcode} {F:city}

Vi meddelar dig när paketet har skickats."""),
    T("text", "none", "Ditt paket är på väg",
      """Hej {F:name}! Din order {D:order} har skickats.

Kollinummer: {D:tracking}
Beräknad leverans: {D:date}

Du får ett sms från PostNord när paketet finns att hämta hos ditt ombud."""),
    T("table", "none", "Faktura {D:invoice}",
      """Din faktura är klar.

Fakturanummer | {D:invoice}
Att betala | {D:price}
Förfallodag | {D:date}
IBAN | {D:iban}
OCR-nummer | {D:ref}

Har du autogiro dras beloppet automatiskt."""),
    T("br", "none", "Din tid är bokad",
      """Hej {F:name},
din tid hos oss i {F:city} är bokad {D:date} kl. {D:time}.
Ta med giltig legitimation.
Avbokning på {D:phone}."""),
    T("html", "none", "Vi har tagit emot din retur",
      """<p>Hej {F:name},</p>
<p>Returen för order <b>{D:order}</b> har kommit fram till vårt lager. Vi betalar tillbaka <b>{D:price}</b> till kortet som slutar på {D:masked} inom fem dagar.</p>"""),
    T("blocks", "none", "Ditt medlemskap förnyas",
      """Ditt medlemskap i {F:shop} förnyas automatiskt.
Medlemsnummer | {D:custno}
Förnyas | {D:date}
Pris | {D:price}
Du behöver inte göra något om du vill fortsätta."""),
    # --- secrets a naive keyword rule misses
    T("text", "hard", "Bekräfta att det är du",
      """Hej {F:name},

ange {S:otp} i appen för att slutföra inloggningen.
Siffrorna gäller i 10 minuter.

Försökte du inte logga in? Ring {D:phone}."""),
    T("text", "hard", "{S:otp} är din kod hos {F:shop}",
      """Använd {S:otp} för att bekräfta din e-postadress.
Vidarebefordra inte det här mejlet."""),
    T("br", "hard", "Slutför din registrering",
      """Nästan klart, {F:name}!
Koden är {S:otpg}.
Skriv in den i rutan på sidan du just lämnade.
Order {D:order}"""),
    T("text", "hard", "Din nya PIN-kod",
      """Hej {F:name},

vi har tagit fram en ny kod till ditt kort som slutar på {D:masked}.
Din PIN-kod står här nedanför. Lär dig den utantill och radera sedan meddelandet.

        {S:pin}

Du kan byta koden i valfri bankomat."""),
    T("blocks", "hard", "Dina uppgifter för första inloggningen",
      """Här är uppgifterna för din första inloggning.
Användarnamn | {F:name}{D:amount}
Tillfälligt lösenord | {S:pw}
Du får välja ett eget lösenord direkt efter inloggningen."""),
    T("table", "hard", "Uppgifter för ditt abonnemang",
      """Välkommen som kund, {F:name}.

Mobilnummer | {D:phone}
PIN-koden | {S:pin}
PUK-koden | {S:puk}
Kundnummer | {D:custno}

Spara uppgifterna på ett säkert ställe."""),
    T("text", "hard", "Ditt lösenord har återställts",
      """Hej {F:name},

vår IT-support återställde ditt konto {D:date}. Ditt nya lösenord är {S:pwword}.
Byt det första gången du loggar in.

Ärende {D:ref}"""),
    T("html", "hard", "Gästnätverket",
      """<p>Hej {F:name},</p>
<p>Tack för din bokning. Lösenordet till gästnätverket hittar du nedan. Det gäller under hela vistelsen.</p>
<p style="font-size:20px;font-family:monospace">{S:pw}</p>
<p>Bokningsnummer {D:ref}, incheckning {D:date}.</p>"""),
    T("table", "hard", "Välkommen till personalportalen",
      """Välkommen till oss, {F:name}. Ditt konto är skapat.

Inloggning | {F:name}.hr
Startlösenordet | {S:pw}
Anställningsnummer | {D:custno}
Första arbetsdag | {D:date}"""),
    T("text", "hard", "Aktivera ditt kort",
      """Hej {F:name},

ditt nya kort {D:masked} kan användas när du har aktiverat det.
Ring {D:phone} och slå aktiveringsnumret {S:pin6} när rösten ber om det.

Tack för att du är kund hos oss."""),
    T("br", "hard", "Säkerhetsfrågan är sparad",
      """Hej {F:name},
du har lagt till en säkerhetsfråga för telefonbanken.
Fråga: ditt första husdjurs namn
Sparat svar: {S:answer}
Vi frågar efter det när du ringer {D:phone}."""),
    T("blocks", "hard", "PIN och PUK till ditt SIM-kort",
      """Ditt nya SIM-kort för {D:phone} är aktiverat.
PIN | {S:pin}
PUK | {S:puk}
Order | {D:order}"""),
    T("text", "hard", "Hämta ditt paket",
      """Ditt paket {D:tracking} väntar i paketboxen på {F:street}.
Öppna luckan med {S:otp} senast {D:date}.
Därefter skickas försändelsen tillbaka till avsändaren."""),
    T("br", "hard", "Dina inloggningsuppgifter",
      """Hej {F:name},
tack för din registrering. Lösenordet är:
{S:pw}
Ditt kundnummer är {D:custno}."""),
    T("html", "hard", "Ditt virtuella kort",
      """<p>Hej {F:name},</p>
<p>Ditt virtuella kort är klart att använda för näthandel.</p>
<table><tr><td>Kortnummer</td></tr><tr><td style="font-size:18px">{S:card}</td></tr>
<tr><td>Giltigt till</td></tr><tr><td>{D:date}</td></tr></table>
<p>CVC-koden visas bara i appen.</p>"""),
    T("text", "hard", "Bekräftelse på din ansökan",
      """Hej {F:name},

vi har tagit emot din ansökan från {D:date}.
Personnumret vi har registrerat är {S:nid}. Kontrollera att det stämmer.

Försäkringskassan"""),
    T("table", "hard decoy", "Verifiera ditt mobilnummer",
      """Lämna aldrig ut den här koden till någon, inte ens till oss.

Engångskoden | {S:otpg}
Giltig till kl. | {D:time}

Har du inte begärt koden kan du strunta i mejlet."""),
    T("text", "hard", "Portkoden till ditt nya hem",
      """Hej {F:name},

välkommen till {F:street}! Porten öppnar du med
{S:pin} följt av fyrkant.
Sophämtning sker {D:date}."""),
    # --- plainly labelled secrets
    T("text", "easy", "Din engångskod",
      """Din engångskod är {S:otp}. Den gäller i fem minuter.
Dela aldrig koden med någon."""),
    T("br", "easy", "Verifieringskod",
      """Hej {F:name},
verifieringskod: {S:otp}
Order {D:order}, {D:price}"""),
    T("html", "easy", "Din PIN-kod",
      """<p>Hej {F:name},</p><p>PIN-kod: <strong>{S:pin}</strong></p><p>Kort {D:masked}</p>"""),
    T("table", "easy", "Ditt konto",
      """Användarnamn | {F:name}
Lösenord | {S:pw}
Kundnummer | {D:custno}"""),
    T("text", "easy decoy", "Inloggningskod",
      """Inloggningskod: {S:otp}
Vi ringer aldrig och frågar efter koden. Om någon gör det, lägg på och ring {D:phone}."""),
    T("blocks", "easy", "PUK-kod",
      """Du har begärt PUK-koden för {D:phone}.
PUK-kod | {S:puk}
Begärd | {D:date}"""),
    T("br", "hard", "Aktivera Mobilt BankID",
      """Hej {F:name},
för att aktivera Mobilt BankID behöver du en aktiveringskod.
Aktiveringskoden hittar du längst ner i det här meddelandet.
Kundnummer {D:custno}

{S:otpg}"""),
    # --- more definite forms, pointer phrases and label/value decoys
    T("text", "hard", "Ditt lösenord har ändrats",
      """Hej {F:name},

på din begäran har vi ändrat lösenordet till ditt konto. Ditt lösenord har ändrats till {S:pwword}.
Byt gärna till ett eget lösenord nästa gång du loggar in.

Kundservice {D:phone}"""),
    T("br", "hard", "Logga in på Mina sidor",
      """Hej {F:name},
logga in med engångslösenordet {S:otp} inom tio minuter.
Beställningen {D:order} hittar du under Mina köp.
Kundnummer {D:custno}"""),
    T("table", "decoy", "Påminnelse: lösenordet går snart ut",
      """Hej {F:name}, här är information om ditt konto.

Lösenordet går ut | {D:date}
Byt lösenord | Mina sidor > Säkerhet
Kundnummer | {D:custno}
Kundtjänst | {D:phone}"""),
    T("html", "hard", "Din personliga kod",
      """<p>Hej {F:name},</p>
<p>här är den nya koden till ditt kort {D:masked}:</p>
<p>&nbsp;</p>
<p style="font-size:24px"><b>{S:pin}</b></p>
<p>Radera meddelandet när du har lärt dig koden.</p>"""),
    T("text", "decoy", "Om din säkerhet",
      """Hej {F:name},

vi kommer aldrig att be dig om lösenordet eller PIN-koden. Lösenordets giltighetstid är 90 dagar.
Har du glömt lösenordet kan du beställa ett nytt på Mina sidor eller ringa {D:phone}.
PIN-koderna till dina kort ändrar du i närmaste bankomat.

Referens {D:ref}"""),
    T("blocks", "hard", "Välkommen till stugan",
      """Varmt välkommen till {F:city}! Nyckeln hänger i nyckelskåpet vid dörren.
Nyckelskåpets kod | {S:pin}
Lösenordet till wifi | {S:pwword}
Utcheckning | {D:date} kl. {D:time}"""),
    T("text", "none", "Dina kontaktuppgifter är uppdaterade",
      """Hej {F:name},

vi har uppdaterat dina kontaktuppgifter {D:date}. Ditt kundnummer är fortfarande {D:custno}.
Nästa faktura {D:invoice} förfaller {D:date2}. Betala till {D:iban} och ange OCR-nummer {D:ref}.
Du når oss på {D:phone} vardagar 8–18."""),
    T("text", "hard", "Koppla appen till ditt konto",
      """Hej {F:name},

skriv in följande siffror i appen:

{S:otp}

Siffrorna gäller i 15 minuter. Order {D:order}."""),
]
