"""``misdirect load`` says what it did: each problem row by file and line, through CliRunner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from misdirect import Directory
from misdirect.cli import EXIT_ERROR, EXIT_SKIPPED_ROWS, cli

EXCEL_NORDIC = ("\ufeffID;Full Name;E-post;Stad\r\n"
                "D-1;Linnea Öberg;linnea.oberg1987@comhem.se;Örebro\r\n"
                "D-2;Matti Virtanen;matti.virtanen@elisa,fi;Tampere\r\n"
                "D-1;Linnea Öberg;\"linnea.oberg1987@comhem.se;linnea@gmail.com\";Örebro\r\n")


def run(*args: str) -> Result:
    return CliRunner(env={"COLUMNS": "200"}).invoke(cli, list(args), catch_exceptions=False)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def summary(result: Result) -> dict[str, str]:
    return {line.split("│")[1].strip(): line.split("│")[2].strip()
            for line in result.stdout.splitlines() if line.count("│") == 3}


def test_an_excel_nordic_csv_loads_and_each_problem_has_its_line(tmp_path: Path) -> None:
    p = write(tmp_path, "kunder.csv", EXCEL_NORDIC)
    db = tmp_path / "c.db"
    result = run("load", str(p), "--db", str(db))
    assert result.exit_code == EXIT_SKIPPED_ROWS, result.output
    assert "note: read as CSV separated by semicolons" in result.stderr
    assert "ignored column 'Stad'" in result.stderr
    assert f"{p}:4: customer 'D-1' also on line 2; the later row wins" in result.stderr
    assert f"{p}:3: m******n@e******i (customer 'D-2'): not a valid address" in result.stderr
    assert "matti.virtanen@elisa,fi" not in result.output
    counts = summary(result)
    assert counts["customers inserted"] == "2"
    assert counts["repeated customer ids (the later row wins)"] == "1"
    assert counts["invalid addresses (stored, never match)"] == "1"
    assert counts["rows skipped"] == "0"
    d = Directory.connect(f"sqlite:///{db}", create=False)
    assert d.get("D-1").emails == ["linnea.oberg1987@comhem.se", "linnea@gmail.com"]


def test_invalid_addresses_are_listed_masked_with_their_line(tmp_path: Path) -> None:
    p = write(tmp_path, "c.csv", "id,full_name,emails\nC-1,George,george.thomas@talktalk\n")
    result = run("load", str(p), "--db", str(tmp_path / "c.db"))
    assert result.exit_code == 0, result.output
    assert f"{p}:2: g******s@t******k (customer 'C-1'): not a valid address" in result.stderr
    assert "george.thomas@talktalk" not in result.output


def test_strict_refuses_repeated_ids_and_leaves_no_file(tmp_path: Path) -> None:
    p = write(tmp_path, "kunder.csv", EXCEL_NORDIC)
    db = tmp_path / "c.db"
    result = run("load", str(p), "--db", str(db), "--strict")
    assert result.exit_code == EXIT_SKIPPED_ROWS
    assert f"{p}:4: customer 'D-1' also on line 2" in result.stderr
    assert "1 repeated customer id; nothing was written (--strict)" in result.stderr
    assert not db.exists()


def test_delimiter_option_overrides_the_sniffer(tmp_path: Path) -> None:
    p = write(tmp_path, "c.csv", "id;full_name;emails\nC-1;Anna;anna@telia.com\n")
    refused = run("load", str(p), "--db", str(tmp_path / "c.db"), "--delimiter", ",")
    assert refused.exit_code == EXIT_ERROR
    assert "is the file separated by semicolons? (--delimiter ';')" in refused.stderr
    assert not (tmp_path / "c.db").exists()
    tab = write(tmp_path, "t.csv", "id\tfull_name\temails\nC-2\tBo\tbo@telia.com\n")
    result = run("load", str(tab), "--db", str(tmp_path / "c.db"), "--delimiter", "tab")
    assert result.exit_code == 0, result.output
    assert "separated by tabs" in result.stderr


def test_headers_in_another_spelling_and_a_refusal_with_a_suggestion(tmp_path: Path) -> None:
    p = write(tmp_path, "c.csv", "Customer No,Full Name,E-mail\nC-1,Anna,anna@telia.com\n")
    result = run("load", str(p), "--db", str(tmp_path / "c.db"))
    assert result.exit_code == EXIT_ERROR
    assert (f"{p}:1: missing column id in the header row (found: 'Customer No', 'Full Name', "
            f"'E-mail')") in result.stderr
    assert "Traceback" not in result.output
    assert not (tmp_path / "c.db").exists()


def test_no_name_column_warns_about_namesake_checks(tmp_path: Path) -> None:
    p = write(tmp_path, "c.csv", "ID,Email\nC-1,anna@telia.com\n")
    result = run("load", str(p), "--db", str(tmp_path / "c.db"))
    assert result.exit_code == 0, result.output
    assert "warning: the file has no name column" in result.stderr
    assert "namesake checks (namesake_collision, namesake_ambiguous, name_mismatch) will not " \
           "work" in result.stderr
    quiet = run("load", str(p), "--db", str(tmp_path / "c.db"), "--quiet")
    assert quiet.stdout == "" and "namesake checks" in quiet.stderr  # a warning still shows


def test_cp1252_with_encoding_and_refused_without(tmp_path: Path) -> None:
    p = write(tmp_path, "kunder.csv", EXCEL_NORDIC.lstrip("\ufeff"), encoding="cp1252")
    db = tmp_path / "c.db"
    refused = run("load", str(p), "--db", str(db))
    assert refused.exit_code == EXIT_ERROR
    assert f"{p}:2: bytes that are not UTF-8" in refused.stderr and "--encoding cp1252" \
        in refused.stderr
    assert not db.exists()
    result = run("load", str(p), "--db", str(db), "--encoding", "cp1252")
    assert result.exit_code == EXIT_SKIPPED_ROWS  # the repeated id, as in UTF-8
    assert Directory.connect(str(f"sqlite:///{db}"), create=False).get("D-1").full_name \
        == "Linnea Öberg"


@pytest.mark.parametrize("content", ["id,emails\n,a@telia.com\n", "id,emails\n"])
def test_a_load_that_loads_nobody_leaves_no_new_file(tmp_path: Path, content: str) -> None:
    p = write(tmp_path, "c.csv", content)
    db = tmp_path / "c.db"
    result = run("load", str(p), "--db", str(db))
    assert not db.exists(), result.output
    assert "no customer was loaded" in result.stderr


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    p = write(tmp_path, "c.csv", "id,emails\nC-1,a@telia.com\n")
    result = run("load", str(p), "--db", str(tmp_path / "exports" / "c.db"))
    assert result.exit_code == EXIT_ERROR
    assert f"the folder {tmp_path / 'exports'} does not exist" in result.stderr
