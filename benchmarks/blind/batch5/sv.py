"""Batch 5, Swedish. Written by helper `blind5a` on 2026-12-04 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- om en hemlighet, utan att ge någon
    T(
        "text",
        "decoy",
        "Vi ringer aldrig och ber om din kod",
        """Hej {F:name},

just nu ringer bedragare och utger sig för att vara från Bergslagens Sparbank.

Kom ihåg: vi ber dig aldrig att legitimera dig med BankID, lämna ut din kortkod eller läsa upp
en engångskod när vi ringer dig. Om någon gör det, lägg på och ring oss på {D:phone}.

Vänliga hälsningar
Bergslagens Sparbank""",
    ),
    T(
        "html",
        "decoy",
        "Din personliga kod har ändrats",
        """<p>Hej {F:name},</p>
<p>Den personliga koden till din mobilbank ändrades {D:date} kl. {D:time}.</p>
<p>Om det var du behöver du inte göra något. Känner du inte igen ändringen, ring oss direkt på {D:phone} så spärrar vi appen.</p>
<p>Kundnummer {D:custno}</p>""",
    ),
    T(
        "br",
        "decoy",
        "Ditt nya kort är på väg",
        """Hej {F:name},
ditt nya bankkort skickades {D:date} och kommer med posten inom några dagar.
Vi skickar ingen PIN-kod på papper längre. Koden visas i appen under Kort > Visa PIN-kod i 14 dagar efter att kortet aktiverats.

Har du inte fått kortet inom en vecka? Ring kortservice på {D:phone}.
Försändelse {D:tracking}""",
    ),
    T(
        "table",
        "decoy",
        "Ditt lösenord går snart ut",
        """Lösenordet till ditt konto hos Region Västmanland går snart ut.

Användarnamn | {F:name}.anstalld
Senast ändrat | {D:date}
Går ut | {D:date2} kl. {D:time}
Byt lösenord | Ctrl+Alt+Del > Ändra lösenord

Efter att lösenordet gått ut kommer du inte åt mejlen, Teams eller verksamhetssystemen.""",
    ),
    T(
        "blocks",
        "decoy",
        "Ditt paket ligger i ett paketskåp",
        """Hej {F:name}! Ditt paket {D:tracking} har levererats till ett paketskåp.
Paketskåp | {F:street}, {F:city}
Fack | {D:roomno}
Hämta senast | {D:date}
Upplåsningskoden visas i appen först när du står vid skåpet och har slagit på Bluetooth. Den skickas inte med sms.""",
    ),
    T(
        "text",
        "decoy",
        "Återställ ditt lösenord",
        """Hej {F:name},

vi har fått en begäran om att återställa lösenordet till ditt konto på Skolportalen.

Välj ett nytt lösenord via länken nedan. Länken fungerar en gång och gäller i 30 minuter:
https://skolportalen.example/aterstall?begaran=exempel

Har du inte bett om detta kan du bortse från mejlet. Ditt nuvarande lösenord fortsätter att gälla.

Skolportalen, Barn- och utbildningsförvaltningen""",
    ),
    T(
        "html",
        "decoy",
        "Vi har skickat en engångskod",
        """<p>Hej {F:name},</p>
<p>Vi har precis skickat en engångskod med sms till numret som slutar på {D:amount}.</p>
<p>Koden gäller i 10 minuter. Hinner den gå ut, gå tillbaka till inloggningen och välj <em>Skicka ny kod</em>.</p>
<p>Har du inte bett om någon kod? Byt lösenord och kontakta kundtjänst på {D:phone}.</p>
<p>Trygghetsförsäkringar i Norr</p>""",
    ),
    T(
        "br",
        "decoy",
        "Din bokning på Padelcenter Syd",
        """Hej {F:name}!
Du har bokat bana 3 {D:date} kl. {D:time}. Bokningsnummer {D:order}, pris {D:price}.

Dörren till hallen öppnas med koden som står på bokningen i appen. Den blir synlig en kvart före din starttid.
Glöm inte att avboka senast 24 timmar innan om du inte kan komma.

Padelcenter Syd""",
    ),
    T(
        "table",
        "decoy",
        "Ditt ärende om ny kod till telefonbanken",
        """Tack för att du kontaktade oss. Så här ligger ditt ärende till.

Ärendenummer | {D:caseno}
Ärende | Ny personlig kod till telefonbanken
Mottaget | {D:date} kl. {D:time}
Status | Väntar på din underskrift

När vi har fått underskriften väljer du en ny kod tillsammans med en rådgivare i telefon.""",
    ),
    T(
        "text",
        "decoy",
        "Din aktiveringskod skickas med post",
        """Hej {F:name},

tack för att du har anmält dig till e-tjänsten Mina Fastigheter.

För att slutföra behöver du aktiveringskoden som vi skickar med post till din folkbokföringsadress.
Brevet skickades {D:date} och koden gäller i 90 dagar. Har det inte kommit inom en vecka,
ring {D:phone}.

Ärendenummer: {D:ref}
Postnummer: {D:postcode}""",
    ),
    T(
        "html",
        "decoy",
        "Så byter du larmkod",
        """<p>Hej {F:name},</p>
<p>Vid installationen av ditt larm (centralenhet {D:serial}) fick du välja en egen larmkod.</p>
<p>Vill du byta den gör du det i appen under <em>Inställningar &gt; Användare</em>. Välj gärna något annat än ditt födelseår,
och berätta aldrig koden för någon som ringer och säger sig vara från oss.</p>
<p>Kundnummer {D:custno}<br>Tryggt Hem Larm</p>""",
    ),
    T(
        "blocks",
        "decoy",
        "Tack för ditt köp av presentkort",
        """Tack för din beställning {D:order}!
Presentkortets värde | {D:price}
Betalt | {D:date}
Koden till presentkortet skickas i ett separat mejl till mottagaren när betalningen är godkänd. Det brukar ta några minuter.""",
    ),
    T(
        "text",
        "decoy",
        "Ny upplåsning i bilpoolen",
        """Hej {F:name},

från {D:date} låser du upp bilpoolens bilar med appen i stället för med kod på rutan.
Den fyrsiffriga kod du har använt hittills slutar då att gälla, och du behöver inte spara den.

Medlemsnummer {D:custno}
Bilpoolen Söder, {F:city}""",
    ),
    T(
        "br",
        "decoy",
        "Hittar du inte PUK-koden?",
        """Hej {F:name},
PIN- och PUK-koden står på plastkortet som ditt SIM-kort satt i.
Har du slängt det hittar du PUK-koden på Mina sidor under Abonnemang > SIM-kort, eller genom att ringa {D:phone} från en annan telefon.

Gissa inte: efter tio felaktiga försök måste SIM-kortet bytas.
Kundnummer {D:custno}""",
    ),
    T(
        "table",
        "decoy",
        "Så når du IT-supporten",
        """Välkommen till Lindqvist & Berg! Här är kontaktvägarna om något krånglar.

IT-support | {D:phone}
Lösenordsbyte | anknytning {D:roomno}
Ditt första ärende | {D:caseno}
Öppettider | vardagar 8–17

Ditt lösenord till nätverket får du av din chef på plats första dagen.""",
    ),
    T(
        "html",
        "decoy",
        "Din engångskod har spärrats",
        """<p>Hej {F:name},</p>
<p>Engångskoden till ditt konto hos Betalpartner spärrades kl. {D:time} efter tre felaktiga försök.</p>
<p>Du kan begära en ny kod om 15 minuter. Ingen annan kan se koden, och vår kundtjänst kommer aldrig att fråga efter den.</p>
<p>Referens {D:ref}</p>""",
    ),
    # --- ingen hemlighet alls, många siffror
    T(
        "text",
        "none",
        "Din resa Göteborg–Stockholm",
        """Hej {F:name},

tack för att du reser med oss.

Bokningsnummer: {D:pnr}
Avgång: {D:date} kl. {D:time}, vagn 5, plats 42
Totalt: {D:price}

Visa biljetten i appen eller som utskrift.
Kundservice {D:phone}""",
    ),
    T(
        "html",
        "none",
        "Din elfaktura",
        """<h3>Faktura för november</h3>
<table>
<tr><td>Fakturanummer</td><td>{D:invoice}</td></tr>
<tr><td>OCR-nummer</td><td>{D:ref}</td></tr>
<tr><td>Att betala</td><td>{D:price}</td></tr>
<tr><td>Förfallodag</td><td>{D:date}</td></tr>
</table>
<p>Betalar du från utlandet, använd {D:iban}.</p>""",
    ),
    T(
        "br",
        "none",
        "Påminnelse om din tid på vårdcentralen",
        """Hej {F:name},
du har en tid hos distriktssköterskan {D:date} kl. {D:time}.
Vårdcentralen Linden, {F:street}, {D:postcode} {F:city}.

Av- och omboka senast dagen innan på {D:phone}. Uteblivet besök debiteras {D:price}.""",
    ),
    T(
        "table",
        "none",
        "Din order har skickats",
        """Nu är din order från {F:shop} på väg.

Ordernummer | {D:order}
Kolli-ID | {D:tracking}
Totalt | {D:price}
Leveranspostnummer | {D:postcode}

Du får ett sms när paketet går att hämta.""",
    ),
    T(
        "blocks",
        "none",
        "Ditt boendeparkeringstillstånd är förnyat",
        """Hej {F:name}, ditt tillstånd för boendeparkering har förnyats.
Tillståndsnummer | {D:caseno}
Gäller till | {D:date}
Betalt | {D:price}
Du behöver inte lägga något papper i rutan: parkeringsvakterna kontrollerar registreringsnumret.""",
    ),
    T(
        "text",
        "none",
        "Din hemförsäkring förnyas",
        """Hej {F:name},

din hemförsäkring förnyas {D:date}.

Försäkringsnummer: {D:custno}
Ny årspremie: {D:price}
Självrisk: {D:price2}

Är allt som det ska behöver du inte göra något. Vill du ändra något, ring {D:phone}.""",
    ),
    T(
        "table",
        "none",
        "Bekräftelse på däckbyte",
        """Tack för din bokning, {F:name}.

Arbetsorder | {D:caseno}
Datum | {D:date}
Lämna bilen | senast kl. {D:time}
Däckhotell, plats | {D:roomno}

Bilverkstan i {F:city}, {D:phone}""",
    ),
    # --- svåra: värdet utan tydligt nyckelord, bestämd form, värdet på annat ställe
    T(
        "text",
        "hard",
        "Slutför aktiveringen av appen",
        """Hej {F:name},

du är nästan klar. Öppna Bergslagens Sparbanks app i din nya telefon och knappa in {S:otp}
när appen ber om det.

Det fungerar bara i telefonen där du började, och bara i en kvart till.
Har du inte bytt telefon? Ring oss på {D:phone}.""",
    ),
    T(
        "br",
        "hard",
        "Sv: kommer inte in i lönesystemet",
        """Hej {F:name},
jag har återställt ditt konto i lönesystemet som vi sa i telefon.
Det tillfälliga blir {S:pw}, och du får byta till ett eget direkt när du har loggat in.

Ärende {D:caseno} är nu stängt.
Karin, HR-system""",
    ),
    T(
        "html",
        "hard",
        "Hämta din beställning",
        """<p>Hej {F:name},</p>
<p>Din beställning {D:order} ligger nu i vår hämtbox utanför butiken på {F:street}. Koden som öppnar luckan står längst ner i det här mejlet.</p>
<p>Beställningen ligger kvar till {D:date}, sedan skickas den tillbaka.</p>
<p>Tack för att du handlar hos {F:shop}!</p>
<hr>
<p style="font-size:26px;letter-spacing:4px;text-align:center">{S:pin}</p>""",
    ),
    T(
        "text",
        "hard",
        "Körens notbank",
        """Hej alla sångare!

Vi har bytt inloggning till körens notbank inför vårterminen. Användarnamnet är som förut,
men lösenordet är nu {S:pwword}. Dela det inte utanför kören.

Hälsningar {F:name}, körledare""",
    ),
    T(
        "table",
        "hard",
        "Ditt förråd är klart",
        """Välkommen till Förrådshotellet i {F:city}, {F:name}.

Förråd | {D:roomno}
Adress | {F:street}
Grindens knappsats | {S:pin6}
Öppettider | 06–22

Slå siffrorna vid grinden och tryck på den gröna knappen.""",
    ),
    T(
        "blocks",
        "hard",
        "Ditt larm är installerat",
        """Hej {F:name}, ditt nya larm är installerat och i drift.
Din personliga larmkod | {S:pin}
Installatörens ordernummer | {D:caseno}
Slå koden och tryck på bocken för att larma på eller av.""",
    ),
    T(
        "text",
        "hard",
        "{S:otp} är din inloggningskod",
        """Hej {F:name},

logga in på Mina vårdkontakter Nord med siffrorna i ämnesraden.
De slutar gälla tio minuter efter att det här mejlet skickades.

Har du inte försökt logga in kan du bortse från mejlet.""",
    ),
    T(
        "html",
        "hard",
        "Du har fått ett presentkort!",
        """<h2>{F:name}, någon har skickat en present till dig!</h2>
<p>Du har fått ett digitalt presentkort värt {D:price} från Gallerian Kvarnen.</p>
<table style="border:1px solid #ccc">
<tr><td>Presentkortsnummer</td><td>{S:card}</td></tr>
<tr><td>Kontrollsiffror</td><td>{S:pin}</td></tr>
</table>
<p>Använd det i gallerians butiker senast {D:date}.</p>""",
    ),
    T(
        "br",
        "hard",
        "Nytt lås på bryggrinden",
        """Hej medlemmar,
hänglåset på bryggrinden klipptes förra veckan, så vi har satt upp ett kodlås.
Från och med lördag går det upp på {S:pin}.
Snurra gärna på hjulen när ni har låst, och skriv inte siffrorna på grinden.

Nästa styrelsemöte: {D:date} kl. {D:time} i klubbhuset.
Båtklubben Norrviken""",
    ),
    T(
        "text",
        "hard",
        "Trådlöst nätverk under konferensen",
        """Hej {F:name},

välkommen till Konferensgården Lotsen. Ni sitter i sal {D:roomno}.

Anslut till nätverket "Lotsen-Gast" och skriv {S:phrase} när enheten frågar.
Frukosten serveras från kl. {D:time} i matsalen.

Receptionen""",
    ),
    T(
        "table",
        "hard",
        "Ditt nya SIM-kort",
        """Ditt nya SIM-kort är på väg, {F:name}.

Mobilnummer | {D:phone}
PIN-koden | {S:pin}
PUK-koden | {S:puk}
Order | {D:order}

Spara mejlet: den andra koden behöver du om kortet någon gång spärras.""",
    ),
    T(
        "blocks",
        "hard",
        "Bekräfta din e-postadress",
        """Hej {F:name}, tack för att du registrerade dig på Friskvårdshuset.
Skriv in detta på registreringssidan
{S:otpg}
Det fungerar en gång och bara i 20 minuter.
Medlemsnummer | {D:custno}""",
    ),
    T(
        "html",
        "hard",
        "Din säkerhetsfråga har uppdaterats",
        """<p>Hej {F:name},</p>
<p>Du ändrade {D:date} säkerhetsfrågan för ditt konto hos Pensionsbolaget Trygg.</p>
<p>Vi har sparat <strong>{S:answer}</strong> som svar på den säkerhetsfråga du valde.
Vi frågar efter det när du ringer oss på {D:phone}.</p>
<p>Har du inte gjort ändringen, ring oss direkt.</p>""",
    ),
    T(
        "text",
        "hard",
        "Sv: kommer inte in genom sidodörren",
        """Hej {F:name},

ledsen för i morse. Vaktmästaren bytte koden till sidodörren i helgen, nu är det {S:pin}
följt av fyrkant. Din plats är fortfarande {D:roomno} på plan två.

> Jag testade den gamla koden två gånger och det bara piper.

Hälsningar Tomas, kontorschef""",
    ),
    T(
        "br",
        "hard",
        "Lös in ditt spel",
        """Tack för din beställning {D:order}, {F:name}!
Lägg till spelet i ditt bibliotek: öppna butiken på konsolen, välj Lös in och skriv in:
{S:akey}

Det går bara att använda en gång och fungerar bara i konsolens region.
Totalt på kvittot: {D:price}""",
    ),
    T(
        "table",
        "hard",
        "Välkommen som anställd",
        """Välkommen till Lindqvist & Berg, {F:name}. Det här har vi registrerat i lönesystemet.

Anställningsnummer | {D:custno}
Pers.nr | {S:nid}
Första arbetsdag | {D:date}
Lönekonto | {D:iban}

Hör av dig senast på fredag om något inte stämmer.""",
    ),
    T(
        "blocks",
        "hard",
        "Ditt virtuella kort är klart",
        """Ditt virtuella betalkort är klart att använda på nätet, {F:name}.
Nummer | {S:card}
Giltigt till | 11/29
Kortets tre siffror på baksidan ser du i appen under Kort > Visa uppgifter.""",
    ),
    T(
        "html",
        "hard",
        "Telefonbanken är aktiverad",
        """<p>Hej {F:name},</p>
<p>Tack för att du har aktiverat telefonbanken hos Bergslagens Sparbank.</p>
<p>När du ringer {D:phone} frågar den automatiska tjänsten först efter ditt kundnummer ({D:custno}) och sedan efter de här siffrorna:</p>
<p style="font-size:22px"><b>{S:pin6}</b></p>
<p>Du kan byta dem genom att trycka 3 i huvudmenyn.</p>""",
    ),
    T(
        "text",
        "hard",
        "Ditt lånecykelkort är aktiverat",
        """Hej {F:name},

din säsong med Stadscykeln gäller till {D:date}.

För att låna en cykel slår du {S:pin} på ställets knappsats eller blippar ditt kort, och drar
sedan ut cykeln när lampan lyser grönt.

Frågor? {D:phone}""",
    ),
    T(
        "blocks",
        "hard",
        "Nya koder i studentkorridoren",
        """Hej alla i korridor B! Koderna byts {D:date}.
Entrén | {S:pin}
Soprummet och cykelförrådet | {S:pin2}
Ge dem inte till budfirmor, be dem ringa på porttelefonen i stället. Studentbostäder {D:phone}.""",
    ),
    T(
        "br",
        "hard",
        "Din bokning av bygdegården",
        """Hej {F:name},
tack för att du har bokat Bygdegården Åsen {D:date} från kl. {D:time}. Faktura {D:invoice} bifogas.
Nyckeln hänger i nyckelskåpet till vänster om sidodörren. Kombinationen hittar du sist i mejlet.

Häng tillbaka nyckeln när du går och snurra på hjulen.
Föreningens uthyrningsansvariga

{S:pin}""",
    ),
    T(
        "text",
        "hard",
        "Bilen är bokad",
        """Hej {F:name},

din bokning i bilpoolen {D:date} kl. {D:time} är bekräftad. Bilen står på plats {D:roomno} i garaget.

Väl framme: tryck {S:pin6} och sedan OK på dosan innanför vindrutan, så låses bilen upp.

Bilpoolen Söder""",
    ),
    T(
        "html",
        "hard decoy",
        "Godkänn inloggningen",
        """<p>Hej {F:name},</p>
<p><strong>Lämna aldrig ut det här till någon som ringer dig, inte ens om personen säger att den ringer från Betalpartner.</strong></p>
<p style="font-size:24px">{S:otp}</p>
<p>Skriv in det på inloggningssidan för att fortsätta. Har du inte försökt logga in, byt lösenord.</p>""",
    ),
    # --- lätta
    T(
        "text",
        "easy",
        "Ny PIN-kod till ditt kort",
        """Hej {F:name},

du bad om din PIN-kod som säkert meddelande.

PIN-kod: {S:pin}

Lär dig den utantill och radera meddelandet. Kort: {D:masked}
Bergslagens Sparbank""",
    ),
    T(
        "br",
        "easy",
        "Din verifieringskod",
        """Hej {F:name},
din verifieringskod är: {S:otp}
Ange den inom 10 minuter för att logga in på Mina vårdkontakter Nord.""",
    ),
    T(
        "table",
        "easy",
        "Ditt gästkonto på biblioteket",
        """Här är ditt gästkonto för universitetsbibliotekets datorer.

Användarnamn | gast{D:amount}
Lösenord | {S:pw}
Gäller till | {D:date}""",
    ),
    T(
        "blocks",
        "easy",
        "Din PUK-kod",
        """Hej {F:name}, här är koden för att låsa upp ditt SIM-kort.
PUK-kod | {S:puk}
Nummer | {D:phone}
Ange koden när telefonen frågar efter PUK, och välj sedan en ny PIN-kod.""",
    ),
]
