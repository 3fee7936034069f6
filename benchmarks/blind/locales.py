"""Values in each country's own formats: dates, phones, postcodes, prices, order, tracking,
reference, customer and invoice numbers, IBANs; and words for letters-only passwords and answers to
security questions. Shared by every batch (the templates are what a batch renews)."""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass

Gen = Callable[[random.Random], str]


@dataclass(frozen=True)
class Locale:
    words: tuple[str, ...]       # letters-only passwords a portal or a person would pick
    answers: tuple[str, ...]     # answers to security questions
    names: tuple[str, ...]
    cities: tuple[str, ...]
    shops: tuple[str, ...]
    streets: tuple[str, ...]
    date: Gen
    phone: Gen
    postcode: Gen
    price: Gen
    order: Gen
    tracking: Gen
    ref: Gen
    custno: Gen
    invoice: Gen
    iban: Gen


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _nz(r: random.Random, n: int) -> str:
    return r.choice("123456789") + _d(r, n - 1)


def _ymd(r: random.Random) -> tuple[int, int, int]:
    return r.choice([2024, 2025, 2026]), r.randrange(1, 13), r.randrange(1, 29)


def _money(r: random.Random, lo: int, hi: int) -> tuple[int, int]:
    return r.randrange(lo, hi), r.choice([0, 0, 90, 95, 50, 99, 0])


def _thousands(n: int, sep: str) -> str:
    s = f"{n:,}"
    return s.replace(",", sep)


def _iban(cc: str, n: int) -> Gen:
    def g(r: random.Random) -> str:
        raw = f"{cc}{_d(r, 2)}{_d(r, n)}"
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return g


def _date_fi(r: random.Random) -> str:
    y, m, d = _ymd(r)
    return f"{d}.{m}.{y}"


def _date_sv(r: random.Random) -> str:
    y, m, d = _ymd(r)
    return f"{y}-{m:02d}-{d:02d}" if r.random() < 0.7 else f"{d} {['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'][m - 1]} {y}"


def _date_no(r: random.Random) -> str:
    y, m, d = _ymd(r)
    return f"{d:02d}.{m:02d}.{y}"


def _date_da(r: random.Random) -> str:
    y, m, d = _ymd(r)
    return f"{d:02d}-{m:02d}-{y}" if r.random() < 0.5 else f"{d}. {['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'][m - 1]} {y}"


def _date_de(r: random.Random) -> str:
    y, m, d = _ymd(r)
    return f"{d:02d}.{m:02d}.{y}"


def _date_fr(r: random.Random) -> str:
    y, m, d = _ymd(r)
    return f"{d:02d}/{m:02d}/{y}" if r.random() < 0.6 else f"{d} {['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'][m - 1]} {y}"


def _date_es(r: random.Random) -> str:
    y, m, d = _ymd(r)
    return f"{d:02d}/{m:02d}/{y}" if r.random() < 0.6 else f"{d} de {['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'][m - 1]} de {y}"


def _date_nl(r: random.Random) -> str:
    y, m, d = _ymd(r)
    return f"{d:02d}-{m:02d}-{y}" if r.random() < 0.6 else f"{d} {['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'][m - 1]} {y}"


def _date_en(r: random.Random) -> str:
    y, m, d = _ymd(r)
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {months[m - 1]} {y}", f"{months[m - 1][:3]} {d}, {y}"])


LOCALES: dict[str, Locale] = {
    "en": Locale(
        words=("bluebell", "harbourlight", "marmalade", "thunderstorm", "pebblebeach", "oakwood",
               "silverfern", "raspberry", "lighthouse", "moonriver", "copperkettle", "snowdrop"),
        answers=("Biscuit", "Hartley", "Whitby", "Rover", "Penrose", "Millbrook", "Daisy",
                 "Ashcombe"),
        names=("Oliver", "Amelia", "Harry", "Isla", "Jack", "Sophie", "George", "Emily"),
        cities=("Leeds", "Bristol", "Norwich", "York", "Cardiff", "Belfast"),
        shops=("Northwind Outfitters", "Hollybrook Home", "Camden Cycle Co."),
        streets=("12 Albert Road", "7 Mill Lane", "44 Station Street"),
        date=_date_en,
        phone=lambda r: r.choice([f"0{_nz(r, 3)} {_d(r, 3)} {_d(r, 4)}", f"+44 20 {_d(r, 4)} {_d(r, 4)}",
                                  f"0800 {_d(r, 3)} {_d(r, 3)}"]),
        postcode=lambda r: f"{r.choice(['LS', 'BS', 'NR', 'YO', 'CF', 'M'])}{r.randrange(1, 20)} "
                           f"{r.randrange(1, 10)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}",
        price=lambda r: f"£{r.randrange(3, 900)}.{r.choice(['00', '99', '49', '95'])}",
        order=lambda r: r.choice([f"#{_nz(r, 7)}", f"ORD-{_nz(r, 6)}", f"{_nz(r, 3)}-{_d(r, 7)}-{_d(r, 7)}"]),
        tracking=lambda r: r.choice([f"RM{_d(r, 9)}GB", f"1Z{_d(r, 3)}E{_d(r, 2)}{_d(r, 10)}",
                                     f"JD{_d(r, 16)}"]),
        ref=lambda r: r.choice([f"REF-{_nz(r, 8)}", f"{r.choice('ABCDEFGH')}{r.choice('KLMNPQRS')}{_d(r, 6)}"]),
        custno=lambda r: f"{_nz(r, 8)}",
        invoice=lambda r: f"INV-{r.choice([2025, 2026])}-{_d(r, 5)}",
        iban=_iban("GB", 18),
    ),
    "fi": Locale(
        words=("lumihiutale", "mustikkapiirakka", "revontulet", "kesäyö", "saunailta",
               "koivikko", "talviaamu", "kuusenkerkkä", "järvenranta", "tähtitaivas", "ukkonen",
               "mansikkamaa"),
        answers=("Musti", "Tampere", "Virtanen", "Peni", "Kuopio", "Nieminen", "Rekku", "Oulu"),
        names=("Aino", "Mikko", "Liisa", "Juha", "Sanna", "Ville", "Elina", "Antti"),
        cities=("Tampere", "Oulu", "Jyväskylä", "Turku", "Lahti", "Kuopio"),
        shops=("Verkkokauppa Pohjola", "Kodin Tarvike", "Retkeilyliike Kaira"),
        streets=("Hämeenkatu 12 B 7", "Kauppakatu 3", "Koivutie 8 as 2"),
        date=_date_fi,
        phone=lambda r: r.choice([f"040 {_d(r, 3)} {_d(r, 4)}", f"050 {_d(r, 7)}",
                                  f"+358 9 {_d(r, 4)} {_d(r, 4)}", f"010 {_d(r, 3)} {_d(r, 3)}"]),
        postcode=lambda r: f"{r.choice(['00', '33', '90', '40', '20', '15'])}{_d(r, 3)}",
        price=lambda r: "{} {}".format(*(lambda n, c: (f"{n},{c:02d}", "€"))(*_money(r, 3, 900))),
        order=lambda r: r.choice([f"{_nz(r, 8)}", f"TIL-{_nz(r, 6)}"]),
        tracking=lambda r: r.choice([f"JJFI{_d(r, 14)}", f"MA{_d(r, 9)}FI", f"00370{_d(r, 15)}"]),
        ref=lambda r: r.choice([f"RF{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 2)}", f"{_nz(r, 5)} {_d(r, 5)}"]),
        custno=lambda r: f"{_nz(r, 7)}",
        invoice=lambda r: f"{_nz(r, 9)}",
        iban=_iban("FI", 14),
    ),
    "sv": Locale(
        words=("sommarregn", "blåbärssylt", "midsommarafton", "granskogen", "fjällstuga",
               "kanelbulle", "vinterljus", "havsörn", "skärgården", "lingonris", "stjärnfall"),
        answers=("Sixten", "Västerås", "Lindqvist", "Bamse", "Gävle", "Karlsson", "Smulan", "Luleå"),
        names=("Linnea", "Erik", "Maja", "Oskar", "Elsa", "Johan", "Ebba", "Karl"),
        cities=("Västerås", "Örebro", "Umeå", "Malmö", "Linköping", "Gävle"),
        shops=("Nordhemmet", "Cykelboden", "Friluftshuset"),
        streets=("Storgatan 14", "Björkvägen 3 lgh 1102", "Drottninggatan 55"),
        date=_date_sv,
        phone=lambda r: r.choice([f"070-{_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"08-{_d(r, 3)} {_d(r, 3)} {_d(r, 2)}",
                                  f"+46 73 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"0771-{_d(r, 2)} {_d(r, 2)} {_d(r, 2)}"]),
        postcode=lambda r: f"{r.randrange(100, 985)} {_d(r, 2)}",
        price=lambda r: r.choice([f"{_thousands(r.randrange(49, 9000), ' ')} kr",
                                  f"{r.randrange(49, 900)},00 kr", f"{r.randrange(49, 900)}:-"]),
        order=lambda r: r.choice([f"{_nz(r, 8)}", f"SE{_nz(r, 7)}"]),
        tracking=lambda r: r.choice([f"UA{_d(r, 9)}SE", f"00373{_d(r, 15)}", f"JJSE{_d(r, 14)}"]),
        ref=lambda r: f"{_nz(r, 10)}",
        custno=lambda r: f"{_nz(r, 6)}",
        invoice=lambda r: f"{_nz(r, 8)}",
        iban=_iban("SE", 20),
    ),
    "no": Locale(
        words=("nordlys", "fjellvann", "brunost", "multebær", "sommerfugl", "granskog",
               "vinterkveld", "fiskevær", "snøfnugg", "havbris", "lyngheia"),
        answers=("Fido", "Bergen", "Hansen", "Pusur", "Tromsø", "Johansen", "Trofast", "Molde"),
        names=("Nora", "Jakob", "Ingrid", "Emil", "Sofie", "Henrik", "Ida", "Lars"),
        cities=("Bergen", "Trondheim", "Stavanger", "Tromsø", "Drammen", "Bodø"),
        shops=("Fjellsport", "Hjemmet og hagen", "Elektrobutikken"),
        streets=("Storgata 12", "Kirkeveien 41 B", "Bryggen 7"),
        date=_date_no,
        phone=lambda r: r.choice([f"{r.choice('49')}{_d(r, 2)} {_d(r, 2)} {_d(r, 3)}", f"+47 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
                                  f"{_nz(r, 8)}"]),
        postcode=lambda r: f"{r.randrange(1, 10)}{_d(r, 3)}",
        price=lambda r: r.choice([f"kr {r.randrange(49, 9000)},-", f"{r.randrange(49, 900)},00 kr",
                                  f"NOK {_thousands(r.randrange(49, 9000), ' ')}"]),
        order=lambda r: r.choice([f"{_nz(r, 8)}", f"NO-{_nz(r, 6)}"]),
        tracking=lambda r: r.choice([f"70707{_d(r, 15)}", f"LA{_d(r, 9)}NO", f"CP{_d(r, 9)}NO"]),
        ref=lambda r: f"{_nz(r, 11)}",
        custno=lambda r: f"{_nz(r, 7)}",
        invoice=lambda r: f"{_nz(r, 6)}",
        iban=_iban("NO", 11),
    ),
    "da": Locale(
        words=("solsikke", "havfrue", "strandeng", "kanelsnegl", "rugbrød", "vinterbadning",
               "bøgeskov", "fyrtårn", "snebold", "hyldeblomst", "klitrose"),
        answers=("Fiddo", "Aarhus", "Nielsen", "Basse", "Odense", "Pedersen", "Mis", "Vejle"),
        names=("Freja", "Mads", "Ida", "Rasmus", "Emma", "Frederik", "Clara", "Søren"),
        cities=("Aarhus", "Odense", "Aalborg", "Esbjerg", "Vejle", "Roskilde"),
        shops=("Boligtorvet", "Cykelhjørnet", "Friluftsbutikken"),
        streets=("Vestergade 12, 2. tv.", "Søndergade 4", "Skovvej 19"),
        date=_date_da,
        phone=lambda r: r.choice([f"{_nz(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"+45 {_nz(r, 8)}",
                                  f"70 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}"]),
        postcode=lambda r: f"{r.randrange(1000, 9991)}",
        price=lambda r: r.choice([f"{r.randrange(49, 900)},00 kr.", f"kr. {_thousands(r.randrange(49, 9000), '.')},00",
                                  f"DKK {r.randrange(49, 900)},95"]),
        order=lambda r: r.choice([f"{_nz(r, 8)}", f"DK-{_nz(r, 7)}"]),
        tracking=lambda r: r.choice([f"00057{_d(r, 15)}", f"RR{_d(r, 9)}DK", f"{_nz(r, 10)}"]),
        ref=lambda r: f"+71<{_d(r, 15)}+{_d(r, 8)}<",
        custno=lambda r: f"{_nz(r, 6)}",
        invoice=lambda r: f"{_nz(r, 7)}",
        iban=_iban("DK", 14),
    ),
    "de": Locale(
        words=("Sonnenblume", "Wolkenkratzer", "Apfelstrudel", "Schneeflocke", "Heidelbeere",
               "Waldspaziergang", "Kirschbaum", "Leuchtturm", "Bergsee", "Morgentau", "Zugvogel"),
        answers=("Bello", "Augsburg", "Schneider", "Mietze", "Rostock", "Hoffmann", "Struppi",
                 "Kassel"),
        names=("Lena", "Jonas", "Hannah", "Lukas", "Marie", "Felix", "Anna", "Paul"),
        cities=("Leipzig", "Bremen", "Mainz", "Freiburg", "Kassel", "Rostock"),
        shops=("Wohnwelt Nord", "Radhaus Müller", "Bergsport Alpin"),
        streets=("Hauptstraße 12", "Lindenweg 3a", "Am Markt 7"),
        date=_date_de,
        phone=lambda r: r.choice([f"0{r.choice(['30', '89', '40', '221'])} {_d(r, 7)}", f"+49 151 {_d(r, 8)}",
                                  f"0800 {_d(r, 3)} {_d(r, 4)}", f"0{_nz(r, 3)}/{_d(r, 6)}"]),
        postcode=lambda r: f"{r.randrange(1, 99):02d}{_d(r, 3)}",
        price=lambda r: r.choice([f"{r.randrange(3, 900)},{r.choice(['00', '99', '95', '49'])} €",
                                  f"EUR {_thousands(r.randrange(1000, 9000), '.')},00"]),
        order=lambda r: r.choice([f"{_nz(r, 9)}", f"DE-{_nz(r, 6)}", f"302-{_d(r, 7)}-{_d(r, 7)}"]),
        tracking=lambda r: r.choice([f"00340{_d(r, 15)}", f"JJD{_d(r, 18)}", f"RR{_d(r, 9)}DE"]),
        ref=lambda r: f"{r.choice(['VG', 'KD', 'AZ'])}-{_nz(r, 7)}",
        custno=lambda r: f"{_nz(r, 8)}",
        invoice=lambda r: f"RE{_nz(r, 8)}",
        iban=_iban("DE", 18),
    ),
    "fr": Locale(
        words=("tournesol", "papillon", "clairdelune", "framboise", "arcenciel", "coquelicot",
               "boulangerie", "rossignol", "mistral", "lavande", "chocolatine"),
        answers=("Médor", "Grenoble", "Dubois", "Minou", "Angers", "Lefebvre", "Caramel", "Nantes"),
        names=("Camille", "Louis", "Chloé", "Hugo", "Léa", "Jules", "Manon", "Lucas"),
        cities=("Lyon", "Nantes", "Lille", "Rennes", "Grenoble", "Dijon"),
        shops=("Maison Lumière", "Vélo Passion", "La Boutique du Randonneur"),
        streets=("12 rue des Lilas", "4 avenue Jean Jaurès", "27 boulevard Victor Hugo"),
        date=_date_fr,
        phone=lambda r: r.choice([f"0{r.choice('1234567')} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
                                  f"+33 6 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"09 69 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}"]),
        postcode=lambda r: f"{r.randrange(1, 96):02d}{_d(r, 3)}",
        price=lambda r: f"{r.randrange(3, 900)},{r.choice(['00', '99', '90', '50'])} €",
        order=lambda r: r.choice([f"{_nz(r, 9)}", f"FR{_nz(r, 8)}", f"CMD-{_nz(r, 6)}"]),
        tracking=lambda r: r.choice([f"6A{_d(r, 11)}", f"8R{_d(r, 11)}", f"LA{_d(r, 9)}FR"]),
        ref=lambda r: f"{r.choice(['DOS', 'REF'])}{_nz(r, 7)}",
        custno=lambda r: f"{_nz(r, 8)}",
        invoice=lambda r: f"F{r.choice([2025, 2026])}-{_d(r, 6)}",
        iban=_iban("FR", 23),
    ),
    "es": Locale(
        words=("girasol", "mariposa", "atardecer", "azulejo", "naranjo", "golondrina",
               "tortilla", "olivar", "amanecer", "castañuela", "estrellamar"),
        answers=("Toby", "Zaragoza", "García", "Lola", "Valencia", "Fernández", "Chispa",
                 "Córdoba"),
        names=("Lucía", "Pablo", "Sofía", "Javier", "Marta", "Diego", "Carmen", "Álvaro"),
        cities=("Zaragoza", "Valencia", "Sevilla", "Bilbao", "Málaga", "Valladolid"),
        shops=("Hogar Sol", "Bicis del Norte", "Deportes Montaña"),
        streets=("Calle Mayor 12, 3º B", "Avda. de la Constitución 45", "Plaza España 2"),
        date=_date_es,
        phone=lambda r: r.choice([f"6{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"+34 91 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
                                  f"900 {_d(r, 3)} {_d(r, 3)}"]),
        postcode=lambda r: f"{r.randrange(1, 53):02d}{_d(r, 3)}",
        price=lambda r: f"{r.randrange(3, 900)},{r.choice(['00', '99', '95', '50'])} €",
        order=lambda r: r.choice([f"{_nz(r, 9)}", f"ES-{_nz(r, 7)}", f"PED{_nz(r, 6)}"]),
        tracking=lambda r: r.choice([f"PQ{_d(r, 2)}F{_d(r, 11)}", f"{_nz(r, 13)}", f"CX{_d(r, 9)}ES"]),
        ref=lambda r: f"{r.choice(['EXP', 'REF'])}-{_nz(r, 8)}",
        custno=lambda r: f"{_nz(r, 7)}",
        invoice=lambda r: f"FAC-{_nz(r, 7)}",
        iban=_iban("ES", 20),
    ),
    "nl": Locale(
        words=("tulpenveld", "zonnebloem", "stroopwafel", "windmolen", "duinpan", "hagelslag",
               "regenboog", "kievit", "zeewind", "appeltaart", "sneeuwklokje"),
        answers=("Bello", "Utrecht", "de Vries", "Poekie", "Zwolle", "Jansen", "Snuffie",
                 "Groningen"),
        names=("Emma", "Daan", "Sanne", "Bram", "Lotte", "Thijs", "Fleur", "Ruben"),
        cities=("Utrecht", "Groningen", "Zwolle", "Eindhoven", "Leiden", "Arnhem"),
        shops=("Woonhuis Oranje", "Fietsenwinkel De Ketting", "Buitensport Duin"),
        streets=("Kerkstraat 12", "Dorpsweg 3a", "Laan van Meerdervoort 210"),
        date=_date_nl,
        phone=lambda r: r.choice([f"06-{_d(r, 8)}", f"+31 20 {_d(r, 3)} {_d(r, 4)}", f"0800-{_d(r, 4)}",
                                  f"0{_nz(r, 2)}-{_d(r, 7)}"]),
        postcode=lambda r: f"{r.randrange(1000, 9999)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}",
        price=lambda r: r.choice([f"€ {r.randrange(3, 900)},{r.choice(['00', '99', '95', '50'])}",
                                  f"€{r.randrange(3, 900)},-"]),
        order=lambda r: r.choice([f"{_nz(r, 9)}", f"NL-{_nz(r, 7)}", f"BOL{_nz(r, 7)}"]),
        tracking=lambda r: r.choice([f"3S{r.choice('ABCDEFGHJK')}{r.choice('ABCDEFGHJK')}{r.choice('ABCDEFGHJK')}{_d(r, 9)}",
                                     f"JVGL{_d(r, 16)}", f"CD{_d(r, 9)}NL"]),
        ref=lambda r: f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        custno=lambda r: f"{_nz(r, 8)}",
        invoice=lambda r: f"{r.choice([2025, 2026])}{_d(r, 6)}",
        iban=_iban("NL", 14),
    ),
}
