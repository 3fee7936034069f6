"""The relay's DATA reader (`read_data`, in chunks) against aiosmtpd's own (a line at a time):
two real aiosmtpd servers on loopback, one with the stock protocol and one with the relay's,
get the same bytes over TCP, split into random pieces, with the next command pipelined after
the end of the data; they must record the same content and answer the same replies. And the
relay's reading of a MAIL FROM / RCPT TO address (`_getaddr`, a fast path for plain ones)
against aiosmtpd's own, on generated and hostile arguments."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from aiosmtpd.smtp import SMTP
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from misdirect.integrations.relay import _tracked_smtp_class


class _Record:
    def __init__(self) -> None:
        self.contents: list[bytes] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.contents.append(bytes(envelope.original_content))
        return "250 2.0.0 recorded"


class _Sessions:
    """What the relay's protocol reports its connections to (a RelayServer's ``_sessions``)."""

    def __init__(self) -> None:
        self._sessions: set[Any] = set()


class _Servers:
    """The stock and the relay's aiosmtpd protocol, each on its own loopback port."""

    def __init__(self, size_limit: int) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.records = {"stock": _Record(), "relay": _Record()}
        self.ports: dict[str, int] = {}
        relay_cls = _tracked_smtp_class()
        sessions = _Sessions()

        def stock() -> SMTP:
            return SMTP(self.records["stock"], decode_data=False, data_size_limit=size_limit,
                        enable_SMTPUTF8=True, hostname="test")

        def relay() -> SMTP:
            proto = relay_cls(self.records["relay"], decode_data=False,
                              data_size_limit=size_limit, enable_SMTPUTF8=True,
                              hostname="test")
            proto.relay_server = sessions
            return proto  # type: ignore[no-any-return]

        self.factories = {"stock": stock, "relay": relay}
        self.servers: list[asyncio.AbstractServer] = []

    def start(self) -> _Servers:
        self.thread.start()
        for name, factory in self.factories.items():
            server = asyncio.run_coroutine_threadsafe(
                self.loop.create_server(factory, "127.0.0.1", 0), self.loop).result(10)
            self.servers.append(server)
            self.ports[name] = int(server.sockets[0].getsockname()[1])
        return self

    def stop(self) -> None:
        for server in self.servers:
            self.loop.call_soon_threadsafe(server.close)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


def _read_reply(sock: socket.socket, buf: bytearray) -> bytes:
    """One (possibly multi-line) SMTP reply."""
    while True:
        while b"\r\n" not in buf:
            chunk = sock.recv(65536)
            if not chunk:
                raise ConnectionError("server closed")
            buf += chunk
        lines = bytes(buf).split(b"\r\n")
        for i, line in enumerate(lines[:-1]):
            if len(line) >= 4 and line[3:4] == b" ":
                reply = b"\r\n".join(lines[: i + 1])
                del buf[: len(reply) + 2]
                return reply
        more = sock.recv(65536)
        if not more:
            raise ConnectionError("server closed")
        buf += more


def _session(port: int, data: bytes, cuts: list[int]) -> list[bytes]:
    """EHLO, MAIL, RCPT, DATA, the data (whole lines) and the end of data in pieces (cut at
    ``cuts``) with the pipelined
    MAIL of a second transaction, then RSET and QUIT: every reply's first line."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        buf = bytearray()
        replies = [_read_reply(sock, buf)]
        for cmd in (b"EHLO client.test", b"MAIL FROM:<a@shop.example>",
                    b"RCPT TO:<b@example.se>", b"DATA"):
            sock.sendall(cmd + b"\r\n")
            replies.append(_read_reply(sock, buf))
        stream = data + b".\r\nMAIL FROM:<c@shop.example>\r\n"
        last = 0
        for cut in sorted({c % (len(stream) + 1) for c in cuts}):
            sock.sendall(stream[last:cut])
            last = cut
            time.sleep(0.001)
        sock.sendall(stream[last:])
        replies.append(_read_reply(sock, buf))  # to the data
        replies.append(_read_reply(sock, buf))  # to the pipelined MAIL
        sock.sendall(b"RSET\r\nQUIT\r\n")
        replies.append(_read_reply(sock, buf))
        replies.append(_read_reply(sock, buf))
    return [r.split(b"\r\n")[0] for r in replies[1:]]  # the greeting names the protocol


SIZE_LIMIT = 4096


@pytest.fixture(scope="module")
def servers() -> Iterator[_Servers]:
    s = _Servers(SIZE_LIMIT).start()
    try:
        yield s
    finally:
        s.stop()


def _both(servers: _Servers, data: bytes, cuts: list[int]) -> tuple[list[bytes], list[bytes]]:
    got = {}
    for name in ("stock", "relay"):
        servers.records[name].contents.clear()
        got[name] = _session(servers.ports[name], data, cuts)
    return got["stock"], got["relay"]


# Lines of dots, CRs, LFs and text: what dot-stuffing and the end of data turn on.
_line = st.text(alphabet=[".", "a", " ", "\r", "\n", "é"], max_size=12).map(
    lambda s: s.encode("utf-8"))
_content = st.lists(_line, max_size=12).map(lambda lines: b"".join(x + b"\r\n" for x in lines))


def _stuffed(content: bytes) -> bytes:
    """What a client sends for ``content``: a dot at the start of a line doubled."""
    return (b"\r\n" + content).replace(b"\r\n.", b"\r\n..")[2:]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(content=_content, cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=4))
def test_same_content_and_replies_as_aiosmtpd(servers: _Servers, content: bytes,
                                              cuts: list[int]) -> None:
    stock, relay = _both(servers, _stuffed(content), cuts)
    assert relay == stock
    assert relay[4].startswith(b"250") and relay[5].startswith(b"250")
    assert servers.records["relay"].contents == servers.records["stock"].contents == [content]


def _lines(*lines: bytes) -> bytes:
    return b"".join(line + b"\r\n" for line in lines)


@pytest.mark.parametrize(("case", "data", "reply"), [
    ("empty message", b"", b"250"),
    ("one empty line", _lines(b""), b"250"),
    ("a dot-stuffed line first", _lines(b"..hidden", b"next"), b"250"),
    ("a line that is only a stuffed dot", _lines(b"a", b"..", b"b"), b"250"),
    ("the end marker split by the client", _lines(b"x" * 900), b"250"),
    ("a line over 1,000 bytes", _lines(b"a" * 1200), b"500"),
    ("over the size limit", _lines(*[b"b" * 900] * 6), b"552"),
    ("a long line after the size limit", _lines(*[b"b" * 900] * 6, b"c" * 2000), b"552"),
    ("a long line before the size limit", _lines(b"c" * 2000, b"b" * 900 * 6), b"500"),
])
def test_edges(servers: _Servers, case: str, data: bytes, reply: bytes) -> None:
    stock, relay = _both(servers, data, [1, 901, 902, 903])
    assert relay == stock, case
    assert relay[4].startswith(reply), (case, relay[4])
    assert relay[5].startswith(b"250"), "the pipelined MAIL after the data is answered"
    assert servers.records["relay"].contents == servers.records["stock"].contents
    if reply == b"250":
        unstuffed = (b"\r\n" + data).replace(b"\r\n.", b"\r\n")[2:]
        assert servers.records["relay"].contents == [unstuffed], case
    else:
        assert servers.records["relay"].contents == [], case


# --- MAIL FROM / RCPT TO addresses ------------------------------------------------------------

_atom = st.text(alphabet="abcXYZ09.-_+'!#=/", min_size=0, max_size=6)
_arg_piece = st.sampled_from(["<", ">", "@", " ", "\t", "(", ")", '"', "\\", ",", ":", ";",
                              "[", "]", ".", "SIZE=12", "BODY=8BITMIME", "SMTPUTF8", "é",
                              "\u2063", "x" * 70])


@st.composite
def _path(draw: st.DrawFn) -> str:
    """A MAIL/RCPT argument: mostly the plain shape, often broken or odd somewhere."""
    if draw(st.booleans()):
        return "".join(draw(st.lists(st.one_of(_atom, _arg_piece), max_size=10)))
    local = draw(st.lists(_atom, min_size=1, max_size=3).map(".".join))
    domain = draw(st.lists(_atom, min_size=1, max_size=3).map(".".join))
    params = draw(st.lists(st.one_of(_arg_piece, _atom), max_size=3))
    sep = draw(st.sampled_from(["", " ", "  ", "\t", " (c) "]))
    return f"<{local}@{domain}>" + sep + " ".join(params)


def _getaddr(proto: Any, arg: str) -> tuple[Any, Any]:
    """``proto._getaddr(arg)``, or the error it raised (aiosmtpd's own raises IndexError on
    ``<``; its session then answers 500, and the relay's must do the same)."""
    try:
        return tuple(proto._getaddr(arg))
    except Exception as e:  # noqa: BLE001 - compared, not hidden
        return type(e), None


@pytest.fixture(scope="module")
def protocols() -> Iterator[tuple[Any, Any]]:
    loop = asyncio.new_event_loop()
    try:
        stock, relay = SMTP(_Record(), loop=loop), _tracked_smtp_class()(_Record(), loop=loop)
        stock.local_part_limit = relay.local_part_limit = 20  # a class attribute in aiosmtpd
        yield stock, relay
    finally:
        loop.close()


@settings(max_examples=400, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(arg=_path())
def test_addresses_read_as_aiosmtpd_reads_them(protocols: tuple[Any, Any], arg: str) -> None:
    stock, relay = protocols
    expected, got = _getaddr(stock, arg), _getaddr(relay, arg)
    # what aiosmtpd does with the rest: the parameters, split, or "any at all" without ESMTP
    assert got[0] == expected[0]
    assert (got[1] is None) == (expected[1] is None)
    if expected[1] is not None:
        assert got[1].upper().split() == expected[1].upper().split()
        assert bool(got[1]) == bool(expected[1])


@pytest.mark.parametrize("arg", [
    "<a@b.se>", "<a.b@c-d.example> SIZE=2000 BODY=8BITMIME", "<a@b.se>\tSIZE=1",
    "<" + "x" * 21 + "@b.se>", "<a@b.se>(comment) SIZE=1", "<a@b.se> (c)", '<"a b"@c.se>',
    "<a@b.se>x", "<a..b@c.se>", "<-a@b-.se>", "a@b.se", "<>", "<a@b.se", "<@r.se:a@b.se>",
    "<a@[127.0.0.1]>", "<é@b.se>", "<a@b.se> SIZE=1\r\nRCPT TO:<c@d.se>",
])
def test_address_edges_read_as_aiosmtpd_reads_them(protocols: tuple[Any, Any], arg: str) -> None:
    stock, relay = protocols
    expected, got = _getaddr(stock, arg), _getaddr(relay, arg)
    assert got[0] == expected[0], arg
    assert (got[1] or "").split() == (expected[1] or "").split(), arg
