"""Batch 5, Danish. Written by helper `blind5b` on 2026-12-04 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- about a secret, giving none
    T(
        "text",
        "decoy",
        "Din pinkode til MobilePay er ændret",
        """Hej {F:name}

Pinkoden til MobilePay blev ændret den {D:date} kl. {D:time}.
Hvis det var dig, skal du ikke gøre mere.
Hvis det ikke var dig, så ring til os på {D:phone} hurtigst muligt, så spærrer vi appen.

Venlig hilsen
Kundeservice""",
    ),
    T(
        "html",
        "decoy",
        "Ingen ringer og beder dig godkende i MitID",
        """<p>Kære borger</p>
<p>Svindlere ringer i disse dage og udgiver sig for at være fra banken eller politiet. De beder dig
godkende en anmodning i MitID-appen eller læse tallene op fra din kodeviser.</p>
<p>Det gør vi aldrig. Læg på, og godkend ikke noget, du ikke selv har sat i gang.
Er du i tvivl, så ring til MitID-support på {D:phone} og oplys sagsnummer {D:caseno}.</p>""",
    ),
    T(
        "br",
        "decoy",
        "Dit nye betalingskort er sendt",
        """Hej {F:name}
dit nye Visa/Dankort er sendt i dag og kommer med posten inden for fem hverdage.
Vi sender ikke længere pinbrev. Pinkoden kan du se i mobilbanken under Kort > Vis pinkode,
når du har aktiveret kortet.

Kortet erstatter {D:masked}
Nordjysk Sparekasse""",
    ),
    T(
        "table",
        "decoy",
        "Totrinsbekræftelse er slået til",
        """Hej {F:name}, her er dine sikkerhedsindstillinger hos Cykelhjørnet.

Totrinsbekræftelse | slået til {D:date}
Sms-koder sendes til | mobilnummer, der slutter på {D:amount}
Backupkoder | oprettet {D:date2}, vises kun én gang på Min konto

Har du ikke selv ændret indstillingerne, så skift din adgangskode med det samme.""",
    ),
    T(
        "blocks",
        "decoy",
        "Din booking på Danhostel Vejle",
        """Kære {F:name}

Bookingnummer | {D:pnr}
Sovesal | {D:roomno}
Skab til bagagen | medbring en hængelås, eller køb en i receptionen; koden vælger du selv

Receptionen har åbent til kl. {D:time}.""",
    ),
    T(
        "text",
        "decoy",
        "Hentekoden kommer på sms",
        """Hej {F:name}

Din pakke {D:tracking} er på vej til Pakkeboksen i {F:shop}, {F:street}.
Når pakken er lagt i boksen, får du en sms med en hentekode. Koden kan også ses i PostNord-appen.
Pakken skal hentes senest {D:date}, ellers sendes den retur.

Venlig hilsen
PostNord""",
    ),
    T(
        "html",
        "decoy",
        "Ny kode til klubhuset fra sæsonstart",
        """<p>Kære medlemmer af {F:city} Roklub</p>
<p>Koden til klubhuset og bådhallen skifter ved sæsonstart den {D:date}. Den nye kode får I af jeres
holdleder til første træning – vi sender den ikke rundt på mail.</p>
<p>Kontingentet på {D:price} skal være betalt, før I får koden. Medlemsnummer og betalings-id står på
opkrævningen ({D:invoice}).</p>""",
    ),
    T(
        "br",
        "decoy",
        "Dit kodeord til UNI-login udløber",
        """Kære forælder
kodeordet til dit barns UNI-login udløber den {D:date}.
Barnet kan selv vælge et nyt kodeord på skolens computere, eller I kan gøre det sammen på Aula.
Har barnet glemt sit kodeord, kan klasselæreren nulstille det.

Venlig hilsen
Skolens administration, lokale {D:roomno}""",
    ),
    T(
        "table",
        "decoy",
        "Dit Dankort fornyes",
        """Hej {F:name}, dit kort udløber snart.

Kort | {D:masked}
Udløber | {D:date}
Nyt kort afsendes | {D:date2}
Pinkode | uændret, du beholder den nuværende

Klip det gamle kort over, når du har taget det nye i brug.""",
    ),
    T(
        "blocks",
        "decoy",
        "Skift din adgangskode til KU-net",
        """Besked fra KU IT

Skift adgangskoden senest | {D:date}
Krav | mindst 15 tegn
Her skifter du den | Mit KU, under Konto og sikkerhed

Efter fristen spærres din konto, indtil du har været forbi IT-supporten i lokale {D:roomno}.""",
    ),
    T(
        "text",
        "decoy",
        "Vaskeribookingen: glemt pinkode",
        """Hej {F:name}

Du har tastet forkert pinkode til bookingtavlen i vaskeriet for mange gange, og din brik er derfor spærret.
Pinkoden kan ikke sendes på mail. Kom forbi ejendomskontoret, lokale {D:roomno}, tirsdag eller torsdag
kl. {D:time}, så nulstiller vi den.

Lejemål {D:custno}
Med venlig hilsen
Driftskontoret""",
    ),
    T(
        "html",
        "decoy",
        "Nulstil adgangskoden til din spilkonto",
        """<p>Hej</p>
<p>Vi har modtaget en anmodning om at nulstille adgangskoden til spilkontoen med kundenummer {D:custno}.</p>
<p><a href="https://konto.example.dk/nulstil">Vælg en ny adgangskode</a> – linket virker i 30 minutter.</p>
<p>Hvis det ikke var dig, kan du se bort fra denne mail. Din adgangskode er ikke ændret.</p>""",
    ),
    T(
        "br",
        "decoy",
        "Din adgang er midlertidigt spærret",
        """Hej {F:name}
der blev tastet en forkert bekræftelseskode tre gange, da du loggede på den {D:date} kl. {D:time}.
Af sikkerhedshensyn er adgangen lukket i en time. Bagefter kan du prøve igen med en ny kode.

Reference {D:invoice}
Sygeforsikringen, {D:phone}""",
    ),
    T(
        "text",
        "decoy",
        "Din første arbejdsdag",
        """Hej {F:name}

Velkommen til! Mød op i receptionen kl. {D:time}, så følger vi dig op til lokale {D:roomno} på 3. sal.
Brugernavn og første adgangskode får du udleveret af din leder på dagen, ikke på mail.
Husk dit kontonummer og dit sundhedskort.

Dit medarbejdernummer bliver {D:custno}.
Venlig hilsen HR""",
    ),
    T(
        "table",
        "decoy",
        "Din ladebrik er sendt",
        """Tak for din bestilling af ladebrik.

Briknummer | {D:serial}
Afsendt | {D:date}
Pinkode | skal ikke bruges, hold brikken mod laderen

Brikken bliver koblet til din konto, første gang du lader.""",
    ),
    T(
        "blocks",
        "decoy",
        "Online check-in er åbent",
        """Du kan checke ind fra 24 timer før afgang.

Bookingreference | {D:pnr}
Afgang | {D:date} kl. {D:time}

Du skal ikke bruge en adgangskode for at checke ind. Brug bookingreferencen og dit efternavn.""",
    ),
    # --- no secret at all
    T(
        "text",
        "none",
        "Ordrebekræftelse fra Boligtorvet",
        """Hej {F:name}

Tak for din ordre. Ordrenummer: {D:order}

1 x Spisebord i eg          {D:price}
Levering                    kr. 499,00

Leveringsadresse: {F:street}, {D:postcode} {F:city}
Forventet levering: {D:date}

Spørgsmål? Ring på {D:phone}.""",
    ),
    T(
        "html",
        "none",
        "Din elregning",
        """<p>Hej {F:name}</p>
<p>Her er din regning for el i sidste måned.</p>
<table><tr><td>Fakturanummer</td><td>{D:invoice}</td></tr>
<tr><td>Beløb</td><td>{D:price}</td></tr>
<tr><td>Betalingsid</td><td>{D:ref}</td></tr>
<tr><td>Betales senest</td><td>{D:date}</td></tr></table>
<p>Du kan også overføre til {D:iban}.</p>""",
    ),
    T(
        "br",
        "none",
        "Påmindelse om tid hos tandlægen",
        """Hej {F:name}
vi minder dig om din tid hos Tandlægerne ved Torvet den {D:date} kl. {D:time}.
Adresse: {F:street}, {D:postcode} {F:city}.
Skal du aflyse, så ring på {D:phone} senest 24 timer før.

Venlig hilsen
Tandlægerne ved Torvet""",
    ),
    T(
        "table",
        "none",
        "Din billet København H – Aarhus H",
        """God rejse!

Billetnummer | {D:pnr}
Afgang | {D:date} kl. {D:time}
Vogn | 3
Plads | 64
Pris | {D:price}

Vis billetten i DSB-appen ved kontrol.""",
    ),
    T(
        "blocks",
        "none",
        "Din pakke er klar til afhentning",
        """Din pakke er kommet frem.

Pakkenummer | {D:tracking}
Udleveringssted | {F:shop}, {F:street}
Afhentes senest | {D:date}

Husk billedlegitimation.""",
    ),
    T(
        "text",
        "none",
        "Fornyelse af din indboforsikring",
        """Hej {F:name}

Din indboforsikring med policenummer {D:custno} fornyes den {D:date}.
Den nye årlige præmie er {D:price}, og forsikringssummen er 1.200.000 kr.
Du skal ikke foretage dig noget; præmien trækkes via Betalingsservice som hidtil.

Sagsnummer: {D:caseno}
Vestjysk Forsikring, {D:phone}""",
    ),
    T(
        "html",
        "none",
        "Ejendomsskat og renovation",
        """<p>Opkrævning {D:invoice} for 2. rate kan nu ses i e-Boks.</p>
<ul><li>Ejendomsskat: {D:price}</li><li>Renovation: {D:amount},00 kr.</li></ul>
<p>Betal til {D:iban} med betalings-id {D:ref} senest den {D:date}.</p>
<p>Spørgsmål: Borgerservice, telefon {D:phone}.</p>""",
    ),
    # --- easy
    T(
        "text",
        "easy",
        "Din engangskode",
        """Din engangskode er {S:otp}.

Koden er gyldig i 5 minutter. Del den ikke med nogen.""",
    ),
    T(
        "html",
        "easy",
        "PUK-kode til dit SIM-kort",
        """<p>Hej {F:name}</p>
<p>Du har bedt om PUK-koden til dit mobilnummer. Din PUK-kode er <b>{S:puk}</b>.</p>
<p>Venlig hilsen Nordtele</p>""",
    ),
    T(
        "table",
        "easy",
        "Din konto hos Friluftsbutikken er oprettet",
        """En medarbejder har oprettet en kundekonto til dig i butikken.

Brugernavn | din e-mailadresse
Midlertidig adgangskode | {S:pw}

Du bliver bedt om at vælge en ny adgangskode, første gang du logger ind.""",
    ),
    T(
        "br",
        "easy",
        "Bekræft din e-mailadresse",
        """Hej
bekræftelseskode: {S:otp}
Indtast koden på dba.dk for at bekræfte din e-mailadresse.""",
    ),
    # --- hard
    T(
        "text",
        "hard",
        "Bekræft din nye e-mailadresse",
        """Hej {F:name}

Brug {S:otp} til at bekræfte den nye e-mailadresse på din profil.
Har du ikke bedt om det, kan du se bort fra denne mail.

Annonce nr. {D:order}""",
    ),
    T(
        "html",
        "hard",
        "Log ind i Rejsekort-appen",
        """<p>Hej</p>
<p>Indtast <strong>{S:otpg}</strong> på skærmen for at logge ind. Koden gælder i 15 minutter og kan kun bruges én gang.</p>
<p>Kundenummer: {D:custno}</p>""",
    ),
    T(
        "br",
        "hard",
        "Dit abonnement på cykelhotellet",
        """Hej {F:name}
dit abonnement på cykelhotellet ved stationen gælder fra den {D:date}.
Den kode, du skal taste ved indgangen, står til sidst i denne mail.
Koden er personlig og må ikke deles med andre.

Abonnementsnummer {D:custno}, kundeservice {D:phone}.

{S:pin}""",
    ),
    T(
        "table",
        "hard",
        "Dit depotrum er klar",
        """Hej {F:name}, velkommen som lejer!

Depotrum | {D:roomno}
Etage | 1
Porten | {S:pin6}
Leje pr. måned | {D:price}

Åbningstider kl. 06-23 alle ugens dage.""",
    ),
    T(
        "blocks",
        "hard",
        "Trådløst netværk på konferencen",
        """Velkommen til Dansk Logistikdag den {D:date}!

Netværk | Konference-Gaest
Kodeordet til gæstenettet | {S:phrase}

Registreringen åbner kl. {D:time} i foyeren.""",
    ),
    T(
        "text",
        "hard",
        "{S:otp} er din kode til sundhed.dk",
        """Hej

Brug tallene i emnefeltet for at logge ind på sundhed.dk. De er gyldige i 10 minutter.
Har du ikke forsøgt at logge ind, kan du se bort fra denne besked.""",
    ),
    T(
        "text",
        "hard",
        "Dit nye UNI-login",
        """Hej {F:name}

Skolen har oprettet et UNI-login til dig.
Brugernavnet står på dit elevkort, og kodeordet er {S:pwword}.
Du skal vælge et nyt kodeord, første gang du logger på.

Venlig hilsen
{F:city} Kommune, Børn og Unge""",
    ),
    T(
        "html",
        "hard",
        "Dit SIM-kort er aktiveret",
        """<p>Hej {F:name}</p>
<p>Dit nye SIM-kort er aktiveret og klar til brug.</p>
<p>Pinkoden til det nye kort er {S:pin}, og PUK-koden er {S:puk}. Gem PUK-koden; du får brug for den,
hvis du taster forkert pinkode tre gange.</p>
<p>Ordrenummer {D:order}</p>""",
    ),
    T(
        "br",
        "hard",
        "Dit netkort er klar",
        """Hej {F:name}
du har bestilt et virtuelt kort til nethandel. Kortet gælder til {D:date} og trækker på kontoen, der slutter på {D:amount}.
Kortnummeret står herunder. Kontrolcifrene fra bagsiden kan du se i mobilbanken.

{S:card}

Nordjysk Sparekasse""",
    ),
    T(
        "table",
        "hard",
        "Bekræftelse på dit gule sundhedskort",
        """Vi har bestilt et nyt sundhedskort til dig.

Navn | {F:name}
CPR-nr. | {S:nid}
Bestilt | {D:date}
Sagsnummer | {D:caseno}

Kortet sendes til din folkeregisteradresse inden for to uger.""",
    ),
    T(
        "blocks",
        "hard",
        "Dit regnskabsprogram er klar",
        """Tak for dit køb, ordre {D:order}.

Produktnøglen | {S:akey}
Serienummer | {D:serial}

Indtast produktnøglen under Hjælp > Aktivér, første gang du åbner programmet.""",
    ),
    T(
        "table",
        "hard",
        "Dit sikkerhedsspørgsmål er gemt",
        """Hej {F:name}, du har opdateret dine oplysninger til telefonbetjening.

Sikkerhedsspørgsmål | det, du selv valgte ved oprettelsen
Dit svar | {S:answer}
Ændret | {D:date} kl. {D:time}

Vi spørger om svaret, når du ringer til os på {D:phone}.""",
    ),
    T(
        "html",
        "hard",
        "Velkommen til Kontorfællesskabet Havnen",
        """<p>Hej {F:name}, hvor dejligt, at du er med!</p>
<p>Hoveddøren på 2. sal åbner du ved at taste {S:pin} og derefter # på tastaturet.
Din plads er nr. {D:roomno} ved vinduet.</p>
<p>Medlemskabet koster {D:price} om måneden.</p>""",
    ),
    T(
        "br",
        "hard",
        "Den kode, du bad om",
        """Hej
her er den kode, du bad om for at ændre leveringsadressen på ordre {D:order}:

{S:otpg}

Gælder i 20 minutter.
Kundeservice""",
    ),
    T(
        "text",
        "hard",
        "Dit bagskab i golfklubben",
        """Hej {F:name}

Tak for din leje af bagskab for sæsonen. Du har skab nr. {D:roomno} i kælderen.
Bagrummet låser du op med {S:pin} på tastaturet ved døren, og skabet med den nøgle, du fik i sekretariatet.
Lejen på {D:price} opkræves sammen med kontingentet.

Venlig hilsen
Sekretariatet""",
    ),
    T(
        "blocks",
        "hard",
        "Underskriv dokumentet",
        """Du har et dokument, der venter på din underskrift.

Godkend med denne kode | {S:otpg}
Dokument | Lejekontrakt, ref. {D:invoice}

Koden kan kun bruges én gang.""",
    ),
    T(
        "text",
        "hard",
        "Din levering i morgen",
        """Hej {F:name}

Dine varer kommer i morgen mellem kl. {D:time} og kl. {D:time2}.
Den opgangskode, du har oplyst ({S:pin}), er lagt ind på leveringen, så chaufføren kan komme ind.

Ordre {D:order}, {D:price}
Venlig hilsen Måltidskassen""",
    ),
    T(
        "html",
        "hard",
        "Din konto er nulstillet",
        """<p>Hej {F:name}</p>
<p>IT-supporten har nulstillet din konto efter henvendelse {D:caseno}.</p>
<p>Log ind med <code>{S:pw}</code>, og vælg en ny adgangskode, når du bliver bedt om det.</p>
<p>Venlig hilsen IT-supporten</p>""",
    ),
    T(
        "br",
        "hard",
        "Godkend dit køb",
        """Hej {F:name}
de cifre, du skal indtaste i betalingsvinduet, er {S:otp}.
Købet er på {D:price} hos {F:shop}.
Kan du ikke genkende købet, så ring til os på {D:phone}.""",
    ),
    T(
        "table",
        "hard",
        "Nøglefri indtjekning",
        """Velkommen, {F:name}! Hotellet har ingen reception om natten, så her er alt, du skal bruge.

Værelse | {D:roomno}
Døren til værelset | {S:pin6}
Hovedindgangen | {S:pin62}
Udtjekning | senest kl. {D:time}

God tur!""",
    ),
    T(
        "blocks",
        "hard",
        "Aktivér dit gavekort",
        """Dit gavekort til {F:shop} er klar, ordre {D:order}.

Gavekortkoden | {S:akey}

Indtast koden i kurven, når du betaler.""",
    ),
    T(
        "text",
        "hard",
        "SV: Kan ikke logge ind [sag {D:caseno}]",
        """Hej {F:name}

Kontoen er låst op nu. Prøv med {S:pw}, og skift det så til noget, du selv har valgt.

Mvh
Jens, kundesupport

> Hej, jeg kan ikke logge ind på Min side. Der står, at min konto er låst.
> Kundenummer {D:custno}""",
    ),
    T(
        "text",
        "hard",
        "Din pakke ligger i døgnboksen",
        """Hej {F:name}

Din pakke {D:tracking} ligger nu i døgnboksen ved {F:shop}, {F:street}, låge 14.
Boksens kode er {S:pin6}, og pakken kan hentes hele døgnet indtil {D:date}.

Venlig hilsen
Pakkeboksen.dk""",
    ),
    T(
        "html",
        "hard",
        "Jeres webshop er klar",
        """<p>Hej {F:name}</p>
<p>Jeres nye webshop er sat op og kan ses på jeres eget domæne om et par timer.</p>
<p>Log på administrationen med brugeren <b>admin</b> – første gang bruger du <b>{S:pw}</b>,
hvorefter du bliver bedt om at vælge noget nyt.</p>
<p>Aftalenummer {D:custno}, faktura {D:invoice}</p>""",
    ),
    T(
        "blocks",
        "hard",
        "Aktivér MitID-appen",
        """Du har fået lavet MitID hos Borgerservice den {D:date}.
Når appen beder om en aktiveringskode, skal du bruge tegnene herunder.

Indtast i appen | {S:otpg}

Koden udløber efter 14 dage. Sagsnummer {D:caseno}.""",
    ),
]
