"""The ``misdirect`` command, through click's CliRunner."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from misdirect import Directory
from misdirect.cli import EXIT_ERROR, EXIT_UNKNOWN_CUSTOMER, cli

CUSTOMERS_CSV = """\
id,full_name,emails,city
C-1,Linnea Öberg,linnea.oberg1987@comhem.se,Örebro
C-2,Matti Virtanen,matti.virtanen@elisa.fi,Helsinki
C-3,Matti Virtanen,matti.virtanen@kolumbus.fi,Tampere
C-4,Anna Svensson,anna.svensson@telia.com,Uppsala
C-5,George Thomas,george.thomas@talktalk.net;g.thomas@talktalk,Newcastle
"""


def run(*args: str) -> Result:
    # A wide terminal, so that rich does not fold the words the tests look for.
    return CliRunner(env={"COLUMNS": "200"}).invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture()
def db(tmp_path: Path) -> str:
    p = tmp_path / "customers.csv"
    p.write_text(CUSTOMERS_CSV, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'customers.db'}"
    result = run("load", str(p), "--db", url)
    assert result.exit_code == 0, result.output
    return url


def test_demo_holds_the_com_hem_typo_and_blocks_the_namesake() -> None:
    result = run("demo")
    assert result.exit_code == 0, result.output
    rows = {line.split("│")[1].strip(): line for line in result.stdout.splitlines()
            if line.startswith("│ S-")}
    assert "linnea.oberg187@comhem.se" in rows["S-02"] and " hold " in rows["S-02"]
    assert "typo_of_customer_address" in rows["S-02"]
    assert "linnea.oberg1987@comhem.se" in rows["S-02"]  # the suggestion
    assert "matti.virtanen@kolumbus.fi" in rows["S-03"] and " block " in rows["S-03"]
    assert "namesake_collision" in result.stdout
    assert "32 sends:" in result.stdout
    # The namesake's address appears masked in explanations, and the PIN never appears.
    assert "m******n@k******s.fi" in result.stdout
    assert "4921" not in result.stdout


def test_demo_covers_every_recipient_code() -> None:
    result = run("demo", "-v")
    for code in ("invalid_address", "owned_by_other_customer", "typo_of_customer_address",
                 "near_other_customer_address", "namesake_collision", "namesake_ambiguous",
                 "name_mismatch", "domain_typo", "undeliverable_domain", "lookalike_characters",
                 "recipient_not_on_record", "no_recipients"):
        assert code in result.stdout, code


def test_demo_into_a_file_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    assert run("demo", "--db", url).exit_code == 0
    assert len(Directory.connect(url, create=False)) == 60


# --- load -----------------------------------------------------------------------------------


def test_load_csv_then_jsonl_counts_inserts_and_updates(tmp_path: Path, db: str) -> None:
    d = Directory.connect(db, create=False)
    assert len(d) == 5
    p = tmp_path / "more.jsonl"
    p.write_text('{"id": "C-1", "full_name": "Linnea Öberg", "emails": '
                 '["linnea.oberg1987@comhem.se", "linnea@gmail.com"]}\n'
                 '{"id": "C-6", "full_name": "Ole Hansen", "emails": "ole.hansen@online.no"}\n',
                 encoding="utf-8")
    result = run("load", str(p), "--db", db)
    assert result.exit_code == 0, result.output
    assert "customers inserted" in result.stdout
    summary = {line.split("│")[1].strip(): line.split("│")[2].strip()
               for line in result.stdout.splitlines() if line.count("│") == 3}
    assert summary["customers inserted"] == "1"
    assert summary["customers updated"] == "1"
    assert summary["addresses"] == "3"
    assert len(Directory.connect(db, create=False)) == 6


def test_load_reports_invalid_addresses_masked(tmp_path: Path) -> None:
    p = tmp_path / "c.csv"
    p.write_text(CUSTOMERS_CSV, encoding="utf-8")
    result = run("load", str(p), "--db", str(tmp_path / "x.db"))  # a plain path is SQLite
    assert result.exit_code == 0
    assert "invalid addresses" in result.stdout
    assert "g.thomas@talktalk" not in result.output  # masked, never the data
    assert "g******s@t******k (customer 'C-5'): not a valid address" in result.stderr
    assert (tmp_path / "x.db").exists()


def test_load_skips_bad_rows_with_file_and_line(tmp_path: Path) -> None:
    p = tmp_path / "bad.csv"
    p.write_text("id,full_name,emails,birth_date\n"
                 "C-1,Anna,anna@telia.com,1980-01-01\n"
                 "C-2,Bo,bo@telia.com,not a date\n"
                 "C-3,Cecilia\n"
                 "C-4,Dan,dan@telia.com,\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'c.db'}"
    result = run("load", str(p), "--db", url)
    assert result.exit_code == 1
    assert f"{p}:3: customer 'C-2': birth_date" in result.output
    assert f"{p}:4: 2 cells, but the header has 4 columns" in result.output
    assert "Traceback" not in result.output
    assert len(Directory.connect(url, create=False)) == 2


def test_load_strict_writes_nothing(tmp_path: Path) -> None:
    p = tmp_path / "bad.csv"
    p.write_text("id,emails\nC-1,a@telia.com\n,b@telia.com\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'c.db'}"
    result = run("load", str(p), "--db", url, "--strict")
    assert result.exit_code == 1
    assert f"{p}:3: the id is empty" in result.output and "nothing was written" in result.output
    assert not (tmp_path / "c.db").exists()


def test_load_refuses_non_utf8(tmp_path: Path) -> None:
    p = tmp_path / "latin1.csv"
    p.write_bytes("id,full_name,emails\nC-1,Linnea Öberg,l@comhem.se\n".encode("latin-1"))
    result = run("load", str(p), "--db", f"sqlite:///{tmp_path / 'c.db'}")
    assert result.exit_code == EXIT_ERROR
    assert f"{p}:2: bytes that are not UTF-8" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["load", "missing.csv", "--db", "sqlite://"], "cannot open"),
        (["load", "customers.txt", "--db", "sqlite://"], "--format"),
        (["load", "x.csv", "--db", "nosuchdb://x"], ""),
        (["load", "x.csv"], "Missing option '--db'"),
    ],
)
def test_load_errors_exit_5(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str],
                            message: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "customers.txt").write_text("id,emails\n", encoding="utf-8")
    (tmp_path / "x.csv").write_text("id,emails\nC-1,a@b.se\n", encoding="utf-8")
    monkeypatch.delenv("MISDIRECT_DB", raising=False)
    result = run(*args)
    assert result.exit_code == EXIT_ERROR, result.output
    assert message in result.output
    assert "Traceback" not in result.output


# --- check ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("customer", "recipients", "code", "exit_code"),
    [
        ("C-1", ["--to", "linnea.oberg1987@comhem.se"], None, 0),
        ("C-1", ["--to", "l.oberg.new@bahnhof.se"], "recipient_not_on_record", 0),
        ("C-4", ["--to", "erik.lundgren@telia.com"], "name_mismatch", 1),
        ("C-1", ["--to", "linnea.oberg187@comhem.se"], "typo_of_customer_address", 2),
        ("C-2", ["--to", "matti.virtanen@kolumbus.fi"], "namesake_collision", 3),
        ("C-1", ["--to", "linnea.oberg1987@comhem.se", "--cc", "anna.svensson@telia.com"],
         "owned_by_other_customer", 3),
        ("C-1", ["--bcc", "linnea.oberg1987@comhem.se,"], "invalid_address", 3),
        ("C-1", [], "no_recipients", 3),
    ],
)
def test_check_exit_code_follows_the_action(db: str, customer: str, recipients: list[str],
                                            code: str | None, exit_code: int) -> None:
    result = run("check", "--db", db, "--customer", customer, "--subject", "Order",
                 "--text", "Thank you", *recipients)
    assert result.exit_code == exit_code, result.output
    if code:
        assert code in result.stdout


def test_check_json_has_explanations_and_masks_other_customers(db: str) -> None:
    result = run("check", "--db", db, "--customer", "C-2", "--to", "matti.virtanen@kolumbus.fi",
                 "--text", "PIN-koodi: 4921", "--json")
    assert result.exit_code == 3
    data = json.loads(result.stdout)
    assert data["action"] == "block"
    assert {"owned_by_other_customer", "namesake_collision"} <= set(data["codes"])
    collision = next(f for f in data["findings"] if f["code"] == "namesake_collision")
    assert collision["other_customers"] == [{"id": "C-3", "masked_address":
                                             "m******n@k******s.fi"}]
    assert "same full name" in collision["explanation"]
    assert "4921" not in result.stdout


def test_check_text_file(tmp_path: Path, db: str) -> None:
    body = tmp_path / "body.txt"
    body.write_text("Hej Linnea!", encoding="utf-8")
    result = run("check", "--db", db, "--customer", "C-1", "--to",
                 "linnea.oberg1987@comhem.se", "--text-file", str(body))
    assert result.exit_code == 0


def test_check_eml_uses_x_customer_id(tmp_path: Path, db: str) -> None:
    eml = tmp_path / "m.eml"
    eml.write_bytes(b"To: linnea.oberg187@comhem.se\r\nX-Customer-Id: C-1\r\n"
                    b"Subject: Order\r\n\r\nHej!\r\n")
    result = run("check", "--db", db, "--eml", str(eml))
    assert result.exit_code == 2, result.output
    assert "linnea.oberg1987@comhem.se" in result.stdout
    both = run("check", "--db", db, "--eml", str(eml), "--to", "x@y.se")
    assert both.exit_code == EXIT_ERROR and "do not combine" in both.output


def test_check_unknown_customer(db: str) -> None:
    result = run("check", "--db", db, "--customer", "C-404", "--to", "a@telia.com")
    assert result.exit_code == EXIT_UNKNOWN_CUSTOMER
    assert "no customer with id 'C-404'" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["--to", "a@telia.com"],  # no --customer
        ["--customer", "C-1", "--text", "x", "--text-file", "body.txt"],
        ["--customer", "C-1", "--bogus"],
    ],
)
def test_check_usage_errors_exit_5(db: str, args: list[str]) -> None:
    result = run("check", "--db", db, *args)
    assert result.exit_code == EXIT_ERROR, result.output


def test_check_missing_database_file(tmp_path: Path) -> None:
    result = run("check", "--db", str(tmp_path / "none.db"), "--customer", "C-1", "--to",
                 "a@b.se")
    assert result.exit_code == EXIT_ERROR
    assert "no database file" in result.output
    assert not (tmp_path / "none.db").exists()


def test_version_and_help() -> None:
    assert run("--version").exit_code == 0
    result = run("--help")
    assert result.exit_code == 0
    for command in ("demo", "load", "check", "audit"):
        assert command in result.stdout


def test_check_with_a_bad_policy_file_exits_5(tmp_path: Path, db: str) -> None:
    bad = tmp_path / "policy.toml"
    bad.write_text("actions = [\n", encoding="utf-8")
    result = run("check", "--db", db, "--customer", "C-1", "--to", "a@telia.com", "--policy",
                 str(bad))
    assert result.exit_code == EXIT_ERROR
    assert "policy.toml" in result.output and "Traceback" not in result.output


def test_ci_runs_exactly_the_readme_test_command() -> None:
    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text("utf-8")
    ci = (root / ".ci" / "run").read_text("utf-8").strip().splitlines()
    quick_start = readme.split("```", 2)[1].strip().splitlines()
    commands = [line for line in quick_start if line.strip() and not line.startswith(("sh", "#"))]
    assert len(commands) == 2, commands
    assert ci[-1] == commands[1]


# --- index snapshots ---------------------------------------------------------------------------


def test_index_build_then_check_starts_from_the_snapshot(db: str, tmp_path: Path) -> None:
    snapshot = tmp_path / "customers.db.index"  # the default place beside a SQLite file
    result = run("index", "show", "--db", db)
    assert result.exit_code == 1 and "no index snapshot" in result.stdout
    before = run("check", "--db", db, "--customer", "C-1", "--to", "linnea.oberg1987@comhem.se")
    assert before.exit_code == 0
    assert f"index: no index snapshot at {snapshot}: built the index from the database" \
        in before.stderr
    result = run("index", "build", "--db", db)
    assert result.exit_code == 0, result.output
    assert "saved the index snapshot" in result.stdout and "5 customers" in result.stdout
    assert run("index", "show", "--db", db).exit_code == 0
    after = run("check", "--db", db, "--customer", "C-1", "--to", "linnea.oberg187@comhem.se")
    assert after.exit_code == 2  # hold: the typo, found through the mapped index
    assert f"index: loaded the index snapshot {snapshot}" in after.stderr
    assert "typo_of_customer_address" in after.stdout


def test_a_stale_snapshot_is_not_used_and_the_command_says_so(db: str, tmp_path: Path) -> None:
    out = tmp_path / "snap"
    assert run("index", "build", "--db", db, "--out", str(out)).exit_code == 0
    more = tmp_path / "more.csv"
    more.write_text("id,full_name,emails\nC-9,Erik Berg,erik.berg@example.se\n", encoding="utf-8")
    assert run("load", str(more), "--db", db).exit_code == 0
    result = run("index", "show", "--db", db, "--index", str(out))
    assert result.exit_code == 1 and "stale" in result.stdout
    check = run("check", "--db", db, "--index", str(out), "--customer", "C-9",
                "--to", "erik.berg@example.se")
    assert check.exit_code == 0, check.output  # C-9 is known: the index was rebuilt
    assert "is stale (built at revision" in check.stderr


def test_a_corrupt_snapshot_is_one_error_line(db: str, tmp_path: Path) -> None:
    out = tmp_path / "snap"
    assert run("index", "build", "--db", db, "--out", str(out)).exit_code == 0
    (out / "manifest.json").write_text("{", encoding="utf-8")
    result = run("check", "--db", db, "--index", str(out), "--customer", "C-1",
                 "--to", "linnea.oberg1987@comhem.se")
    assert result.exit_code == EXIT_ERROR
    assert "corrupt" in result.stderr and "misdirect index build" in result.stderr
    assert "Traceback" not in result.output


# --- output for pipes and logs -----------------------------------------------------------------


def plain_run(*args: str, input: str | None = None) -> Result:
    """No COLUMNS: what a pipe or a log file gets."""
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_output_to_a_pipe_is_neither_wrapped_nor_coloured(db: str) -> None:
    result = plain_run("check", "--db", db, "--customer", "C-2", "--to",
                       "matti.virtanen@kolumbus.fi")
    assert result.exit_code == 3
    lines = result.stdout.splitlines()
    # the namesake explanation is one long line, the masked address whole inside it
    long = [line for line in lines if "namesake_collision" in line]
    assert long and len(long[0]) > 120, lines
    assert "\x1b[" not in result.output


def test_quiet_check_prints_nothing_but_keeps_the_exit_code(db: str) -> None:
    for args in (["--quiet", "check"], ["check", "--quiet"]):
        result = plain_run(*args, "--db", db, "--customer", "C-1", "--to",
                           "linnea.oberg187@comhem.se")
        assert result.exit_code == 2
        assert result.stdout == "" and result.stderr == ""


def test_check_json_unknown_customer_is_a_json_error_on_stdout(db: str) -> None:
    result = plain_run("check", "--db", db, "--customer", "C-404", "--to", "a@example.com",
                       "--json")
    assert result.exit_code == EXIT_UNKNOWN_CUSTOMER
    error = json.loads(result.stdout)
    assert error["error"] == "unknown_customer" and error["customer_id"] == "C-404"
    assert error["exit_code"] == EXIT_UNKNOWN_CUSTOMER
    assert "C-404" in result.stderr  # the readable line too


def test_check_json_input_error_is_a_json_error(db: str) -> None:
    result = plain_run("check", "--db", db, "--to", "a@example.com", "--json")
    assert result.exit_code == EXIT_ERROR
    assert json.loads(result.stdout)["error"] == "invalid_input"


BODY_WITH_PIN = "Hello Linnea, your new card's PIN code is 4921. Keep it safe."


def test_show_message_prints_the_redacted_message(db: str) -> None:
    result = plain_run("check", "--db", db, "--customer", "C-1", "--to",
                       "linnea.oberg1987@comhem.se", "--subject", "Your card",
                       "--text", BODY_WITH_PIN, "--show-message")
    assert result.exit_code in (0, 1), result.output
    assert "message as it may be sent" in result.stdout
    assert "Subject: Your card" in result.stdout
    assert "4921" not in result.stdout and "[redacted pin]" in result.stdout


def test_check_json_carries_the_redacted_text(db: str) -> None:
    result = plain_run("check", "--db", db, "--customer", "C-1", "--to",
                       "linnea.oberg1987@comhem.se", "--text", BODY_WITH_PIN, "--json")
    record = json.loads(result.stdout)
    assert "4921" not in result.stdout
    assert "[redacted pin]" in record["redacted_text"] and record["redacted_html"] is None


# --- check --stdin-jsonl -----------------------------------------------------------------------


def test_stdin_jsonl_answers_every_line_in_order(db: str) -> None:
    lines = [
        {"message_id": "m1", "customer_id": "C-1", "to": ["linnea.oberg1987@comhem.se"]},
        {"message_id": "m2", "customer_id": "C-1", "to": ["linnea.oberg187@comhem.se"]},
        "not json",
        {"message_id": "m4", "customer_id": "C-404", "to": ["a@example.com"]},
        {"message_id": "m5", "customer_id": "C-2", "to": ["matti.virtanen@kolumbus.fi"],
         "text": BODY_WITH_PIN},
        {"to": ["a@example.com"]},
    ]
    text = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    result = plain_run("check", "--db", db, "--stdin-jsonl", input=text)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["line"] for o in out] == [1, 2, 3, 4, 5, 6]
    assert [o.get("action") or o["error"] for o in out] == [
        "allow", "hold", "invalid_input", "unknown_customer", "block", "invalid_input"]
    assert out[1]["message_id"] == "m2" and "typo_of_customer_address" in out[1]["codes"]
    assert out[3]["customer_id"] == "C-404"
    assert "4921" not in result.stdout


def test_stdin_jsonl_refuses_single_message_options(db: str) -> None:
    result = plain_run("check", "--db", db, "--stdin-jsonl", "--customer", "C-1", input="")
    assert result.exit_code == EXIT_ERROR and "--stdin-jsonl" in result.stderr


def test_a_closed_pipe_ends_quietly(db: str) -> None:
    # a real process and a real pipe: the reader takes one verdict and goes away (| head -1)
    import subprocess
    import sys

    line = json.dumps({"customer_id": "C-1", "to": ["linnea.oberg1987@comhem.se"]}) + "\n"
    proc = subprocess.Popen([sys.executable, "-m", "misdirect", "check", "--db", db,
                             "--stdin-jsonl"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    proc.stdin.write(line.encode())
    proc.stdin.flush()
    first = proc.stdout.readline()
    assert json.loads(first)["action"] == "allow"
    proc.stdout.close()
    try:
        for _ in range(200):  # bounded: the writer notices the closed pipe within a few lines
            proc.stdin.write(line.encode() * 50)
            proc.stdin.flush()
    except BrokenPipeError:
        pass
    with contextlib.suppress(BrokenPipeError):
        proc.stdin.close()
    assert proc.wait(timeout=60) == 141
    err = proc.stderr.read().decode()
    assert "Traceback" not in err and "BrokenPipe" not in err, err
