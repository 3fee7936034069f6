"""Every documented keyword form is found (anchors, per-character dispatch and fragments agree)."""

from __future__ import annotations

import pytest

from misdirect.content import KeywordSecrets
from misdirect.content.keywords import ANCHORS, LANGUAGES

FORMS = {
    "password": [
        "password", "passcode", "temporary password", "salasana", "salasanasi", "salasanan",
        "salasanaksi", "tunnussana", "lösenord", "lösenordet", "passord", "passordet",
        "adgangskode", "kodeord", "Passwort", "Kennwort", "Initialpasswort", "mot de passe", "mdp",
        "contraseña", "clave", "wachtwoord",
    ],
    "pin": ["PIN", "PIN code", "PIN number", "PIN-koodi", "PIN-koodisi", "PIN-numerosi",
            "tunnusluvullasi", "code secret", "código secreto", "tunnusluku",
            "tunnuslukusi", "PIN-kod", "PIN-koden", "PIN-kode", "PIN-Code", "Geheimzahl",
            "code PIN", "code confidentiel", "código PIN", "pincode"],
    "puk": ["PUK", "PUK code", "PUK-koodi", "PUK-koden", "PUK-kode", "PUK-Code", "code PUK",
            "código PUK"],
    "otp": ["verification code", "one-time code", "one-time password", "security code", "OTP",
            "TAN", "vahvistuskoodi", "kertakäyttökoodi", "kertakäyttösalasana", "verifieringskod",
            "engångskod", "engångslösenord", "engangskode", "engangspassord", "bekræftelseskode",
            "Einmalcode", "Einmalpasswort", "Bestätigungscode", "Transaktionsnummer",
            "kertakäyttöisen koodin", "behörighetskod", "recovery code", "palautuskoodi",
            "återställningskod", "Entsperrcode", "code de récupération", "código de desbloqueo",
            "herstelcode", "code de vérification",
            "code à usage unique", "código de verificación", "código de un solo uso",
            "verificatiecode", "eenmalige code"],
    "security_answer": ["security answer", "answer to your security question",
                        "turvakysymyksen vastaus", "turvakysymyksen vastauksesi", "säkerhetssvar",
                        "svar på säkerhetsfrågan",
                        "sikkerhetssvar", "sikkerhedssvar", "Sicherheitsantwort",
                        "réponse secrète", "respuesta de seguridad", "beveiligingsantwoord"],
}
ROWS = [(kind, form) for kind, forms in FORMS.items() for form in forms]


@pytest.mark.parametrize(("kind", "form"), ROWS, ids=[f"{k}:{f}" for k, f in ROWS])
def test_keyword_form_is_found(kind: str, form: str) -> None:
    value = "Rosebud" if kind == "security_answer" else ("12345678" if kind == "puk" else "482913")
    text = f"{form}: {value}"
    found = [(m.kind, text[m.start:m.end]) for m in KeywordSecrets().find(text, "text")]
    assert found == [(kind, value)]
    assert any(a in form.lower() for a in ANCHORS)


def test_every_language_has_every_kind() -> None:
    for lang in LANGUAGES:
        assert {k for k, _ in lang.keywords} >= {"otp", "pin", "puk", "password", "security_answer"}
