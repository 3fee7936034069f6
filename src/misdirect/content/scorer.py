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

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence

from misdirect.content.base import Match
from misdirect.content.keywords import _w, other_code_compound
from misdirect.content.prefilter import AnchorFinder

__all__ = ["THRESHOLD", "ScoredSecrets", "scored_matches", "subject_matches", "subject_pointed",
           "talks_about"]

#: The score a candidate needs to be reported (see the module docstring for the features).
THRESHOLD = 4

# -- lexicon ---------------------------------------------------------------------------------------
# Stems, lowercase, found anywhere in a word so that inflected and compound forms need no list of
# spellings ("Administratörslösenordet", "Startadgangskode", "Nøgleboksen", "Schlüsseltresor").
# A leading "^" asks for the start of a word, a trailing "$" for its end. All of them are found in
# one pass over the text (`misdirect.content.prefilter.AnchorFinder`); every feature below then
# looks up the hits inside its window instead of running a regex over it.

def _stems(words: str) -> tuple[str, ...]:
    """Stems separated by spaces; "_" stands for a space inside a stem ("key_safe")."""
    return tuple(w.replace("_", " ") for w in words.split())


#: Words that name a secret.
SECRET_STEMS = _stems(
    "passw passcode passord kennw salasan tunnussan lösenord losenord adgangskod kodeord "
    "wachtwoord paswoord losungsw contrase ^mot_de_passe ^mots_de_passe tunnuslu geheimzahl "
    "^pin ^puk ^otp$ ^tan$ ^clave ^clé$ "
    "^key nyckel nøkkel nøgle schlüssel sleutel avain avaime kood ^kod kode$ koden$ code$ "
    "^código ^codigo ^code ^kode "
    # a passphrase names a secret as much as a password does (also a noun for what is handed over)
    "^passphrase ^pass_phrase ^salalause ^lösenfras ^passordfras ^adgangsfras ^wachtzin"
)
#: Words for what a code opens or guards: key safes, doors, gates, alarms, lockers.
ACCESS_STEMS = _stems(
    "^key_safe ^keysafe ^key_box ^keybox ^lock_box ^lockbox ^front_door ^back_door "
    "^side_door ^door_code ^doorcode ^gate ^entrance ^entry "
    "rnstile ^alarm ^barrier ^locker ^padlock ^avainsäil ^avainlaatik ^ovi$ ^oven$ portti "
    "puomi ^hälytys ^lukko nyckelskåp ^nyckelbox dörr ^porten ^grind ^bommen ^bom$ ^larm "
    "hänglås nøkkelboks nøkkelskap nøgleboks ^døren ^døra ^bommens ^alarmkod schlüsseltresor "
    "^schlüsselkasten resor tür rehkreuz ^zutritt ^zugang ^boîte_à_clés "
    "ortail ^tourniquet ^digicode ^alarme ^cadenas ^casier ^consigne ^caja_de_llaves ^cajetín "
    "^puerta ^entrada ^alarma ^taquilla sleutelkluis kluis deur ^hek$ poort "
    "^toegang ^slot$ skåp boks kasten säilö ^kombination ^kombinasjon ^combination "
    "^combinaison ^combinación ^combinatie ^yhdistelmä"
)
#: Words that point at a value further down or at the end of the message.
POINTER_STEMS = _stems(
    "^below$ ^underneath$ ^beneath$ ^further_down$ bottom_of end_of_this ^alla$ "
    "^alapuolella$ ^alempana$ ^viestin_lopussa$ ^viestin_lopusta$ ^nedan$ ^härunder$ ^här_under$ "
    "^längst_ner$ ^nedanför$ ^nedenfor$ ^nedenunder$ ^herunder$ ^nederst _unten "
    "^nachstehend ^am_ende_dieser ^am_ende_der ^ci-dessous$ ^ci-après$ bas_de_ce fin_de_ce "
    "^a_continuación$ ^abajo$ ^debajo$ final_de_este final_del ^hieronder$ nderaan "
    "nderstaand ^beneden$"
)
#: Words naming a password or a Wi-Fi network: a letters-only password is read only near one.
PASSWORD_STEMS = _stems(
    "passw passord kennw salasan lösenord losenord adgangskod kodeord wachtwoord contrase "
    "^mot_de_passe ^clave ^clé wi-fi ^wifi wlan zugangsschlüssel"
)
WIFI_STEMS = _stems(
    "wi-fi ^wifi wlan ^wireless trådlöst trådløst ^langaton ^network$ ^netværk$ ^nettverk$ "
    "^nätverk$ ^netzwerk$ éseau$ ^netwerk$"
)

#: Instructions to type, key or paste a value in (whole words, or the start of one).
ENTRY_STEMS = _stems(
    "^enter$ ^type$ ^key$ ^punch$ ^dial$ ^paste$ ^copy$ ^syötä$ ^näppäile ^kirjoita$ "
    "^liitä$ ^ange$ ^skriv$ ^knappa$ ^slå$ ^tryck$ ^klistra$ ^tast ^indtast ^oppgi$ ^lim$ "
    "^indsæt$ ^gib$ ^geben$ ^tippen$ ^tippe$ ^tippst$ ^eingeben$ ^entrer$ ^entrez$ "
    "^taper$ ^tapez$ ^tape$ ^composer$ ^composez$ ^compose$ ecopie ^colle ^copie ^indique "
    "^saisi ^introduc ^escrib ^teclea ^marca ^marque ^pega$ ^copia$ ^voer$ ^typ$ ^vul$ "
    "^toets$ ^tik$ ^kopier ^intypen$ ^taster$ ^tell$ ^say$ ^quote$ ^show$ ^uppge ^visa$ "
    "^sig$ ^sige$ ^vis$ ^kerro$ ^sano$ ^näytä$ ^nenne ^sagen$ ^sage$ ^zeig ^dites$ ^donnez$ "
    "^montrez$ ^présentez$ ^diga$ ^dile$ ^muestra$ ^enseña$ ^zeg$ ^noem$ ^toon$ ^geef$ ^syöt "
    "^tikken$ ^tik$ ^ingres ^vult$ ^trag"
)
#: Words for "the following" that announce a value on the next line without an instruction.
FOLLOWING_STEMS = _stems(
    "^following$ ^följande$ ^følgende$ ^folgende ^seuraava ^suivant ^siguiente$ ^volgende$"
)

#: Verbs of opening or unlocking, any person or form: a value that opens something is its code
#: ("5321 avaa uuden lukon", "Öppnas med 939935", "Para abrirla 668293", "låser det op: ...").
OPEN_STEMS = _stems(
    "^open ^unlock ^öppn ^låser_upp ^lås_upp ^åpn ^låser_opp ^låse_opp ^åbn ^låser_det_op "
    "^låser$ ^låse$ "
    "^låse_op ^avaa ^avata ^avaam ^öffn ^entsperr ^ouvr ^ouvert ^débloqu ^déverrouill ^abre "
    "^abrir ^abra$ ^abrirl ^desbloque ^opent$ ^openen$ ^ontgrendel ^ontsluit"
)
#: Nouns for the digits or characters handed over: they stand for the keyword ("here are the
#: eight digits that unlock your SIM: ...", "tragen Sie diese Ziffern ein: ...").
DIGITS_STEMS = _stems(
    "^digits$ ^characters$ ^numbers$ ^cifre ^cifra ^siffr ^sifr ^ziffer ^zeichenfolge "
    "^chiffres$ ^caractères$ ^caracteres$ ^cijfers$ ^tekens$ ^tecknen$ ^tecken$ ^tegnene$ "
    "^tegn$ ^numeroa$ ^numerot$ ^numeroita$ ^merkkijono ^merkit$ ^merkkejä$ ^tunnuksella$ "
    "^luvulla$ ^passphrase ^pass_phrase ^salalause ^lösenfras ^passordfras ^adgangsfras "
    "^wachtzin ^merkkejä"
)

_FAMILIES = {"secret": SECRET_STEMS, "access": ACCESS_STEMS, "pointer": POINTER_STEMS,
             "password": PASSWORD_STEMS, "wifi": WIFI_STEMS, "entry": ENTRY_STEMS,
             "following": FOLLOWING_STEMS, "open": OPEN_STEMS, "digits": DIGITS_STEMS}
#: How far after a hit of each family a candidate is read (characters): the value's sentence,
#: its label's next lines, or the few lines below a pointer phrase.
_REACH = {"secret": 260, "access": 260, "entry": 260, "following": 260, "pointer": 600,
          "open": 120, "digits": 260, "password": 260}
#: How far before a hit: a value may be the subject of an opening verb ("9937 öppnar ...").
_REACH_BACK = {"open": 40}
#: Before a password word, only "it's now X" / "set to X" can give a value (`_set_now`): those
#: stretches are read for candidates with that construction only.
_SET_NOW_BACK = 320
# anchor -> [(family, needs word start, needs word end)]
_ANCHORS: dict[str, list[tuple[str, bool, bool]]] = {}
for _fam, _stems in _FAMILIES.items():
    for _st in _stems:
        _ANCHORS.setdefault(_st.strip("^$"), []).append((_fam, _st.startswith("^"),
                                                          _st.endswith("$")))
#: The literal anchors of all families: `misdirect.content.secrets` finds them in its own pass
#: over the text and hands the hits over, so the text is read once for both.
SCORER_ANCHORS = tuple(_ANCHORS)
SCORER_ANCHORS_SET = frozenset(_ANCHORS)
_FINDER = AnchorFinder(_ANCHORS)
_FINDER.min_numpy_len = 0  # with some two hundred anchors the numpy pass wins on any length

# a qualifier that makes "code" another kind of value ("postal code", "Gift card number")
_OTHER_QUALIFIERS = _w(
    "postal post zip sort discount voucher promo promotion coupon gift tracking booking reference "
    "order customer member membership employee invoice account article product bar qr country "
    "area dialling dialing tax vat company colour color error rabatt gutschein kampanj kampanje "
    "alennus kampanja réduction descuento korting school"
)
# labels of other numbers: a word of this set, or ending or starting as below
_OTHER_WORDS = _w(
    "nr no n° n.º nº num order ordre commande pedido room chambre kamer zimmer værelse rum rom "
    "huone booking bokning bestilling buchung réservation reserva boeking varaus case ticket ref "
    "reference référence invoice rechnung lasku faktura phone tel tél tlf puhelin mobil "
    "extension poste durchwahl vat moms cif nif siret username brugernavn benutzername usuario "
    "gebruikersnaam identifiant användarnamn brukernavn customer client cliente kunde klant "
    "asiakas box lupa luvan tillstånd tillatelse permit flight vuelo vol flug seat platz siège "
    "asiento postcode postnummer postinumero plz postal kvk company registered y-tunnus iban bic "
    "swift konto account compte cuenta rekening tili sort tracking track seguimiento suivi "
    "sendung lähetys seuranta spårning sporing forsendelse zending pakket parcel colis paquete "
    "paket pakke paketti promo rabatt rabat discount descuento réduction korting alennus kampanj "
    "voucher gutschein coupon cupón gift cadeau regalo lahja present gave habitación matricule "
    "login-id"
)
# places that carry a number of their own: the number after one is the place's, not a code
_PLACE_WORDS = _w(
    "locker lockers compartment box casier consigne taquilla casillero fack facket skåp skåpet "
    "boks boksen bod boden skab skabet låge lågen lokero lokeron lokerossa lokerossa fach "
    "schließfach vak kluis kast room huone rum rom værelse zimmer chambre habitación kamer "
    "apartment appartement lägenhet leilighet lejlighed wohnung rek stall platz seat siège "
    "asiento paikka plads plass"
)
_OTHER_SUFFIXES = ("nummer", "number", "numero", "número", "numéro", "nr", "nr.", "referenz",
                   "kenmerk", "rechnung", "faktura", "lasku", "tunnus")
_OTHER_PREFIXES = ("bestell", "bestil", "beställ", "tilaus", "habitaci", "factur", "referen",
                   "telef", "matricul", "kundnr", "kund", "kunde", "asiakas", "order", "tracking",
                   "sendung", "lähetys", "pakke", "paket", "pakket", "forsendelse")
# telephone and sending verbs right before a number: "call 0800 ...", "Forward the message to 7726"
_PHONE_VERBS = _w(
    "call ring ringe ringer rufen anrufen appelez appeler llama llame llamar bel soita soittamalla "
    "forward send text sms tekstaa skicka sende senden envoyez envía stuur numeroon numéro"
)
#: Instructions to type, key or paste a value in, as written right before it (any person).
_ENTRY_WORDS = _w(
    "enter type key punch dial paste copy syötä näppäile kirjoita anna liitä ange skriv knappa "
    "slå tryck klistra oppgi lim indsæt gib geben tippen tippe tippst tragen eingeben entrer "
    "entrez taper tapez tape composer composez compose recopier recopiez coller collez copier "
    "copiez indiquer indiquez teclea tecleando marca marque marcando pega copia voer typ vul "
    "toets tik plak kopieer intypen taster tast tast "
    # telling or showing a value to someone is handing it over as well
    "tell say quote show give uppge uppger visa sig sige oppgi vis kerro sano näytä nenne nennen "
    "nennt sagen sage zeigen zeige dites donnez montrez présentez indiquez diga di dile muestra "
    "enseña zeg noem toon geef vult syöttämällä näppäilemällä kirjoittamalla tippe tikken "
    "ingresa ingrese introduce introduzca escribe"
)
_ENTRY_PREFIXES = ("näppäile", "tast", "indtast", "trag", "kopier", "saisi", "introduc", "ingres",
                   "escrib")
# what may stand between an entry verb and the value: particles, adverbs, the person, a colon
_ENTRY_GAP = _w(
    "in ind inn sisään ein then derefter deretter sedan sen sitten dann anschließend puis ensuite "
    "luego después daarna dan vervolgens du sie je jij u vous tu you it this these här dette "
    "denne den diese dies ceci ce esto este dit deze het seuraava følgende följande folgendes the "
    "la le el de der die das code koodi koden kod kode código"
)
# a copula, after which a value given in the same sentence ends it ("... im Self-Service 7796.")
_COPULAS = _w(
    "is are was on oli är var er ist lautet sind war est sont es son zijn = blir bliver wird "
    "será sera tulee luidt"
)
# set or changed to a value: "ändras till 6269", "fixé ... à 7528", "auf 3781 gesetzt"
_SET_VERBS = _w(
    "set changed ändras ändrats ändrat satt endres endret ændres ændret sat gesetzt geändert "
    "fixé défini modifié establecido cambiado cambia ingesteld gewijzigd asetettiin asetettu "
    "vaihdettiin muutettiin muutetaan"
)
_COPULAS |= _SET_VERBS
# words that talk about a secret without giving one, in the value's own sentence
_TALKING = _w(
    "never don't don’t not nobody anyone forgot forget forgotten ei älä koskaan aldrig aldri "
    "inte ikke ingen glemt glömt nie niemals nicht vergessen jamais ne pas oublié nunca no "
    "olvidado nooit niet vergeten unohtui unohtuiko unohtunut unohditko unohdat"
)
# change notices: "Salasana vaihdettu", "Lösenord bytt", "Password changed"
_CHANGED = ("chang", "updat", "reset", "expir", "vaihd", "muutet", "nollat", "vanhen", "bytt",
            "ändr", "återst", "endr", "tilbakest", "ændr", "nulst", "skift", "geänder",
            "zurückges", "abgelauf", "modifi", "réinit", "cambi", "restablec", "caduc", "gewijzig",
            "verlop", "wijzig", "forgot", "unohd", "glömt", "glemt", "vergess", "oubli", "olvid",
            "vergeten")
# delivery notices: the value is sent some other way ("sent by post to", "envoyé par courrier")
_DELIVERY = ("by post", "by mail", "in a separate", "separately", "sent to", "posted to",
             "postitse", "erikseen", "per post", "separat", "med posten", "brevledes", "postalisch",
             "getrennt", "gesondert", "par courrier", "par la poste", "séparément", "por correo",
             "por separado", "correo postal", "per brief", "afzonderlijk")
_CODE_WORDS = _w(
    "code codes koodi koodin koodia koodisi kod koden kode koder código códigos codigo")
# what may stand before a bare "code" that stays a secret one ("your code", "den här koden")
_DETERMINERS = _w(
    "the this that a an your my new temporary personal secret one-time den det dem des ein einen "
    "eine einem diesen dieser dieses diese ihr ihre ihren ihrem dein deine deinen neuer neue "
    "neuen le la l' ce cet votre ton nouveau el este su tu nuevo de het deze dit uw je jouw "
    "nieuwe din ditt dit dine denna denne detta här nya nye ny nyt tämä tämän sinun uusi "
    "följande følgende seuraava folgende folgenden suivant siguiente volgende"
)
# prepositions after a keyword name what the secret is for, not the secret ("PUK for 77397086")
_PREPOSITIONS = _w(
    "for of to on at from för till på av til af für zu von auf bei pour de du des à sur para "
    "por en del al voor van op bij aan met varten kanssa"
)
# words for "this" or "the following" that announce a value on the next line
_THIS = _w(
    "following follow this these ceci ce dies diese dieses folgendes folgende dette denne detta "
    "följande følgende seuraava seuraavaa seuraavan tämä suivant suivante suivants siguiente "
    "esto este volgende dit deze"
)
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

_CANDIDATE_RE = re.compile(
    r"(?<![\w+/.,:#@€$£-])(?<!\d[ \xa0])"
    r"(\d{2,4}(?:[ \xa0-]\d{2,4}){1,2}(?![\w/-]|[.,]\d)"
    r"|[A-Za-z0-9]{2,6}(?:-[A-Za-z0-9]{2,6}){1,4}(?![\w/-])"
    r"|(?=[^\s]*\d)[A-Za-z0-9*#!&%$?+=_.@-]{3,40}[A-Za-z0-9*#!&%$?+=])"
    r"(?![\w/-]|[.,:]\d|[ \xa0-]\d)"
)
# letters-only codes have no digit for `_candidates` to start at: two groups of three capitals
_CAPS_PAIR_RE = re.compile(r"(?<![\w/.-])([A-Z]{3}-[A-Z]{3})(?![\w/-]|[.,:]\w)")
# a passphrase: three to six lower-case words of four letters or more joined by dots or dashes,
# perhaps a number last ("talviaamu.ukkonen.tähtitaivas", "havsörn-fjällstuga-sommarregn-49");
# no host name (its last label is short) and no address (no "@" or "/" next to it)
_PASSPHRASE_RE = re.compile(
    r"(?<![\w/.@-])((?:[^\W\d_A-Z]{4,20}[.-]){2,5}[^\W\d_A-Z]{4,20}(?:[.-]\d{1,4})?)"
    r"(?![\w/@-]|[.-]\w)"
)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_DATEISH_RE = re.compile(r"\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?|\d{1,2}[:.]\d{2}")
_WORD_RE = re.compile(r"[^\W\d_]+")
_VOWELS = frozenset("aeiouyåäöæøéèáíóúAEIOUYÅÄÖÆØÉÈÁÍÓÚ")
_MASK = frozenset("*•·xX#")
_PUNCT = ".,;:!?\"'«»“”‘’()[]*"
_DIGITS_RE = re.compile(r"\d+")
_OPENERS = frozenset("\"'«“‘„([<*")
_LINE_END_WORD_RE = re.compile(r"(?<![\w-])([^\W\d_][\w-]{2,31})[ \xa0]*[.!]?[ \xa0]*(?:\n|$)")


def _shape(v: str) -> tuple[int, str] | None:
    """(score, kind) of a candidate's shape, or None when it is no issued value."""
    digits = sum(c.isdigit() for c in v)
    letters = sum(c.isalpha() for c in v)
    if _PASSPHRASE_RE.fullmatch(v) and v.islower():
        return 2, "password"  # words joined by dots or dashes: weak alone, as a compound is
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
                # letters only: random capitals ("JXL-ETJ"), never a word or an acronym pair
                if len(parts) == 2 and all(len(p) == 3 for p in parts) and not any(
                        c in _VOWELS for c in v.replace("Y", "")) :
                    return 1, "otp"
                return None
            if (len(parts) < 3 or digits < 2) and any(
                    len(w) >= 4 and sum(c in _VOWELS for c in w) >= 2 for w in _WORD_RE.findall(v)):
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


def _norm(word: str) -> str:
    return word.strip(_PUNCT).lower()


def _is_entry(word: str) -> bool:
    w = _norm(word)
    return w in _ENTRY_WORDS or w.startswith(_ENTRY_PREFIXES)


def _is_other_label(word: str) -> bool:
    w = _norm(word)
    if "-" in w and w.rpartition("-")[2] in _SECRET_TAILS:
        return False  # "Telefon-PIN", "SMS-koodi": the last part names the secret
    return bool(w) and (w in _OTHER_WORDS or w.endswith(_OTHER_SUFFIXES)
                        or w.startswith(_OTHER_PREFIXES))


_SECRET_TAILS = _w("pin puk tan otp code kode koden koodi kod koder codes passwort password "
                   "passord passordet kennwort salasana lösenord lösenordet")


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


class _Text:
    """One text, lowercased once, with the stem hits of every family found in one pass."""

    def __init__(self, text: str, low: str | None = None,
                 anchor_hits: Sequence[tuple[int, str]] | None = None) -> None:
        self.text = text
        self.low = low if low is not None else _lower_same_length(text)
        hits: dict[str, list[tuple[int, int]]] = {f: [] for f in _FAMILIES}
        low, n = self.low, len(self.low)
        for pos, anchor in (anchor_hits if anchor_hits is not None else _FINDER.find(low)):
            end = pos + len(anchor)
            for fam, at_start, at_end in _ANCHORS[anchor]:
                if at_start and pos and low[pos - 1].isalpha():
                    continue
                if at_end and end < n and low[end].isalpha():
                    continue
                hits[fam].append((pos, end))
        for v in hits.values():
            v.sort()
        self.hits = hits
        self._starts = {f: [p for p, _ in v] for f, v in hits.items()}
        self._keyword_ok: dict[int, bool] = {}

    def in_range(self, fam: str, lo: int, hi: int) -> list[tuple[int, int]]:
        starts = self._starts[fam]
        i = bisect.bisect_left(starts, lo)
        j = bisect.bisect_left(starts, hi)
        return self.hits[fam][i:j]

    def any(self, fam: str, lo: int, hi: int) -> bool:
        starts = self._starts[fam]
        i = bisect.bisect_left(starts, lo)
        return i < len(starts) and starts[i] < hi

    def keyword(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The last word in ``text[lo:hi]`` naming a secret that no qualifier makes another
        kind of code, as the (start, end) of its stem."""
        for h in reversed(self.in_range("secret", lo, hi)):
            ok = self._keyword_ok.get(h[0])
            if ok is None:
                ok = self._keyword_ok[h[0]] = self._is_keyword(*h)
            if ok:
                return h
        return None

    def _is_keyword(self, s: int, e: int) -> bool:
        low = self.low
        ws = s
        while ws > 0 and s - ws < 40 and (low[ws - 1].isalnum() or low[ws - 1] == "-"):
            ws -= 1
        we = e
        while we < len(low) and we - e < 40 and (low[we].isalnum() or low[we] == "-"):
            we += 1
        word = low[ws:we]
        if other_code_compound(word):
            return False
        before = low[max(0, ws - 24):ws]
        # the words before it on its own line or cell (a label's line starts its phrase)
        cut = max(before.rfind("\n"), before.rfind("\t"), before.rfind("\v"))
        prev = before[cut + 1:].split()
        pw = prev[-1].strip(_PUNCT) if prev else ""
        if pw in _OTHER_QUALIFIERS:
            return False
        # the bare word "code": after a determiner, a secret or access word, or at the start of
        # its clause; a noun before makes it another code ("School code", "Sort code")
        if (word in _CODE_WORDS and pw and pw not in _DETERMINERS
                and prev[-1][-1:] not in ":.!?"
                and not self.any("secret", ws - len(prev[-1]) - 1, ws)
                and not self.any("access", ws - len(prev[-1]) - 1, ws)):
            return False
        return not (word.startswith(("key", "tan")) and len(word) > 5
                    and not word.startswith("keys"))


def _line_bounds(text: str, s: int) -> tuple[int, int]:
    ls = text.rfind("\n", max(0, s - 400), s) + 1
    le = text.find("\n", s, s + 400)
    return ls, (le if le >= 0 else min(len(text), s + 400))


def _cell_start(text: str, ls: int, s: int) -> int:
    """Where the value's cell starts: after the last tab before it on its line."""
    return max(ls, text.rfind("\t", ls, s) + 1, text.rfind("\v", ls, s) + 1)


def _previous_line(text: str, ls: int) -> tuple[int, int]:
    """The (start, end) of the last non-empty line before the line that starts at ``ls``
    (empty when there is none within six lines)."""
    pos, blanks = ls - 1, 0
    while pos > 0:
        start = text.rfind("\n", max(0, pos - 400), pos) + 1
        if text[start:pos].strip(" \t\v\xa0"):
            return start, pos
        blanks += 1
        if start == 0 or blanks > 6:
            break
        pos = start - 1
    return ls, ls


def _wrapped_start(text: str, ls: int) -> int:
    """Where the sentence that goes on at line start ``ls`` began, when the lines above are the
    same sentence wrapped (each ends in a letter or a comma, none is blank); at most three."""
    start = ls
    first = text[ls:ls + 1]
    if not (first.isalpha() and first.islower()):
        return ls  # a line that starts a sentence or a label ("KID: ...") is no continuation
    for _ in range(3):
        if start < 2 or text[start - 1] != "\n":
            break
        prev_end = start - 1
        c = text[prev_end - 1]
        if not (c.isalpha() and c.islower() or c == ","):
            break
        prev_start = text.rfind("\n", max(0, prev_end - 200), prev_end) + 1
        if "\t" in text[prev_start:prev_end] or not text[prev_start:prev_end].strip():
            break
        start = prev_start
    return start


def _label_of(text: str, ls: int, cs: int) -> tuple[int, int]:
    """The label of a value alone in the cell that starts at ``cs`` on the line that starts at
    ``ls``: the cells before it on its line, or, when those are blank (an indented block), the
    last non-empty line above."""
    if cs > ls and text[ls:cs].strip(" \t\v\xa0"):
        return ls, cs
    return _previous_line(text, ls)


def _sentence_start(text: str, lo: int, s: int) -> int:
    """Where the value's sentence starts (after the last ". ", "! ", "? ", blank line or cell)."""
    cut = lo
    for sep in (". ", "! ", "? ", ".\n", "!\n", "?\n", "\t", "\v"):
        i = text.rfind(sep, lo, s)
        if i >= 0:
            cut = max(cut, i + len(sep))
    i = text.rfind("\n\n", lo, s)
    return max(cut, i + 2) if i >= 0 else cut


def _alone(text: str, cs: int, s: int, e: int, le: int) -> bool:
    """The value is alone in its cell or line."""
    return not text[cs:s].strip(" \t\v\xa0") and not text[e:le].strip(" \t\v\xa0.,;!")


def _announces(t: _Text, lo: int, hi: int) -> bool:
    """A line that announces the value below it: it ends in a colon after an instruction, a
    keyword or a word for "this"/"the following" ("Paste this into the app, then Activate:",
    "logga in med ... och följande:"), or it ends in an entry verb ("... och slå")."""
    label = t.text[lo:hi].strip(" \t\v\xa0")
    words = label.split()
    if not words:
        return False
    if label.endswith(":"):
        return (any(_is_entry(w) or _norm(w) in _THIS for w in words)
                or t.keyword(lo, hi) is not None)
    return _is_entry(words[-1])


def _score(t: _Text, s: int, e: int, base: int) -> tuple[int, str]:
    """The evidence for the candidate at ``text[s:e]`` beyond its shape, and the rule named."""
    text = t.text
    ls, le = _line_bounds(text, s)
    cs = _cell_start(text, ls, s)
    # a sentence wrapped over lines reads on from the lines above it ("og tast dette\nnummer,
    # når du bliver bedt om det: 563829")
    sent_lo = _wrapped_start(text, ls) if cs == ls else cs
    lead = text[max(sent_lo, s - 160):s]
    words_before = lead.split()[-8:]
    if words_before and all(c in _MASK for c in words_before[-1]):
        return -9, "masked"  # the visible end of a masked number: "card •••• 4908"
    nb = [_norm(w) for w in words_before]  # normalised once: every check below is a set lookup
    if _PHONE_VERBS.intersection(nb[-4:]):
        return -9, "phone"
    if nb and (nb[-1] in _LAST_WORDS or len(nb) > 1 and nb[-2] in _LAST_WORDS
               and nb[-1] in ("in", "on", "på", "with", "mit", "par", "en", "op", "met")):
        return -9, "ending"  # the end of a card or account number: "card ending 5896"
    ss = _sentence_start(text, max(sent_lo, s - 200), s)
    sentence_words = text[ss:s].split()
    ns = {_norm(w) for w in sentence_words}
    score, rule = base, "shape"
    alone = _alone(text, cs, s, e, le)
    # the label of a value alone in its cell: the cell before it, or the line above
    lab = _label_of(text, ls, cs) if alone else (s, s)
    label = text[lab[0]:lab[1]].strip(" \t\v\xa0")
    label_words = label.split()
    # construction: an entry verb right before ("type in 8960", "tast derefter 1882")
    entry = False
    free = 0
    for w in reversed(nb[-5:]):
        if w in _ENTRY_WORDS or w.startswith(_ENTRY_PREFIXES):
            entry = True
            break
        if w not in _ENTRY_GAP and w:
            # up to two words of where or to whom ("Kerro kuljettajalle 1312", "geben Sie im
            # Browser 641461 ein"), never another number's label
            free += 1
            if free > 2 or not w.isalpha() or _is_other_label(w) or w in _PLACE_WORDS:
                break
    # an entry verb a few words before a word for number: "enter this number: 580312"
    colon = lead.rstrip().endswith(":")
    entry_number = colon and any(w in _ENTRY_WORDS or w.startswith(_ENTRY_PREFIXES) for w in nb)
    # a label that ends in an entry verb and names another number ("Référence à indiquer")
    # announces that number, not a secret
    label_other = any(_is_other_label(w) for w in label_words)
    announced = bool(label) and _announces(t, *lab) and (label.endswith(":") or not label_other)
    # against: another number's label right before
    if not entry and not entry_number and any(_is_other_label(w) for w in nb[-2:]):
        return -9, "other-label"
    if (label_other and not sentence_words and not announced
            and t.keyword(*lab) is None and not t.any("access", *lab)):
        return -9, "other-label"
    # a numbered place right before: "Locker 9318", "Casier attribué 6642", "Fack | 0386"
    place = [w for w in (nb[-2:] if sentence_words else
                         [_norm(w) for w in label_words[-2:]] if alone else []) if w]
    if not entry and place and (
            place[-1] in _PLACE_WORDS or len(place) == 2 and place[0] in _PLACE_WORDS
            and place[1] not in _OPEN_GAP and not t.keyword(max(ls, s - 40), s)):
        return -9, "place-number"
    if entry:
        score += 3
        rule = "entry-verb"
    kw = t.keyword(ss, s) if rule == "shape" else None
    if kw is None and rule == "shape":
        kw = _digits_noun(t, ss, s)
    if kw is not None and not _TALKING & ns:
        seg_low = t.low[ss:s]
        between = text[kw[1]:s].split()[1:] if text[kw[1]:kw[1] + 1].isalpha() else \
            text[kw[1]:s].split()
        # a keyword gives the value through a copula or a colon, or right before it; a copula
        # before the keyword gives it too in a V2 clause ("Außerdem ist Ihre PIN ... 7796.")
        giving = (not any(p in seg_low for p in _DELIVERY)
                  and not any(_is_other_label(w) for w in between[:2])
                  and (colon or (len(between) <= 2 and not _PREPOSITIONS & {
                      _norm(w) for w in between})
                       or bool(_COPULAS & ns)
                       # "... auf 3781 gesetzt", "... en 6909 establecido"
                       or bool(_SET_VERBS.intersection(_norm(w) for w in text[e:le].split()[:2]))))
        if giving:
            score += 3
            rule = "keyword-in-sentence"
            # the value ends its sentence or clause: "... im Self-Service 7796."
            if not text[e:le].strip(" \t\v\xa0.,;!)") or text[e:e + 1] in ".,;":
                score += 1
    if rule == "shape" and colon and any(w in _ENTRY_WORDS or w.startswith(_ENTRY_PREFIXES)
                                         for w in ns):
        score += 3  # "enter this number: 578501", "composez le numéro suivant : 697537"
        rule = "entry-colon"
    elif rule == "shape" and t.any("access", ss, s):
        score += 2
        rule = "access-in-sentence"
        if colon or any(_norm(w) in _COPULAS for w in sentence_words[-6:]):
            score += 1
    if rule == "shape":
        opened = _opens(t, s, e, nb, lab if alone else None)
        if opened:
            score += 3
            rule = opened
    # a short clause right after the sentence that named the secret: "La voici : 6690-1553",
    # "Son estos: P64-US6", "Sie ist 017 766."
    if (rule == "shape" and (colon or _COPULAS & ns) and len(sentence_words) <= 4 and ss > 0
            and ns - {""} <= _DEICTIC):
        ps = _sentence_start(text, max(0, ss - 260), max(0, ss - 2))
        if t.keyword(ps, ss) is not None or _digits_noun(t, ps, ss) is not None:
            score += 3
            rule = "named-before"
    if rule == "shape" and base >= 2 and _set_now(nb) and (
            t.any("password", max(0, s - 1500), s + 1500)
            or t.any("secret", max(0, s - 1500), s + 1500)):
        # "it's now eqN4bk2P", "nu är det k2Zzc6WJ", "den er satt til nfS2PL_76j" in a letter
        # about a password
        score += 3
        rule = "set-now"
    if rule == "shape" and alone and label:
        # a label above or beside the value
        if announced:
            score += 3
            rule = "announced-below"
        elif len(label_words) <= 8 and label[-1:] not in ".!?":
            if t.keyword(*lab) is not None:
                score += 3
                rule = "label"
            elif t.any("access", *lab):
                score += 3
                rule = "access-label"
    if rule == "shape" and alone and cs == ls and _pointed(t, ls):
        # a phrase a few lines above that points down at it ("is printed below", "herunder")
        score += 3
        rule = "pointer"
    return score, rule


# words before "digits" that make them another number's ("the last four digits of your card")
_LAST_WORDS = _w(
    "last final ending sista slutar siste slutter sidste ender viimeiset viimeistä letzten "
    "letzte endet derniers dernières últimos últimas termina laatste eindigt"
)
# the words of "it is now", "set to", "it has been set to" in any order, any language
_NOW_WORDS = _w(
    "now nu nå jetzt nun désormais maintenant ahora nyt voortaan fortan"
)
_SET_NOW_FILLER = _w(
    "it it's its is has been set to den det der se es il est ist er är on is har satt sat till "
    "til zu auf à a en op naar op nu gesetzt réglé estado puesto ingesteld nyt it’s c'est c’est "
    "het zijn ha sido fijado"
)


# the words of a short clause that hands over what the sentence before named: "Here it is:",
# "La voici :", "Son estos:", "Het zijn deze:", "Sie ist", "Tässä se on:"
_DEICTIC = _COPULAS | _w(
    "here it they these this those them voici voilà la le les estos estas esto éstos aquí "
    "het deze dit hier sie es das dies diese här den det de dessa dette disse her tässä se ne "
    "ne ovat ce c'est c’est eccola ist sind est sont son es is are er är zijn it's it’s : -"
)


def _digits_noun(t: _Text, lo: int, hi: int) -> tuple[int, int] | None:
    """The last noun for the digits or characters handed over in ``text[lo:hi]``, unless
    "last"/"ending" stands right before it (the end of a card or account number)."""
    hits = t.in_range("digits", lo, hi)
    if not hits:
        return None
    hs, he = hits[-1]
    before = t.low[max(lo, hs - 30):hs].split()[-3:]
    if any(w.strip(_PUNCT) in _LAST_WORDS for w in before):
        return None
    return hs, he


def _opens(t: _Text, s: int, e: int, nb: list[str],
           lab: tuple[int, int] | None) -> str | None:
    """The value opens or unlocks something: it is the subject of an opening verb ("9937
    öppnar det nya låset"), follows one with at most a preposition or a colon ("Öppnas med
    939935", "Para abrirla 668293", "låser det op: 89579457"), or is alone beside or below a
    label that holds one ("Open with | 474875")."""
    text = t.text
    after = t.in_range("open", e, e + 12)
    if after and not text[e:after[0][0]].strip(" \xa0"):
        return "opens"
    before = t.in_range("open", max(0, s - 60), s)
    if before:
        hs, he = before[-1]
        gap = text[he:s]
        word_end = he
        while word_end < s and (text[word_end].isalpha() or text[word_end] == "-"):
            word_end += 1
        rest = [_norm(w) for w in text[word_end:s].split()]
        if "\n" not in gap and len(rest) <= 4 and all(
                w in _OPEN_GAP or not w for w in rest):
            return "open-verb"
    if lab is not None and lab[1] > lab[0] and t.any("open", *lab) and \
            len(text[lab[0]:lab[1]].split()) <= 6:
        return "open-label"
    return None


# what may stand between an opening verb and its value: a preposition, the object, a colon
_OPEN_GAP = _w(
    "with by using med mit avec con met luvulla koodilla numerolla it them det dem den op opp "
    "upp de la le el lo het : - – the a code koden koodi kod kode código codigo you du ni sie "
    "vous u je jij te tú sinä"
)


def _set_now(nb: list[str]) -> bool:
    """The words right before the value say "it is now" or "set to": "it's now", "nu är det",
    "nyt se on", "den er satt til", "es lautet jetzt"."""
    tail = nb[-5:]
    i = len(tail)
    while i > 0 and tail[i - 1] in _SET_NOW_FILLER or i > 0 and tail[i - 1] in _NOW_WORDS:
        i -= 1
    used = tail[i:]
    return len(used) >= 2 and (any(w in _NOW_WORDS for w in used) or "satt" in used
                               or "set" in used)


def _pointed(t: _Text, ls: int) -> bool:
    """A prose sentence within the few lines above names a secret and points down at it."""
    lo = max(0, ls - 500)
    hits = t.in_range("pointer", lo, ls)
    if not hits:
        return False
    ps, pe = hits[-1]
    # the secret is named in the pointer's sentence or the one before it ("Den står herunder")
    para = t.text.rfind("\n\n", lo, ps)
    if t.keyword(max(para + 1, ps - 220), min(ls, pe + 40)) is None:
        return False
    # no other value line between the pointer and the candidate
    return sum(1 for line in t.text[pe:ls].split("\n") if line.strip()) <= 3


def talks_about(text: str, kw_start: int) -> bool:
    """The keyword's clause, before the keyword, holds a negation or a word of forgetting: the
    sentence talks about the secret ("Sinun ei tarvitse keksiä uutta salasanaa", "never share
    your password", "if you forget your PIN") rather than giving it."""
    lo = max(0, kw_start - 120)
    ss = _sentence_start(text, lo, kw_start)
    ss = max(ss, text.rfind(",", ss, kw_start) + 1, text.rfind(";", ss, kw_start) + 1)
    return any(_norm(w) in _TALKING for w in text[ss:kw_start].split())


def _letters_value(text: str, s: int, e: int) -> bool:
    v = text[s:e]
    return 4 <= len(v) <= 32 and v.replace("-", "").isalpha() and "-" not in v[:1] + v[-1:]


def _windows(t: _Text) -> list[tuple[int, int]]:
    """The stretches of text within reach of a piece of evidence (`_REACH`), merged."""
    spans = [(max(0, s - _REACH_BACK.get(fam, 0)), e + reach) for fam, reach in _REACH.items()
             for s, e in t.hits[fam]
             # a pointer counts only with a secret named around it (`_pointed`): "the items
             # below" opens no window over an order's lines
             if fam != "pointer" or t.keyword(max(0, s - 220), e + 40) is not None]
    spans += _colon_windows(t.text)
    spans.sort()
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _colon_windows(text: str) -> list[tuple[int, int]]:
    """A line that ends in a colon may announce the value below it ("Use this to sign in:"):
    the span from the colon to the end of the next non-blank line, when that line is one token."""
    spans: list[tuple[int, int]] = []
    i = text.find(":\n")
    while i >= 0:
        j = i + 2
        while j < len(text) and text[j] in " \t\v\xa0\n" and j - i < 120:
            j += 1
        k = text.find("\n", j, j + 120)
        k = k if k >= 0 else min(len(text), j + 120)
        if len(text[j:k].split()) == 1:  # only a value alone on its line can be announced
            spans.append((i, k))
        i = text.find(":\n", i + 2)
    return spans


def _candidates(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The matches of `_CANDIDATE_RE` that start in ``text[lo:hi]``, tried only at the start of
    a token that holds a digit (a C-level search for digit runs finds those)."""
    done = -1
    n = len(text)
    for d in _DIGITS_RE.finditer(text, lo, hi):
        if d.start() < done:
            continue
        p = d.start()
        lo = max(0, p - 40)
        while p > lo and not text[p - 1].isspace():
            p -= 1
        while p < d.start() and text[p] in _OPENERS:
            p += 1
        m = _CANDIDATE_RE.match(text, p)
        if m is None and p < d.start():
            m = _CANDIDATE_RE.match(text, d.start())  # "(ref 4410)": the digits alone
        if m is not None:
            done = m.end()
            yield m
        else:
            e = d.end()
            while e < n and e - d.end() < 40 and not text[e].isspace():
                e += 1
            done = e


def _word_passwords(t: _Text, taken: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """Letters-only passwords in the three constructions of the module docstring. Each needs a
    password or Wi-Fi word shortly before, so only the windows after such a word are read."""
    done = 0
    for hs, he in sorted(t.hits["password"] + t.hits["wifi"]):
        lo = max(done, hs)
        hi = min(len(t.text), he + 450)
        done = hi
        if lo < hi:
            yield from _word_passwords_in(t, lo, hi, taken)


def _line_end_words(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The last word of each line that ends in ``text[lo:hi]``."""
    pos = lo
    while pos < hi:
        nl = text.find("\n", pos, hi)
        end = nl if nl >= 0 else hi
        if nl < 0 and hi < len(text):
            return  # the line goes on past the window
        start = max(pos, end - 40)
        m = _LINE_END_WORD_RE.search(text, start, end + 1 if nl >= 0 else end)
        if m is not None:
            yield m
        pos = end + 1


def _word_passwords_in(t: _Text, lo: int, hi: int,
                       taken: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    text = t.text
    for m in _line_end_words(text, lo, hi):
        s, e = m.span(1)
        if any(a < e and s < b for a, b in taken) or not _letters_value(text, s, e):
            continue
        ls, le = _line_bounds(text, s)
        cs = _cell_start(text, ls, s)
        lead = text[cs:s]
        if _NOW_RE.search(lead):
            # "It's now silverfern" after a sentence about a password (or its subject line)
            if t.any("password", max(0, s - 300), cs):
                yield s, e, "word:it-is-now"
            continue
        if lead.rstrip().endswith(":") and any(_is_entry(w) for w in lead.split()) \
                and _EXACTLY_RE.search(lead):
            if t.any("wifi", max(0, ls - 200), s) or t.any("password", max(0, ls - 200), s):
                yield s, e, "word:type-exactly"
            continue
        if not lead.strip(" \t\v\xa0") and "-" not in text[s:e]:
            lab = _label_of(text, ls, cs)
            label = text[lab[0]:lab[1]].strip(" \t\v\xa0")
            low = label.lower()
            words = label.split()
            wifi_only = bool(words) and all(t.any("wifi", *lab) and _norm(w) in (
                "wi-fi", "wifi", "wlan") for w in words)
            if (label and len(words) <= 4 and label[-1:] not in ".!?,;"
                    and "://" not in low and not low.startswith("www.")  # a link, no label
                    and (t.any("password", *lab) or wifi_only)
                    and not any(_norm(w) in _TALKING for w in words)
                    and not any(c in low for c in _CHANGED)):
                yield s, e, "word:label"


def scored_matches(text: str, taken: Sequence[tuple[int, int]] = (), *, low: str | None = None,
                   hits: Sequence[tuple[int, str]] | None = None) -> Iterator[
        tuple[int, int, str, str]]:
    """(start, end, kind, rule) of every candidate whose score reaches `THRESHOLD`, skipping the
    spans in ``taken`` (values other rules already found). ``low`` (the text lowercased, same
    length) and ``hits`` (the ``(position, anchor)`` pairs of `SCORER_ANCHORS` in it) may be
    passed by a caller that has them already."""
    if hits is not None and not hits and not _colon_windows(text):
        return  # no evidence anywhere: nothing can reach the threshold
    found: list[tuple[int, int]] = list(taken)
    t = _Text(text, low, hits)
    # every feature that can lift a candidate over the threshold is a word of one of the
    # families, so only candidates within reach of a hit are read
    windows = _windows(t)
    back = [(max(0, hs - _SET_NOW_BACK), hs, True) for hs, _ in t.hits["password"]]
    for lo, hi, set_now_only in [(lo, hi, False) for lo, hi in windows] + back:
        for m in itertools.chain(_candidates(text, lo, hi), _CAPS_PAIR_RE.finditer(text, lo, hi),
                                 _PASSPHRASE_RE.finditer(text, lo, hi)):
            s, e = m.span(1)
            while e > s and text[e - 1] in ".?":
                e -= 1
            if any(a < e and s < b for a, b in found):
                continue
            if set_now_only and (any(a <= s < b for a, b in windows) or not _set_now(
                    [_norm(w) for w in text[max(0, s - 60):s].split()[-5:]])):
                continue  # read in its own window already, or no "it's now" before it
            shape = _shape(text[s:e])
            if shape is None:
                continue
            base, kind = shape
            score, rule = _score(t, s, e, base)
            if score >= THRESHOLD:
                found.append((s, e))
                yield s, e, kind, "scorer:" + rule
    for s, e, rule in _word_passwords(t, found):
        yield s, e, "password", "scorer:" + rule


# words for a message's subject line: "the characters in the subject line", "tallene i
# emnefeltet", "viestin otsikossa", "la cifra en el asunto", "de cijfers uit de onderwerpregel"
_SUBJECT_STEMS = ("subject", "emnefelt", "emnelinje", "ämnesrad", "ämnesfält", "ämnet ",
                  "otsiko", "aiherivi", "aihekenttä", "betreff", "en objet", "l'objet", "l’objet",
                  "asunto", "onderwerp")


def subject_pointed(body: str) -> bool:
    """A sentence of ``body`` points at a value in the subject line: it names the subject line
    and, in the same sentence, the digits or characters, a secret, an instruction to type or
    use them, or what they open ("The characters in the subject line finish the sign-in",
    "Kombinationen står i emnelinjen")."""
    if not body:
        return False
    low = _lower_same_length(body)
    for stem in _SUBJECT_STEMS:
        i = low.find(stem)
        while i >= 0:
            lo = _sentence_start(body, max(0, i - 160), i)
            hi = min(len(body), i + 160)
            for sep in (". ", "! ", "? ", ".\n", "\n\n", "<"):
                j = body.find(sep, i, hi)
                if j >= 0:
                    hi = j
            t = _Text(body[lo:hi])
            if any(t.hits[f] for f in ("digits", "secret", "entry", "open", "access")) or any(
                    w in _SUBJECT_USE for w in (_norm(x) for x in body[lo:hi].split())):
                return True
            i = low.find(stem, i + 1)
    return False


# verbs of using a value, for a sentence about the subject line ("gebruik de cijfers uit de
# onderwerpregel", "utilisez le code indiqué en objet")
_SUBJECT_USE = _w(
    "use using gebruik använd bruk brug käytä verwenden utilisez utilise usa utiliza escribe"
)


def subject_matches(subject: str) -> Iterator[tuple[int, int, str, str]]:
    """The values of a subject line that the body points at (`subject_pointed`): each candidate
    token with the shape of an issued value that no other number's label stands before."""
    for m in itertools.chain(_candidates(subject, 0, len(subject)),
                             _CAPS_PAIR_RE.finditer(subject)):
        s, e = m.span(1)
        while e > s and subject[e - 1] in ".?":
            e -= 1
        shape = _shape(subject[s:e])
        if shape is None:
            continue
        before = [_norm(w) for w in subject[max(0, s - 40):s].split()[-2:]]
        if any(_is_other_label(w) for w in before):
            continue
        yield s, e, shape[1], "scorer:subject-pointer"


class ScoredSecrets:
    """The scorer as a detector: PINs, one-time codes and passwords that no construction rule of
    `misdirect.content.secrets.KeywordSecrets` reads, found by the evidence around each
    candidate token (see the module docstring). In the default list after `KeywordSecrets`;
    a value both find is reported once (`scan` merges overlapping matches, the first wins)."""

    id = "scored_secrets"
    kinds = frozenset(("pin", "otp", "password"))

    def find(self, text: str, field: str) -> Iterator[Match]:
        if not text:
            return
        shared = _SHARED[0]
        if shared[0] is text:
            # `KeywordSecrets` has just read this very text: take its lowercase copy, its hits of
            # the stems (one pass over the text for both) and the values it found
            _, low, hits, taken = shared
            matches = scored_matches(text, taken, low=low, hits=hits)
        else:
            matches = scored_matches(text)
        for s, e, kind, rule in matches:
            yield Match(s, e, kind, self.id, rule)


# (text, low, hits, found) of the last text `KeywordSecrets.find` read; one slot, replaced whole
# (a thread that finds another text there reads its own text again)
_SHARED: list[tuple[str | None, str, list[tuple[int, str]], list[tuple[int, int]]]] = [
    (None, "", [], [])]


def share_reading(text: str, low: str, hits: list[tuple[int, str]],
                  found: list[tuple[int, int]]) -> None:
    """Called by `KeywordSecrets.find` when it has read ``text``: its lowercase copy, the hits of
    `SCORER_ANCHORS` in it and the spans of the values found, for `ScoredSecrets` to reuse."""
    _SHARED[0] = (text, low, hits, list(found))
