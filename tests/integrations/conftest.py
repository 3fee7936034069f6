"""Shared fixtures of the integration tests: a real aiosmtpd server on loopback that records what
it receives (``smtp_sink``), and a small directory with a Guard (``mail_guard``).

``smtp_sink`` skips with the reason when aiosmtpd is not installed, and fails instead under
``MISDIRECT_REQUIRE_SERVERS=1``.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import policy as email_policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any

import pytest

from misdirect import Customer, Directory, Guard

LINNEA = "linnea.oberg1987@comhem.se"
ANNA = "anna.svensson@telia.com"
MAIL_CUSTOMERS = [
    Customer(id="C-1", full_name="Linnea Öberg", emails=[LINNEA], city="Örebro"),
    Customer(id="C-4", full_name="Anna Svensson", emails=[ANNA]),
]


def _require(what: str) -> None:
    if os.environ.get("MISDIRECT_REQUIRE_SERVERS", "").strip() not in ("", "0", "false", "no"):
        pytest.fail(f"{what} (MISDIRECT_REQUIRE_SERVERS=1)", pytrace=False)
    pytest.skip(what)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Received:
    """One message as the sink got it."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        msg = BytesParser(policy=email_policy.default).parsebytes(self.data)
        assert isinstance(msg, EmailMessage)
        return msg


@dataclass
class Sink:
    """An aiosmtpd server on 127.0.0.1 that keeps every message it accepts."""

    host: str
    port: int
    received: list[Received] = field(default_factory=list)
    #: When set, DATA is answered with this reply instead of 250 (e.g. "451 4.3.0 try later").
    reply: str | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def clear(self) -> None:
        with self.lock:
            self.received.clear()


class _Handler:
    def __init__(self, sink: Sink) -> None:
        self.sink = sink

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.sink.reply is not None:
            return self.sink.reply
        with self.sink.lock:
            self.sink.received.append(Received(
                str(envelope.mail_from), list(envelope.rcpt_tos),
                bytes(envelope.original_content or envelope.content)))
        return "250 2.0.0 OK"


@pytest.fixture
def smtp_sink() -> Iterator[Sink]:
    """A recording SMTP server on loopback: ``sink.host``, ``sink.port``, ``sink.received``."""
    try:
        from aiosmtpd.controller import Controller
    except ImportError:
        _require("aiosmtpd is not installed (pip install -e '.[test]')")
    port = free_port()
    sink = Sink("127.0.0.1", port)
    controller = Controller(_Handler(sink), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield sink
    finally:
        controller.stop()


@pytest.fixture
def mail_guard(memory_directory: Directory) -> Guard:
    """A Guard over C-1 Linnea Öberg and C-4 Anna Svensson (see ``MAIL_CUSTOMERS``)."""
    memory_directory.upsert(MAIL_CUSTOMERS)
    return Guard(memory_directory)
