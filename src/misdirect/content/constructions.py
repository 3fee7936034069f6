"""Codes that no keyword names: read from the construction that hands them over.

`misdirect.content.secrets` anchors on keywords ("PIN", "salasana", "Code"). Many letters hand
over a code without one: "Open the locker with 590611", "Die Haustür öffnet sich mit" and the code
on the next line, "key in the activation number 7578", "type the following digits into the app:"
and the code alone below, "you will find the code at the end of this message" and the code as
the last line. This module goes the other way round: it reads every token shaped like an issued
code (four to ten digits, digits in two or three groups, capitals and digits in dashed groups)
and asks what stands right before it:

* an **instrument construction**: a verb of opening and the preposition or case that names the
  means ("opens with", "avaa ... koodilla", "öppnar du med", "s'ouvre en tapant", "se abre
  marcando"), on the same line or ending the line above;
* an **activation number** named right before ("aktiveringsnumret 7520", "numéro d'activation");
* a line that **ends in a colon after an instruction or a word for digits** ("type the following
  digits into the app:", "syötä seuraava numerosarja:"), with the code alone on the next line;
* a sentence that **points at the end of the message** ("at the end of this message", "längst ner
  i det här meddelandet", "onderaan dit bericht"), with the code alone on the last line.

Anything else, however code-shaped, is left alone: order, customer and tracking numbers stand
after their own labels, dates and phone numbers are rejected by shape. Every check looks at a
bounded window before the candidate, so the cost stays linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["HINTS", "construction_matches"]

# a candidate: digits, digit groups, or dashed groups of capitals and digits; not inside a word,
# a date, a decimal number or a phone number written with "+"
_CANDIDATE = (
    r"(?<![\w+/.,:#-])"
    r"(\d{4,10}|\d{2,4}(?:[ \xa0-]\d{2,4}){1,2}|[A-Z0-9]{3,5}(?:-[A-Z0-9]{3,5}){1,3})"
    r"(?![\w/-]|[.,:]\d)"
)
_CANDIDATE_RE = re.compile(_CANDIDATE)
# the same candidates, only those that start their line (after blanks): where no instrument or
# activation construction can fire, only they can be handed over (announced below, at the end)
_LINE_CANDIDATE_RE = re.compile(r"^[ \t\v\xa0]*" + _CANDIDATE, re.MULTILINE)
# the same after a newline: its literal first character lets the regex engine skip from newline to
# newline, where the multi-line "^" above is tried at every position (22 -> 15 us on a 2 KB letter)
_AFTER_NEWLINE_CANDIDATE_RE = re.compile(r"\n[ \t\v\xa0]*" + _CANDIDATE)


def _line_candidates(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_LINE_CANDIDATE_RE.finditer(text)`` (group 1 is the candidate), found
    faster: the first line's, then those after each newline (a match never spans a newline)."""
    first = _LINE_CANDIDATE_RE.match(text)
    if first is not None:
        yield first
    yield from _AFTER_NEWLINE_CANDIDATE_RE.finditer(text)
# a value "starts its line" when the 90 characters before it are blanks (see the loop below); a
# run of 90 blanks makes that true away from a line start, so such a text takes every candidate
# (looked for in a one-byte-per-character copy where every blank is a NUL: a literal search)
_BLANK_BYTES = bytes(0 if b in (0x20, 0x09, 0x0B, 0xA0) else 1 for b in range(256))
_LONG_BLANKS = bytes(90)
# a word inside a code: four letters or more with two vowels ("SAVE", "KESA"), where the
# letters of an issued code are random ("YLKW", "RWVU")
_WORD_IN_CODE_RE = re.compile(r"(?=[^\W\d_]*[AEIOUYÅÄÖÆØ][^\W\d_]*[AEIOUYÅÄÖÆØ])[^\W\d_]{4,}", re.IGNORECASE)
_DASHED_RE = re.compile(r"[A-Z0-9]{3,5}(?:-[A-Z0-9]{3,5}){1,3}")

# a verb of opening, then within a few words the means: "opens with", "avaa luukku koodilla",
# "Porten öppnar du med", "Das Fach öffnet sich mit", "s'ouvre en tapant", "gaat open met"
_INSTRUMENT_RE = re.compile(
    r"(?:\bopen\w*|\bunlock\w*|\bavaa\w*|\baukea\w*|\böppn\w*|\blås\w* upp|\båpne\w*|\båbn\w*|"
    r"\böffne\w*|\bentriegel\w*|\bouvr\w*|\bd[ée]verrouill\w*|\babr\w*|\bopen\w*|\bontgrendel\w*)"
    r"(?:[ \xa0]+[^\s.!?;]+){0,5}?[ \xa0]+"
    r"(?:with|using|by (?:entering|typing|keying in)|koodilla|näppäilemällä|syöttämällä|"
    r"med|mit|avec|en (?:tapant|saisissant|composant)|con|marcando|tecleando|met)"
    r"(?:[ \xa0]+(?:the|code|koden|den|der|le|el|de|het|code))?[ \xa0]*\n?[ \xa0]*$",
    re.IGNORECASE,
)
# the activation number of a card, named right before its value (kinds: a PIN-like number)
_ACTIVATION_RE = re.compile(
    r"(?:activation (?:number|pin)|aktivointinumero\w{0,4}|aktiveringsnum+er\w{0,3}|"
    r"aktivierungsnummer\w{0,2}|num[ée]ro d'activation|número de activación|"
    r"activerings?nummer|activatienummer)[ \xa0:]*$",
    re.IGNORECASE,
)
# a line that announces the code below it: an instruction or a word for digits, then a colon
_ANNOUNCE_RE = re.compile(
    r"(?:\b(?:enter|type|key in|syötä|kirjoita|näppäile|ange|skriv|knappa|tast|indtast|oppgi|"
    r"geben|gib|tippen|saisissez|saisis|entrez|tapez|introduce|introduzca|escribe|escriba|"
    r"teclea|ingresa|voer|typ|vul)\b|"
    r"\b(?:digits|numbers|numerosarja\w*|numero\w*|luvut|siffror\w*|sifrene|tall(?:ene)?|tal(?:lene)?|"
    r"cifre\w*|ziffern|zahlen|chiffres|números|cijfers)\b)[^\n]{0,80}:[ \xa0]*$",
    re.IGNORECASE,
)
# a sentence that points at the end of the message
_END_POINTER_RE = re.compile(
    r"end of (?:this|the) (?:message|e-?mail|letter)|bottom of (?:this|the) (?:message|e-?mail)|"
    r"viestin (?:lopus\w*|loppuun|alaosa\w*)|längst (?:ner|ned)|i slutet av (?:det här|detta) "
    r"(?:meddelande|mejl)|nederst i|nederst på|til sidst i|sidst i (?:denne|den her)|"
    r"am ende (?:dieser|der) (?:nachricht|e-?mail)|en bas de ce|à la fin de ce|"
    r"al final de (?:este|el) (?:mensaje|correo)|onderaan (?:dit|deze|het)|"
    r"aan het einde van (?:dit|deze)",
    re.IGNORECASE,
)


def _shape_ok(v: str) -> str | None:
    """The kind a code-shaped value is read as, or None when it is not shaped like an issued code."""
    digits = sum(c.isdigit() for c in v)
    if v.isdigit():
        if len(v) == 4 and v.startswith(("19", "20")):
            return None  # a year
        return "pin" if len(v) <= 5 else "otp"
    if any(c.isalpha() for c in v):
        if _WORD_IN_CODE_RE.search(v) or (digits < 2 and not _DASHED_RE.fullmatch(v)):
            return None  # capitals alone only in dashed groups: "AKF-DYR", not "HELLO"
        return "otp"
    if not 6 <= digits <= 10:
        return None
    if v[:1] in "0+" and digits >= 9:
        return None  # a phone number in groups
    return "otp"


def _alone_on_line(text: str, s: int, e: int) -> bool:
    ls = text.rfind("\n", max(0, s - 200), s) + 1
    le = text.find("\n", e, e + 200)
    return not text[ls:s].strip(" \t\v\xa0") and not text[e : le if le >= 0 else e + 200].strip(
        " \t\v\xa0.,;!"
    )


def _previous_line(text: str, ls: int) -> str:
    """The last non-empty line before the line that starts at ``ls``."""
    pos = ls - 1
    while pos > 0:
        start = text.rfind("\n", max(0, pos - 300), pos) + 1
        line = text[start:pos].strip(" \t\v\xa0")
        if line:
            return line
        if start == 0:
            return ""
        pos = start - 1
    return ""


# literal pieces of `_END_POINTER_RE`, checked before that regex runs over the whole text
_END_POINTER_HINTS = ("end of", "bottom of", "viestin", "längst", "i slutet", "nederst",
                      "sidst i", "am ende", "en bas de", "à la fin", "al final", "onderaan",
                      "aan het einde")
# literal pieces every match of `_INSTRUMENT_RE` and `_ACTIVATION_RE` holds (lowercase): a
# context without one of them is not searched with the regex (same answers, less work)
_INSTRUMENT_HINTS = ("open", "unlock", "avaa", "aukea", "öppn", "lås", "åpne", "åbn", "öffne",
                     "entriegel", "ouvr", "verrouill", "abr", "ontgrendel")
_ACTIVATION_HINTS = ("activ", "aktiv")
#: Each literal hint of a mid-line construction and the construction it belongs to. A caller that
#: already searches the lowercased text for literals (the keyword pass) finds these in the same
#: pass and hands `construction_matches` the constructions whose hints it saw.
HINTS: dict[str, str] = {**dict.fromkeys(_INSTRUMENT_HINTS, "instrument"),
                         **dict.fromkeys(_ACTIVATION_HINTS, "activation")}


def _has_any(low: str, hints: tuple[str, ...]) -> bool:
    return any(h in low for h in hints)


def construction_matches(text: str, *, present: frozenset[str] | set[str] | None = None
                         ) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, kind, rule) of every code handed over by a construction (module docstring).

    ``present``: the constructions of `HINTS` whose hints occur in ``text.lower()`` (any superset
    will do); found here when not given.
    """
    # What can fire at all in this text is decided once: a context holds a hint only when the
    # text does (the hints are lowercase letters that lowercase one character to one), so a letter
    # without "open"/"activ" reads only the values that start a line (an order letter has dozens
    # of code-shaped article numbers mid-line).
    if present is None:
        low_text = text.lower()
        instrument = _has_any(low_text, _INSTRUMENT_HINTS)
        activation = _has_any(low_text, _ACTIVATION_HINTS)
    else:
        instrument = "instrument" in present
        activation = "activation" in present
    announce = ":" in text
    last_line_value: tuple[int, int] | None = None
    tail = text.rstrip(" \t\v\xa0\n")
    tail_start = text.rfind("\n", max(0, len(tail) - 300), len(tail)) + 1
    every = (instrument or activation
             or _LONG_BLANKS in text.encode("latin-1", "replace").translate(_BLANK_BYTES))
    for m in (_CANDIDATE_RE.finditer(text) if every else _line_candidates(text)):
        s, e = m.span(1)
        ls = text.rfind("\n", max(0, s - 200), s) + 1
        lead = text[max(ls, s - 90) : s]
        starts_line = not lead.strip(" \t\v\xa0")
        if not starts_line and not (instrument or activation):
            continue  # only the instrument and activation constructions take a value mid-line
        v = m.group(1)
        kind = _shape_ok(v)
        if kind is None:
            continue
        context = (_previous_line(text, ls) + "\n") if starts_line else lead
        if instrument:
            low_context = context.lower()
            if _has_any(low_context, _INSTRUMENT_HINTS) and _INSTRUMENT_RE.search(context):
                yield s, e, kind, "construction:opens-with"
                continue
        if not starts_line:
            if (activation and _has_any(lead.lower(), _ACTIVATION_HINTS)
                    and _ACTIVATION_RE.search(lead) and v.isdigit()):
                yield s, e, "pin", "construction:activation-number"
            continue
        if not _alone_on_line(text, s, e):
            continue
        if announce and context.endswith(":\n") and _ANNOUNCE_RE.search(context):
            yield s, e, kind, "construction:announced-below"
            continue
        if ls == tail_start:
            last_line_value = (s, e)
    if last_line_value is not None:
        s, e = last_line_value
        low = text[:s].lower()
        if _has_any(low, _END_POINTER_HINTS) and _END_POINTER_RE.search(text, 0, s):
            yield s, e, "otp", "construction:end-of-message"
