"""Batch 5, Finnish. Written by helper `blind5a` on 2026-12-04 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- salaisuudesta kerrotaan, mutta sitä ei anneta
    T(
        "text",
        "decoy",
        "Emme koskaan kysy tunnuslukujasi",
        """Hei {F:name},

liikkeellä on jälleen huijausviestejä, joissa lähettäjä esiintyy Saimaan Säästöpankkina.

Muistathan: emme koskaan kysy verkkopankkitunnuksiasi, tunnuslukujasi tai kortin PIN-koodia
puhelimessa, tekstiviestillä tai sähköpostilla. Jos joku kysyy, lopeta puhelu ja soita meille
numeroon {D:phone}.

Ystävällisin terveisin
Saimaan Säästöpankki""",
    ),
    T(
        "html",
        "decoy",
        "Tunnuslukusi vaihdettiin",
        """<p>Hei {F:name},</p>
<p>Mobiilisovelluksesi tunnusluku vaihdettiin {D:date} klo {D:time}.</p>
<p>Jos vaihdoit sen itse, sinun ei tarvitse tehdä mitään. Jos et tunnista muutosta, soita heti
numeroon {D:phone}, niin suljemme sovelluksen käytön.</p>
<p>Asiakasnumero {D:custno}</p>""",
    ),
    T(
        "br",
        "decoy",
        "Uusi korttisi on postitettu",
        """Hei {F:name},
uusi debit-korttisi lähti postiin {D:date}.
Kortin PIN-koodi lähetetään erillisenä kirjeenä noin kahden arkipäivän kuluttua.
Lähetämme kortin ja tunnusluvun tarkoituksella eri kirjeissä.

Kirjeen seurantatunnus {D:tracking}
Korttipalvelu {D:phone}""",
    ),
    T(
        "table",
        "decoy",
        "Salasanasi vanhenee pian",
        """Hämeen ammattikorkeakoulun käyttäjätunnuksesi salasana on vanhenemassa.

Käyttäjätunnus | {F:name}.opiskelija
Salasana vaihdettu viimeksi | {D:date}
Vanhenee | {D:date2} klo {D:time}
Vaihtaminen | Itsepalveluportaali > Tietoturva

Vanhentuneella salasanalla et pääse sähköpostiin, Moodleen etkä kirjaston palveluihin.""",
    ),
    T(
        "blocks",
        "decoy",
        "Varastokoppisi on varattu",
        """Kiitos varauksesta, {F:name}. Varastokoppisi Varastohotelli Kaapissa on valmiina.
Koppi | {D:roomno}
Sopimus alkaa | {D:date}
Kuukausivuokra | {D:price}
Ulko-oven ja koppisi avauskoodi lähetetään tekstiviestinä sopimuksen alkamispäivän aamuna. Koodia ei kerrota puhelimessa.""",
    ),
    T(
        "text",
        "decoy",
        "Salasanan vaihtaminen",
        """Hei {F:name},

saimme pyynnön vaihtaa Lounaisvoiman Oma Energia -palvelun salasanan.

Valitse uusi salasana alla olevasta linkistä. Linkki toimii kerran ja vanhenee 30 minuutissa:
https://oma.lounaisvoima.example/vaihda?pyynto=esimerkki

Jos et pyytänyt vaihtoa, voit jättää viestin huomiotta. Nykyinen salasanasi pysyy voimassa.

Asiakasnumero {D:custno}""",
    ),
    T(
        "html",
        "decoy",
        "Lähetimme sinulle vahvistuskoodin",
        """<p>Hei {F:name},</p>
<p>Lähetimme juuri vahvistuskoodin tekstiviestinä numeroon, joka päättyy {D:amount}.</p>
<p>Koodi on voimassa 10 minuuttia. Jos se ehtii vanhentua, palaa kirjautumissivulle ja valitse <em>Lähetä uusi koodi</em>.</p>
<p>Etkö pyytänyt koodia? Vaihda salasanasi ja ota yhteyttä asiakaspalveluumme numerossa {D:phone}.</p>
<p>Vakuutusyhtiö Kaleva</p>""",
    ),
    T(
        "br",
        "decoy",
        "Tervetuloa Hotelli Saimaanhoviin",
        """Hei {F:name},
odotamme sinua {D:date}. Varausnumerosi on {D:pnr}.
Huoneesi on {D:roomno}, ja se sijaitsee kolmannessa kerroksessa.

Huoneen tallelokeron koodin valitset itse, kun suljet lokeron ensimmäisen kerran.
Jos koodi unohtuu, yövastaanotto avaa lokeron henkilöllisyytesi tarkistamisen jälkeen.

Vastaanotto {D:phone}""",
    ),
    T(
        "table",
        "decoy",
        "Tunnusten uusimispyyntösi käsittely",
        """Kiitos yhteydenotostasi. Tässä pyyntösi tilanne.

Asian numero | {D:caseno}
Pyyntö | Verkkopankkitunnusten uusiminen
Vastaanotettu | {D:date} klo {D:time}
Tila | Odottaa tunnistautumista konttorissa

Uudet tunnukset annetaan sinulle konttorissa, kun olet todistanut henkilöllisyytesi.""",
    ),
    T(
        "text",
        "decoy",
        "Wilma-tunnukset syksyllä",
        """Hyvät huoltajat,

Kaukajärven koulun Wilma-tunnukset uusille oppilaille ja huoltajille jaetaan lukuvuoden
ensimmäisessä vanhempainillassa {D:date} klo {D:time} koulun ruokalassa.

Jos et pääse paikalle, voit hakea tunnukset koulusihteeriltä henkilöllisyystodistusta vastaan.
Tunnuksia ei lähetetä sähköpostilla eikä kerrota puhelimessa.

Koulusihteeri, puh. {D:phone}""",
    ),
    T(
        "html",
        "decoy",
        "Mobiilivarmenteesi on otettu käyttöön",
        """<p>Hei {F:name},</p>
<p>Mobiilivarmenteesi liittymään {D:phone} on nyt käytössä.</p>
<p>Valitsit varmenteen PIN-koodin itse puhelimessasi, eikä se tallennu meille. Emme siis voi kertoa sitä
sinulle, jos se unohtuu: silloin varmenne pitää tilata uudelleen.</p>
<p>Asiakasnumero {D:custno}<br>Operaattori Pohjolan Linkki</p>""",
    ),
    T(
        "blocks",
        "decoy",
        "Kiitos lahjakorttitilauksesta",
        """Tilauksesi {D:order} on lähetetty.
Lahjakortin arvo | {D:price}
Lähetetty | {D:date}
Kortin numero ja PIN-koodi ovat kortin kääntöpuolella hopeisen raaputuspinnan alla. Raaputa pinta vasta, kun käytät korttia, ja säilytä kuitti, kunnes kortin saldo on käytetty.""",
    ),
    T(
        "text",
        "decoy",
        "Teoriakokeesi Autokoulu Ratissa",
        """Hei {F:name},

teoriakokeesi on {D:date} klo {D:time} Autokoulu Ratin luokassa {D:roomno}.

Kokeen kirjautumistiedot saat valvojalta paperilla vasta kokeen alkaessa. Ota mukaan
henkilöllisyystodistus; ilman sitä et voi osallistua.

Autokoulu Ratti, {F:city}
Asiakasnumero {D:custno}""",
    ),
    T(
        "br",
        "decoy",
        "Satamaportin koodi vaihtuu",
        """Hyvät veneilijät,
Koivusaaren venesataman portin koodi vaihtuu {D:date}.
Uusi koodi lähetetään kaikille laituripaikan haltijoille tekstiviestillä edellisenä iltana.

Koodia ei saa antaa vierasveneilijöille: heille satamakapteeni avaa portin numerosta {D:phone}.
Laskun viite {D:ref}""",
    ),
    T(
        "table",
        "decoy",
        "Näin tavoitat IT-tuen",
        """Tervetuloa taloon! Tässä yhteystiedot, jos jokin ei toimi.

IT-tuki | {D:phone}
Salasanan vaihto | alanumero {D:roomno}
Ensimmäinen tikettisi | {D:caseno}
Aukioloajat | ma–pe 8–16

Verkkosalasanasi saat esihenkilöltäsi henkilökohtaisesti ensimmäisenä työpäivänä.""",
    ),
    T(
        "html",
        "decoy",
        "Kirjautuminen uudelta laitteelta",
        """<p>Hei {F:name},</p>
<p>Eläkevakuutus Ilves -palveluun kirjauduttiin salasanallasi uudelta laitteelta {D:date} klo {D:time} ({F:city}).</p>
<p>Jos kirjauduit itse, kaikki on kunnossa.</p>
<p>Jos et, vaihda salasanasi heti kirjautumissivulla ja soita meille numeroon {D:phone}. Mainitse viite {D:ref}.</p>""",
    ),
    # --- ei salaisuutta, paljon numeroita
    T(
        "text",
        "none",
        "Matkalippusi Tampere–Oulu",
        """Hei {F:name},

kiitos, että matkustat kanssamme.

Varaustunnus: {D:pnr}
Lähtö: {D:date} klo {D:time}, vaunu 4
Hinta yhteensä: {D:price}

Näytä lippu konduktöörille sovelluksessa tai tulosteena.
Asiakaspalvelu {D:phone}""",
    ),
    T(
        "html",
        "none",
        "Sähkölaskusi on valmis",
        """<h3>Lasku ajalta loka–joulukuu</h3>
<table>
<tr><td>Laskun numero</td><td>{D:invoice}</td></tr>
<tr><td>Viitenumero</td><td>{D:ref}</td></tr>
<tr><td>Summa</td><td>{D:price}</td></tr>
<tr><td>Eräpäivä</td><td>{D:date}</td></tr>
</table>
<p>Maksa tilille {D:iban} ja käytä viitenumeroa.</p>""",
    ),
    T(
        "br",
        "none",
        "Muistutus hammaslääkäriajasta",
        """Hei {F:name},
muistutamme hammastarkastuksestasi {D:date} klo {D:time}.
Hammasklinikka Hymy, {F:street}, {D:postcode} {F:city}.

Jos aika ei sovi, peru se viimeistään edellisenä päivänä numerossa {D:phone}.
Potilasnumero {D:custno}""",
    ),
    T(
        "table",
        "none",
        "Tilauksesi on lähetetty",
        """Hyviä uutisia: tilauksesi on matkalla. Kiitos, että valitsit kaupan {F:shop}.

Tilausnumero | {D:order}
Seurantatunnus | {D:tracking}
Yhteensä | {D:price}
Toimitusosoitteen postinumero | {D:postcode}

Saat tekstiviestin, kun paketti on noudettavissa.""",
    ),
    T(
        "blocks",
        "none",
        "Asukaspysäköintitunnuksesi on uusittu",
        """Hei {F:name}, asukaspysäköintitunnuksesi on uusittu.
Tunnuksen numero | {D:caseno}
Voimassa | {D:date} asti
Alue | {D:postcode}
Maksettu | {D:price}
Paperista tunnusta ei tarvitse pitää tuulilasissa: pysäköinninvalvoja tarkistaa rekisterinumeron.""",
    ),
    T(
        "text",
        "none",
        "Kotivakuutuksesi uusiutuu",
        """Hei {F:name},

kotivakuutuksesi uusiutuu {D:date}.

Vakuutusnumero: {D:custno}
Uusi vuosimaksu: {D:price}
Omavastuu: {D:price2}

Jos kaikki on kunnossa, sinun ei tarvitse tehdä mitään. Palvelemme numerossa {D:phone}.""",
    ),
    T(
        "table",
        "none",
        "Autosi huoltoaika on vahvistettu",
        """Kiitos ajanvarauksesta, {F:name}.

Työtilaus | {D:caseno}
Päivä | {D:date}
Tuo auto | klo {D:time} mennessä
Arvio | {D:price}

Autokorjaamo Mäkinen, {F:street}, {F:city}.""",
    ),
    # --- vaikeat: arvo ilman selvää tunnistesanaa, taivutetut muodot, arvo toisaalla
    T(
        "text",
        "hard",
        "Viimeistele sovelluksen käyttöönotto",
        """Hei {F:name},

olet melkein valmis. Avaa Saimaan Säästöpankin sovellus uudessa puhelimessasi ja näppäile
{S:otp}, kun sovellus sitä pyytää.

Tämä toimii vain siinä puhelimessa, jossa aloitit, ja vain seuraavan vartin ajan.
Jos et ottanut uutta puhelinta käyttöön, soita meille numeroon {D:phone}.""",
    ),
    T(
        "br",
        "hard",
        "Vs: en pääse palkanlaskennan portaaliin",
        """Hei {F:name},
nollasin tunnuksesi palkanlaskennan portaaliin, kuten puhelimessa sovittiin.
Väliaikainen on {S:pw}, ja portaali pyytää sinua vaihtamaan sen heti kirjautumisen jälkeen.

Tiketti {D:caseno} on nyt suljettu.
Tiina, HR-järjestelmät""",
    ),
    T(
        "html",
        "hard",
        "Noutotietosi",
        """<p>Hei {F:name},</p>
<p>Tilauksesi {D:order} odottaa noudettavana myymälässämme osoitteessa {F:street}. Noutotunnuksesi löytyy tämän viestin lopusta.</p>
<p>Näytä se noutopisteessä sisäänkäynnin vieressä. Noutamattomat tilaukset palautetaan {D:date}.</p>
<p>Kiitos, että asioit kanssamme! {F:shop}</p>
<hr>
<p style="font-size:26px;letter-spacing:4px;text-align:center">{S:pin}</p>""",
    ),
    T(
        "text",
        "hard",
        "Uusi salasanasi",
        """Hei {F:name},

nollasimme pyynnöstäsi kirjautumisesi Partiolippukunta Kotkien jäsenrekisteriin.
Salasanasi on nyt {S:pwword}. Vaihdathan sen omaksesi kirjauduttuasi.

Lippukunnan sihteeri, {D:phone}""",
    ),
    T(
        "table",
        "hard",
        "Varastosi on valmiina",
        """Tervetuloa Varastohotelli Kaappiin, {F:name}.

Varasto | {D:roomno}
Osoite | {F:street}, {F:city}
Portin näppäimistö | {S:pin6}
Kulkuajat | klo 6–22

Näppäile numerot portilla ja paina vihreää painiketta.""",
    ),
    T(
        "blocks",
        "hard",
        "Hälytysjärjestelmäsi on asennettu",
        """Hei {F:name}, uusi hälytinkeskuksesi on asennettu ja toiminnassa.
Henkilökohtainen käyttäjäkoodisi | {S:pin}
Asentajan työnumero | {D:caseno}
Näppäile koodi ja paina OK, kun haluat kytkeä hälytyksen päälle tai pois.""",
    ),
    T(
        "text",
        "hard",
        "{S:otp} on kirjautumiskoodisi",
        """Hei {F:name},

kirjaudu OmaTerveys-palveluun otsikkorivin numerolla.
Numero lakkaa toimimasta 10 minuuttia tämän viestin lähettämisen jälkeen.

Jos et yrittänyt kirjautua, voit jättää viestin huomiotta.""",
    ),
    T(
        "html",
        "hard",
        "Sait lahjakortin!",
        """<h2>{F:name}, sinulle on lähetetty lahja!</h2>
<p>Sait Kauppakeskus Koskikaaren e-lahjakortin, jonka arvo on {D:price}.</p>
<table style="border:1px solid #ccc">
<tr><td>Kortin numero</td><td>{S:card}</td></tr>
<tr><td>Turvanumero</td><td>{S:pin}</td></tr>
</table>
<p>Käytä kortti kauppakeskuksen liikkeissä {D:date} mennessä.</p>""",
    ),
    T(
        "br",
        "hard",
        "Laiturin portille uusi lukko",
        """Hyvät jäsenet,
laiturin portin riippulukko katkaistiin viime viikolla, ja tilalle on vaihdettu numerolukko.
Lauantaista alkaen lukko aukeaa yhdistelmällä {S:pin}.
Sekoitathan numerot lukitsemisen jälkeen, äläkä kirjoita niitä porttiin.

Seuraava hallituksen kokous: {D:date} klo {D:time} kerhotalolla.
Pursiseura Kotka ry""",
    ),
    T(
        "text",
        "hard",
        "Langaton verkko kokouspäivinä",
        """Hei {F:name},

tervetuloa Kokouskeskus Järvenhelmeen. Kokouksesi on salissa {D:roomno}.

Liity verkkoon "Jarvenhelmi-Vieras" ja kirjoita {S:phrase}, kun laite sitä kysyy.
Aamiainen tarjoillaan klo {D:time} alkaen ravintola Kaislassa.

Vastaanotto""",
    ),
    T(
        "table",
        "hard",
        "Uusi SIM-korttisi",
        """Uusi SIM-korttisi on matkalla, {F:name}.

Liittymän numero | {D:phone}
PIN-koodisi | {S:pin}
PUK-koodisi | {S:puk}
Tilaus | {D:order}

Säilytä tämä viesti: jälkimmäistä tarvitset, jos kortti joskus lukittuu.""",
    ),
    T(
        "blocks",
        "hard",
        "Vahvista sähköpostiosoitteesi",
        """Hei {F:name}, kiitos rekisteröitymisestä Liikuntakeskus Voimalaan.
Kirjoita tämä rekisteröitymissivulle
{S:otpg}
Se toimii kerran ja vain seuraavat 20 minuuttia.
Jäsennumero | {D:custno}""",
    ),
    T(
        "html",
        "hard",
        "Turvakysymyksesi on päivitetty",
        """<p>Hei {F:name},</p>
<p>Vaihdoit {D:date} Eläkevakuutus Ilveksen palvelussa turvakysymyksesi.</p>
<p>Valitsemasi kysymyksen vastaukseksi tallennettiin <strong>{S:answer}</strong>.
Kysymme sitä, kun soitat meille numeroon {D:phone}.</p>
<p>Jos et tehnyt muutosta, soita meille heti.</p>""",
    ),
    T(
        "text",
        "hard",
        "Vs: toimiston ovi ei aukea",
        """Hei {F:name},

pahoittelut aamusta. Kiinteistöhuolto vaihtoi sivuoven koodin viikonloppuna: nyt se on {S:pin}
ja perään risuaita. Työpisteesi on edelleen {D:roomno} toisessa kerroksessa.

> Kokeilin vanhaa numeroa kaksi kertaa ja lukko vain piippaa.

Terveisin Tuomas, toimistopäällikkö""",
    ),
    T(
        "br",
        "hard",
        "Lunasta pelisi",
        """Kiitos tilauksestasi {D:order}, {F:name}!
Lisää peli kirjastoosi: avaa konsolin kauppa, valitse Lunasta ja näppäile:
{S:akey}

Voit käyttää sen vain kerran, ja se toimii vain konsolisi alueella.
Kuitin loppusumma: {D:price}""",
    ),
    T(
        "table",
        "hard",
        "Vuokrahakemuksesi tiedot",
        """Kiitos vuokrahakemuksesta, {F:name}. Nämä tiedot kirjasimme hakemukseesi.

Hakemusnumero | {D:custno}
Hetu | {S:nid}
Toivottu muuttopäivä | {D:date}
Vuokranmaksutili | {D:iban}

Ilmoitathan perjantaihin mennessä, jos jokin tieto on väärin.""",
    ),
    T(
        "blocks",
        "hard",
        "Virtuaalikorttisi on valmis",
        """Virtuaalinen debit-korttisi on valmis verkko-ostoksiin, {F:name}.
Numero | {S:card}
Voimassa | 11/29
Kortin kolminumeroisen turvakoodin näet sovelluksessa kohdassa Kortit > Näytä tiedot.""",
    ),
    T(
        "html",
        "hard",
        "Puhelinpalvelun käyttöönotto",
        """<p>Hei {F:name},</p>
<p>Kiitos, että otit käyttöön Saimaan Säästöpankin puhelinpalvelun.</p>
<p>Kun soitat numeroon {D:phone}, automaattinen palvelu kysyy ensin asiakasnumeroasi ({D:custno}) ja sitten näitä numeroita:</p>
<p style="font-size:22px"><b>{S:pin6}</b></p>
<p>Voit vaihtaa ne päävalikossa painamalla 3.</p>""",
    ),
    T(
        "text",
        "hard",
        "Kaupunkipyöräkautesi alkoi",
        """Hei {F:name},

kaupunkipyöräkautesi on voimassa {D:date} asti.

Kun haluat lainata pyörän, näppäile telineen näppäimistöön {S:pin} tai näytä matkakorttia
lukijalle, ja vedä pyörä irti, kun valo muuttuu vihreäksi.

Kysyttävää? {D:phone}""",
    ),
    T(
        "blocks",
        "hard",
        "Toimitilojen uudet ovikoodit",
        """Hyvät työkaverit, toimitilojen koodit vaihtuvat {D:date}.
Pääovi | {S:pin}
Autohalli ja pyörävarasto | {S:pin2}
Älkää antako niitä lähetille, vaan tulkaa avaamaan ovi. Kiinteistöhuolto {D:phone}.""",
    ),
    T(
        "br",
        "hard",
        "Nuorisoseurantalon varauksesi",
        """Hei {F:name},
kiitos, että varasit Nuorisoseurantalo Kotirinteen {D:date} klo {D:time} alkaen. Lasku {D:invoice} on liitteenä.
Talon avain on avainkaapissa sivuoven vasemmalla puolella. Kaapin yhdistelmän löydät tämän viestin lopusta.

Jätäthän avaimen lähtiessäsi takaisin kaappiin ja sekoitathan numerot.
Seuran vuokravastaava

{S:pin}""",
    ),
    T(
        "text",
        "hard",
        "Verkkopalvelun tunnuksesi",
        """Hei {F:name},

Työttömyyskassa Aallon verkkopalvelun tunnuksesi on luotu.

Käyttäjätunnuksesi on jäsennumerosi {D:custno}. Tilapäinen tunnuslukusi on {S:pin6};
palvelu pyytää sinua vaihtamaan sen ensimmäisellä kirjautumiskerralla.

Työttömyyskassa Aalto""",
    ),
    T(
        "br",
        "hard",
        "Tunnuslukusi on vaihdettu",
        """Hei {F:name},
puhelimessa sovitusti tunnusluvuksesi vaihdettiin {S:pin}.
Voit kirjautua sillä OmaSähkö-palveluun heti.

Viite {D:ref}, asiakaspalvelu {D:phone}""",
    ),
    T(
        "html",
        "hard decoy",
        "Hyväksy kirjautuminen",
        """<p>Hei {F:name},</p>
<p><strong>Älä koskaan kerro tätä kenellekään, joka soittaa sinulle, vaikka hän sanoisi olevansa Lounaisvoimasta.</strong></p>
<p style="font-size:24px">{S:otp}</p>
<p>Kirjoita se kirjautumissivulle jatkaaksesi. Jos et yrittänyt kirjautua, vaihda salasanasi.</p>""",
    ),
    # --- helpot
    T(
        "text",
        "easy",
        "Korttisi uusi PIN-koodi",
        """Hei {F:name},

pyysit PIN-koodia suojattuna viestinä.

PIN-koodi: {S:pin}

Opettele se ulkoa ja poista tämä viesti. Kortti: {D:masked}
Saimaan Säästöpankki""",
    ),
    T(
        "br",
        "easy",
        "Vahvistuskoodisi",
        """Hei {F:name},
vahvistuskoodisi on: {S:otp}
Syötä se 10 minuutin kuluessa kirjautuaksesi OmaTerveys-palveluun.""",
    ),
    T(
        "table",
        "easy",
        "Vierastunnuksesi kirjastoon",
        """Tässä vierastunnuksesi Hämeen ammattikorkeakoulun kirjastoon.

Käyttäjätunnus | vieras{D:amount}
Salasana | {S:pw}
Voimassa | {D:date} asti""",
    ),
    T(
        "blocks",
        "easy",
        "PUK-koodisi",
        """Hei {F:name}, tässä koodi SIM-korttisi lukituksen avaamiseen.
PUK-koodi | {S:puk}
Liittymä | {D:phone}
Syötä koodi, kun puhelin pyytää PUK-koodia, ja valitse sitten uusi PIN-koodi.""",
    ),
]
