"""Names: fold them to the letters people type into addresses, and read names out of local parts.

``Öberg`` is typed ``oberg`` in Sweden and ``oeberg`` in Germany; ``Søren`` is ``soren`` or ``soeren``;
``Müller`` is ``muller``, ``mueller`` or ``muller``. Every comparison here works on such folded forms.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources
from itertools import permutations, product

from rapidfuzz.distance import OSA

__all__ = [
    "built_from_name",
    "first_names",
    "fold",
    "fold_variants",
    "name_key",
    "name_tokens",
    "name_explains",
    "names_other_person",
    "same_full_name",
    "spells_full_name",
    "surnames",
]

# Letters that do not decompose into base letter + mark under NFKD.
_SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "đ": "d", "ð": "d",
                          "þ": "th", "ł": "l", "ı": "i"})
# The German/Danish way of typing umlauts and ø/å without them.
_DIGRAPH = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe", "å": "aa", "æ": "ae"})
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015'’`´.,]+")
_LOCAL_SPLIT = re.compile(r"[._\-+=~]+|\d+")


def fold(text: str) -> str:
    """Lower case, marks removed, special letters spelled out: ``Øster-Åberg`` -> ``oster-aberg``."""
    if text.isascii():
        return text.lower()  # nothing to normalise, fold or spell out (most names and handles)
    # casefold, not lower: final sigma and other letters fold the same in every case.
    text = unicodedata.normalize("NFKC", text).casefold().translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    # translate again: a special letter may carry a mark (ǿ -> ø, ǽ -> æ) that only goes here
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_SPECIAL)


_SPELLINGS = {"ä": ("a", "ae"), "ö": ("o", "oe"), "ü": ("u", "ue"), "ø": ("o", "oe"),
              "å": ("a", "aa"), "æ": ("ae", "a"), "ß": ("ss", "s")}


@functools.lru_cache(maxsize=8192)
def fold_variants(token: str) -> frozenset[str]:
    """Every way ``token`` is commonly typed in ASCII: ``{"oberg", "oeberg"}`` for ``Öberg``.

    Each letter is spelled either way independently (``Ødegård``: odegard, oedegard, odegaard,
    oedegaard), up to three such letters; beyond that only the two consistent spellings.
    """
    low = unicodedata.normalize("NFC", token.lower())
    out = {fold(low), fold(low.translate(_DIGRAPH))}
    specials = [i for i, c in enumerate(low) if c in _SPELLINGS]
    if 0 < len(specials) <= 3:
        for choice in product(*(_SPELLINGS[low[i]] for i in specials)):
            chars = list(low)
            for i, spelled in zip(specials, choice, strict=True):
                chars[i] = spelled
            out.add(fold("".join(chars)))
    return frozenset(out)


def name_tokens(full_name: str) -> list[str]:
    """Folded name tokens; hyphenated names split: ``Anna-Karin Öberg`` -> anna, karin, oberg."""
    return [t for t in _SEPARATORS.split(fold(full_name)) if t]


def name_key(full_name: str) -> str:
    """A key equal for the same full name in any order, case or accenting.

    ``Matti Virtanen``, ``VIRTANEN Matti`` and ``Matti  Virtánen`` share one key; ``Matti J. Virtanen``
    does not (a middle initial tells people apart).
    """
    return " ".join(sorted(name_tokens(full_name)))


def _raw_tokens(full_name: str) -> list[str]:
    return [t for t in _SEPARATORS.split(unicodedata.normalize("NFC", full_name.lower())) if t]


@functools.lru_cache(maxsize=4096)
def _compositions(full_name: str) -> frozenset[str]:
    """Local parts (letters only) people build from this name: annasvensson, asvensson, ..."""
    tokens = _raw_tokens(full_name)[:5]
    if not tokens:
        return frozenset()
    out: set[str] = set()
    variant_lists = [sorted(fold_variants(t)) for t in tokens]
    for i, j in permutations(range(len(tokens)), 2):
        for a in variant_lists[i]:
            for b in variant_lists[j]:
                out.update({a + b, a[0] + b, a + b[0]})
                # with the other names' initials in between: anna.m.svensson
                middle = "".join(variant_lists[k][0][0] for k in range(len(tokens)) if k not in (i, j))
                if middle:
                    out.add(a + middle + b)
                    out.add(a[0] + middle + b)
    # a compound name typed whole: "anna-karin oberg" -> annakarinoberg
    joined = ["".join(v[0] for v in variant_lists)]
    out.update(joined)
    return frozenset(x for x in out if len(x) >= 4)


def local_letters(local: str) -> str:
    """The letters of a local part, folded, separators and digits removed."""
    return "".join(t for t in _LOCAL_SPLIT.split(fold(local)) if t)


def local_tokens(local: str) -> list[str]:
    """Alphabetic runs of a local part: ``erik.johansson84`` -> erik, johansson."""
    return [t for t in _LOCAL_SPLIT.split(fold(local)) if t]


def built_from_name(local: str, full_name: str) -> bool:
    """True when the local part is the person's name typed the usual ways.

    ``anna.svensson``, ``asvensson``, ``svensson.anna``, ``annasvensson84``, ``anna_m_svensson``.
    A lone first name (``anna84``) is not enough: too many people share it.
    """
    letters = local_letters(local)
    return len(letters) >= 4 and letters in _compositions(full_name)


@functools.lru_cache(maxsize=8192)
def name_explains(local: str, full_name: str) -> bool:
    """True when the letters of the local part are this person's name: built from it
    (`built_from_name`) or one of its names alone, with or without digits (``lina1976``,
    ``hansen84`` for Lina Hansen).

    A lone name is too common to tell namesakes apart, but it is enough to say why a person
    would pick the address: `near_other_customer_address` weighs the address against the
    customer's name and the neighbour owner's name with it.
    """
    letters = local_letters(local)
    if len(letters) < 3:
        return False
    return letters in _single_names(full_name) or built_from_name(local, full_name)


@functools.lru_cache(maxsize=4096)
def _single_names(full_name: str) -> frozenset[str]:
    out: set[str] = set()
    for t in _raw_tokens(full_name):
        out.update(v for v in fold_variants(t) if len(v) >= 3)
    return frozenset(out)


@functools.lru_cache(maxsize=4096)
def _full_compositions(full_name: str) -> frozenset[str]:
    """Local parts (letters only) that spell two of the names in full: annasvensson,
    svenssonanna, annamsvensson (middle initial), annamariasvensson; no bare initials."""
    tokens = _raw_tokens(full_name)[:5]
    if len(tokens) < 2:
        return frozenset()
    variant_lists = [sorted(fold_variants(t)) for t in tokens]
    out: set[str] = set()
    for i, j in permutations(range(len(tokens)), 2):
        middle = "".join(variant_lists[k][0][0] for k in range(len(tokens)) if k not in (i, j))
        for a in variant_lists[i]:
            for b in variant_lists[j]:
                out.add(a + b)
                if middle:
                    out.add(a + middle + b)
    out.add("".join(v[0] for v in variant_lists))
    return frozenset(x for x in out if len(x) >= 6)


def spells_full_name(local: str, full_name: str) -> bool:
    """True when the local part spells a given name and a surname of this person in full
    (``erik.lundgren84``, ``lundgren_erik``), not just initials (``elundgren``): it names this
    person rather than anyone whose name starts the same way."""
    return local_letters(local) in _full_compositions(full_name)


def mentions_name(local: str, full_name: str) -> bool:
    """True when one of the person's names (three letters or more) is a word of the local part,
    or begins or ends its letters: ``kati.olsson`` mentions Katarina Olsson (her surname)."""
    names = _single_names(full_name)
    if not names:
        return False
    if any(t in names for t in local_tokens(local)):
        return True
    letters = local_letters(local)
    return any(letters.startswith(n) or letters.endswith(n) for n in names if len(n) >= 4)


def _exact_tokens(full_name: str) -> list[str]:
    """Name tokens as written: case, composition and separators go, letters stay
    (``Jönsson`` is not ``Jonsson``)."""
    text = unicodedata.normalize("NFC", unicodedata.normalize("NFKC", full_name).casefold())
    return [t for t in _SEPARATORS.split(text) if t]


def exact_name_key(full_name: str) -> str:
    """The name's exact tokens, sorted: equal for any two names `same_full_name` calls the same
    (it allows no other difference than a word moved to the front), so the index can keep exact
    namesakes together and confirm only those few pairs (``Lewis Thomas`` shares the key of
    ``Thomas Lewis`` and is told apart by `same_full_name`)."""
    return " ".join(sorted(_exact_tokens(full_name)))


def _surname_first(written: str, tokens: list[str], given_first: list[str]) -> bool:
    """``tokens`` (the tokens of ``written``) are ``given_first`` with its last word moved to the
    front, and that word reads as a surname there: it is not a known given name, or ``written``
    marks it (``VIRTANEN Matti``, ``Öberg, Linnea``)."""
    if len(tokens) < 2 or tokens != given_first[-1:] + given_first[:-1]:
        return False
    if fold(given_first[-1]) not in first_names():
        return True
    words = written.split()
    head = words[0] if words else ""
    return "," in written or (len(head) > 1 and head.isupper() and not written.isupper())


@functools.lru_cache(maxsize=8192)
def same_full_name(a: str, b: str) -> bool:
    """Whether two recorded full names are the same name: the namesake test of
    `namesake_collision` and `namesake_ambiguous` ("exactly the same full name").

    Case, spacing, hyphens, Unicode composition do not matter. Letters do: ``Robert Jönsson`` and
    ``Robert Jonsson`` are two Swedish surnames, and ``Müller`` is not ``Muller``, although
    `name_key` (and every address comparison) folds them alike, because people type them alike.
    Word order matters unless one name is the other written surname first: ``VIRTANEN Matti`` and
    ``Virtanen Matti`` are Matti Virtanen (``Virtanen`` is no given name), but ``Thomas Lewis`` and
    ``Lewis Thomas`` are two people, since either word can be the given name.
    """
    ta, tb = _exact_tokens(a), _exact_tokens(b)
    if ta == tb:
        return bool(ta)
    return _surname_first(b, tb, ta) or _surname_first(a, ta, tb)


def _load(name: str) -> frozenset[str]:
    text = resources.files("misdirect.data").joinpath(name).read_text(encoding="utf-8")
    out: set[str] = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.update(fold_variants(line))
    return frozenset(out)


@functools.cache
def first_names() -> frozenset[str]:
    """Common first names of the supported locales, folded (shipped in misdirect/data)."""
    return _load("first_names.txt")


@functools.cache
def surnames() -> frozenset[str]:
    """Common surnames of the supported locales, folded (shipped in misdirect/data)."""
    return _load("surnames.txt")


def names_other_person(local: str, full_name: str) -> tuple[str, str] | None:
    """``(first, last)`` when the local part names a person who is not this customer.

    Needs a known first name plus a second name, neither of them one of the customer's names:
    ``erik.johansson`` for customer Anna Svensson. Without separators the second part must be a
    known surname or end like one (``erikjohansson``), so that handles like ``maxpower`` are not
    read as names, and must not be the customer's own surname with one slip (``jim|naderson`` for
    James Anderson). With a separator, a known surname beside a word that can be a given name is
    enough (``netta.saarinen``: our list of given names is never complete), except the words of
    a household mailbox (``familjen.saarinen``).
    """
    own: set[str] = set()
    for t in _raw_tokens(full_name):
        own.update(fold_variants(t))
    if not own:
        return None
    # Words are what separators divide; a digit inside a word is a slip or decoration, not a
    # break between names (``liz.wh9itfield`` is liz + whitfield, not liz + wh + itfield).
    tokens = [t for t in _name_words(local) if len(t) >= 2]
    if any(_slip_of_own(t, own) for t in tokens):
        return None  # the customer's own name with a typing slip, not somebody else's
    firsts = first_names()
    if len(tokens) >= 2:
        if any(t in own for t in tokens):
            return None
        for i, t in enumerate(tokens):
            if t in firsts:
                others = [u for j, u in enumerate(tokens) if j != i and len(u) >= 3]
                if others:
                    return t, others[0]
        if len(tokens) == 2:
            # A given name missing from our list, beside a known surname: netta.saarinen,
            # ruby-smith. Not a household mailbox (familjen.svensson, koti.virtanen): that
            # names a family, not a person.
            lasts = surnames()
            a, b = tokens
            if b in lasts and _could_be_given_name(a, lasts):
                return a, b
            if a in lasts and _could_be_given_name(b, lasts):
                return b, a
        return None
    if len(tokens) == 1:
        word = tokens[0]
        if word in own or any(word.startswith(o) or word.endswith(o) for o in own if len(o) >= 3):
            return None
        lasts = surnames()
        for cut in range(3, len(word) - 2):
            head, tail = word[:cut], word[cut:]
            if head in firsts and (tail in lasts or looks_like_surname(tail)) \
                    and not _one_slip_from_own(tail, own):
                return head, tail
            if tail in firsts and (head in lasts or looks_like_surname(head)) \
                    and not _one_slip_from_own(head, own):
                return tail, head
    return None


def _name_words(local: str) -> list[str]:
    """The words of a local part, folded, with digits dropped: ``liz.wh9itfield84`` ->
    liz, whitfield."""
    return [w for w in (re.sub(r"\d+", "", p) for p in _WORD_SPLIT.split(fold(local))) if w]


_WORD_SPLIT = re.compile(r"[._\-+=~]+")


# Words of household mailboxes in the supported locales (familjen.svensson, perhe.virtanen).
_HOUSEHOLD = frozenset({"familjen", "familj", "familie", "familien", "family", "fam", "famille",
                        "perhe", "koti", "hemma", "hjemme", "home", "huset", "hus", "haus", "the",
                        "mail", "post", "info", "kontakt", "contact"})


def _could_be_given_name(word: str, lasts: frozenset[str]) -> bool:
    return len(word) >= 3 and word.isalpha() and word not in lasts and word not in _HOUSEHOLD


def _one_slip_from_own(word: str, own: set[str]) -> bool:
    """The customer's own surname with one slip, read as somebody else's (``jim|naderson`` for
    James Anderson): five letters or more, so that patronymic endings do not match."""
    return len(word) >= 5 and any(abs(len(o) - len(word)) <= 1
                                  and OSA.distance(word, o, score_cutoff=1) <= 1 for o in own)


def _slip_of_own(token: str, own: set[str]) -> bool:
    if len(token) < 4:
        return False
    limit = 1 if len(token) < 8 else 2
    return any(abs(len(o) - len(token)) <= limit
               and OSA.distance(token, o, score_cutoff=limit) <= limit for o in own)


# Endings that make a word a surname in the supported locales (Virtanen, Koskinen, Mäkelä is not
# here: -la is too common in words; Andersson, Lindqvist, Hansen, Bakken, Hoffmann, Richardson...).
# Only for the second half of a run-together local part after a known first name.
_SURNAME_ENDINGS = (
    "nen", "maki", "niemi", "koski", "lahti", "salo", "vaara", "joki", "harju", "rinne",
    "kallio", "korpi", "nummi", "kangas", "lampi", "ranta", "saari", "vuori", "pelto",
    "sson", "berg", "strom", "lund", "qvist", "kvist", "quist", "gren", "dahl", "holm", "blad",
    "stedt", "lind", "felt", "fors",
    "sen", "rud", "dal", "vik", "heim", "stad", "gaard", "gard", "bakken", "haug", "strand",
    "moen", "bjerg", "skov", "holt", "toft",
    "mann", "stein", "burg", "feld", "hoff", "bach", "baum", "hausen", "meier", "meyer",
    "mayer", "bauer", "huber", "kamp", "brink", "witz", "hardt",
    "son", "ton", "ley", "ford", "field", "wood", "well", "wright", "worth",
)


def looks_like_surname(word: str) -> bool:
    """True for a word of at least five letters with a typical surname ending (``koivunen``)."""
    return len(word) >= 5 and word.isalpha() and word.endswith(_SURNAME_ENDINGS)
