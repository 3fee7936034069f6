"""`load_customers` and the CSV reader behind it: what a load says it did, by file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from misdirect import Directory, InputError, LoadRefused, load_customers
from misdirect.errors import DirectoryError
from misdirect.io import CustomerReader, RecordError, sniff_delimiter

#: What Excel writes for "CSV UTF-8" in a Nordic locale: a byte-order mark, semicolons, CRLF, and
#: a quoted cell holding the delimiter (two addresses).
EXCEL_NORDIC = ("\ufeffCustomer ID;Full Name;E-mail;City\r\n"
                "D-1;Linnea Öberg;linnea.oberg1987@comhem.se;Örebro\r\n"
                "D-2;Jörg Müller;\"jorg.muller@web.de;j.muller@gmx.de\";Köln\r\n")


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


@pytest.mark.parametrize(("line", "expected"), [
    ("id,full_name,emails", ","),
    ("id;full_name;emails", ";"),
    ("id\tfull_name\temails", "\t"),
    # the header names decide, not the count of a character: commas inside a ;-separated header
    ('"id";"Name, as written";"emails"', ";"),
    ("ID;Full Name;E-mail", ";"),
    ("nothing here", ","),
])
def test_sniff_delimiter(line: str, expected: str) -> None:
    assert sniff_delimiter(line) == expected


@pytest.mark.parametrize("header", [
    "id,full_name,emails", "ID,Full Name,E-mail", " Id , FULL_NAME , Email ",
    "id,name,e-mail address", "id,Full-Name,Emails",
])
def test_headers_match_by_case_and_spacing(tmp_path: Path, header: str) -> None:
    p = write(tmp_path, "c.csv", f"{header}\nC-1,Anna Svensson,anna@telia.com\n")
    [c] = list(CustomerReader(p))
    assert (c.id, c.full_name, c.emails) == ("C-1", "Anna Svensson", ["anna@telia.com"])


@pytest.mark.parametrize(("header", "message"), [
    ("Customer,Name,Mail", "missing columns id, emails .*; rename 'Mail' to emails\\?"),
    ("Kund-ID;Namn;Epost-adress", "missing column id .*rename 'Kund-ID' to id\\?"),
    ("id,full_name,adress", "missing column emails .*needs emails \\(or email, e-mail\\)"),
    ("id;emails", None),  # found, with the sniffed delimiter
    ("Email,E-mail,id", "column emails appears more than once \\('Email', 'E-mail'\\)"),
])
def test_a_header_without_id_or_emails_is_refused_with_a_suggestion(
        tmp_path: Path, header: str, message: str | None) -> None:
    p = write(tmp_path, "c.csv", header + "\n")
    reader = CustomerReader(p)
    if message is None:
        reader.check_header()
        return
    with pytest.raises(RecordError, match=message):
        reader.check_header()


def test_a_wrong_delimiter_given_is_named_in_the_refusal(tmp_path: Path) -> None:
    p = write(tmp_path, "c.csv", "id;full_name;emails\nC-1;A;a@b.se\n")
    with pytest.raises(RecordError, match="is the file separated by semicolons\\? "
                                          "\\(--delimiter ';'\\)"):
        CustomerReader(p, delimiter=",").check_header()
    [c] = list(CustomerReader(p, delimiter=";"))
    assert c.emails == ["a@b.se"]


@pytest.mark.parametrize("given", [";", "semicolon"])
def test_delimiter_overrides_the_sniffer(tmp_path: Path, given: str) -> None:
    # The header alone reads as one comma column "id;emails,notes" would mislead the sniffer
    # into ","; the caller knows better.
    p = write(tmp_path, "c.csv", "id;emails;notes\nC-1;a@b.se;x, y\n")
    reader = CustomerReader(p, delimiter=given)
    [c] = list(reader)
    assert c.notes == ["x, y"] and reader.delimiter_used == ";"


def test_tab_delimiter_by_name(tmp_path: Path) -> None:
    p = write(tmp_path, "c.csv", "id\temails\nC-1\ta@b.se\n")
    assert [c.id for c in CustomerReader(p, delimiter="tab")] == ["C-1"]
    with pytest.raises(InputError, match="one character"):
        CustomerReader(p, delimiter="ab")


def test_excel_nordic_csv_loads_as_is(tmp_path: Path) -> None:
    p = write(tmp_path, "kunder.csv", EXCEL_NORDIC)
    d = Directory.connect("sqlite://")
    report = load_customers(p, d)
    assert (report.inserted, report.addresses, report.delimiter) == (2, 3, ";")
    assert report.columns == {"Customer ID": "id", "Full Name": "full_name", "E-mail": "emails",
                              "City": "city"}
    assert report.ok and not report.warnings
    jorg = d.get("D-2")
    assert jorg.full_name == "Jörg Müller" and jorg.city == "Köln"
    assert jorg.emails == ["jorg.muller@web.de", "j.muller@gmx.de"]


def test_excel_windows_1252_needs_the_encoding_named(tmp_path: Path) -> None:
    # Excel's plain "CSV" in a Western locale: Windows-1252, no byte-order mark.
    p = write(tmp_path, "kunder.csv", EXCEL_NORDIC.lstrip("\ufeff"), encoding="cp1252")
    d = Directory.connect("sqlite://")
    with pytest.raises(RecordError, match=r"kunder.csv:2: bytes that are not UTF-8 .*"
                                          r"--encoding cp1252"):
        load_customers(p, d)
    assert len(d) == 0
    report = load_customers(p, d, encoding="cp1252")
    assert report.inserted == 2 and d.get("D-1").full_name == "Linnea Öberg"


def test_a_bom_with_another_encoding_is_refused(tmp_path: Path) -> None:
    p = write(tmp_path, "kunder.csv", EXCEL_NORDIC)
    with pytest.raises(RecordError, match="byte-order mark"):
        load_customers(p, Directory.connect("sqlite://"), encoding="cp1252")


def test_repeated_ids_are_reported_by_line_and_the_later_row_wins(tmp_path: Path) -> None:
    p = write(tmp_path, "c.csv", "id,full_name,emails\n"
                                 "D-1,Anna,anna@telia.com\n"
                                 "D-2,Bo,bo@telia.com\n"
                                 "D-1,Anna S,anna.s@telia.com\n"
                                 "D-1,Anna Svensson,anna.svensson@telia.com\n")
    d = Directory.connect("sqlite://")
    report = load_customers(p, d, batch_size=2)  # the repeats fall in other batches
    assert [str(x) for x in report.duplicates] == [
        f"{p}:4: customer 'D-1' also on line 2; the later row wins",
        f"{p}:5: customer 'D-1' also on line 4; the later row wins"]
    assert not report.ok
    assert d.get("D-1").emails == ["anna.svensson@telia.com"]
    assert len(d) == 2


def test_strict_refuses_repeated_ids_and_writes_nothing(tmp_path: Path) -> None:
    p = write(tmp_path, "c.jsonl", '{"id": "D-1", "emails": ["a@telia.com"]}\n'
                                   '{"id": "D-1", "emails": ["b@telia.com"]}\n')
    d = Directory.connect("sqlite://")
    with pytest.raises(LoadRefused, match="1 repeated customer id; nothing was written") as e:
        load_customers(p, d, strict=True)
    assert [x.line for x in e.value.report.duplicates] == [2]
    assert len(d) == 0


def test_invalid_addresses_are_listed_by_line_and_masked(tmp_path: Path) -> None:
    p = write(tmp_path, "c.csv", "id,full_name,emails\n"
                                 "C-1,Anna,anna@telia.com\n"
                                 "C-2,George,george.thomas@talktalk;g.thomas@talktalk.net\n")
    report = load_customers(p, Directory.connect("sqlite://"))
    assert [str(x) for x in report.invalid_addresses] == [
        f"{p}:3: g******s@t******k (customer 'C-2'): not a valid address"]
    assert "george.thomas" not in repr(report.invalid_addresses)
    assert report.ok  # stored as before: not a skipped row


@pytest.mark.parametrize(("content", "name", "warned"), [
    ("id,emails\nC-1,a@telia.com\n", "c.csv", "no name column"),
    ("id,full_name,emails\nC-1,,a@telia.com\n", "c.csv", "no customer in the file has a name"),
    ('{"id": "C-1", "emails": ["a@telia.com"]}\n', "c.jsonl", "no customer in the file has"),
    ("id,full_name,emails\nC-1,Anna,a@telia.com\nC-2,,b@telia.com\n", "c.csv", None),
])
def test_a_load_without_names_says_namesake_checks_will_not_work(
        tmp_path: Path, content: str, name: str, warned: str | None) -> None:
    report = load_customers(write(tmp_path, name, content), Directory.connect("sqlite://"))
    if warned is None:
        assert report.warnings == []
    else:
        [w] = report.warnings
        assert warned in w and "namesake checks (namesake_collision" in w


def test_ignored_columns_close_to_a_field_get_a_suggestion(tmp_path: Path) -> None:
    p = write(tmp_path, "c.csv", "id,emails,Full Nme,Segment\nC-1,a@telia.com,Anna,gold\n")
    report = load_customers(p, Directory.connect("sqlite://"))
    assert report.ignored_columns == ["Full Nme", "Segment"]
    assert report.column_suggestions == {"Full Nme": "full_name"}


def test_a_failed_load_leaves_no_new_sqlite_file(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    every_row_bad = write(tmp_path, "c.csv", "id,emails\n,a@telia.com\n")
    report = load_customers(every_row_bad, f"sqlite:///{db}")
    assert not report.written and len(report.bad_rows) == 1
    assert sorted(tmp_path.iterdir()) == [tmp_path / "c.csv"]
    no_header = write(tmp_path, "d.csv", "name,phone\nAnna,1\n")
    with pytest.raises(RecordError, match="missing columns id, emails"):
        load_customers(no_header, f"sqlite:///{db}")
    assert not db.exists()


def test_a_load_into_an_existing_file_keeps_it_when_rows_fail(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    good = write(tmp_path, "good.csv", "id,emails\nC-1,a@telia.com\n")
    assert load_customers(good, f"sqlite:///{db}").written
    bad = write(tmp_path, "bad.csv", "id,emails\n,b@telia.com\n")
    load_customers(bad, f"sqlite:///{db}")
    assert len(Directory.connect(f"sqlite:///{db}", create=False)) == 1


def test_a_database_error_removes_the_new_file(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: Directory, *_a: object, **_k: object) -> None:
        raise DirectoryError("cannot upsert customers: disk I/O error")

    monkeypatch.setattr(Directory, "upsert", broken)
    db = tmp_path / "c.db"
    with pytest.raises(DirectoryError):
        load_customers(write(tmp_path, "c.csv", "id,emails\nC-1,a@telia.com\n"),
                       f"sqlite:///{db}")
    assert not db.exists() and not (tmp_path / "c.db-wal").exists()


def test_a_missing_sqlite_folder_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such"
    with pytest.raises(DirectoryError, match=f"the folder {missing} does not exist"):
        Directory.connect(f"sqlite:///{missing / 'c.db'}")
    assert not (tmp_path / "no").exists()
