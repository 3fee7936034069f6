"""Batch 5, Norwegian (bokmål). Written by helper `blind5b` on 2026-12-04 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- about a secret, giving none
    T(
        "text",
        "decoy",
        "PIN-koden i Vipps er endret",
        """Hei {F:name},

PIN-koden du bruker for å åpne Vipps, ble endret {D:date} kl. {D:time} på en iPhone.
Kjenner du deg igjen, trenger du ikke gjøre noe.
Var det ikke deg, ring oss straks på {D:phone}, så sperrer vi appen.

Vennlig hilsen
Kundeservice""",
    ),
    T(
        "html",
        "decoy",
        "Skatteetaten sender aldri lenker for å logge inn",
        """<p>Hei,</p>
<p>Det går falske e-poster i Skatteetatens navn om «tilbakebetaling av skatt». Vi ber deg aldri
oppgi kortnummer, BankID-passord, engangskoder eller PIN-koder på e-post, SMS eller telefon.</p>
<p>Har du oppgitt slike opplysninger, kontakt banken din med en gang og oppgi saksnummer
{D:caseno} når du melder fra til oss.</p>
<p>Med vennlig hilsen<br>Skatteetaten</p>""",
    ),
    T(
        "br",
        "decoy",
        "Nytt SIM-kort er på vei",
        """Hei {F:name},
vi har sendt det nye SIM-kortet ditt med Posten, sendingsnummer {D:tracking}.
Du beholder den samme PIN-koden som på det gamle kortet.
Har du glemt den, kan du bytte den under Innstillinger > Mobilnett på telefonen.

Ordrenummer {D:order}
Hilsen Fjordmobil""",
    ),
    T(
        "table",
        "decoy",
        "Innlogging til Helsenorge",
        """Du har bedt om å logge inn med engangskode på SMS.

Sendt til | nummer som slutter på {D:amount}
Gyldig i | 10 minutter
Forsøk igjen | 2 av 3

Har du ikke fått koden, kan du velge «Send ny kode». Koden skal aldri gis til andre.""",
    ),
    T(
        "blocks",
        "decoy",
        "Velkommen til Hotell Havnekanten",
        """Kjære {F:name},

Bestilling | {D:pnr}
Rom | {D:roomno}
Trådløst nett | Passordet står på kortet du får i resepsjonen

Frokost serveres fra kl. {D:time} i 1. etasje.""",
    ),
    T(
        "text",
        "decoy",
        "Slik låser du opp bysykkelen",
        """Hei!

Takk for at du har kjøpt sesongpass hos Bybanesykkel. Du trenger ingen kode for å låse opp:
velg stativ og sykkel i appen, så åpner låsen seg i løpet av noen sekunder.
Sesongpasset gjelder til {D:date}, og kvitteringen har nummer {D:invoice}.

Spørsmål? Ring {D:phone} hverdager kl. 08-16.""",
    ),
    T(
        "html",
        "decoy",
        "Pakken din er på vei til pakkeboksen",
        """<h3>Snart klar for henting</h3>
<p>Pakken med sendingsnummer <b>{D:tracking}</b> er på vei til pakkeboksen i {F:shop}, {F:street}.</p>
<p>Når den er lagt inn, får du en SMS med hentekoden. Hentekoden finner du også i Posten-appen.</p>
<p>Pakken kan hentes til og med {D:date}.</p>""",
    ),
    T(
        "br",
        "decoy",
        "Husk å bytte alarmkoden",
        """Hei {F:name},
alarmen hos deg ble installert {D:date}, og den står fortsatt med koden montøren satte.
Vi anbefaler at du velger en egen kode i appen under Brukere > Endre kode.
Ikke del alarmkoden med håndverkere; lag heller en midlertidig bruker til dem.

Kundenummer {D:custno}
Vakthold Alarm AS""",
    ),
    T(
        "table",
        "decoy",
        "Bankkortet ditt fornyes",
        """Hei {F:name}, kortet ditt går snart ut.

Kort | {D:masked}
Utløper | {D:date}
Nytt kort sendes | {D:date2}
PIN-kode | Den samme som i dag

Det gamle kortet klipper du i to når det nye er aktivert.""",
    ),
    T(
        "blocks",
        "decoy",
        "Passordet ditt ved universitetet må byttes",
        """Melding fra IT-avdelingen ved universitetet

Bytt passordet innen | {D:date}
Minste lengde | 14 tegn
Her bytter du det | Min konto, under Sikkerhet

Etter fristen blir brukeren din sperret til du har vært innom IT-hjelpen, rom {D:roomno}.""",
    ),
    T(
        "text",
        "decoy",
        "Passord forsvinner fra Ruter-appen",
        """Hei {F:name},

fra {D:date} logger du ikke lenger inn i appen med passord. Du bruker i stedet en kode som vi sender
på SMS hver gang, eller du logger inn med Vipps.
Det gamle passordet ditt blir slettet, så du trenger ikke huske det.

Kundenummer {D:custno}
Ruter kundesenter, {D:phone}""",
    ),
    T(
        "html",
        "decoy",
        "Tilbakestill passordet til spillkontoen",
        """<p>Hei,</p>
<p>Vi har fått en forespørsel om å tilbakestille passordet til spillkontoen med kundenummer {D:custno}.</p>
<p><a href="https://konto.example.no/reset">Velg nytt passord</a> – lenken er gyldig i 30 minutter.</p>
<p>Har du ikke bedt om dette, kan du se bort fra e-posten. Passordet ditt er ikke endret.</p>""",
    ),
    T(
        "br",
        "decoy",
        "Tilgangen er midlertidig sperret",
        """Hei {F:name},
du skrev feil engangskode tre ganger da du logget inn hos oss {D:date} kl. {D:time}.
Av sikkerhetshensyn er tilgangen stengt i én time. Deretter kan du prøve igjen med en ny kode.

Referanse {D:ref}
Lånekassen""",
    ),
    T(
        "text",
        "decoy",
        "Første arbeidsdag mandag",
        """Hei {F:name},

velkommen til oss! Møt i resepsjonen kl. {D:time}, så følger vi deg opp til rom {D:roomno} i 3. etasje.
Brukernavn og startpassord får du av nærmeste leder når du kommer, ikke på e-post.
Ta med bankkontonummer og skattekort.

Ansattnummeret ditt blir {D:custno}.
Hilsen HR""",
    ),
    T(
        "table",
        "decoy",
        "Ladebrikken er sendt",
        """Takk for bestillingen av ladebrikke.

Brikkenummer | {D:serial}
Sendt | {D:date}
PIN-kode | trengs ikke, hold brikken mot laderen

Brikken kobles til kontoen din automatisk når den brukes første gang.""",
    ),
    T(
        "blocks",
        "decoy",
        "Velkommen om bord",
        """Takk for at du reiser med oss langs kysten.

Bestillingsreferanse | {D:pnr}
Lugar | {D:roomno}
Lugardøra | åpnes med lugarkortet du får ved innsjekking, ingen kode

Ombordstigning fra kl. {D:time}.""",
    ),
    # --- no secret at all
    T(
        "text",
        "none",
        "Ordrebekreftelse fra Elektrobutikken",
        """Hei {F:name},

takk for bestillingen! Ordrenummer: {D:order}

1 x Vaskemaskin 8 kg          {D:price}
Levering til dør              kr 349,-

Leveringsadresse: {F:street}, {D:postcode} {F:city}
Forventet levering: {D:date}

Spørsmål om bestillingen? Ring {D:phone}.""",
    ),
    T(
        "html",
        "none",
        "Faktura for strøm",
        """<p>Hei {F:name},</p>
<p>Her er fakturaen for strøm i forrige måned.</p>
<table><tr><td>Fakturanummer</td><td>{D:invoice}</td></tr>
<tr><td>Beløp</td><td>{D:price}</td></tr>
<tr><td>KID</td><td>{D:ref}</td></tr>
<tr><td>Forfall</td><td>{D:date}</td></tr></table>
<p>Kontonummer for betaling: {D:iban}</p>""",
    ),
    T(
        "br",
        "none",
        "Påminnelse om time hos tannlegen",
        """Hei {F:name},
vi minner om timen din hos Tannlegene på Torget {D:date} kl. {D:time}.
Adresse: {F:street}, {D:postcode} {F:city}.
Må du avbestille, ring {D:phone} senest 24 timer før.

Vennlig hilsen
Tannlegene på Torget""",
    ),
    T(
        "table",
        "none",
        "Reisebevis Oslo S – Bergen",
        """God tur!

Bestillingsnummer | {D:pnr}
Avgang | {D:date} kl. {D:time}
Vogn | 4
Sete | 57
Pris | {D:price}

Vis billetten i appen ved kontroll.""",
    ),
    T(
        "blocks",
        "none",
        "Pakken er klar til henting",
        """Pakken din har kommet fram.

Sendingsnummer | {D:tracking}
Hentested | {F:shop}, {F:street}
Hentes innen | {D:date}

Ta med legitimasjon.""",
    ),
    T(
        "text",
        "none",
        "Fornyelse av innboforsikringen",
        """Hei {F:name},

innboforsikringen din med polisenummer {D:custno} fornyes {D:date}.
Ny årspremie er {D:price}, og forsikringssummen er kr 1 500 000.
Du trenger ikke gjøre noe; premien trekkes med AvtaleGiro som før.

Saksnummer hos oss: {D:caseno}
Vestkyst Forsikring, {D:phone}""",
    ),
    T(
        "html",
        "none",
        "Eiendomsskatt og kommunale avgifter",
        """<p>Faktura {D:invoice} for 2. termin er klar i nettbanken.</p>
<ul><li>Vann og avløp: {D:price}</li><li>Renovasjon: {D:amount},00 kr</li></ul>
<p>Betal til konto {D:iban} med KID {D:ref} innen {D:date}.</p>
<p>Spørsmål om gebyrene: servicetorget, telefon {D:phone}.</p>""",
    ),
    # --- easy
    T(
        "text",
        "easy",
        "Engangskode fra Altinn",
        """Engangskoden din er {S:otp}.

Koden er gyldig i 5 minutter. Ikke del den med noen.""",
    ),
    T(
        "html",
        "easy",
        "PUK-kode",
        """<p>Hei {F:name},</p>
<p>Du har bedt om PUK-koden til mobilnummeret ditt. Din PUK-kode er <b>{S:puk}</b>.</p>
<p>Hilsen Fjordmobil kundeservice</p>""",
    ),
    T(
        "table",
        "easy",
        "Kontoen din hos Fjellsport er opprettet",
        """En av våre ansatte har opprettet en kundekonto for deg i butikken.

Brukernavn | e-postadressen din
Midlertidig passord | {S:pw}

Du blir bedt om å velge et nytt passord første gang du logger inn.""",
    ),
    T(
        "br",
        "easy",
        "Bekreft e-postadressen din",
        """Hei,
verifiseringskode: {S:otp}
Skriv inn koden på finn.no for å bekrefte e-postadressen din.""",
    ),
    # --- hard
    T(
        "text",
        "hard",
        "Bekreft e-postadressen hos Finn",
        """Hei {F:name},

bruk {S:otp} for å bekrefte den nye e-postadressen på kontoen din.
Bestilte du ikke dette, kan du se bort fra e-posten.

Annonse nr. {D:order}""",
    ),
    T(
        "html",
        "hard",
        "Logg inn i RuterBillett",
        """<p>Hei!</p>
<p>Koden er <strong>{S:otpg}</strong>. Den gjelder i 15 minutter og kan bare brukes én gang.</p>
<p>Kundenummer: {D:custno}</p>""",
    ),
    T(
        "br",
        "hard",
        "Velkommen som alarmkunde",
        """Hei {F:name},
takk for at du valgte Vakthold Alarm. Anlegget ble satt opp {D:date}.
Den personlige koden du skal bruke på alarmpanelet, står nederst i denne e-posten.
Bytt den gjerne i appen etter noen dager.

Kundenummer {D:custno}, kundeservice {D:phone}.

{S:pin}""",
    ),
    T(
        "table",
        "hard",
        "Pakken ligger i pakkeboksen",
        """Hei {F:name}, pakken {D:tracking} er lagt inn i pakkeboksen ved {F:shop}.

Luke | 14
Åpne luken med | {S:pin6}
Hentes innen | {D:date}

Etter fristen sendes pakken tilbake til avsender.""",
    ),
    T(
        "blocks",
        "hard",
        "Trådløst nett på konferansen",
        """Velkommen til Nordisk Energiforum {D:date}!

Nettverk | Forum-Gjest
Passordet til gjestenettet | {S:phrase}

Registreringen åpner kl. {D:time} i foajeen.""",
    ),
    T(
        "text",
        "hard",
        "{S:otp} er koden din for Helsenorge",
        """Hei,

bruk tallene i emnefeltet for å logge inn på Helsenorge. De er gyldige i 10 minutter.
Har du ikke prøvd å logge inn, kan du se bort fra denne meldingen.""",
    ),
    T(
        "text",
        "hard",
        "Foreldreportalen: ny bruker",
        """Hei {F:name},

skolen har opprettet en bruker til deg i Foreldreportalen.
Brukernavnet er e-postadressen din, og passordet er {S:pwword}.
Du må velge et nytt passord første gang du logger inn.

Hilsen {F:city} kommune, oppvekst""",
    ),
    T(
        "html",
        "hard",
        "SIM-kortet ditt er aktivert",
        """<p>Hei {F:name},</p>
<p>Det nye SIM-kortet ditt er aktivert og klart til bruk.</p>
<p>PIN-koden til det nye kortet er {S:pin}, og PUK-koden er {S:puk}. Ta vare på PUK-en; du trenger den
hvis du taster feil PIN tre ganger.</p>
<p>Ordrenummer {D:order}</p>""",
    ),
    T(
        "br",
        "hard",
        "Nettkortet ditt er klart",
        """Hei {F:name},
du har bestilt et virtuelt kort til netthandel. Kortet gjelder til {D:date}.
Nummeret på nettkortet er {S:card}, og det er knyttet til kontoen som slutter på {D:amount}.
Sikkerhetskoden på baksiden ser du i mobilbanken.

Fjordbanken""",
    ),
    T(
        "table",
        "hard",
        "Pensjonsopptjening",
        """Her er oversikten over pensjonen din per {D:date}.

Navn | {F:name}
Fødselsnr. | {S:nid}
Opptjent | {D:price}
Saksnummer | {D:caseno}

Logg inn på nav.no for å se detaljene.""",
    ),
    T(
        "blocks",
        "hard",
        "Regnskapsprogrammet er klart til bruk",
        """Takk for kjøpet, ordre {D:order}.

Produktnøkkelen | {S:akey}
Serienummer | {D:serial}

Legg inn produktnøkkelen under Hjelp > Aktiver når du starter programmet første gang.""",
    ),
    T(
        "text",
        "hard",
        "Kodeord ved alarm",
        """Hei {F:name},

når alarmen går, ringer vaktsentralen deg for å sjekke at alt er i orden.
Kodeordet du har valgt, er {S:answer}. Uten riktig kodeord sender vi vekter.

Kundenummer {D:custno}
Vakthold Alarm AS""",
    ),
    T(
        "html",
        "hard",
        "Velkommen til Kontorfellesskapet Bryggen",
        """<p>Hei {F:name}, så hyggelig at du blir med!</p>
<p>Inngangsdøra i 2. etasje åpner du ved å trykke {S:pin} og deretter # på tastaturet.
Plassen din er nr. {D:roomno} ved vinduet.</p>
<p>Medlemskapet faktureres med {D:price} per måned.</p>""",
    ),
    T(
        "br",
        "hard",
        "Koden du ba om",
        """Hei,
her er koden du ba om for å endre leveringsadressen på ordre {D:order}:

{S:otpg}

Gjelder i 20 minutter.
Kundeservice""",
    ),
    T(
        "table",
        "hard",
        "Skiskapet ditt i anlegget",
        """Takk for at du leier skiskap for sesongen.

Skap nr. | {D:roomno}
Lås opp med | {S:pin}
Gjelder til | {D:date}

Skapet tømmes dagen etter at leien går ut.""",
    ),
    T(
        "blocks",
        "hard",
        "Bekreft signeringen i Digipost",
        """Du har et dokument som venter på signatur.

Bekreft med denne koden | {S:otpg}
Dokument | Leiekontrakt, ref. {D:ref}

Koden kan bare brukes én gang.""",
    ),
    T(
        "text",
        "hard",
        "Leveringen din i morgen",
        """Hei {F:name},

varene kommer i morgen mellom kl. {D:time} og kl. {D:time2}.
Inngangskoden du oppga, {S:pin}, er lagt inn på leveringen, så sjåføren kommer seg inn til døra.

Ordre {D:order}, {D:price}
Hilsen Matkassen""",
    ),
    T(
        "html",
        "hard",
        "Kontoen din er tilbakestilt",
        """<p>Hei {F:name},</p>
<p>IT-brukerstøtte har tilbakestilt kontoen din etter henvendelse {D:caseno}.</p>
<p>Logg inn med <code>{S:pw}</code> og velg et nytt passord når du blir bedt om det.</p>
<p>Hilsen IT-brukerstøtte</p>""",
    ),
    T(
        "br",
        "hard",
        "Bekreft kjøpet",
        """Hei {F:name},
tallene du skal taste inn i betalingsvinduet, er {S:otp}.
Kjøpet gjelder {D:price} hos {F:shop}.
Kjenner du ikke igjen kjøpet, ring oss på {D:phone}.""",
    ),
    T(
        "table",
        "hard",
        "Nøkkelfri innsjekking",
        """Velkommen, {F:name}! Hotellet har ingen resepsjon om natten, så her er alt du trenger.

Rom | {D:roomno}
Døra til rommet | {S:pin6}
Hovedinngangen | {S:pin62}
Utsjekking | innen kl. {D:time}

God tur!""",
    ),
    T(
        "blocks",
        "hard",
        "Aktiver Buypass-kortet",
        """Buypass-kortet ditt er sendt, referanse {D:ref}.

Aktiveringskoden | {S:otp}

Du trenger den når du tar kortet i bruk første gang.""",
    ),
    T(
        "text",
        "hard",
        "SV: Får ikke logget inn [sak {D:caseno}]",
        """Hei {F:name},

kontoen er låst opp nå. Prøv med {S:pw}, så bytter du det til noe eget etterpå.

Mvh
Ole, kundestøtte

> Hei, jeg får ikke logget inn på Min side. Det står at kontoen er låst.
> Kundenummer {D:custno}""",
    ),
    T(
        "html",
        "hard",
        "Adgangskortet ditt er registrert",
        """<p>Hei {F:name},</p>
<p>adgangskortet ditt til kontorbygget er registrert, og du kan bruke det fra {D:date}.</p>
<p>Utenom kontortid må du taste PIN i kortleseren ved hovedinngangen. PIN-en din er {S:pin}.</p>
<p>Kortnummer {D:serial}, vakt og resepsjon {D:phone}</p>""",
    ),
    T(
        "text",
        "hard",
        "Feide-brukeren din",
        """Hei {F:name},

du har fått Feide-bruker ved {F:city} videregående skole.
Feide-passordet ditt er satt til {S:pwword} inntil du bytter det selv på innlogging.dataporten.no.

Hilsen IKT-ansvarlig, rom {D:roomno}""",
    ),
]
