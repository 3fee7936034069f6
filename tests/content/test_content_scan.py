"""`scan`: the interface others depend on, findings that leak nothing, redaction byte for byte."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

import pytest

import misdirect.content as content
from misdirect.content import DEFAULT_DETECTORS, ContentScan, Detector, Match, scan
from misdirect.models import Customer, OutboundEmail


def _email(**kw: object) -> OutboundEmail:
    return OutboundEmail(customer_id="c1", to=["a@example.com"], **kw)  # type: ignore[arg-type]


def test_exports_are_pinned() -> None:
    assert set(content.__all__) == {
        "DEFAULT_DETECTORS", "SECRET_KINDS", "ContentScan", "Detector", "HtmlText",
        "KeywordSecrets", "KnownSecrets", "Match", "NationalIds", "PaymentCards", "PersonalData",
        "ScoredSecrets", "describe_kind", "html_to_text", "marker_for", "scan",
    }
    ids = [d.id for d in DEFAULT_DETECTORS]
    assert ids == ["keyword_secrets", "scored_secrets", "national_ids", "payment_cards"]
    assert len(set(ids)) == len(ids)
    for d in DEFAULT_DETECTORS:
        assert isinstance(d, Detector)


def test_nothing_found_returns_the_same_object() -> None:
    email = _email(subject="Your order 1234 has shipped", text="Total 19,90 €. Thanks!")
    result = scan(email)
    assert isinstance(result, ContentScan)
    assert result.message is email
    assert result.findings == []
    assert result.secret_kinds == frozenset()


def test_finding_shape_and_explanation() -> None:
    text = "Hello,\nYour PIN code is 4821.\nOrder 5520193."
    result = scan(_email(text=text))
    (f,) = result.findings
    assert f.code == "secret_in_body"
    assert f.kind == "pin"
    assert f.check == "content.keyword_secrets"
    assert f.recipient is None
    assert f.location is not None and f.location.field == "text"
    assert text[f.location.start:f.location.end] == "4821"
    assert f.explanation == (
        f"A PIN code in the text body at characters {f.location.start}–{f.location.end} (redacted).")
    assert "4821" not in f.explanation
    assert result.message.text == "Hello,\nYour PIN code is [redacted pin].\nOrder 5520193."
    assert result.secret_kinds == {"pin"}


def test_redact_predicate_per_kind() -> None:
    text = "PIN: 4821\nHenkilötunnus: 131052-308T"
    result = scan(_email(text=text), redact=lambda kind: kind != "national_id")
    assert result.message.text == "PIN: [redacted pin]\nHenkilötunnus: 131052-308T"
    assert result.secret_kinds == {"pin", "national_id"}
    explanations = {f.kind: f.explanation for f in result.findings}
    assert explanations["national_id"].endswith("(not redacted).")


def test_redact_false_reports_only() -> None:
    email = _email(text="Password: Xk9#mQ2p")
    result = scan(email, redact=False)
    assert result.message is email
    assert result.secret_kinds == {"password"}


def test_subject_counts() -> None:
    result = scan(_email(subject="482913 is your verification code"))
    assert result.message.subject == "[redacted otp] is your verification code"
    assert result.findings[0].location.field == "subject"  # type: ignore[union-attr]


def test_html_location_points_into_original_html() -> None:
    html = "<p>Salasana:&nbsp;<b>Kis</b>sa&#49;23</p><p>Tilaus 448120</p>"
    result = scan(_email(html=html))
    (f,) = result.findings
    assert f.location is not None
    assert html[f.location.start:f.location.end] == "Kis</b>sa&#49;23"
    assert result.message.html == "<p>Salasana:&nbsp;<b>[redacted password]</b></p><p>Tilaus 448120</p>"


@pytest.mark.parametrize(("html", "secret"), [
    ("<p>Your code: 12<span>34</span>56</p>", "123456"),
    ("<p>Your code: 12 34\n56</p>", "123456"),
    ("<p>Your code: 1&#50;3456</p>", "123456"),
    ('<a href="https://example.com/login?otp=123456">Sign in</a>', "123456"),
])
def test_known_secrets_wherever_they_appear(html: str, secret: str) -> None:
    result = scan(_email(html=html, known_secrets=[secret]))
    out = result.message.html or ""
    # in a link the marker is percent-encoded, so that the URL stays valid
    assert "[redacted" in out or "%5Bredacted" in out
    visible = "".join(_Text.of(out)) + out
    assert secret not in visible.replace(" ", "").replace("\n", "")
    assert _tags(out) == _tags(html)


def test_known_secret_not_inside_longer_number() -> None:
    result = scan(_email(text="Order 123456 is on its way.", known_secrets=["2345"]))
    assert result.findings == []


def test_known_secret_kind_comes_from_detector_when_both_match() -> None:
    result = scan(_email(text="Your PIN code is 4821.", known_secrets=["4821"]))
    assert [f.kind for f in result.findings] == ["pin"]


def test_personal_data_of_the_customer() -> None:
    customer = Customer(id="c1", full_name="Aino Virtanen", postal_address="Hämeenkatu 5 B 12",
                        postal_code="33100", phone="+358 40 123 4567", customer_number="88123456",
                        birth_date=dt.date(1985, 7, 9), national_id="090785-123X")
    text = ("Hei Aino,\nToimitusosoite: Hämeenkatu 5 B 12, 33100 Tampere\nAsiakasnumero 88123456\n"
            "Puhelin 040 123 4567, syntymäaika 9.7.1985.\nTilaus 33100999.")
    result = scan(_email(text=text), customer)
    kinds = sorted(f.kind or "" for f in result.findings if f.code == "personal_data_in_body")
    assert kinds == ["birth_date", "customer_number", "phone", "postal_address", "postal_code"]
    assert result.personal_data_kinds == set(kinds)
    assert result.message.text == text  # informational: nothing is redacted
    for f in result.findings:
        assert f.check == "content.personal_data"
        assert f.location is not None


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        self.tags.append("/" + tag)

    @classmethod
    def of(cls, html: str) -> list[str]:
        p = cls()
        p.feed(html)
        return p.parts


def _tags(html: str) -> list[str]:
    p = _Text()
    p.feed(html)
    return p.tags


class _Everything:
    """A custom detector: every run of 'X'."""

    id = "xs"
    kinds = frozenset({"password"})

    def find(self, text: str, field: str) -> list[Match]:
        import re

        return [Match(m.start(), m.end(), "password", self.id) for m in re.finditer("X+", text)]


def test_custom_detectors() -> None:
    result = scan(_email(text="aXXb PIN: 1234"), detectors=[_Everything()])
    assert result.message.text == "a[redacted password]b PIN: 1234"
    assert result.findings[0].check == "content.xs"


def test_findings_are_capped_but_every_value_is_redacted() -> None:
    from misdirect.content.scanner import MAX_FINDINGS_PER_FIELD

    text = "".join(f"PIN: {1000 + i}\n" for i in range(MAX_FINDINGS_PER_FIELD + 50))
    result = scan(_email(text=text))
    assert len(result.findings) == MAX_FINDINGS_PER_FIELD + 1
    assert result.findings[-1].location is None
    assert "50 more secrets" in result.findings[-1].explanation
    assert not any(ch.isdigit() for ch in (result.message.text or ""))
