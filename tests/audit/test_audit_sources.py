"""Sources of historic sends: JSONL, CSV, mbox, a directory of .eml, SQL; and parse_send."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from misdirect.audit.sources import (
    CsvSource,
    EmlDirSource,
    JsonlSource,
    MboxSource,
    RawSend,
    SqlSource,
    normalize_sent_at,
    open_source,
    parse_send,
)
from misdirect.errors import InputError


def _raw(kind: str, data: object) -> RawSend:
    return RawSend(1, "test:1", kind, data)  # type: ignore[arg-type]


GOOD = {"message_id": "S-1", "sent_at": "2025-03-01T09:30:00+02:00", "customer_id": "C-1",
        "to": ["a@telia.com"], "subject": "Order"}


@pytest.mark.parametrize(("line", "reason"), [
    (b"{broken", "not valid JSON"),
    (b'{"customer_id": "C-1", "to": ["\xe4@x.se"]}', "bytes that are not UTF-8 (0xe4"),
    (b"[1, 2]", "expected a JSON object, got list"),
    (b'{"to": ["a@telia.com"]}', "customer_id is missing"),
    (b'{"customer_id": "C-1", "sent_at": "yesterday"}', "sent_at: 'yesterday' is not an ISO"),
    (b'{"customer_id": "C-1", "sent_at": [1]}', "sent_at: expected a date or time"),
    (b'{"customer_id": "C-1", "to": 5}', "to"),
    (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
])
def test_a_bad_jsonl_line_is_an_input_error_with_the_reason(line: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=None) as info:
        parse_send(_raw("json", line))
    assert reason in str(info.value)


@pytest.mark.parametrize(("value", "expected"), [
    ("2025-03-01T09:30:00+02:00", "2025-03-01T07:30:00Z"),
    ("2025-03-01T09:30:00Z", "2025-03-01T09:30:00Z"),
    ("2025-03-01 09:30", "2025-03-01T09:30:00Z"),  # no offset: UTC
    ("2025-03-01", "2025-03-01T00:00:00Z"),
    (1740821400, "2025-03-01T09:30:00Z"),
    (dt.date(2025, 3, 1), "2025-03-01T00:00:00Z"),
    (dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
     "2025-03-01T14:30:00Z"),
    (None, None), ("", None), ("  ", None),
])
def test_sent_at_is_normalised_to_utc(value: object, expected: str | None) -> None:
    assert normalize_sent_at(value) == expected


def test_a_good_line_parses_with_its_sent_at() -> None:
    parsed = parse_send(_raw("json", json.dumps(GOOD).encode()))
    assert parsed.email.customer_id == "C-1" and parsed.email.message_id == "S-1"
    assert parsed.sent_at == "2025-03-01T07:30:00Z"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_any_line_parses_or_is_an_input_error(line: bytes) -> None:
    with contextlib.suppress(InputError):  # and nothing else may come out
        parse_send(_raw("json", line))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_message_bytes_parse_or_are_an_input_error(data: bytes) -> None:
    with contextlib.suppress(InputError):  # and nothing else may come out
        parse_send(_raw("mime", b"X-Customer-Id: C-1\r\nTo: a@b.se\r\n\r\n" + data))
    with contextlib.suppress(InputError):
        parse_send(_raw("mime", data))


def test_jsonl_positions_skip_blank_lines_and_keep_bad_bytes(tmp_path: Path) -> None:
    p = tmp_path / "s.jsonl"
    p.write_bytes(b"\xef\xbb\xbf" + json.dumps(GOOD).encode() + b"\n\n   \n{bad\n\xff\xfe\n")
    raws = list(JsonlSource(name="s.jsonl", path=p))
    assert [(r.n, r.position) for r in raws] == [(1, "s.jsonl:1"), (2, "s.jsonl:4"),
                                                (3, "s.jsonl:5")]
    assert parse_send(raws[0]).email.customer_id == "C-1"  # the BOM is gone
    with pytest.raises(InputError, match="0xff"):
        parse_send(raws[2])


def test_csv_with_semicolons_quoted_newlines_and_recipient_cells(tmp_path: Path) -> None:
    p = tmp_path / "s.csv"
    p.write_bytes(
        "message_id;sent_at;customer_id;to;cc;subject;text\n"
        'S-1;2025-03-01;C-1;a@telia.com, b@telia.com;;Hej;"two\nlines"\n'
        '\n'
        'S-2;;C-2;"""Berg, Anna"" <anna@x.se>";c@x.se|d@x.se;;\n'
        "S-3;;C-3\n"
        "S-4;;C-4;\xe4@x.se;;;\n".encode("latin-1"))
    src = CsvSource(name="s.csv", path=p)
    assert src.delimiter == ";"
    raws = list(src)
    assert [r.position for r in raws] == ["s.csv:2", "s.csv:5", "s.csv:6", "s.csv:7"]
    first = parse_send(raws[0])
    assert first.email.to == ["a@telia.com", "b@telia.com"] and first.email.text == "two\nlines"
    assert first.sent_at == "2025-03-01T00:00:00Z"
    second = parse_send(raws[1])
    assert second.email.to == ["anna@x.se"] and second.email.cc == ["c@x.se", "d@x.se"]
    assert second.sent_at is None
    with pytest.raises(InputError, match="3 cells, but the header has 7 columns"):
        parse_send(raws[2])
    with pytest.raises(InputError, match="not UTF-8"):
        parse_send(raws[3])


def test_csv_without_a_customer_id_column_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "s.csv"
    p.write_text("id,to\n1,a@b.se\n", encoding="utf-8")
    with pytest.raises(InputError, match="no customer_id column"):
        CsvSource(name="s.csv", path=p)


MESSAGE = (b"From: shop@example.com\nTo: Linnea <linnea.oberg187@comhem.se>\n"
           b"X-Customer-Id: C-2001\nMessage-ID: <m1@example.com>\n"
           b"Date: Sat, 01 Mar 2025 09:30:00 +0100\nSubject: Order\n\nHej Linnea!\n")


def test_mbox_splits_on_from_lines_and_unescapes(tmp_path: Path) -> None:
    p = tmp_path / "a.mbox"
    second = MESSAGE.replace(b"C-2001", b"C-1001").replace(b"Hej Linnea!", b">From the shop")
    p.write_bytes(b"From MAILER-DAEMON Sat Mar  1 09:30:00 2025\n" + MESSAGE +
                  b"\nFrom MAILER-DAEMON Sat Mar  1 09:31:00 2025\n" + second +
                  b"\nFrom x Sat Mar  1 09:32:00 2025\nnot a message at all\n")
    raws = list(MboxSource(name="a.mbox", path=p))
    assert [r.position for r in raws] == ["a.mbox:#1 (line 1)", "a.mbox:#2 (line 11)",
                                          "a.mbox:#3 (line 21)"]
    one, two = parse_send(raws[0]), parse_send(raws[1])
    assert one.email.customer_id == "C-2001" and one.sent_at == "2025-03-01T08:30:00Z"
    assert one.email.to == ["linnea.oberg187@comhem.se"]
    assert two.email.customer_id == "C-1001" and "From the shop" in (two.email.text or "")
    with pytest.raises(InputError, match="no customer id"):
        parse_send(raws[2])


def test_eml_directory_in_sorted_order_with_the_customer_header(tmp_path: Path) -> None:
    d = tmp_path / "eml"
    (d / "b").mkdir(parents=True)
    (d / "b" / "2.eml").write_bytes(MESSAGE.replace(b"Date: Sat, 01 Mar 2025 09:30:00 +0100\n",
                                                    b"Date: not a date\n"))
    (d / "1.eml").write_bytes(MESSAGE.replace(b"X-Customer-Id", b"X-Account"))
    (d / "notes.txt").write_text("not a message")
    raws = list(EmlDirSource(name="eml", path=d))
    assert [r.position for r in raws] == ["eml/1.eml", "eml/b/2.eml"]
    assert parse_send(raws[0], customer_header="X-Account").email.customer_id == "C-2001"
    undated = parse_send(raws[1])
    assert undated.email.customer_id == "C-2001" and undated.sent_at is None


@pytest.mark.parametrize(("args", "problem"), [
    ({"path": None}, "no source"),
    ({"path": "nowhere.jsonl"}, "no such file"),
    ({"path": "README.md"}, "cannot tell the format"),
    ({"source_db": "sqlite://"}, "go together"),
    ({"path": "README.md", "source_db": "sqlite://", "query": "select 1"}, "not both"),
])
def test_open_source_refuses_what_it_cannot_read(args: dict[str, object], problem: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(Path(__file__).resolve().parents[2])
    with pytest.raises(InputError, match=problem):
        open_source(**args)  # type: ignore[arg-type]


@pytest.mark.parametrize("backend", ["sqlite-file", "postgres", "mariadb"])
def test_sql_source_streams_rows_of_a_query(directory_url: str) -> None:
    engine = create_engine(directory_url)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS historic_sends"))
        conn.execute(text("CREATE TABLE historic_sends (message_id VARCHAR(20), "
                          "sent_at TIMESTAMP NULL, customer_id VARCHAR(20), "
                          "to_addr VARCHAR(200), subject VARCHAR(200))"))
        conn.execute(text("INSERT INTO historic_sends VALUES (:m, :s, :c, :t, :j)"), [
            {"m": f"S-{i}", "s": dt.datetime(2025, 3, 1, 9, i) if i % 2 else None,
             "c": f"C-{i}", "t": f"a{i}@telia.com; b{i}@telia.com", "j": "Order"}
            for i in range(1, 8)])
    engine.dispose()
    src = SqlSource(name="query", url=directory_url, chunk_rows=3,
                    query="SELECT message_id, sent_at, customer_id, to_addr AS \"to\", subject "
                          "FROM historic_sends ORDER BY message_id"
                    .replace('"to"', "`to`" if "mysql" in directory_url else '"to"'))
    parsed = [(r.position, parse_send(r)) for r in src]
    assert [p for p, _ in parsed] == [f"query:row {i}" for i in range(1, 8)]
    assert parsed[0][1].email.to == ["a1@telia.com", "b1@telia.com"]
    assert parsed[0][1].sent_at == "2025-03-01T09:01:00Z" and parsed[1][1].sent_at is None
    with pytest.raises(InputError, match="the source query failed"):
        list(SqlSource(name="query", url=directory_url, query="SELECT * FROM no_such_table"))
