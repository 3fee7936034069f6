"""Batch 3, Norwegian (bokmål). Written by helper `blind3` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- about a secret, giving none
    T("text", "decoy", "Passordet ditt er endret",
      """Hei {F:name},

passordet til nettbanken din ble endret {D:date} kl. {D:time}.
Var det deg, trenger du ikke gjøre noe.
Kjenner du ikke igjen endringen, ring oss straks på {D:phone} (åpent hele døgnet).

Med vennlig hilsen
Kundeservice
Fjordbanken ASA, org.nr. {D:caseno} {D:amount}, {F:city}"""),
    T("html", "decoy", "Slik avslører du svindel",
      """<p>Hei {F:name},</p>
<p>Svindlere ringer nå og later som de er fra banken. Vi ber deg <b>aldri</b> om å:</p>
<ul><li>oppgi passordet eller PIN-koden din,</li><li>logge inn med BankID mens vi snakker med deg,</li><li>lese opp en engangskode fra en SMS.</li></ul>
<p>Er du i tvil, legg på og ring {D:phone}.</p>"""),
    T("br", "decoy", "Det nye kortet ditt er på vei",
      """Hei {F:name},
det nye kortet som slutter på {D:masked} ble sendt {D:date}.
PIN-koden er den samme som før.
Har du glemt den, finner du den i appen under Kort > Vis PIN.

Spørsmål? Ring {D:phone}."""),
    T("table", "decoy", "Passordet utløper snart",
      """Passordet til jobb-PC-en din utløper snart. Bytt det før datoen nedenfor.

Bruker | {F:name}
Sist byttet | {D:date}
Utløper | {D:date2}
Dager igjen | {D:amount}"""),
    T("blocks", "decoy", "PIN-koden kommer i eget brev",
      """Takk for at du valgte oss.

Kort | {D:masked}
Sendt | {D:date}

Av sikkerhetshensyn sendes PIN-koden i et eget brev innen fem virkedager. Ikke oppbevar kortet og koden sammen."""),
    T("text", "decoy", "Tilbakestill passordet",
      """Hei {F:name},

vi har fått en forespørsel om å tilbakestille passordet til kontoen din hos {F:shop}.
Trykk på lenken nedenfor for å velge et nytt. Lenken gjelder i én time.

https://konto.example.no/tilbakestill?t=4m8x

Var det ikke deg, kan du se bort fra e-posten. Passordet forblir uendret."""),
    T("html", "decoy", "Ny innlogging fra {D:date}",
      """<p>Hei,</p>
<p>Fra {D:date} godkjenner du kjøp på nett i appen i stedet for med kode på SMS.</p>
<p>Du trenger ikke finne på noe nytt passord.</p>
<p>Kundenummer {D:custno}</p>"""),
    T("text", "decoy", "SIM-kortet ditt er sperret",
      """Hei {F:name},

SIM-kortet ditt ble sperret etter tre feil forsøk med PIN-koden.
For å låse det opp trenger du PUK-koden. Den finner du på Min side under Abonnement, eller på plastkortet SIM-kortet satt i.
Ikke gjett: etter ti feil forsøk sperres kortet for godt.

Kundenummer {D:custno}"""),
    T("br", "decoy", "Ny pålogging på kontoen din",
      """Noen logget inn på kontoen din {D:date} kl. {D:time} fra en ny enhet i {F:city}.
Var det deg, kan du se bort fra denne meldingen.
Hvis ikke: bytt passordet nå og slå på totrinnsbekreftelse.
Vi spør aldri etter bekreftelseskoden din.

Sak {D:ref}"""),
    T("table", "decoy", "Pålogging i Visma for foresatte",
      """Hei foresatt,

påmelding til foreldresamtaler åpner {D:date}. Logg inn med ID-porten eller med brukernavnet og passordet fra brevet i august.

Glemt passord? | Velg Glemt passord på innloggingssiden
Hjelp | Skolekontoret {D:phone}
Elevnummer | {D:caseno}"""),
    T("text", "decoy", "Sv: Får ikke logget inn",
      """Hei {F:name},

jeg har låst opp kontoen, så nå kan du logge inn med det vanlige passordet ditt igjen.
Vi sender aldri passord på e-post, og vi kan heller ikke se dem.

Saksnummer {D:ref}

> {D:date} skrev {F:name}:
> Passordet virker ikke, og kontoen er låst. Kundenr {D:custno}.

Hilsen
Brukerstøtte"""),
    T("blocks", "decoy", "Endring i kontoopplysningene",
      """Opplysningene dine er oppdatert.

Endring | Passord byttet
Tidspunkt | {D:date} {D:time}

Var det ikke deg? Ring {D:phone}."""),
    T("text", "decoy", "Nye koder til porten",
      """Hei {F:name},

portkodene i borettslaget byttes {D:date}. De nye kodene deles ut i postkassene, de sendes ikke på e-post.

Styret, Granbakken borettslag
Org.nr. {D:caseno} {D:amount}"""),
    T("html", "decoy", "Sikkerhetskoden på kortet",
      """<p>Hei {F:name},</p>
<p>Sikkerhetskoden (CVC) står på baksiden av kortet. Vi spør aldri etter den på e-post eller telefon.</p>
<p>Kort {D:masked}</p>"""),
    # --- no secret
    T("text", "none", "Ordrebekreftelse {D:order}",
      """Hei {F:name},

takk for bestillingen!

1 stk Ullsokker, str. 38-40   {D:price}
Frakt til hentested   {D:price2}

Ordrenummer: {D:order}
Bestilt: {D:date} {D:time}
Leveringsadresse: {F:street}, {D:postcode} {F:city}

{F:shop} AS, org.nr. {D:caseno} {D:amount} MVA"""),
    T("table", "none", "Faktura {D:invoice}",
      """Her er fakturaen din.

Fakturanummer | {D:invoice}
Forfallsdato | {D:date}
Å betale | {D:price}
IBAN | {D:iban}
KID | {D:ref}"""),
    T("br", "none", "Pakken din er kommet",
      """Hei {F:name},
sendingen {D:tracking} er kommet til hentestedet ditt i {F:city}.
Hent den innen {D:date}.
Ta med gyldig legitimasjon."""),
    T("html", "none", "Bekreftelse på time",
      """<p>Hei {F:name},</p>
<table><tr><td>Dato</td><td>{D:date}</td></tr><tr><td>Tid</td><td>{D:time}</td></tr><tr><td>Rom</td><td>{D:roomno}</td></tr></table>
<p>Avbestilling senest dagen før på {D:phone}.</p>"""),
    T("blocks", "none", "Reisen din er bestilt",
      """Takk for bestillingen.

Referanse | {D:pnr}
Avreise | {D:date} {D:time}
Totalt | {D:price}"""),
    T("text", "none", "Strømregning",
      """Hei {F:name},
fakturaen din for perioden til og med {D:date} er på {D:price}.
Den trekkes med AvtaleGiro {D:date2}.
Målepunkt-ID: {D:caseno}
Kundenummer: {D:custno}"""),
    # --- hard
    T("text", "hard", "Fullfør innloggingen",
      """Hei {F:name},

skriv inn dette i appen for å fullføre innloggingen:

{S:otp}

Gjelder i ti minutter."""),
    T("html", "hard", "{S:otp} er koden din",
      """<p>Bruk koden i emnefeltet for å logge inn hos {F:shop}.</p>
<p>Den gjelder i 15 minutter. Del den aldri.</p>"""),
    T("br", "hard", "Brukerkontoen din på jobb",
      """Hei {F:name},
brukernavnet ditt er ansattnummeret {D:caseno}.
Det midlertidige passordet er {S:pw}
Du må bytte det første gang du logger inn.

IT-støtte, internnummer {D:amount}"""),
    T("table", "hard", "Velkommen til hytta",
      """Vi gleder oss til å se deg {D:date}.

Innsjekk fra | {D:time}
Adresse | {F:street}, {F:city}
Nøkkelboksen | {S:pin}
Bestilling | {D:pnr}"""),
    T("blocks", "hard", "Pakken venter i pakkeboksen",
      """Pakken din ligger i pakkeboksen.

Hent innen | {D:date}
Opplåsingskode | {S:otpg}"""),
    T("text", "hard", "Innstillinger for ruteren",
      """Hei {F:name},

ruteren din er på vei. Administratorpassordet finner du her under, ta vare på det.

    {S:pw}

Ordre {D:order}, kundenummer {D:custno}"""),
    T("html", "hard", "Aktiver kortet ditt",
      """<p>Hei {F:name},</p>
<p>Aktiver kortet som slutter på {D:masked} ved å ringe {D:phone} og taste</p>
<p style="font-size:20px"><b>{S:otpg}</b></p>
<p>når du blir bedt om det.</p>"""),
    T("br", "hard", "Biblioteket: nytt passord",
      """Hei {F:name},
vi har tilbakestilt lånekontoen din.
Det nye passordet ditt er {S:pwword}
Bytt det neste gang du logger inn.

Lånekort {D:custno}"""),
    T("table", "hard", "Adgangskort og dørkode",
      """Velkommen til {F:street}. Plassen din er i 3. etasje.

Dørkoden | {S:pin6}
Pult | {D:roomno}
Startdato | {D:date}"""),
    T("text", "hard", "Kontoen din er klar",
      """Hei {F:name},

logg inn med kundenummer {D:custno} og følgende:

{S:pw}

Det virker bare én gang."""),
    T("blocks", "hard", "Opplysninger om SIM-kortet",
      """Her er opplysningene til det nye SIM-kortet ditt.

Telefonnummer | {D:phone}
PIN-koden | {S:pin}
PUK-koden | {S:puk}"""),
    T("text", "hard", "Lønnssystemet: første innlogging",
      """Hei {F:name},

brukernavnet er ansattnummeret ditt {D:caseno}. Passordet er {S:pwword}, med små bokstaver.

HR, {F:city}"""),
    T("br", "hard", "Sikkerhetsspørsmålet er lagret",
      """Hei {F:name},
du valgte spørsmålet «Hva het ditt første kjæledyr?»
Svaret er {S:answer}
Du kan endre det under Innstillinger.

Kundenummer {D:custno}"""),
    T("html", "hard", "Koden til boden",
      """<p>Hei {F:name}, bod nummer {D:roomno} er klar fra {D:date}.</p>
<p>Koden til hengelåsen er <b>{S:pin}</b>, og wifi-passordet er <b>{S:pwword}</b>.</p>"""),
    T("text", "hard", "Flytt nummeret ditt",
      """Hei {F:name},

gi den gamle operatøren din denne koden:
{S:otpg}

Når det nye SIM-kortet kommer, låser du det opp med {S:pin}.
Flyttedato {D:date}, ordre {D:order}."""),
    T("blocks", "hard", "Engangskoden din",
      """Bruk den innen fem minutter.

Koden | {S:otp}
Saksnummer | {D:caseno}"""),
    T("text", "hard", "Sv: kontoen er låst",
      """Hei {F:name},

jeg har tilbakestilt den. Det midlertidige passordet står nedenfor.

{S:pw}

Hilsen
Jakob, Servicedesk

> Fra: {F:name}
> Sendt: {D:date} {D:time}
> Jeg kommer ikke inn, kundenummeret mitt er {D:custno}."""),
    T("br", "hard", "Kontroll av fødselsnummer",
      """Hei {F:name},
vi har kontrollert opplysningene dine. Fødselsnummeret vi har registrert, er {S:nid}
Ta kontakt hvis noe er feil.

Sak {D:ref}"""),
    T("table", "hard", "Parkeringstillatelse",
      """Tillatelsen din gjelder fra {D:date}.

Bommens kode | {S:pin}
Tillatelse nr. | {D:roomno}"""),
    T("text", "hard", "Lisensnøkkelen din",
      """Hei {F:name},

takk for kjøpet. Programmet aktiveres med nøkkelen nedenfor:

{S:akey}

Ordre {D:order}"""),
    # --- easy
    T("text", "easy", "PIN-koden din",
      """Hei {F:name},

PIN-kode: {S:pin}

Kort {D:masked}."""),
    T("table", "easy", "Konto opprettet",
      """Velkommen!

Brukernavn | {F:name}
Passord | {S:pw}
Kundenummer | {D:custno}"""),
    T("html", "easy", "Bekreftelseskode",
      """<p>Bekreftelseskoden din er {S:otp}.</p><p>Den gjelder til kl. {D:time}.</p>"""),
]
