"""`GuardedSMTP` / `GuardedSMTP_SSL` against a real aiosmtpd server on loopback: what the server
received (or did not) for each action."""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from misdirect import Action, Guard, InputError, MessageBlocked, UnknownCustomerError
from misdirect.integrations.quarantine import Quarantine
from misdirect.integrations.smtp import GuardedSMTP, GuardedSMTP_SSL
from misdirect.policy import Policy

from .conftest import ANNA, LINNEA, Sink, free_port

SECRET = "Fjäril88"


def message(to: str = LINNEA, text: str = "Hej Linnea!\nTack för din order 4471.\n",
            customer: str | None = "C-1", **headers: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Butiken <order@butiken.se>"
    msg["To"] = to
    msg["Subject"] = "Din order 4471"
    if customer:
        msg["X-Customer-Id"] = customer
    for k, v in headers.items():
        msg[k] = v
    msg.set_content(text)
    return msg


@pytest.fixture
def quarantine(tmp_path: Path) -> Iterator[Quarantine]:
    with Quarantine(f"sqlite:///{tmp_path / 'q.db'}") as q:
        yield q


def smtp(sink: Sink, guard: Guard, **kw: object) -> GuardedSMTP:
    return GuardedSMTP(sink.host, sink.port, guard=guard, **kw)  # type: ignore[arg-type]


def test_allow_sends_the_message_unchanged(smtp_sink: Sink, mail_guard: Guard) -> None:
    msg = message(Bcc="kundtjanst@butiken.se")
    with smtp(smtp_sink, mail_guard) as s:
        s.send_message(msg)
        assert s.last_verdict is not None and s.last_verdict.action is Action.ALLOW
    (got,) = smtp_sink.received
    assert got.mail_from == "order@butiken.se"
    assert got.rcpt_tos == [LINNEA, "kundtjanst@butiken.se"]
    assert got.message["Bcc"] is None  # smtplib strips it, as always
    assert got.message.get_content().replace("\r\n", "\n") == msg.get_content()
    assert str(got.message["Subject"]) == "Din order 4471"


def test_a_secret_is_redacted_in_what_the_server_receives(smtp_sink: Sink,
                                                          mail_guard: Guard) -> None:
    with smtp(smtp_sink, mail_guard) as s:
        s.send_message(message(text=f"Hej!\nDitt lösenord: {SECRET}\n"))
    (got,) = smtp_sink.received
    body = got.message.get_content()
    assert SECRET not in body and "[redacted password]" in body


def test_warn_is_sent(smtp_sink: Sink, mail_guard: Guard) -> None:
    # a slip of another customer's address: WARN (near_other_customer_address)
    near = "anna.svenson@telia.com"
    with smtp(smtp_sink, mail_guard) as s:
        s.send_message(message(to=f"{LINNEA}, {near}"))
        assert s.last_verdict is not None and s.last_verdict.action is Action.WARN, \
            s.last_verdict.explain()
    assert smtp_sink.received[0].rcpt_tos == [LINNEA, near]


def test_block_sends_nothing(smtp_sink: Sink, mail_guard: Guard, quarantine: Quarantine) -> None:
    with smtp(smtp_sink, mail_guard, quarantine=quarantine) as s, \
            pytest.raises(MessageBlocked) as caught:
        s.send_message(message(to=ANNA))
    assert caught.value.verdict.action is Action.BLOCK
    assert caught.value.quarantine_id is None and quarantine.list() == []
    assert smtp_sink.received == []


def test_hold_stores_the_message_and_sends_nothing(smtp_sink: Sink, mail_guard: Guard,
                                                  quarantine: Quarantine) -> None:
    typo = "linnea.oberg187@comhem.se"  # a slip of her own address: HOLD
    msg = message(to=typo)
    with smtp(smtp_sink, mail_guard, quarantine=quarantine) as s, \
            pytest.raises(MessageBlocked, match="held in the quarantine") as caught:
        s.send_message(msg)
    assert caught.value.verdict.action is Action.HOLD
    assert smtp_sink.received == []
    held = quarantine.get(caught.value.quarantine_id or "")
    assert held.envelope_to == [typo] and held.envelope_from == "order@butiken.se"
    assert held.message == msg.as_bytes() and "typo_of_customer_address" in held.codes
    assert not held.has_original  # the default policy keeps no originals


def test_a_secret_to_a_doubtful_recipient_is_blocked_not_held(smtp_sink: Sink, mail_guard: Guard,
                                                              quarantine: Quarantine) -> None:
    with smtp(smtp_sink, mail_guard, quarantine=quarantine) as s, \
            pytest.raises(MessageBlocked) as caught:
        s.send_message(message(to="linnea.oberg187@comhem.se", text=f"Lösenord: {SECRET}\n"))
    assert caught.value.verdict.action is Action.BLOCK and quarantine.list() == []


def test_hold_keeps_the_original_when_the_policy_says_so(smtp_sink: Sink, mail_guard: Guard,
                                                         quarantine: Quarantine) -> None:
    # no rules: a secret to a doubtful recipient is held (not blocked), and the original kept
    policy = Policy.model_validate({**Policy.default().model_dump(), "rules": [],
                                    "quarantine": {"keep_original": True}})
    guard = Guard(mail_guard.directory, policy=policy)
    with smtp(smtp_sink, guard, quarantine=quarantine) as s, \
            pytest.raises(MessageBlocked) as caught:
        s.send_message(message(to="linnea.oberg187@comhem.se", text=f"Lösenord: {SECRET}\n"))
    assert caught.value.verdict.action is Action.HOLD
    qid = caught.value.quarantine_id or ""
    original = quarantine.original(qid)
    held = quarantine.get(qid).message
    assert original is not None and SECRET in original.decode()
    assert held is not None and SECRET not in held.decode() and b"[redacted password]" in held


def test_hold_without_a_quarantine_raises_all_the_same(smtp_sink: Sink, mail_guard: Guard) -> None:
    with smtp(smtp_sink, mail_guard) as s, pytest.raises(MessageBlocked) as caught:
        s.send_message(message(to="linnea.oberg187@comhem.se"))
    assert caught.value.quarantine_id is None and smtp_sink.received == []


def test_send_message_to_explicit_recipients_checks_them(smtp_sink: Sink,
                                                         mail_guard: Guard) -> None:
    with smtp(smtp_sink, mail_guard) as s, pytest.raises(MessageBlocked):
        s.send_message(message(), to_addrs=[LINNEA, ANNA])
    assert smtp_sink.received == []


def test_sendmail_checks_the_envelope_and_sends_redacted_bytes(smtp_sink: Sink,
                                                               mail_guard: Guard) -> None:
    raw = message(text=f"Lösenord: {SECRET}\n").as_bytes()
    with smtp(smtp_sink, mail_guard) as s:
        with pytest.raises(MessageBlocked):
            s.sendmail("order@butiken.se", [LINNEA, ANNA], raw)  # Anna only in the envelope
        assert smtp_sink.received == []
        s.sendmail("order@butiken.se", LINNEA, raw)
    (got,) = smtp_sink.received
    assert got.rcpt_tos == [LINNEA] and SECRET not in got.message.get_content()


def test_the_customer_can_be_given_per_connection_or_per_call(smtp_sink: Sink,
                                                              mail_guard: Guard) -> None:
    with smtp(smtp_sink, mail_guard, customer_id="C-1") as s:
        s.send_message(message(customer=None))
        with pytest.raises(MessageBlocked):  # for C-4, Linnea's address is another customer's
            s.send_message(message(customer=None), customer_id="C-4")
    assert len(smtp_sink.received) == 1


def test_no_customer_or_an_unknown_one_sends_nothing(smtp_sink: Sink, mail_guard: Guard) -> None:
    with smtp(smtp_sink, mail_guard) as s:
        with pytest.raises(InputError, match="names no customer"):
            s.send_message(message(customer=None))
        with pytest.raises(UnknownCustomerError):
            s.send_message(message(customer="C-404"))
    assert smtp_sink.received == []


def test_a_guard_is_required() -> None:
    with pytest.raises(TypeError):
        GuardedSMTP(guard=None)  # type: ignore[arg-type]


@pytest.fixture
def tls_sink() -> Iterator[tuple[Sink, ssl.SSLContext]]:
    """An implicit-TLS aiosmtpd server with a certificate from a throwaway CA (trustme)."""
    trustme = pytest.importorskip("trustme")
    from aiosmtpd.controller import Controller

    from .conftest import _Handler

    ca = trustme.CA()
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost").configure_cert(server_ctx)
    client_ctx = ssl.create_default_context()
    ca.configure_trust(client_ctx)
    port = free_port()
    sink = Sink("localhost", port)
    controller = Controller(_Handler(sink), hostname="127.0.0.1", port=port,
                            ssl_context=server_ctx)
    controller.start()
    try:
        yield sink, client_ctx
    finally:
        controller.stop()


def test_guarded_smtp_ssl(tls_sink: tuple[Sink, ssl.SSLContext], mail_guard: Guard) -> None:
    sink, ctx = tls_sink
    with GuardedSMTP_SSL("localhost", sink.port, guard=mail_guard, context=ctx) as s:
        s.send_message(message(text=f"Lösenord: {SECRET}\n"))
        with pytest.raises(MessageBlocked):
            s.send_message(message(to=ANNA))
    (got,) = sink.received
    assert SECRET not in got.message.get_content()


# --- guard.wrap: an smtplib connection the application already has ------------------------------


def test_wrap_checks_an_existing_connection(smtp_sink: Sink, mail_guard: Guard,
                                            quarantine: Quarantine) -> None:
    conn = smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=10)
    conn.ehlo("shop.example")
    with mail_guard.wrap(conn, quarantine=quarantine) as s:
        assert s.noop()[0] == 250 and s.has_extn("8bitmime")  # the connection's own methods
        s.send_message(message(text=f"Hej!\nDitt lösenord: {SECRET}\n"))
        assert s.last_verdict is not None and s.last_verdict.redacted
        with pytest.raises(MessageBlocked) as blocked:
            s.send_message(message(to=ANNA))
        assert blocked.value.verdict.action is Action.BLOCK
        with pytest.raises(MessageBlocked) as held:
            s.send_message(message(to="linnea.oberg187@comhem.se"))
        assert held.value.quarantine_id is not None
        with pytest.raises(MessageBlocked):  # Anna only in the envelope
            s.sendmail("order@butiken.se", [LINNEA, ANNA], message().as_bytes())
        s.sendmail("order@butiken.se", [LINNEA], message(text=f"Lösenord: {SECRET}\n").as_bytes())
    assert conn.sock is None  # `with` quit the connection, as smtplib's own `with` does
    assert [r.rcpt_tos for r in smtp_sink.received] == [[LINNEA], [LINNEA]]
    for r in smtp_sink.received:
        assert SECRET not in r.message.get_content() and "[redacted" in r.message.get_content()
    (m,) = quarantine.list()
    assert m.id == held.value.quarantine_id and m.envelope_to == ["linnea.oberg187@comhem.se"]


def test_wrap_leaves_the_connection_itself_alone(smtp_sink: Sink, mail_guard: Guard) -> None:
    """The wrapper checks; the connection it wraps is not patched (whoever holds it directly
    sends unchecked), and it works on after the wrapper raised."""
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=10) as conn:
        s = mail_guard.wrap(conn, customer_id="C-1")
        with pytest.raises(MessageBlocked):
            s.send_message(message(to=ANNA, customer=None))
        assert type(conn).send_message is smtplib.SMTP.send_message
        assert "send_message" not in vars(conn)
        s.send_message(message(customer=None))
    assert len(smtp_sink.received) == 1


def test_wrap_takes_only_an_smtp_connection(mail_guard: Guard) -> None:
    with pytest.raises(TypeError, match="smtplib.SMTP"):
        mail_guard.wrap(object())  # type: ignore[arg-type]
