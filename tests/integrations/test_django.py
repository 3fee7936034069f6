"""The Django email backend with a real settings module (tests/integrations/django_settings.py,
``django.setup()``): wrapping locmem, and Django's own SMTP backend against aiosmtpd on loopback."""

from __future__ import annotations

import runpy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

django = pytest.importorskip("django", reason="Django is not installed (pip install -e '.[test]')")

from django.conf import settings  # noqa: E402
from django.core import mail  # noqa: E402
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection  # noqa: E402
from django.test.utils import override_settings  # noqa: E402

from misdirect import Directory, InputError, MessageBlocked, UnknownCustomerError  # noqa: E402
from misdirect.integrations.quarantine import Quarantine  # noqa: E402

from .conftest import ANNA, LINNEA, MAIL_CUSTOMERS, Sink  # noqa: E402

SECRET = "Fjäril88"
PDF = b"%PDF-1.4 Password: hunter22 \x00\x01"

if not settings.configured:
    values = runpy.run_path(str(Path(__file__).with_name("django_settings.py")))
    settings.configure(**{k: v for k, v in values.items() if k.isupper()})
    django.setup()
    # not setup_test_environment(): it would replace EMAIL_BACKEND, the backend under test


@pytest.fixture
def site(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A customer directory file and a quarantine file, named in the settings."""
    db = f"sqlite:///{tmp_path / 'customers.db'}"
    with Directory.connect(db) as d:
        d.upsert(MAIL_CUSTOMERS)
    quarantine = f"sqlite:///{tmp_path / 'quarantine.db'}"
    with override_settings(MISDIRECT_DB=db, MISDIRECT_QUARANTINE=quarantine):
        mail.outbox = []
        yield {"db": db, "quarantine": quarantine}


def order(to: list[str] | None = None, body: str = "Hej Linnea!\nTack för din order.\n",
          customer: str | None = "C-1", **kw: Any) -> EmailMultiAlternatives:
    headers = {"X-Customer-Id": customer} if customer else {}
    return EmailMultiAlternatives("Din order", body, to=to or [LINNEA], headers=headers, **kw)


def test_an_allowed_message_is_sent_through_the_wrapped_backend(site: dict[str, str]) -> None:
    assert order().send() == 1
    (sent,) = mail.outbox
    assert sent.to == [LINNEA] and "Tack för din order" in sent.body


def test_secrets_are_redacted_in_text_html_but_not_attachments(site: dict[str, str]) -> None:
    msg = order(body=f"Hej!\nDitt lösenord: {SECRET}\n")
    msg.attach_alternative(f"<p>Ditt lösenord: <b>{SECRET}</b></p>", "text/html")
    msg.attach("kvitto.pdf", PDF, "application/pdf")
    assert msg.send() == 1
    (sent,) = mail.outbox
    mime = sent.message().as_bytes().decode("utf-8", "replace")
    assert SECRET not in mime and "[redacted password]" in mime
    assert SECRET not in sent.body and SECRET not in sent.alternatives[0][0]
    pdf = [p for p in sent.message().walk() if p.get_content_type() == "application/pdf"]
    assert pdf[0].get_payload(decode=True) == PDF
    assert SECRET in msg.body  # the caller's message is not changed


def test_blocked_and_held_messages_are_not_sent(site: dict[str, str]) -> None:
    with pytest.raises(MessageBlocked) as blocked:
        order(to=[ANNA]).send()
    assert blocked.value.verdict.action.value == "block" and mail.outbox == []
    with pytest.raises(MessageBlocked) as held:
        order(to=["linnea.oberg187@comhem.se"]).send()
    assert held.value.quarantine_id is not None and mail.outbox == []
    with Quarantine(site["quarantine"]) as q:
        (m,) = q.list()
    assert m.id == held.value.quarantine_id and m.envelope_to == ["linnea.oberg187@comhem.se"]


def test_cc_and_bcc_are_checked(site: dict[str, str]) -> None:
    with pytest.raises(MessageBlocked):
        order(bcc=[ANNA]).send()
    with pytest.raises(MessageBlocked):
        order(cc=[ANNA]).send()
    assert mail.outbox == []
    # a secret for a Cc nobody has on record: held until the address is confirmed
    with pytest.raises(MessageBlocked, match="hold"):
        order(body=f"Lösenord: {SECRET}\n", cc=["kundtjanst@butiken.se"]).send()
    assert order(cc=["kundtjanst@butiken.se"]).send() == 1
    assert mail.outbox[0].recipients() == [LINNEA, "kundtjanst@butiken.se"]


def test_fail_silently_returns_the_count_of_messages_sent(site: dict[str, str]) -> None:
    batch = [order(), order(to=[ANNA]), order(customer=None), order(customer="C-404"), order()]
    connection = get_connection(fail_silently=True)
    assert connection.send_messages(batch) == 2
    assert len(mail.outbox) == 2
    verdicts = connection.last_verdicts
    assert [v.action.value if v else None for v in verdicts] == ["allow", "block", None, None,
                                                                  "allow"]


def test_without_fail_silently_the_allowed_are_sent_then_the_first_failure_raised(
        site: dict[str, str]) -> None:
    with pytest.raises(InputError, match="names no customer"):
        get_connection().send_messages([order(), order(customer=None), order(to=[ANNA])])
    assert len(mail.outbox) == 1
    with pytest.raises(UnknownCustomerError):
        order(customer="C-404").send()
    assert get_connection().send_messages([]) == 0


def test_plain_email_message_is_mapped_too(site: dict[str, str]) -> None:
    msg = EmailMessage("PIN", "Din PIN-kod: 4821\n", to=[LINNEA], headers={"X-Customer-Id": "C-1"})
    assert msg.send() == 1
    assert "4821" not in mail.outbox[0].message().as_string()
    assert "4821" not in mail.outbox[0].body


def test_django_smtp_backend_against_a_loopback_server(site: dict[str, str],
                                                       smtp_sink: Sink) -> None:
    with override_settings(MISDIRECT_WRAPPED_BACKEND="django.core.mail.backends.smtp.EmailBackend",
                           EMAIL_HOST=smtp_sink.host, EMAIL_PORT=smtp_sink.port):
        msg = order(body=f"Hej!\nDitt lösenord: {SECRET}\n")
        msg.attach("kvitto.pdf", PDF, "application/pdf")
        assert msg.send() == 1
        with pytest.raises(MessageBlocked):
            order(to=[ANNA]).send()
        assert get_connection(fail_silently=True).send_messages([order(to=[ANNA])]) == 0
    (got,) = smtp_sink.received
    assert got.rcpt_tos == [LINNEA]
    assert got.mail_from == "order@butiken.se"
    text = got.data.decode("utf-8", "replace")
    assert SECRET not in text and "[redacted password]" in text
    pdf = [p for p in got.message.walk() if p.get_content_type() == "application/pdf"]
    assert pdf[0].get_payload(decode=True) == PDF


def test_a_wrapped_backend_that_is_misdirect_itself_is_refused(site: dict[str, str]) -> None:
    from misdirect import ConfigurationError

    with override_settings(MISDIRECT_WRAPPED_BACKEND="misdirect.integrations.django.EmailBackend"
                           ), pytest.raises(ConfigurationError):
        get_connection()


def test_missing_directory_setting_is_a_configuration_error(tmp_path: Path) -> None:
    from misdirect import ConfigurationError

    with override_settings(MISDIRECT_DB=None, MISDIRECT_GUARD=None), \
            pytest.raises(ConfigurationError, match="MISDIRECT_DB"):
        order().send()
