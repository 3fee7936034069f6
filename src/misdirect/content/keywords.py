"""Per-language word tables for the keyword-anchored secret detector (`misdirect.content.secrets`).

Each language lists, per kind of secret, regex fragments for the keywords (matched
case-insensitively, inflected and compound forms included: salasanasi, lösenordet, PIN-koden,
Einmalcode), and the small closed word classes that decide where the value sits relative to the
keyword:

- ``copulas`` introduce a value: "is", "on", "är", "er", "ist", "lautet", "est", "es";
- ``intro_verbs`` do the same from before or after: "use", "käytä", "använd", "verwenden";
- ``fillers`` may stand between a keyword and its value: "your", "new", "temporary", "now";
- ``stopwords`` are never a value: "changed", "vaihdettu", "geändert", "valid", "here", "click".

Adding a language is adding one `Language` entry; the detector merges all tables (words of different
languages rarely collide, and every candidate value is still validated on its own).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ANCHORS", "ENTRY_VERBS", "LANGUAGES", "Language", "other_code_compound"]


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    #: (kind, regex fragment) pairs; fragments are lowercase and compiled with IGNORECASE.
    keywords: tuple[tuple[str, str], ...]
    copulas: frozenset[str]
    intro_verbs: frozenset[str]
    fillers: frozenset[str]
    stopwords: frozenset[str]
    #: The bare word for "code" (kind ``otp``), read only when nothing but a determiner, a filler or
    #: an instruction stands before it ("enter the code", "der Code lautet", not "postal code").
    code_word: str = ""
    #: Words that point at a value further down ("below", "alla", "nedan", "unten").
    pointers: frozenset[str] = frozenset()
    #: The language writes compounds that end in its code word ("Anmeldecode", "Türcode",
    #: "porttikoodi", "dörrkoden"): they are read as the code word (see `other_code_compound`).
    compounds: bool = False


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: The first parts of compounds that name another kind of code, in any of the languages (one list,
#: as a Dutch keyword may stand in a German letter).
_OTHER_CODE_PREFIXES = (
    "actie aktions ale alennus artikel asiakas bar bestel bestillings boekings "
    "boknings bonus booking bron buchungs cadeau dress erbjudande etu farb farge farve fehler feil "
    "fejl fel forsendelses fout färg försändelse gave gavekort gutschein html jäsen kampagne "
    "kampanj kampanja kampanje kilde klant kleding kleur kortings kund kunde kunden kuponki käll "
    "lahja lahjakortti land lande lands lippu lähde lähetys länder maa ohjelma order "
    "ordre post posti postinumero present presentkorts produkt program programm promo promotie "
    "pukeutumis qr quell rabat rabatt reserverings reservierungs sendings sendungs seuranta "
    "sporings spårnings streck streepjes streg strek strich tarjous tegoed tilaus tilbuds track "
    "tuotanto tuote varaus viite viiva virhe vorteils voucher väri zip "
    "trace tracking verzend zending pakket paket pakke paketti colli kenmerk referentie referenz "
    "reference referens factuur rechnung lasku faktura invoice betalings betaal zahlungs maksu "
    "bestell sku ean error discount country colour color source coupon gift referral "
    "promotion promotions angebots geschenk einlöse einlösungs verfolgungs tilbud erbjudande"
)


_OTHER_CODE_PREFIX_SET = frozenset(_OTHER_CODE_PREFIXES.split())
_OTHER_CODE_PREFIX_TUPLE = tuple(sorted(_OTHER_CODE_PREFIX_SET))
# Compounds are as many as the words that can stand first, so they are derived by a rule (a word
# that ends in a code word) rather than listed; `other_code_compound` tells apart those that name
# another kind of code.
_CODE_STEMS = ("kood", "kod", "code")


def other_code_compound(word: str) -> bool:
    """A compound whose part before "code"/"koodi"/"kod" names another kind of code
    ("Sommerrabattcode", "kampanjakoodi", "QR-koden")."""
    low = word.lower()
    for stem in _CODE_STEMS:
        i = low.rfind(stem)
        if i > 0:
            head = low[:i].rstrip("-")
            return head.endswith(_OTHER_CODE_PREFIX_TUPLE)
    return False


# Word-start guard for short keywords (PIN, PUK, TAN, OTP): "(?<!\w)" before, "(?!\w)" after.
_S = r"(?<!\w)"
_E = r"(?![\w-])"

LANGUAGES: tuple[Language, ...] = (
    Language(
        "en", "English",
        keywords=(
            ("otp", r"one[- ]?time[- ](?:pass(?:word|code)|code|pin|key)s?"),
            ("otp", _S + r"(?:verification|security|log-?in|sign-?in|access|activation|authenti"
                    r"cation|auth|confirmation|sms|2fa|two-factor|mfa|login|recovery|backup|"
                    r"unlock|reset)[- ]?codes?" + _E),
            ("otp", _S + r"(?:otp|m?tan)s?" + _E),
            ("pin", _S + r"pin[12]?[- ]?(?:code|number)?s?" + _E),
            ("puk", _S + r"puk[12]?[- ]?(?:code|number)?s?" + _E),
            ("password", r"pass(?:word|code|phrase)[\w-]{0,10}"),
            ("password", _S + r"(?:wi-?fi|wlan|wpa2?|network) key" + _E),
            ("security_answer", r"(?:security|secret|memorable) (?:answer|word)|answer to (?:your|"
                                r"the) security question|security question answer"),
        ),
        copulas=_w("is are = : -> =>"),
        intro_verbs=_w("use enter type"),
        fillers=_w("your the a an new temporary temp initial now below following for you this "
                   "account first login sign-in here as follows card new of it"),
        stopwords=_w(
            "never ever anyone anybody nobody somebody carefully manager managers policy policies rules "
            "rule reset change changes field hint hints strength requirements letter letters prompt "
            "protection recovery expiry here below there now later soon first exactly please again "
            "yourself somewhere anywhere elsewhere personally active inactive temporary new old unique "
            "individual unchanged same changed expired expires expire updated required incorrect invalid "
            "valid wrong correct sent set being been not case-sensitive sensitive secret confidential "
            "private personal strong weak safe secure ready attached enclosed included shown above "
            "different missing needed unknown protected hidden masked locked blocked click link button "
            "settings username user login email e-mail account always only also still just what that "
            "which who and or but with without to of by from into if then because so must should will can "
            "cannot may has have had does did do when until in on at after before within via using it its "
            "we our us they them their sending send generated created issued provided known stored saved "
            "visible displayed printed written listed needs need requires contains contain characters "
            "digits long short too very more less yours mine optional successfully success once twice "
            "usual current existing previous own chosen chose choose"),
        code_word=r"codes?",
        pointers=_w("below underneath beneath"),
    ),
    Language(
        "fi", "Finnish",
        keywords=(
            ("otp", r"(?:vahvistus|varmennus|kertakäyttö(?:i(?:nen|sen|stä|sellä) )?|turva|palautus|"
                    r"avaus|varmistus|vara|"
                    r"tunnistus|tunnistautumis|"
                    r"sisäänkirjautumis|kirjautumis|aktivointi|tekstiviesti|sms-?)(?:kood[ie]|salasan[aoe])"
                    r"\w{0,6}"),
            ("pin", _S + r"pin[12]?-?(?:kood[ie]|luku|luvu|numero)\w{0,6}"),
            ("pin", r"tunnuslu(?:ku|vu)\w{0,5}"),
            ("puk", _S + r"puk[12]?-?kood[ie]\w{0,6}"),
            ("password", r"salasan\w{0,6}|tunnussan\w{0,6}"),
            ("security_answer", r"turvakysymyksen vastau(?:s|ks)\w{0,5}|vastaus turvakysymykseen"),
        ),
        copulas=_w("on ovat olisi"),
        intro_verbs=_w("käytä käytäthän syötä kirjoita anna"),
        fillers=_w("sinun uusi uutena väliaikainen tilapäinen nyt alla seuraava seuraavassa tilisi "
                   "tiliisi palveluun varten ensimmäistä ensimmäisen kertaa kirjautumista "
                   "kirjautumiseen kuuluu korttisi kortin uuden"),
        stopwords=_w(
            "koskaan kenellekään kenenkään kukaan aina vain vasta heti nyt myöhemmin pian ensin täällä "
            "tänään eilen huomenna "
            "tässä siellä itse huolellisesti uudelleen uusi sama muuttumaton voimassa aktiivinen hallinta "
            "hallintaan kirje kirjeessä kirjeellä vaihto vaihtaminen palautus palautuslinkki vaihdettu "
            "muutettu nollattu vanhentunut vanhenee väärä oikea lähetetty vaihtunut asetettu luotu "
            "salainen henkilökohtainen tallennettu lukittu suojattu klikkaa tästä linkki käyttäjätunnus "
            "tunnus ei ja tai mutta että jos kun ole olla pitää täytyy voit voi kirjautuminen "
            "kirjautuessasi kirjautumisen vaihda unohtanut lähetämme toimitetaan erikseen postitse "
            "puhelimeesi sähköpostiisi tavallista nykyistä vanhaa omaa"),
        code_word=r"kood[ie]\w{0,5}",
        compounds=True,
        pointers=_w("alla alta alle alapuolella alapuolelle alempana alempaa"),
    ),
    Language(
        "sv", "Swedish",
        keywords=(
            ("otp", r"(?:verifierings|verifikations|engångs|säkerhets|bekräftelse|inloggnings|"
                    r"återställnings|upplåsnings|reserv|"
                    r"aktiverings|behörighets|sms-?)(?:kod|lösenord)\w{0,4}"),
            ("pin", _S + r"pin-?kod\w{0,4}"),
            ("puk", _S + r"puk[12]?-?kod\w{0,4}"),
            ("password", r"l[öo]senord\w{0,4}"),
            ("security_answer", r"säkerhetssvar\w{0,2}|svar(?:et)? på (?:din |er )?"
                                r"säkerhetsfråga\w{0,2}"),
        ),
        copulas=_w("är blir"),
        intro_verbs=_w("använd ange skriv fyll"),
        fillers=_w("ditt din dina nya nytt tillfälliga tillfälligt nu nedan följande för dig "
                   "kontot inloggning första gången här till det kortet ditt"),
        stopwords=_w(
            "aldrig någon ingen alltid bara endast snart först här där nu senare själv noga igen "
            "personlig hemlig aktivt aktiv nytt samma oförändrat brev brevet hanterare byte återställning "
            "ändrat ändrats återställt återställts utgått utgår giltigt giltig fel rätt skickat skickats "
            "hemligt personligt sparat låst klicka länk användarnamn inte och eller men att om måste kan "
            "har skapat skapats när vid till med utan skickas separat per post vanliga nuvarande gamla "
            "satts satt"),
        code_word=r"kod(?:en)?",
        compounds=True,
        pointers=_w("nedan nedanför nedanstående ner"),
    ),
    Language(
        "no", "Norwegian",
        keywords=(
            ("otp", r"(?:engangs|verifiserings|bekreftelses|sikkerhets|påloggings|pålogging|"
                    r"gjenopprettings|opplåsings|reserve|"
                    r"aktiverings|godkjennings|sms-?)(?:kode|passord)\w{0,4}"),
            ("pin", _S + r"pin-?kode\w{0,4}"),
            ("puk", _S + r"puk[12]?-?kode\w{0,4}"),
            ("password", r"passord\w{0,4}"),
            ("security_answer", r"sikkerhetssvar\w{0,2}|svar(?:et)? på (?:ditt )?"
                                r"sikkerhetsspørsmål\w{0,3}"),
        ),
        copulas=_w("er blir"),
        intro_verbs=_w("bruk angi oppgi skriv tast"),
        fillers=_w("ditt din dine nye nytt midlertidige midlertidig nå nedenfor følgende for deg "
                   "kontoen innlogging første gang her til det kortet"),
        stopwords=_w(
            "aldri noen ingen alltid bare kun snart først her der nå senere selv nøye igjen personlig "
            "hemmelig aktivt aktiv nytt samme uendret brev brevet endring tilbakestilling endret "
            "tilbakestilt utløpt utløper gyldig feil riktig sendt lagret låst klikk lenke brukernavn ikke "
            "og eller men at om må kan har opprettet når ved til med uten sendes separat vanlige "
            "nåværende gamle satt"),
        code_word=r"kode(?:n)?",
        compounds=True,
        pointers=_w("nedenfor nedenunder ned under"),
    ),
    Language(
        "da", "Danish",
        keywords=(
            ("otp", r"(?:engangs|verifikations|bekræftelses|sikkerheds|login|aktiverings|"
                    r"gendannelses|oplåsnings|backup|"
                    r"godkendelses|sms-?)(?:kode|adgangskode)\w{0,4}"),
            ("pin", _S + r"pin-?kode\w{0,4}"),
            ("puk", _S + r"puk[12]?-?kode\w{0,4}"),
            ("password", r"adgangskode\w{0,4}|kodeord\w{0,4}"),
            ("security_answer", r"sikkerhedssvar\w{0,2}|svar(?:et)? på (?:dit )?"
                                r"sikkerhedsspørgsmål\w{0,3}"),
        ),
        copulas=_w("er bliver"),
        intro_verbs=_w("brug indtast angiv skriv"),
        fillers=_w("dit din dine nye nyt midlertidige midlertidig nu nedenfor følgende for dig "
                   "kontoen første gang her til dit kort kortet"),
        stopwords=_w(
            "aldrig nogen ingen altid kun bare snart først her der nu senere selv omhyggeligt igen "
            "personlig hemmelig aktiv aktivt nyt samme uændret brev brevet ændring nulstilling ændret "
            "nulstillet udløbet udløber gyldig forkert korrekt sendt gemt låst klik brugernavn ikke og "
            "eller men at om skal kan har oprettet når ved til med uden sendes separat sædvanlige "
            "nuværende gamle sat"),
        code_word=r"kode(?:n)?",
        compounds=True,
        pointers=_w("nedenfor nedenunder herunder nede"),
    ),
    Language(
        "de", "German",
        keywords=(
            ("otp", r"(?:einmal|bestätigungs|sicherheits|verifizierungs|verifikations|anmelde|"
                    r"wiederherstellungs|entsperr|backup-?|login-?|"
                    r"aktivierungs|freischalt|zugangs|authentifizierungs|sms-?)"
                    r"(?:code|kennwort|passwort|pin)\w{0,3}|" + _S + r"transaktionsnummer\w{0,2}"),
            ("pin", _S + r"pin-?(?:code|nummer)\w{0,3}|" + _S + r"geheim(?:zahl|nummer)\w{0,2}"),
            ("puk", _S + r"puk[12]?-?(?:code|nummer)\w{0,3}"),
            ("password", r"passw(?:ort|örter)\w{0,3}|kennw(?:ort|örter)\w{0,3}|"
                         r"losungsw(?:ort|örter)\w{0,3}"),
            ("password", _S + r"(?:wlan|wi-?fi|netzwerk|wpa2?)-?schlüssel\w{0,2}"),
            ("security_answer", r"sicherheitsantwort\w{0,2}|antwort auf (?:die |ihre )?"
                                r"sicherheitsfrage"),
        ),
        copulas=_w("ist lautet lauten sind"),
        intro_verbs=_w("verwenden verwende nutzen nutze eingeben gib geben benutzen benutze"),
        fillers=_w("ihr ihre dein deine neues neue neuer vorläufiges vorläufige temporäres "
                   "temporäre jetzt nun unten folgende folgendes sie dich das die der konto "
                   "zugang anmeldung erste ersten hier bitte einfach für karte ihrer"),
        stopwords=_w(
            "niemals nie niemand niemandem jemandem jemand immer nur bald zuerst hier dort jetzt nun "
            "später selbst sorgfältig erneut bitte keinesfalls weiter weitergeben ein an zurück aktiv neu "
            "gleich unverändert brief briefs manager änderung vergessen gesendet verschickt zugesandt "
            "zugeschickt erhalten geändert zurückgesetzt abgelaufen gültig ungültig falsch richtig "
            "versendet geheim persönlich gespeichert gesperrt klicken link benutzername nicht und oder "
            "aber dass wenn muss kann hat erstellt vertraulich sicher bei beim um zur für mit ohne wird "
            "werden separat gewohnte gewohntes aktuelle aktuelles alte altes gesetzt"),
        code_word=r"code",
        compounds=True,
        pointers=_w("unten untenstehend nachstehend nachfolgend darunter"),
    ),
    Language(
        "fr", "French",
        keywords=(
            ("otp", r"codes? (?:de r[ée]cup[ée]ration|de d[ée]verrouillage|de secours|"
                    r"de v[ée]rification|[àa] usage unique|unique|de s[ée]curit[ée]|de "
                    r"confirmation|d['’]activation|d['’]acc[èe]s|de connexion|temporaire|sms)"),
            ("otp", r"mots? de passe (?:[àa] usage unique|unique)"),
            ("pin", _S + r"(?:code pin|code confidentiel|code secret)" + _E),
            ("puk", _S + r"code puk" + _E),
            ("password", r"mots? de passe|" + _S + r"mdp" + _E),
            ("password", _S + r"cl[ée]s? (?:wi-?fi|wpa2?|wlan|de s[ée]curit[ée] (?:wi-?fi|r[ée]seau))" + _E),
            ("security_answer", r"r[ée]ponse (?:secr[èe]te|de s[ée]curit[ée])|r[ée]ponse [àa] "
                                r"(?:la|votre) question (?:de s[ée]curit[ée]|secr[èe]te)"),
        ),
        copulas=_w("est sont sera"),
        intro_verbs=_w("utilisez utilise saisissez saisis entrez tapez indiquez voici"),
        fillers=_w("votre ton ta vos nouveau nouvel nouvelle temporaire provisoire maintenant "
                   "désormais dorénavant ci-dessous suivant suivante pour vous le la l' compte "
                   "première connexion de "
                   "carte"),
        stopwords=_w(
            "jamais personne toujours seulement uniquement bientôt ici maintenant plus tard soigneusement "
            "encore actif active nouveau même inchangé courrier lettre gestionnaire modifié modifiée "
            "réinitialisé réinitialisée expiré expirée valide invalide incorrect correct envoyé envoyée "
            "secret secrète personnel personnelle enregistré bloqué cliquez lien identifiant pas ne et ou "
            "mais que si doit peut a créé confidentiel valable lors quand à de du des avec sans par été "
            "habituel actuel ancien défini"),
        code_word=r"code",
        pointers=_w("ci-dessous ci-après bas"),
    ),
    Language(
        "es", "Spanish",
        keywords=(
            ("otp", r"c[óo]digos? (?:de recuperaci[óo]n|de desbloqueo|de respaldo|"
                    r"de verificaci[óo]n|de un solo uso|de seguridad|de inicio de sesi[óo]n|"
                    r"de autenticaci[óo]n|de validaci[óo]n|de "
                    r"confirmaci[óo]n|de activaci[óo]n|de acceso|temporal|sms)"),
            ("otp", r"contraseñas? de un solo uso"),
            ("pin", _S + r"(?:c[óo]digo|n[úu]mero) (?:pin|secreto)" + _E),
            ("puk", _S + r"c[óo]digo puk" + _E),
            ("password", r"contrase[ñn]as?|" + _S + r"clave(?: de acceso)?" + _E),
            ("security_answer", r"respuesta (?:secreta|de seguridad)|respuesta a (?:la|su|tu) "
                                r"pregunta (?:de seguridad|secreta)"),
        ),
        copulas=_w("es son será está"),
        intro_verbs=_w("utilice utiliza usa use introduzca introduce ingrese ingresa escriba"),
        fillers=_w("su tu sus nueva nuevo temporal provisional inicial ahora siguiente abajo usted ti la "
                   "el cuenta primer acceso de para tarjeta"),
        stopwords=_w(
            "nunca nadie siempre solo solamente pronto aquí ahora luego cuidadosamente nuevo nueva activa "
            "activo mismo misma carta gestor cambiada cambiado restablecida restablecido caducado "
            "caducada válida válido inválida incorrecta correcta enviada enviado secreta personal "
            "guardada bloqueada haga clic enlace usuario no y o pero que si debe puede ha creada "
            "confidencial cuando al para con sin por sido habitual actual anterior establecida "
            "establecido"),
        code_word=r"c[óo]digo",
        pointers=_w("continuación abajo debajo"),
    ),
    Language(
        "nl", "Dutch",
        keywords=(
            ("otp", r"(?:verificatie|eenmalige ?|beveiligings|bevestigings|inlog|activerings|"
                    r"herstel|ontgrendel|back-?up|"
                    r"activatie|controle|toegangs|sms-?)code\w{0,2}"),
            ("otp", r"eenmalig wachtwoord"),
            ("pin", _S + r"pin-?code\w{0,2}"),
            ("puk", _S + r"puk-?code\w{0,2}"),
            ("password", r"wachtwoord\w{0,3}|paswoord\w{0,3}"),  # paswoord: Flemish
            ("security_answer", r"beveiligingsantwoord|antwoord op (?:de|uw|je) beveiligingsvraag"),
        ),
        copulas=_w("is luidt zijn"),
        intro_verbs=_w("gebruik voer vul typ"),
        fillers=_w("uw je jouw nieuwe nieuw tijdelijke tijdelijk nu hieronder volgende voor u "
                   "jou het de account eerste keer van pas kaart"),
        stopwords=_w(
            "nooit niemand iemand altijd alleen slechts binnenkort hier daar nu later zelf zorgvuldig "
            "opnieuw actief nieuw hetzelfde ongewijzigd brief beheerder gewijzigd gereset verlopen geldig "
            "ongeldig onjuist juist verzonden verstuurd geheim persoonlijk opgeslagen geblokkeerd klik "
            "link gebruikersnaam niet en of maar dat als moet kan heeft aangemaakt vertrouwelijk wanneer "
            "bij om met zonder wordt gebruikelijke huidige oude ingesteld"),
        code_word=r"code",
        compounds=True,
        pointers=_w("hieronder onderstaand onderstaande onderaan beneden"),
    ),
)

#: Lowercase substrings of which every keyword contains at least one. The detector finds them all in
#: one pass (`misdirect.content.prefilter.AnchorFinder`) and runs the keyword regex only in a window
#: around each hit.
ANCHORS: tuple[str, ...] = (
    "pass", "kennw", "salasan", "tunnus", "senord", "kod", "kood", "wachtwoord", "contrase", "mdp",
    "clave", "pin", "puk", "otp", "tan", "cod", "códig", "geheim", "answer", "memorable",
    "vastau", "svar", "antw", "ponse", "respuesta", "transakt", "wlan", "wifi", "wi-fi", "wpa", "network key",
    "netzwerkschl", "clé", "número secr", "numero secr", "paswoord", "losungsw",
)

#: Instructions to type something in, as written right before the thing typed (lowercase, with the
#: space that follows): "Enter 482913 to sign in", "Syötä 88428193 sovellukseen", "Geben Sie
#: 740504 in der App ein". The word after one of them is a one-time code when it is shaped like one
#: (see `misdirect.content.secrets`), with or without a keyword nearby.
ENTRY_VERBS: tuple[str, ...] = (
    "enter ", "type ", "key in ", "use ",
    "käytä ", "använd ", "bruk ", "brug ", "verwenden sie ", "utilisez ", "utilise ", "usa ",
    "utiliza ", "gebruik ",
    "syötä ", "kirjoita ", "näppäile ",
    "ange ", "skriv in ", "knappa in ",
    "tast inn ", "skriv inn ", "oppgi ",
    "indtast ", "tast ",
    "geben sie ", "gib ", "tippen sie ",
    "saisissez ", "saisis ", "entrez ", "tapez ", "indiquez ",
    "introduce ", "introduzca ", "ingresa ", "ingrese ", "escribe ", "escriba ", "teclea ",
    "vul ", "voer ", "typ ",
)
