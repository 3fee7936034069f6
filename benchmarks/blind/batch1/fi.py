"""Batch 1, Finnish. Written by helper `blind` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- ei salaisuutta: puhetta salaisuudesta
    T("text", "decoy", "Salasanasi on vaihdettu",
      """Hei {F:name},

{F:shop}-tilisi salasana vaihdettiin {D:date} klo {D:time}.
Jos vaihdoit salasanan itse, sinun ei tarvitse tehdä mitään.
Jos et tunnista muutosta, soita meille heti numeroon {D:phone}.

Asiakasnumero: {D:custno}"""),
    T("html", "decoy", "Tärkeä tietoturvamuistutus",
      """<p>Hyvä asiakkaamme,</p>
<p>Emme koskaan kysy salasanaasi, PIN-koodiasi tai tunnuslukujasi sähköpostilla, tekstiviestillä tai puhelimessa.
Älä luovuta tunnuksiasi kenellekään.</p>
<p>Viite: {D:ref}</p>"""),
    T("text", "decoy", "Uusi korttisi on matkalla",
      """Hei {F:name},

Uusi pankkikorttisi ({D:masked}) postitettiin {D:date}.
PIN-koodi lähetetään sinulle erillisellä kirjeellä muutaman päivän kuluttua.
Turvallisuussyistä korttia ja tunnuslukua ei koskaan lähetetä samassa kirjeessä.

Kysyttävää? Soita {D:phone}."""),
    T("br", "decoy", "Unohditko PIN-koodisi?",
      """Hei {F:name},
näet korttisi PIN-koodin milloin tahansa mobiilisovelluksessa kohdassa Kortit.
Jos unohdat PIN-koodisi, voit tilata uuden numerosta {D:phone}.
Älä säilytä PIN-koodia kortin kanssa samassa paikassa.

Kortti {D:masked}"""),
    T("table", "decoy", "Tietoturva-asetuksia muutettu",
      """Tilisi tietoturva-asetuksia on muutettu.
Muutos | Kaksivaiheinen tunnistautuminen otettu käyttöön
Päivämäärä | {D:date}
Kellonaika | {D:time}
Asiakasnumero | {D:custno}
Jos et tehnyt muutosta, vaihda salasanasi ja ota yhteyttä numeroon {D:phone}."""),
    T("text", "decoy", "Salasanan vaihtopyyntö",
      """Hei,

Saimme {D:date} pyynnön vaihtaa tilisi salasana.
Voit valita uuden salasanan alla olevasta linkistä. Linkki on voimassa 30 minuuttia.

https://oma.example.fi/salasana

Jos et pyytänyt salasanan vaihtoa, voit jättää tämän viestin huomiotta. Salasanasi pysyy ennallaan."""),
    T("blocks", "decoy", "PUK-koodin löytäminen",
      """Jos näppäilet PIN-koodin kolme kertaa väärin, SIM-kortti lukittuu ja tarvitset PUK-koodin.
Mistä löydän PUK-koodin? | OmaLiittymä-palvelusta tai SIM-kortin muovikehyksestä
Asiakaspalvelu | {D:phone}
Asiakasnumero | {D:custno}"""),
    T("text", "decoy", "Kirjautuminen muuttuu",
      """Hyvä asiakas,

{D:date} alkaen kirjaudut verkkopalveluun kertakäyttöisellä vahvistuskoodilla, joka lähetetään puhelimeesi.
Koodi on voimassa 10 minuuttia. Älä kerro koodia kenellekään, emme kysy sitä koskaan.
Salasanaa tarvitaan edelleen uudella laitteella kirjauduttaessa.

Sopimusnumero: {D:ref}"""),
    T("html", "decoy", "Turvakysymyksesi vastaus päivitetty",
      """<p>Hei {F:name},</p>
<p>Turvakysymyksesi vastaus päivitettiin {D:date}.</p>
<p>Käytämme vastausta tunnistamiseen, kun soitat asiakaspalveluun. Älä valitse vastausta, jonka muut voivat arvata.</p>
<p>Asiakasnro {D:custno}</p>"""),
    T("br", "decoy", "Tervetuloa verkkopankkiin",
      """Hei {F:name},
tervetuloa verkkopankin käyttäjäksi.
Aktivointitunnus lähetetään postitse osoitteeseen {F:street}, {D:postcode} {F:city} viiden arkipäivän kuluessa.
Kun tunnus saapuu, luot itsellesi vähintään 10 merkin salasanan.

Asiakastunnus: {D:custno}"""),
    T("text", "decoy", "Tilisi on lukittu",
      """Hei {F:name},

Lukitsimme tilisi, koska salasana syötettiin väärin viisi kertaa {D:date} klo {D:time}.
Voit avata lukituksen vaihtamalla salasanan tai soittamalla numeroon {D:phone}.
Huomaa, että salasanassa isot ja pienet kirjaimet ovat eri merkkejä.

Viite {D:ref}"""),
    T("table", "decoy", "Tunnusluku vaihdettu",
      """Korttisi tunnusluku vaihdettiin automaatilla.
Kortti | {D:masked}
Vaihdettu | {D:date}
Paikka | Otto-automaatti, {F:city}
Etkö tunnista muutosta? Soita heti {D:phone}."""),
    # --- ei salaisuutta: tavalliset viestit
    T("html", "none", "Tilausvahvistus {D:order}",
      """<h2>Kiitos tilauksestasi, {F:name}!</h2>
<table cellpadding="4"><tr><th align="left">Tuote</th><th>Määrä</th><th>Hinta</th></tr>
<tr><td>Villasukat, harmaa</td><td>1 kpl</td><td>{D:price}</td></tr>
<tr><td>Toimitus</td><td></td><td>{D:price2}</td></tr></table>
<p>Tilausnumero: <b>{D:order}</b><br>Tilattu {D:date}</p>
<p>Toimitusosoite: {F:street}, {D:postcode} {F:city}</p>"""),
    T("text", "none", "Pakettisi on lähetetty",
      """Hei {F:name},

tilauksesi {D:order} lähti varastoltamme {D:date}.
Lähetystunnus: {D:tracking}
Arvioitu toimitus: {D:date2} klo {D:time}-{D:time2}.

Voit muuttaa toimitusta numerossa {D:phone}."""),
    T("table", "none", "Lasku {D:invoice}",
      """Kiitos maksustasi.
Laskun numero | {D:invoice}
Summa | {D:price}
Eräpäivä | {D:date}
Viitenumero | {D:ref}
Asiakasnumero | {D:custno}"""),
    T("br", "none", "Muistutus ajanvarauksesta",
      """Hei {F:name},
muistutamme ajanvarauksestasi {D:date} klo {D:time}.
Varaustunnus: {D:ref}
Jos haluat perua ajan, soita {D:phone}."""),
    T("text", "none", "E-laskusopimus vahvistettu",
      """Hei {F:name},

E-laskusopimuksesi on vahvistettu.
Tilinumero: {D:iban}
Ensimmäinen lasku: {D:price}, eräpäivä {D:date}
Viite: {D:ref}

Käyttäjätunnuksesi ja salasanasi pysyvät ennallaan."""),
    # --- salaisuuksia, joita naiivi sääntö ei löydä
    T("text", "hard", "Kirjautumiskoodi",
      """Syötä {S:otp} sovellukseen kirjautuaksesi. Koodi vanhenee 10 minuutissa.
Älä kerro koodia kenellekään."""),
    T("text", "hard", "Vahvista sähköpostiosoitteesi",
      """Hei {F:name},

kiitos rekisteröitymisestä. Vahvista osoitteesi syöttämällä alla oleva koodi sovellukseen:

{S:otpg}

Koodi on voimassa klo {D:time} asti. Asiakasnumerosi on {D:custno}."""),
    T("html", "hard", "Väliaikainen salasanasi",
      """<p>Hei {F:name},</p>
<p>Tilisi on luotu. Väliaikainen salasanasi on alla. Sinua pyydetään vaihtamaan se ensimmäisellä kirjautumiskerralla.</p>
<p style="font-size:20px;font-family:monospace">{S:pw}</p>
<p>Käyttäjätunnus: {F:name}{D:amount}</p>"""),
    T("blocks", "hard", "Uusi PIN-koodisi",
      """Tässä korttisi {D:masked} PIN-koodi. Opettele se ja poista tämä viesti.
PIN-koodisi | {S:pin}
Myönnetty | {D:date}"""),
    T("text", "hard", "Tervetuloa henkilöstöportaaliin",
      """Hei {F:name},

tunnuksesi on valmis. Kirjaudu henkilönumerollasi {D:custno}; ensimmäinen salasanasi on {S:pwword}.
Vaihda se ensimmäisellä kirjautumiskerralla.

IT-tuki, {D:phone}"""),
    T("br", "hard", "Vahvistuskoodisi",
      """Vahvistuskoodisi:
{S:otp}
Käytä koodi 15 minuutin kuluessa. Tilaus {D:order}."""),
    T("table", "hard", "Tunnuksesi",
      """Tervetuloa! Tässä kirjautumistietosi.
Käyttäjätunnus | {F:name}.{D:amount}
Salasana | {S:pw}
Asiakasnumero | {D:custno}
Säilytä tämä viesti turvallisesti tai poista se kirjauduttuasi."""),
    T("text", "hard", "Uusi salasanasi",
      """Hei {F:name},

pyynnöstäsi salasanasi on nollattu. Uusi salasanasi on nyt {S:pwword}.
Viite {D:ref}."""),
    T("html", "hard", "Koodisi palveluun {F:shop}",
      """<div style="text-align:center">
<p>Käytä tätä koodia salasanasi vaihtamiseen:</p>
<p style="font-size:28px;letter-spacing:6px"><b>{S:otpg}</b></p>
<p>Jos et pyytänyt koodia, voit jättää viestin huomiotta.</p>
</div>"""),
    T("text", "hard", "SIM-korttisi tiedot",
      """Uusi SIM-korttisi on aktivoitu.

PIN1: {S:pin}
PUK1: {S:puk}

Puhelinnumerosi on {D:phone}. Tilaus {D:order}."""),
    T("blocks", "hard", "Varakoodisi",
      """Säilytä nämä varakoodit turvallisessa paikassa. Kukin toimii kerran.
Varakoodi | {S:otpg}
Toinen varakoodi | {S:otpg2}
Luotu | {D:date}"""),
    T("text", "hard", "Tunnuslukusi",
      """Hei {F:name},

pyysit muistutusta korttisi tunnusluvusta. Kortin {D:masked} tunnuslukusi on

    {S:pin}

Painakaa se mieleenne ja hävittäkää viesti."""),
    T("br", "hard", "Turvakysymys asetettu",
      """Hei {F:name},
turvakysymys on asetettu.
Kysymys: Mikä oli ensimmäisen lemmikkisi nimi?
Vastaus: {S:answer}
Voit muuttaa sen asetuksissa."""),
    T("text", "hard", "Virtuaalikorttisi",
      """Hei {F:name},

pyynnöstäsi tässä virtuaalikorttisi numero:
{S:card}
Voimassa 09/29. Käytettävissä {D:price}."""),
    T("table", "hard", "Tarkista tietosi",
      """Tarkistathan tiedot, jotka meillä on sinusta.
Nimi | {F:name}
Henkilötunnus | {S:nid}
Vastaanotettu | {D:date}
Viitteemme | {D:ref}"""),
    # --- helpot salaisuudet, osin puheen vieressä
    T("text", "easy", "Kertakäyttökoodisi",
      """Kertakäyttöinen koodisi on {S:otp}. Se on voimassa 5 minuuttia.
Emme koskaan kysy tätä koodia. Viite {D:ref}."""),
    T("html", "easy decoy", "Uusi salasana",
      """<p>Hei {F:name},</p>
<p>Uusi salasanasi: <strong>{S:pw}</strong></p>
<p>Älä koskaan kerro salasanaasi kenellekään. Voit vaihtaa salasanan milloin tahansa Oma tili -sivulla.</p>
<p>Asiakasnumero {D:custno}</p>"""),
    T("text", "easy decoy", "Korttisi PIN",
      """Hei {F:name},

PIN-koodi: {S:pin}

Voit vaihtaa PIN-koodin missä tahansa Otto-automaatissa. Jos unohdat PIN-koodin, soita {D:phone}.
Kortti {D:masked}."""),
    T("br", "easy", "Kirjautumiskoodi",
      """Kirjautumiskoodi: {S:otp}
Pyydetty {D:date} klo {D:time}.
Etkö pyytänyt? Soita {D:phone}."""),
    T("table", "easy decoy", "Reitittimesi on matkalla",
      """Reititin on lähetetty, lähetystunnus {D:tracking}.
Verkon nimi | {F:shop}-{D:amount}
WLAN-salasana | {S:pw}
Hallintasalasana | laitteen pohjassa olevassa tarrassa
Pidä WLAN-salasana omana tietonasi."""),
    T("text", "easy", "PUK-koodisi",
      """Hei {F:name},

PUK-koodisi on {S:puk}. Syötä se puhelimeen avataksesi SIM-kortin ja valitse sitten uusi PIN.
Liittymä: {D:phone}."""),
    T("blocks", "easy", "Viimeistele rekisteröityminen",
      """Viimeistele tilin luominen alla olevalla kertakäyttökoodilla.
Kertakäyttökoodi | {S:otp}
Vanhenee | klo {D:time}"""),
    T("text", "easy decoy", "Salasana nollattu",
      """Hei {F:name},

salasanasi nollattiin {D:date}. Uusi väliaikainen salasana: {S:pw}

Salasana on vaihdettava 90 päivän välein. Tilaus {D:order}."""),
    T("text", "hard", "Kirjautuminen palveluun",
      """Hei {F:name},

kirjaudu ensimmäisellä kerralla käyttäjätunnuksella {D:custno} ja salasanalla {S:pw}.
Sen jälkeen voit vaihtaa salasanan itse."""),
    T("br", "hard", "Korttisi on aktivoitu",
      """Hei {F:name},
kortin {D:masked} tunnusluvuksi on asetettu {S:pin}.
Voit vaihtaa tunnusluvun sovelluksessa."""),
    T("text", "decoy", "Tunnusluvun vaihtaminen",
      """Hei {F:name},

tunnusluvun voit vaihtaa mobiilisovelluksessa kohdassa Kortin asetukset.
Tunnusluvullasi hyväksyt maksut, joten pidä se omana tietonasi.
Korttisi: {D:masked}"""),
]
