"""misdirect as a real Postfix after-queue content filter (Postfix's FILTER_README, "advanced"
method), on loopback ports of a throwaway Postfix instance:

    smtplib -> Postfix smtpd :A (content_filter=misdirect:[127.0.0.1]:R) -> queue
            -> misdirect relay :R -> Postfix re-injection smtpd :B (no filter) -> queue
            -> smtp:[127.0.0.1]:S, an aiosmtpd sink

The relay is the ``misdirect relay`` command in its own process, as a mail admin runs it, with
its quarantine in its ``--db`` database; smtplib runs in this process.

The instance has its own config_directory, queue_directory and data_directory under /tmp, logs
to its own maillog file, and is stopped at the end; the system Postfix is not touched. Skips when
Postfix is not installed or this is not root (``postfix start`` needs root); fails instead under
MISDIRECT_REQUIRE_SERVERS=1.
"""

from __future__ import annotations

import json
import os
import shutil
import smtplib
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from misdirect import Customer, Directory
from misdirect.cli import cli
from misdirect.integrations.relay import free_port

from .relay_kit import (
    OTHER,
    OWN,
    SECRET,
    SLIP,
    Received,
    Sink,
    make_message,
    message_id_of,
    parse,
    relay_process,
    sample_directory,
)

pytestmark = pytest.mark.slow

POSTFIX = shutil.which("postfix") or ("/usr/sbin/postfix" if os.path.exists("/usr/sbin/postfix")
                                      else None)
SENDER = "orders@shop.example"


def _unavailable(reason: str) -> None:
    if os.environ.get("MISDIRECT_REQUIRE_SERVERS", "").strip() not in ("", "0", "false", "no"):
        pytest.fail(f"{reason} (MISDIRECT_REQUIRE_SERVERS=1)", pytrace=False)
    pytest.skip(reason)


MAIN_CF = """\
# A throwaway instance for misdirect's tests: loopback only, its own directories.
compatibility_level = 3.6
queue_directory = {root}/queue
data_directory = {root}/data
mail_owner = postfix
setgid_group = postdrop
syslog_name = postfix-misdirect-test
maillog_file = {root}/maillog
maillog_file_prefixes = {root}
myhostname = misdirect-test.localhost
mydestination =
alias_maps =
alias_database =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, reject
smtp_dns_support_level = disabled
# everything leaves for the sink
default_transport = smtp:[127.0.0.1]:{sink}
relay_transport = smtp:[127.0.0.1]:{sink}
# FILTER_README: no address rewriting before the filter, it happens after re-injection
receive_override_options = no_address_mappings
# retry deferred mail at once (a test cannot wait minutes)
queue_run_delay = 1s
minimal_backoff_time = 1s
maximal_backoff_time = 2s
"""

MASTER_CF = """\
# the port applications submit to: everything it takes goes through misdirect
127.0.0.1:{submit} inet n - n - - smtpd
  -o content_filter=misdirect:[127.0.0.1]:{relay}
# the content filter transport (FILTER_README: "scan")
misdirect unix - - n - 4 smtp
  -o smtp_send_xforward_command=yes
  -o disable_mime_output_conversion=yes
  -o smtp_generic_maps=
# re-injection from misdirect: no filter again, no checks again
127.0.0.1:{reinject} inet n - n - 10 smtpd
  -o content_filter=
  -o receive_override_options=no_unknown_recipient_checks,no_header_body_checks,no_milters
  -o smtpd_helo_restrictions=
  -o smtpd_client_restrictions=
  -o smtpd_sender_restrictions=
  -o smtpd_relay_restrictions=
  -o smtpd_recipient_restrictions=permit_mynetworks,reject
  -o mynetworks=127.0.0.0/8
  -o smtpd_authorized_xforward_hosts=127.0.0.0/8
pickup unix n - n 60 1 pickup
cleanup unix n - n - 0 cleanup
qmgr unix n - n 300 1 qmgr
rewrite unix - - n - - trivial-rewrite
bounce unix - - n - 0 bounce
defer unix - - n - 0 bounce
trace unix - - n - 0 bounce
verify unix - - n - 1 verify
flush unix n - n 1000? 0 flush
proxymap unix - - n - - proxymap
smtp unix - - n - - smtp
relay unix - - n - - smtp
showq unix n - n - - showq
error unix - - n - - error
retry unix - - n - - error
discard unix - - n - - discard
anvil unix - - n - 1 anvil
scache unix - - n - 1 scache
postlog unix-dgram n - n - 1 postlogd
"""


@dataclass
class Postfix:
    root: Path
    submit: int
    reinject: int
    relay: int
    sink: int

    @property
    def config(self) -> Path:
        return self.root / "etc"

    def postfix(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        assert POSTFIX is not None
        done = subprocess.run([POSTFIX, "-c", str(self.config), *args], capture_output=True,
                              text=True, timeout=60)
        if check and done.returncode != 0:
            raise RuntimeError(f"postfix {' '.join(args)} failed ({done.returncode}):\n"
                               f"{done.stdout}{done.stderr}\n{self.log()[-3000:]}")
        return done

    def log(self) -> str:
        path = self.root / "maillog"
        return path.read_text(errors="replace") if path.exists() else ""

    def master_pid(self) -> int | None:
        try:
            return int((self.root / "queue" / "pid" / "master.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def queue_ids(self) -> list[str]:
        """Queue files still in the instance's queue (deferred or active)."""
        out = []
        for sub in ("incoming", "active", "deferred", "hold"):
            d = self.root / "queue" / sub
            if d.exists():
                out += [p.name for p in d.rglob("*") if p.is_file()]
        return out


@pytest.fixture(scope="module")
def postfix_instance() -> Iterator[Postfix]:
    if POSTFIX is None:
        _unavailable("Postfix is not installed (Debian: apt-get install postfix)")
    if os.geteuid() != 0:
        _unavailable("starting a Postfix instance needs root")
    # not under pytest's tmp_path: the postfix user must be able to reach the directories
    root = Path(tempfile.mkdtemp(prefix="misdirect-postfix-", dir="/tmp"))
    root.chmod(0o755)
    pf = Postfix(root, free_port(), free_port(), free_port(), free_port())
    (root / "etc").mkdir()
    (root / "queue").mkdir()
    (root / "data").mkdir()
    shutil.chown(root / "data", "postfix")
    (root / "etc" / "main.cf").write_text(MAIN_CF.format(root=root, sink=pf.sink))
    (root / "etc" / "master.cf").write_text(MASTER_CF.format(
        submit=pf.submit, relay=pf.relay, reinject=pf.reinject))
    try:
        pf.postfix("check")
        pf.postfix("start")
        from .relay_kit import wait_port

        wait_port(pf.submit, 30)
        wait_port(pf.reinject, 30)
        yield pf
    finally:
        pid = pf.master_pid()
        pf.postfix("stop", check=False)
        deadline = time.monotonic() + 15
        while pid is not None and _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        shutil.rmtree(root, ignore_errors=True)


def _alive(pid: int) -> bool:
    """Whether the process runs (a zombie nobody reaped yet counts as gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.fixture(scope="module")
def quarantine_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The relay's database: the directory, and the quarantine beside it (the default)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('postfix-relay') / 'customers.db'}"
    sample_directory(url).close()
    return url


@pytest.fixture(scope="module")
def through_postfix(postfix_instance: Postfix, quarantine_url: str
                    ) -> Iterator[tuple[Postfix, Sink, str]]:
    """The Postfix instance with ``misdirect relay`` as its content filter, and the sink
    behind it; yields the relay's database URL too."""
    pf = postfix_instance
    sink = Sink(port=pf.sink).start()
    # the relay listens on the port Postfix's content_filter names; it delivers to re-injection
    try:
        with relay_process(quarantine_url, pf.reinject, port=pf.relay,
                           extra=["--upstream-timeout", "10", "--refresh-interval", "0.5"]):
            yield pf, sink, quarantine_url
    finally:
        sink.stop()


def _submit(pf: Postfix, data: bytes, rcpts: list[str]) -> None:
    with smtplib.SMTP("127.0.0.1", pf.submit, timeout=30) as s:
        refused = s.sendmail(SENDER, rcpts, data)
    assert refused == {}  # Postfix queued it; what happens next is the filter's


def _arrival(sink: Sink, message_id: str, timeout: float = 20.0) -> list[Received]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = [r for r in list(sink.received) if _mentions(r, message_id)]
        if got:
            return got
        time.sleep(0.05)
    return []


def _mentions(r: Received, message_id: str) -> bool:
    return message_id.encode() in r.data


def test_allowed_message_is_delivered_through_postfix(through_postfix: tuple[Postfix, Sink, str]
                                                      ) -> None:
    pf, sink, _ = through_postfix
    data = make_message()
    mid = message_id_of(data)
    _submit(pf, data, [OWN])
    (got,) = _arrival(sink, mid)
    assert got.rcpt_tos == [OWN] and got.mail_from == SENDER
    msg = parse(got.data)
    assert str(msg["Message-ID"]) == mid
    assert len(msg.get_all("Received") or []) >= 2  # Postfix before and after the filter
    assert msg.get_body().get_content().strip() == "Tilauksesi on vahvistettu."  # type: ignore[union-attr]


def test_secret_is_redacted_through_postfix(through_postfix: tuple[Postfix, Sink, str]) -> None:
    pf, sink, _ = through_postfix
    data = make_message(body=f"Salasana: {SECRET}\nTervetuloa!")
    _submit(pf, data, [OWN])
    (got,) = _arrival(sink, message_id_of(data))
    text = parse(got.data).get_body().get_content()  # type: ignore[union-attr]
    assert SECRET not in text and SECRET.encode() not in got.data
    assert "[redacted" in text and "Tervetuloa!" in text


def test_held_message_is_quarantined_and_released_through_postfix(
        through_postfix: tuple[Postfix, Sink, str], quarantine_url: str) -> None:
    """HOLD: the relay commits the message to the quarantine and answers 250, so Postfix counts
    it as handed over (nothing bounces, nothing waits in its queue) and the sink gets nothing.
    ``misdirect quarantine release --upstream <re-injection port>`` then sends it on through
    Postfix, once; a second release is refused (exit 4)."""
    pf, sink, _ = through_postfix
    data = make_message(to=SLIP)
    mid = message_id_of(data)
    _submit(pf, data, [SLIP])
    runner = CliRunner()
    held: list[dict[str, object]] = []
    deadline = time.monotonic() + 20
    while not held and time.monotonic() < deadline:
        listed = runner.invoke(cli, ["quarantine", "list", "--json", "--db", quarantine_url])
        assert listed.exit_code == 0, listed.output
        held = [m for m in json.loads(listed.output) if m["message_id"] == mid]
        time.sleep(0.1)
    assert held, pf.log()[-2000:]
    (m,) = held
    assert m["status"] == "held" and m["customer_id"] == "C-1"
    assert "typo_of_customer_address" in m["codes"]  # type: ignore[operator]
    assert m["envelope_to"] == [SLIP] and m["envelope_from"] == SENDER
    assert _arrival(sink, mid, timeout=1.0) == []
    assert pf.queue_ids() == []  # Postfix is done with it: the quarantine has it
    upstream = f"127.0.0.1:{pf.reinject}"
    args = ["quarantine", "release", str(m["id"]), "--db", quarantine_url, "--upstream", upstream,
            "--by", "agent.anna"]
    released = runner.invoke(cli, args)
    assert released.exit_code == 0, released.output
    (got,) = _arrival(sink, mid)
    assert got.rcpt_tos == [SLIP] and got.mail_from == SENDER
    assert runner.invoke(cli, args).exit_code == 4  # released already: never twice
    time.sleep(1.5)
    assert len([r for r in sink.received if _mentions(r, mid)]) == 1


def test_refused_message_is_bounced_to_its_sender_not_delivered(
        through_postfix: tuple[Postfix, Sink, str]) -> None:
    """550 from misdirect: Postfix returns the message to its sender (a DSN naming the codes);
    the namesake gets nothing."""
    pf, sink, _ = through_postfix
    data = make_message(to=OTHER)
    mid = message_id_of(data)
    _submit(pf, data, [OTHER])
    arrivals = _arrival(sink, mid)
    assert arrivals, pf.log()[-2000:]
    (dsn,) = arrivals
    assert dsn.rcpt_tos == [SENDER] and dsn.mail_from == "<>"  # a bounce, to the sender
    assert OTHER not in [r for a in sink.received for r in a.rcpt_tos]
    assert b"550 5.7.1 blocked by misdirect" in dsn.data
    assert b"owned_by_other_customer" in dsn.data
    assert "status=bounced" in pf.log()


def test_deferred_message_waits_in_postfix_and_goes_out_once_checkable(
        through_postfix: tuple[Postfix, Sink, str]) -> None:
    """451 from misdirect (a customer id the directory does not have yet): Postfix keeps the
    message in its queue and retries; once the customer is in the directory it is delivered,
    once."""
    pf, sink, url = through_postfix
    to = "aki.niemi@elisa.fi"
    data = make_message(customer="C-70", to=to)
    mid = message_id_of(data)
    _submit(pf, data, [to])
    deadline = time.monotonic() + 20
    while "customer id not in the directory" not in pf.log() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "status=deferred" in pf.log()
    assert pf.queue_ids() != []  # kept in Postfix's queue
    assert _arrival(sink, mid, timeout=0.5) == []
    # another process adds the customer; the relay sees the directory's revision move
    with Directory.connect(url, create=False) as d:
        d.upsert([Customer(id="C-70", full_name="Aki Niemi", emails=[to])])
    got = _arrival(sink, mid, timeout=20)
    time.sleep(1.5)  # a second delivery would come with the next queue run
    assert len([r for r in sink.received if _mentions(r, mid)]) == 1, got
    assert pf.queue_ids() == []
