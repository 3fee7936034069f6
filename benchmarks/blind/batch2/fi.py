"""Batch 2, Finnish. Written by helper `blind2` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- about a secret, giving none
    T("text", "decoy", "Salasanasi on vaihdettu",
      """Hei {F:name},

verkkopalvelusi salasana vaihdettiin {D:date} klo {D:time}.
Jos vaihdoit sen itse, sinun ei tarvitse tehdä mitään.
Jos et tunnista muutosta, soita heti numeroon {D:phone} ja kerro asiakasnumerosi {D:custno}.

Ystävällisin terveisin
Asiakaspalvelu"""),
    T("html", "decoy", "Varo huijausviestejä",
      """<p>Hei {F:name},</p>
<p>Liikkeellä on taas viestejä, jotka näyttävät tulevan meiltä. Muista:</p>
<ul><li>emme koskaan kysy pankkitunnuksiasi, tunnuslukujasi tai PIN-koodiasi sähköpostilla tai puhelimessa,</li>
<li>älä kerro kertakäyttöistä koodia kenellekään,</li>
<li>älä avaa viestin linkkiä, jos epäilet sitä.</li></ul>
<p>Epäilyttävistä yhteydenotoista voit ilmoittaa numeroon {D:phone}.</p>"""),
    T("br", "decoy", "Uusi korttisi on postissa",
      """Hei {F:name},
uusi korttisi, joka päättyy numeroihin {D:masked}, lähti postiin {D:date}.
PIN-koodi lähetetään erillisenä kirjeenä muutaman päivän kuluttua.
Turvallisuussyistä emme koskaan lähetä korttia ja tunnuslukua samassa kuoressa.

Kysyttävää? {D:phone}"""),
    T("table", "decoy", "Unohtuiko PIN-koodi?",
      """Voit tarkistaa korttisi PIN-koodin milloin tahansa.

Mobiilisovelluksessa | Kortit > Näytä PIN
Puhelimitse | {D:phone}
Kortti | {D:masked}
Pyyntö vastaanotettu | {D:date}

Jos tilaat PIN-kirjeen, se saapuu noin viikossa."""),
    T("text", "decoy", "Salasanan palautus",
      """Hei {F:name},

saimme pyynnön salasanasi palauttamiseksi. Voit asettaa uuden salasanan alla olevasta linkistä.
Linkki on voimassa 30 minuuttia ja toimii vain kerran.

Jos et pyytänyt salasanan vaihtoa, voit jättää tämän viestin huomiotta. Nykyinen salasanasi pysyy ennallaan.

Tapausnumero {D:ref}"""),
    T("blocks", "decoy", "Uusi kirjautuminen tilillesi",
      """Huomasimme kirjautumisen uudelta laitteelta.
Aika | {D:date} klo {D:time}
Laite | Safari, iPhone
Sijainti | {F:city}
Jos tämä et ollut sinä, vaihda salasanasi heti ja ota kaksivaiheinen tunnistautuminen käyttöön."""),
    T("text", "decoy", "Kaksivaiheinen tunnistautuminen otettu käyttöön",
      """Hei {F:name},

jatkossa lähetämme vahvistuskoodin tekstiviestinä aina, kun kirjaudut uudella laitteella.
Koodi on voimassa kymmenen minuuttia ja sen voi käyttää vain kerran.
Asetuksen voi poistaa Omat tiedot -sivulla.

Asiakasnumero {D:custno}"""),
    T("html", "decoy", "Salasanoja koskevat säännöt muuttuvat",
      """<p>Hyvä asiakkaamme,</p>
<p>{D:date} alkaen salasanassa on oltava vähintään 12 merkkiä, eikä aiemmin käytettyä salasanaa voi enää valita uudelleen.
Pyydämme sinua vaihtamaan salasanasi seuraavan kirjautumisen yhteydessä.</p>
<p>Tänään sinun ei tarvitse tehdä mitään.</p>"""),
    T("br", "decoy", "Koodin voimassaolo päättyi",
      """Hei {F:name},
klo {D:time} lähettämämme koodi on vanhentunut, eikä sitä voi enää käyttää.
Voit tilata uuden koodin kirjautumissivulta.
Viite {D:ref}"""),
    T("text", "decoy", "SIM-korttisi on lukittu",
      """Hei {F:name},

liittymäsi PIN-koodi syötettiin kolme kertaa väärin, joten SIM-kortti lukittui.
Avaamiseen tarvitset PUK-koodin, jonka löydät SIM-kortin muovisesta pidikkeestä tai OmaElisa-sovelluksesta.
Älä arvaa: kymmenen väärää PUK-koodia lukitsee kortin pysyvästi.

Asiakasnumero {D:custno}"""),
    T("table", "decoy", "Yhteydenottosi on käsitelty",
      """Kiitos yhteydenotostasi.

Tiketti | {D:ref}
Suljettu | {D:date}
Aihe | Salasanalla ei pääse kirjautumaan

Asiakaspalvelumme ei koskaan pyydä lähettämään salasanaasi sähköpostitse. Jos ongelma jatkuu, soita {D:phone}."""),
    T("html", "decoy", "Tunnuslukukirje on lähetetty",
      """<p>Hei {F:name},</p>
<p>Pyynnöstäsi {D:date} lähetimme uuden tunnuslukukirjeen kotiosoitteeseesi. Kirje saapuu 3–5 arkipäivän kuluessa.</p>
<p>Tunnusluvustasi emme kerro puhelimessa emmekä sähköpostissa.</p>
<p>Kortti {D:masked}</p>"""),
    # --- no secret at all
    T("table", "none", "Tilausvahvistus {D:order}",
      """Kiitos tilauksestasi, {F:name}!

Tilausnumero | {D:order}
Tilauspäivä | {D:date}
Yhteensä | {D:price}
Toimitusosoite | {F:street}, {D:postcode} {F:city}

Ilmoitamme, kun paketti on matkalla."""),
    T("text", "none", "Pakettisi on matkalla",
      """Hei {F:name}, tilauksesi {D:order} on lähetetty.

Seurantatunnus: {D:tracking}
Arvioitu toimitus: {D:date}

Saat Postilta viestin, kun paketti on noudettavissa."""),
    T("table", "none", "Lasku {D:invoice}",
      """Uusi laskusi on valmis.

Laskun numero | {D:invoice}
Summa | {D:price}
Eräpäivä | {D:date}
Tilinumero | {D:iban}
Viitenumero | {D:ref}

E-laskun tai suoramaksun käyttäjänä sinun ei tarvitse tehdä mitään."""),
    T("br", "none", "Ajanvarauksesi on vahvistettu",
      """Hei {F:name},
aikasi on varattu {D:date} klo {D:time} toimipisteeseemme {F:city}.
Ota mukaan henkilöllisyystodistus.
Peruutukset numeroon {D:phone}."""),
    T("html", "none", "Palautuksesi on vastaanotettu",
      """<p>Hei {F:name},</p>
<p>Tilauksen <b>{D:order}</b> palautus on saapunut varastollemme. Palautamme <b>{D:price}</b> kortillesi {D:masked} viiden päivän kuluessa.</p>"""),
    T("blocks", "none", "Jäsenyytesi uusiutuu",
      """{F:shop}-jäsenyytesi uusiutuu automaattisesti.
Jäsennumero | {D:custno}
Uusiutumispäivä | {D:date}
Hinta | {D:price}
Jos haluat jatkaa, sinun ei tarvitse tehdä mitään."""),
    # --- secrets a naive keyword rule misses
    T("text", "hard", "Vahvista kirjautuminen",
      """Hei {F:name},

syötä {S:otp} sovellukseen viimeistelläksesi kirjautumisen.
Numerosarja on voimassa 10 minuuttia.

Etkö yrittänyt kirjautua? Soita {D:phone}."""),
    T("text", "hard", "{S:otp} on vahvistuskoodisi",
      """Käytä lukua {S:otp} sähköpostiosoitteesi vahvistamiseen {F:shop}-palvelussa.
Älä välitä tätä viestiä eteenpäin."""),
    T("br", "hard", "Viimeistele tilin avaus",
      """Melkein valmista, {F:name}!
Koodi on {S:otpg}.
Kirjoita se avoinna olevan sivun kenttään.
Tilaus {D:order}"""),
    T("text", "hard", "Uusi tunnuslukusi",
      """Hyvä {F:name},

olemme pyynnöstäsi luoneet uuden tunnusluvun kortillesi {D:masked}.
Tunnuslukusi on alla. Painathan sen mieleesi ja hävitä viesti sen jälkeen.

        {S:pin}

Voit vaihtaa tunnusluvun missä tahansa Otto-automaatissa."""),
    T("blocks", "hard", "Tunnuksesi ensimmäistä kirjautumista varten",
      """Tässä tiedot ensimmäistä kirjautumista varten.
Käyttäjätunnus | {F:name}{D:amount}
Väliaikainen salasana | {S:pw}
Sinua pyydetään vaihtamaan salasana heti kirjautumisen jälkeen."""),
    T("table", "hard", "Liittymäsi tiedot",
      """Tervetuloa asiakkaaksi, {F:name}.

Puhelinnumero | {D:phone}
PIN-koodisi | {S:pin}
PUK-koodisi | {S:puk}
Asiakasnumero | {D:custno}

Säilytä tiedot turvallisessa paikassa."""),
    T("text", "hard", "Salasanasi on nollattu",
      """Hei {F:name},

tukipalvelumme nollasi tunnuksesi {D:date}. Uusi salasanasi on {S:pwword}.
Vaihda se ensimmäisellä kirjautumiskerralla.

Viite {D:ref}"""),
    T("html", "hard", "Vieraiden langaton verkko",
      """<p>Hei {F:name},</p>
<p>Kiitos varauksestasi. Vierasverkon salasanan löydät alta, ja se on voimassa koko vierailusi ajan.</p>
<p style="font-size:20px;font-family:monospace">{S:pw}</p>
<p>Varausnumero {D:ref}, saapuminen {D:date}.</p>"""),
    T("table", "hard", "Tervetuloa henkilöstöportaaliin",
      """Tervetuloa taloon, {F:name}. Tunnuksesi on luotu.

Tunnus | {F:name}.hr
Salasanaksesi on asetettu | {S:pw}
Henkilönumero | {D:custno}
Aloituspäivä | {D:date}"""),
    T("text", "hard", "Aktivoi korttisi",
      """Hei {F:name},

uusi korttisi {D:masked} on käytettävissä, kun olet aktivoinut sen.
Soita numeroon {D:phone} ja näppäile pyydettäessä aktivointinumero {S:pin6}.

Kiitos, että asioit kanssamme."""),
    T("br", "hard", "Turvakysymys tallennettu",
      """Hei {F:name},
asetit turvakysymyksen puhelinpalvelua varten.
Kysymys: ensimmäisen lemmikkisi nimi
Tallentamasi vastaus: {S:answer}
Kysymme sitä, kun soitat numeroon {D:phone}."""),
    T("blocks", "hard", "SIM-kortin tunnusluvut",
      """Uusi SIM-korttisi liittymään {D:phone} on aktivoitu.
PIN-koodi | {S:pin}
PUK-koodi | {S:puk}
Tilaus | {D:order}"""),
    T("text", "hard", "Noudettava paketti",
      """Pakettisi {D:tracking} odottaa pakettiautomaatissa osoitteessa {F:street}.
Avaa luukku koodilla {S:otp} viimeistään {D:date}.
Sen jälkeen lähetys palautetaan lähettäjälle."""),
    T("br", "hard", "Kirjautumistietosi ovat alla",
      """Hyvä {F:name},
kiitos rekisteröitymisestä. Salasananne on:
{S:pw}
Asiakasnumeronne on {D:custno}."""),
    T("html", "hard", "Virtuaalikortti on luotu",
      """<p>Hei {F:name},</p>
<p>Virtuaalikorttisi on valmis verkko-ostoksiin.</p>
<table><tr><td>Kortin numero</td></tr><tr><td style="font-size:18px">{S:card}</td></tr>
<tr><td>Voimassa</td></tr><tr><td>{D:date}</td></tr></table>
<p>Turvakoodin näet vain sovelluksessa.</p>"""),
    T("text", "hard", "Päätös hakemukseesi",
      """Hyvä {F:name},

olemme käsitelleet {D:date} saapuneen hakemuksesi. Hakijan henkilötunnus: {S:nid}.
Päätös lähetetään myös OmaKanta-palveluun.

Kela"""),
    T("table", "hard decoy", "Vahvista puhelinnumerosi",
      """Älä koskaan kerro tätä kenellekään, et edes meille.

Vahvistuskoodisi | {S:otpg}
Voimassa klo | {D:time} asti

Jos et pyytänyt koodia, voit ohittaa viestin."""),
    T("text", "hard", "Porraskäytävän ovikoodi",
      """Hei {F:name},

tervetuloa uuteen kotiisi osoitteessa {F:street}. Ulko-ovi aukeaa näppäilemällä
{S:pin} ja painamalla #-näppäintä.
Jätehuolto käy {D:date}."""),
    # --- plainly labelled secrets
    T("text", "easy", "Kertakäyttöinen salasana",
      """Kertakäyttöinen salasanasi on {S:otp}. Se vanhenee viidessä minuutissa.
Älä koskaan kerro salasanaa kenellekään."""),
    T("br", "easy", "Vahvistuskoodi",
      """Hei {F:name},
vahvistuskoodi: {S:otp}
Tilaus {D:order}, {D:price}"""),
    T("html", "easy", "PIN-koodi",
      """<p>Hei {F:name},</p><p>PIN-koodi: <strong>{S:pin}</strong></p><p>Kortti {D:masked}</p>"""),
    T("table", "easy", "Tunnuksesi",
      """Käyttäjätunnus | {F:name}
Salasana | {S:pw}
Asiakasnumero | {D:custno}"""),
    T("text", "easy decoy", "Kirjautumiskoodi",
      """Kirjautumiskoodi: {S:otp}
Emme koskaan soita ja kysy tätä koodia. Jos joku kysyy, lopeta puhelu ja soita {D:phone}."""),
    T("blocks", "easy", "PUK-koodi",
      """Pyysit liittymän {D:phone} PUK-koodia.
PUK-koodi | {S:puk}
Pyydetty | {D:date}"""),
    T("br", "hard", "Verkkopankin tunnusluvut",
      """Hei {F:name},
tunnuslukusovelluksen käyttöönottoa varten tarvitset aktivointikoodin.
Aktivointikoodisi löytyy tämän viestin lopusta.
Asiakasnumero {D:custno}

{S:otpg}"""),
    # --- more inflected forms, pointer phrases and label/value decoys
    T("text", "hard", "Tunnuksesi on luotu",
      """Hei {F:name},

tunnuksesi perheen yhteiseen palveluun on nyt luotu. Käyttäjätunnuksesi on {F:name}{D:amount} ja salasanaksi on asetettu {S:pwword}.
Suosittelemme, että vaihdat salasanan heti ensimmäisellä kirjautumiskerralla.

Asiakaspalvelu {D:phone}"""),
    T("br", "hard", "Kirjaudu kertakäyttökoodilla",
      """Hei {F:name},
voit kirjautua tilillesi kertakäyttökoodillasi {S:otp}.
Koodin voimassaolo päättyy klo {D:time}.
Asiakasnumero {D:custno}"""),
    T("table", "decoy", "Muistutus salasanan vanhenemisesta",
      """Hei {F:name}, tässä tietoja tunnuksestasi.

Salasanasi vanhenee | {D:date}
Salasanan vaihto | Omat tiedot > Turvallisuus
Asiakasnumero | {D:custno}
Neuvonta | {D:phone}"""),
    T("html", "hard", "Uusi tunnuslukusi",
      """<p>Hyvä {F:name},</p>
<p>tilaamasi uusi tunnusluku kortille {D:masked}:</p>
<p>&nbsp;</p>
<p style="font-size:24px"><b>{S:pin}</b></p>
<p>Hävitä viesti, kun olet painanut tunnusluvun mieleesi.</p>"""),
    T("text", "decoy", "Tietoturvasta",
      """Hei {F:name},

emme koskaan kysy salasanaasi emmekä PIN-koodiasi. Salasanastasi ei ole kopiota meillä, joten emme voi kertoa sitä sinulle.
Jos unohdit tunnuslukusi, tilaa uusi verkkopankissa tai soita numeroon {D:phone}.
Tunnusluvullasi voit jatkossakin maksaa lähimaksua suuremmat ostokset.

Viite {D:ref}"""),
    T("blocks", "hard", "Kertakäyttöinen tunnusluku",
      """Sait tämän viestin, koska tilasit väliaikaisen tunnusluvun.
Kertakäyttöinen tunnuslukusi | {S:pin6}
Voimassa | {D:date} asti
Tilaus | {D:order}"""),
    T("text", "none", "Yhteystietosi on päivitetty",
      """Hei {F:name},

päivitimme yhteystietosi {D:date}. Asiakasnumerosi on edelleen {D:custno}.
Seuraavan laskusi {D:invoice} eräpäivä on {D:date2}. Maksu tilille {D:iban}, viitenumero {D:ref}.
Palvelemme numerossa {D:phone} arkisin klo 8–18."""),
    T("text", "hard", "Ota sovellus käyttöön",
      """Hei {F:name},

syötä sovellukseen seuraava numerosarja:

{S:otp}

Sarja on voimassa 15 minuuttia. Tilaus {D:order}."""),
]
