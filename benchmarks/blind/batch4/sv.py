"""Batch 4, Swedish. Written by helper `blind4a` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- about a secret, giving none
    T("text", "decoy", "Lösenordet till appen har uppdaterats",
      """Hej {F:name}!

Lösenordet till Träningshusets app uppdaterades {D:date} kl. {D:time}.
Det gamla fungerar inte längre när du loggar in.

Var det inte du? Hör av dig till receptionen eller ring {D:phone}.

Medlemsnummer {D:custno}
Träningshuset i {F:city}"""),
    T("html", "decoy", "Så skyddar du dig mot bedragare",
      """<h2>Ekbacka Sparbank frågar aldrig efter dina koder</h2>
<p>Hej,</p>
<p>Vi ringer aldrig och ber dig legitimera dig med BankID, läsa upp en säkerhetskod eller flytta pengar till ett "säkert konto".
Den som gör det är en bedragare, även om numret ser ut att vara vårt.</p>
<p>Lägg på och ring oss själv på numret som står på baksidan av ditt kort ({D:masked}).</p>
<p style="font-size:11px;color:#888">Ekbacka Sparbank AB, org.nr 516401-{D:roomno}</p>"""),
    T("br", "decoy", "Säkerhetsdosan slutar fungera",
      """Hej {F:name},
din säkerhetsdosa slutar fungera den {D:date}.
Efter det loggar du in med Mobilt BankID, och koderna som dosan visar går inte längre att använda.
Dosan kan du lämna på närmaste kontor eller slänga bland elektronikavfallet.
Behöver du hjälp att skaffa BankID? Ring {D:phone}.

Kundnummer {D:custno}"""),
    T("table", "decoy", "Ditt lösenord går snart ut",
      """Det här är en automatisk påminnelse från Västerås stads IT-service.

Användare | {F:name}
Lösenordet byttes senast | {D:date}
Lösenordet upphör att gälla | {D:date2}
Minsta längd | 12 tecken

Byt lösenordet på en jobbdator med Ctrl+Alt+Del och välj Ändra lösenord."""),
    T("blocks", "decoy", "Ändrad infart till garaget",
      """Till dig som hyr parkeringsplats i garaget på {F:street}.

Din plats | {D:roomno}
Infartskoden | byts den {D:date}, den nya sätts upp på anslagstavlan innanför gångdörren
Månadshyra | {D:price}

Vi skickar aldrig ut koden via e-post eller sms."""),
    T("text", "decoy", "Ditt SIM-kort är låst",
      """Hej,

SIM-kortet i din telefon låstes eftersom PIN-koden angavs fel tre gånger i rad.
För att låsa upp det behöver du PUK-koden. Den står på plastkortet som SIM-kortet satt i,
och du hittar den också på Mina sidor under Abonnemang > SIM-kort.

Ditt ärendenummer är {D:caseno} om du vill ringa oss på {D:phone}.

Norrtele"""),
    T("html", "decoy", "Boka utvecklingssamtal",
      """<p>Hej vårdnadshavare!</p>
<p>Nu kan du boka tid för utvecklingssamtal i SkolNet från {D:date}.
Du loggar in som vanligt. Har du glömt lösenordet använder du länken <em>Glömt lösenord</em>
på inloggningssidan; skolans expedition kan inte se eller återställa lösenord.</p>
<p>Samtalen hålls i sal {D:roomno} från kl. {D:time}.</p>
<p>Rektor, Kvarnbyskolan</p>"""),
    T("br", "decoy", "Ny inloggning från och med {D:date}",
      """Från och med {D:date} loggar du in på Trygghetsförsäkringars Mina sidor i två steg.
Varje gång skickar vi en engångskod med sms till numret som slutar på {D:amount}.
Den fyller du i direkt efter ditt lösenord.
Våra handläggare kommer aldrig att be dig läsa upp engångskoden.

Försäkringsnummer {D:ref}"""),
    T("table", "decoy", "Välkommen till Hotell Skeppsbron",
      """Vi ser fram emot ditt besök.

Bokning | {D:pnr}
Rum | {D:roomno}
Incheckning | från kl. {D:time}
Portkod | skickas med sms på morgonen ankomstdagen

Receptionen är bemannad till kl. 23."""),
    T("blocks", "decoy", "Välkommen tillbaka efter semestern",
      """Hej {F:name}, hoppas ledigheten var skön.

Ditt nätverkslösenord gick ut | {D:date}
Nytt lösenord väljer du | i självserviceportalen, helst före kl. 9
IT-support | {D:phone}

IT-supporten ber dig aldrig berätta ditt lösenord, inte heller i Teams."""),
    T("text", "decoy", "Ditt medlemskap förlängs",
      """Hej {F:name},

ditt medlemskap på Träningshuset förlängs automatiskt från {D:date} för {D:price} i månaden.
Dörrkoden är densamma som tidigare, så du behöver inte göra något.
Har du glömt den hittar du den i appen under Medlemskap.

Medlemsnummer {D:custno}"""),
    T("html", "decoy", "Din pinkod har ändrats",
      """<p>Hej {F:name},</p>
<p>Pinkoden till Ekbackas mobilapp har ändrats.</p>
<table><tr><td>När</td><td>{D:date} kl. {D:time}</td></tr>
<tr><td>Enhet</td><td>iPhone</td></tr></table>
<p>Har du inte gjort ändringen? Ring oss direkt på {D:phone}, vi svarar dygnet runt.</p>"""),
    T("br", "decoy", "Ditt paket ligger i ett skåp",
      """Hej {F:name}! Försändelse {D:tracking} väntar i paketskåpet på {F:street}.
Koden för att öppna skåpet dyker upp i Boxly-appen så snart budet har stängt luckan.
Hämta inom sju dagar.

Boxly"""),
    T("text", "decoy", "Aktiveringskoden skickas med post",
      """Tack för att du registrerade dig för e-tjänsten.

Aktiveringskoden skickas till din folkbokföringsadress den {D:date}. Koden är giltig i 30 dagar från
utskicket och du behöver den första gången du loggar in.

Har ingen kod kommit före {D:date2}, ring oss på {D:phone}.

Ditt användarnamn fick du i ett separat mejl."""),
    # --- no secret at all
    T("text", "none", "Orderbekräftelse {D:order}",
      """Tack för din beställning, {F:name}!

Order {D:order}
Regnjacka, storlek M ........ {D:price}
Leverans till {D:postcode} ........ 0 kr

Vi mejlar igen när paketet skickas. Spåra det med {D:tracking} från i morgon.

{F:shop}"""),
    T("html", "none", "Din faktura från Norrtele",
      """<p>Nu finns din faktura för månaden.</p>
<table><tr><td>Kundnummer</td><td>{D:custno}</td></tr>
<tr><td>Fakturanummer</td><td>{D:invoice}</td></tr>
<tr><td>Att betala</td><td>{D:price}</td></tr>
<tr><td>Förfallodag</td><td>{D:date}</td></tr>
<tr><td>OCR</td><td>{D:ref}</td></tr></table>
<p>Betalar du från utlandet? Vårt IBAN är {D:iban}.</p>"""),
    T("br", "none", "Bokningsbekräftelse",
      """Hej {F:name},
tack för din bokning hos Hotell Skeppsbron.
Bokningsnummer {D:pnr}, ankomst {D:date}, två nätter.
Vi har reserverat rum {D:roomno} på tredje våningen, som du önskade.
Frukost serveras från kl. {D:time}.

Ring {D:phone} om dina planer ändras."""),
    T("table", "none", "Din tid är bokad",
      """Välkommen till Folktandvården.

Patient-id | {D:custno}
Datum | {D:date}
Tid | {D:time}
Klinik | {F:street}, {D:postcode}

Kom gärna tio minuter innan. Av- eller ombokning på {D:phone}."""),
    T("blocks", "none", "Elmätaren är utbytt",
      """Vår tekniker har i dag bytt elmätaren hos dig.

Den nya mätarens serienummer | {D:serial}
Arbetsorder | {D:caseno}
Mätarställning vid bytet | {D:amount} kWh
Nästa avläsning | {D:date}

Du behöver inte göra något."""),
    T("text", "none", "Avgift för lägerskolan",
      """Hej vårdnadshavare,

Egenavgiften för lägerskolan, {D:price}, ska vara betald senast {D:date}.
Ange referensnummer {D:ref} när du betalar.

Bussen går från skolgården {D:date2} kl. {D:time}. Frågor till expeditionen på {D:phone}.

Hälsningar, klassföreståndaren"""),
    T("html", "none", "Din hemförsäkring förnyas",
      """<p>Hej {F:name},</p>
<p>Försäkring {D:ref} förnyas {D:date}. Den nya årspremien är <b>{D:price}</b>.</p>
<p>Om du betalar månadsvis dras den första delen, {D:price2}, från kontot som slutar på {D:amount}.</p>
<p>Trygghetsförsäkringar, {D:phone}</p>"""),
    # --- hard cases
    T("text", "hard", "Din taxi är på väg",
      """Hej {F:name}!

Bil {D:amount} är på väg till {F:street} och beräknas vara framme kl. {D:time}.
Uppge {S:pin} för chauffören när du kliver in, så vet hen att det är rätt resa.

Beräknat pris {D:price}
Taxi Mälardalen"""),
    T("html", "hard", "Logga in med {S:otpg}",
      """<p>Någon, förhoppningsvis du, loggar in på Mina sidor hos Norrtele från en ny enhet kl. {D:time}.</p>
<p>Tecknen i ämnesraden slutför inloggningen. De slutar fungera efter tio minuter.</p>
<p>Var det inte du? Byt lösenord och ring oss på {D:phone}.</p>"""),
    T("br", "hard", "Nytt lås till cykelrummet",
      """Hej alla boende,
det gamla hänglåset på cykelrummet ersätts av ett kodlås den {D:date}.
{S:pin} öppnar det nya låset från första dagen.
Nycklarna till hänglåset lämnar ni till fastighetsskötaren, tfn {D:phone}.

Styrelsen, BRF Lönnen"""),
    T("table", "hard", "Ankomstinformation till stugan",
      """Välkommen till Fjällbyn i morgon! Här är allt du behöver för att komma in.

Bokning | {D:pnr}
Stuga | {D:roomno}
Nyckelskåpet | {S:pin}
Bastun är varm efter | cirka {D:amount} minuter

Nyckelskåpet sitter till vänster om ytterdörren."""),
    T("blocks", "hard", "Din första dag hos oss",
      """Hej {F:name} och välkommen till Västerås stad.

Första gången du loggar in på datorn använder du det här, sedan väljer du ett eget:
{S:pw}

Anställningsnummer | {D:custno}
Första arbetsdag | {D:date}"""),
    T("text", "hard", "Ditt bibliotekskonto är öppnat igen",
      """Hej {F:name},

som vi kom överens om i telefon har vi öppnat ditt konto igen. Det nya lösenordet blir {S:pwword}, med små bokstäver.
Du kan behålla det eller byta under Mitt konto.

Lånekort {D:custno}
Stadsbiblioteket, {F:city}"""),
    T("html", "hard", "Ditt bredband är igång",
      """<p>Hej {F:name}, din nya router är nu aktiv.</p>
<p>Nätverksnamnet och lösenfrasen som behövs för att ansluta står nedanför. De finns också på klistermärket under routern.</p>
<p style="font-size:20px;font-family:monospace">Fiber-{D:amount}</p>
<p style="font-size:20px;font-family:monospace">{S:phrase}</p>
<p>Routerns serienummer {D:serial}</p>"""),
    T("br", "hard", "Upplåsning av SIM-kortet",
      """Hej,
du bad om hjälp med ett låst SIM-kort i ärende {D:caseno}. Här är de åtta siffrorna som låser upp det: {S:puk}.
Ange dem när telefonen frågar och välj sedan en ny pinkod med fyra siffror.
Norrtele, {D:phone}"""),
    T("table", "hard", "Aktivera ditt nya kort",
      """Kortet kan användas så snart du har aktiverat det.

Kort | {D:masked}
Referens | {D:ref}
Aktivera genom att slå | {S:otp}
Giltigt till | {D:date}"""),
    T("blocks", "hard", "Ditt konto i SkolNet",
      """Hej {F:name}, ditt vårdnadshavarkonto i SkolNet är klart.

Användarnamn | e-postadressen som det här mejlet skickades till
Det tillfälliga lösenordet | {S:pw}
Elev | årskurs 7, hemklassrum {D:roomno}

Du måste byta det tillfälliga lösenordet när du loggar in första gången."""),
    T("text", "hard", "SV: Kan inte logga in (ärende {D:caseno})",
      """Hej {F:name},

jag har nollställt det, nu är det {S:pw}. Du får byta till ett eget när du loggar in.

Mvh
Anders, IT-support
tfn {D:phone}

> Från: {F:name}
> Skickat: {D:date}
> Jag kommer inte in, lösenordet gick ut i helgen. Ärende {D:caseno}."""),
    T("html", "hard", "Dina biljetter / Lippusi",
      """<p><b>Svenska</b>: hämta biljetterna till konserten i automaten i entrén med {S:otpg}.</p>
<p><b>Suomeksi</b>: nouda konserttiliput aulan automaatista tunnuksella {S:otpg}.</p>
<p>Bokning / Varaus {D:pnr}, {D:date}</p>"""),
    T("br", "hard", "Dina läkemedel kan hämtas",
      """Hej {F:name},
dina läkemedel ligger i apoteksboxen, fack {D:roomno}.
Slå {S:otpg} på skärmen vid boxen och ta med dig påsen.
Facket är reserverat till och med {D:date}.

Apoteket Kronan på torget, {D:phone}"""),
    T("table", "hard", "Returen är bokad i ett skåp",
      """Din retur är bokad i ett Boxly-skåp.

Fack | {D:roomno}
Kolli-id | {D:tracking}
Öppnas med | {S:pin6}
Lämna senast | {D:date}"""),
    T("blocks", "hard", "Din programlicens",
      """Tack för att du köpte Bokföring Plus.

Licensinnehavare | {F:name}
Enhetens serienummer | {D:serial}
Licensnyckeln | {S:akey}
Faktura | {D:invoice}"""),
    T("text", "hard", "Ditt telefonlösen är ändrat",
      """Hej {F:name},

från och med i dag är ditt telefonlösen {S:answer}, som du bad om på kontoret.
Uppge det varje gång du ringer oss, och berätta det inte för någon annan.

Kundnummer {D:custno}
Ekbacka Sparbank"""),
    T("html", "hard", "Numret på ditt ersättningskort",
      """<p>Hej {F:name},</p>
<p>Ditt gamla kort ({D:masked}) är spärrat. Det nya kortets nummer är
<span style="white-space:nowrap">{S:card}</span>, om du behöver handla på nätet innan plastkortet kommer.</p>
<p>Kortet gäller till {D:date}.</p>"""),
    T("br", "hard", "Ditt skåp: {S:pin}",
      """Hej {F:name},
du hyr skåp {D:amount} i omklädningsrummet till och med {D:date}.
Kombinationen står i ämnesraden på det här mejlet.
Träningshuset, {D:phone}"""),
    T("table", "hard", "Lönespecifikation",
      """Anställningsnummer | {D:custno}
Personnummer | {S:nid}
Skattetabell | 32
Utbetalningsdag | {D:date}
Nettolön | {D:price}"""),
    T("text", "hard", "Koden till röstbrevlådan",
      """Hej {F:name},

koden till din röstbrevlåda står längst ner i det här mejlet. Lär dig den utantill och radera sedan mejlet.

Ärende {D:caseno}, Norrtele Företag



{S:pin}"""),
    T("text", "hard", "Ny portkod i trapphusen",
      """Hej alla boende,

portkoden till trapphus A och B ändras till {S:pin} från och med {D:date}.
Den gamla koden slutar fungera samma dag kl. {D:time}.

Förvaltare {F:name}, Bostadsbolaget, tfn {D:phone}"""),
    T("html", "hard decoy", "Godkänn en ny mottagare",
      """<p>Du lägger till en ny betalningsmottagare: konto som slutar på {D:amount}.</p>
<p>Berätta inte det här för någon, inte heller för någon som säger sig ringa från banken. Vi ringer aldrig och frågar efter det.</p>
<p style="font-size:24px;letter-spacing:4px">{S:otp}</p>
<p>Lägger du inte till någon mottagare? Ring oss direkt på {D:phone}.</p>"""),
    # --- easy
    T("text", "easy", "Din engångskod",
      """Din engångskod: {S:otp}
Gäller i 10 minuter. Ekbacka Sparbank ringer aldrig och frågar efter den."""),
    T("table", "easy", "Pinkod till ditt nya kort",
      """Kort | {D:masked}
Pinkod | {S:pin}"""),
    T("html", "easy", "Tillfälligt lösenord",
      """<p>Hej {F:name},</p><p>Tillfälligt lösenord: <b>{S:pw}</b></p><p>IT-service, Västerås stad</p>"""),
    T("blocks", "easy", "Bekräfta din e-postadress",
      """Verifieringskod | {S:otp}
Order | {D:order}"""),
]
