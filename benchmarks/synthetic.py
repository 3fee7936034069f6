"""A fast synthetic customer directory for the speed benchmark (1,000,000 customers in ~20 s).

Realistic-looking, not labelled: the accuracy corpus (``benchmarks/recipient_corpus.py``) is a
separate, independent generator. This one only has to give the index the shape of a real
directory: a modest name list per locale (so names repeat and namesakes are common), local parts
built the ways people build them, ~1.2 addresses per customer, a few big mail domains per locale
and a long Zipf tail of company domains. Mailboxes are unique, apart from ~1% shared family ones.

>>> records = generate(1000, seed=1)
>>> records[0].emails                                   # doctest: +SKIP
['aino.virtanen84@gmail.com']
"""

from __future__ import annotations

import bisect
import itertools
import random
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from misdirect import Customer

__all__ = ["LOCALES", "Record", "body_for", "customers", "generate", "new_addresses", "slip",
           "sqlite_directory"]


@dataclass(frozen=True, slots=True)
class _Locale:
    code: str
    weight: float
    female: tuple[str, ...]
    male: tuple[str, ...]
    surnames: tuple[str, ...]
    cities: tuple[str, ...]
    #: ``(domain, weight)``; ``@company`` stands for a work domain from the long tail.
    domains: tuple[tuple[str, float], ...]
    company_tlds: tuple[str, ...]


def _w(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.split(",") if t.strip())


LOCALES: tuple[_Locale, ...] = (
    _Locale("fi", 0.20,
            _w("Anna, Maria, Aino, Helena, Johanna, Laura, Sanna, Emilia, Elina, Sofia, Tiina, "
               "Minna, Päivi, Riitta, Hanna, Katja, Sari, Heidi, Satu, Leena, Venla, Iida, Noora"),
            _w("Juha, Timo, Matti, Mikko, Jari, Antti, Kari, Jukka, Pekka, Mika, Markku, Ville, "
               "Janne, Sami, Heikki, Tuomas, Lauri, Eetu, Onni, Väinö, Aleksi, Jussi, Petri"),
            _w("Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, "
               "Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, "
               "Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, "
               "Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Kivimäki, Öhman"),
            _w("Helsinki, Espoo, Tampere, Vantaa, Oulu, Turku, Jyväskylä, Lahti, Kuopio, Pori"),
            (("gmail.com", 30), ("hotmail.com", 10), ("outlook.com", 6), ("elisanet.fi", 6),
             ("kolumbus.fi", 3), ("luukku.com", 3), ("suomi24.fi", 3), ("saunalahti.fi", 4),
             ("yahoo.com", 3), ("icloud.com", 4), ("hotmail.fi", 3), ("@company", 25)),
            (".fi", ".fi", ".com")),
    _Locale("sv", 0.25,
            _w("Anna, Eva, Maria, Karin, Sara, Lena, Kerstin, Emma, Ingrid, Marie, Malin, "
               "Christina, Linnea, Sofia, Elin, Johanna, Ida, Hanna, Elsa, Maja, Astrid, Åsa"),
            _w("Lars, Mikael, Anders, Johan, Erik, Per, Karl, Peter, Thomas, Jan, Daniel, "
               "Fredrik, Hans, Andreas, Magnus, Mats, Oskar, Nils, Gustav, Björn, Göran, Lukas"),
            _w("Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, "
               "Svensson, Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, "
               "Jönsson, Lindberg, Jakobsson, Magnusson, Lindström, Olofsson, Lindqvist, "
               "Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind, Lundgren, Öberg, Ström"),
            _w("Stockholm, Göteborg, Malmö, Uppsala, Västerås, Örebro, Linköping, Helsingborg, "
               "Jönköping, Norrköping, Lund, Umeå"),
            (("gmail.com", 28), ("hotmail.com", 12), ("outlook.com", 5), ("telia.com", 7),
             ("comhem.se", 5), ("bredband.net", 3), ("live.se", 3), ("icloud.com", 5),
             ("yahoo.se", 2), ("spray.se", 1), ("hotmail.se", 3), ("@company", 26)),
            (".se", ".se", ".com", ".nu")),
    _Locale("no", 0.12,
            _w("Anne, Inger, Kari, Marit, Ingrid, Liv, Eva, Berit, Astrid, Bjørg, Hilde, Nora, "
               "Emma, Sofie, Ida, Ingeborg, Solveig, Silje, Marte, Tone"),
            _w("Jan, Per, Bjørn, Ole, Lars, Kjell, Knut, Arne, Svein, Thomas, Hans, Geir, "
               "Tor, Morten, Terje, Jakob, Emil, Henrik, Magnus, Sindre"),
            _w("Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, "
               "Jensen, Karlsen, Johnsen, Pettersen, Eriksen, Berg, Haugen, Hagen, Johannessen, "
               "Andreassen, Jacobsen, Dahl, Jørgensen, Halvorsen, Henriksen, Lund, Sørensen, "
               "Haugland, Solberg, Moen, Strand, Bakken"),
            _w("Oslo, Bergen, Trondheim, Stavanger, Drammen, Fredrikstad, Kristiansand, Tromsø"),
            (("gmail.com", 30), ("hotmail.com", 12), ("online.no", 8), ("outlook.com", 5),
             ("getmail.no", 3), ("live.no", 3), ("icloud.com", 5), ("yahoo.no", 2),
             ("@company", 25)),
            (".no", ".no", ".com")),
    _Locale("da", 0.12,
            _w("Anne, Kirsten, Mette, Hanne, Anna, Helle, Susanne, Lene, Maria, Marianne, "
               "Lone, Camilla, Pia, Louise, Charlotte, Ida, Freja, Sofie, Emma, Birgitte"),
            _w("Peter, Jens, Michael, Lars, Henrik, Thomas, Søren, Jan, Niels, Christian, "
               "Martin, Rasmus, Jesper, Anders, Morten, Mads, Frederik, Mikkel, Kasper, Ole"),
            _w("Nielsen, Jensen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen, "
               "Rasmussen, Jørgensen, Petersen, Madsen, Kristensen, Olsen, Thomsen, "
               "Christiansen, Poulsen, Johansen, Møller, Mortensen, Knudsen, Jakobsen, "
               "Mikkelsen, Olesen, Frederiksen, Laursen, Henriksen, Lund, Schmidt, Holm"),
            _w("København, Aarhus, Odense, Aalborg, Esbjerg, Randers, Kolding, Horsens, Vejle"),
            (("gmail.com", 30), ("hotmail.com", 12), ("outlook.dk", 3), ("live.dk", 4),
             ("mail.dk", 4), ("jubii.dk", 2), ("yahoo.dk", 3), ("icloud.com", 5),
             ("get2net.dk", 2), ("@company", 25)),
            (".dk", ".dk", ".com")),
    _Locale("de", 0.16,
            _w("Sabine, Susanne, Petra, Claudia, Andrea, Nicole, Stefanie, Julia, Katharina, "
               "Anna, Laura, Sandra, Monika, Ursula, Jana, Lea, Lena, Hannah, Jürgen, Sophie"),
            _w("Thomas, Michael, Andreas, Stefan, Peter, Christian, Frank, Markus, Klaus, "
               "Wolfgang, Jürgen, Daniel, Alexander, Tobias, Jan, Lukas, Felix, Jonas, Jörg"),
            _w("Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, "
               "Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, "
               "Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, "
               "Schmitz, Krause, Meier, Lehmann, Schmid, Köhler, Steinhauser"),
            _w("Berlin, Hamburg, München, Köln, Frankfurt, Stuttgart, Düsseldorf, Leipzig, "
               "Dortmund, Essen, Bremen, Dresden"),
            (("gmail.com", 18), ("web.de", 15), ("gmx.de", 15), ("t-online.de", 10),
             ("outlook.de", 3), ("hotmail.de", 3), ("yahoo.de", 4), ("freenet.de", 3),
             ("icloud.com", 4), ("posteo.de", 1), ("gmx.net", 4), ("@company", 20)),
            (".de", ".de", ".com", ".eu")),
    _Locale("en_gb", 0.15,
            _w("Olivia, Emily, Sarah, Emma, Charlotte, Sophie, Jessica, Amelia, Lucy, Hannah, "
               "Elizabeth, Rebecca, Laura, Claire, Helen, Rachel, Victoria, Grace, Chloe, Amy"),
            _w("James, John, David, Michael, Paul, Andrew, Mark, Richard, Peter, Robert, "
               "Thomas, Daniel, Christopher, Matthew, Oliver, George, Harry, Jack, William, Sam"),
            _w("Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, "
               "Roberts, Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, "
               "Lewis, Harris, Clarke, Patel, Jackson, Wood, Turner, Martin, Cooper, Ashford"),
            _w("London, Birmingham, Manchester, Leeds, Glasgow, Sheffield, Bristol, Liverpool, "
               "Edinburgh, Cardiff, Leicester, Nottingham"),
            (("gmail.com", 25), ("hotmail.co.uk", 10), ("hotmail.com", 5), ("yahoo.co.uk", 8),
             ("btinternet.com", 7), ("outlook.com", 5), ("sky.com", 4), ("icloud.com", 6),
             ("live.co.uk", 3), ("aol.com", 2), ("@company", 25)),
            (".co.uk", ".co.uk", ".com", ".uk")),
)

_FOLD = str.maketrans({"ä": "a", "ö": "o", "å": "a", "ø": "o", "æ": "ae", "ü": "u", "ß": "ss",
                       "é": "e", "Ä": "a", "Ö": "o", "Å": "a", "Ø": "o", "Æ": "ae", "Ü": "u"})

_COMPANY_WORDS = _w(
    "nord, sun, tech, data, bygg, konsult, trans, metal, group, log, soft, media, print, auto, "
    "care, eco, green, blue, north, west, east, line, net, link, form, plan, team, works, smart, "
    "vision, star, polar, fjord, berg, sjö, lake, forest, stone, river, ocean, cloud, alpha, nova, "
    "prime, core, solid, fast, true, mill, hus, koti, talo, haus, werk, energi, kraft, invest")
_HANDLE_WORDS = _w(
    "bluefox, kissankello, snowbird, tiger, moonlight, starlight, happy, sunny, lumi, karhu, "
    "ulv, bjorn, wolf, dragon, angel, rocker, gamer, runner, skater, surfer, pixel, ninja")

# Local-part styles and their weights.
_STYLES: tuple[tuple[str, float], ...] = (
    ("first.last", 26), ("firstlast", 9), ("first.lastNN", 10), ("firstlastNN", 6),
    ("f.last", 7), ("flast", 6), ("first_last", 4), ("last.first", 3), ("firstYYYY", 5),
    ("first.last.YYYY", 4), ("firstNNN", 4), ("handleNN", 5), ("first.m.last", 3),
    ("lastfirst", 2), ("first-last", 2),
)
_KEYBOARD = {c: n for c, n in zip("qwertyuiopasdfghjklzxcvbnm",
                                  ["wa", "qes", "wrd", "etf", "ryg", "tuh", "yij", "uok", "ipl",
                                   "ol", "qsz", "adwx", "sfec", "dgrv", "fhtb", "gjyn", "hkum",
                                   "jli", "kop", "zaxs", "zcsd", "xvdf", "cbfg", "vnhg", "bmhj",
                                   "nkj"], strict=True)}


@dataclass(frozen=True, slots=True)
class Record:
    """One synthetic customer, lighter than `misdirect.Customer` (a million fit in ~300 MB)."""

    id: str
    full_name: str
    emails: tuple[str, ...]
    city: str
    locale: str


def _cum(weights: Iterable[float]) -> list[float]:
    return list(itertools.accumulate(weights))


def _company_domains(rng: random.Random, count: int) -> list[str]:
    """Distinct work domains; drawn later with Zipf weights, so a few are big employers."""
    out: dict[str, None] = {}
    words = [w.translate(_FOLD) for w in _COMPANY_WORDS]
    tlds = [t for loc in LOCALES for t in loc.company_tlds]
    while len(out) < count:
        a, b = rng.choice(words), rng.choice(words)
        name = a + b if rng.random() < 0.7 else f"{a}-{b}"
        if rng.random() < 0.3:
            name += str(rng.randint(1, 99))
        out[name + rng.choice(tlds)] = None
    return list(out)


def _local(rng: random.Random, style: str, first: str, last: str, birth_year: int) -> str:
    f, lname = first.lower().translate(_FOLD), last.lower().translate(_FOLD)
    nn = f"{rng.randint(1, 99):02d}" if rng.random() < 0.6 else str(birth_year % 100).zfill(2)
    if style == "first.last":
        return f"{f}.{lname}"
    if style == "firstlast":
        return f + lname
    if style == "first.lastNN":
        return f"{f}.{lname}{nn}"
    if style == "firstlastNN":
        return f"{f}{lname}{nn}"
    if style == "f.last":
        return f"{f[0]}.{lname}"
    if style == "flast":
        return f[0] + lname
    if style == "first_last":
        return f"{f}_{lname}"
    if style == "last.first":
        return f"{lname}.{f}"
    if style == "firstYYYY":
        return f"{f}{birth_year}"
    if style == "first.last.YYYY":
        return f"{f}.{lname}.{birth_year}"
    if style == "firstNNN":
        return f"{f}{rng.randint(1, 999)}"
    if style == "handleNN":
        return f"{rng.choice(_HANDLE_WORDS)}{rng.randint(1, 9999)}"
    if style == "first.m.last":
        return f"{f}.{rng.choice('abcdefghijklmnoprstuv')}.{lname}"
    if style == "lastfirst":
        return lname + f
    return f"{f}-{lname}"


class _Generator:
    def __init__(self, n: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.companies = _company_domains(self.rng, max(500, n // 25))
        # Zipf-Mandelbrot over the company domains: rank r weighs 1 / (r + 5)
        self.company_cum = _cum(1.0 / (r + 5) for r in range(len(self.companies)))
        self.locale_cum = _cum(loc.weight for loc in LOCALES)
        self.style_names = [s for s, _w in _STYLES]
        self.style_cum = _cum(w for _s, w in _STYLES)
        self.domain_cum = {loc.code: _cum(w for _d, w in loc.domains) for loc in LOCALES}
        self.used: set[str] = set()

    def _pick(self, cum: Sequence[float]) -> int:
        return bisect.bisect(cum, self.rng.random() * cum[-1])

    def person(self) -> tuple[_Locale, str, str]:
        rng = self.rng
        loc = LOCALES[self._pick(self.locale_cum)]
        # squared uniform: a rough frequency order, the first names on the list are the common ones
        first_pool = loc.female if rng.random() < 0.5 else loc.male
        first = first_pool[int(len(first_pool) * rng.random() ** 2)]
        last = loc.surnames[int(len(loc.surnames) * rng.random() ** 2)]
        return loc, first, last

    def domain(self, loc: _Locale) -> tuple[str, bool]:
        """A mail domain of the locale; True when it is a work domain."""
        d = loc.domains[self._pick(self.domain_cum[loc.code])][0]
        if d == "@company":
            return self.companies[min(self._pick(self.company_cum), len(self.companies) - 1)], True
        return d, False

    def address(self, loc: _Locale, first: str, last: str, birth_year: int,
                shared_ok: bool = True) -> str:
        rng = self.rng
        domain, work = self.domain(loc)
        if work:  # employers pick the scheme
            style = rng.choice(("first.last", "first.last", "f.last", "flast", "firstlast"))
        else:
            style = self.style_names[self._pick(self.style_cum)]
        local = _local(rng, style, first, last, birth_year)
        address = f"{local}@{domain}"
        if address in self.used and not (shared_ok and rng.random() < 0.01):
            # the provider said "taken": people add digits until it is free
            for _ in range(20):
                candidate = f"{local}{rng.randint(1, 9999)}@{domain}"
                if candidate not in self.used:
                    address = candidate
                    break
        self.used.add(address)
        return address

    def record(self, i: int) -> Record:
        rng = self.rng
        loc, first, last = self.person()
        birth_year = rng.randint(1940, 2005)
        r = rng.random()
        count = 1 if r < 0.82 else 2 if r < 0.98 else 3
        emails: list[str] = []
        for _ in range(count):
            a = self.address(loc, first, last, birth_year)
            if a not in emails:
                emails.append(a)
        return Record(id=f"C-{i:07d}", full_name=f"{first} {last}", emails=tuple(emails),
                      city=loc.cities[int(len(loc.cities) * rng.random() ** 2)], locale=loc.code)


def generate(n: int, *, seed: int = 20240607) -> list[Record]:
    """``n`` synthetic customers, deterministic for a seed (1,000,000 in roughly 20 s)."""
    g = _Generator(n, seed)
    return [g.record(i) for i in range(1, n + 1)]


def customers(records: Iterable[Record]) -> Iterator[Customer]:
    """`misdirect.Customer` objects for ``records``, made lazily (a million at once is ~1 GB)."""
    from misdirect import Customer  # noqa: F811 - the runtime import, kept lazy

    for r in records:
        yield Customer(id=r.id, full_name=r.full_name, emails=list(r.emails), city=r.city)


def sqlite_directory(db: Path, records: Sequence[Record]) -> float | None:
    """Load ``records`` into a SQLite directory at ``db`` unless the file is already there (a
    benchmark reuses it between runs); returns the seconds the load took, or None when it was
    reused. The load goes to a scratch file renamed at the end, so an interrupted one leaves no
    half-filled ``db`` behind to be reused."""
    import time

    from misdirect import Directory

    if db.exists():
        return None
    print(f"[synthetic] loading {len(records):,} customers into {db}", file=sys.stderr, flush=True)
    t = time.perf_counter()
    tmp = db.with_suffix(".tmp.db")
    tmp.unlink(missing_ok=True)
    with Directory.connect(f"sqlite:///{tmp}") as d:
        d.upsert(customers(records))
    tmp.rename(db)
    return time.perf_counter() - t


def new_addresses(k: int, *, seed: int) -> list[str]:
    """``k`` plausible addresses of people who are (mostly) not in the directory."""
    g = _Generator(2000, seed)
    out = []
    for _ in range(k):
        loc, first, last = g.person()
        local, _, domain = g.address(loc, first, last, g.rng.randint(1940, 2005)).rpartition("@")
        out.append(f"{local}{g.rng.randint(100, 999)}@{domain}" if g.rng.random() < 0.5
                   else f"{local}@{domain}")
    return out


_DOMAIN_SLIPS = {"gmail.com": ("gmial.com", "gmail.co", "gmai.com", "gnail.com"),
                 "hotmail.com": ("hotmial.com", "hotmail.co", "hotmai.com", "hotmal.com"),
                 "outlook.com": ("outlok.com", "outlook.co"), "comhem.se": ("comhen.se",),
                 "telia.com": ("telia.se", "telis.com"), "web.de": ("wev.de",),
                 "gmx.de": ("gmx.com",), "yahoo.co.uk": ("yahoo.co", "yaho.co.uk")}


def slip(address: str, rng: random.Random) -> str:
    """``address`` with one typing slip: a missing, extra, wrong or swapped character, or (now and
    then) a slip in the domain. Always different from ``address`` and still well-formed."""
    local, _, domain = address.rpartition("@")
    if domain in _DOMAIN_SLIPS and rng.random() < 0.15:
        return f"{local}@{rng.choice(_DOMAIN_SLIPS[domain])}"
    for _ in range(50):
        i = rng.randrange(len(local))
        op = rng.random()
        c = local[i]
        if op < 0.3 and len(local) > 2:
            new = local[:i] + local[i + 1:]  # missing character (often a digit)
        elif op < 0.5:
            new = local[:i] + c + local[i:]  # doubled key
        elif op < 0.8:
            near = _KEYBOARD.get(c, "abcdefghijklmnopqrstuvwxyz0123456789")
            new = local[:i] + rng.choice(near) + local[i + 1:]
        elif i + 1 < len(local) and local[i] != local[i + 1]:
            new = local[:i] + local[i + 1] + local[i] + local[i + 2:]  # swapped neighbours
        else:
            continue
        if new and new != local and not new.startswith(".") and not new.endswith(".") \
                and ".." not in new:
            return f"{new}@{domain}"
    return f"{local}x@{domain}"


def body_for(record: Record, order: int, size: int = 2048) -> str:
    """A ~2 KB order-confirmation body that names the customer (as real ones do)."""
    lines = [f"Hello {record.full_name},", "",
             f"Thank you for your order #{order}. We will deliver it to {record.city}.", "",
             "Order summary:"]
    item = 1
    while sum(len(x) + 1 for x in lines) < size - 300:
        lines.append(f"  {item:2d} x Article {1000 + item * 37} ({['blue', 'M', 'XL'][item % 3]})"
                     f"      {item * 12.5:8.2f} EUR")
        item += 1
    lines += ["", "Payment: invoice, due in 14 days. Questions? Reply to this message or call our",
              "customer service on weekdays 8-17. Your order can be followed in the app.", "",
              "Kind regards,", "The Example Shop team"]
    return "\n".join(lines)
