"""The SMTP relay: misdirect in the mail path, in front of the real MTA (``misdirect relay``).

A client (an application, or Postfix handing over its queue as a content filter) speaks SMTP to
the relay; the relay checks each message with `Guard.check_message` and answers only once the
message is safe:

==================  =========================================================================
verdict             what the relay does, and then answers
==================  =========================================================================
ALLOW, WARN         hands the redacted message to the upstream; ``250`` only after the upstream
                    said ``250`` to it
HOLD                writes the message to the quarantine and commits; then ``250``
BLOCK               ``550 5.7.1`` with the finding codes (never another customer's data)
anything else       ``451 4.x.x``: upstream down, refusing or slow, the directory down, HOLD
                    with no quarantine to put it in, an unknown customer id (the directory may
                    not have it yet), any error; the client keeps the message and retries
==================  =========================================================================

So ``250`` means delivered to the upstream or durably quarantined, and nothing else. A message
is never retried by the relay once its DATA went to the upstream (so it is never sent twice by
the relay); the one window SMTP leaves open is a connection lost after the upstream accepted the
message and before the client read the relay's ``250``: the client then retries, as it would
with any MTA (RFC 1047), and the upstream may get the message twice.

Recipients: the relay checks the envelope recipients (``RCPT TO``, the addresses the upstream
delivers to) together with the header addresses (To, Cc, Bcc, which people see and reply to);
an envelope recipient no header names is checked as a Bcc. It delivers to the envelope
recipients only, exactly as received.

The parts: `Relay` makes the decision and acts on it for one message (blocking; thread-safe,
one Guard shared by all); `UpstreamClient` hands messages on over SMTP with pooled connections;
`RelayServer` is the aiosmtpd server around them (STARTTLS, AUTH, size limit, timeouts,
graceful stop); `RelayMetrics` the Prometheus counters. Log records (logger
``misdirect.relay``) are one JSON object a line holding ids, codes and masked addresses only.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import functools
import hashlib
import hmac
import json
import logging
import re
import secrets
import smtplib
import socket
import ssl
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from misdirect.addresses import mask_address
from misdirect.errors import (
    ConfigurationError,
    DirectoryError,
    InputError,
    MisdirectError,
    UnknownCustomerError,
)
from misdirect.mime import _ADDR, _Fields, parse_message
from misdirect.models import Action

if TYPE_CHECKING:
    from misdirect.guard import Guard
    from misdirect.mime import MessageVerdict

__all__ = [
    "Outcome",
    "PasswordFile",
    "Relay",
    "RelayMetrics",
    "RelayServer",
    "RelayThread",
    "Reply",
    "UpstreamClient",
    "UpstreamError",
    "hash_password",
]

log = logging.getLogger("misdirect.relay")

DEFAULT_CUSTOMER_HEADER = "X-Customer-Id"
#: Keep it at or above the MTA's own limit (Postfix: ``message_size_limit``, 10,240,000 bytes by
#: default), or the MTA bounces what it accepted itself.
DEFAULT_MAX_SIZE = 50 * 1024 * 1024
#: Seconds a client connection may stay silent (aiosmtpd closes it after that).
DEFAULT_TIMEOUT = 300.0
#: Seconds one upstream SMTP command may take; must stay well below the client timeout, because
#: the client's timer runs while the relay waits for the upstream.
DEFAULT_UPSTREAM_TIMEOUT = 60.0

#: Who the quarantine's audit trail names for a message the relay held.
HOLD_BY = "misdirect relay"

_UNSAFE = re.compile(r"[^\x21-\x7e ]+")
#: A plain ASCII address (dot-atom local part, host name domain): what nearly every MAIL FROM and
#: RCPT TO holds, read without the stdlib's header parser (~100 µs a command in aiosmtpd, ~15 µs
#: in smtplib). Anything else takes the library's own path.
_PLAIN_ADDR = re.compile(_ADDR)
#: ``<address>`` and the ESMTP parameters after it, in the plain form (no comment, no quoting).
_PLAIN_PATH = re.compile(rf"<({_ADDR})>((?:[ \t]+[^\s()\"\\]+)*)[ \t]*")


def _safe(text: str, limit: int = 160) -> str:
    """Text that can go into an SMTP reply or a log line: printable ASCII, one line, short."""
    return _UNSAFE.sub(" ", text).strip()[:limit]


# --- replies -----------------------------------------------------------------------------------


class Outcome(str, Enum):
    """What became of one message."""

    DELIVERED = "delivered"  # the upstream answered 250 to it
    HELD = "held"  # committed to the quarantine
    REFUSED = "refused"  # 5xx: the client returns it to its sender
    DEFERRED = "deferred"  # 4xx: the client keeps it and tries again later

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Reply:
    """The relay's answer to one DATA, with what it is based on (for logs and metrics)."""

    outcome: Outcome
    code: int
    status: str  # the enhanced status code, "2.0.0"
    text: str
    action: Action | None = None
    codes: tuple[str, ...] = ()
    customer_id: str | None = None
    quarantine_id: str | None = None
    reason: str = ""  # why a 4xx/5xx that is not a verdict (for the log; no personal data)

    @property
    def line(self) -> str:
        """The SMTP reply line."""
        return f"{self.code} {self.status} {_safe(self.text, 400)}"


def _deferred(status: str, text: str, reason: str, **kw: Any) -> Reply:
    return Reply(Outcome.DEFERRED, 451, status, text, reason=reason, **kw)


def _refused(status: str, text: str, reason: str, code: int = 550, **kw: Any) -> Reply:
    return Reply(Outcome.REFUSED, code, status, text, reason=reason, **kw)


# --- the upstream ------------------------------------------------------------------------------


class UpstreamError(MisdirectError):
    """The upstream did not take a message. ``permanent``: it answered 5xx (to every recipient,
    or to the data); otherwise it was unreachable, answered 4xx, or did not answer in time.
    ``after_data``: the message data went out, so it must not be sent again (the upstream may
    have it)."""

    def __init__(self, message: str, *, code: int | None = None, permanent: bool = False,
                 after_data: bool = False) -> None:
        super().__init__(message)
        self.code = code
        self.permanent = permanent
        self.after_data = after_data


class UpstreamClient:
    """Hands messages to the upstream MTA over SMTP, reusing idle connections.

    Blocking (smtplib); call `send` from worker threads. A pooled connection that the upstream
    closed meanwhile is replaced once, before the message data goes out; after the data went out
    nothing is retried, so the relay never sends a message twice.
    """

    def __init__(self, host: str, port: int, *, timeout: float = DEFAULT_UPSTREAM_TIMEOUT,
                 local_hostname: str | None = None, max_idle: int = 16,
                 idle_seconds: float = 20.0) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self.local_hostname = local_hostname
        self.max_idle, self.idle_seconds = max_idle, idle_seconds
        self._idle: list[tuple[smtplib.SMTP, float]] = []
        self._lock = threading.Lock()
        self._closed = False
        self._aidle: list[tuple[_AsyncConnection, float]] = []  # used on one event loop only

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def _connect(self) -> smtplib.SMTP:
        try:
            conn = smtplib.SMTP(self.host, self.port, timeout=self.timeout,
                                local_hostname=self.local_hostname)
            code, _ = conn.ehlo()
            if code != 250:
                code, _ = conn.helo()
                if code != 250:
                    conn.close()
                    raise UpstreamError(f"upstream answered {code} to HELO", code=code)
        except smtplib.SMTPConnectError as e:
            raise UpstreamError(f"upstream refused the connection ({e.smtp_code})",
                                code=e.smtp_code) from e
        except (OSError, smtplib.SMTPException) as e:
            raise UpstreamError(f"upstream unreachable ({type(e).__name__})") from e
        return conn

    def _take(self) -> tuple[smtplib.SMTP, bool]:
        """An idle connection (True: reused) or a new one."""
        now = time.monotonic()
        stale: list[smtplib.SMTP] = []
        conn: smtplib.SMTP | None = None
        with self._lock:
            while self._idle:
                c, since = self._idle.pop()
                if now - since <= self.idle_seconds:
                    conn = c
                    break
                stale.append(c)
        for c in stale:
            _close_quietly(c)
        if conn is not None:
            return conn, True
        return self._connect(), False

    def _give_back(self, conn: smtplib.SMTP) -> None:
        with self._lock:
            if not self._closed and len(self._idle) < self.max_idle:
                self._idle.append((conn, time.monotonic()))
                return
        _close_quietly(conn)

    def send(self, mail_from: str, rcpt_tos: Sequence[str], data: bytes, *,
             smtputf8: bool = False) -> str:
        """Send one message; returns the upstream's reply to the data (``250 ... queued as X``).

        All or nothing: when the upstream refuses a recipient the transaction is reset and
        `UpstreamError` raised (permanent when every refusal was 5xx), so that the client gets
        one answer for the whole message.
        """
        if not rcpt_tos:
            raise UpstreamError("no recipients", permanent=True)
        conn, reused = self._take()
        try:
            try:
                self._envelope(conn, mail_from, rcpt_tos, data, smtputf8)
            except (smtplib.SMTPServerDisconnected, OSError):
                _close_quietly(conn)
                if not reused:
                    raise
                # the upstream closed an idle connection: nothing was sent yet, so try a fresh one
                conn = self._connect()
                self._envelope(conn, mail_from, rcpt_tos, data, smtputf8)
        except UpstreamError:
            _close_quietly(conn)
            raise
        except _Refused as e:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                conn.rset()
                self._give_back(conn)
                conn = None  # type: ignore[assignment]
            if conn is not None:
                _close_quietly(conn)
            raise UpstreamError(str(e), code=e.code, permanent=e.permanent) from None
        except (smtplib.SMTPException, OSError) as e:
            _close_quietly(conn)
            raise UpstreamError(f"upstream failed before the data ({type(e).__name__})") from e
        # From here on the data is (maybe) at the upstream: never again.
        try:
            code, text = conn.data(data)
        except smtplib.SMTPDataError as e:  # 354 never came: nothing was delivered
            _reset_or_close(conn, self)
            raise UpstreamError(f"upstream refused the data ({e.smtp_code})", code=e.smtp_code,
                                permanent=500 <= e.smtp_code < 600) from e
        except (smtplib.SMTPException, OSError) as e:
            _close_quietly(conn)
            raise UpstreamError(f"upstream did not confirm the data ({type(e).__name__})",
                                after_data=True) from e
        reply = f"{code} {text.decode('utf-8', 'replace')}"
        if code != 250:
            _reset_or_close(conn, self)
            raise UpstreamError(f"upstream answered {_safe(reply, 80)}", code=code,
                                permanent=500 <= code < 600, after_data=True)
        self._give_back(conn)
        return reply

    def _envelope(self, conn: smtplib.SMTP, mail_from: str, rcpt_tos: Sequence[str],
                  data: bytes, smtputf8: bool) -> None:
        options: list[str] = []
        if conn.has_extn("size"):
            options.append(f"SIZE={len(data)}")
        if conn.has_extn("8bitmime") and not data.isascii():
            options.append("BODY=8BITMIME")
        if smtputf8:
            if not conn.has_extn("smtputf8"):
                raise _Refused("upstream does not offer SMTPUTF8", 553, permanent=True)
            options.append("SMTPUTF8")
        code, text = _mail(conn, mail_from, options)
        if code != 250:
            raise _Refused(f"upstream answered {code} to MAIL FROM", code, code >= 500)
        refused: list[int] = []
        for rcpt in rcpt_tos:
            code, text = _rcpt(conn, rcpt)
            if code not in (250, 251):
                refused.append(code)
        _refuse_if_any(refused, len(rcpt_tos))

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for c, _ in idle:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                c.quit()
            _close_quietly(c)
        aidle, self._aidle = self._aidle, []
        for ac, _ in aidle:
            ac.close()

    # -- the same on an event loop (what `RelayServer` uses: no thread per send) --------------

    async def _aconnect(self) -> _AsyncConnection:
        try:
            async with asyncio.timeout(self.timeout):
                reader, writer = await asyncio.open_connection(self.host, self.port)
        except (OSError, TimeoutError) as e:
            raise UpstreamError(f"upstream unreachable ({type(e).__name__})") from e
        conn = _AsyncConnection(reader, writer, self.timeout)
        try:
            code, _ = await conn.reply()
            if code != 220:
                raise UpstreamError(f"upstream refused the connection ({code})", code=code)
            await conn.hello(self.local_hostname or await _fqdn())
        except UpstreamError:
            conn.close()
            raise
        except (OSError, TimeoutError, _ProtocolError) as e:
            conn.close()
            raise UpstreamError(f"upstream unreachable ({type(e).__name__})") from e
        return conn

    async def _atake(self) -> tuple[_AsyncConnection, bool]:
        now = time.monotonic()
        while self._aidle:
            conn, since = self._aidle.pop()
            if now - since <= self.idle_seconds and conn.usable():
                return conn, True
            conn.close()
        return await self._aconnect(), False

    def _agive_back(self, conn: _AsyncConnection) -> None:
        if not self._closed and len(self._aidle) < self.max_idle and conn.usable():
            self._aidle.append((conn, time.monotonic()))
        else:
            conn.close()

    async def send_async(self, mail_from: str, rcpt_tos: Sequence[str], data: bytes, *,
                         smtputf8: bool = False) -> str:
        """`send` on the running event loop, with its guarantees: a pooled connection that the
        upstream closed is replaced once, before the data; after the data, never again."""
        if not rcpt_tos:
            raise UpstreamError("no recipients", permanent=True)
        conn, reused = await self._atake()
        try:
            try:
                await self._aenvelope(conn, mail_from, rcpt_tos, data, smtputf8)
            except (OSError, TimeoutError, _ProtocolError):
                conn.close()
                if not reused:
                    raise
                # the upstream closed an idle connection: nothing was sent yet, so a fresh one
                conn = await self._aconnect()
                await self._aenvelope(conn, mail_from, rcpt_tos, data, smtputf8)
        except UpstreamError:
            conn.close()
            raise
        except _Refused as e:
            await self._areset_or_close(conn)
            raise UpstreamError(str(e), code=e.code, permanent=e.permanent) from None
        except (OSError, TimeoutError, _ProtocolError) as e:
            conn.close()
            raise UpstreamError(f"upstream failed before the data ({type(e).__name__})") from e
        # From here on the data is (maybe) at the upstream: never again.
        try:
            code, text = await conn.command("DATA")
        except (OSError, TimeoutError, _ProtocolError) as e:
            conn.close()
            raise UpstreamError(f"upstream failed before the data ({type(e).__name__})") from e
        if code != 354:  # nothing was delivered
            await self._areset_or_close(conn)
            raise UpstreamError(f"upstream refused the data ({code})", code=code,
                                permanent=500 <= code < 600)
        try:
            code, text = await conn.data(data)
        except (OSError, TimeoutError, _ProtocolError) as e:
            conn.close()
            raise UpstreamError(f"upstream did not confirm the data ({type(e).__name__})",
                                after_data=True) from e
        reply = f"{code} {text}"
        if code != 250:
            await self._areset_or_close(conn)
            raise UpstreamError(f"upstream answered {_safe(reply, 80)}", code=code,
                                permanent=500 <= code < 600, after_data=True)
        self._agive_back(conn)
        return reply

    async def _aenvelope(self, conn: _AsyncConnection, mail_from: str, rcpt_tos: Sequence[str],
                         data: bytes, smtputf8: bool) -> None:
        options: list[str] = []
        if "size" in conn.extensions:
            options.append(f"SIZE={len(data)}")
        if "8bitmime" in conn.extensions and not data.isascii():
            options.append("BODY=8BITMIME")
        if smtputf8:
            if "smtputf8" not in conn.extensions:
                raise _Refused("upstream does not offer SMTPUTF8", 553, permanent=True)
            options.append("SMTPUTF8")
        extra = " " + " ".join(options) if options and conn.esmtp else ""
        code, _ = await conn.command(f"MAIL FROM:{_quote(mail_from)}{extra}", utf8=smtputf8)
        if code != 250:
            raise _Refused(f"upstream answered {code} to MAIL FROM", code, code >= 500)
        refused: list[int] = []
        for rcpt in rcpt_tos:
            code, _ = await conn.command(f"RCPT TO:{_quote(rcpt)}", utf8=smtputf8)
            if code not in (250, 251):
                refused.append(code)
        _refuse_if_any(refused, len(rcpt_tos))

    async def _areset_or_close(self, conn: _AsyncConnection) -> None:
        try:
            code, _ = await conn.command("RSET")
        except (OSError, TimeoutError, _ProtocolError):
            conn.close()
            return
        if code == 250:
            self._agive_back(conn)
        else:
            conn.close()


_FQDN: list[str] = []


async def _fqdn() -> str:
    """This host's name for EHLO, as smtplib finds it, looked up once and off the event loop."""
    if not _FQDN:
        _FQDN.append(await asyncio.get_running_loop().run_in_executor(None, socket.getfqdn))
    return _FQDN[0]


class _ProtocolError(Exception):
    """The upstream's answer is no SMTP reply (or a command cannot be written as one)."""


def _quote(address: str) -> str:
    """An address as a MAIL FROM / RCPT TO path, as smtplib's ``quoteaddr`` writes it."""
    if not address or _PLAIN_ADDR.fullmatch(address):
        return f"<{address}>"
    return smtplib.quoteaddr(address)


_REPLY_LINE = re.compile(rb"([2-5][0-9][0-9])([ -])(.*?)\r?\n", re.DOTALL)


class _AsyncConnection:
    """One SMTP client connection on asyncio streams: commands and replies, each under the
    upstream timeout. The little of SMTP that the relay speaks to its upstream (RFC 5321)."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                 timeout: float) -> None:
        self.reader, self.writer, self.timeout = reader, writer, timeout
        self.esmtp = False
        self.extensions: dict[str, str] = {}

    def usable(self) -> bool:
        """Not closed by either side (an upstream that hung up has left an EOF in the reader)."""
        return not self.writer.is_closing() and not self.reader.at_eof()

    async def reply(self) -> tuple[int, str]:
        """One reply, all its lines: (code, text of the lines joined by newlines)."""
        lines: list[str] = []
        async with asyncio.timeout(self.timeout):
            while True:
                try:
                    line = await self.reader.readuntil(b"\n")
                except asyncio.IncompleteReadError as e:
                    raise ConnectionResetError("the upstream closed the connection") from e
                except asyncio.LimitOverrunError as e:
                    raise _ProtocolError("reply line too long") from e
                m = _REPLY_LINE.fullmatch(line)
                if m is None:
                    raise _ProtocolError("not an SMTP reply")
                lines.append(m.group(3).decode("utf-8", "replace"))
                if m.group(2) == b" ":
                    return int(m.group(1)), "\n".join(lines)

    async def command(self, line: str, *, utf8: bool = False) -> tuple[int, str]:
        if "\r" in line or "\n" in line:
            raise _ProtocolError("a line break in an SMTP command")
        try:
            raw = line.encode("utf-8" if utf8 else "ascii")
        except UnicodeEncodeError as e:
            raise _Refused("an address that is not ASCII, without SMTPUTF8", 553, True) from e
        self.writer.write(raw + b"\r\n")
        return await self.reply()

    async def hello(self, name: str) -> None:
        code, text = await self.command(f"EHLO {name}")
        if code == 250:
            self.esmtp = True
            for feature in text.split("\n")[1:]:
                keyword, _, params = feature.strip().partition(" ")
                self.extensions[keyword.lower()] = params
            return
        code, _ = await self.command(f"HELO {name}")
        if code != 250:
            raise UpstreamError(f"upstream answered {code} to HELO", code=code)

    async def data(self, data: bytes) -> tuple[int, str]:
        """The message after the 354: dot-stuffed and ended as smtplib's ``data`` does it."""
        q = _LEADING_DOT.sub(b"..", data)
        if q[-2:] != b"\r\n":
            q += b"\r\n"
        self.writer.write(q + b".\r\n")
        async with asyncio.timeout(self.timeout):
            await self.writer.drain()
        return await self.reply()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.writer.close()


_LEADING_DOT = re.compile(rb"(?m)^\.")


def _mail(conn: smtplib.SMTP, sender: str, options: list[str]) -> tuple[int, bytes]:
    """``conn.mail``; a plain address (or ``<>``) without smtplib's ``quoteaddr`` parse."""
    if (sender and _PLAIN_ADDR.fullmatch(sender) is None) or "SMTPUTF8" in options:
        return conn.mail(sender, options)
    extra = " " + " ".join(options) if options and conn.does_esmtp else ""
    conn.putcmd("mail", f"FROM:<{sender}>{extra}")
    return conn.getreply()


def _rcpt(conn: smtplib.SMTP, recipient: str) -> tuple[int, bytes]:
    """``conn.rcpt``; a plain address without smtplib's ``quoteaddr`` parse."""
    if _PLAIN_ADDR.fullmatch(recipient) is None:
        return conn.rcpt(recipient)
    conn.putcmd("rcpt", f"TO:<{recipient}>")
    return conn.getreply()


class _Refused(Exception):
    def __init__(self, message: str, code: int, permanent: bool) -> None:
        super().__init__(message)
        self.code, self.permanent = code, permanent


def _refuse_if_any(refused: list[int], n: int) -> None:
    """All or nothing: any refused recipient refuses the message (permanent if all were 5xx)."""
    if refused:
        raise _Refused(f"upstream refused {len(refused)} of {n} recipients "
                       f"({', '.join(str(c) for c in sorted(set(refused)))})",
                       refused[0], all(c >= 500 for c in refused))


def _close_quietly(conn: smtplib.SMTP) -> None:
    with contextlib.suppress(Exception):
        conn.close()


def _reset_or_close(conn: smtplib.SMTP, pool: UpstreamClient) -> None:
    try:
        conn.rset()
    except (smtplib.SMTPException, OSError):
        _close_quietly(conn)
    else:
        pool._give_back(conn)


# --- metrics -----------------------------------------------------------------------------------


class RelayMetrics:
    """Prometheus metrics of one relay, in their own registry (served by `serve`).

    ``misdirect_relay_messages_total{outcome, action}``: messages by what became of them and
    the verdict's action (``none`` when there was no verdict); ``misdirect_relay_seconds``:
    histogram of the time from the end of DATA to the reply; ``misdirect_relay_in_flight``.
    """

    def __init__(self) -> None:
        try:
            from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
        except ImportError as e:  # pragma: no cover - the extra is missing
            raise ConfigurationError("metrics need prometheus-client: pip install "
                                     "'misdirect[relay]'") from e
        self.registry = CollectorRegistry()
        self.messages = Counter("misdirect_relay_messages", "Messages by outcome and action",
                                ["outcome", "action"], registry=self.registry)
        self.seconds = Histogram(
            "misdirect_relay_seconds", "Seconds from the end of DATA to the reply",
            ["outcome"], registry=self.registry,
            buckets=(0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 30, 60))
        self.in_flight = Gauge("misdirect_relay_in_flight", "Messages being checked or sent",
                               registry=self.registry)
        for outcome in Outcome:  # every series exists from the start (rate() needs a zero)
            self.seconds.labels(outcome.value)
        self._server: Any = None

    def observe(self, reply: Reply, seconds: float) -> None:
        self.messages.labels(reply.outcome.value,
                             reply.action.value if reply.action else "none").inc()
        self.seconds.labels(reply.outcome.value).observe(seconds)

    def serve(self, host: str, port: int) -> int:
        """Serve ``/metrics`` over HTTP on host:port (0: any free port); returns the port."""
        from prometheus_client import start_http_server

        server, _thread = start_http_server(port, addr=host, registry=self.registry)
        self._server = server
        return int(server.server_port)

    def close(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


# --- the decision ------------------------------------------------------------------------------


@dataclass
class _Checked:
    """What the check found, between `Relay.decide` and `Relay.act`."""

    mail_from: str
    rcpt_tos: list[str]
    smtputf8: bool
    verdict: MessageVerdict | None = None
    reply: Reply | None = None  # decided without acting (refused or deferred)
    message_id: str | None = None


class Relay:
    """Check one SMTP message and act on the verdict (see the module docstring for the table).

    ``guard``: one `Guard` shared by every connection (its index is built once).
    ``upstream``: where allowed messages go. ``quarantine``: where held messages go (a
    `misdirect.integrations.quarantine.Quarantine`, or any object with its ``hold`` method); it
    gets the redacted message, the envelope, the Message-ID, and the message as it came only
    when the policy says ``quarantine.keep_original``. Without one, a held message gets a 451.
    Thread-safe: `process` runs in worker threads.
    """

    def __init__(self, guard: Guard, upstream: UpstreamClient, *, quarantine: Any = None,
                 customer_header: str = DEFAULT_CUSTOMER_HEADER,
                 metrics: RelayMetrics | None = None) -> None:
        self.guard = guard
        self.upstream = upstream
        self.quarantine = quarantine
        self.customer_header = customer_header
        self.metrics = metrics

    def process(self, mail_from: str, rcpt_tos: Sequence[str], data: bytes, *,
                smtputf8: bool = False) -> Reply:
        """Check, then deliver, hold or refuse; never raises."""
        start = time.perf_counter()
        checked = self.decide(mail_from, rcpt_tos, data, smtputf8=smtputf8)
        return self.act(checked, data, start)

    def decide(self, mail_from: str, rcpt_tos: Sequence[str], data: bytes, *,
               smtputf8: bool = False) -> _Checked:
        """The CPU part: parse and check (may read the directory's revision). Never raises."""
        checked = _Checked(mail_from, list(rcpt_tos), smtputf8)
        try:
            msg = parse_message(data)
        except InputError:
            checked.reply = _refused("5.6.0", "misdirect cannot read this message as MIME",
                                     "unparseable", code=554)
            return checked
        except Exception as e:  # noqa: BLE001 - never a traceback at the client
            checked.reply = _deferred("4.3.0", "misdirect could not check the message",
                                      f"parse failed ({type(e).__name__})")
            return checked
        checked.message_id = _message_id(msg)
        # the header texts as the registry reads them, through mime's fast path for plain ones
        values = {" ".join(v.split()) for v in _Fields(msg).texts(self.customer_header.lower())}
        values.discard("")
        if not values:
            checked.reply = _refused(
                "5.7.1", f"misdirect needs a {self.customer_header} header to check against",
                "no customer id")
            return checked
        if len(values) > 1:
            checked.reply = _refused("5.7.1", f"several different {self.customer_header} "
                                              f"headers", "ambiguous customer id")
            return checked
        customer_id = values.pop()
        try:
            checked.verdict = self.guard.check_message(
                msg, customer_id=customer_id, recipients=checked.rcpt_tos,
                customer_header=self.customer_header, source=data)
        except UnknownCustomerError:
            # a customer created a moment ago may not be in this relay's index yet: retry
            checked.reply = _deferred("4.7.1", "customer id not in the directory (yet)",
                                      "unknown customer", customer_id=customer_id)
        except InputError as e:
            checked.reply = _refused("5.6.0", f"misdirect cannot check this message: {e}",
                                     "input error", customer_id=customer_id)
        except DirectoryError as e:
            checked.reply = _deferred("4.3.0", "customer directory unavailable",
                                      f"directory ({type(e).__name__})",
                                      customer_id=customer_id)
        except Exception as e:  # noqa: BLE001 - anything else: keep the message, retry
            checked.reply = _deferred("4.3.0", "misdirect could not check the message",
                                      f"check failed ({type(e).__name__})",
                                      customer_id=customer_id)
        return checked

    def act(self, checked: _Checked, data: bytes, start: float | None = None) -> Reply:
        """The I/O part: deliver, hold or refuse as decided; log and count. Never raises."""
        start = time.perf_counter() if start is None else start
        try:
            reply = checked.reply or self._act(checked, data)
        except Exception as e:  # noqa: BLE001 - a bug must not lose mail or crash the server
            reply = _internal(e)
        return self._done(checked, reply, start)

    async def act_async(self, checked: _Checked, data: bytes, start: float,
                        pool: ThreadPoolExecutor | None = None) -> Reply:
        """`act` on the running event loop: the upstream send there (`send_async`), a held
        message's commit in ``pool`` (a database write), the rest (refusals) at once. Never
        raises."""
        mv = checked.verdict if checked.reply is None else None
        if mv is not None and mv.action is Action.HOLD and self.quarantine is not None:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(pool, self.act, checked, data, start)
        if mv is None or mv.action > Action.WARN:
            return self.act(checked, data, start)
        try:
            payload, common = _payload(mv, data)
            try:
                await self.upstream.send_async(checked.mail_from, checked.rcpt_tos, payload,
                                               smtputf8=checked.smtputf8)
            except UpstreamError as e:
                reply = _upstream_failed(e, common)
            else:
                reply = _delivered(mv, common)
            return self._done(checked, reply, start)
        except Exception as e:  # noqa: BLE001 - a bug must not lose mail or crash the server
            return self._done(checked, _internal(e), start)

    def _done(self, checked: _Checked, reply: Reply, start: float) -> Reply:
        elapsed = time.perf_counter() - start
        if self.metrics is not None:
            self.metrics.observe(reply, elapsed)
        self._log(checked, reply, elapsed)
        return reply

    def _act(self, checked: _Checked, data: bytes) -> Reply:
        mv = checked.verdict
        assert mv is not None
        payload, common = _payload(mv, data)
        action = mv.action
        codes = common["codes"]
        if action <= Action.WARN:
            try:
                self.upstream.send(checked.mail_from, checked.rcpt_tos, payload,
                                   smtputf8=checked.smtputf8)
            except UpstreamError as e:
                return _upstream_failed(e, common)
            return _delivered(mv, common)
        if action is Action.HOLD:
            if self.quarantine is None:
                return _deferred("4.7.1", "message held by policy but no quarantine is "
                                          "configured", "no quarantine", **common)
            try:
                keep = self.guard.policy.quarantine.keep_original
                qid = self.quarantine.hold(payload, verdict=mv.verdict,
                                           customer_id=mv.customer_id,
                                           envelope_from=checked.mail_from,
                                           envelope_to=list(checked.rcpt_tos),
                                           original=data if keep and mv.redacted else None,
                                           message_id=checked.message_id, by=HOLD_BY)
            except Exception as e:  # noqa: BLE001 - not durable: the client keeps it
                return _deferred("4.3.0", "quarantine unavailable, try again later",
                                 f"quarantine ({type(e).__name__})", **common)
            return Reply(Outcome.HELD, 250, "2.0.0", f"held for review as {qid}",
                         quarantine_id=str(qid), **common)
        return _refused("5.7.1", f"blocked by misdirect: {', '.join(codes) or 'policy'}",
                        "blocked", **common)

    def _log(self, checked: _Checked, reply: Reply, elapsed: float) -> None:
        record: dict[str, Any] = {
            "event": "message", "outcome": reply.outcome.value, "reply": reply.code,
            "action": reply.action.value if reply.action else None,
            "codes": list(reply.codes), "customer_id": reply.customer_id,
            "recipients": [mask_address(r) for r in checked.rcpt_tos],
            "message_id": checked.message_id, "ms": round(elapsed * 1000, 2)}
        if reply.quarantine_id:
            record["quarantine_id"] = reply.quarantine_id
        if reply.reason:
            record["reason"] = _safe(reply.reason)
        level = logging.WARNING if reply.outcome is Outcome.DEFERRED else logging.INFO
        log.log(level, json.dumps(record, ensure_ascii=False))


def _payload(mv: MessageVerdict, data: bytes) -> tuple[bytes, dict[str, Any]]:
    """What goes on (nothing redacted: the very bytes received, byte-identical), and the
    verdict's part of the reply."""
    payload = mv.as_bytes() if mv.redacted else data
    return payload, {"action": mv.action, "codes": tuple(sorted(mv.codes())),
                     "customer_id": mv.customer_id}


def _delivered(mv: MessageVerdict, common: dict[str, Any]) -> Reply:
    return Reply(Outcome.DELIVERED, 250, "2.0.0",
                 f"delivered ({mv.action.value}{'; redacted' if mv.redacted else ''})", **common)


def _upstream_failed(e: UpstreamError, common: dict[str, Any]) -> Reply:
    if e.permanent:
        return _refused("5.0.0", "the upstream mail server refused the message",
                        f"upstream: {e}", code=554, **common)
    return _deferred("4.4.0" if not e.after_data else "4.4.2",
                     "upstream mail server unavailable, try again later",
                     f"upstream: {e}", **common)


def _internal(e: Exception) -> Reply:
    return _deferred("4.3.0", "misdirect failed to handle the message",
                     f"internal error ({type(e).__name__})")


def _message_id(msg: Any) -> str | None:
    """The Message-ID for logs: an id chosen by the sending system, cut to printable ASCII."""
    try:
        # the value as it came (for a log line, no need for the registry's parse of it)
        value = next((v for k, v in msg.raw_items() if k.lower() == "message-id"), None)
    except Exception:  # noqa: BLE001 - a broken header is no reason to fail
        return None
    return (_safe(str(value), 200) or None) if value else None


# --- AUTH --------------------------------------------------------------------------------------


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """A line's hash for `PasswordFile`: ``scrypt$<salt b64>$<hash b64>``."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2 ** 14, r=8, p=1)
    return "scrypt$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(digest).decode()


class PasswordFile:
    """SMTP AUTH users from a file of ``user:scrypt$salt$hash`` lines (`hash_password` makes the
    hash; ``#`` starts a comment). Used as aiosmtpd's ``authenticator`` for PLAIN and LOGIN."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._users: dict[str, tuple[bytes, bytes]] = {}
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except OSError as e:
            raise ConfigurationError(f"{path}: cannot read the AUTH file: {e.strerror}") from e
        for n, line in enumerate(lines, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            user, sep, hashed = line.partition(":")
            parts = hashed.split("$")
            if not sep or not user or len(parts) != 3 or parts[0] != "scrypt":
                raise ConfigurationError(f"{path}:{n}: expected user:scrypt$salt$hash")
            try:
                self._users[user] = (base64.b64decode(parts[1], validate=True),
                                     base64.b64decode(parts[2], validate=True))
            except ValueError as e:
                raise ConfigurationError(f"{path}:{n}: the hash is not base64") from e
        if not self._users:
            raise ConfigurationError(f"{path}: no users")

    def verify(self, user: str, password: str) -> bool:
        known = self._users.get(user)
        # an unknown user costs the same scrypt as a known one (no timing oracle for names)
        salt, digest = known if known is not None else (b"\0" * 16, b"")
        got = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2 ** 14, r=8, p=1)
        return known is not None and hmac.compare_digest(got, digest)

    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str,
                 auth_data: Any) -> Any:
        from aiosmtpd.smtp import AuthResult, LoginPassword

        if mechanism not in ("PLAIN", "LOGIN") or not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        user = auth_data.login.decode("utf-8", "replace")
        ok = self.verify(user, auth_data.password.decode("utf-8", "replace"))
        log.info(json.dumps({"event": "auth", "ok": ok, "user": _safe(user, 64)}))
        return AuthResult(success=ok, handled=False)


def tls_context(cert: str | Path, key: str | Path) -> ssl.SSLContext:
    """The server context for STARTTLS from a PEM certificate chain and key."""
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    try:
        ctx.load_cert_chain(str(cert), str(key))
    except (OSError, ssl.SSLError) as e:
        raise ConfigurationError(f"cannot load the TLS certificate {cert}: {e}") from e
    return ctx


# --- the server --------------------------------------------------------------------------------


@dataclass
class _Handler:
    """The aiosmtpd handler: the server knows no policy, the `Relay` decides."""

    server: RelayServer

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str,
                          mail_options: list[str]) -> str:
        if self.server.stopping:
            return "421 4.3.2 misdirect relay shutting down, try again later"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        return await self.server._handle_data(envelope)

    async def handle_exception(self, error: Exception) -> str:
        """What aiosmtpd answers when a command's handling raised: a 451, so that the client
        keeps the message (aiosmtpd's own answer is a 500 with the error's text)."""
        log.error(json.dumps({"event": "error", "error": type(error).__name__}))
        return "451 4.3.0 misdirect relay error, try again later"


@dataclass
class RelayServer:
    """The relay as an SMTP server on asyncio (aiosmtpd).

    Where the work runs: the upstream send on the event loop (`UpstreamClient.send_async`: no
    thread per message; threads of one process share one interpreter lock, and handing every
    message to one cost ~30% of the relay's CPU); the check on the event loop when it cannot
    block (`_check_on_loop`: the index is built, no freshness probe of the directory is due, no
    DNS check, a message up to 256 KiB), else in one of ``workers`` threads, so that a directory
    rebuild (seconds at a million customers) stalls one worker, not the server; a held
    message's commit to the quarantine in a worker. ``inline_checks=True``: every check on the
    event loop. ``threads=True``: the check and the send of every message in a worker thread
    (smtplib), as before the loop did the sends (see benchmarks/RESULTS.md for the three).
    ``reuse_port``: listen with SO_REUSEPORT, so that several relay processes on this host
    share one port (the kernel spreads connections over them; each process checks and answers
    its own connections, with its own Guard, and stops on its own SIGTERM). This is how a relay
    uses more than one core: threads of one process share one interpreter lock.
    ``timeout``: seconds a client may stay silent. ``max_size``: bytes (552 above). TLS:
    ``tls`` offers STARTTLS, ``require_tls`` demands it before MAIL. AUTH: ``authenticator``
    (a `PasswordFile`) makes AUTH PLAIN/LOGIN required, and only after STARTTLS.
    """

    relay: Relay
    host: str = "127.0.0.1"
    port: int = 10025
    workers: int = 8
    inline_checks: bool = False
    threads: bool = False
    reuse_port: bool = False
    max_size: int = DEFAULT_MAX_SIZE
    timeout: float = DEFAULT_TIMEOUT
    tls: ssl.SSLContext | None = None
    require_tls: bool = False
    authenticator: Callable[..., Any] | None = None
    hostname: str | None = None
    stopping: bool = False
    _server: asyncio.AbstractServer | None = field(default=None, repr=False)
    _pool: ThreadPoolExecutor | None = field(default=None, repr=False)
    _sessions: set[Any] = field(default_factory=set, repr=False)
    _in_flight: set[asyncio.Future[Any]] = field(default_factory=set, repr=False)
    _handling: int = 0

    def __post_init__(self) -> None:
        upstream_timeout = self.relay.upstream.timeout
        if upstream_timeout * 2 >= self.timeout:
            # the client's silence timer runs while the relay waits for the upstream
            raise ConfigurationError(f"the upstream timeout ({upstream_timeout:g} s) must be "
                                     f"less than half the client timeout ({self.timeout:g} s)")
        if self.authenticator is not None and self.tls is None:
            raise ConfigurationError("AUTH needs STARTTLS: give a TLS certificate and key")

    def _protocol(self) -> Any:
        from aiosmtpd.smtp import SMTP

        proto = _TrackedSMTP(
            _Handler(self), data_size_limit=self.max_size, enable_SMTPUTF8=True,
            decode_data=False, hostname=self.hostname, ident="misdirect relay",
            tls_context=self.tls, require_starttls=self.require_tls, timeout=self.timeout,
            auth_required=self.authenticator is not None, auth_require_tls=True,
            authenticator=self.authenticator)
        proto.relay_server = self
        assert isinstance(proto, SMTP)
        return proto

    async def start(self) -> None:
        """Listen (the Guard should be warm: `Guard.warm` builds the index first)."""
        loop = asyncio.get_running_loop()
        self._pool = ThreadPoolExecutor(max_workers=self.workers,
                                        thread_name_prefix="misdirect-relay")
        self._server = await loop.create_server(self._protocol, self.host, self.port,
                                                reuse_address=True,
                                                reuse_port=self.reuse_port or None)
        sock = self._server.sockets[0]
        self.port = int(sock.getsockname()[1])
        log.info(json.dumps({"event": "listening", "address": f"{self.host}:{self.port}",
                             "upstream": self.relay.upstream.address}))

    async def _handle_data(self, envelope: Any) -> str:
        assert self._pool is not None
        data = bytes(envelope.original_content or envelope.content or b"")
        smtputf8 = bool(getattr(envelope, "smtp_utf8", False)) or "SMTPUTF8" in [
            o.upper() for o in envelope.mail_options]
        rcpts = [str(r) for r in envelope.rcpt_tos]
        mail_from = str(envelope.mail_from or "")
        loop = asyncio.get_running_loop()
        metrics = self.relay.metrics
        self._handling += 1
        if metrics is not None:
            metrics.in_flight.inc()
        try:
            start = time.perf_counter()
            job: asyncio.Future[Reply]
            if self.threads:
                job = loop.run_in_executor(self._pool, _process, self.relay, mail_from, rcpts,
                                           data, smtputf8, start)
            else:
                if self.inline_checks or _check_on_loop(self.relay.guard, len(data)):
                    checked = self.relay.decide(mail_from, rcpts, data, smtputf8=smtputf8)
                else:
                    checked = await loop.run_in_executor(
                        self._pool, functools.partial(self.relay.decide, mail_from, rcpts, data,
                                                      smtputf8=smtputf8))
                job = asyncio.ensure_future(self.relay.act_async(checked, data, start,
                                                                 self._pool))
            self._track(job)
            # shielded: a client that hangs up must not orphan a send that is under way
            reply: Reply = await asyncio.shield(job)
            return reply.line
        finally:
            self._handling -= 1
            if metrics is not None:
                metrics.in_flight.dec()

    def _track(self, job: asyncio.Future[Any]) -> None:
        self._in_flight.add(job)
        job.add_done_callback(self._in_flight.discard)

    async def stop(self, grace: float = 30.0) -> None:
        """Stop listening, finish the messages in flight (up to ``grace`` seconds), then close
        the remaining connections (a client in the middle of a message keeps it and retries)."""
        self.stopping = True
        if self._server is not None:
            self._server.close()
        deadline = time.monotonic() + grace
        while (self._handling or self._in_flight) and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        # let the handlers write their replies before their connections close
        await asyncio.sleep(0.05)
        for proto in list(self._sessions):
            transport = getattr(proto, "transport", None)
            if transport is not None:
                transport.close()
        if self._server is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 1.0)
        if self._pool is not None:
            self._pool.shutdown(wait=True)
        self.relay.upstream.close()
        log.info(json.dumps({"event": "stopped", "unfinished": len(self._in_flight)}))

    async def serve(self, stop: asyncio.Event, grace: float = 30.0) -> None:
        """Start, run until ``stop`` is set, stop gracefully."""
        await self.start()
        await stop.wait()
        await self.stop(grace)


#: The largest message checked on the event loop (a longer content scan goes to a worker).
INLINE_MAX_BYTES = 256 * 1024


def _check_on_loop(guard: Any, size: int) -> bool:
    """Whether checking a message of ``size`` bytes cannot block the event loop: the Guard is
    warm, it runs no DNS check, and its directory has an index and no freshness probe due (a
    probe reads the database; a rebuild after it takes seconds). A directory that does not say
    (another kind of lookup) is checked in a worker."""
    if size > INLINE_MAX_BYTES or not getattr(guard, "_warmed", False):
        return False
    if getattr(guard, "resolver", None) is not None:
        return False
    directory = getattr(guard, "directory", None)
    if getattr(directory, "_index", None) is None:
        return False
    if not hasattr(directory, "_refresh_interval"):
        return False
    if getattr(directory, "_refresh_interval", None) is None:
        return True
    return time.monotonic() < getattr(directory, "_next_probe", 0.0)


def _process(relay: Relay, mail_from: str, rcpts: list[str], data: bytes, smtputf8: bool,
             start: float) -> Reply:
    return relay.act(relay.decide(mail_from, rcpts, data, smtputf8=smtputf8), data, start)


def _tracked_smtp_class() -> type:
    from aiosmtpd.smtp import MISSING, SMTP

    class TrackedSMTP(SMTP):
        """aiosmtpd's SMTP protocol, known to its RelayServer while connected (for `stop`)."""

        relay_server: RelayServer

        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            super().connection_made(transport)
            self.relay_server._sessions.add(self)

        def connection_lost(self, error: Exception | None) -> None:
            self.relay_server._sessions.discard(self)
            super().connection_lost(error)

        def _getaddr(self, arg: str) -> tuple[str | None, str | None]:
            """The address of a MAIL FROM / RCPT TO and what follows it; a plain ``<a@b.c>``
            without the stdlib's header parser (which aiosmtpd calls, at ~100 µs a command).
            tests/integrations/test_relay_data.py holds it to aiosmtpd's own."""
            m = _PLAIN_PATH.fullmatch(arg)
            if m is None:
                return super()._getaddr(arg)
            addr = m.group(1)
            limit = self.local_part_limit
            if limit and len(addr.rpartition("@")[0]) > limit:
                return None, None
            return addr, m.group(2).lstrip(" \t")

        async def smtp_DATA(self, arg: str) -> None:
            if self._decode_data:  # the relay never decodes; keep aiosmtpd's own reader then
                await super().smtp_DATA(arg)
                return
            if await self.check_helo_needed():
                return
            if await self.check_auth_needed("DATA"):
                return
            assert self.envelope is not None
            if not self.envelope.rcpt_tos:
                await self.push("503 Error: need RCPT command")
                return
            if arg:
                await self.push("501 Syntax: DATA")
                return
            await self.push("354 End data with <CR><LF>.<CR><LF>")
            try:
                content, problem = await read_data(self._reader, self.data_size_limit,
                                                   self.line_length_limit)
            except asyncio.CancelledError:
                self._writer.close()
                raise
            if problem is not None:
                await self.push(problem)
                self._set_post_data_state()  # type: ignore[no-untyped-call]
                return
            self.envelope.content = content
            self.envelope.original_content = content
            status = await self._call_handler_hook("DATA")
            self._set_post_data_state()  # type: ignore[no-untyped-call]
            await self.push("250 OK" if status is MISSING else status)

    return TrackedSMTP


_END = b"\r\n.\r\n"


async def read_data(reader: asyncio.StreamReader, size_limit: int | None,
                    line_limit: int) -> tuple[bytes, str | None]:
    """The content of one SMTP DATA (up to the line holding only "."), dot-unstuffed, read in
    the chunks the socket delivers instead of aiosmtpd's line at a time (a 50 KB message is
    ~700 lines: ~700 turns of the reader, the largest cost of the relay after the check).

    Returns ``(content, None)``, or ``(b"", reply)`` when the message breaks a limit: ``552``
    above ``size_limit`` bytes, ``500`` for a line longer than ``line_limit`` (with its CRLF);
    either way the whole DATA is read first, as aiosmtpd does (RFC 5321 4.2.5), and what comes
    after the end of the data (a pipelined command) is left in the reader.
    tests/integrations/test_relay_data.py holds it to aiosmtpd's own reader.
    """
    # A CRLF before the data, so that "." on the first line is found like any other.
    buf = bytearray(b"\r\n")
    dropped = 0  # bytes of data let go after the size limit was passed
    too_much = too_long = False
    while True:
        # everything buffered (the reader holds at most a few socket reads): the buffer is
        # empty afterwards, so what follows the data can be handed back in order
        chunk = await reader.read(1 << 30)
        if not chunk:
            raise asyncio.IncompleteReadError(bytes(buf[2:]), None)
        start = max(0, len(buf) - 4)
        buf += chunk
        end = buf.find(_END, start)
        if end >= 0:
            rest = bytes(buf[end + 5:])
            del buf[end + 2:]
            if rest and not reader.at_eof():  # at EOF aiosmtpd ends the session anyway
                reader.feed_data(rest)
            break
        if size_limit and dropped + len(buf) - 2 > size_limit:
            # past the limit: read on to the end, keeping only what the end may start in
            if not too_much:
                too_long = _has_long_line(buf[2:size_limit + 2], line_limit)
                too_much = True
            dropped += len(buf) - 6
            buf = bytearray(b"\0\0") + buf[-4:]
    if not too_much and size_limit and len(buf) - 2 > size_limit:
        too_long = _has_long_line(buf[2:size_limit + 2], line_limit)
        too_much = True
    elif not too_much:
        too_long = _has_long_line(buf[2:], line_limit)
    if too_long:
        return b"", "500 Line too long (see RFC5321 4.5.3.1.6)"
    if too_much:
        return b"", "552 Error: Too much mail data"
    # RFC 5321 4.5.2: the client doubled a dot at the start of a line
    return bytes(buf).replace(b"\r\n.", b"\r\n")[2:], None


def _has_long_line(data: bytearray, line_limit: int) -> bool:
    """Whether a line of ``data`` is longer than ``line_limit`` bytes with its CRLF."""
    return any(len(line) + 2 > line_limit for line in bytes(data).split(b"\r\n"))


class _LazySMTP:
    """aiosmtpd is an optional extra: its subclass is made on first use."""

    _cls: type | None = None

    def __call__(self, *args: Any, **kw: Any) -> Any:
        if _LazySMTP._cls is None:
            try:
                _LazySMTP._cls = _tracked_smtp_class()
            except ImportError as e:  # pragma: no cover - the extra is missing
                raise ConfigurationError("the relay needs aiosmtpd: pip install "
                                         "'misdirect[relay]'") from e
        return _LazySMTP._cls(*args, **kw)


_TrackedSMTP = _LazySMTP()


class RelayThread:
    """A `RelayServer` on its own event loop in a background thread (tests, embedding).

    >>> with RelayThread(server) as t:      # t.port is the port it listens on
    ...     smtplib.SMTP("127.0.0.1", t.port).sendmail(...)
    """

    def __init__(self, server: RelayServer) -> None:
        self.server = server
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True,
                                        name="misdirect-relay-loop")

    @property
    def port(self) -> int:
        return self.server.port

    def start(self) -> RelayThread:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self.server.start(), self._loop).result(30)
        return self

    def stop(self, grace: float = 10.0) -> None:
        if not self._thread.is_alive():
            return
        asyncio.run_coroutine_threadsafe(self.server.stop(grace), self._loop).result(grace + 30)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    def __enter__(self) -> RelayThread:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now (for tests and benchmarks on loopback)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])
