"""Batch 3, Danish. Written by helper `blind3` (session B) on 2026-12-03 without reading the rules."""

from blind.engine import T

_FOOTER = """{F:shop} A/S · {F:street}, {D:postcode} {F:city} · CVR-nr. 38 41 27 60
Kundeservice {D:phone} · Hverdage 8-20"""

TEMPLATES = [
    # --- about a secret, giving none
    T("text", "decoy", "Din adgangskode er blevet ændret",
      """Hej {F:name}

Adgangskoden til din konto blev ændret den {D:date} kl. {D:time}.
Var det dig, skal du ikke gøre noget. Kan du ikke genkende ændringen, så nulstil adgangskoden med det
samme via "Glemt adgangskode?" og kontakt os.

""" + _FOOTER),
    T("html", "decoy", "Pas på falske opkald",
      """<p>Kære kunde</p>
<p>Svindlere ringer i øjeblikket og udgiver sig for at være fra vores banks sikkerhedsafdeling.
Vi beder dig <strong>aldrig</strong> om din pinkode, dit MitID eller en kode fra appen &ndash; hverken
i telefonen, på sms eller på mail.</p>
<p>Er du i tvivl, så læg på og ring til os på {D:phone}.</p>"""),
    T("br", "decoy", "Dit nye Visa/Dankort er på vej",
      """Hej {F:name}
Dit nye kort med slutcifrene {D:masked} blev sendt den {D:date}.
Pinkoden er den samme som på dit gamle kort.
Har du bestilt en ny pinkode, får du den i et separat brev eller i din e-Boks.
Spørgsmål? {D:phone}"""),
    T("table", "decoy", "Din adgangskode udløber snart",
      """Adgangskoden til din arbejdskonto udløber snart.

Bruger | {F:name}
Senest ændret | {D:date}
Udløber | {D:date2}
Skift den via | Selvbetjeningsportalen > Sikkerhed

IT-support, lokal 2300"""),
    T("blocks", "decoy", "Nulstil adgangskode",
      """Du har bedt om at nulstille din adgangskode.

Anmodet | {D:date} kl. {D:time}
Linket er gyldigt i | 30 minutter

Har du ikke bedt om det, kan du se bort fra denne mail. Din adgangskode forbliver uændret."""),
    T("text", "decoy", "Fra {D:date} godkender du i appen",
      """Kære {F:name}

Fra den {D:date} sender vi ikke længere engangskoder på sms. Du godkender i stedet betalinger i vores
app. Dit brugernavn og din adgangskode til netbanken ændrer sig ikke.

Kundenummer: {D:custno}"""),
    T("html", "decoy", "Dit SIM-kort er spærret",
      """<p>Hej {F:name}</p>
<p>SIM-kortet til {D:phone} er spærret, fordi pinkoden blev indtastet forkert tre gange.
Du låser det op med PUK-koden. Den står på plastikkortet, som SIM-kortet sad i, og under "Mit abonnement"
på Mit Selvbetjening.</p>
<p>Bemærk: Efter ti forkerte forsøg med PUK-koden kan SIM-kortet ikke bruges mere.</p>"""),
    T("text", "decoy", "Gode råd om dit kodeord",
      """Hej {F:name}

Brug et kodeord, du ikke bruger andre steder, og del det aldrig med nogen. Vores medarbejdere kan ikke
se dit kodeord og vil aldrig spørge efter det.

Aftalenummer {D:ref}"""),
    T("br", "decoy", "Ny pinkode bestilt",
      """Hej {F:name}
Vi har modtaget din bestilling fra den {D:date}.
Den nye pinkode sendes med posten til din folkeregisteradresse inden for fem hverdage.
Af sikkerhedshensyn sender vi aldrig pinkoder på mail.
Sagsnummer: {D:caseno}"""),
    T("table", "decoy", "Nyt login på din konto",
      """Vi har registreret et login fra en ny enhed.

Enhed | Chrome på Windows
Sted | {F:city}, Danmark
Tidspunkt | {D:date}, kl. {D:time}

Var det ikke dig? Skift adgangskoden med det samme."""),
    T("text", "decoy", "SV: Kan ikke logge ind",
      """Hej {F:name}

Tak for din henvendelse. Af sikkerhedshensyn kan vi ikke se eller sende din adgangskode.
Brug "Glemt adgangskode?" på login-siden, så kan du selv vælge en ny.

Venlig hilsen
Kundeservice, sag {D:caseno}

Den {D:date} kl. {D:time} skrev {F:name}:
> Hej, jeg kan ikke komme ind på min konto. Kan I sende mig min adgangskode?
> Mit kundenummer er {D:custno}."""),
    T("html", "decoy", "Din router er sendt",
      """<p>Hej {F:name}</p>
<p>Din nye router er sendt (forsendelsesnummer {D:tracking}). Wi-fi-koden står på mærkaten under
routeren; af sikkerhedshensyn skriver vi den ikke i denne mail.</p>
<p>Ordre {D:order}</p>"""),
    T("blocks", "decoy", "Dine sikkerhedsindstillinger",
      """Sådan er din konto sikret:

Totrinsbekræftelse | slået til siden {D:date}
Adgangskoden senest skiftet | {D:date2}
Sikkerhedsspørgsmål | oprettet

Du kan altid ændre det under "Min profil"."""),
    T("text", "decoy", "Om dit CPR-nummer",
      """Hej {F:name}

Vi skal bruge dit CPR-nummer for at oprette aftalen, men send det ikke på almindelig mail. Log i stedet
ind med MitID på vores hjemmeside, så henter vi det sikkert.

Sag {D:caseno}"""),
    # --- no secret at all
    T("text", "none", "Din ordre {D:order} er afsendt",
      """Hej {F:name}

Din pakke er på vej.

Track & trace: {D:tracking}
Leveringsadresse: {F:street}, {D:postcode} {F:city}
I alt: {D:price}

""" + _FOOTER),
    T("table", "none", "Faktura {D:invoice}",
      """Tak for din ordre.

Fakturanummer | {D:invoice}
Fakturadato | {D:date}
Betales senest | {D:date2}
Beløb | {D:price}
IBAN | {D:iban}
Betalingsreference | {D:custno}"""),
    T("html", "none", "Bekræftelse af din tid",
      """<p>Kære {F:name}</p>
<p>Du har fået tid i Borgerservice <b>{D:date} kl. {D:time}</b>, skranke {D:roomno}.</p>
<p>Husk gyldigt billed-id. Bookingnummer: {D:caseno}</p>"""),
    T("br", "none", "Din færgebillet",
      """Bookingnummer: {D:pnr}
Afgang {D:date} kl. {D:time}
1 bil og 2 voksne
Betalt: {D:price}"""),
    T("blocks", "none", "Din årsopgørelse for el",
      """Din årsopgørelse er klar.

Kundenummer | {D:custno}
Periode til | {D:date}
Til udbetaling | {D:price}
Nyt aconto fra | {D:date2}"""),
    T("text", "none", "Din returvare er modtaget",
      """Hej {F:name}

Vi har modtaget din returnering af ordre {D:order} og refunderet {D:price} til kortet med slutcifrene
{D:masked}.

Returlabel {D:tracking}"""),
    T("table", "none", "Præmieopkrævning bilforsikring",
      """Policenummer | {D:ref}
Årlig præmie | {D:price}
Trækkes | {D:date}
Fra konto | {D:iban}
Skadeservice døgnet rundt | {D:phone}"""),
    # --- secrets a naive keyword rule misses
    T("text", "hard", "Bekræft din e-mail",
      """Hej {F:name}

Indtast {S:otp} i appen for at bekræfte din e-mailadresse.
Det virker i 15 minutter."""),
    T("html", "hard", "Fuldfør dit login",
      """<p>Hej</p>
<p>Skriv dette for at logge ind:</p>
<p style="font-size:26px;letter-spacing:5px"><b>{S:otpg}</b></p>
<p>Del det ikke med nogen, heller ikke med vores medarbejdere.</p>"""),
    T("br", "hard", "Dit nye kodeord til AULA",
      """Hej {F:name}
Vi har nulstillet dit kodeord til forældreadgangen.
Det er nu {S:pwword}
Skift det, første gang du logger ind.
Skolens kontor, {D:phone}"""),
    T("table", "hard", "Velkommen i teamet",
      """Hej {F:name}, her er det, du skal bruge på din første dag.

Første arbejdsdag | {D:date}
Medarbejdernummer | {D:custno}
Midlertidig adgangskode | {S:pw}
Alarmkoden til bagdøren | {S:pin}

Dit adgangskort ligger i receptionen."""),
    T("blocks", "hard", "Ankomst til sommerhuset",
      """Hej {F:name}, vi glæder os til at se jer.

Adresse | {F:street}, {D:postcode} {F:city}
Nøgleboksen ved hoveddøren | {S:pin}
Ankomst | fra kl. 15 den {D:date}

Booking {D:pnr}"""),
    T("text", "hard", "{S:otp} er din bekræftelseskode",
      """Nogen forsøger at logge ind fra en ny browser. Var det ikke dig, så skift din adgangskode."""),
    T("text", "hard", "Din pakke ligger i pakkeboksen",
      """Hej {F:name}

Din pakke {D:tracking} ligger klar i pakkeboksen ved Netto i {F:city}.
Vælg "Hent pakke" på skærmen, og tast derefter {S:pin6}.
Vi gemmer den til den {D:date}."""),
    T("html", "hard", "Din lejerportal",
      """<p>Kære {F:name}</p>
<p>Din adgang til lejerportalen er oprettet. Dit brugernavn er dit lejemålsnummer, {D:custno};
den midlertidige adgangskode står nederst i denne mail.</p>
<p>Første gang du logger ind, skal du vælge din egen.</p>
<p>Boligselskabet &middot; {D:phone}</p>
<p><strong>{S:pw}</strong></p>"""),
    T("br", "hard", "Din licensnøgle",
      """Tak for dit køb.
Ordre: {D:order}
Indsæt dette i programmet under Hjælp > Aktivér:
{S:akey}
Gælder på to computere."""),
    T("table", "hard", "Dit medlemskab",
      """Velkommen i FitPuls {F:city}!

Medlemsnummer | {D:custno}
Månedligt kontingent | {D:price}
Første træk | {D:date}
Dørkoden | {S:pin6}"""),
    T("text", "hard", "Din kode til telefonbanken",
      """Kære {F:name}

Du har fået en ny kode til telefonbanken. Den står herunder; lær den udenad og slet så denne mail.


{S:pin6}"""),
    T("blocks", "hard", "Dit nye SIM-kort",
      """Dit SIM-kort er aktiveret på {D:phone}.

Pinkode | {S:pin}
PUK-kode | {S:puk}"""),
    T("html", "hard", "Dit sikkerhedsspørgsmål",
      """<p>Hej {F:name}</p>
<p>Du har ændret dit sikkerhedsspørgsmål ("Hvad hed dit første kæledyr?"). Gemt svar:
<b>{S:answer}</b></p>
<p>Var det ikke dig? Ring {D:phone}.</p>"""),
    T("text", "hard", "SV: Adgang til cykelkælderen",
      """Hej {F:name}

Koden til cykelkælderen er {S:pin}, fra mandag.
Giv den venligst ikke videre.

Hilsen
Viceværten

-----Oprindelig meddelelse-----
Fra: {F:name}
Sendt: {D:date} {D:time}
Emne: Adgang til cykelkælderen
Hej, jeg bor i lejlighed {D:roomno}, hvordan kommer jeg ned i cykelkælderen?"""),
    T("br", "hard", "Wi-fi på hotellet",
      """Velkommen på Hotel Havnen, {F:name}.
Værelse: {D:roomno}
Netværk: Havnen-Gaest
Skriv den præcis sådan: {S:pwword}
Morgenmad kl. 7-10.30."""),
    T("table", "hard", "Bekræft dit nummer",
      """Nummer | {D:phone}
Kode | {S:otpg}
Gyldig | 10 minutter"""),
    T("text", "hard", "Aktivér dit kreditkort",
      """Kære {F:name}

Dit kreditkort med slutcifrene {D:masked} er kommet. Ring {D:phone} for at aktivere det, og tast dette
nummer, når du bliver bedt om det: {S:otp}

Derefter kan du bruge kortet med det samme."""),
    T("html", "hard", "Dine loginoplysninger",
      """<table cellpadding="6">
<tr><td>Brugernavn</td><td>{D:custno}</td></tr>
<tr><td>Startadgangskode</td></tr>
<tr><td>{S:pw}</td></tr>
</table>"""),
    T("text", "hard decoy", "Din nye adgangskode til netbanken",
      """Kære {F:name}

Giv aldrig din kode til andre, heller ikke til nogen, der siger, de ringer fra banken.

Din nye adgangskode er {S:pin6}; den erstatter den, du valgte den {D:date}.
Brugernavn {D:custno}"""),
    T("blocks", "hard", "Din rabatkode og dit gavekort",
      """Tak for din ordre {D:order}.

Rabatkode i kurven | JUL15
Gavekortnummer | {S:card}
Sikkerhedskode | {S:pin}"""),
    T("text", "hard", "To ting til dit første login",
      """Hej {F:name}

Brugernavn: {D:custno}
Første gang skriver du som adgangskode: {S:pw}

Derudover er pinkoden til lønsedlerne i medarbejderportalen {S:pin}.

""" + _FOOTER),
    T("br", "hard", "Dit CPR-nummer",
      """Kære {F:name}
Vi har registreret dig med dette CPR-nummer:
{S:nid}
Er det forkert, så kontakt os hurtigst muligt."""),
    T("text", "hard", "Din adgang / Your access",
      """Hej {F:name}

Din adgang til kundeportalen er klar. Engangskodeordet er {S:pw}

Hi {F:name},

Your access to the customer portal is ready. The one-time password is given above.

Kundenummer / customer number: {D:custno}"""),
    T("html", "hard", "Dit opbevaringsrum",
      """<p>Hej {F:name}</p>
<p>Rum nr. {D:roomno} er reserveret til dig fra den {D:date}.</p>
<p>Ved porten taster du: <b>{S:pin6}</b></p>"""),
    # --- plain
    T("text", "easy", "Din pinkode",
      """Kære {F:name}

Din pinkode: {S:pin}

Din bank"""),
    T("table", "easy", "Din engangskode",
      """Engangskode | {S:otp}
Gyldig | 5 minutter"""),
    T("html", "easy", "Adgangskode nulstillet",
      """<p>Din adgangskode er nulstillet.</p><p>Ny adgangskode: <strong>{S:pw}</strong></p>"""),
    T("br", "easy", "Dit virtuelle kort",
      """Dit virtuelle kort er klar.
Kortnummer: {S:card}
Udløber 04/29"""),
]
