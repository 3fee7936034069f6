"""Keyword-anchored secrets: PINs, PUKs, passwords, one-time codes and security answers.

How a value is found, in order:

1. **Keywords.** One case-insensitive regex per kind built from the per-language tables in
   `misdirect.content.keywords`. It only runs in small windows around hits of a few literal anchors
   ("pass", "pin", "kod", ...), all found in one pass (`misdirect.content.prefilter.AnchorFinder`),
   so plain prose costs a few C-level operations per character.
2. **After the keyword.** Tokens (runs of non-space) are read left to right within a bounded window:
   separators (":", "=", a table-cell tab) and copulas ("is", "on", "är", "lautet") *introduce* the
   value; fillers ("your", "new", "now", "for you;") are skipped; intro verbs ("use", "käytä") also
   introduce. The first other token is the candidate, and it must pass the kind's validator. The
   value may sit on the next line when the keyword is a bare label.
3. **Before the keyword.** "482913 is your verification code", "123456 on vahvistuskoodisi".
4. **Table columns.** A header row holds the keyword; the value is in its column of the next row.

Validators reject what is not a secret even beside a keyword: dates, times, prices, phone numbers,
URLs, e-mail addresses, masks ("********") and ordinary words ("changed", "vaihdettu", "valid").
A letters-only password is accepted only when it was introduced explicitly and ends its clause.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from re import _constants as _sc  # type: ignore[attr-defined]
from re import _parser as _sp  # type: ignore[attr-defined]
from typing import Any

from misdirect.content.base import Match
from misdirect.content.constructions import HINTS as _CONSTRUCTION_HINTS
from misdirect.content.constructions import construction_matches
from misdirect.content.keywords import ANCHORS, ENTRY_VERBS, LANGUAGES, _w, other_code_compound
from misdirect.content.prefilter import AnchorFinder
from misdirect.content.scorer import SCORER_ANCHORS, SCORER_ANCHORS_SET, share_reading, talks_about

__all__ = ["KeywordSecrets", "keyword_kind", "plausible_value"]

_KINDS = ("otp", "puk", "pin", "password", "security_answer")
#: The keyword groups of the regex: the kinds, then the bare word for "code" (read as ``otp`` under
#: stricter rules, see `_code_context`). It comes last, so "code de vérification" stays ``otp``.
#: ``answer`` is the bare label "Answer:" ("Vastaus:", "Svar:"), a security answer only after a
#: security question (see `_QUESTION_CONTEXT_RE`).
_GROUPS = (*_KINDS, "code", "answer")
_ANSWER_LABEL = r"(?<![\w-])(?:answer|vastaus|svar(?:et)?|antwort|r[ée]ponse|respuesta|antwoord)(?![\w-])"
# What makes "Answer:" the answer to a security question: that question named shortly before.
_QUESTION_CONTEXT_RE = re.compile(
    r"(?:security|secret|memorable) question|turvakysymy|säkerhetsfråg|sikkerhetsspørsmål|"
    r"sikkerhedsspørgsmål|sicherheitsfrage|geheimfrage|question (?:secr[èe]te|de s[ée]curit[ée])|"
    r"pregunta (?:de seguridad|secreta)|beveiligingsvraag|geheime vraag", re.IGNORECASE)


def _union(attr: str) -> frozenset[str]:
    out: set[str] = set()
    for lang in LANGUAGES:
        out |= getattr(lang, attr)
    return frozenset(out)


_COPULAS = _union("copulas")
_INTRO_VERBS = _union("intro_verbs")
_FILLERS = _union("fillers")
_STOPWORDS = _union("stopwords") | _FILLERS | _INTRO_VERBS | _w(
    "password passwort kennwort salasana lösenord passord adgangskode kodeord wachtwoord "
    "contraseña pin puk code koodi kod kode código otp tan"
)
# words that may follow a value in the same clause ("use X when you first sign in")
_AFTER_VALUE = _w(
    "when until to for kun kirjautuessasi när når wenn bei beim lors quand cuando al wanneer "
    "für pour para om ved"
)
# "set to", "ändrats till", "wurde auf", "gewijzigd in": a participle of setting, then the
# preposition that introduces the new value ("Your PIN has been set to 4821").
_SET_TO = frozenset(tuple(p.split("+")) for p in _w(
    "set+to changed+to reset+to updated+to "
    "ändrats+till ändrat+till satts+till satt+till bytts+till bytt+till återställts+till "
    "endret+til satt+til byttet+til tilbakestilt+til "
    "ændret+til sat+til skiftet+til nulstillet+til "
    "wurde+auf ist+auf wurden+auf "
    "modifié+en réinitialisé+à remplacé+par défini+sur "
    "cambiado+a cambiada+a restablecido+a restablecida+a establecido+en establecida+en "
    "gewijzigd+in veranderd+in ingesteld+op gereset+naar "
    "on+asetettu on+vaihdettu on+muutettu"
))
#: In the keyword's own clause, a copula up to this many tokens after it still introduces the
#: value ("Your password for online banking is X", "Koden til at logge ind er X").
_CLAUSE_TOKENS = 6
_SPACED_DIGITS_RE = re.compile(r"\d(?: \d){3,9}(?!\d)")
_POINTER_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, _union("pointers")), key=len, reverse=True))
    + r")(?![\w-])", re.IGNORECASE)
# What may stand right before the bare word "code": determiners, possessives, instructions and
# their particles ("enter the code", "Geben Sie den Code", "tast inn koden", "voer de code").
# Anything else is a qualifier that makes it another kind of code ("postal code", "discount code").
_DETERMINERS = _w(
    "the this that a an your my den dem des ein einen eine einem diesen dieser dieses diesem "
    "diese ihren "
    "ihrem deinen le la l' ce cet votre ton el este su tu de het deze dit uw je jouw din ditt "
    "dit dine denna denne detta här inn in ind tämä tätä tämän sinun följande følgende "
    "seuraava seuraavaa oleva olevaa following folgende folgenden folgender nachstehenden "
    # adjectives that keep "code" a secret one ("your personal code", "din personliga kod")
    "personal secret personlig personliga personlige henkilökohtainen salainen persönlicher "
    "persönliche persönlichen geheime geheimer persoonlijke geheime personnel secret secreto "
    "hemlig hemmelig"
)
# Words that present what follows, before a keyword: "Here is your code 482913", "Tässä
# koodisi 482913", "Hier ist Ihr Code 482913".
_PRESENTING = _w("here here's heres tässä här her hier voici voilà aquí aqui")
# Words after "code" that make it another kind of code ("code client", "código de seguimiento",
# "code promo", "de code van uw bestelling"): a copula later in that clause gives no secret.
_OTHER_CODE = _w(
    "client customer kunde kunden asiakas kund klant cliente promo promotionnel promocional "
    "postal post réduction remise cadeau parrainage descuento regalo referido rabatt rabat "
    "korting kortings kampanj kampanje alennus tarjous gutschein voucher coupon bon "
    "suivi seguimiento tracking sendung paket lähetys paketti försändelse sending forsendelse "
    "article produit producto artikel product tuote vara vare order commande pedido bestellung "
    "bestelling tilaus beställning ordre réservation reserva booking buchung boeking varaus "
    "bokning référence referencia referentie reference referenz viite parcel locker pickup "
    "collection nouto noutopiste paketti paket pakke pakkeboks paquete colis casier pakket "
    "afhaalpunt gift lahjakortti presentkort gavekort regalo cadeaubon wifi wlan"
)
# Pronouns that stand for the secret in a later sentence: "Here it is: X", "Tässä se on: X",
# "Här är det: X", "Hier ist es: X", "Le voici : X", "Hier is het: X".
_PRONOUNS = _w("it se det den es het le la lo él ella ce ça sie")
# What a later sentence may hold before a colon that introduces the value
_PRESENTING_SENTENCE = _PRESENTING | _PRONOUNS | _COPULAS | _INTRO_VERBS | _w("voici")
_CODE_BEFORE = _FILLERS | _INTRO_VERBS | _COPULAS | _DETERMINERS | _PRESENTING

# Possessives before a keyword: after an instruction they talk about the reader's own secret
# ("Type your password carefully", "Geben Sie Ihr Passwort niemals weiter").
_POSSESSIVES = _w(
    "your yours ihr ihre ihren dein deine deinen votre vos ton ta su sus tu tus uw je jouw "
    "din ditt dina dit dine sinun"
)
# Finnish possessive suffixes on a keyword ("salasanasi", "PIN-koodiasi", "tunnuslukunne")
_FI_POSSESSIVE_SUFFIXES = ("si", "nne", "mme", "nsa", "nsä")
# Word shapes of adjectives, adverbs and participles, per language of the keyword: after a copula
# they describe the secret ("is confidential", "ist abgelaufen", "on vaihdettu", "er endret",
# "est modifié", "is vervallen") rather than give it.
_DESCRIBING = {
    "en": r"\w+(?:ly|ed|ing|able|ible|ive|ous|ful|less|ial)",
    "fi": r"\w+(?:sti|ttu|tty|ttiin|nut|nyt|neet|llinen|inen|ssa|ssä|tön|ton|masi|mäsi|mansa|"
          r"mänsä|mamme|mämme|manne|männe)",
    "sv": r"\w+(?:at|ats|ad|ade|ts|igt|ligt|lig|iga|tt)",
    "no": r"\w{3,}(?:et|ert|tt|lig|ige|ig)",
    "da": r"\w{3,}(?:et|ret|tt|lig|ige|ig)",
    "de": r"(?:(?:ab|an|auf|aus|ein|mit|vor|weg|zu|zurück|fest|frei|um|nach)?ge|ver|be|ent|zer)"
          r"\w{3,}(?:t|te|tes|ter|tem|en)|\w+(?:lich|ig|isch|bar|iert|los)",
    "fr": r"\w+(?:é|ée|és|ées|ment|if|ive|ible|able)",
    "es": r"\w+(?:ado|ada|ido|ida|mente|ble)",
    "nl": r"(?:(?:aan|af|in|op|uit|toe|terug|vast|door|mee|na|om|over|weg)?ge|ver|be|ont|her)"
          r"\w{3,}(?:t|d|en)|\w+(?:lijk|ig|baar)",
}
_DESCRIBING_ANY = re.compile("|".join(_DESCRIBING.values()), re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _language_keywords() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((lang.code, re.compile("|".join(f for _, f in _fragments(lang)), re.IGNORECASE))
                 for lang in LANGUAGES)


@functools.lru_cache(maxsize=64)
def _describing_for(langs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(_DESCRIBING[c] for c in langs), re.IGNORECASE)


# Keywords shared by every language ("PIN", "PUK", "OTP", "TAN", "code", "SMS"): any copula may follow.
_INTERNATIONAL_RE = re.compile(r"(?:pin|puk|otp|m?tan|code|sms)(?![^\W\d_])", re.IGNORECASE)
_SYMBOL_COPULAS = frozenset(w for w in _COPULAS if not any(c.isalpha() for c in w))


@functools.lru_cache(maxsize=1024)
def _copulas_for(keyword: str) -> frozenset[str]:
    """The copulas of the keyword's own languages: after "answer to your security question" the
    Finnish "on" is the English preposition ("... question on Jun 9, 2024"), not a copula."""
    low = keyword.lower()
    if not low or _INTERNATIONAL_RE.match(low):
        return _COPULAS
    langs = {code for code, pat in _language_keywords() if pat.fullmatch(low)}
    if not langs:
        return _COPULAS
    out = set(_SYMBOL_COPULAS)
    for lang in LANGUAGES:
        if lang.code in langs:
            out |= lang.copulas
    if "fi" in langs and _TRANSLATIVE_RE.search(low):
        out |= _FI_SET_VERBS  # "Salasanaksesi asetettiin X": the translative says "set as"
    return frozenset(out)


# a Finnish keyword in the translative case ("salasanaksi", "salasanaksesi", "PIN-koodiksenne"):
# with a passive verb of setting or changing, the value follows ("... asetettiin X")
_TRANSLATIVE_RE = re.compile(r"ks(?:i|esi|enne|emme|een)$")
_FI_SET_VERBS = frozenset(("asetettiin", "asetettu", "vaihdettiin", "vaihdettu", "muutettiin",
                           "muutettu", "tuli", "tulee"))


@functools.lru_cache(maxsize=1024)
def _describing_re(keyword: str) -> re.Pattern[str]:
    """The describing shapes of the languages whose keyword this is (all when unknown)."""
    langs = tuple(code for code, pat in _language_keywords() if pat.fullmatch(keyword))
    return _describing_for(langs) if langs else _DESCRIBING_ANY


# ", " and the like: the first two may stand before the value ("Password = X")
_SEPARATORS = frozenset([":=", "=", ":", "-", "–", "—", "->", "=>", ":-"])

def _fragments(lang: Any) -> list[tuple[str, str]]:
    """A language's keyword fragments, with its bare "code" word as a whole word (and, once, the
    bare answer labels of all languages)."""
    out = list(lang.keywords)
    if lang.code_word:
        out.append(("code", r"(?<![\w-])(?:" + lang.code_word + r")(?![\w-])"))
    if lang is LANGUAGES[0]:
        out.append(("answer", _ANSWER_LABEL))
    return out


def _first_chars(items: list[Any]) -> set[str] | None:
    """The characters a parsed regex sequence can start with; None when that is unknown."""
    out: set[str] = set()
    for op, av in items:
        if op in (_sc.ASSERT, _sc.ASSERT_NOT, _sc.AT):
            continue
        if op is _sc.LITERAL:
            return out | {chr(av)}
        if op is _sc.IN:
            for o, a in av:
                if o is _sc.LITERAL:
                    out.add(chr(a))
                elif o is _sc.RANGE:
                    out |= {chr(x) for x in range(a[0], a[1] + 1)}
                else:
                    return None
            return out
        if op is _sc.BRANCH:
            for alt in av[1]:
                f = _first_chars(list(alt))
                if f is None:
                    return None
                out |= f
            return out
        if op is _sc.SUBPATTERN:
            f = _first_chars(list(av[3]))
            if f is None:
                return None
            return out | f
        if op in (_sc.MAX_REPEAT, _sc.MIN_REPEAT):
            f = _first_chars(list(av[2]))
            if f is None:
                return None
            out |= f
            if av[0] > 0:
                return out
            continue
        return None
    return None


def _dispatch() -> dict[str, re.Pattern[str]]:
    """Per first character, one regex of the keyword fragments that can start with it.

    Matching runs on lowercased text at a few candidate positions, so each attempt only tries the
    handful of fragments that can start there.
    """
    by_char: dict[str, dict[str, list[str]]] = {}
    for lang in LANGUAGES:
        for kind, frag in _fragments(lang):
            for alt in _split_top(frag):
                chars = _first_chars(list(_sp.parse(alt)))
                if chars is None:
                    raise ValueError(f"cannot index keyword fragment {alt!r}")
                for c in chars:
                    by_char.setdefault(c, {}).setdefault(kind, []).append(alt)
    return {
        c: re.compile("|".join(f"(?P<{k}>" + "|".join(kinds[k]) + ")" for k in _GROUPS
                               if k in kinds))
        for c, kinds in by_char.items()
    }


def _split_top(frag: str) -> list[str]:
    """Split a fragment at its top-level ``|``."""
    parts, depth, cur, i = [], 0, [], 0
    while i < len(frag):
        ch = frag[i]
        if ch == "\\":
            cur.append(frag[i:i + 2])
            i += 2
            continue
        if ch == "[":
            j = frag.index("]", i + 2)
            cur.append(frag[i:j + 1])
            i = j + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    parts.append("".join(cur))
    return parts


_KEYWORD_AT = _dispatch()
# The code words of the languages that write compounds with them, at the end of a word
_COMPOUND_STEM_RE = re.compile(
    "(?:" + "|".join(lang.code_word for lang in LANGUAGES if lang.compounds) + r")(?![\w-])")
_COMPOUND_ANCHORS = frozenset({"kod", "kood", "cod"})


class _Hit:
    """A keyword found as a compound ("Türcode"), with the `re.Match` methods the reader uses."""

    __slots__ = ("_end", "_start", "_text", "lastgroup")

    def __init__(self, low: str, start: int, end: int) -> None:
        self._text, self._start, self._end, self.lastgroup = low, start, end, "code"

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text[self._start:self._end]
_WORD_START_RE = re.compile(r"(?<!\w)\w")
#: Anchors that are whole words (PIN, PUK, OTP, TAN, MDP): a hit inside a longer word is skipped.
_WORD_ANCHORS = frozenset({"pin", "puk", "otp", "tan", "mdp"})
_ENTRY_VERBS = frozenset(ENTRY_VERBS)
# the literal hints of the code constructions ride along in the same pass (`_keyword_starts`)
# and so do the scorer's stems (`misdirect.content.scorer`), handed over in `share_reading`
_ANCHOR_FINDER = AnchorFinder(ANCHORS + ENTRY_VERBS + tuple(_CONSTRUCTION_HINTS) + SCORER_ANCHORS)
_HINT_ONLY = frozenset(_CONSTRUCTION_HINTS) - frozenset(ANCHORS + ENTRY_VERBS)
_OWN_ANCHORS = frozenset(ANCHORS + ENTRY_VERBS + tuple(_CONSTRUCTION_HINTS))
_TOKEN_RE = re.compile(r"\S+")
_HAS_ALNUM = re.compile(r"[^\W_]").search
#: The bare keyword words; reading on past one of them would steal its value.
_KEYWORD_WORDS = _w(
    "password passwort kennwort salasana salasanasi lösenord lösenordet passord passordet "
    "adgangskode kodeord wachtwoord contraseña mdp pin pin-koodi pin-kod pin-kode pin-code pincode "
    "puk puk-koodi puk-kod puk-kode puk-code otp tan tunnusluku code codes koodi kod koden kode "
    "código codigo"
)
_CELL_SPLIT_RE = re.compile(r"[\t\v]")
_WINDOW_BEFORE = 26
_VALUE_WINDOW = 240
_MAX_TOKENS = 18

_LEAD_STRIP = "\"'«“‘„([<*"
_TRAIL_STRIP = ".,;:\"'»”’)]>*"
_DATE_RE = re.compile(r"\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?\.?")
_TIME_RE = re.compile(r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?")
_PRICE_RE = re.compile(
    r"[€$£¥]?\d{1,9}(?:[ .]\d{3}){0,3}[.,]\d{2}(?:[€$£¥]|kr|:-)?|[€$£¥]\d{1,9}|\d{1,9}[€$£¥]"
)
_CODE_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{2,14})[A-Za-z0-9]")
_MASK_CHARS = frozenset("*•·xX#.-_ ")
_ANSWER_RE = re.compile(r"[^\W\d_][\w'’ -]{0,48}[^\W_]|[^\W\d_]{1,2}")


def keyword_kind(word: str) -> str | None:
    """The kind of secret a whole word or phrase names ("salasana", "pin", "one-time code")."""
    low = word.lower()
    pat = _KEYWORD_AT.get(low[:1])
    m = pat.fullmatch(low) if pat is not None else None
    if m is None:
        return None
    if m.lastgroup == "answer":
        return None  # a bare "answer" counts only under a security question, in running text
    if m.lastgroup == "code":
        # the bare word only: a compound ("errorcode", "Türcode") in a link's query is not read
        return "otp" if low.startswith(("code", "koodi", "kood", "kod", "c\u00f3digo", "codigo")) \
            else None
    return m.lastgroup


def plausible_value(kind: str, value: str) -> bool:
    """A value given without a sentence around it (a link's ``?pin=``) has the shape of ``kind``:
    digits for a PIN or PUK, an issued code for a one-time code (no word in it, so that
    ``?code=SPRING20`` stays), four or more characters for a password."""
    if kind in ("pin", "puk"):
        return value.isdigit() and 4 <= len(value) <= 16
    if kind == "otp":
        return (any(c.isdigit() for c in value) and len(value) <= 16
                and not any(len(w) >= 3 for w in _WORD_IN_CODE_RE.findall(value)))
    return len(value) >= 4


def _lower_same_length(text: str) -> str:
    # "İ".lower() is two characters; everything else keeps its length, so offsets stay valid.
    low = text.lower()
    if len(low) != len(text):
        low = text.replace("İ", "I").lower()
    return low


def _keyword_starts(low: str) -> tuple[list[int], list[tuple[int, int]], dict[int, int], set[str],
                                       list[tuple[int, str]]]:
    """Positions where a keyword may start: each anchor hit, and word starts shortly before it;
    the (start, end) of each entry verb ("enter ", "syötä ") that starts a word; for a code
    word at the end of a longer word ("Anmeldecode"), that word's start and the code word's;
    the code constructions whose literal hints occur (`constructions.HINTS`); and the hits of
    the scorer's stems (`scorer.SCORER_ANCHORS`), found in the same pass."""
    hits: set[int] = set()
    verbs: list[tuple[int, int]] = []
    compounds: dict[int, int] = {}
    constructions: set[str] = set()
    scorer_hits: list[tuple[int, str]] = []
    for i, anchor in _ANCHOR_FINDER.find(low):
        if anchor in SCORER_ANCHORS_SET:
            scorer_hits.append((i, anchor))
            if anchor not in _OWN_ANCHORS:
                continue
        if anchor in _CONSTRUCTION_HINTS:
            constructions.add(_CONSTRUCTION_HINTS[anchor])
            if anchor in _HINT_ONLY:
                continue
        if anchor in _ENTRY_VERBS:
            if i == 0 or not low[i - 1].isalnum():
                verbs.append((i, i + len(anchor)))
            continue
        if anchor in _COMPOUND_ANCHORS and i >= 2 and (low[i - 1].isalpha() or low[i - 1] == "-"):
            ws = i - 1
            while ws > 0 and i - ws < 30 and (low[ws - 1].isalpha() or low[ws - 1] == "-"):
                ws -= 1
            if i - ws >= 2 and low[ws].isalpha() and (ws == 0 or not low[ws - 1].isalnum()):
                compounds[ws] = i
        if (anchor not in _WORD_ANCHORS or i == 0 or not low[i - 1].isalpha()
                or low[i - 1] == "m"):
            hits.add(i)
    starts = set(hits)
    for h in hits:
        # a keyword starts at its anchor or at one of the two or three word starts before it
        # ("verification code", "one-time code", "kertakäyttöinen koodi", "Authentifizierungscode")
        near = [m.start() for m in _WORD_START_RE.finditer(low, max(0, h - _WINDOW_BEFORE), h)]
        starts.update(near[-3:])
    starts.update(compounds)
    return sorted(starts), sorted(verbs), compounds, constructions, scorer_hits


_OPENERS = {")": "(", "]": "[", ">": "<", "»": "«", "”": "“", "’": "‘"}


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    """A token without the quotes, brackets and punctuation around it.

    A closing bracket or quote whose opener is inside the value is part of it ("Kesä&2024<x>").
    """
    while s < e and text[s] in _LEAD_STRIP:
        s += 1
    while e > s and text[e - 1] in _TRAIL_STRIP:
        opener = _OPENERS.get(text[e - 1])
        if opener is not None and text.find(opener, s, e - 1) >= 0:
            break
        e -= 1
    return s, e


def _looks_like_non_secret(v: str) -> bool:
    """Dates, times, prices, phone numbers, URLs, e-mail addresses and masks."""
    if _DATE_RE.fullmatch(v) or _TIME_RE.fullmatch(v) or _PRICE_RE.fullmatch(v):
        return True
    low = v.lower()
    if "://" in v or low.startswith("www.") or ("@" in v and "." in v.rpartition("@")[2]):
        return True
    if v[0] == "+" and sum(c.isdigit() for c in v) >= 6:
        return True
    if _SHORTCUT_RE.fullmatch(v):
        return True  # a key combination: "Ctrl+Alt+Del", "Strg+Alt+Entf"
    return all(c in _MASK_CHARS for c in v)


# words that refer back instead of giving a value: "ist dasselbe", "är detsamma"
_DEMONSTRATIVES = _w(
    "dasselbe derselbe dieselbe detsamma densamma desamme samme sama same identical identisch "
    "pareil mismo misma hetzelfde dezelfde")

# prepositions that qualify a keyword right after it: "the password for online banking"
_QUALIFYING_PREPS = _w(
    "for of to för till på av for til på af für zum zur zu de du des pour para del van voor")

_SHORTCUT_RE = re.compile(
    r"(?:(?:ctrl|strg|alt|altgr|shift|cmd|command|win|fn|option|opt|super|meta|maj|mayús)\+)+"
    r"[\w]{1,6}", re.IGNORECASE)


# month names in the nine languages, and their first three letters ("apr.", "dec")
_MONTH_NAMES = (
    "january tammikuuta januari januar janvier enero february helmikuuta februari februar "
    "février febrero march maaliskuuta mars märz marzo maart april huhtikuuta avril abril may "
    "toukokuuta maj mai mayo mei june kesäkuuta juni juin junio july heinäkuuta juli juillet julio "
    "august elokuuta augusti août agosto augustus september syyskuuta septembre septiembre "
    "october lokakuuta oktober octobre octubre november marraskuuta novembre noviembre december "
    "joulukuuta dezember desember décembre diciembre"
)
_MONTH_WORDS = frozenset(w for name in _MONTH_NAMES.split() for w in (name, name[:3]))
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _year_of_date(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` is a year written after a month name: "23. april 2024", "20 december 2026",
    "März 2025"."""
    if not _YEAR_RE.fullmatch(text[s:e]):
        return False
    before = text[max(0, s - 16):s].split()
    return bool(before) and before[-1].strip(".,").lower() in _MONTH_WORDS


def _in_url(low: str, pos: int) -> bool:
    """Position ``pos`` is inside a URL written out: its run of non-space holds "://" or
    starts with "www." before ``pos``."""
    lo = max(0, pos - 200)
    head = low[lo:pos]
    cut = max(head.rfind(" "), head.rfind("\n"), head.rfind("\t"), head.rfind("\xa0"),
              head.rfind("\v"))
    token = head[cut + 1:]
    return "://" in token or token.startswith("www.")


def _phone_like(v: str) -> bool:
    """Nine or more digits starting with 0 or +: a phone number ("0800 123 456"), not a code."""
    digits = sum(c.isdigit() for c in v)
    return digits >= 9 and v[:1] in "0+"


def _classes(v: str) -> tuple[bool, bool, bool, bool]:
    lower = upper = digit = symbol = False
    for c in v:
        if c.isdigit():
            digit = True
        elif c.isalpha():
            if c.isupper():
                upper = True
            else:
                lower = True
        else:
            symbol = True
    return lower, upper, digit, symbol


def _strong(v: str) -> bool:
    """A token that looks machine-made: letters with digits, or with symbols inside."""
    lower, upper, digit, symbol = _classes(v)
    if len(v) < 5:
        return False
    if digit and (lower or upper):
        return True
    if symbol and not digit and v.replace("'", "").replace("’", "").isalpha():
        return False  # only an apostrophe in a word: "won't", "aujourd'hui"
    return symbol and (lower or upper) and v[0].isalnum() and v[-1].isalnum()


def _clause_ends(text: str, e: int, stripped_punct: bool, *, closing_words: bool = True) -> bool:
    """True when nothing but a clause break or a closing word follows position ``e``
    (``closing_words=False``: nothing but a clause break; after a copula "is about to change"
    describes, where "use X to sign in" after a verb gives)."""
    if stripped_punct:
        return True
    m = _TOKEN_RE.search(text, e, min(len(text), e + 60))
    if m is None:
        return True
    gap = text[e:m.start()]
    if "\n" in gap or "\t" in gap:
        return True
    nxt = m.group().lower().strip(_LEAD_STRIP + _TRAIL_STRIP)
    return (closing_words and nxt in _AFTER_VALUE) or m.group()[0] in "(–—-"


def _last_token(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last run of non-space in ``text[lo:hi]``."""
    last = None
    for last in _TOKEN_RE.finditer(text, lo, hi):  # noqa: B007 (the loop keeps the last one)
        pass
    return last


# A word inside a code: three or more letters with a vowel, or five letters ("SAVE20", "ALE20",
# "KEVAT25"); an issued code's letters are random ("8KX-29Q", "K7XQ2P", "KXQW7").
_WORD_IN_CODE_RE = re.compile(r"[^\W\d_]*[aeiouyåäöæøéèáíóú][^\W\d_]*|[^\W\d_]{5,}", re.IGNORECASE)
# An issued code in groups of capitals and digits: "VSQD-QLTU-QTZB", "TNB-LTL"
_GROUPED_CODE_RE = re.compile(r"[A-Z0-9]{3,5}(?:-[A-Z0-9]{3,5}){1,3}")
# Labels of values that are no secret: in a table, the row they label is not a column of values
# under a keyword header ("Kundnummer", "Telefon", "IBAN", "Numéro client")
_OTHER_LABEL_RE = re.compile(
    r"nummer|number|numero|número|numer|phone|telef|puhelin|tlf|\btel\b|iban|matricul|"
    r"reference|referen|viite|datum|date|fecha|päivä|dato|\bdag\b|adress|osoite", re.IGNORECASE)
_AS_WORDS = frozenset(("as", "som", "als", "comme", "como", "kuin"))
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)|\n")


class KeywordSecrets:
    """PINs, PUKs, passwords, one-time codes and security answers found beside their keyword."""

    id = "keyword_secrets"
    kinds = frozenset(_KINDS)

    def find(self, text: str, field: str) -> Iterator[Match]:
        if not text:
            return
        low = _lower_same_length(text)
        found: list[tuple[int, int]] = []
        kw_end = -1
        starts, verbs, compounds, constructions, scorer_hits = _keyword_starts(low)
        for p in starts:
            if p < kw_end:
                continue
            pat = _KEYWORD_AT.get(low[p])
            km: re.Match[str] | _Hit | None = pat.match(low, p) if pat is not None else None
            if km is None and p in compounds:
                km = self._compound(low, p, compounds[p])
            if km is None:
                continue
            kw_end = km.end()
            if _in_url(low, km.start()):
                continue  # ".../mdp/nouveau?jeton=...": a link's path, read by `url_matches`
            kind = km.lastgroup or "password"
            if any(s <= km.start() < e for s, e in found[-8:]):
                continue  # the keyword is part of a value already found
            if kind == "answer":
                # "Answer: Fluffy" after a security question, not "Answer: we reply within a day"
                if not self._answer_label(text, low, km.start(), km.end()):
                    continue
                kind = "security_answer"
            strict = kind == "code"
            if strict:
                if other_code_compound(km.group()):
                    continue  # "Rabattcode", "alennuskoodi": another kind of code
                if not self._code_context(text, km.start()):
                    continue  # "postal code", "discount code": another kind of code
                kind = "otp"
            if self._header_cell(text, km.start()) or self._last_cell(text, km.end()):
                span = (self._column(text, km.start(), km.end(), kind)
                        or self._after(text, km.end(), kind, -1, strict=strict,
                                       keyword=km.group()))
            else:
                span = (self._after(text, km.end(), kind, km.start(), strict=strict,
                                    keyword=km.group())
                        or self._before(text, km.start(), kind)
                        or (None if self._paired_cell(text, km.end())
                            else self._column(text, km.start(), km.end(), kind)))
            if span is None and kind != "security_answer":
                span = self._pointed(text, km.start(), km.end(), kind, km.group())
            if span is not None and text[span[0]:span[1]].isalpha() and talks_about(
                    text, km.start()):
                span = None  # a word after "you need not invent a new password:" is no value
            if span is not None and _year_of_date(text, *span):
                span = None  # "Fra den 23. april 2024 bliver portkoden ...": the date's year
            if span is not None:
                found.append(span)
                yield Match(span[0], span[1], kind, self.id, "keyword:" + km.group().lower())
        for vs, ve in verbs:
            span = self._entered(text, ve)
            if span is not None and not any(s < span[1] and span[0] < e for s, e in found):
                found.append(span)
                yield Match(span[0], span[1], "otp", self.id, "entry:" + low[vs:ve].strip())
        for s, e, ckind, rule in construction_matches(text, present=constructions):
            if not any(a < e and s < b for a, b in found):
                found.append((s, e))
                yield Match(s, e, ckind, self.id, rule)
        share_reading(text, low, scorer_hits, found)

    # -- value after the keyword -------------------------------------------------------------

    def _after(self, text: str, pos: int, kind: str, kw_start: int, *, strict: bool = False,
               keyword: str = "") -> tuple[int, int] | None:
        """The value after a keyword, read token by token (see the module docstring).

        After a rejected candidate the reader goes on in *prose* mode through the rest of the
        sentence and the next one, where only an intro verb or a colon can introduce the value
        ("A new password was set. Here it is: X", "... for you; use X when ...").

        ``strict`` (the bare word "code") reads no prose: the value comes right after the keyword,
        its fillers and a copula or colon, or after an instruction before the keyword, or after a
        copula later in the keyword's clause. When the keyword carries a possessive ("your
        password") and an instruction stands before it, a lone word is not a value ("Type your
        password carefully", "Käytä salasanaasi vain täällä"); a made value still is.
        """
        end = min(len(text), pos + _VALUE_WINDOW)
        prev_end = pos
        explicit = by_verb = False
        newline = False
        fillers = 0
        prose = False
        sentences = 0
        clause = True  # still in the keyword's clause: no sentence end, comma or semicolon yet
        prev_tok_end = pos
        # in a later sentence (prose), a colon introduces the value only when the words before it
        # present it ("Here it is: X"), not when they label something else ("Questions: support")
        presenting = True
        det = False  # a determiner after the introduction: "Password: your choice"
        prev_word = ""
        copulas = _copulas_for(keyword)
        sentence_start = 0  # the index of the first token of the current sentence
        first_word = ""  # the word right after the keyword
        qualified = False  # a copula after a prepositional qualifier of the keyword
        for count, tm in enumerate(_TOKEN_RE.finditer(text, pos, end)):
            if count >= _MAX_TOKENS:
                return None
            ts, te = tm.span()
            gap = text[prev_end:ts]
            prev_end = te
            if "\n" in gap:
                if newline or prose or (fillers and not explicit):
                    return None
                newline = True
            if "\t" in gap or "\v" in gap:
                explicit = True
            while ts < te and text[ts] in ":=":
                explicit = True
                ts += 1
            if ts == te:
                continue
            tok = text[ts:te]
            if tok in _SEPARATORS:
                explicit = True
                continue
            if count and text[prev_tok_end - 1] in ".!?,;":
                clause = False  # the token before ended the keyword's clause
                if text[prev_tok_end - 1] in ".!?;":
                    presenting = True
                    sentence_start = count
            presenting = presenting and tok.lower().strip(_LEAD_STRIP + _TRAIL_STRIP) in (
                _PRESENTING_SENTENCE)
            prev_tok_end = te
            word = tok.lower().rstrip(_TRAIL_STRIP)
            if count == 0:
                first_word = word
            ends_sentence = tok[-1] in ".!?" and not (explicit and not prose and word.isalnum()
                                                      and not word.isalpha())
            if _HAS_ALNUM(tok) is None:
                if not tok.strip("*_~|#>"):
                    continue  # emphasis or quoting marks of a plain-text letter: "**PIN:** 4821"
                clause = False
                if tok[-1] in ".!?":
                    sentences += 1
                    if sentences > 1:
                        return None
                    prose, explicit, by_verb = True, False, False
                    continue
                if (tok in (",", ";") or prose) and not strict:
                    prose = True
                    continue
                return None  # "(", "»": the clause ended without a value
            if word in _KEYWORD_WORDS:
                return None  # another keyword: the value, if any, belongs to it
            set_to = (prev_word, word) in _SET_TO
            if (prose and not strict and sentences == 1 and count == sentence_start + 1
                    and prev_word in _PRONOUNS and word in copulas):
                prose, set_to = False, True  # the next sentence: "We reset it. It is now X"
            prev_word = word
            if prose and not set_to and clause and count <= _CLAUSE_TOKENS and word in copulas:
                prose, set_to = False, True  # "Your password for online banking is X"
                # a lone word there describes ("the password reset for X is complete") unless a
                # preposition right after the keyword qualified the keyword itself ("Le mot de
                # passe de la réunion est papillon", "Das Passwort für Abhebungen ist Leuchtturm")
                qualified = first_word in _QUALIFYING_PREPS
                det = not qualified
            if strict and word in _OTHER_CODE:
                return None  # "code client", "código de seguimiento": another kind of code
            if strict and prose and not set_to:
                if tok[-1] in ".!?,;" or count > _CLAUSE_TOKENS:
                    return None
                continue  # only a copula in this clause can still introduce the code
            colon = tok[-1] == ":" and (presenting or not prose or sentences == 0)
            # a verb that ends its clause introduces nothing ("ein Kennwort, das Sie ... nutzen,
            # sollten Sie ...")
            is_intro = ((word in _INTRO_VERBS and tok[-1] not in ",;.!?") or colon or set_to
                        or (word in copulas and not prose))
            if is_intro or word in _FILLERS:
                if is_intro:
                    explicit = True
                    by_verb = word in _INTRO_VERBS
                else:
                    fillers += 1
                    det = det or (explicit and (word in _POSSESSIVES or word in _DETERMINERS))
                if ends_sentence:
                    sentences += 1
                    if sentences > 1:
                        return None
                    prose, explicit = True, False
                continue
            if explicit or (newline and not prose) or (fillers == 0 and not prose):
                mode = ("verb" if by_verb else "explicit") if explicit else (
                    "newline" if newline else "apposition")
                if (mode == "apposition" and kw_start >= 0
                        and self._intro_before(text, kw_start)):
                    mode = "verb_before"  # "use the password X", "käytä salasanaa X"
                    # "Type your password carefully": the reader's own secret, not a given word
                    det = det or self._possessive(text, kw_start, keyword)
                if strict and mode == "apposition":
                    # "code 1234 applies to ...": nothing introduces a value; a copula later in
                    # the clause still may ("the code to sign in is X")
                    prose = True
                    continue
                if qualified and not det:
                    # only a made word there: not a pronoun or a short word ("ist dasselbe",
                    # "is fine")
                    w = tok.strip(_LEAD_STRIP + _TRAIL_STRIP)
                    det = w.isalpha() and (len(w) < 6 or w.lower() in _STOPWORDS
                                           or w.lower() in _DEMONSTRATIVES)
                found = self._accept(text, ts, te, kind, mode, keyword, det=det)
                if found is not None and strict and not self._code_value(text, *found):
                    found = None
                if found is not None and mode == "newline" and kind != "security_answer":
                    # a value under a bare label stands alone on its line
                    rest_end = text.find("\n", found[1], found[1] + 200)
                    rest = text[found[1]:rest_end if rest_end >= 0 else found[1] + 200]
                    if rest.strip(" \t\v\xa0.,;:!)"):
                        found = None
                if found is not None:
                    return found
                if (explicit and prose) or newline or strict:
                    return None
            if strict and explicit:
                return None
            prose, explicit, by_verb = True, False, False
            if tok[-1] in ".!?,;":
                clause = False
            if tok[-1] in ".!?":
                sentences += 1
                if sentences > 1:
                    return None
        return None

    @staticmethod
    def _compound(low: str, start: int, at: int) -> re.Match[str] | _Hit | None:
        """The keyword of a word that ends in a code word at ``at``: a keyword that one of its
        hyphenated parts begins ("Wi-fi-adgangskode" is a password), else the whole word as a
        code ("Türcode", "porttikoodi")."""
        stem = _COMPOUND_STEM_RE.match(low, at)
        if stem is None:
            return None
        q = low.find("-", start, at)
        while q >= 0:
            pat = _KEYWORD_AT.get(low[q + 1:q + 2])
            m = pat.match(low, q + 1) if pat is not None else None
            if m is not None and m.end() >= stem.end():
                return m
            q = low.find("-", q + 1, at)
        return _Hit(low, start, stem.end())

    def _entered(self, text: str, pos: int) -> tuple[int, int] | None:
        """The code right after an entry verb: "Enter 482913 to sign in", "Ange 838379 i appen".

        Only the shape of an issued code counts here, as no keyword names it: six to ten digits
        (also in groups, "482 913"), or capitals and digits with two digits or more and no word
        in them ("3ZFC-HVGN-S6BN", "8KX-29Q"); not "SAVE20", not a phone number, date or price.
        """
        m = _TOKEN_RE.match(text, pos)
        if m is None:
            return None
        s, e = _strip(text, *m.span())
        v = text[s:e]
        if not v or _looks_like_non_secret(v) or not v[0].isalnum():
            return None
        lower, upper, digit, _ = _classes(v)
        if v.isdigit() or not (lower or upper):
            if v.isdigit() and 6 <= len(v) <= 10:
                return (s, e) if self._alone(text, e) and not _phone_like(v) else None
            found = self._digit_groups(text, s, e, 6, 10)
            if found is None or _phone_like(text[found[0]:found[1]]):
                return None
            return found
        if (lower or not upper or sum(c.isdigit() for c in v) < 2 or not _CODE_RE.fullmatch(v)
                or _WORD_IN_CODE_RE.search(v)):
            return None
        return (s, e)

    @staticmethod
    def _answer_label(text: str, low: str, kw_start: int, kw_end: int) -> bool:
        """A bare "Answer" label (a colon or the end of its line follows) with a security question
        named in the 400 characters before it."""
        m = re.compile(r"[ \xa0]*(?::|\n|\t|\v|$)").match(text, kw_end)
        if m is None:
            return False
        return _QUESTION_CONTEXT_RE.search(low, max(0, kw_start - 400), kw_start) is not None

    @staticmethod
    def _code_value(text: str, s: int, e: int) -> bool:
        """A value after the bare word "code" looks issued: it has digits and no word in it
        ("SAVE20", "KESA25" are campaign codes), and no percentage follows in its sentence."""
        v = text[s:e]
        if _GROUPED_CODE_RE.fullmatch(v):
            # dashed groups of capitals: a word has four letters or more ("SAVE-2025"), random
            # letters may hold a vowel ("ESA-Z48", "QSNA-JZ35-X4S3")
            if any(len(w) >= 4 and sum(c in "AEIOUY" for c in w) >= 2
                   for w in re.findall(r"[A-Z]+", v)):
                return False
        elif not any(c.isdigit() for c in v) or any(len(w) >= 3 for w in _WORD_IN_CODE_RE.findall(v)):
            return False
        stop = _SENTENCE_END_RE.search(text, e, min(len(text), e + 100))
        return "%" not in text[e:stop.start() if stop is not None else e + 100]

    @staticmethod
    def _code_context(text: str, kw_start: int) -> bool:
        """The bare word "code" stands at the start of its clause or after a determiner or an
        instruction ("Enter the code", "Koden är", "Der Code lautet"), not after a qualifier
        ("postal code", "discount code", "code postal" is caught later by the strict reader)."""
        m = _last_token(text, max(0, kw_start - 30), kw_start)
        if m is None:
            return True
        gap = text[m.end():kw_start]
        if "\n" in gap or "\t" in gap or "\v" in gap:
            return True
        tok = m.group()
        if tok[-1] in ".!?:;,(" or _HAS_ALNUM(tok) is None:
            return True
        if tok.lower().strip(_LEAD_STRIP + _TRAIL_STRIP) in _CODE_BEFORE:
            return True
        if tok[0].isupper() and tok.isalpha():
            # a brand between a possessive and the code: "your Nordea code", "din Telia-kod"
            before = _last_token(text, max(0, m.start() - 12), m.start())
            return before is not None and before.group().lower() in _POSSESSIVES
        return False

    @staticmethod
    def _possessive(text: str, kw_start: int, keyword: str) -> bool:
        """The keyword carries a possessive: "your password", "Ihr Passwort", "salasanasi"."""
        low = keyword.lower()
        if low.startswith(("salasan", "tunnuslu", "pin-koodi", "pinkoodi", "koodi")) and \
                low.endswith(_FI_POSSESSIVE_SUFFIXES):
            return True
        m = _last_token(text, max(0, kw_start - 12), kw_start)
        return m is not None and m.group().lower() in _POSSESSIVES

    # -- value on a later line, after a phrase that points at it ("your PIN is printed below") --

    def _pointed(self, text: str, kw_start: int, kw_end: int, kind: str,
                 keyword: str = "") -> tuple[int, int] | None:
        """A keyword in a sentence with a pointer word ("below", "alla", "nedan", "unten",
        "ci-dessous", "hieronder"): the value stands alone on the first line below the sentence.
        A keyword's line that ends in a colon ("Use this code to reset your password:") or in a
        copula ("The PIN for the card ending 5896 is") points at the next line the same way.

        Up to two lines of prose (ending in ".", "!" or "?") may stand between after a pointer
        word, none after a colon or a copula; a label line or any other line ends the search. The
        value must look made: digits for a PIN or a code, a password with a digit or a symbol (a
        lone word under a pointer is as often "Thanks!").
        """
        le = text.find("\n", kw_end, kw_end + 160)
        if le < 0:
            return None  # nothing below within reach
        lo = max(0, kw_start - 80)
        ls = max(text.rfind("\n", lo, kw_start), text.rfind(". ", lo, kw_start))
        max_prose = 2
        if _POINTER_RE.search(text, lo if ls < 0 else ls + 1, le) is None:
            tail = text[kw_end:le].rstrip(" \t\v\xa0")
            last = _last_token(text, kw_end, kw_end + len(tail))
            if not tail.endswith(":") and not (
                    last is not None and last.group().lower() in _copulas_for(keyword)
                    and not any(c in tail for c in ".!?;")):
                return None
            max_prose = 0
        pos, prose_lines = le + 1, 0
        while pos < len(text) and pos - le < 500:
            nl = text.find("\n", pos, pos + 300)
            line_end = nl if nl >= 0 else min(len(text), pos + 300)
            line = text[pos:line_end].strip()  # any white space (an em space is blank too)
            if not line:
                if nl < 0:
                    return None
                pos = nl + 1
                continue
            toks = list(_TOKEN_RE.finditer(text, pos, line_end))
            if len(toks) == 1 or (len(toks) <= 10 and kind != "password"
                                  and text[toks[0].start()].isdigit()):
                ts, te = toks[0].span()
                found = self._accept(text, ts, te, kind, "explicit")
                if found is None or found[1] < toks[-1].end() - 1:
                    return None
                if kind == "password" and not _strong(text[found[0]:found[1]]):
                    return None
                if _phone_like(text[found[0]:found[1]]):
                    return None  # "Questions about your code:" and a phone number below
                return found
            if len(toks) == 1 or line[-1] not in ".!?" or prose_lines >= max_prose or nl < 0:
                return None
            prose_lines += 1
            pos = nl + 1
        return None

    def _intro_before(self, text: str, kw_start: int) -> bool:
        """An intro verb shortly before the keyword ("use the password X", "käytä salasanaa X")."""
        lo = max(0, kw_start - 40)
        words = [m.group().lower().strip(_LEAD_STRIP + _TRAIL_STRIP)
                 for m in _TOKEN_RE.finditer(text, lo, kw_start)]
        if lo > 0 and words:
            words = words[1:]
        for w in reversed(words[-3:]):
            if w in _PRESENTING:
                return True
            if w in _INTRO_VERBS:
                return True
            if w not in _FILLERS and w not in _DETERMINERS and w not in _COPULAS:
                return False
        return False

    # -- value before the keyword ("482913 is your verification code") -----------------------

    def _before(self, text: str, kw_start: int, kind: str) -> tuple[int, int] | None:
        if kind == "security_answer":
            return None
        lo = max(0, kw_start - 60)
        line_start = text.rfind("\n", lo, kw_start)
        lo = max(lo, line_start + 1)
        # the word right before must be a filler or a copula: checked first, as it mostly is not
        e = kw_start
        while e > lo and text[e - 1].isspace():
            e -= 1
        s = e
        while s > lo and not text[s - 1].isspace():
            s -= 1
        last = text[s:e].lower()
        brand = None
        if text[s:e].istitle() and text[s:e].isalpha():
            # a brand between a possessive and the keyword: "482913 is your Northwind code"
            p = _last_token(text, max(lo, s - 12), s)
            if p is not None and p.group().lower() in _POSSESSIVES:
                brand, last = (s, e), p.group().lower()
        if last not in _FILLERS and last not in _COPULAS and last not in _AS_WORDS:
            return None
        toks = [m.span() for m in _TOKEN_RE.finditer(text, lo, kw_start) if m.span() != brand]
        if lo > 0 and line_start < 0 and toks and toks[0][0] == lo:
            toks = toks[1:]  # may be cut off by the window
        i = len(toks) - 1
        while i >= 0 and text[toks[i][0]:toks[i][1]].lower() in _FILLERS:
            i -= 1
        if i < 1:
            return None
        cop = text[toks[i][0]:toks[i][1]].lower()
        if cop not in _COPULAS and cop not in _AS_WORDS:
            return None
        s, e = toks[i - 1]
        if kind in ("otp", "pin", "puk") and text[s:e].isdigit() and i >= 2:
            ps, pe = toks[i - 2]
            if text[ps:pe].isdigit() and s - pe == 1 and text[pe] in " \xa0-":
                digits = (pe - ps) + (e - s)
                if 6 <= digits <= 10 and min(pe - ps, e - s) >= 2:
                    before = text[ps - 1] if ps else " "
                    return (ps, e) if not before.isalnum() else None
        return self._accept(text, s, e, kind, "before")

    # -- value in the same column of the next table row ---------------------------------------

    def _column(self, text: str, kw_start: int, kw_end: int, kind: str) -> tuple[int, int] | None:
        """Header row (cells start with a tab, or a vertical tab for ``<th>``) and a value row."""
        ls = text.rfind("\n", max(0, kw_start - 300), kw_start) + 1
        le = text.find("\n", kw_end, kw_end + 300)
        if le < 0:
            return None
        row = _CELL_SPLIT_RE.split(text[ls:le])
        if len(row) < 2:
            return None
        col = len(_CELL_SPLIT_RE.findall(text, ls, kw_start))
        cell_start = ls + len("".join(row[:col])) + col
        cell_end = cell_start + len(row[col])
        if any(w.lower().strip(":") not in _FILLERS for w in text[kw_end:cell_end].split()
               if w != ":"):
            return None
        ns = le + 1
        while ns < len(text) and text[ns] == "\n":
            ns += 1
        ne = text.find("\n", ns, ns + 600)
        ne = len(text) if ne < 0 and len(text) - ns <= 600 else ne
        if ne < 0:
            return None
        cells = _CELL_SPLIT_RE.split(text[ns:ne])
        if len(cells) != len(row):
            return None
        s = ns + len("".join(cells[:col])) + col
        e = s + len(cells[col])
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s == e:
            return None
        if kind != "security_answer":
            m = _TOKEN_RE.match(text, s, e)
            if m is None:
                return None
            e = m.end()  # grouped digits ("123 456") are joined again by the validator
        if col and _OTHER_LABEL_RE.search(cells[col - 1]):
            return None  # the row below is a label and its value ("Phone<TAB>0471 ..."), no column
        found = self._accept(text, s, e, kind, "explicit")
        if found is not None and _OTHER_LABEL_RE.search(text, found[0], found[1]):
            return None  # a label below ("Customer number") names the next row, no value
        return found

    @staticmethod
    def _paired_cell(text: str, kw_end: int) -> bool:
        """The keyword's cell has a value cell beside it on its row ("Change password<TAB>My
        pages > Security"): a label and its value, not a header over a column."""
        t = text.find("\t", kw_end, kw_end + 60)
        if t < 0 or text.find("\n", kw_end, t) >= 0:
            return False
        ls = text.rfind("\n", max(0, kw_end - 300), kw_end) + 1
        le = text.find("\n", t, t + 300)
        if text.find("\t", ls + 1, kw_end) >= 0 or text.find("\t", t + 1, le if le >= 0 else t + 300) >= 0:
            return False  # only a row of two cells, label first, pairs: more cells make a header row
        m = _TOKEN_RE.match(text, t + 1)
        return m is not None and "\n" not in text[t:m.start()] and "\t" not in text[t + 1:m.start()]

    @staticmethod
    def _last_cell(text: str, kw_end: int) -> bool:
        """The keyword ends the last cell of a table row ("Tunnus<TAB>Salasana" and a line break):
        a header row, whose values are in the row below, column by column."""
        le = text.find("\n", kw_end, kw_end + 40)
        if le < 0 or text[kw_end:le].strip(" :\xa0"):
            return False
        ls = text.rfind("\n", max(0, kw_end - 300), kw_end) + 1
        return text.find("\t", ls, kw_end) >= 0

    @staticmethod
    def _header_cell(text: str, kw_start: int) -> bool:
        """The keyword sits in a ``<th>`` cell (marked by a vertical tab in the HTML text view)."""
        lo = max(0, kw_start - 200)
        v = text.rfind("\v", lo, kw_start)
        if v < 0:
            return False
        if text.rfind("\t", v + 1, kw_start) >= 0 or text.rfind("\n", v + 1, kw_start) >= 0:
            return False
        # a ``<th>`` label with a ``<td>`` value beside it ("<th>Password</th><td>X</td>") labels
        # its own row; only a row of header cells names the columns of the rows below
        le = text.find("\n", kw_start, kw_start + 300)
        return text.find("\t", kw_start, le if le >= 0 else kw_start + 300) < 0

    # -- validation ---------------------------------------------------------------------------

    def _accept(self, text: str, ts: int, te: int, kind: str, mode: str,
                keyword: str = "", *, det: bool = False) -> tuple[int, int] | None:
        verb_before = mode == "verb_before"
        if verb_before:
            mode = "verb"
        s, e = _strip(text, ts, te)
        if e - s < 1:
            return None
        stripped = e < te and text[e] in ".,;:!?)"
        v = text[s:e]
        if v.lower() in _STOPWORDS or _looks_like_non_secret(v):
            return None
        pat = _KEYWORD_AT.get(v[0].lower())
        if pat is not None and pat.match(v.lower()):
            return None  # another keyword ("Password: PIN"), which is read on its own
        if kind in ("pin", "puk", "otp") and len(v) == 1 and v.isdigit() and mode in (
                "explicit", "newline", "verb"):
            spaced = _SPACED_DIGITS_RE.match(text, s)  # "4 8 2 9 1 3", one digit per cell
            if spaced is not None and self._alone(text, spaced.end()):
                return (s, spaced.end())
            return None
        if kind in ("pin", "puk"):
            if not v.isdigit() or not (4 <= len(v) <= (16 if kind == "puk" else 12)):
                return None
            if kind == "puk" and len(v) < 8:
                return self._digit_groups(text, s, e, 8, 8)
            return (s, e) if self._alone(text, e) else None
        if kind == "otp":
            if v.isdigit():
                if len(v) < 6 and not (len(v) >= 4 and self._alone(text, e)):
                    found = self._digit_groups(text, s, e, 6, 10)
                    if found is not None and _phone_like(text[found[0]:found[1]]):
                        return None  # "Your code:" and "0800 123 456" below: a phone number
                    return found
                return (s, e) if len(v) <= 12 and self._alone(text, e) else None
            if not _CODE_RE.fullmatch(v):
                return None
            lower, upper, digit, _ = _classes(v)
            if digit and (sum(c.isdigit() for c in v) >= 2 or upper):
                return (s, e)
            if mode in ("explicit", "verb") and upper and not lower and len(v) >= 6:
                return (s, e)
            if mode == "newline" and upper and not lower and _GROUPED_CODE_RE.fullmatch(v):
                return (s, e)  # "Backup code" and below it "VSQD-QLTU-QTZB"
            return None
        if kind == "password":
            if not (4 <= len(v) <= 64):
                return None
            lower, upper, digit, symbol = _classes(v)
            if mode not in ("explicit", "verb") and not _strong(v) and not (
                    digit and not (lower or upper) and len(v) >= 6):
                return None
            if not digit and v.replace("'", "").replace("’", "").isalpha() and symbol:
                return None  # a contraction: "it's valid for your stay"
            if not digit and not symbol:
                # a lone word: it must end its clause and not be shaped like a word that describes
                if (mode != "verb" or verb_before) and not _clause_ends(
                        text, e, stripped, closing_words=mode != "explicit"):
                    return None
                if s > ts and text[ts] in "\"'«“‘„" and not (e < te and text[e] in "\"'»”’“"):
                    return None  # the first word of a quoted phrase: use "Forgotten password?"
                if mode != "verb" and _describing_re(keyword.lower()).fullmatch(v):
                    return None
                if det:
                    return None  # "Password: your choice", "Salasana: oma valintasi"
            return (s, e)
        if kind == "security_answer":
            if mode not in ("explicit", "verb"):
                return None
            if not any(c in text[max(0, s - 3):s] for c in ":=\t\v\n"):
                # after a copula, not a label: "Svaret ... er oppdatert", "is unchanged"
                first = _TOKEN_RE.match(text, s)
                w = first.group().strip(_LEAD_STRIP + _TRAIL_STRIP) if first else ""
                if w.lower() in _STOPWORDS or (w.islower()
                                               and _describing_re(keyword.lower()).fullmatch(w)):
                    return None  # (a capitalised word is as often a name: "is Molly")
            m = _ANSWER_RE.match(text, s, min(len(text), s + 50))
            if m is None:
                return None
            end = s
            # extend over the clause: up to five words, stop at punctuation or a line break
            for words, wm in enumerate(_TOKEN_RE.finditer(text, s, min(len(text), s + 60))):
                if words and "\n" in text[end:wm.start()]:
                    break
                ws, we = _strip(text, wm.start(), wm.end())
                if ws == we or text[ws:we].lower() in _AFTER_VALUE and words:
                    break
                end = we
                if we < wm.end() or words >= 4:
                    break
            return (s, end) if end > s else None
        return None

    @staticmethod
    def _alone(text: str, e: int) -> bool:
        """No further digit group follows on the line (else it is a longer number, e.g. a phone)."""
        m = re.compile(r"[ \xa0-]?\d").match(text, e)
        return m is None

    @staticmethod
    def _digit_groups(text: str, s: int, e: int, lo: int, hi: int) -> tuple[int, int] | None:
        """Codes written in groups ("123 456", "1234 5678") when the digits add up to lo..hi."""
        m = re.compile(r"\d{2,4}(?:[ \xa0-]\d{2,4}){1,3}(?![\d])").match(text, s)
        if m is None:
            return None
        digits = sum(c.isdigit() for c in m.group())
        if lo <= digits <= hi:
            return (s, m.end())
        return None
