"""Helpers for the relay and Postfix tests: a recording aiosmtpd sink with fault modes, a small
directory, message builders, and a relay on loopback (in a thread or as a subprocess)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import smtplib
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

from misdirect import Customer, Directory, Guard
from misdirect.integrations.relay import (
    Relay,
    RelayServer,
    RelayThread,
    UpstreamClient,
    free_port,
)

#: Customers of the tests: C-1 and C-2 are namesakes in the same town, C-3 someone else.
CUSTOMERS = [
    Customer(id="C-1", full_name="Linnea Öberg",
             emails=["linnea.oberg1987@comhem.se", "linnea.oberg1987@gmail.com"], city="Örebro"),
    Customer(id="C-2", full_name="Linnea Öberg", emails=["linnea.oberg@telia.com"],
             city="Örebro"),
    Customer(id="C-3", full_name="Matti Virtanen", emails=["matti.virtanen@elisa.fi"],
             city="Helsinki"),
]
OWN = "linnea.oberg1987@comhem.se"  # C-1's own address
OWN2 = "linnea.oberg1987@gmail.com"  # C-1's other address
SLIP = "linnea.oberg187@comhem.se"  # a typing slip of it: HOLD
OTHER = "linnea.oberg@telia.com"  # C-2's address: BLOCK for C-1's mail
SECRET = "Kesä-2024-salasana!"


def make_message(*, to: str | list[str] = OWN, customer: str | None = "C-1",
                 body: str = "Tilauksesi on vahvistettu.", subject: str = "Tilausvahvistus",
                 size: int = 0, message_id: str | None = None, cc: str | None = None) -> bytes:
    """An order confirmation as SMTP DATA bytes; ``size`` pads the body to about that many
    bytes with plain text."""
    msg = EmailMessage()
    msg["From"] = "Kauppa <orders@shop.example>"
    msg["To"] = ", ".join(to) if isinstance(to, list) else to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Message-ID"] = message_id or f"<{uuid.uuid4().hex}@shop.example>"
    if customer is not None:
        msg["X-Customer-Id"] = customer
    text = body
    if size > len(text):
        filler = "Kiitos tilauksestasi. Toimitamme paketin noutopisteeseen. "
        text += "\n" + (filler * (size // len(filler) + 1))[: size - len(text)]
    msg.set_content(text)
    return msg.as_bytes(policy=default_policy.clone(linesep="\r\n"))


def parse(data: bytes) -> EmailMessage:
    msg = BytesParser(policy=default_policy).parsebytes(data)
    assert isinstance(msg, EmailMessage)
    return msg


def message_id_of(data: bytes) -> str:
    return str(parse(data)["Message-ID"])


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message_id(self) -> str:
        return message_id_of(self.data)


@dataclass
class Sink:
    """A real aiosmtpd server on loopback that records what it accepted.

    ``mode``: "accept" (250), "tempfail" (451 to DATA), "permfail" (550 to DATA), "hang" (no
    answer to DATA for ``hang_seconds``, then 451; nothing recorded), "slow" (250 after
    ``hang_seconds``).
    """

    mode: str = "accept"
    hang_seconds: float = 5.0
    received: list[Received] = field(default_factory=list)
    port: int = 0
    _controller: Any = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.mode == "tempfail":
            return "451 4.3.0 sink says try later"
        if self.mode == "permfail":
            return "550 5.7.0 sink refuses"
        if self.mode == "hang":
            await asyncio.sleep(self.hang_seconds)
            return "451 4.4.2 sink was too slow"
        if self.mode == "slow":
            await asyncio.sleep(self.hang_seconds)
        with self._lock:
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                          bytes(envelope.original_content or envelope.content)))
        return "250 2.0.0 sink has it"

    def start(self) -> Sink:
        self.port = self.port or free_port()
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port,
                                      enable_SMTPUTF8=True, decode_data=False)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def message_ids(self) -> Counter[str]:
        with self._lock:
            return Counter(r.message_id for r in self.received)

    def wait_for(self, n: int, timeout: float = 20.0) -> list[Received]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if len(self.received) >= n:
                    return list(self.received)
            time.sleep(0.02)
        with self._lock:
            return list(self.received)


def sample_directory(url: str = "sqlite://") -> Directory:
    d = Directory.connect(url)
    d.upsert(CUSTOMERS)
    return d


@contextlib.contextmanager
def relay_thread(guard: Guard, sink_port: int, *, quarantine: Any = None,
                 upstream_timeout: float = 5.0, **server_options: Any) -> Iterator[RelayThread]:
    """A relay on a free loopback port in this process, sending to the sink."""
    guard.warm()
    relay = Relay(guard, UpstreamClient("127.0.0.1", sink_port, timeout=upstream_timeout),
                  quarantine=quarantine, metrics=server_options.pop("metrics", None))
    server_options.setdefault("timeout", max(30.0, upstream_timeout * 3))
    server_options.setdefault("port", 0)
    server = RelayServer(relay, host="127.0.0.1", **server_options)
    thread = RelayThread(server).start()
    try:
        yield thread
    finally:
        thread.stop()


def send(port: int, data: bytes, rcpts: list[str] | None = None, *,
         mail_from: str = "orders@shop.example", timeout: float = 30.0) -> tuple[int, str]:
    """Send one message with smtplib; returns the reply to DATA as (code, text)."""
    rcpts = rcpts if rcpts is not None else [a for _, a in _header_addresses(data)]
    with smtplib.SMTP("127.0.0.1", port, timeout=timeout) as s:
        s.ehlo()
        code, text = s.mail(mail_from)
        assert code == 250, (code, text)
        for r in rcpts:
            code, text = s.rcpt(r)
            assert code == 250, (code, text)
        code, text = s.data(data)
        return code, text.decode("utf-8", "replace")


def _header_addresses(data: bytes) -> list[tuple[str, str]]:
    from email.utils import getaddresses

    msg = parse(data)
    return getaddresses([str(v) for h in ("To", "Cc", "Bcc") for v in (msg.get_all(h) or [])])


# --- a relay as a subprocess ---------------------------------------------------------------------


def wait_port(port: int, timeout: float = 30.0, proc: subprocess.Popen[Any] | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"the relay exited with {proc.returncode}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
            return
        time.sleep(0.05)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout} s")


def misdirect_command() -> list[str]:
    exe = shutil.which("misdirect", path=os.path.dirname(sys.executable))
    return [exe] if exe else [sys.executable, "-m", "misdirect"]


@contextlib.contextmanager
def relay_process(db_url: str, upstream_port: int, *, port: int | None = None,
                  extra: list[str] | None = None, log_path: Path | None = None
                  ) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    """``misdirect relay`` in a subprocess on a free port; killed at the end if still alive."""
    with relay_processes(db_url, upstream_port, 1, ports=[port] if port else None, extra=extra,
                         log_path=log_path) as (started,):
        yield started


@contextlib.contextmanager
def relay_processes(db_url: str, upstream_port: int, n: int, *, ports: list[int] | None = None,
                    extra: list[str] | None = None, log_path: Path | None = None
                    ) -> Iterator[list[tuple[subprocess.Popen[bytes], int]]]:
    """``n`` relays started at once (they share the CPU while they import and build their
    index), each on its own free port; stopped with SIGTERM at the end (SIGKILL if they hang)."""
    ports = ports or [free_port() for _ in range(n)]
    log = open(log_path, "ab") if log_path else None  # noqa: SIM115
    procs: list[subprocess.Popen[bytes]] = []
    try:
        for port in ports:
            cmd = [*misdirect_command(), "relay", "--listen", f"127.0.0.1:{port}",
                   "--upstream", f"127.0.0.1:{upstream_port}", "--db", db_url, *(extra or [])]
            procs.append(subprocess.Popen(cmd, stdout=subprocess.DEVNULL,
                                          stderr=log if log is not None else subprocess.DEVNULL))
        for proc, port in zip(procs, ports, strict=True):
            wait_port(port, 60.0, proc)
        yield list(zip(procs, ports, strict=True))
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
        if log is not None:
            log.close()
