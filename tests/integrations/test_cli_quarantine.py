"""``misdirect quarantine list | show | release | reject`` through click's CliRunner, releasing to a
real aiosmtpd server on loopback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from misdirect import Guard
from misdirect.cli import cli
from misdirect.cli_quarantine import EXIT_ERROR, EXIT_WRONG_STATE, parse_hostport
from misdirect.integrations.quarantine import Quarantine

from .conftest import ANNA, LINNEA, Sink, free_port

SECRET = "Fjäril88"
RAW = (f"From: order@butiken.se\nTo: {LINNEA}\nCc: {ANNA}\nSubject: Ditt konto\n"
       f"X-Customer-Id: C-1\nContent-Type: text/plain; charset=utf-8\n"
       f"Content-Transfer-Encoding: 8bit\n\nHej!\nDitt lösenord: {SECRET}\n").encode()


def run(*args: str) -> Result:
    return CliRunner(env={"COLUMNS": "200"}).invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def db(tmp_path: Path, mail_guard: Guard) -> tuple[str, str]:
    """A quarantine file holding one message (blocked: Anna is another customer), and its id.
    The original is kept too, so that `show` is seen not to print it."""
    url = f"sqlite:///{tmp_path / 'q.db'}"
    mv = mail_guard.check_message(RAW)
    with Quarantine(url) as q:
        qid = q.hold(mv.as_bytes(), verdict=mv, customer_id="C-1", envelope_from="order@butiken.se",
                     envelope_to=list(mv.recipients), original=RAW)
    return url, qid


def test_list_json_has_the_documented_fields(db: tuple[str, str]) -> None:
    url, qid = db
    result = run("quarantine", "list", "--db", url, "--json")
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.output)
    assert item["id"] == qid and item["customer_id"] == "C-1" and item["status"] == "held"
    assert "owned_by_other_customer" in item["codes"] and item["held_at"].endswith("+00:00")
    assert json.loads(run("quarantine", "list", "--db", url, "--json", "--status",
                          "released").output) == []


def test_list_table_and_empty(db: tuple[str, str], tmp_path: Path) -> None:
    url, qid = db
    result = run("quarantine", "list", "--db", url)
    assert qid in result.output and "C-1" in result.output
    assert "empty" in run("quarantine", "list", "--db", str(tmp_path / "other.db")).output


def test_show_never_prints_the_secret(db: tuple[str, str]) -> None:
    url, qid = db
    result = run("quarantine", "show", qid, "--db", url)
    assert result.exit_code == 0, result.output
    assert SECRET not in result.output
    assert "[redacted password]" in result.output and "owned_by_other_customer" in result.output
    assert "original kept" in result.output and "held" in result.output


def test_release_sends_the_redacted_message_upstream(db: tuple[str, str], smtp_sink: Sink) -> None:
    url, qid = db
    result = run("quarantine", "release", qid, "--db", url, "--upstream",
                 f"{smtp_sink.host}:{smtp_sink.port}", "--by", "agent.anna")
    assert result.exit_code == 0, result.output
    (got,) = smtp_sink.received
    assert got.mail_from == "order@butiken.se" and got.rcpt_tos == [LINNEA, ANNA]
    assert SECRET.encode() not in got.data and b"[redacted password]" in got.data
    # a second release is refused and nothing more is sent
    again = run("quarantine", "release", qid, "--db", url, "--upstream",
                f"{smtp_sink.host}:{smtp_sink.port}", "--by", "agent.bo")
    assert again.exit_code == EXIT_WRONG_STATE and "released" in again.output
    assert len(smtp_sink.received) == 1
    shown = run("quarantine", "show", qid, "--db", url).output
    assert "decided by agent.anna" in shown and "released" in shown


def test_release_to_an_upstream_that_refuses_keeps_it_held(db: tuple[str, str],
                                                          smtp_sink: Sink) -> None:
    url, qid = db
    smtp_sink.reply = "451 4.3.0 try again later"
    result = run("quarantine", "release", qid, "--db", url, "--upstream",
                 f"{smtp_sink.host}:{smtp_sink.port}")
    assert result.exit_code == EXIT_ERROR and "held again" in result.output
    closed = run("quarantine", "release", qid, "--db", url, "--upstream", f"127.0.0.1:{free_port()}")
    assert closed.exit_code == EXIT_ERROR
    with Quarantine(url) as q:
        m = q.get(qid)
    assert m.status == "held" and [e.event for e in m.events].count("release_failed") == 2


def test_reject_records_who_and_why(db: tuple[str, str]) -> None:
    url, qid = db
    result = run("quarantine", "reject", qid, "--db", url, "--by", "agent.anna", "--reason",
                 "Anna Svensson is another customer")
    assert result.exit_code == 0, result.output
    item = json.loads(run("quarantine", "list", "--db", url, "--json").output)[0]
    assert item["status"] == "rejected" and item["decided_by"] == "agent.anna"
    assert item["reason"] == "Anna Svensson is another customer"
    assert run("quarantine", "reject", qid, "--db", url, "--by", "x", "--reason",
               "y").exit_code == EXIT_WRONG_STATE


def test_unknown_id_and_bad_upstream_are_clear_errors(db: tuple[str, str]) -> None:
    url, _qid = db
    result = run("quarantine", "show", "nope", "--db", url)
    assert result.exit_code == EXIT_ERROR and "no held message" in result.output
    result = run("quarantine", "release", _qid, "--db", url, "--upstream", "nohostport")
    assert result.exit_code == EXIT_ERROR and "HOST:PORT" in result.output


@pytest.mark.parametrize(("value", "expected"), [
    ("127.0.0.1:25", ("127.0.0.1", 25)), ("[::1]:2525", ("::1", 2525)),
    ("mx.example.com:587", ("mx.example.com", 587))])
def test_parse_hostport(value: str, expected: tuple[str, int]) -> None:
    assert parse_hostport(value) == expected
