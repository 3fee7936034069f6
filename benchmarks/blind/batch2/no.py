"""Batch 2, Norwegian (bokmål). Written by helper `blind2` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- about a secret, giving none
    T("text", "decoy", "Passordet ditt er endret",
      """Hei {F:name},

passordet til kontoen din på Min side ble endret {D:date} kl. {D:time}.
Hvis det var deg, trenger du ikke gjøre noe.
Kjenner du ikke igjen endringen? Ring oss straks på {D:phone} og oppgi kundenummer {D:custno}.

Med vennlig hilsen
Kundeservice"""),
    T("html", "decoy", "Vær obs på svindel",
      """<p>Hei {F:name},</p>
<p>Det sendes nå ut SMS-er og e-poster som ser ut som de kommer fra oss. Husk:</p>
<ul><li>vi ber deg aldri oppgi passord eller engangskoder fra BankID,</li>
<li>vi spør aldri etter PIN-koden til kortet ditt på telefon,</li>
<li>vi ber deg aldri flytte penger til en «sikker konto».</li></ul>
<p>Er du i tvil, legg på og ring {D:phone}.</p>"""),
    T("br", "decoy", "Det nye kortet ditt er sendt",
      """Hei {F:name},
det nye kortet ditt som slutter på {D:masked} ble sendt {D:date}.
PIN-koden kommer i posten i et eget brev noen dager senere.
Av sikkerhetshensyn sender vi aldri kort og kode i samme konvolutt.

Spørsmål? {D:phone}"""),
    T("table", "decoy", "Glemt PIN-koden?",
      """Slik finner du koden igjen.

I appen | Kort > Vis PIN
På telefon | {D:phone}
Kort | {D:masked}
Bestilt | {D:date}

Bestiller du PIN-brev, tar det omtrent en uke før det kommer."""),
    T("text", "decoy", "Tilbakestill passordet ditt",
      """Hei {F:name},

vi har fått en forespørsel om å tilbakestille passordet til kontoen din.
Velg et nytt passord via lenken nedenfor. Lenken er gyldig i 30 minutter og kan bare brukes én gang.

Hvis du ikke ba om dette, kan du se bort fra e-posten. Det gamle passordet ditt gjelder fortsatt.

Saksnummer {D:ref}"""),
    T("blocks", "decoy", "Ny innlogging på kontoen din",
      """Vi har registrert en innlogging fra en ny enhet.
Tidspunkt | {D:date} kl. {D:time}
Enhet | Edge på Windows
Sted | {F:city}
Var det ikke deg? Bytt passord med en gang og slå på totrinnsbekreftelse."""),
    T("text", "decoy", "Totrinnsbekreftelse er slått på",
      """Hei {F:name},

heretter sender vi deg en kode på SMS hver gang du logger inn fra en ny enhet.
Koden gjelder i ti minutter og kan bare brukes én gang.
Du kan skru av funksjonen under Innstillinger > Sikkerhet.

Kundenummer {D:custno}"""),
    T("html", "decoy", "Nye krav til passord",
      """<p>Kjære kunde,</p>
<p>Fra og med <strong>{D:date}</strong> må passordet ha minst 12 tegn, og du kan ikke bruke et passord du har hatt før.
Neste gang du logger inn etter denne datoen, blir du bedt om å velge et nytt.</p>
<p>Du trenger ikke gjøre noe nå.</p>"""),
    T("br", "decoy", "Koden er utløpt",
      """Hei {F:name},
koden vi sendte deg kl. {D:time} er utløpt og kan ikke lenger brukes.
Be om en ny fra innloggingssiden når det passer deg.
Referanse {D:ref}"""),
    T("text", "decoy", "SIM-kortet ditt er sperret",
      """Hei {F:name},

PIN-koden til SIM-kortet ble tastet feil tre ganger, og kortet er derfor sperret.
For å åpne det trenger du PUK-koden, som står på plastkortet SIM-kortet satt i. Du finner den også i Mitt Telenor-appen.
Ikke gjett: ti feil PUK-forsøk gjør kortet ubrukelig.

Kundenummer {D:custno}"""),
    T("table", "decoy", "Henvendelsen din er avsluttet",
      """Takk for at du tok kontakt.

Saksnummer | {D:ref}
Avsluttet | {D:date}
Emne | Får ikke logget inn med passordet

Vi ber aldri om passordet ditt på e-post. Ring {D:phone} hvis problemet fortsetter."""),
    T("html", "decoy", "PIN-brevet er sendt",
      """<p>Hei {F:name},</p>
<p>Som du ba om {D:date}, har vi sendt et nytt PIN-brev til folkeregistrert adresse. Det kommer i løpet av 3–5 virkedager.</p>
<p>Brevet sendes i en nøytral konvolutt uten logo.</p>
<p>Kort {D:masked}</p>"""),
    # --- no secret at all
    T("table", "none", "Ordrebekreftelse {D:order}",
      """Takk for bestillingen, {F:name}!

Ordrenummer | {D:order}
Ordredato | {D:date}
Totalt | {D:price}
Leveringsadresse | {F:street}, {D:postcode} {F:city}

Vi gir beskjed når pakken er sendt."""),
    T("text", "none", "Pakken din er på vei",
      """Hei {F:name}, bestillingen {D:order} er sendt.

Sporingsnummer: {D:tracking}
Forventet levert: {D:date}

Du får melding fra Posten når pakken kan hentes."""),
    T("table", "none", "Faktura {D:invoice}",
      """Fakturaen din er klar.

Fakturanummer | {D:invoice}
Å betale | {D:price}
Forfallsdato | {D:date}
IBAN | {D:iban}
KID | {D:ref}

Har du avtalegiro, trekkes beløpet automatisk."""),
    T("br", "none", "Timen din er bekreftet",
      """Hei {F:name},
du har time hos oss i {F:city} {D:date} kl. {D:time}.
Husk gyldig legitimasjon.
Avbestilling på {D:phone}."""),
    T("html", "none", "Vi har mottatt returen din",
      """<p>Hei {F:name},</p>
<p>Returen for ordre <b>{D:order}</b> har kommet fram til lageret vårt. Vi betaler tilbake <b>{D:price}</b> til kortet som slutter på {D:masked} innen fem dager.</p>"""),
    T("blocks", "none", "Medlemskapet ditt fornyes",
      """Medlemskapet ditt i {F:shop} fornyes automatisk.
Medlemsnummer | {D:custno}
Fornyes | {D:date}
Pris | {D:price}
Du trenger ikke gjøre noe hvis du vil fortsette."""),
    # --- secrets a naive keyword rule misses
    T("text", "hard", "Bekreft at det er deg",
      """Hei {F:name},

tast inn {S:otp} i appen for å fullføre innloggingen.
Tallene gjelder i 10 minutter.

Prøvde du ikke å logge inn? Ring {D:phone}."""),
    T("text", "hard", "{S:otp} er koden din hos {F:shop}",
      """Bruk {S:otp} for å bekrefte e-postadressen din.
Ikke videresend denne e-posten."""),
    T("br", "hard", "Fullfør registreringen",
      """Nesten ferdig, {F:name}!
Koden er {S:otpg}.
Skriv den inn i feltet på siden du nettopp forlot.
Ordre {D:order}"""),
    T("text", "hard", "Ny PIN-kode",
      """Hei {F:name},

vi har laget en ny kode til kortet ditt som slutter på {D:masked}.
PIN-koden din står nedenfor. Lær den utenat og slett meldingen etterpå.

        {S:pin}

Du kan endre koden i alle våre minibanker."""),
    T("blocks", "hard", "Innloggingsdetaljer for første gang",
      """Her er opplysningene for første innlogging.
Brukernavn | {F:name}{D:amount}
Midlertidig passord | {S:pw}
Du blir bedt om å velge ditt eget passord med en gang du har logget inn."""),
    T("table", "hard", "Opplysninger om abonnementet ditt",
      """Velkommen som kunde, {F:name}.

Mobilnummer | {D:phone}
PIN-koden din | {S:pin}
PUK-koden din | {S:puk}
Kundenummer | {D:custno}

Ta vare på opplysningene et trygt sted."""),
    T("text", "hard", "Passordet ditt er tilbakestilt",
      """Hei {F:name},

IT-brukerstøtten tilbakestilte kontoen din {D:date}. Det nye passordet ditt er {S:pwword}.
Bytt det første gang du logger inn.

Sak {D:ref}"""),
    T("html", "hard", "Gjestenettet",
      """<p>Hei {F:name},</p>
<p>Takk for bestillingen. Passordet til gjestenettet finner du under. Det gjelder hele oppholdet.</p>
<p style="font-size:20px;font-family:monospace">{S:pw}</p>
<p>Bestillingsnummer {D:ref}, innsjekking {D:date}.</p>"""),
    T("table", "hard", "Velkommen til ansattportalen",
      """Velkommen til oss, {F:name}. Kontoen din er opprettet.

Bruker | {F:name}.hr
Startpassordet | {S:pw}
Ansattnummer | {D:custno}
Første arbeidsdag | {D:date}"""),
    T("text", "hard", "Aktiver kortet ditt",
      """Hei {F:name},

det nye kortet ditt {D:masked} kan brukes så snart det er aktivert.
Ring {D:phone} og tast aktiveringsnummeret {S:pin6} når du blir bedt om det.

Takk for at du er kunde hos oss."""),
    T("br", "hard", "Sikkerhetsspørsmålet er lagret",
      """Hei {F:name},
du har lagt inn et sikkerhetsspørsmål for telefonbanken.
Spørsmål: navnet på ditt første kjæledyr
Lagret svar: {S:answer}
Vi spør etter det når du ringer {D:phone}."""),
    T("blocks", "hard", "PIN og PUK til SIM-kortet",
      """Det nye SIM-kortet ditt for {D:phone} er aktivert.
PIN | {S:pin}
PUK | {S:puk}
Ordre | {D:order}"""),
    T("text", "hard", "Hent pakken din",
      """Pakken din {D:tracking} ligger i pakkeboksen i {F:street}.
Åpne luken med {S:otp} innen {D:date}.
Deretter returneres sendingen til avsenderen."""),
    T("br", "hard", "Innloggingsopplysningene dine",
      """Hei {F:name},
takk for at du registrerte deg. Passordet er:
{S:pw}
Kundenummeret ditt er {D:custno}."""),
    T("html", "hard", "Det virtuelle kortet ditt",
      """<p>Hei {F:name},</p>
<p>Det virtuelle kortet ditt er klart til netthandel.</p>
<table><tr><td>Kortnummer</td></tr><tr><td style="font-size:18px">{S:card}</td></tr>
<tr><td>Gyldig til</td></tr><tr><td>{D:date}</td></tr></table>
<p>CVC-koden vises bare i appen.</p>"""),
    T("text", "hard", "Bekreftelse på søknaden din",
      """Hei {F:name},

vi har mottatt søknaden din datert {D:date}.
Fødselsnummeret vi har registrert på deg er {S:nid}. Kontroller at det stemmer.

NAV"""),
    T("table", "hard decoy", "Bekreft mobilnummeret ditt",
      """Ikke del denne koden med noen, heller ikke med oss.

Engangskoden | {S:otpg}
Gyldig til kl. | {D:time}

Har du ikke bedt om koden, kan du se bort fra e-posten."""),
    T("text", "hard", "Kode til inngangsdøra",
      """Hei {F:name},

velkommen til {F:street}! Inngangsdøra åpner du med
{S:pin} etterfulgt av firkanttasten.
Søppeltømming er {D:date}."""),
    # --- plainly labelled secrets
    T("text", "easy", "Engangskoden din",
      """Engangskoden din er {S:otp}. Den gjelder i fem minutter.
Del aldri koden med noen."""),
    T("br", "easy", "Bekreftelseskode",
      """Hei {F:name},
bekreftelseskode: {S:otp}
Ordre {D:order}, {D:price}"""),
    T("html", "easy", "PIN-koden din",
      """<p>Hei {F:name},</p><p>PIN-kode: <strong>{S:pin}</strong></p><p>Kort {D:masked}</p>"""),
    T("table", "easy", "Kontoen din",
      """Brukernavn | {F:name}
Passord | {S:pw}
Kundenummer | {D:custno}"""),
    T("text", "easy decoy", "Innloggingskode",
      """Innloggingskode: {S:otp}
Vi ringer aldri og spør etter koden. Hvis noen gjør det, legg på og ring {D:phone}."""),
    T("blocks", "easy", "PUK-kode",
      """Du har bedt om PUK-koden for {D:phone}.
PUK-kode | {S:puk}
Bestilt | {D:date}"""),
    T("br", "hard", "Aktiver BankID på mobil",
      """Hei {F:name},
for å aktivere BankID på mobil trenger du en aktiveringskode.
Aktiveringskoden står nederst i denne meldingen.
Kundenummer {D:custno}

{S:otpg}"""),
    # --- more definite forms, pointer phrases and label/value decoys
    T("text", "hard", "Passordet ditt er endret",
      """Hei {F:name},

som avtalt på telefon har vi endret passordet til kontoen din. Passordet ditt er endret til {S:pwword}.
Bytt gjerne til et eget passord neste gang du logger inn.

Kundeservice {D:phone}"""),
    T("br", "hard", "Logg inn på Min side",
      """Hei {F:name},
logg inn med engangspassordet {S:otp} innen ti minutter.
Bestillingen {D:order} finner du under Mine kjøp.
Kundenummer {D:custno}"""),
    T("table", "decoy", "Påminnelse: passordet utløper snart",
      """Hei {F:name}, her er informasjon om kontoen din.

Passordet utløper | {D:date}
Bytt passord | Min side > Sikkerhet
Kundenummer | {D:custno}
Kundeservice | {D:phone}"""),
    T("html", "hard", "Den personlige koden din",
      """<p>Hei {F:name},</p>
<p>her er den nye koden til kortet ditt {D:masked}:</p>
<p>&nbsp;</p>
<p style="font-size:24px"><b>{S:pin}</b></p>
<p>Slett meldingen når du har lært deg koden.</p>"""),
    T("text", "none", "Skademeldingen din er mottatt",
      """Hei {F:name},

vi har mottatt skademeldingen din datert {D:date}. Saken har fått skadenummer {D:ref}.
Polisenummeret ditt er {D:custno}. En saksbehandler tar kontakt innen {D:date2}.
Har du spørsmål, ring oss på {D:phone}.

Med vennlig hilsen
Skadeavdelingen"""),
    T("blocks", "hard", "Velkommen til hytta",
      """Velkommen til {F:city}! Nøkkelen henger i nøkkelboksen ved døra.
Koden til nøkkelboksen | {S:pin}
Passordet til wifi | {S:pwword}
Utsjekking | {D:date} kl. {D:time}"""),
    T("text", "decoy", "Om sikkerheten din",
      """Hei {F:name},

vi ber deg aldri om passordet eller PIN-koden din. Passordets gyldighetstid er 90 dager.
Har du glemt passordet, kan du bestille et nytt på Min side eller ringe {D:phone}.
Kodebrikken din trenger du bare når du logger inn i nettbanken.

Referanse {D:ref}"""),
    T("text", "hard", "Koble appen til kontoen",
      """Hei {F:name},

tast inn følgende tall i appen:

{S:otp}

Tallene gjelder i 15 minutter. Ordre {D:order}."""),
]
