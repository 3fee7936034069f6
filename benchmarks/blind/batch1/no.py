"""Batch 1, Norwegian (bokmål). Written by helper `blind` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- ingen hemmelighet: setninger om en hemmelighet
    T("text", "decoy", "Passordet ditt er endret",
      """Hei {F:name}!

Passordet til kontoen din hos {F:shop} ble endret {D:date} kl. {D:time}.
Hvis det var deg, trenger du ikke gjøre noe.
Kjenner du ikke igjen endringen? Ring oss umiddelbart på {D:phone}.

Kundenummer: {D:custno}"""),
    T("html", "decoy", "Beskytt påloggingsinformasjonen din",
      """<p>Hei {F:name},</p>
<p>Vi spør <strong>aldri</strong> om passordet ditt, PIN-koden eller engangskoder på e-post, SMS eller telefon.
Ikke gi kodene dine til noen.</p>
<p>Saksnummer: {D:ref}</p>"""),
    T("text", "decoy", "Det nye kortet ditt er på vei",
      """Hei {F:name},

Det nye bankkortet ditt ({D:masked}) ble sendt {D:date}.
PIN-koden kommer i et eget brev noen dager senere. Av sikkerhetshensyn sender vi aldri kort og kode sammen.
Du kan også se PIN-koden i nettbanken.

Spørsmål? Ring {D:phone}."""),
    T("br", "decoy", "Glemt PIN-koden?",
      """Hei {F:name},
du finner PIN-koden til kortet ditt i mobilbanken under Kort.
Hvis du glemmer PIN-koden, kan du bestille en ny på {D:phone}.
Oppbevar aldri koden sammen med kortet.

Kort {D:masked}"""),
    T("table", "decoy", "Sikkerhetsinnstillinger endret",
      """Sikkerhetsinnstillingene for kontoen din er endret.
Endring | Totrinnsbekreftelse slått på
Dato | {D:date}
Klokkeslett | {D:time}
Kundenummer | {D:custno}
Var det ikke deg? Bytt passord og kontakt oss på {D:phone}."""),
    T("text", "decoy", "Tilbakestill passordet",
      """Hei,

vi har fått en forespørsel om å tilbakestille passordet for kontoen din {D:date}.
Velg et nytt passord via lenken nedenfor. Lenken er gyldig i 30 minutter.

https://min.example.no/passord

Har du ikke bedt om dette, kan du se bort fra e-posten. Passordet ditt forblir uendret."""),
    T("blocks", "decoy", "Slik finner du PUK-koden",
      """Taster du feil PIN-kode tre ganger, sperres SIM-kortet og du trenger PUK-koden.
Hvor finner jeg PUK-koden? | På Min side eller på plastkortet SIM-kortet satt i
Kundeservice | {D:phone}
Kundenummer | {D:custno}"""),
    T("text", "decoy", "Ny måte å logge inn på",
      """Hei,

fra {D:date} logger du inn med en engangskode som sendes til mobilen din.
Koden er gyldig i 10 minutter. Del aldri koden med noen, vi kommer aldri til å be om den.
Passordet trengs fortsatt når du logger inn på en ny enhet.

Avtalenummer: {D:ref}"""),
    T("html", "decoy", "Svaret på sikkerhetsspørsmålet er oppdatert",
      """<p>Hei {F:name},</p>
<p>Svaret på sikkerhetsspørsmålet ditt ble endret {D:date}.</p>
<p>Vi bruker det til å bekrefte at det er deg når du ringer oss. Ikke velg et svar som andre lett kan gjette.</p>
<p>Kundenr. {D:custno}</p>"""),
    T("br", "decoy", "Velkommen til nettbanken",
      """Hei {F:name},
velkommen som kunde i nettbanken.
Aktiveringskoden sendes i posten til {F:street}, {D:postcode} {F:city} innen fem virkedager.
Når koden kommer, lager du et eget passord på minst 10 tegn.

Kunde-ID: {D:custno}"""),
    T("text", "decoy", "Kontoen din er sperret",
      """Hei {F:name},

Vi har sperret kontoen din etter fem feil passordforsøk {D:date} kl. {D:time}.
Du kan åpne kontoen igjen ved å bytte passord eller ringe {D:phone}.
Husk at passordet skiller mellom store og små bokstaver.

Referanse {D:ref}"""),
    T("table", "decoy", "PIN-koden er endret",
      """PIN-koden til kortet ditt er endret i en minibank.
Kort | {D:masked}
Endret | {D:date}
Sted | Minibank, {F:city}
Var det ikke deg? Ring oss straks på {D:phone}."""),
    T("text", "decoy", "Passordet ditt utløper snart",
      """Hei {F:name},

passordet til kundeportalen utløper {D:date}. Logg inn og lag et nytt passord før den datoen.
Passordene må ha minst 12 tegn.
Sak {D:ref}"""),
    # --- ingen hemmelighet: vanlige brev
    T("html", "none", "Ordrebekreftelse {D:order}",
      """<h2>Takk for bestillingen, {F:name}!</h2>
<table cellpadding="4"><tr><th align="left">Vare</th><th>Antall</th><th>Pris</th></tr>
<tr><td>Ullsokker, grå</td><td>1 stk</td><td>{D:price}</td></tr>
<tr><td>Frakt</td><td></td><td>{D:price2}</td></tr></table>
<p>Ordrenummer: <b>{D:order}</b><br>Bestilt {D:date}</p>
<p>Leveringsadresse: {F:street}, {D:postcode} {F:city}</p>"""),
    T("text", "none", "Pakken din er sendt",
      """Hei {F:name}!

Ordren din {D:order} forlot lageret vårt {D:date}.
Sporingsnummer: {D:tracking}
Forventet levering: {D:date2} mellom {D:time} og {D:time2}.

Vil du endre leveringen? Ring {D:phone}."""),
    T("table", "none", "Faktura {D:invoice}",
      """Takk for betalingen.
Fakturanummer | {D:invoice}
Beløp | {D:price}
Forfallsdato | {D:date}
KID-nummer | {D:ref}
Kundenummer | {D:custno}"""),
    T("br", "none", "Påminnelse om timen din",
      """Hei {F:name},
påminnelse om timen din {D:date} kl. {D:time}.
Bestillingsnummer: {D:ref}
Avbestilling: {D:phone}."""),
    T("text", "none", "AvtaleGiro er registrert",
      """Hei {F:name},

AvtaleGiro er registrert.
Konto: {D:iban}
Første trekk: {D:price} den {D:date}
Referanse: {D:ref}

Påloggingsopplysningene dine er uendret."""),
    # --- hemmeligheter som en naiv regel går glipp av
    T("text", "hard", "Påloggingskoden din",
      """Tast inn {S:otp} i appen for å logge inn. Koden er gyldig i 10 minutter.
Ikke del koden med noen."""),
    T("text", "hard", "Bekreft e-postadressen din",
      """Hei {F:name},

takk for at du registrerte deg. Skriv inn koden nedenfor i appen for å bekrefte adressen:

{S:otpg}

Koden gjelder til kl. {D:time}. Kundenummeret ditt er {D:custno}."""),
    T("html", "hard", "Det midlertidige passordet ditt",
      """<p>Hei {F:name},</p>
<p>Kontoen din er klar. Det midlertidige passordet står nedenfor. Du blir bedt om å endre det første gang du logger inn.</p>
<p style="font-size:20px;font-family:monospace">{S:pw}</p>
<p>Brukernavn: {F:name}{D:amount}</p>"""),
    T("blocks", "hard", "Den nye PIN-koden din",
      """Her er PIN-koden til kortet ditt {D:masked}. Lær deg den og slett meldingen.
PIN-koden | {S:pin}
Utstedt | {D:date}"""),
    T("text", "hard", "Velkommen til ansattportalen",
      """Hei {F:name},

brukeren din er klar. Logg inn med ansattnummeret ditt {D:custno}; passordet er {S:pwword}.
Endre det første gang du logger inn.

IT-brukerstøtte, {D:phone}"""),
    T("br", "hard", "Bekreftelseskoden din",
      """Bekreftelseskoden:
{S:otp}
Bruk den innen 15 minutter. Ordre {D:order}."""),
    T("table", "hard", "Påloggingsopplysninger",
      """Velkommen! Her er påloggingsopplysningene dine.
Brukernavn | {F:name}.{D:amount}
Passord | {S:pw}
Kundenummer | {D:custno}
Ta vare på e-posten eller slett den når du har logget inn."""),
    T("text", "hard", "Nytt passord",
      """Hei {F:name},

som du ba om, har vi tilbakestilt passordet ditt. Det nye passordet er {S:pwword}.
Referanse {D:ref}."""),
    T("html", "hard", "Koden din til {F:shop}",
      """<div style="text-align:center">
<p>Bruk denne koden for å bytte passord:</p>
<p style="font-size:28px;letter-spacing:6px"><b>{S:otpg}</b></p>
<p>Har du ikke bedt om koden, kan du se bort fra e-posten.</p>
</div>"""),
    T("text", "hard", "Opplysninger om SIM-kortet",
      """Det nye SIM-kortet ditt er aktivert.

PIN: {S:pin}
PUK: {S:puk}

Mobilnummeret ditt er {D:phone}. Ordre {D:order}."""),
    T("blocks", "hard", "Reservekodene dine",
      """Ta vare på reservekodene. Hver kode virker én gang.
Reservekode | {S:otpg}
Andre reservekode | {S:otpg2}
Laget | {D:date}"""),
    T("text", "hard", "Påminnelse om PIN-kode",
      """Hei {F:name},

du ba om en påminnelse om PIN-koden. Koden til kortet {D:masked} er

    {S:pin}

Lær deg koden og makuler meldingen."""),
    T("br", "hard", "Sikkerhetsspørsmål lagret",
      """Hei {F:name},
sikkerhetsspørsmålet ditt er lagret.
Spørsmål: Hva het ditt første kjæledyr?
Svar: {S:answer}
Du kan endre det under Innstillinger."""),
    T("text", "hard", "Det virtuelle kortet ditt",
      """Hei {F:name},

her er kortnummeret til det virtuelle kortet ditt:
{S:card}
Gyldig til 09/29. Disponibelt beløp {D:price}."""),
    T("table", "hard", "Kontroller opplysningene dine",
      """Kontroller opplysningene vi har registrert om deg.
Navn | {F:name}
Fødselsnummer | {S:nid}
Mottatt | {D:date}
Vår referanse | {D:ref}"""),
    T("text", "hard", "Brukeren din hos {F:shop}",
      """Hei {F:name}!

Første gang logger du inn med e-postadressen din og passordet {S:pw}.
Deretter velger du et eget passord."""),
    # --- enkle hemmeligheter, noen ved siden av prat
    T("text", "easy", "Engangskoden din",
      """Engangskoden din er {S:otp}. Den er gyldig i 5 minutter.
Vi spør aldri om koden. Ref {D:ref}."""),
    T("html", "easy decoy", "Nytt passord",
      """<p>Hei {F:name},</p>
<p>Ditt nye passord: <strong>{S:pw}</strong></p>
<p>Del aldri passordet ditt med noen. Du kan endre passordet når som helst under Min konto.</p>
<p>Kundenummer {D:custno}</p>"""),
    T("text", "easy decoy", "PIN-koden din",
      """Hei {F:name},

PIN-kode: {S:pin}

Du kan endre PIN-koden i alle minibanker. Glemmer du koden, ring {D:phone}.
Kort {D:masked}."""),
    T("br", "easy", "Påloggingskode",
      """Påloggingskode: {S:otp}
Bestilt {D:date} kl. {D:time}.
Ikke deg? Ring {D:phone}."""),
    T("table", "easy decoy", "Ruteren din er på vei",
      """Ruteren er sendt med sporingsnummer {D:tracking}.
Nettverksnavn | {F:shop}-{D:amount}
WiFi-passord | {S:pw}
Adminpassord | står på etiketten under ruteren
Hold WiFi-passordet for deg selv."""),
    T("text", "easy", "PUK-koden din",
      """Hei {F:name},

PUK-koden din er {S:puk}. Tast den inn på telefonen for å låse opp SIM-kortet, og velg så en ny PIN-kode.
Mobilnummer: {D:phone}."""),
    T("blocks", "easy", "Fullfør registreringen",
      """Fullfør registreringen med engangskoden nedenfor.
Engangskode | {S:otp}
Utløper | kl. {D:time}"""),
    T("text", "easy decoy", "Passordet er tilbakestilt",
      """Hei {F:name},

passordet ditt ble tilbakestilt {D:date}. Midlertidig passord: {S:pw}

Passordet må byttes hver 90. dag. Ordre {D:order}."""),
]
