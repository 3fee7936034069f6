"""Readers: customers CSV/JSONL, sends JSONL, .eml; and the audit record."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from misdirect import Customer, Directory, Guard, InputError, OutboundEmail
from misdirect.io import (
    CustomerReader,
    RecordError,
    audit_record,
    check_utf8,
    detect_format,
    parse_eml,
    read_customers,
    read_eml,
    read_sends,
    split_addresses,
)

SAMPLE = resources.files("misdirect").joinpath("data", "sample")
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return p


# --- customers ------------------------------------------------------------------------------


def test_csv_reads_every_field_and_both_separators(tmp_path: Path) -> None:
    p = write(tmp_path, "c.csv",
              "id,full_name,emails,city,birth_date,customer_number,extra\n"
              "C-1,Linnea Öberg,linnea.oberg1987@comhem.se; l.oberg@gmail.com,Örebro,"
              "1987-08-19,SE-1,x\n"
              "C-2,Matti Virtanen,matti.virtanen@elisa.fi|mv@elisa.fi,,,,\n")
    reader = CustomerReader(p)
    customers = list(reader)
    assert customers[0] == Customer(id="C-1", full_name="Linnea Öberg",
                                    emails=["linnea.oberg1987@comhem.se", "l.oberg@gmail.com"],
                                    city="Örebro", birth_date="1987-08-19",  # type: ignore[arg-type]
                                    customer_number="SE-1")
    assert customers[1].emails == ["matti.virtanen@elisa.fi", "mv@elisa.fi"]
    assert customers[1].city is None  # an empty cell is "not known"
    assert reader.ignored_columns == ["extra"]


def test_csv_accepts_a_bom_and_an_email_column(tmp_path: Path) -> None:
    p = write(tmp_path, "c.csv", b"\xef\xbb\xbfid,full_name,email\r\nC-1,Anna,anna@telia.com\r\n")
    assert [c.emails for c in read_customers(p)] == [["anna@telia.com"]]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", "", "the file is empty"),
        ("empty.jsonl", "\n\n", "the file is empty"),
        ("nocol.csv", "id,full_name\nC-1,Anna\n", "nocol.csv:1: missing column emails"),
        ("noid.csv", "full_name,emails\nAnna,a@b.se\n", "noid.csv:1: missing column id"),
        ("dupe.csv", "id,emails,emails\nC-1,a@b.se,c@d.se\n", "appears more than once"),
    ],
)
def test_unreadable_customer_files_raise_a_clear_error(tmp_path: Path, name: str, content: str,
                                                       message: str) -> None:
    p = write(tmp_path, name, content)
    with pytest.raises(RecordError, match=message):
        list(read_customers(p))


@pytest.mark.parametrize(
    ("name", "content", "line", "problem"),
    [
        ("cells.csv", "id,full_name,emails\nC-1,Anna,a@b.se\nC-2,Bo\n", 3,
         "2 cells, but the header has 3 columns"),
        ("noid.csv", "id,full_name,emails\n ,Anna,a@b.se\n", 2, "the id is empty"),
        ("date.csv", "id,emails,birth_date\nC-1,a@b.se,19.8.1987\n", 2, "birth_date"),
        ("json.jsonl", '{"id": "C-1", "emails": ["a@b.se"]}\n{"id": "C-2",\n', 2,
         "not valid JSON"),
        ("list.jsonl", '["C-1"]\n', 1, "expected a JSON object"),
        ("field.jsonl", '{"id": "C-1", "emal": "a@b.se"}\n', 1, "emal"),
    ],
)
def test_a_bad_record_names_file_line_and_problem(tmp_path: Path, name: str, content: str,
                                                  line: int, problem: str) -> None:
    p = write(tmp_path, name, content)
    with pytest.raises(RecordError) as info:
        list(read_customers(p))
    assert info.value.line == line
    assert problem in info.value.problem
    assert str(info.value).startswith(f"{p}:{line}: ")


def test_on_error_skips_bad_records_and_goes_on(tmp_path: Path) -> None:
    p = write(tmp_path, "c.jsonl",
              '{"id": "C-1", "emails": "a@b.se; c@d.se"}\nnot json\n{"id": "C-3"}\n')
    errors: list[RecordError] = []
    ids = [c.id for c in read_customers(p, on_error=errors.append)]
    assert ids == ["C-1", "C-3"]
    assert [e.line for e in errors] == [2]


def test_non_utf8_bytes_stop_with_the_line_number(tmp_path: Path) -> None:
    p = write(tmp_path, "latin1.csv",
              b"id,full_name,emails\nC-1,Anna,a@b.se\n" + "C-2,Linnea Öberg,l@c.se\n"
              .encode("latin-1"))
    with pytest.raises(RecordError, match=r"latin1.csv:3: bytes that are not UTF-8 \(0xd6"):
        list(read_customers(p))
    with pytest.raises(RecordError, match="not UTF-8"):
        check_utf8(p)


def test_format_from_name_or_flag(tmp_path: Path) -> None:
    assert detect_format("x.CSV") == "csv"
    assert detect_format("x.ndjson") == "jsonl"
    assert detect_format("x.txt", "jsonl") == "jsonl"
    with pytest.raises(InputError, match="--format"):
        detect_format("customers.txt")
    with pytest.raises(InputError, match="unknown format"):
        detect_format("x.csv", "xml")


def test_split_addresses() -> None:
    assert split_addresses(" a@b.se ;c@d.se| |e@f.fi;") == ["a@b.se", "c@d.se", "e@f.fi"]


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot open"):
        list(read_customers(tmp_path / "nope.csv"))


# --- sends ----------------------------------------------------------------------------------


def test_sends_jsonl_ignores_extra_keys_and_reports_bad_lines(tmp_path: Path) -> None:
    p = write(tmp_path, "s.jsonl",
              '{"customer_id": "C-1", "to": "a@b.se", "note": "x", "sent_at": "2024-01-01"}\n'
              '\n'
              '{"to": ["a@b.se"]}\n'
              '{"customer_id": "C-2", "to": ["a@b.se"], "cc": 5}\n'
              '{"customer_id": 17, "to": []}\n')
    errors: list[RecordError] = []
    sends = list(read_sends(p, on_error=errors.append))
    assert [(line, e.customer_id, e.to) for line, e in sends] == [(1, "C-1", ["a@b.se"]),
                                                                  (5, "17", [])]
    assert [(e.line, "customer_id is missing" in e.problem) for e in errors] == [(3, True),
                                                                                (4, False)]


# --- .eml -----------------------------------------------------------------------------------

EML = """\
From: Kundservice <kundservice@example-operator.se>
To: Linnea =?utf-8?q?=C3=96berg?= <linnea.oberg187@comhem.se>, other@example.se
Cc: copy@example.se
Bcc: archive@example.se
Subject: =?utf-8?q?Orderbekr=C3=A4ftelse?=
X-Customer-Id: C-2001
Message-ID: <1@example-operator.se>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: multipart/alternative; boundary="b2"

--b2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hej Linnea! Tack f=C3=B6r din best=C3=A4llning.
--b2
Content-Type: text/html; charset=utf-8

<p>Hej Linnea!</p>
--b2--
--b1
Content-Type: text/plain; charset=utf-8
Content-Disposition: attachment; filename="terms.txt"

Not the body.
--b1--
"""


def test_eml_takes_recipients_subject_and_body_parts() -> None:
    email = parse_eml(EML.encode())
    assert email.customer_id == "C-2001"
    assert email.to == ["linnea.oberg187@comhem.se", "other@example.se"]
    assert email.cc == ["copy@example.se"] and email.bcc == ["archive@example.se"]
    assert email.subject == "Orderbekräftelse"
    assert email.text is not None and email.text.strip() == "Hej Linnea! Tack för din beställning."
    assert email.html is not None and "<p>Hej Linnea!</p>" in email.html
    assert "Not the body" not in (email.text or "")
    assert email.message_id == "<1@example-operator.se>"


def test_eml_customer_flag_wins_and_missing_id_is_clear(tmp_path: Path) -> None:
    assert parse_eml(EML.encode(), customer_id="C-9").customer_id == "C-9"
    no_id = EML.replace("X-Customer-Id: C-2001\n", "").encode()
    with pytest.raises(InputError, match="no customer id"):
        parse_eml(no_id)
    p = write(tmp_path, "m.eml", no_id)
    assert read_eml(p, customer_id="C-1").to[0] == "linnea.oberg187@comhem.se"


def test_eml_keeps_unparseable_recipients_for_the_guard() -> None:
    raw = b"To: anna.svensson@telia.com,,  \"broken <x\r\nX-Customer-Id: C-1\r\n\r\nhej\r\n"
    email = parse_eml(raw)
    assert email.to  # not silently empty: the guard reports what it cannot parse
    assert email.text is not None and email.text.strip() == "hej"


def test_eml_with_bad_charset_and_latin1_bytes_does_not_crash() -> None:
    raw = ("To: a@b.se\nX-Customer-Id: C-1\nContent-Type: text/plain; charset=x-unknown\n\n"
           "hall\xe5\n").encode("latin-1")
    assert "hall" in (parse_eml(raw).text or "")


def test_eml_that_is_not_a_message() -> None:
    with pytest.raises(InputError):
        parse_eml(b"")


# --- audit record -----------------------------------------------------------------------------


def test_audit_record_carries_codes_not_bodies() -> None:
    d = Directory.connect("sqlite://")
    d.upsert([Customer(id="C-1", full_name="Linnea Öberg",
                       emails=["linnea.oberg1987@comhem.se"])])
    guard = Guard(d)
    rec = audit_record(guard, OutboundEmail(customer_id="C-1", to=["linnea.oberg187@comhem.se"],
                                            text="Ditt lösenord: Hemligt-123"), line=7)
    assert rec["line"] == 7 and rec["action"] in ("hold", "block")
    assert "typo_of_customer_address" in rec["codes"]
    assert "Hemligt-123" not in json.dumps(rec)
    assert "explanation" not in json.dumps(rec)
    unknown = audit_record(guard, OutboundEmail(customer_id="C-404", to=["a@b.se"]))
    assert unknown["error"] == "unknown_customer" and unknown["action"] is None


# --- the bundled sample and the examples --------------------------------------------------------


def test_sample_data_loads_cleanly() -> None:
    errors: list[RecordError] = []
    with resources.as_file(SAMPLE.joinpath("customers.csv")) as p:
        customers = list(read_customers(p, on_error=errors.append))
    assert not errors and 50 <= len(customers) <= 80
    with resources.as_file(SAMPLE.joinpath("sends.jsonl")) as p:
        sends = list(read_sends(p, on_error=errors.append))
    assert not errors and len(sends) >= 30


@pytest.mark.parametrize("name", ["customers.csv", "sends.jsonl"])
def test_examples_match_the_bundled_sample(name: str) -> None:
    assert (EXAMPLES / name).read_bytes() == SAMPLE.joinpath(name).read_bytes()
