"""The blind corpus: templates, seeded values, rendered and labelled messages.

A template is written by hand in a language module of a batch folder (``batch1/fi.py``...) as
``T(layout, tags, subject, body)``. Placeholders in the subject and body:

* ``{S:kind}`` a secret of that kind (pin, pin6, puk, pw, pwword, otp, otpg, answer, card, nid,
  since batch 3 akey: a licence or activation key in 4-5 groups, since batch 4 phrase: a passphrase
  of three words of the language joined by hyphens or dots); the labelled kind is the base
  kind (pin6 -> pin, pwword and phrase -> password, otpg and akey -> otp ...),
* ``{D:kind}`` a distractor that must survive redaction exactly as often as it appears
  (order, price, date, time, phone, postcode, tracking, ref, custno, invoice, masked, amount, iban;
  since batch 3 also roomno (4 digits), caseno (6 digits) and pnr (6 characters): numbers shaped like a
  PIN or a code that are none, such as a room, desk or permit number, a case number, an airline
  booking reference; since batch 4 serial: a device serial number shaped like a grouped code),
* ``{F:kind}`` filler that is not scored (name, city, shop, street).

A trailing digit makes a second value of the same kind (``{D:date2}``, ``{S:pin62}`` a second
six-digit PIN: a kind whose name ends in a digit is read whole first); the same placeholder twice
is the same value twice. Layouts:

* ``text``   the body is the plain-text part, as written;
* ``html``   the body is HTML, as written;
* ``br``     lines joined with ``<br>``, a blank line starts a new ``<p>``;
* ``table``  lines ``label | value`` become rows of two cells, other lines paragraphs;
* ``blocks`` lines ``label | value`` become a label block and a separate value block below it.

Values come from a ``random.Random`` seeded per template and variant, so the corpus is the same on
every run. A rendering whose values collide (a PIN that is also part of a date) is drawn again, so
every labelled value occurs in the message exactly as often as its placeholder.
"""

from __future__ import annotations

import html as htmllib
import importlib
import random
import re
import string
from dataclasses import dataclass, field
from pathlib import Path

from blind.locales import LOCALES, Locale

LANGS = ("en", "fi", "sv", "no", "da", "de", "fr", "es", "nl")
LAYOUTS = ("text", "html", "br", "table", "blocks")
HERE = Path(__file__).resolve().parent

SECRET_KIND = {"pin": "pin", "pin6": "pin", "puk": "puk", "pw": "password", "pwword": "password",
               "otp": "otp", "otpg": "otp", "answer": "security_answer", "card": "card_number",
               "nid": "national_id", "akey": "otp", "phrase": "password"}
DISTRACTOR_KINDS = frozenset({"order", "price", "date", "time", "phone", "postcode", "tracking",
                              "ref", "custno", "invoice", "masked", "amount", "iban",
                              "roomno", "caseno", "pnr", "serial"})
FILLER_KINDS = frozenset({"name", "city", "shop", "street"})
# A kind's name may end in a digit (pin6), so those names are tried whole before the trailing digit
# is read as "a second value": {S:pin6} is a six-digit PIN, {S:pin62} a second one, {S:pin2} a
# second four-digit PIN. (Until batch 5 the lazy name read {S:pin6} as kind pin, value 6: a
# four-digit PIN, in the 48 templates of batches 2-4 that ask for six digits.)
_DIGIT_KINDS = "|".join(sorted((k for k in SECRET_KIND if k[-1].isdigit()), key=len, reverse=True))
_PLACEHOLDER = re.compile(r"\{([SDF]):(" + _DIGIT_KINDS + r"|[a-z]+?)(\d?)\}")


@dataclass(frozen=True)
class T:
    """One hand-written template."""

    layout: str
    tags: str  # space separated: decoy hard easy distractor (what the template exercises)
    subject: str
    body: str


@dataclass(frozen=True)
class Value:
    kind: str       # labelled kind: "pin", "password"... for secrets, "order"... for distractors
    text: str
    secret: bool


@dataclass
class Message:
    """One rendered message and its labels."""

    id: str
    batch: str
    lang: str
    layout: str
    tags: tuple[str, ...]
    subject: str
    text: str | None
    html: str | None
    values: list[Value] = field(default_factory=list)

    @property
    def secrets(self) -> list[Value]:
        return [v for v in self.values if v.secret]

    @property
    def distractors(self) -> list[Value]:
        return [v for v in self.values if not v.secret]


# ---------------------------------------------------------------------------- value generators

def _digits(r: random.Random, n: int) -> str:
    first = r.choice("123456789")
    return first + "".join(r.choice(string.digits) for _ in range(n - 1))


def _pin(r: random.Random, n: int = 4) -> str:
    while True:
        v = "".join(r.choice(string.digits) for _ in range(n))
        # real PINs are not 19xx/20xx (they read as years and collide with dates) nor one digit
        if len(set(v)) > 1 and not v.startswith(("19", "20")):
            return v


_PW_LOWER = "abcdefghijkmnpqrstuvwxyz"
_PW_UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_PW_SIGNS = "!#%*?-_$"


def _password(r: random.Random) -> str:
    style = r.randrange(4)
    if style == 0:  # 10 random characters with every class
        chars = [r.choice(_PW_UPPER), r.choice(_PW_LOWER), r.choice("23456789"), r.choice(_PW_SIGNS)]
        chars += [r.choice(_PW_LOWER + _PW_UPPER + "23456789") for _ in range(6)]
        r.shuffle(chars)
        # no sign first or last: punctuation at the edge is ambiguous in any prose
        while chars[0] in _PW_SIGNS or chars[-1] in _PW_SIGNS:
            r.shuffle(chars)
        return "".join(chars)
    if style == 1:  # 8 letters and digits
        chars = [r.choice(_PW_UPPER), r.choice(_PW_LOWER), r.choice("23456789")]
        chars += [r.choice(_PW_LOWER + _PW_UPPER + "23456789") for _ in range(5)]
        r.shuffle(chars)
        return "".join(chars)
    if style == 2:  # Word-Word-00 as some portals hand out
        return f"{r.choice(_PW_UPPER)}{''.join(r.choice(_PW_LOWER) for _ in range(4))}-" \
               f"{r.choice(_PW_UPPER)}{''.join(r.choice(_PW_LOWER) for _ in range(3))}-{r.randrange(10, 99)}"
    return "".join(r.choice(_PW_LOWER) for _ in range(4)) + str(r.randrange(1000, 9999)) \
        + r.choice(_PW_UPPER)


def _otp(r: random.Random) -> str:
    return "".join(r.choice(string.digits) for _ in range(6)) if r.random() < 0.8 else _digits(r, 8)


def _otp_grouped(r: random.Random) -> str:
    style = r.randrange(4)
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    if style == 0:
        return "".join(r.choice(al) for _ in range(3)) + "-" + "".join(r.choice(al) for _ in range(3))
    if style == 1:
        return "".join(r.choice(string.digits) for _ in range(3)) + " " \
            + "".join(r.choice(string.digits) for _ in range(3))
    if style == 2:
        return "-".join("".join(r.choice(al) for _ in range(4)) for _ in range(3))
    return "".join(r.choice(string.digits) for _ in range(4)) + "-" \
        + "".join(r.choice(string.digits) for _ in range(4))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


_KEY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _activation_key(r: random.Random) -> str:
    """A licence or activation key as software and devices print it: 4x4 or 5x5 groups."""
    n, size = r.choice([(4, 4), (5, 5), (4, 5)])
    return "-".join("".join(r.choice(_KEY_ALPHABET) for _ in range(size)) for _ in range(n))


def _passphrase(loc: Locale, r: random.Random) -> str:
    """Three words of the language as a portal's passphrase generator joins them."""
    words = r.sample(loc.words, 3)
    sep = r.choice("-.")
    tail = f"{sep}{r.randrange(10, 99)}" if r.random() < 0.4 else ""
    return sep.join(words) + tail


def _serial(r: random.Random) -> str:
    """A device or meter serial number: no secret, but shaped like a grouped code."""
    style = r.randrange(3)
    if style == 0:
        return "-".join("".join(r.choice(_KEY_ALPHABET) for _ in range(4)) for _ in range(3))
    if style == 1:
        return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + _digits(r, 8)
    return _digits(r, 3) + "-" + "".join(r.choice(string.digits) for _ in range(4))


def _card(r: random.Random) -> str:
    prefix = r.choice(["4", "51", "52", "53", "54", "55", "2221"])
    body = prefix + "".join(r.choice(string.digits) for _ in range(15 - len(prefix)))
    num = body + _luhn_digit(body)
    return " ".join(num[i:i + 4] for i in range(0, 16, 4)) if r.random() < 0.7 else num


def _birth(r: random.Random) -> tuple[int, int, int]:
    return r.randrange(1950, 2004), r.randrange(1, 13), r.randrange(1, 29)


def _nid(lang: str, r: random.Random) -> str:
    y, m, d = _birth(r)
    if lang == "fi":
        n = r.randrange(2, 899)
        base = f"{d:02d}{m:02d}{y % 100:02d}{n:03d}"
        check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(base) % 31]
        return f"{d:02d}{m:02d}{y % 100:02d}{'-' if y < 2000 else 'A'}{n:03d}{check}"
    if lang == "sv":
        n = r.randrange(0, 1000)
        base = f"{y % 100:02d}{m:02d}{d:02d}{n:03d}"
        c = _luhn_digit(base)
        return f"{y}{m:02d}{d:02d}-{base[6:]}{c}" if r.random() < 0.4 else f"{base[:6]}-{base[6:]}{c}"
    if lang == "no":
        while True:
            ind = r.randrange(0, 500) if y < 2000 else r.randrange(500, 1000)
            ds = [int(x) for x in f"{d:02d}{m:02d}{y % 100:02d}{ind:03d}"]
            k1 = 11 - sum(a * b for a, b in zip([3, 7, 6, 1, 8, 9, 4, 5, 2], ds, strict=True)) % 11
            k1 = 0 if k1 == 11 else k1
            if k1 == 10:
                continue
            k2 = 11 - sum(a * b for a, b in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], ds + [k1], strict=True)) % 11
            k2 = 0 if k2 == 11 else k2
            if k2 == 10:
                continue
            return "".join(map(str, ds)) + f"{k1}{k2}"
    if lang == "da":
        return f"{d:02d}{m:02d}{y % 100:02d}-{r.randrange(0, 10000):04d}"
    if lang == "de":  # Steuerliche Identifikationsnummer: one digit twice, ISO 7064 MOD 11,10
        while True:
            digits = r.sample(range(10), 9)
            digits.insert(r.randrange(10), r.choice(digits))
            if digits[0] == 0:
                continue
            product = 10
            for dd in digits:
                s = (dd + product) % 10 or 10
                product = (s * 2) % 11
            check = (11 - product) % 10
            s = "".join(map(str, digits)) + str(check)
            return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}" if r.random() < 0.5 else s
    if lang == "fr":
        sex = r.choice("12")
        dept = f"{r.randrange(1, 96):02d}"
        commune = f"{r.randrange(1, 990):03d}"
        order = f"{r.randrange(1, 999):03d}"
        base = f"{sex}{y % 100:02d}{m:02d}{dept}{commune}{order}"
        key = 97 - int(base) % 97
        return f"{sex} {y % 100:02d} {m:02d} {dept} {commune} {order} {key:02d}"
    if lang == "es":
        n = r.randrange(10_000_000, 99_999_999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    if lang == "nl":
        while True:
            ds = [r.randrange(10) for _ in range(8)]
            if ds[0] == 0:
                continue
            s = sum(w * x for w, x in zip(range(9, 1, -1), ds, strict=True))
            last = s % 11
            if last < 10:
                return "".join(map(str, ds)) + str(last)
    # en: UK National Insurance number
    while True:
        a = r.choice("ABCEGHJKLMNOPRSTWXYZ")
        b = r.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    nums = f"{r.randrange(0, 1000000):06d}"
    suffix = r.choice("ABCD")
    if r.random() < 0.5:
        return f"{a}{b} {nums[:2]} {nums[2:4]} {nums[4:]} {suffix}"
    return f"{a}{b}{nums}{suffix}"


def _time(r: random.Random) -> str:
    return f"{r.randrange(7, 22):02d}{r.choice(':.')}{r.choice(['00', '15', '30', '45', '05', '20'])}"


def _masked(r: random.Random) -> str:
    last = f"{r.randrange(0, 10000):04d}"
    return r.choice([f"**** **** **** {last}", f"XXXX XXXX XXXX {last}", f"•••• {last}",
                     f"**** {last}"])


def draw(kind: str, lang: str, loc: Locale, r: random.Random) -> str:
    if kind == "pin":
        return _pin(r, 4)
    if kind == "pin6":
        return _pin(r, 6)
    if kind == "puk":
        return "".join(r.choice(string.digits) for _ in range(8))
    if kind == "pw":
        return _password(r)
    if kind == "pwword":
        w = r.choice(loc.words)
        return w.capitalize() if r.random() < 0.3 else w
    if kind == "otp":
        return _otp(r)
    if kind == "otpg":
        return _otp_grouped(r)
    if kind == "answer":
        return r.choice(loc.answers)
    if kind == "card":
        return _card(r)
    if kind == "akey":
        return _activation_key(r)
    if kind == "nid":
        return _nid(lang, r)
    if kind == "time":
        return _time(r)
    if kind == "masked":
        return _masked(r)
    if kind == "amount":
        return str(r.randrange(100, 1000))
    # batch 3: distractors of a secret's shape (drawn only where a template asks for them, so the
    # values of batches 1 and 2 are unchanged)
    if kind == "roomno":
        return _pin(r, 4)
    if kind == "caseno":
        return _digits(r, 6)
    if kind == "pnr":
        return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    # batch 4 (drawn only where a batch-4 template asks, so earlier batches are unchanged)
    if kind == "phrase":
        return _passphrase(loc, r)
    if kind == "serial":
        return _serial(r)
    if kind == "name":
        return r.choice(loc.names)
    if kind == "city":
        return r.choice(loc.cities)
    if kind == "shop":
        return r.choice(loc.shops)
    if kind == "street":
        return r.choice(loc.streets)
    fn = getattr(loc, kind, None)
    if fn is None:
        raise ValueError(f"unknown placeholder kind {kind!r}")
    return str(fn(r))


# ---------------------------------------------------------------------------- rendering

_PAGE = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
         '<body style="font-family:Arial,sans-serif;font-size:14px">\n{}\n</body></html>')


def _split_pair(line: str) -> tuple[str, str] | None:
    if " | " not in line:
        return None
    label, value = line.split(" | ", 1)
    return label.strip(), value.strip()


def _paragraphs(body: str) -> list[list[str]]:
    out: list[list[str]] = []
    cur: list[str] = []
    for line in body.strip("\n").splitlines():
        if line.strip():
            cur.append(line.strip())
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def render_layout(layout: str, body: str, r: random.Random) -> tuple[str | None, str | None]:
    """``(text, html)`` of a body with its values already filled in (and HTML-escaped where the
    layout is HTML built from text lines)."""
    if layout == "text":
        return body.strip("\n") + "\n", None
    if layout == "html":
        return None, _PAGE.format(body.strip("\n"))
    esc = htmllib.escape
    parts: list[str] = []
    if layout == "br":
        for para in _paragraphs(body):
            sep = r.choice(["<br>\n", "<br/>", "<br />\n"])
            parts.append("<p>" + sep.join(esc(x, quote=False) for x in para) + "</p>")
        return None, _PAGE.format("\n".join(parts))
    if layout == "table":
        style = r.randrange(2)
        for para in _paragraphs(body):
            rows = [(_split_pair(x), x) for x in para]
            if all(p is not None for p, _ in rows):
                cells = "".join(
                    (f'<tr><td style="padding:4px;color:#555">{esc(p[0], quote=False)}</td>'
                     f'<td style="padding:4px"><strong>{esc(p[1], quote=False)}</strong></td></tr>'
                     if style == 0 else
                     f"<tr><th align=left>{esc(p[0], quote=False)}</th>"
                     f"<td>{esc(p[1], quote=False)}</td></tr>")
                    for p, _ in rows if p is not None)
                parts.append(f'<table cellpadding="0" cellspacing="0" border="0">{cells}</table>')
            else:
                parts.append('<table width="100%"><tr><td>' + "<br>".join(
                    esc(x.replace(" | ", ": "), quote=False) for x in para) + "</td></tr></table>")
        return None, _PAGE.format("\n".join(parts))
    if layout == "blocks":
        style = r.randrange(2)
        for para in _paragraphs(body):
            for x in para:
                p = _split_pair(x)
                if p is None:
                    parts.append(f"<p>{esc(x, quote=False)}</p>")
                elif style == 0:
                    parts.append(f'<div style="font-size:12px;color:#666">{esc(p[0], quote=False)}</div>\n'
                                 f'<div style="font-size:22px;letter-spacing:2px">'
                                 f'{esc(p[1], quote=False)}</div>')
                else:
                    parts.append(f'<table><tr><td class="label">{esc(p[0], quote=False)}</td></tr>\n'
                                 f'<tr><td class="value"><b>{esc(p[1], quote=False)}</b></td></tr></table>')
        return None, _PAGE.format("\n".join(parts))
    raise ValueError(f"unknown layout {layout!r}")


def visible_text(html: str) -> str:
    """What a reader sees of an HTML part: text outside tags, entities decoded, block ends as
    line breaks. Our own reading, independent of the library's."""
    from html.parser import HTMLParser

    class _P(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.out: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in ("script", "style", "head"):
                self.skip += 1
            if tag in ("br", "p", "div", "tr", "table", "li", "h1", "h2", "h3"):
                self.out.append("\n")
            elif tag in ("td", "th"):
                self.out.append(" ")

        def handle_endtag(self, tag: str) -> None:
            if tag in ("script", "style", "head") and self.skip:
                self.skip -= 1
            if tag in ("p", "div", "tr", "table", "li", "h1", "h2", "h3"):
                self.out.append("\n")

        def handle_data(self, data: str) -> None:
            if not self.skip:
                self.out.append(data)

    p = _P()
    p.feed(html)
    p.close()
    return "".join(p.out)


def _fill(s: str, values: dict[tuple[str, str, str], str], escape: bool) -> str:
    def sub(m: re.Match[str]) -> str:
        v = values[(m.group(1), m.group(2), m.group(3))]
        return htmllib.escape(v, quote=False) if escape else v
    return _PLACEHOLDER.sub(sub, s)


def render(t: T, lang: str, loc: Locale, batch: str, tid: str, variant: int) -> Message:
    """One message of template ``t``; deterministic in (batch, tid, variant)."""
    r = random.Random(f"{batch}/{tid}/{variant}")
    keys = list(dict.fromkeys(_PLACEHOLDER.findall(t.subject + "\n" + t.body)))
    for _attempt in range(200):
        values = {k: draw(k[1], lang, loc, r) for k in keys}
        distinct = len(set(values.values())) == len(values)
        text, html = render_layout(t.layout, _fill(t.body, values, escape=t.layout == "html"), r)
        subject = _fill(t.subject, values, escape=False)
        seen = subject + "\n" + (text or "") + "\n" + (visible_text(html) if html else "")
        ok = distinct
        for (sd, kind, n), v in values.items():
            if sd == "F":
                continue
            uses = (t.subject + "\n" + t.body).count("{" + f"{sd}:{kind}{n}" + "}")
            if seen.count(v) != uses:
                ok = False
                break
            # no labelled value may be a part of another one (counting would be ambiguous)
            if any(v in w for (sd2, _k, _n), w in values.items() if w != v and sd2 != "F"):
                ok = False
                break
        if ok:
            break
    else:  # pragma: no cover - a template that can never be filled is a writing error
        raise ValueError(f"{tid}: values keep colliding")
    labelled = [Value(SECRET_KIND[k[1]] if k[0] == "S" else k[1], v, k[0] == "S")
                for k, v in values.items() if k[0] != "F"]
    for k in keys:
        if k[0] == "S" and k[1] not in SECRET_KIND:
            raise ValueError(f"{tid}: unknown secret kind {k[1]!r}")
        if k[0] == "D" and k[1] not in DISTRACTOR_KINDS:
            raise ValueError(f"{tid}: unknown distractor kind {k[1]!r}")
        if k[0] == "F" and k[1] not in FILLER_KINDS:
            raise ValueError(f"{tid}: unknown filler kind {k[1]!r}")
    return Message(id=f"{tid}#{variant}", batch=batch, lang=lang, layout=t.layout,
                   tags=tuple(t.tags.split()), subject=subject, text=text, html=html,
                   values=labelled)


def load_batch(batch: str) -> dict[str, tuple[Locale, list[T]]]:
    """``{lang: (locale, templates)}`` of one batch folder (``batch1``)."""
    out: dict[str, tuple[Locale, list[T]]] = {}
    for lang in LANGS:
        path = HERE / batch / f"{lang}.py"
        if not path.exists():
            continue
        mod = importlib.import_module(f"blind.{batch}.{lang}")
        out[lang] = (LOCALES[lang], list(mod.TEMPLATES))
    return out


def messages(batch: str, variants: int = 5, langs: tuple[str, ...] = LANGS) -> list[Message]:
    out: list[Message] = []
    for lang, (loc, templates) in load_batch(batch).items():
        if lang not in langs:
            continue
        for i, t in enumerate(templates, 1):
            tid = f"{batch}-{lang}-{i:02d}"
            for v in range(variants):
                out.append(render(t, lang, loc, batch, tid, v))
    return out


def _batch_number(name: str) -> tuple[int, str]:
    digits = name[len("batch"):]
    return (int(digits), name) if digits.isdigit() else (10**9, name)


def batches() -> list[str]:
    """Every batch folder, oldest first (``batch10`` after ``batch9``)."""
    return sorted((p.name for p in HERE.iterdir() if p.is_dir() and p.name.startswith("batch")),
                  key=_batch_number)


def batch_languages(batch: str) -> list[str]:
    """The languages of ``batch`` whose file exists (a batch written by several helpers lands one
    language at a time)."""
    return [lang for lang in LANGS if (HERE / batch / f"{lang}.py").exists()]


def complete_batches() -> list[str]:
    """The batches that hold a file for each of the nine languages, oldest first: only these can be
    the blind figure, so a batch that has landed in part never becomes it."""
    return [b for b in batches() if len(batch_languages(b)) == len(LANGS)]
