"""Batch 3, Finnish. Written by helper `blind3` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- about a secret, giving none
    T("text", "decoy", "Tunnuslukusi vaihdettiin",
      """Hei {F:name},

verkkopankin tunnuslukusi vaihdettiin {D:date} kello {D:time}.
Jos teit muutoksen itse, kaikki on kunnossa.
Jos et, sulje tunnuksesi heti numerossa {D:phone} (palvelemme ympäri vuorokauden).

Ystävällisin terveisin
Pohjolan Säästöpankki Oy, Y-tunnus {D:roomno}-{D:amount}
Kotipaikka {F:city}"""),
    T("html", "decoy", "Älä kerro koodeja kenellekään",
      """<p>Hyvä asiakkaamme,</p>
<p>Huijarit soittavat nyt pankin nimissä. Pankin työntekijä ei koskaan pyydä sinulta:</p>
<ul><li>salasanaasi tai PIN-koodiasi,</li><li>tunnuslukusovelluksen vahvistusta puhelun aikana,</li><li>kertakäyttöistä tekstiviestikoodia.</li></ul>
<p>Jos epäilet huijausta, katkaise puhelu ja soita meille numeroon {D:phone}.</p>"""),
    T("br", "decoy", "Uusi kortti on matkalla",
      """Hei {F:name},
tilaamasi kortti ({D:masked}) postitettiin {D:date}.
Kortin tunnusluku pysyy ennallaan, joten voit käyttää vanhaa PIN-koodiasi.
Jos olet unohtanut sen, näet sen mobiilisovelluksesta kohdasta Kortit.

Asiakaspalvelu {D:phone}"""),
    T("table", "decoy", "Salasanasi vanhenee pian",
      """Työaseman salasanasi vanhenee. Vaihda se ennen alla olevaa päivämäärää.

Käyttäjätunnus | {F:name}
Salasana vaihdettu viimeksi | {D:date}
Salasana vanhenee | {D:date2}
Päiviä jäljellä | {D:amount}

Salasanan voi vaihtaa painamalla Ctrl+Alt+Del ja valitsemalla Vaihda salasana."""),
    T("blocks", "decoy", "PIN-kirje saapuu erikseen",
      """Kiitos, että valitsit meidät.

Kortti | {D:masked}
Lähetetty | {D:date}

PIN-koodisi lähetetään turvallisuussyistä eri kirjeessä noin viikon kuluessa. Älä säilytä korttia ja tunnuslukua yhdessä."""),
    T("text", "decoy", "Salasanan vaihtopyyntö",
      """Hei {F:name},

saimme pyynnön vaihtaa {F:shop} -tilisi salasanan.
Valitse uusi salasana alla olevasta linkistä. Linkki on voimassa tunnin.

https://tili.example.fi/palauta?t=9f2k

Jos et pyytänyt vaihtoa, voit jättää viestin huomiotta. Salasanasi ei muutu."""),
    T("html", "decoy", "Kirjautuminen muuttuu {D:date}",
      """<p>Hei,</p>
<p>{D:date} alkaen verkkokauppaostokset vahvistetaan sovelluksessa. Tunnuslukulistaa ei sen jälkeen enää käytetä.</p>
<p>Sinun ei tarvitse keksiä uutta salasanaa: riittää, että sovellus on päivitetty.</p>
<p>Asiakasnumero {D:custno}</p>"""),
    T("text", "decoy", "SIM-korttisi on lukittu",
      """Hei {F:name},

liittymäsi SIM-kortti lukittui, koska PIN-koodi näppäiltiin kolme kertaa väärin.
Avaamiseen tarvitset PUK-koodin. Löydät sen OmaTilin kohdasta Liittymät tai SIM-kortin muovikehyksestä.
Älä arvaa: kymmenen väärän PUK-koodin jälkeen kortti lukittuu pysyvästi.

Asiakasnumero {D:custno}
Asiakaspalvelu {D:phone}"""),
    T("br", "decoy", "Uusi kirjautuminen tilillesi",
      """Tiliisi kirjauduttiin {D:date} klo {D:time} uudelta laitteelta ({F:city}).
Jos se olit sinä, asia on kunnossa.
Jos et tunnista kirjautumista, vaihda salasanasi heti ja ota kaksivaiheinen tunnistautuminen käyttöön.
Emme koskaan kysy vahvistuskoodiasi.

Viite {D:ref}"""),
    T("table", "decoy", "Wilma-tunnukset huoltajille",
      """Hyvä huoltaja,

vanhempainvartit varataan Wilmassa {D:date} alkaen. Kirjaudu tunnuksilla, jotka saitte syksyllä kotiin lähetetyssä kirjeessä.

Unohtuiko salasana? | Valitse kirjautumissivulla Unohtuiko salasana
Apua | Koulusihteeri {D:phone}
Oppilasnumero | {D:caseno}"""),
    T("text", "decoy", "Vs: En pääse kirjautumaan",
      """Hei {F:name},

avasin lukituksen, joten voit taas kirjautua nykyisellä salasanallasi.
Salasanoja emme lähetä sähköpostilla, emmekä näe niitä itsekään.

Tiketti {D:ref}

> {D:date} {F:name} kirjoitti:
> Salasana ei kelpaa ja tili meni lukkoon. Asiakasnumeroni on {D:custno}.

Terveisin
Tuki"""),
    T("html", "decoy", "Omakanta: tunnistautuminen",
      """<p>Hei,</p>
<p>Omakantaan kirjaudutaan pankkitunnuksilla tai mobiilivarmenteella. Mobiilivarmenteen PIN-koodia ei koskaan kysytä tekstiviestillä eikä sähköpostilla.</p>
<p>Päivitys tulee voimaan {D:date}.</p>"""),
    T("blocks", "decoy", "Salasanaasi on muutettu",
      """Tilisi tietoja päivitettiin.

Muutos | Salasana vaihdettu
Ajankohta | {D:date} {D:time}

Jos muutos ei ollut sinun, ota yhteyttä: {D:phone}."""),
    T("text", "decoy", "Hej / Hei: lösenordet byttes – salasana vaihdettu",
      """Hei {F:name},
salasanasi vaihdettiin {D:date}. Jos et tehnyt muutosta itse, soita {D:phone}.

Hej {F:name},
ditt lösenord byttes {D:date}. Om det inte var du, ring {D:phone}.

Asiakasnumero / Kundnummer {D:custno}"""),
    # --- no secret
    T("text", "none", "Tilausvahvistus {D:order}",
      """Hei {F:name},

kiitos tilauksestasi!

1 kpl Villasukat, koko 38-40   {D:price}
Toimitus Postin pakettiautomaattiin   {D:price2}

Tilausnumero: {D:order}
Tilattu: {D:date} klo {D:time}
Toimitusosoite: {F:street}, {D:postcode} {F:city}

{F:shop} Oy | Y-tunnus {D:roomno}-{D:amount}"""),
    T("table", "none", "Laskusi {D:invoice}",
      """Ohessa laskusi. Käytäthän maksaessasi viitenumeroa.

Laskun numero | {D:invoice}
Eräpäivä | {D:date}
Summa | {D:price}
Saajan tili | {D:iban}
Viitenumero | {D:ref}"""),
    T("br", "none", "Pakettisi on noudettavissa",
      """Hei {F:name},
lähetys {D:tracking} on saapunut noutopisteeseen {F:city}.
Nouda se viimeistään {D:date}.
Ota mukaan henkilöllisyystodistus."""),
    T("html", "none", "Ajanvarauksen vahvistus",
      """<p>Hei {F:name},</p>
<p>Aikasi on varattu:</p>
<table><tr><td>Päivä</td><td>{D:date}</td></tr><tr><td>Kello</td><td>{D:time}</td></tr><tr><td>Huone</td><td>{D:roomno}</td></tr></table>
<p>Peruutukset viimeistään edellisenä päivänä numeroon {D:phone}.</p>"""),
    T("blocks", "none", "Lentovarauksesi",
      """Matkasi on varattu.

Varaustunnus | {D:pnr}
Lähtö | {D:date} {D:time}
Hinta yhteensä | {D:price}"""),
    T("text", "none", "Sähkölasku / Elräkning",
      """Hei {F:name},
laskusi ajalta {D:date} - {D:date2} on {D:price}. Eräpäivä on {D:date3}.
Käyttöpaikan numero: {D:caseno}

Hej {F:name},
din faktura är {D:price}, förfallodag {D:date3}.
Kundnummer / Asiakasnumero {D:custno}"""),
    # --- hard
    T("text", "hard", "Kirjautumisen vahvistus",
      """Hei {F:name},

syötä tämä sovellukseen kirjautumisen viimeistelemiseksi:

{S:otp}

Voimassa 10 minuuttia."""),
    T("html", "hard", "{S:otp} on vahvistuskoodisi",
      """<p>Käytä otsikossa olevaa koodia kirjautuessasi {F:shop} -palveluun.</p>
<p>Koodi vanhenee 15 minuutissa.</p>"""),
    T("br", "hard", "Käyttäjätunnuksesi on luotu",
      """Hei {F:name},
käyttäjätunnuksesi on henkilönumerosi {D:caseno}.
Väliaikainen salasanasi on {S:pw}
Sinua pyydetään vaihtamaan se ensimmäisellä kirjautumiskerralla.

IT-tuki, sisäinen {D:amount}"""),
    T("table", "hard", "Tervetuloa majoittumaan",
      """Odotamme sinua {D:date}.

Sisäänkirjautuminen alkaen | {D:time}
Osoite | {F:street}, {F:city}
Avainsäilön koodi | {S:pin}
Varaus | {D:pnr}"""),
    T("blocks", "hard", "Pakettisi odottaa automaatissa",
      """Lähetyksesi on noudettavissa automaatista.

Nouda viimeistään | {D:date}
Avauskoodi | {S:otpg}

Näppäile koodi automaatin näytölle."""),
    T("text", "hard", "Reitittimesi asetukset",
      """Hei {F:name},

modeemisi on matkalla. Hallintasivun salasanasi löytyy alta, säilytä se hyvin.

    {S:pw}

Tilaus {D:order}, asiakasnumero {D:custno}"""),
    T("html", "hard", "Kortin aktivointi",
      """<p>Hei {F:name},</p>
<p>Aktivoi uusi korttisi ({D:masked}) soittamalla numeroon {D:phone} ja näppäilemällä</p>
<p style="font-size:20px"><b>{S:otpg}</b></p>
<p>kun sitä pyydetään.</p>"""),
    T("br", "hard", "Kirjastokorttisi",
      """Hei {F:name},
nollasimme kirjastotilisi pyynnöstäsi.
Uusi salasanasi on {S:pwword}
Vaihda se seuraavalla kirjautumiskerralla.

Kirjastokortti {D:custno}"""),
    T("table", "hard", "Toimiston kulkuoikeus",
      """Tervetuloa osoitteeseen {F:street}. Työpisteesi on kolmannessa kerroksessa.

Ovikoodi | {S:pin6}
Työpiste | {D:roomno}
Aloituspäivä | {D:date}"""),
    T("text", "hard", "Verkkopalvelusi on avattu",
      """Hei {F:name},

kirjaudu asiakasnumerollasi {D:custno} ja seuraavalla salasanalla:

{S:pw}

Se toimii vain kerran."""),
    T("blocks", "hard", "Liittymäsi tiedot",
      """Uuden SIM-korttisi tiedot.

Puhelinnumero | {D:phone}
PIN-koodi | {S:pin}
PUK-koodi | {S:puk}"""),
    T("text", "hard", "Palkkaportaali: ensimmäinen kirjautuminen",
      """Hei {F:name},

käyttäjätunnus on henkilönumerosi {D:caseno}. Salasanasi on {S:pwword}, pienillä kirjaimilla.

HR-palvelut, {F:city}"""),
    T("br", "hard", "Turvakysymyksesi on asetettu",
      """Hei {F:name},
asetit turvakysymyksen "Mikä oli ensimmäisen lemmikkisi nimi?"
Vastauksesi on {S:answer}
Voit muuttaa sen asetuksista.

Asiakasnumero {D:custno}"""),
    T("html", "hard", "Tunnuksesi saapuivat",
      """<p>Hei {F:name},</p>
<p>Pyysit tunnuslukusi uudelleen. Tunnuslukusi on <b>{S:pin}</b>.</p>
<p>Kortti {D:masked}, pyyntö {D:date}.</p>"""),
    T("text", "hard", "Numeronsiirto",
      """Hei {F:name},

anna vanhalle operaattorillesi siirtokoodi:
{S:otpg}

Kun uusi SIM-kortti saapuu, avaa se PIN-koodillasi {S:pin}.
Siirtopäivä on {D:date}, tilaus {D:order}."""),
    T("blocks", "hard", "Kertakäyttökoodi",
      """Käytä koodi viiden minuutin kuluessa.

Koodi | {S:otp}
Pyynnön numero | {D:caseno}"""),
    T("text", "hard", "Vs: tili lukossa",
      """Hei {F:name},

nollasin sen. Väliaikaisen salasanasi löydät alta.

{S:pw}

Terveisin
Mikko, Palvelupiste

> Lähettäjä: {F:name}
> Lähetetty: {D:date} {D:time}
> En pääse tililleni, asiakasnumero {D:custno}."""),
    T("br", "hard", "Henkilötunnuksesi tarkistus",
      """Hei {F:name},
tarkistimme tietosi. Henkilötunnuksesi on {S:nid}
Jos tiedossa on virhe, ota yhteyttä.

Asiointinumero {D:ref}"""),
    T("text", "hard", "Kaksikielinen: uusi salasana / nytt lösenord",
      """Hei {F:name},
uusi salasanasi on {S:pwword}.

Hej {F:name},
ditt nya lösenord är {S:pwword}.

Käyttäjätunnus / Användarnamn: {D:custno}"""),
    T("table", "hard", "Pysäköintilupa",
      """Pysäköintilupasi on voimassa {D:date} alkaen.

Puomin koodi | {S:pin}
Luvan numero | {D:roomno}"""),
    # --- easy
    T("text", "easy", "PIN-koodi",
      """Hei {F:name},

PIN-koodi: {S:pin}

Kortti {D:masked}."""),
    T("table", "easy", "Tili luotu",
      """Tervetuloa!

Käyttäjätunnus | {F:name}
Salasana | {S:pw}
Asiakasnumero | {D:custno}"""),
    T("html", "easy", "Vahvistuskoodi",
      """<p>Vahvistuskoodisi on {S:otp}.</p><p>Voimassa klo {D:time} asti.</p>"""),
]
