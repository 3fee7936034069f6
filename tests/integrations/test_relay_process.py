"""Issue 8's "done when", for the relay on its own: the ``misdirect relay`` command in its own
process, a sending system in another one (this test, with smtplib), an aiosmtpd sink as the
upstream. Each verdict gets its outcome: delivered as it came, delivered redacted, held in the
quarantine (and listed by ``misdirect quarantine list``), refused with 550 and the codes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from misdirect.cli import cli

from .relay_kit import (
    OTHER,
    OWN,
    SECRET,
    SLIP,
    Sink,
    make_message,
    message_id_of,
    parse,
    relay_process,
    sample_directory,
    send,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def relay_and_sink(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, Sink, str]]:
    """``misdirect relay --db FILE`` (the quarantine in the same database, as by default) in
    front of a sink; yields the relay's port, the sink and the database URL."""
    url = f"sqlite:///{tmp_path_factory.mktemp('relay-process') / 'customers.db'}"
    sample_directory(url).close()
    sink = Sink().start()
    try:
        with relay_process(url, sink.port) as (_proc, port):
            yield port, sink, url
    finally:
        sink.stop()


def _arrived(sink: Sink, data: bytes) -> list[bytes]:
    mid = message_id_of(data)
    return [r.data for r in list(sink.received) if r.message_id == mid]


def test_allowed_message_is_delivered_byte_identical(relay_and_sink: tuple[int, Sink, str]
                                                     ) -> None:
    port, sink, _ = relay_and_sink
    data = make_message()
    code, text = send(port, data, [OWN])
    assert (code, text) == (250, "2.0.0 delivered (allow)")
    assert _arrived(sink, data) == [data]


def test_secret_is_redacted_in_what_the_upstream_gets(relay_and_sink: tuple[int, Sink, str]
                                                      ) -> None:
    port, sink, _ = relay_and_sink
    data = make_message(body=f"Salasana: {SECRET}\nTervetuloa!")
    code, text = send(port, data, [OWN])
    assert (code, text) == (250, "2.0.0 delivered (allow; redacted)")
    (got,) = _arrived(sink, data)
    assert SECRET.encode() not in got and SECRET.encode("utf-8") not in got
    body = parse(got).get_body().get_content()  # type: ignore[union-attr]
    assert "[redacted" in body and "Tervetuloa!" in body and SECRET not in body


def test_held_message_is_in_the_quarantine_and_not_delivered(
        relay_and_sink: tuple[int, Sink, str]) -> None:
    port, sink, url = relay_and_sink
    data = make_message(to=SLIP)
    code, text = send(port, data, [SLIP])
    assert code == 250 and text.startswith("2.0.0 held for review as "), text
    qid = text.rsplit(" ", 1)[1]
    listed = CliRunner().invoke(cli, ["quarantine", "list", "--json", "--db", url])
    assert listed.exit_code == 0, listed.output
    (held,) = [m for m in json.loads(listed.output) if m["id"] == qid]
    assert held["status"] == "held" and held["customer_id"] == "C-1"
    assert "typo_of_customer_address" in held["codes"]
    assert held["message_id"] == message_id_of(data)
    assert _arrived(sink, data) == []


def test_refused_message_gets_550_with_the_codes(relay_and_sink: tuple[int, Sink, str]) -> None:
    port, sink, _ = relay_and_sink
    data = make_message(to=OTHER)
    code, text = send(port, data, [OTHER])
    assert code == 550 and text.startswith("5.7.1 blocked by misdirect: "), text
    assert "owned_by_other_customer" in text
    assert "telia" not in text and "C-2" not in text  # the codes, never the other customer
    assert _arrived(sink, data) == []


def test_the_relay_log_holds_no_address_in_the_clear(tmp_path: Path) -> None:
    """The command's log lines (stderr) for a delivered, a held and a refused message name the
    recipients masked, and never the secret."""
    url = f"sqlite:///{tmp_path / 'customers.db'}"
    sample_directory(url).close()
    log = tmp_path / "relay.log"
    sink = Sink().start()
    try:
        with relay_process(url, sink.port, log_path=log) as (_proc, port):
            assert send(port, make_message(body=f"Salasana: {SECRET}"), [OWN])[0] == 250
            assert send(port, make_message(to=SLIP), [SLIP])[0] == 250
            assert send(port, make_message(to=OTHER), [OTHER])[0] == 550
    finally:
        sink.stop()
    lines = [json.loads(line) for line in log.read_text("utf-8").splitlines()
             if '"event": "message"' in line]
    assert [m["outcome"] for m in lines] == ["delivered", "held", "refused"]
    text = log.read_text("utf-8")
    for clear in (OWN, SLIP, OTHER, SECRET):
        assert clear not in text
