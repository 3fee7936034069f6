"""Batch 4, Norwegian (bokmål). Written by helper `blind4a` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- about a secret, giving none
    T("text", "decoy", "BankID-passordet ditt er endret",
      """Hei {F:name},

passordet ditt til BankID ble endret {D:date} kl. {D:time}.
Var det deg, trenger du ikke gjøre noe.
Var det ikke deg, sperr BankID med en gang på {D:phone} (døgnåpent).

Hilsen
Fjordbanken ASA, org.nr. 937 {D:amount} 112
{F:city}"""),
    T("html", "decoy", "Svindlere utgir seg for å være banken",
      """<h2>Vi spør aldri om kodene dine</h2>
<p>Kjære kunde,</p>
<p>Ingen fra Fjordbanken vil be deg oppgi koder fra kodebrikken, BankID-passordet eller engangskoder på SMS, verken på telefon, i chat eller på e-post.
Blir du bedt om dette, er det svindel.</p>
<p>Legg på, og ring oss på nummeret bak på kortet ditt ({D:masked}).</p>"""),
    T("br", "decoy", "Nytt kort er sendt",
      """Hei {F:name},
det nye kortet ditt ble sendt {D:date} og er fremme om noen dager.
PIN-koden sendes i eget brev, normalt tre til fem virkedager etter kortet.
Du kan også se PIN-koden i mobilbanken under Kort når kortet er aktivert.

Sendingsnummer {D:tracking}
Kortservice {D:phone}"""),
    T("table", "decoy", "Passordet ditt utløper snart",
      """Automatisk melding fra IT-tjenesten i Trondheim kommune.

Bruker | {F:name}
Sist endret | {D:date}
Gyldig til | {D:date2}
Krav | minst 12 tegn, tall og bokstaver

Bytt passordet fra en jobb-PC: Ctrl+Alt+Del, deretter Endre passord."""),
    T("blocks", "decoy", "Problemer med å logge inn i parkeringsappen?",
      """Vi ser at innloggingen din har feilet flere ganger.

Glemt passordet? | Trykk «Glemt passord» på innloggingssiden i appen
Parkeringsområde | {D:roomno}
Kundeservice | {D:phone}

Vi sender aldri passord på e-post eller SMS."""),
    T("text", "decoy", "Slik låser du opp SIM-kortet",
      """Hei,

skriver du feil PIN-kode tre ganger, sperres SIM-kortet. Da trenger du PUK-koden for å åpne det igjen.
PUK-koden står på plastkortet SIM-kortet kom i, og du finner den på Min side under Mobil > SIM.
Skriver du feil PUK ti ganger, må du bestille nytt SIM-kort.

Saksnummer {D:caseno}
Nordnett Mobil, {D:phone}"""),
    T("html", "decoy", "Foreldresamtaler i Skoleportalen",
      """<p>Til foresatte i 6. trinn,</p>
<p>Fra {D:date} kan dere velge tid til foreldresamtale i Skoleportalen. Dere logger inn med BankID som før,
så skolen ser aldri passordet deres og kan ikke nullstille det.</p>
<p>Samtalene er på grupperom {D:roomno}, fra kl. {D:time}.</p>
<p>Hilsen kontaktlærer</p>"""),
    T("br", "decoy", "Endring i innloggingen på Min side",
      """Fra {D:date} må du bekrefte innloggingen hos Trygg Forsikring med en engangskode.
Koden kommer på SMS til nummeret som slutter på {D:amount}, hver gang du logger inn.
Den skal bare skrives inn på nettsiden vår, aldri leses opp for noen.

Polisenummer {D:ref}"""),
    T("table", "decoy", "Ankomst til Hotell Brygga",
      """Velkommen om noen dager!

Reservasjon | {D:pnr}
Rom | {D:roomno}
Innsjekking | fra kl. {D:time}
Dørkode | kommer på SMS samme dag som du ankommer

Resepsjonen er åpen til midnatt."""),
    T("blocks", "decoy", "Ny portkode i borettslaget",
      """Til alle beboere i Solsiden borettslag

Ny portkode | deles ut på beboermøtet {D:date}
Møterom | {D:roomno}
Styret | {D:phone}

Koden blir ikke sendt på e-post eller hengt opp i oppgangen."""),
    T("text", "decoy", "Tilbakestill passordet",
      """Hei {F:name},

du har bedt om å tilbakestille passordet til Kraftlaget Min side. Lenken i knappen under gjelder i 60 minutter.

Har du ikke bedt om dette, kan du se bort fra e-posten; passordet ditt er uendret.

Målepunkt-ID {D:custno}
Kraftlaget AS"""),
    T("html", "decoy", "Sikkerhetskoden ble endret",
      """<p>Hei {F:name},</p>
<p>Sikkerhetskoden til Fjordbanken-appen ble endret på en ny enhet.</p>
<table><tr><td>Tidspunkt</td><td>{D:date}, kl. {D:time}</td></tr>
<tr><td>Enhet</td><td>Samsung Galaxy</td></tr></table>
<p>Kjenner du ikke igjen dette? Ring {D:phone} med en gang.</p>"""),
    T("br", "decoy", "Pakken er på vei til pakkeboksen",
      """Hei {F:name}! Sending {D:tracking} leveres i pakkeboksen på {F:street} i løpet av dagen.
Hentekoden får du i appen når sjåføren har levert.
Pakken blir liggende i tre dager.

Pakkeboks"""),
    T("text", "decoy", "Aktiveringskoden er sendt i posten",
      """Takk for at du registrerte deg i Skatteportalen.

Aktiveringskoden sendes til din folkeregistrerte adresse {D:date}. Koden er personlig og gyldig i 30 dager,
og du trenger den første gang du logger inn.

Har du ikke fått brevet innen {D:date2}, ring {D:phone}.

Brukernavnet ditt ble sendt i en egen e-post."""),
    # --- no secret at all
    T("text", "none", "Medlemskapet ditt fornyes",
      """Hei {F:name},

medlemskapet ditt hos Treningssenteret Puls fornyes {D:date}.
Pris per måned: {D:price}
Medlemsnummer: {D:custno}

Trekket gjøres fra kontoen du har registrert. Spørsmål? Ring {D:phone}.
Puls {F:city}"""),
    T("html", "none", "Strømregning fra Kraftlaget",
      """<p>Hei,</p>
<table><tr><td>Kundenummer</td><td>{D:custno}</td></tr>
<tr><td>Fakturanummer</td><td>{D:invoice}</td></tr>
<tr><td>Forbruk</td><td>{D:amount} kWh</td></tr>
<tr><td>Å betale</td><td>{D:price}</td></tr>
<tr><td>KID</td><td>{D:ref}</td></tr>
<tr><td>Forfall</td><td>{D:date}</td></tr></table>
<p>Betaling fra utlandet: IBAN {D:iban}.</p>"""),
    T("br", "none", "Reisebekreftelse",
      """Hei {F:name},
takk for at du reiser med oss.
Referanse {D:pnr}, avreise {D:date} kl. {D:time} fra {F:city}.
Billettnummer {D:caseno}, sete 14C.
Bagasje: én koffert inntil 23 kg.

Endringer på {D:phone}."""),
    T("table", "none", "Timebestilling for EU-kontroll",
      """Bilen din er booket inn hos oss.

Kundenummer | {D:custno}
Dato | {D:date}
Klokkeslett | {D:time}
Verksted | {F:street}, {D:postcode}

Levér nøkkelen i resepsjonen. Avbestilling på {D:phone}."""),
    T("blocks", "none", "Ny ruter er registrert",
      """Takk for at du byttet ruter.

Serienummer på ny ruter | {D:serial}
Ordre | {D:order}
Returnummer for gammel ruter | {D:caseno}
Siste frist for retur | {D:date}

Legg den gamle ruteren i esken og lever den på postkontoret."""),
    T("text", "none", "Klassetur til Røros",
      """Hei alle foresatte,

egenandelen for klasseturen er {D:price} og skal betales innen {D:date}.
Bruk KID {D:ref} når du betaler.

Bussen går fra skolen {D:date2} kl. {D:time}. Spørsmål til kontoret på {D:phone}.

Hilsen kontaktlærerne"""),
    T("html", "none", "Skademeldingen er mottatt",
      """<p>Hei {F:name},</p>
<p>Vi har mottatt skademeldingen din. Saksnummeret er <b>{D:caseno}</b>, og forsikringen gjelder polise {D:ref}.</p>
<p>En saksbehandler kontakter deg innen {D:date}. Egenandelen er {D:price}.</p>
<p>Trygg Forsikring, {D:phone}</p>"""),
    # --- hard cases
    T("text", "hard", "Bekreft overføringen",
      """Du flytter {D:price} til en konto du ikke har brukt før.

Tast {S:otp} i appen for å bekrefte at det er du som flytter pengene. Tallene gjelder i tre minutter.

Har du ikke bedt om dette? Ikke tast noe, ring {D:phone}.
Fjordbanken"""),
    T("html", "hard", "Bekreft med {S:otpg}",
      """<p>Noen prøver å logge inn på Min side hos Nordnett fra en ny nettleser kl. {D:time}.</p>
<p>Var det deg, bruker du tegnene i emnefeltet. De slutter å virke etter ti minutter.</p>
<p>Var det ikke deg, bytt passord og gi oss beskjed på {D:phone}.</p>"""),
    T("br", "hard", "Garderobeskapet ditt",
      """Hei {F:name},
du har fått fast skap i garderobe {D:roomno} ut sesongen.
Skapet åpnes med tallene nedenfor:
{S:pin}
Trykk tallene og deretter stjerne.

Treningssenteret Puls"""),
    T("table", "hard", "Nyttig informasjon for oppholdet",
      """Velkommen til Hotell Brygga!

Rom | {D:roomno}
Reservasjon | {D:pnr}
Nettverk | Brygga-Gjest
Passordet | {S:pwword}
Frokost | fra kl. {D:time}"""),
    T("blocks", "hard", "Velkommen som ny ansatt",
      """Hei {F:name}, så hyggelig at du begynner hos oss.

Brukernavn | fornavn.etternavn
Det midlertidige passordet ditt | {S:pw}
Ansattnummer | {D:custno}
Første arbeidsdag | {D:date}"""),
    T("text", "hard", "Biblioteket: nytt passord",
      """Hei {F:name},

vi har nullstilt kontoen din slik du ba om. Det nye passordet ditt er {S:pwword}, med små bokstaver.
Logg inn og bytt det hvis du vil.

Lånekort {D:custno}
{F:city} folkebibliotek"""),
    T("html", "hard", "Det trådløse nettet ditt er klart",
      """<p>Hei {F:name}, den nye ruteren er aktivert.</p>
<p>Nettverksnøkkelen finner du nedenfor, sammen med navnet på nettet. Den står også på undersiden av ruteren.</p>
<p style="font-size:20px;font-family:monospace">Nordnett-{D:amount}</p>
<p style="font-size:20px;font-family:monospace">{S:phrase}</p>
<p>Ruterens serienummer: {D:serial}</p>"""),
    T("br", "hard", "Sperret SIM-kort",
      """Hei,
i sak {D:caseno} ba du om hjelp til å åpne SIM-kortet.
De åtte sifrene du trenger er {S:puk}.
Tast dem inn når telefonen ber om det, og velg så en ny PIN-kode.
Nordnett Mobil"""),
    T("table", "hard", "Aktiver kortet ditt",
      """Kortet kan brukes når det er aktivert i nettbanken.

Kort | {D:masked}
Referanse | {D:ref}
Bekreftelse | {S:otp}
Gyldig til | {D:date}"""),
    T("blocks", "hard", "Tilgang til Skoleportalen for ansatte",
      """Hei {F:name}, du har fått tilgang som vikar.

Passordet for første innlogging | {S:pw}
Klasserom | {D:roomno}

Du blir bedt om å velge et nytt passord med en gang."""),
    T("text", "hard", "SV: Får ikke logget inn (sak {D:caseno})",
      """Hei {F:name},

den er satt til {S:pw} nå. Du blir bedt om å velge ditt eget når du logger inn.

Mvh
Kari, IT-brukerstøtte
tlf. {D:phone}

> Fra: {F:name}
> Sendt: {D:date}
> Passordet mitt gikk ut i helgen og jeg kommer ikke inn. Sak {D:caseno}."""),
    T("html", "hard", "Registrering / Registration",
      """<p><b>Norsk</b>: skriv inn {S:otp} i skjemaet for å fullføre registreringen av lånekortet.</p>
<p><b>English</b>: type the number above into the form to finish registering your library card.</p>
<p>Lånekort / Library card {D:custno}</p>"""),
    T("br", "hard", "Klar til henting",
      """Ordre {D:order} er klar i butikken vår i {F:city}.
Oppgi {S:otpg} i kassen, så får du varene.
Vi holder av dem til {D:date}.

{F:shop}"""),
    T("table", "hard", "Plass i sykkelboden",
      """Du har fått plass i den låste sykkelboden.

Bod | {D:roomno}
Kontrakt | {D:ref}
Kombinasjon | {S:pin6}
Gjelder fra | {D:date}"""),
    T("blocks", "hard", "Lisensen din",
      """Takk for at du kjøpte Regnskap Pluss.

Lisensinnehaver | {F:name}
Serienummer | {D:serial}
Produktnøkkelen | {S:akey}
Faktura | {D:invoice}"""),
    T("text", "hard", "Sikkerhetsspørsmålet er oppdatert",
      """Hei {F:name},

svaret du valgte på sikkerhetsspørsmålet, {S:answer}, er nå lagret på kontoen din.
Vi spør etter det når du ringer kundeservice. Ta vare på denne e-posten, eller slett den.

Kundenummer {D:custno}
Fjordbanken"""),
    T("html", "hard", "Kortnummeret til det nye kortet",
      """<p>Hei {F:name},</p>
<p>Det gamle kortet ({D:masked}) er sperret. Til netthandel før det nye kortet kommer, kan du bruke
<span style="white-space:nowrap">{S:card}</span>.</p>
<p>Kortet gjelder til {D:date}.</p>"""),
    T("br", "hard", "Velkommen til Solsiden borettslag – {S:pin}",
      """Hei {F:name},
velkommen som ny beboer i oppgang {D:amount}.
Tallene i emnefeltet åpner ytterdøren og sykkelboden.
Styret, {D:phone}"""),
    T("table", "hard", "Lønnsslipp",
      """Ansattnummer | {D:custno}
Fødselsnummer | {S:nid}
Skattetrekk | tabell 7100
Utbetalt | {D:date}
Netto | {D:price}"""),
    T("text", "hard", "Telefonsvareren din",
      """Hei {F:name},

PIN-koden til telefonsvareren står nederst i denne e-posten. Lær den utenat og slett e-posten etterpå.

Sak {D:caseno}, Nordnett Bedrift



{S:pin}"""),
    T("text", "hard", "Ny portkode fra {D:date}",
      """Hei alle sammen,

fra {D:date} blir portkoden {S:pin}. Den gamle slutter å virke samme dag kl. {D:time}.
Del den bare med husstanden din.

Styreleder {F:name}, tlf. {D:phone}"""),
    T("br", "hard", "Leiebilen din",
      """Hei {F:name},
bilen står på plass {D:roomno} i parkeringshuset.
Nøkkelboksen ved utgangen åpnes med {S:pin}.
Husk å levere bilen med full tank.
Bilutleie Nord, {D:phone}"""),
    T("html", "hard decoy", "Godkjenn ny mottaker",
      """<p>Du legger til en ny mottaker: konto som slutter på {D:amount}.</p>
<p>Ikke fortell dette til noen, heller ikke til noen som sier de ringer fra Fjordbanken. Vi spør aldri etter det.</p>
<p style="font-size:24px;letter-spacing:4px">{S:otp}</p>
<p>Legger du ikke til noen mottaker? Ring {D:phone} nå.</p>"""),
    # --- easy
    T("text", "easy", "Engangskode",
      """Engangskode: {S:otp}
Gyldig i 10 minutter. Fjordbanken ringer deg aldri for å spørre om den."""),
    T("table", "easy", "PIN-kode til nytt kort",
      """Kort | {D:masked}
PIN-kode | {S:pin}"""),
    T("html", "easy", "Midlertidig passord",
      """<p>Hei {F:name},</p><p>Midlertidig passord: <b>{S:pw}</b></p><p>IT-tjenesten, Trondheim kommune</p>"""),
    T("blocks", "easy", "Bekreft e-postadressen din",
      """Bekreftelseskode | {S:otp}
Ordre | {D:order}"""),
]
