"""A scorer over candidate tokens: secrets that no single rule of `misdirect.content.secrets` reads.

The keyword reader of `misdirect.content.secrets` follows one construction at a time ("the code
is X", "PIN: X"). Letters written by others hand a value over in many more ways: "type in 8960
when asked", a key-safe code in the block below its label, "Außerdem ist Ihre PIN für die
Gehaltsabrechnung 7796.", "It's now silverfern". Rather than one more pattern per phrasing, this
module looks at every token shaped like an issued value and adds up evidence from four features:

* **shape** of the value: four or five digits (as often a room or an extension as a PIN: weak),
  six to ten digits or digits in groups, capitals and digits in dashed groups ("8KX-29Q", a
  licence key), letters mixed with digits or symbols ("yuny6490Y", "UT*24ifbUz"); dates, times,
  prices, phone numbers, years and part numbers are no candidate at all;
* **keyword**: a word naming a secret in the value's sentence or label, any inflected or
  compound form, found by stem (`SECRET_STEM_RE`: "Administratörslösenordet", "pinkoden",
  "Startadgangskode", "Türcode") or a word naming what a code opens (`ACCESS_STEM_RE`: key safe,
  door, gate, turnstile, alarm, locker, in every language: "Nøgleboksen", "Schlüsseltresor",
  "Puomin", "Drehkreuz");
* **construction**: what stands right before the value. An instruction to type it in ("type in",
  "tast derefter", "geben Sie dann ... ein", "composez :"), a copula or colon after the keyword
  ("... im Self-Service 7796."), a line ending in a colon or an entry verb with the value alone
  below ("Paste this into the app, then Activate:"), a label above the value (blocks and table
  layouts), or a phrase that points at it further down ("printed below", "at the bottom of this
  email"). A label that names another number ("Membership number", "Luvan numero", "Room",
  "Booking", "Brugernavn") or a telephone verb ("call", "ring", "soittamalla") counts against;
* **distance**: the keyword and the construction count only within the value's sentence, its
  label cell or line, or a few lines above for a pointer phrase.

A candidate is a secret when its score reaches `THRESHOLD`. Letters-only passwords are read only
in three tight constructions, as an ordinary word is far more often just a word: after "it is now"
("It's now", "Det er nu", "Es lautet jetzt", "C'est désormais", "Ahora es", "Het is nu") in the
sentence after a password keyword; after an instruction to type it exactly ("Key it in exactly as
shown:", "Skriv den præcis sådan:") near a Wi-Fi word; and alone below a short password or Wi-Fi
label. Each check reads a bounded window around the candidate, so the cost is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from misdirect.content.keywords import _w, other_code_compound

__all__ = ["THRESHOLD", "scored_matches", "talks_about"]

#: The score a candidate needs to be reported (see the module docstring for the features).
THRESHOLD = 4

# -- lexicon: stems, matched inside words so that inflected and compound forms need no list ---------

#: Stems of words that name a secret. Long stems may stand anywhere in a word ("Startadgangskode",
#: "Administratörslösenordet", "Initialkennwort"); the short ones only at a word or compound start.
SECRET_STEM_RE = re.compile(
    r"passw|passcode|passord|kennw|salasan|tunnussan|l[öo]senord|adgangskod|kodeord|wachtwoord|"
    r"contrase|mot de passe|mots de passe|tunnuslu|geheimzahl|"
    r"(?<![^\W\d_])(?:pin|puk|otp|tan|clave|cl[ée]|key|nyckel|n[øo]kkel|n[øo]gle|schl[üu]ssel|"
    r"sleutel|avain|kood|koodi|kod|kode|koden|code|c[óo]digo)",
    re.IGNORECASE,
)
#: Stems of words for what a code opens or guards: key safes, doors, gates, alarms, lockers.
ACCESS_STEM_RE = re.compile(
    r"(?<![^\W\d_])(?:key ?safe|key ?box|lock ?box|door|gate|entrance|entry|turnstile|alarm|barrier|locker|"
    r"padlock|avainsäil|avainlaatik|ovi|oven|portti|puomi|hälytys|lukko|nyckelskåp|nyckelbox|"
    r"dörr|porten|grind|bommen|bom |larm|hänglås|nøkkelboks|nøkkelskap|nøgleboks|døren|døra|"
    r"porten|bommens|alarmkod|schlüsseltresor|schlüsselkasten|tresor|haustür|tür|tor\b|"
    r"drehkreuz|zutritt|zugang|alarman|boîte à clés|boite a cles|porte|portail|tourniquet|"
    r"digicode|alarme|cadenas|casier|consigne|caja de llaves|cajetín|puerta|portal|torno|"
    r"alarma|taquilla|candado|sleutelkluis|kluis|deur|hek|poort|toegang|alarmcode|slot)|"
    # compound heads: "Haustür", "voordeur", "Schlüsseltresor", "Sleutelkluisje", "pakkeboks"
    r"(?:tür|deur|dør|dörr|tresor|kluis|skåp|boks|boksen|kasten|säilö|säilön|portti|puomi)"
    r"(?![^\W\d_]{3})",
    re.IGNORECASE,
)
# a qualifier that makes "code"/"number" another kind of value ("postal code", "Gift card number")
_OTHER_QUALIFIER_RE = re.compile(
    r"(?<![^\W\d_])(?:postal|post|zip|sort|discount|voucher|promo|promotion|coupon|gift|tracking|"
    r"booking|reference|order|customer|member|membership|employee|invoice|account|article|"
    r"product|bar|qr|country|area|dialling|dialing|tax|vat|company|colour|color|error|"
    r"rabatt|gutschein|kampanj|kampanje|alennus|kampanja|réduction|promo|descuento|korting)\b",
    re.IGNORECASE,
)
#: Labels of other numbers: right before a value (or as its label) they count against it.
OTHER_LABEL_RE = re.compile(
    r"num+ero|número|nummer|number|\bnr\b|\bno\b|n°|n\.º|nº|\bnum\b|order|ordre|commande|pedido|"
    r"bestell|bestil|beställ|tilaus|room|chambre|habitaci|kamer|zimmer|værelse|\brum\b|\brom\b|"
    r"huone|booking|bokning|bestilling|buchung|réservation|reserva|boeking|varaus|case|ticket|"
    r"ref\b|reference|référence|referen|viite|matricul|invoice|rechnung|factur|lasku|faktura|"
    r"phone|telef|tél|tel\b|tlf|puhelin|mobil|extension|poste|durchwahl|vat|moms|cif|nif|siret|"
    r"username|brugernavn|benutzername|usuario|gebruikersnaam|identifiant|käyttäjä|användarnamn|"
    r"brukernavn|login id|kundnr|customer|client|cliente|kunde|klant|asiakas|box\b|lupa|luvan|"
    r"tillstånd|tillatelse|permit|flight|vuelo|vol\b|flug|seat|platz|siège|asiento|postcode|"
    r"postnummer|postinumero|plz|code postal|código postal|kvk|company|registered|org\.?nr|"
    r"y-tunnus|iban|bic|swift|konto|account|compte|cuenta|rekening|tili|sort|tracking|track|"
    r"seguimiento|suivi|sendung|lähetys|seuranta|spårning|sporing|forsendelse|zending|pakket|"
    r"parcel|colis|paquete|paket|pakke|paketti|promo|rabatt|rabat|discount|descuento|réduction|"
    r"korting|alennus|kampanj|voucher|gutschein|coupon|cupón|gift|cadeau|regalo|lahja|present|gave",
    re.IGNORECASE,
)
# telephone and sending verbs right before a number: "call 0800 ...", "Forward the message to 7726"
_PHONE_VERB_RE = re.compile(
    r"(?<![^\W\d_])(?:call|ring|ringe|ringer|rufen|anrufen|appelez|appeler|llama|llame|llamar|bel|"
    r"soita|soittamalla|forward|send|text|sms|tekstaa|skicka|sende|send|senden|envoyez|envía|"
    r"stuur)(?![^\W\d_])[^\n]{0,25}$",
    re.IGNORECASE,
)
#: Instructions to type, key or paste a value in, as written right before it (any person and
#: word order: "type in", "tast derefter", "tippst du", "toets je", "composez", "marca").
ENTRY_RE = re.compile(
    r"(?<![^\W\d_])(?:enter|type|key|tap in|punch|dial|paste|copy|syötä|syötä|näppäile\w*|"
    r"kirjoita|anna|liitä|ange|skriv|knappa|slå|tryck|klistra|tast\w*|indtast\w*|oppgi|lim|"
    r"indsæt|gib|geben|tippen|tippe|tippst|trag\w*|tragen|eingeben|kopier\w*|saisi\w*|entre[rz]|"
    r"tape[rz]?|compose[rz]?|recopie[rz]?|colle[rz]?|copie[rz]?|indique[rz]|introduc\w*|"
    r"ingres\w*|escrib\w*|teclea|tecleando|marca|marque|marcando|pega|copia|voer|typ|vul|toets|"
    r"tik|plak|kopieer|intypen)(?![^\W\d_])",
    re.IGNORECASE,
)
# what may stand between an entry verb and the value: particles, adverbs, the person, a colon
_ENTRY_GAP = _w(
    "in ind inn sisään ein then derefter deretter sedan sen sitten dann anschließend puis ensuite "
    "luego después daarna dan vervolgens du sie je jij u vous tu you it: : this these här dette "
    "denne den diese dies ceci ce esto este dit deze het seuraava følgende följande folgendes the "
    "la le el de der die das code koodi koden kod kode código code: het: it"
)
# a copula, after which a value given in the same sentence ends it ("... im Self-Service 7796.")
_COPULAS = _w(
    "is are was on oli är var er ist lautet sind war est sont es son zijn is: = blir bliver wird "
    "será sera"
)
# "it is now": the pronoun and copula of a sentence that gives a word set just before
_NOW_RE = re.compile(
    r"(?:^|[.!?:]\s+|\n\s*)(?:it['’]s|it is|it has been (?:set|changed) to|det er|det är|det blir|"
    r"es lautet|es ist|das ist|c['’]est|il est|ahora es|es|het is|se on|se kuuluu|nyt se on|"
    r"uusi salasana on|den er|den är|hon är)"
    r"(?:[ \xa0]+(?:now|nu|nå|jetzt|nun|désormais|maintenant|ahora|nyt|nu voortaan|voortaan|"
    r"from now on|fortan))?[ \xa0]*:?[ \xa0]*$",
    re.IGNORECASE,
)
# "type it exactly as shown:", the colon line before a word to be copied letter by letter
_EXACTLY_RE = re.compile(
    r"exactly|precisely|just as|as shown|as written|præcis|presis|precis|exakt|genau|telle quelle|"
    r"tel quel|tal cual|tal y como|precies|juist zo|täsmälleen|juuri näin|kirjaimellisesti",
    re.IGNORECASE,
)
_WIFI_RE = re.compile(
    r"wi-?fi|wlan|wireless|trådlöst|trådløst|langaton|(?<![^\W\d_])(?:network|netværk|nettverk|"
    r"nätverk|netzwerk|réseau|red|netwerk|verkko)(?![^\W\d_])", re.IGNORECASE)
# words that point at a value further down or at the end of the message
POINTER_RE = re.compile(
    r"(?<![^\W\d_])(?:below|underneath|beneath|further down|at the (?:bottom|end) of this|"
    r"alla|alapuolella|alempana|viestin lopussa|viestin lopusta|nedan|härunder|här under|"
    r"längst ner|nedanför|nedenfor|nedenunder|herunder|nederst|unten|untenstehend|nachstehend|"
    r"am ende dieser|am ende der|ci-dessous|ci-après|en bas de ce|à la fin de ce|a continuación|"
    r"abajo|debajo|al final de este|al final del|hieronder|onderaan|onderstaand|beneden)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# words that talk about a secret without giving one, in the value's own sentence
_TALKING_RE = re.compile(
    r"(?<![^\W\d_])(?:never|don['’]t|do not|not|no one|nobody|anyone|forgot|forget|forgotten|"
    r"ei|älä|koskaan|unohtu\w*|aldrig|aldri|inte|ikke|ingen|glemt|glömt|nie|niemals|nicht|"
    r"vergessen|jamais|ne|pas|oublié|nunca|no|olvidado|nooit|niet|vergeten)(?![^\W\d_])",
    re.IGNORECASE,
)

# change notices: "Salasana vaihdettu", "Lösenord bytt", "Password changed"
_CHANGED_RE = re.compile(
    r"chang|updat|reset|expir|vaihd|muutet|nollat|vanhen|bytt|ändr|återst|endr|tilbakest|ændr|"
    r"nulst|skift|geänder|zurückges|abgelauf|modifi|réinit|expir|cambi|restablec|caduc|gewijzig|"
    r"verlop|wijzig|forgot|unohd|glömt|glemt|vergess|oubli|olvid|vergeten",
    re.IGNORECASE,
)
_CODE_WORDS = _w(
    "code codes koodi koodin koodia koodisi kod koden kode koder código códigos codigo"
)# what may stand before a bare "code" that stays a secret one ("your code", "den här koden")
_DETERMINERS = _w(
    "the this that a an your my new temporary personal secret one-time den det dem des ein einen "
    "eine einem diesen dieser dieses diese ihr ihre ihren ihrem dein deine deinen neuer neue "
    "neuen le la l' ce cet votre ton nouveau el este su tu nuevo de het deze dit uw je jouw "
    "nieuwe din ditt dine denna denne detta här nya nye ny nyt tämä tämän sinun uusi följande "
    "følgende seuraava folgende folgenden suivant siguiente volgende"
)# prepositions after a keyword name what the secret is for, not the secret ("PUK for 77397086")
_PREPOSITIONS = _w(
    "for of to on at from för till på av til af für zu von auf bei pour de du des à sur para por "
    "en del al voor van op bij aan met varten kanssa"
)# delivery notices: the value is sent some other way ("sent by post to", "envoyé par courrier")
_DELIVERY_RE = re.compile(
    r"by post|by mail|in a separate|separately|sent to|posted to|postitse|erikseen|per post|"
    r"separat|med posten|brevledes|per Post|postalisch|getrennt|gesondert|par courrier|par la poste|"
    r"séparément|por correo|por separado|correo postal|per brief|apart|afzonderlijk",
    re.IGNORECASE,
)

# -- candidates ------------------------------------------------------------------------------------

# a token shaped like an issued value: digits (maybe in groups), dashed groups of capitals and
# digits, or a made password (letters with digits or symbols); bounded by space or punctuation
_CANDIDATE_RE = re.compile(
    r"(?<![\w+/.,:#@€$£-])(?<!\d[ \xa0])"
    r"(\d{2,4}(?:[ \xa0-]\d{2,4}){1,2}(?![\w/-]|[.,]\d)"
    r"|[A-Za-z0-9]{2,6}(?:-[A-Za-z0-9]{2,6}){1,4}(?![\w/-])"
    r"|(?=[^\s]*\d)[A-Za-z0-9*#!&%$?+=_.@-]{3,40}[A-Za-z0-9*#!&%$?+=])"
    r"(?![\w/-]|[.,:]\d|[ \xa0-]\d)"
)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_DATEISH_RE = re.compile(r"\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?|\d{1,2}[:.]\d{2}")
_WORD_RE = re.compile(r"[^\W\d_]+")
_VOWELS = frozenset("aeiouyåäöæøéèáíóúAEIOUYÅÄÖÆØÉÈÁÍÓÚ")
_SENTENCE_BREAK_RE = re.compile(r"[.!?](?=\s)|\n[ \t\v\xa0]*\n|\t|\v")
_TOKEN_RE = re.compile(r"\S+")
_MASK = frozenset("*•·xX#")
_PUNCT = ".,;:!?\"'«»“”‘’()[]*"


def _shape(v: str) -> tuple[int, str] | None:
    """(score, kind) of a candidate's shape, or None when it is no issued value."""
    digits = sum(c.isdigit() for c in v)
    letters = sum(c.isalpha() for c in v)
    if digits == len(v):
        if len(v) < 4 or len(v) > 10:
            return None
        if len(v) == 4 and _YEAR_RE.fullmatch(v) or len(v) >= 9 and v[0] == "0":
            return None  # a year; a phone number ("0401234567")
        return (1, "pin") if len(v) <= 5 else (2, "otp")
    if _DATEISH_RE.fullmatch(v):
        return None
    if letters == 0:
        # digit groups: "482 913", "0221-3241"; a phone number in groups starts with 0 or +
        if not 6 <= digits <= 10 or digits >= 9 and " " in v.replace("\xa0", " "):
            # nine digits or more in spaced groups are a phone number ("900 257 899")
            return None
        return 2, "otp"
    if "-" in v and all(p.isalnum() for p in v.split("-")):
        parts = v.split("-")
        if v.isupper() or v.upper() == v:
            # dashed capitals and digits: "8KX-29Q", "JCCV-QKG9-XDCB-ABXW"; not a word ("SPRING-15")
            if digits == 0 and len(parts) < 3:
                return None
            if any(len(w) >= 4 and sum(c in _VOWELS for c in w) >= 2 for w in _WORD_RE.findall(v)):
                return None
            return (3, "otp") if len(parts) >= 3 or digits >= 2 else (2, "otp")
        # "Mvadw-Syde-27", "Eygna-Dgnb-23": words and digits, a made password
        return (3, "password") if digits and len(parts) >= 3 else None
    if digits < 1 or letters < 1 or len(v) < 6:
        return None
    lower = any(c.islower() for c in v)
    upper = any(c.isupper() for c in v)
    symbol = any(not c.isalnum() for c in v)
    if symbol and v.strip(".").count(".") and not any(c in "*#!&%$?+=" for c in v):
        return None  # "first.lastname", "v2.4.1": names and versions
    if not lower:
        # "K7XQ2P": capitals and digits with no word inside
        if any(len(w) >= 3 for w in _WORD_RE.findall(v) if sum(c in _VOWELS for c in w)):
            return None
        return (2, "otp") if digits >= 2 else None
    if lower and (upper or symbol) and digits:
        return 3, "password"
    if lower and digits >= 2 and letters >= 3:
        return 2, "password"
    return None


def _line_bounds(text: str, s: int) -> tuple[int, int]:
    ls = text.rfind("\n", max(0, s - 400), s) + 1
    le = text.find("\n", s, s + 400)
    return ls, (le if le >= 0 else min(len(text), s + 400))


def _cell_start(text: str, ls: int, s: int) -> int:
    """Where the value's cell starts: after the last tab before it on its line."""
    return max(ls, text.rfind("\t", ls, s) + 1, text.rfind("\v", ls, s) + 1)


def _previous_line(text: str, ls: int) -> tuple[str, int]:
    """The last non-empty line before the line that starts at ``ls``, and how many blank lines
    stand between."""
    pos, blanks = ls - 1, 0
    while pos > 0:
        start = text.rfind("\n", max(0, pos - 400), pos) + 1
        line = text[start:pos].strip(" \t\v\xa0")
        if line:
            return line, blanks
        blanks += 1
        if start == 0 or blanks > 6:
            return "", blanks
        pos = start - 1
    return "", blanks


def _sentence_before(text: str, lo: int, s: int) -> str:
    """The part of the value's sentence before it (from the last sentence break)."""
    seg = text[lo:s]
    cut = 0
    for m in _SENTENCE_BREAK_RE.finditer(seg):
        cut = m.end()
    return seg[cut:]


def _secret_keyword(seg: str) -> re.Match[str] | None:
    """The last word naming a secret in ``seg`` that no qualifier makes another kind of code."""
    last = None
    for m in SECRET_STEM_RE.finditer(seg):
        ws = m.start()
        while ws > 0 and (seg[ws - 1].isalnum() or seg[ws - 1] == "-"):
            ws -= 1
        we = m.end()
        while we < len(seg) and (seg[we].isalnum() or seg[we] == "-"):
            we += 1
        word = seg[ws:we]
        if other_code_compound(word):
            continue
        prev = seg[max(0, ws - 20):ws]
        if _OTHER_QUALIFIER_RE.search(prev.split()[-1] if prev.split() else ""):
            continue
        low = word.lower()
        if low in _CODE_WORDS:
            # the bare word "code": only after a determiner, a secret or access word, or at the
            # start of its clause; a noun before makes it another code ("School code", "Sort code")
            pw = prev.split()[-1].lower().strip(_PUNCT) if prev.split() else ""
            if pw and pw not in _DETERMINERS and not prev.rstrip().endswith((":", ".", "!", "?")) \
                    and SECRET_STEM_RE.search(pw) is None and ACCESS_STEM_RE.search(pw) is None:
                continue
        if low.startswith(("key", "tan")) and len(low) > 5 and not low.startswith("keys"):
            continue  # "keyboard", "tanto"
        last = m
    return last


def _alone(text: str, cs: int, s: int, e: int, le: int) -> bool:
    """The value is alone in its cell or line."""
    return not text[cs:s].strip(" \t\v\xa0") and not text[e:le].strip(" \t\v\xa0.,;!")


def _score(text: str, s: int, e: int, base: int) -> tuple[int, str]:
    """The evidence for the candidate at ``text[s:e]`` beyond its shape, and the rule named."""
    ls, le = _line_bounds(text, s)
    cs = _cell_start(text, ls, s)
    lead = text[max(cs, s - 160):s]
    sentence = _sentence_before(text, max(cs, s - 200), s)
    score, rule = base, "shape"
    alone = _alone(text, cs, s, e, le)
    # the label of a value alone in its cell: the cell before it, or the line above
    label = ""
    if alone:
        if cs > ls:
            label = text[ls:cs].strip(" \t\v\xa0")
        else:
            label, _ = _previous_line(text, ls)
    words_before = lead.split()
    # construction: an entry verb right before ("type in 8960", "tast derefter 1882")
    toks = [t.strip(_PUNCT).lower() for t in words_before[-5:]]
    entry = False
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i]
        if ENTRY_RE.fullmatch(t):
            entry = True
            break
        if t not in _ENTRY_GAP and t:
            break
    # an entry verb a few words before a word for number: "enter this number: 580312"
    entry_number = lead.rstrip().endswith(":") and ENTRY_RE.search(" ".join(words_before[-8:]))
    # a label that ends in an entry verb and names another number ("Référence à indiquer")
    # announces that number, not a secret
    announced = bool(label) and _announces(label) and (
        label.endswith(":") or OTHER_LABEL_RE.search(label) is None)
    # against: another number's label right before, or a telephone verb
    near = " ".join(words_before[-2:]).lower()
    other = (not entry and not entry_number and OTHER_LABEL_RE.search(near) is not None) or (
        bool(label) and not sentence.strip() and not announced
        and OTHER_LABEL_RE.search(label) is not None
        and _secret_keyword(label) is None and ACCESS_STEM_RE.search(label) is None)
    if other:
        return -9, "other-label"
    if words_before and all(c in _MASK for c in words_before[-1]):
        return -9, "masked"  # the visible end of a masked number: "card •••• 4908"
    if _PHONE_VERB_RE.search(lead):
        return -9, "phone"
    if entry:
        score += 3
        rule = "entry-verb"
    kw = _secret_keyword(sentence)
    if rule == "shape" and kw is not None and _TALKING_RE.search(sentence) is None and \
            _DELIVERY_RE.search(sentence) is None:
        between = sentence[kw.end():]
        # a keyword gives the value through a copula or a colon, or right before it; a copula
        # before the keyword gives it too in a V2 clause ("Außerdem ist Ihre PIN ... 7796.")
        giving = OTHER_LABEL_RE.search(" ".join(between.split()[:2])) is None and (
                  between.rstrip().endswith(":")
                  or (len(between.split()) <= 2 and not _PREPOSITIONS & {
                      w.strip(_PUNCT).lower() for w in between.split()})
                  or any(w.strip(_PUNCT).lower() in _COPULAS for w in sentence.split()))
        if giving:
            score += 3
            rule = "keyword-in-sentence"
            # the value ends its sentence or clause: "... im Self-Service 7796."
            if not text[e:le].strip(" \t\v\xa0.,;!)") or text[e:e + 1] in ".,;":
                score += 1
    elif rule == "shape" and ENTRY_RE.search(sentence) and lead.rstrip().endswith(":"):
        score += 3  # "enter this number: 578501", "composez le numéro suivant : 697537"
        rule = "entry-colon"
    elif rule == "shape" and ACCESS_STEM_RE.search(sentence):
        score += 2
        rule = "access-in-sentence"
        if lead.rstrip().endswith(":") or any(w.strip(_PUNCT).lower() in _COPULAS
                                               for w in sentence.split()[-6:]):
            score += 1
    if rule == "shape" and alone and label:
        # a label above or beside the value
        if announced:
            score += 3
            rule = "announced-below"
        elif len(label.split()) <= 8 and label[-1:] not in ".!?":
            if _secret_keyword(label) is not None:
                score += 3
                rule = "label"
            elif ACCESS_STEM_RE.search(label):
                score += 3
                rule = "access-label"
    if rule == "shape" and alone and cs == ls and _pointed(text, ls):
        # a phrase a few lines above that points down at it ("is printed below", "herunder")
        score += 3
        rule = "pointer"
    return score, rule


_THIS_RE = re.compile(
    r"(?<![^\W\d_])(?:following|follow|this|these|ceci|ce|dies|diese|dieses|folgendes|folgende|"
    r"dette|denne|den här|detta|följande|følgende|seuraava\w*|tämä|suivant\w*|siguiente|esto|"
    r"este|volgende|dit|deze)(?![^\W\d_])", re.IGNORECASE)


def _announces(label: str) -> bool:
    """A line that announces the value below it: it ends in a colon after an instruction, a
    keyword or a word for "this"/"the following" ("Paste this into the app, then Activate:",
    "logga in med ... och följande:"), or it ends in an entry verb ("... och slå")."""
    words = label.split()
    if not words:
        return False
    if label.endswith(":"):
        return bool(ENTRY_RE.search(label) or _secret_keyword(label) or _THIS_RE.search(label))
    return ENTRY_RE.fullmatch(words[-1].strip(_PUNCT)) is not None


def _pointed(text: str, ls: int) -> bool:
    """A prose sentence within the few lines above names a secret and points down at it."""
    lo = max(0, ls - 500)
    above = text[lo:ls]
    m = None
    for m in POINTER_RE.finditer(above):  # noqa: B007 (the last one counts)
        pass
    if m is None:
        return False
    # the secret is named in the pointer's sentence or the one before it ("Den står herunder")
    start = max(above.rfind("\n\n", 0, m.start()), 0)
    seg = above[max(start, m.start() - 220):m.end() + 40]
    if _secret_keyword(seg) is None:
        return False
    # no other value line between the pointer and the candidate
    rest = above[m.end():]
    return sum(1 for line in rest.split("\n") if line.strip()) <= 3


def talks_about(text: str, kw_start: int) -> bool:
    """The keyword's clause, before the keyword, holds a negation or a word of forgetting: the
    sentence talks about the secret ("Sinun ei tarvitse keksiä uutta salasanaa", "never share
    your password", "if you forget your PIN") rather than giving it."""
    lo = max(0, kw_start - 120)
    seg = _sentence_before(text, lo, kw_start)
    cut = max(seg.rfind(","), seg.rfind(";"))
    return _TALKING_RE.search(seg[cut + 1:]) is not None


def _letters_value(text: str, s: int, e: int) -> bool:
    v = text[s:e]
    return 4 <= len(v) <= 32 and v.replace("-", "").isalpha() and "-" not in v[:1] + v[-1:]


def _word_passwords(text: str, taken: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """Letters-only passwords in the three constructions of the module docstring."""
    for m in _LINE_END_WORD_RE.finditer(text):
        s, e = m.span(1)
        if any(a < e and s < b for a, b in taken) or not _letters_value(text, s, e):
            continue
        ls, le = _line_bounds(text, s)
        cs = _cell_start(text, ls, s)
        lead = text[cs:s]
        before = text[max(0, ls - 400):ls]
        if _NOW_RE.search(lead):
            # "It's now silverfern" after a sentence about a password (or its subject line)
            if _password_named(text[max(0, s - 300):cs]):
                yield s, e, "word:it-is-now"
            continue
        if lead.rstrip().endswith(":") and ENTRY_RE.search(lead) and _EXACTLY_RE.search(lead):
            if _WIFI_RE.search(before[-200:] + lead) or _password_named(before[-200:] + lead):
                yield s, e, "word:type-exactly"
            continue
        if not lead.strip(" \t\v\xa0") and "-" not in text[s:e]:
            label = text[ls:cs].strip(" \t\v\xa0") if cs > ls else _previous_line(text, ls)[0]
            if (label and len(label.split()) <= 4 and label[-1:] not in ".!?,;"
                    and (_password_named(label) or _WIFI_RE.fullmatch(label.strip(": "))
                         or _WIFI_RE.search(label) and _password_named(label))
                    and _TALKING_RE.search(label) is None and _CHANGED_RE.search(label) is None):
                yield s, e, "word:label"


_LINE_END_WORD_RE = re.compile(r"(?<![\w-])([^\W\d_][\w-]{2,31})(?=[ \xa0]*[.!]?[ \xa0]*(?:\n|$))")
_PASSWORD_STEM_RE = re.compile(
    r"passw|passord|kennw|salasan|l[öo]senord|adgangskod|kodeord|wachtwoord|contrase|"
    r"mot de passe|(?<![^\W\d_])clave|wi-?fi|wlan|zugangsschlüssel|clé wi", re.IGNORECASE)


def _password_named(seg: str) -> bool:
    return _PASSWORD_STEM_RE.search(seg) is not None


def scored_matches(text: str, taken: Sequence[tuple[int, int]] = ()) -> Iterator[
        tuple[int, int, str, str]]:
    """(start, end, kind, rule) of every candidate whose score reaches `THRESHOLD`, skipping the
    spans in ``taken`` (values other rules already found)."""
    found: list[tuple[int, int]] = list(taken)
    for m in _CANDIDATE_RE.finditer(text):
        s, e = m.span(1)
        while e > s and text[e - 1] in ".?":
            e -= 1
        v = text[s:e]
        if any(a < e and s < b for a, b in found):
            continue
        shape = _shape(v)
        if shape is None:
            continue
        base, kind = shape
        score, rule = _score(text, s, e, base)
        if score >= THRESHOLD:
            found.append((s, e))
            yield s, e, kind, "scorer:" + rule
    for s, e, rule in _word_passwords(text, found):
        yield s, e, "password", "scorer:" + rule
