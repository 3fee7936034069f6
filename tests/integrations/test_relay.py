"""The SMTP relay against a real aiosmtpd sink on loopback: one outcome per verdict, upstream
faults, size limit, STARTTLS and AUTH, metrics, logs, graceful stop, shared directories."""

from __future__ import annotations

import asyncio
import json
import logging
import smtplib
import ssl
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from misdirect import Customer, Directory, Guard
from misdirect.errors import ConfigurationError, QuarantineStateError
from misdirect.integrations.quarantine import Quarantine
from misdirect.integrations.relay import (
    PasswordFile,
    Relay,
    RelayMetrics,
    RelayServer,
    RelayThread,
    UpstreamClient,
    free_port,
    hash_password,
)

from .relay_kit import (
    OTHER,
    OWN,
    OWN2,
    SECRET,
    SLIP,
    Received,
    Sink,
    make_message,
    message_id_of,
    parse,
    relay_thread,
    sample_directory,
    send,
)


@pytest.fixture
def sink() -> Iterator[Sink]:
    s = Sink().start()
    try:
        yield s
    finally:
        s.stop()


@pytest.fixture(scope="module")
def guard() -> Iterator[Guard]:
    d = sample_directory()
    g = Guard(d)
    g.warm()
    yield g
    g.close()
    d.close()


# (case, message options, envelope recipients (None: the header's), reply code, reply contains,
#  delivered to the sink)
OUTCOMES: list[tuple[str, dict[str, Any], list[str] | None, int, str, bool]] = [
    ("own address", {}, None, 250, "delivered (allow)", True),
    ("secret in the body", {"body": f"Salasana: {SECRET}"}, None, 250, "redacted", True),
    ("namesake's address in To", {"to": OTHER}, None, 550, "owned_by_other_customer", False),
    ("namesake only in the envelope (Bcc)", {}, [OWN, OTHER], 550, "owned_by_other_customer",
     False),
    ("namesake only in Cc, envelope own", {"cc": OTHER}, [OWN], 550, "owned_by_other_customer",
     False),
    ("no customer header", {"customer": None}, None, 550, "X-Customer-Id", False),
    ("unknown customer id", {"customer": "C-99"}, None, 451, "not in the directory", False),
    ("slip of own address, no quarantine", {"to": SLIP}, None, 451, "no quarantine", False),
]


@pytest.mark.parametrize("inline", [False, True], ids=["threads", "inline"])
@pytest.mark.parametrize(("case", "options", "rcpts", "code", "contains", "delivered"), OUTCOMES,
                         ids=[o[0] for o in OUTCOMES])
def test_each_verdict_gets_its_smtp_answer(guard: Guard, sink: Sink, inline: bool, case: str,
                                           options: dict[str, Any], rcpts: list[str] | None,
                                           code: int, contains: str, delivered: bool) -> None:
    data = make_message(**options)
    with relay_thread(guard, sink.port, inline_checks=inline) as relay:
        got_code, text = send(relay.port, data, rcpts)
    assert (got_code, contains in text) == (code, True), text
    # a refusal names codes, never the other customer
    assert "telia" not in text and "C-2" not in text
    # the sink records a message before it answers 250, and the relay answers after that
    received = list(sink.received)
    assert len(received) == (1 if delivered else 0)
    if delivered:
        (r,) = received
        assert r.message_id == message_id_of(data)
        assert r.rcpt_tos == (rcpts or [OWN])
        if "body" not in options:
            assert r.data == data  # nothing to redact: byte-identical
        else:
            assert SECRET.encode() not in r.data and SECRET not in r.data.decode("utf-8")
            assert "[redacted" in parse(r.data).get_body().get_content()  # type: ignore[union-attr]


# --- HOLD: the quarantine ----------------------------------------------------------------------


@pytest.fixture
def quarantine(tmp_path: Path) -> Iterator[Quarantine]:
    q = Quarantine(f"sqlite:///{tmp_path / 'quarantine.db'}")
    try:
        yield q
    finally:
        q.close()


@pytest.mark.parametrize("inline", [False, True], ids=["threads", "inline"])
def test_held_message_is_committed_to_the_quarantine_before_the_250(
        guard: Guard, sink: Sink, quarantine: Quarantine, tmp_path: Path, inline: bool) -> None:
    """HOLD: 250 "held for review as ID" only once the row is committed (a second connection to
    the database file sees it at once); the sink gets nothing until someone releases it, and a
    second release of the same message is refused."""
    data = make_message(to=SLIP)
    with relay_thread(guard, sink.port, quarantine=quarantine, inline_checks=inline) as relay:
        code, text = send(relay.port, data, [SLIP], mail_from="orders@shop.example")
    assert code == 250 and text.startswith("2.0.0 held for review as "), text
    qid = text.rsplit(" ", 1)[1]
    assert sink.received == []
    with Quarantine(f"sqlite:///{tmp_path / 'quarantine.db'}", create=False) as other:
        held = other.get(qid)
    assert held.status == "held" and held.customer_id == "C-1" and held.action == "hold"
    assert "typo_of_customer_address" in held.codes
    assert held.envelope_from == "orders@shop.example" and held.envelope_to == [SLIP]
    assert held.message_id == message_id_of(data)
    assert held.message == data  # nothing to redact: stored as it came
    assert not held.has_original
    assert [e.event for e in held.events] == ["held"] and held.events[0].by == "misdirect relay"

    def deliver(message: bytes, envelope_from: str, envelope_to: list[str]) -> None:
        with smtplib.SMTP("127.0.0.1", sink.port, timeout=10) as s:
            assert s.sendmail(envelope_from, envelope_to, message) == {}

    quarantine.release(qid, by="agent.anna", send=deliver)
    with pytest.raises(QuarantineStateError):
        quarantine.release(qid, by="agent.bertil", send=deliver)
    (r,) = sink.received
    assert r.rcpt_tos == [SLIP] and r.data == data


@pytest.mark.parametrize("keep", [False, True], ids=["default", "keep_original"])
def test_a_held_message_is_stored_redacted_and_the_original_only_if_kept(
        sink: Sink, quarantine: Quarantine, keep: bool) -> None:
    """A policy that holds (not blocks) a secret to a slip of the customer's address: the
    quarantine stores the redacted message, and the one that came only under keep_original."""
    from misdirect.policy import Policy, QuarantineSettings

    d = sample_directory()
    policy = Policy.default().model_copy(update={
        "rules": [], "quarantine": QuarantineSettings(keep_original=keep)})
    g = Guard(d, policy=policy)
    data = make_message(to=SLIP, body=f"Salasana: {SECRET}")
    try:
        with relay_thread(g, sink.port, quarantine=quarantine) as relay:
            code, text = send(relay.port, data, [SLIP])
    finally:
        d.close()
    assert code == 250 and "held for review" in text, text
    qid = text.rsplit(" ", 1)[1]
    held = quarantine.get(qid)
    assert held.message is not None and SECRET.encode() not in held.message
    assert b"[redacted" in held.message
    assert held.has_original is keep
    assert quarantine.original(qid) == (data if keep else None)


def test_a_quarantine_that_cannot_commit_gets_a_451(guard: Guard, sink: Sink,
                                                     tmp_path: Path) -> None:
    """The database under the quarantine is gone: the client keeps the message (451), nothing
    is delivered, and the next message to a good address still goes out."""
    path = tmp_path / "gone" / "quarantine.db"
    path.parent.mkdir()
    q = Quarantine(f"sqlite:///{path}")
    q.close()
    path.unlink()
    path.parent.rmdir()  # SQLite cannot create the file again: every hold fails
    broken = Quarantine(f"sqlite:///{path}", create=False)
    try:
        with relay_thread(guard, sink.port, quarantine=broken) as relay:
            code, text = send(relay.port, make_message(to=SLIP), [SLIP])
            assert (code, text.split()[0]) == (451, "4.3.0"), text
            assert "quarantine unavailable" in text
            assert send(relay.port, make_message())[0] == 250
    finally:
        broken.close()
    assert len(sink.received) == 1


def test_a_message_that_is_no_mime_is_refused(guard: Guard, sink: Sink) -> None:
    with relay_thread(guard, sink.port) as relay:
        code, text = send(relay.port, b"no headers, just text\r\n", [OWN])
    assert code == 554 and "MIME" in text
    assert sink.received == []


def test_an_error_in_the_handler_is_a_451_never_aiosmtpds_500(guard: Guard, sink: Sink,
                                                               monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    """A bug that escapes the DATA handler (say a worker pool already shut down) must leave the
    message with the client: 451, not aiosmtpd's "500 Error: (Type) text", which would bounce
    it and could carry the error's text to the client."""
    async def broken(self: RelayServer, envelope: Any) -> str:
        raise RuntimeError("secret detail Kesä-2024")

    monkeypatch.setattr(RelayServer, "_handle_data", broken)
    with relay_thread(guard, sink.port) as relay:
        code, text = send(relay.port, make_message())
    assert (code, text.split()[0]) == (451, "4.3.0"), text
    assert "secret" not in text and "RuntimeError" not in text
    assert sink.received == []


@pytest.mark.parametrize(("mode", "code", "status"), [
    ("down", 451, "4.4.0"),  # nothing listens on the upstream port
    ("tempfail", 451, "4.4.2"),  # the upstream answers 451 to DATA
    ("permfail", 554, "5.0.0"),  # the upstream answers 550 to DATA
    ("hang", 451, "4.4.2"),  # the upstream never answers DATA within the timeout
])
@pytest.mark.parametrize("threads", [False, True], ids=["sends on the loop", "threads"])
def test_upstream_faults_never_get_a_250(guard: Guard, mode: str, code: int,
                                         status: str, threads: bool) -> None:
    sink = Sink(mode=mode, hang_seconds=3.0)
    if mode != "down":
        sink.start()
    port = sink.port or free_port()
    try:
        with relay_thread(guard, port, upstream_timeout=1.0, threads=threads) as relay:
            start = time.monotonic()
            got, text = send(relay.port, make_message())
            took = time.monotonic() - start
        assert (got, text.split()[0]) == (code, status), text
        assert sink.received == []
        assert took < 10  # bounded by the upstream timeout, not by the hang
    finally:
        sink.stop()


@pytest.mark.parametrize("threads", [False, True], ids=["sends on the loop", "threads"])
def test_a_pooled_connection_the_upstream_dropped_is_replaced(guard: Guard,
                                                              threads: bool) -> None:
    """The relay keeps upstream connections open; when the upstream restarted in between, the
    next message still goes out (once), because nothing was sent on the dead connection."""
    port = free_port()
    first = Sink(port=port).start()
    with relay_thread(guard, port, threads=threads) as relay:
        assert send(relay.port, make_message())[0] == 250
        first.stop()
        second = Sink(port=port).start()
        try:
            data = make_message()
            assert send(relay.port, data)[0] == 250
            assert second.message_ids() == {message_id_of(data): 1}
        finally:
            second.stop()
    assert len(first.received) == 1


@pytest.mark.parametrize("threads", [False, True], ids=["sends on the loop", "threads"])
def test_a_connection_lost_after_the_data_is_a_451_and_never_sent_again(guard: Guard,
                                                                        threads: bool) -> None:
    """The upstream took the data and hung up before its reply: it may have the message, so the
    relay answers 451 and does not send it again, on that connection or on a fresh one; the
    next message goes out once on a new connection."""
    class HangsUp(Sink):
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            if not self.received:
                self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                              bytes(envelope.original_content)))
                server.transport.close()
                await asyncio.sleep(1.0)
                return "250 too late"
            return await super().handle_DATA(server, session, envelope)

    sink = HangsUp().start()
    try:
        with relay_thread(guard, sink.port, threads=threads) as relay:
            first, second = make_message(), make_message()
            code, text = send(relay.port, first)
            assert (code, text.split()[0]) == (451, "4.4.2"), text
            assert send(relay.port, second)[0] == 250
        assert sink.message_ids() == {message_id_of(first): 1, message_id_of(second): 1}
    finally:
        sink.stop()


def test_checks_run_on_the_event_loop_only_when_they_cannot_block(guard: Guard) -> None:
    """The relay checks on the event loop only when no directory probe is due (a probe reads the
    database, a rebuild takes seconds), no DNS check runs and the message is not large."""
    from misdirect.integrations.relay import INLINE_MAX_BYTES, _check_on_loop

    guard.warm()
    assert _check_on_loop(guard, 2000)
    assert not _check_on_loop(guard, INLINE_MAX_BYTES + 1)
    d = Directory.connect("sqlite://", refresh_interval=60)
    d.upsert([Customer(id="c1", emails=["anna@example.se"])])
    polling = Guard(d)
    assert not _check_on_loop(polling, 2000)  # not warm: the index is built in a worker
    polling.warm()
    polling.check_message(make_message(to="anna@example.se", customer="c1"))  # probes now
    assert _check_on_loop(polling, 2000)  # the next probe is a minute away
    d._next_probe = time.monotonic() - 1  # due
    assert not _check_on_loop(polling, 2000)
    assert not _check_on_loop(object(), 2000)  # a lookup that does not say


def test_upstream_refusing_a_recipient_refuses_the_whole_message(guard: Guard) -> None:
    class Picky(Sink):
        async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                              rcpt_options: list[str]) -> str:
            if address == OWN2:
                return "550 5.1.1 no such user"
            envelope.rcpt_tos.append(address)
            return "250 OK"

    sink = Picky().start()
    try:
        with relay_thread(guard, sink.port) as relay:
            code, text = send(relay.port, make_message(), [OWN, OWN2])
        assert code == 554, text
        assert sink.received == []
    finally:
        sink.stop()


def test_size_limit(guard: Guard, sink: Sink) -> None:
    with relay_thread(guard, sink.port, max_size=20_000) as relay:
        assert send(relay.port, make_message(size=10_000))[0] == 250
        assert send(relay.port, make_message(size=40_000))[0] == 552
    assert len(sink.wait_for(1)) == 1


def test_idle_client_is_disconnected(guard: Guard, sink: Sink) -> None:
    with relay_thread(guard, sink.port, timeout=1.0,
                                                    upstream_timeout=0.2) as relay, \
            smtplib.SMTP("127.0.0.1", relay.port, timeout=10) as s:
        s.ehlo()
        time.sleep(1.6)
        with pytest.raises(smtplib.SMTPServerDisconnected):
            s.mail("orders@shop.example")


def test_upstream_timeout_must_fit_in_the_client_timeout(guard: Guard) -> None:
    relay = Relay(guard, UpstreamClient("127.0.0.1", 1, timeout=200))
    with pytest.raises(ConfigurationError, match="half the client timeout"):
        RelayServer(relay, timeout=300)


# --- STARTTLS and AUTH ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    trustme = pytest.importorskip("trustme")
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    d = tmp_path_factory.mktemp("tls")
    cert.private_key_pem.write_to_path(d / "key.pem")
    cert.cert_chain_pems[0].write_to_path(d / "cert.pem")
    ca.cert_pem.write_to_path(d / "ca.pem")
    return d / "cert.pem", d / "key.pem", d / "ca.pem"


def test_starttls_and_auth(guard: Guard, sink: Sink, certificate: tuple[Path, Path, Path],
                           tmp_path: Path) -> None:
    from misdirect.integrations.relay import tls_context

    cert, key, ca = certificate
    users = tmp_path / "users"
    users.write_text(f"# relay users\norders:{hash_password('s3cret-Pa55')}\n")
    client_tls = ssl.create_default_context(cafile=str(ca))
    with relay_thread(guard, sink.port, tls=tls_context(cert, key),
                      authenticator=PasswordFile(users)) as relay:
        # no AUTH: refused before any message
        with smtplib.SMTP("127.0.0.1", relay.port, timeout=10) as s:
            s.ehlo()
            assert s.mail("orders@shop.example")[0] == 530
        # AUTH before STARTTLS is not offered
        with smtplib.SMTP("127.0.0.1", relay.port, timeout=10) as s:
            s.ehlo()
            assert not s.has_extn("auth")
        # wrong password
        with smtplib.SMTP("127.0.0.1", relay.port, timeout=10) as s:
            s.starttls(context=client_tls)
            with pytest.raises(smtplib.SMTPAuthenticationError):
                s.login("orders", "wrong")
        # the certificate verifies against the test CA, the login works, the message goes out
        data = make_message()
        with smtplib.SMTP("127.0.0.1", relay.port, timeout=10) as s:
            s.starttls(context=client_tls)
            s.login("orders", "s3cret-Pa55")
            assert s.sendmail("orders@shop.example", [OWN], data) == {}
    assert sink.message_ids() == {message_id_of(data): 1}


@pytest.mark.parametrize(("content", "error"), [
    ("", "no users"),
    ("orders:plaintext\n", "expected user:scrypt"),
    ("orders:scrypt$!!$!!\n", "not base64"),
])
def test_password_file_errors(tmp_path: Path, content: str, error: str) -> None:
    path = tmp_path / "users"
    path.write_text(content)
    with pytest.raises(ConfigurationError, match=error):
        PasswordFile(path)


def test_auth_without_tls_is_a_configuration_error(guard: Guard, tmp_path: Path) -> None:
    users = tmp_path / "users"
    users.write_text(f"a:{hash_password('x')}\n")
    relay = Relay(guard, UpstreamClient("127.0.0.1", 1, timeout=1))
    with pytest.raises(ConfigurationError, match="STARTTLS"):
        RelayServer(relay, authenticator=PasswordFile(users))


# --- metrics and logs ----------------------------------------------------------------------------


def test_metrics_endpoint_counts_by_outcome_and_action(guard: Guard, sink: Sink) -> None:
    metrics = RelayMetrics()
    port = metrics.serve("127.0.0.1", 0)
    try:
        with relay_thread(guard, sink.port, metrics=metrics) as relay:
            for options in ({}, {}, {"to": OTHER}, {"customer": "C-99"}):
                send(relay.port, make_message(**options))
        body = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5).read()
    finally:
        metrics.close()
    text = body.decode()
    assert 'misdirect_relay_messages_total{action="allow",outcome="delivered"} 2.0' in text
    assert 'misdirect_relay_messages_total{action="block",outcome="refused"} 1.0' in text
    assert 'misdirect_relay_messages_total{action="none",outcome="deferred"} 1.0' in text
    assert 'misdirect_relay_seconds_count{outcome="delivered"} 2.0' in text
    assert "misdirect_relay_in_flight 0.0" in text


def test_logs_hold_ids_codes_and_masked_addresses_only(guard: Guard, sink: Sink,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="misdirect.relay")
    with relay_thread(guard, sink.port) as relay:
        send(relay.port, make_message(to=OTHER, body=f"Salasana: {SECRET}"))
        send(relay.port, make_message(body=f"Salasana: {SECRET}"))
    records = [json.loads(r.getMessage()) for r in caplog.records
               if r.name == "misdirect.relay" and '"event": "message"' in r.getMessage()]
    assert [r["outcome"] for r in records] == ["refused", "delivered"]
    assert records[0]["customer_id"] == "C-1" and "owned_by_other_customer" in records[0]["codes"]
    everything = caplog.text
    for personal in (OTHER, OWN, SECRET, "Linnea", "Öberg", "Tilaus"):
        assert personal not in everything
    assert records[0]["recipients"] == ["l******g@t***a.com"]


# --- shutdown ------------------------------------------------------------------------------------


def test_stop_finishes_the_message_in_flight(guard: Guard) -> None:
    """SIGTERM's path: stop listening, let the message being sent finish, answer it, close."""
    sink = Sink(mode="slow", hang_seconds=1.0).start()
    try:
        relay = Relay(guard, UpstreamClient("127.0.0.1", sink.port, timeout=5))
        thread = RelayThread(RelayServer(relay, port=0, timeout=30)).start()
        result: dict[str, Any] = {}
        data = make_message()

        def client() -> None:
            result["reply"] = send(thread.port, data)

        t = threading.Thread(target=client)
        t.start()
        time.sleep(0.5)  # the message is at the (slow) upstream now
        thread.stop(grace=10)
        t.join(10)
        assert result["reply"][0] == 250
        assert sink.message_ids() == {message_id_of(data): 1}
        with pytest.raises(OSError):  # no longer listening
            smtplib.SMTP("127.0.0.1", thread.port, timeout=2)
    finally:
        sink.stop()


# --- several relays, one directory -------------------------------------------------------------


def test_relays_sharing_a_directory_see_its_changes(shared_url: str, sink: Sink) -> None:
    """Two relays on one database each refresh their index when the directory's revision moves:
    a customer added by a third process becomes checkable on both without a restart."""
    seed = Directory.connect(shared_url)
    seed.upsert([Customer(id="C-1", full_name="Linnea Öberg", emails=[OWN])])
    guards = [Guard(Directory.connect(shared_url, refresh_interval=0.2)) for _ in range(2)]
    new = make_message(customer="C-7", to="aki.niemi@elisa.fi")
    try:
        with relay_thread(guards[0], sink.port) as a, relay_thread(guards[1], sink.port) as b:
            assert [send(r.port, new)[0] for r in (a, b)] == [451, 451]  # not known yet
            seed.upsert([Customer(id="C-7", full_name="Aki Niemi", emails=["aki.niemi@elisa.fi"])])
            time.sleep(0.5)
            assert [send(r.port, new)[0] for r in (a, b)] == [250, 250]
    finally:
        for g in guards:
            g.directory.close()
        seed.close()
    assert sink.message_ids() == {message_id_of(new): 2}


class _Recorder(smtplib.SMTP):
    """An smtplib connection that records the commands it would send (no socket)."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[str] = []
        self.does_esmtp = True
        self.esmtp_features = {"smtputf8": ""}

    def putcmd(self, cmd: str, args: str = "") -> None:
        self.sent.append(f"{cmd} {args}".strip())

    def getreply(self) -> tuple[int, bytes]:
        return 250, b"OK"


@pytest.mark.parametrize(("address", "options"), [
    ("orders@shop.example", []), ("", []), ("a.b+c@d-e.example", ["SIZE=10", "BODY=8BITMIME"]),
    ("Anna <a@b.se>", []), ('"a b"@c.se', []), ("ä@b.se", ["SMTPUTF8"]), ("a@b.se>", []),
])
def test_upstream_commands_are_the_ones_smtplib_sends(address: str, options: list[str]) -> None:
    from misdirect.integrations.relay import _mail, _rcpt

    ours, stock = _Recorder(), _Recorder()
    assert _mail(ours, address, options) == stock.mail(address, options)
    if address:
        assert _rcpt(ours, address) == stock.rcpt(address)
    assert ours.sent == stock.sent
