"""Batch 4, Finnish. Written by helper `blind4a` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- about a secret, giving none
    T("text", "decoy", "Sovelluksen salasana päivitetty",
      """Hei {F:name},

Kuntokeskus Voiman sovelluksen kirjautumissalasana päivitettiin {D:date} kello {D:time}.
Vanhalla salasanalla ei enää pääse sisään.

Jos et itse päivittänyt sitä, ilmoita asiasta vastaanottoon tai numeroon {D:phone}.

Jäsennumero {D:custno}
Kuntokeskus Voima, {F:city}"""),
    T("html", "decoy", "Huijausviestejä liikkeellä",
      """<h2>Kaleva Pankki ei kysy tunnuslukujasi</h2>
<p>Hyvä asiakas,</p>
<p>Emme koskaan pyydä verkkopankin tunnuslukuja, PIN-koodeja tai vahvistuskoodeja puhelimessa, tekstiviestillä tai sähköpostilla.
Jos joku kysyy niitä pankin nimissä, kyse on huijauksesta.</p>
<p>Älä anna vahvistuskoodejasi kenellekään, vaikka soittaja tietäisi nimesi ja kortin ({D:masked}).</p>
<p style="font-size:11px;color:#888">Kaleva Pankki Oyj, Y-tunnus 0199920-7</p>"""),
    T("br", "decoy", "Tunnuslukulistat poistuvat käytöstä",
      """Hei {F:name},
paperiset tunnuslukulistat poistuvat käytöstä {D:date}.
Sen jälkeen tunnistaudut verkkopankkiin ainoastaan Kaleva-sovelluksella, eikä listan lukuja voi enää käyttää.
Hävitä vanha lista silppurissa tai leikkaa se palasiksi.
Sovelluksen käyttöönotossa auttaa konttorimme, ajanvaraus {D:phone}.

Asiakasnumero {D:custno}"""),
    T("table", "decoy", "Salasanan voimassaolo päättyy",
      """Tämä on Tampereen kaupungin IT-palvelun automaattinen muistutus.

Käyttäjä | {F:name}
Salasanan viimeisin vaihto | {D:date}
Salasanasi voimassaolo päättyy | {D:date2}
Vähimmäispituus | 12 merkkiä

Vaihda salasanasi kaupungin koneella näppäilemällä Ctrl+Alt+Del."""),
    T("blocks", "decoy", "Kirjastokorttisi on valmis",
      """Tervetuloa kaupunginkirjaston asiakkaaksi!

Kortin numero | {D:custno}
PIN-koodi | valitset itse ensimmäisellä lainauskerralla lainausautomaatilla
Lainojen eräpäivä | {D:date}

Jos PIN-koodi unohtuu, henkilökunta asettaa uuden, kun näytät henkilöllisyystodistuksen."""),
    T("text", "decoy", "SIM-korttisi on lukittu",
      """Hei,

puhelimesi SIM-kortti lukittui, koska PIN-koodi näppäiltiin väärin kolme kertaa peräkkäin.
Lukituksen avaamiseen tarvitset PUK-koodin. Löydät sen SIM-kortin muovisesta kehikosta
tai OmaLinkki-palvelusta kohdasta Liittymät > SIM-kortti.

Tapauksesi numero on {D:caseno}, jos haluat soittaa meille numeroon {D:phone}.

Linkki Oy"""),
    T("html", "decoy", "Vanhempainvartit ovat varattavissa",
      """<p>Hyvä huoltaja,</p>
<p>8. luokan vanhempainvartteja voi nyt varata Koulunetissä {D:date} alkaen.
Huoltajan tunnukset pysyvät samoina kuin syksyllä. Jos olet unohtanut salasanasi, tilaa uusi
kirjautumissivun <em>Unohtuiko salasana?</em> -linkistä; koulusihteeri ei näe salasanoja.</p>
<p>Keskustelut pidetään luokassa {D:roomno} kello {D:time} alkaen.</p>
<p>Hervannan yhtenäiskoulu</p>"""),
    T("br", "decoy", "Kirjautuminen muuttuu",
      """{D:date} alkaen Vakuutus Kotiturvan verkkopalveluun kirjaudutaan kahdessa vaiheessa.
Jokaisella kerralla lähetämme kertakäyttöisen tunnistuskoodin tekstiviestinä numeroon, jonka lopussa on {D:amount}.
Syötä koodi salasanasi jälkeen.
Asiakaspalvelumme ei koskaan kysy sinulta tätä koodia.

Vakuutusnumero {D:ref}"""),
    T("table", "decoy", "Mökkivarauksesi vahvistus",
      """Kiitos, että varasit lomamökin Järvi-Suomen Lomista.

Varausnumero | {D:pnr}
Mökki | {D:amount}, {F:street}
Tulopäivä | {D:date}, klo 16 alkaen
Avainlaatikon koodi | kerromme tekstiviestillä tulopäivänä kello {D:time}

Liinavaatteet ja loppusiivous sisältyvät hintaan."""),
    T("blocks", "decoy", "Tervetuloa takaisin lomalta",
      """Hei {F:name}, toivottavasti loma oli hyvä.

Verkkotunnuksesi salasana vanheni | {D:date}
Uuden salasanan voit asettaa | Oma IT -portaalissa ennen kello yhdeksää
IT-tuki | {D:phone}

IT-tuki ei koskaan pyydä sinua kertomaan salasanaasi, ei myöskään Teamsissa."""),
    T("text", "decoy", "Jäsenyytesi jatkuu",
      """Hei {F:name},

jäsenyytesi Kuntokeskus Voimassa jatkuu automaattisesti {D:date} alkaen, hinta {D:price} kuukaudessa.
Ovikoodisi ei muutu: voit käyttää samaa koodia kuin tähänkin asti.
Jos koodi on päässyt unohtumaan, näet sen sovelluksen Jäsenyys-välilehdeltä.

Jäsennumero {D:custno}"""),
    T("html", "decoy", "PIN-koodisi muutettiin",
      """<p>Hei {F:name},</p>
<p>Kaleva-tunnistussovelluksen PIN-koodisi muutettiin.</p>
<table><tr><td>Aika</td><td>{D:date} klo {D:time}</td></tr>
<tr><td>Laite</td><td>Android-puhelin</td></tr></table>
<p>Etkö tehnyt muutosta itse? Soita heti numeroon {D:phone}, palvelemme ympäri vuorokauden.</p>"""),
    T("br", "decoy", "Pakettisi odottaa automaatissa",
      """Hyviä uutisia, {F:name}: lähetys {D:tracking} on noudettavissa automaatista osoitteessa {F:street}.
Noutokoodi tulee tekstiviestillä heti, kun kuljettaja on sulkenut lokeron oven.
Nouda paketti seitsemän päivän kuluessa.

Pakettipiste"""),
    T("text", "decoy", "Vahvistuskoodi postitetaan sinulle",
      """Kiitos rekisteröitymisestä Asiointipalveluun.

Vahvistuskoodi postitetaan kotiosoitteeseesi {D:date}. Koodi on voimassa 30 päivää postituspäivästä,
ja sitä kysytään ensimmäisen kirjautumisen yhteydessä.

Jos koodia ei ole kuulunut {D:date2} mennessä, ota yhteyttä numeroon {D:phone}.

Käyttäjätunnuksesi lähetettiin erillisessä viestissä."""),
    # --- no secret at all
    T("text", "none", "Tilausvahvistus {D:order}",
      """Kiitos tilauksestasi, {F:name}!

Tilaus {D:order}
Kuoritakki, koko M ........ {D:price}
Toimitus postinumeroon {D:postcode} ........ 0,00 €

Lähetämme seurantakoodin, kun paketti lähtee. Seuranta alkaa numerolla {D:tracking}.

{F:shop}"""),
    T("html", "none", "Linkin lasku on valmis",
      """<p>Tämän kuun laskusi on valmis.</p>
<table><tr><td>Asiakasnumero</td><td>{D:custno}</td></tr>
<tr><td>Laskun numero</td><td>{D:invoice}</td></tr>
<tr><td>Summa</td><td>{D:price}</td></tr>
<tr><td>Eräpäivä</td><td>{D:date}</td></tr>
<tr><td>Viitenumero</td><td>{D:ref}</td></tr></table>
<p>Tilinumeromme on {D:iban}.</p>"""),
    T("br", "none", "Varausvahvistus",
      """Hyvä {F:name},
kiitos varauksestasi Hotelli Aaltoon.
Varaustunnus {D:pnr}, saapuminen {D:date}, kaksi yötä.
Olemme varanneet toiveesi mukaisesti huoneen {D:roomno} kolmannesta kerroksesta.
Aamiainen tarjoillaan kello {D:time} alkaen.

Muutoksista voit ilmoittaa numeroon {D:phone}."""),
    T("table", "none", "Ajanvarauksesi on vahvistettu",
      """Hammaslääkäriaikasi on varattu.

Potilasnumero | {D:custno}
Päivä | {D:date}
Kellonaika | {D:time}
Vastaanotto | {F:street}, {D:postcode}

Tulethan paikalle kymmenen minuuttia etuajassa. Peruutukset numeroon {D:phone}."""),
    T("blocks", "none", "Sähkömittarisi vaihdettiin",
      """Asentajamme vaihtoi tänään sähkömittarisi.

Uuden mittarin sarjanumero | {D:serial}
Työnumero | {D:caseno}
Lukema vaihtohetkellä | {D:amount} kWh
Seuraava lukema | {D:date}

Sinun ei tarvitse tehdä mitään."""),
    T("text", "none", "Leirikoulun maksu",
      """Hyvä huoltaja,

Leirikoulun omavastuuosuus {D:price} tulee maksaa {D:date} mennessä.
Käytä maksaessa viitenumeroa {D:ref}.

Bussi lähtee koulun pihasta {D:date2} kello {D:time}. Kysymykset kanslian numeroon {D:phone}.

Terveisin luokanvalvoja"""),
    T("html", "none", "Kotivakuutuksesi uusiutuu",
      """<p>Hyvä {F:name},</p>
<p>Vakuutuksesi {D:ref} jatkuu {D:date}. Uusi vuosimaksu on <b>{D:price}</b>.</p>
<p>Jos maksat kuukausittain, ensimmäinen erä {D:price2} veloitetaan tililtä, jonka lopussa on {D:amount}.</p>
<p>Vakuutus Kotiturva, {D:phone}</p>"""),
    # --- hard cases
    T("text", "hard", "Taksisi on tulossa",
      """Hei {F:name},

auto {D:amount} on matkalla noutopaikkaan {F:street}, arvioitu saapumisaika {D:time}.
Kerro kuljettajalle {S:pin} kyytiin noustessasi, niin hän tietää, että kyyti on sinun.

Matkan hinta-arvio {D:price}
Kyytipalvelu Aura"""),
    T("html", "hard", "{S:otpg} – kirjautuminen OmaLinkkiin",
      """<p>Joku, toivottavasti sinä, kirjautuu OmaLinkkiin uudella laitteella kello {D:time}.</p>
<p>Viestin otsikossa oleva merkkijono viimeistelee kirjautumisen. Se vanhenee kymmenessä minuutissa.</p>
<p>Etkö yrittänyt kirjautua? Vaihda salasanasi ja soita meille numeroon {D:phone}.</p>"""),
    T("br", "hard", "Pyöräkellarin ovi uusitaan",
      """Hyvät asukkaat,
pyöräkellarin vanha avainlukko vaihdetaan koodilukoksi {D:date}.
{S:pin} avaa uuden lukon heti asennuksesta alkaen.
Avaimet voi palauttaa huoltoyhtiölle, puh. {D:phone}.

Asunto Oy Koivurinne, hallitus"""),
    T("table", "hard", "Tulo-ohjeet mökille",
      """Tervetuloa huomenna! Tässä kaikki, mitä tarvitset perille päästäksesi.

Varausnumero | {D:pnr}
Mökki | {D:roomno}
Avainlaatikko | {S:pin}
Sauna lämpiää | noin {D:amount} minuutissa

Avainlaatikko on terassin oven vasemmalla puolella."""),
    T("blocks", "hard", "Ensimmäinen työpäiväsi",
      """Hei {F:name}, tervetuloa taloon.

Ensimmäisellä kirjautumiskerralla käytä alla olevaa merkkijonoa ja vaihda se heti omaksesi:
{S:pw}

Henkilönumero | {D:custno}
Aloituspäivä | {D:date}"""),
    T("text", "hard", "Kirjastotilisi on avattu uudelleen",
      """Hei {F:name},

kuten puhelimessa sovimme, avasimme kirjastotilisi uudelleen. Salasanaksesi asetettiin {S:pwword}.
Voit pitää sen tai vaihtaa sen Omat tiedot -sivulla.

Kirjastokortti {D:custno}
Kaupunginkirjasto, {F:city}"""),
    T("html", "hard", "Laajakaistasi on käytössä",
      """<p>Hei {F:name}, uusi reitittimesi on nyt käytössä.</p>
<p>Verkon nimi ja liittymiseen tarvittava salalause ovat alla. Ne on painettu myös reitittimen pohjassa olevaan tarraan.</p>
<p style="font-size:20px;font-family:monospace">Kuitu-{D:amount}</p>
<p style="font-size:20px;font-family:monospace">{S:phrase}</p>
<p>Reitittimen sarjanumero {D:serial}</p>"""),
    T("br", "hard", "SIM-kortin avaaminen",
      """Hyvä asiakas,
pyysit tapauksessa {D:caseno} apua lukitun SIM-kortin kanssa. Tässä avaamiseen tarvittavat kahdeksan numeroa: {S:puk}.
Näppäile ne, kun puhelin pyytää, ja valitse sitten uusi nelinumeroinen PIN.
Linkki Oy, {D:phone}"""),
    T("table", "hard", "Ota uusi korttisi käyttöön",
      """Kortti on käytettävissä, kun olet aktivoinut sen.

Kortti | {D:masked}
Viite | {D:ref}
Aktivoi syöttämällä | {S:otp}
Voimassa | {D:date}"""),
    T("blocks", "hard", "Koulunet-tunnuksesi",
      """Hyvä {F:name}, huoltajan Koulunet-tunnuksesi on luotu.

Tunnus | sähköpostiosoite, johon tämä viesti lähetettiin
Aloitussalasanasi | {S:pw}
Oppilas | 7. luokka, luokkahuone {D:roomno}

Aloitussalasana on vaihdettava ensimmäisellä kirjautumiskerralla."""),
    T("text", "hard", "VS: En pääse kirjautumaan (tiketti {D:caseno})",
      """Hei {F:name},

nollasin sen, nyt se on {S:pw}. Järjestelmä pyytää vaihtamaan sen kirjautuessasi.

Terveisin
Jari, IT-tuki
puh. {D:phone}

> Lähettäjä: {F:name}
> Lähetetty: {D:date}
> En pääse kirjautumaan, salasana vanheni viikonloppuna. Tiketti {D:caseno}."""),
    T("html", "hard", "Rekisteröityminen / Registrering",
      """<p><b>Suomeksi</b>: viimeistele kirjastokortin rekisteröinti kirjoittamalla lomakkeeseen {S:otp}.</p>
<p><b>På svenska</b>: slutför registreringen genom att skriva in siffrorna ovan i formuläret.</p>
<p>Kirjastokortti / Bibliotekskort {D:custno}</p>"""),
    T("br", "hard", "Lääkkeesi ovat noudettavissa",
      """Hei {F:name},
tilaamasi lääkkeet odottavat apteekin noutokaapissa, lokerossa {D:roomno}.
Näppäile kaapin näyttöön {S:otpg} ja ota paketti mukaan.
Lokero pidetään varattuna {D:date} asti.

Kauppakadun apteekki, {D:phone}"""),
    T("table", "hard", "Palautus varattu automaattiin",
      """Palautuksesi on varattu Pakettipisteen automaattiin.

Lokero | {D:roomno}
Lähetystunnus | {D:tracking}
Avaa lokero luvulla | {S:pin6}
Jätä viimeistään | {D:date}"""),
    T("blocks", "hard", "Ohjelmistolisenssisi",
      """Kiitos, että ostit Kirjanpito Plussan.

Lisenssin haltija | {F:name}
Laitteen sarjanumero | {D:serial}
Lisenssiavaimesi | {S:akey}
Lasku | {D:invoice}"""),
    T("text", "hard", "Puhelinpalvelun turvasana vaihdettu",
      """Hyvä {F:name},

puhelinpalvelun turvasanaksesi vaihdettiin tänään {S:answer}, kuten konttorissa toivoit.
Kysymme sitä jatkossa aina, kun soitat meille, joten pidä se omana tietonasi.

Asiakasnumero {D:custno}
Kaleva Pankki"""),
    T("html", "hard", "Korvaavan korttisi numero",
      """<p>Hyvä {F:name},</p>
<p>Vanha korttisi ({D:masked}) on suljettu. Uuden korttisi numero on
<span style="white-space:nowrap">{S:card}</span>, jos tarvitset sitä verkko-ostoksiin ennen kuin muovi saapuu.</p>
<p>Kortti on voimassa {D:date} asti.</p>"""),
    T("br", "hard", "Pukukaappisi: {S:pin}",
      """Hei {F:name},
olet vuokrannut pukuhuoneen kaapin {D:amount} {D:date} asti.
Yhdistelmä on tämän viestin otsikossa.
Kuntokeskus Voima, {D:phone}"""),
    T("table", "hard", "Palkkalaskelmasi",
      """Henkilönumero | {D:custno}
Henkilötunnus | {S:nid}
Veroprosentti | 21,5
Maksupäivä | {D:date}
Nettopalkka | {D:price}"""),
    T("text", "hard", "Puhepostin tunnusluku",
      """Hei {F:name},

puhepostisi tunnusluku on tämän viestin lopussa. Painathan sen mieleesi ja poista viesti sen jälkeen.

Tapaus {D:caseno}, Linkki Yritys



{S:pin}"""),
    T("text", "hard", "Porrashuoneen ovikoodi vaihtuu",
      """Hyvät asukkaat,

As Oy Koivurinteen A- ja B-porrasten ovikoodiksi tulee {D:date} alkaen {S:pin}.
Vanha koodi lakkaa toimimasta samana päivänä kello {D:time}.

Isännöitsijä {F:name}, puh. {D:phone}"""),
    T("html", "hard decoy", "Hyväksy uusi maksunsaaja",
      """<p>Olet lisäämässä uutta maksunsaajaa: tili, jonka lopussa on {D:amount}.</p>
<p>Älä kerro tätä kenellekään, älä myöskään Kaleva Pankin työntekijälle. Emme koskaan soita kysyäksemme sitä.</p>
<p style="font-size:24px;letter-spacing:4px">{S:otp}</p>
<p>Jos et ole lisäämässä maksunsaajaa, soita heti numeroon {D:phone}.</p>"""),
    # --- easy
    T("text", "easy", "Kertakäyttösalasanasi",
      """Kertakäyttösalasanasi: {S:otp}
Voimassa 10 minuuttia. Kaleva Pankki ei koskaan soita kysyäkseen sitä."""),
    T("table", "easy", "Uuden korttisi PIN-koodi",
      """Kortti | {D:masked}
PIN-koodi | {S:pin}"""),
    T("html", "easy", "Väliaikainen salasana",
      """<p>Hei {F:name},</p><p>Väliaikainen salasanasi: <b>{S:pw}</b></p><p>Tampereen kaupungin IT-palvelu</p>"""),
    T("blocks", "easy", "Vahvista sähköpostiosoitteesi",
      """Vahvistuskoodi | {S:otp}
Tilaus | {D:order}"""),
]
