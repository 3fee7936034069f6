"""Secrets never in errors or reprs (issue 12, part 6): validation errors, ``repr()``/``str()`` of
the input models, the exceptions of failing SQL statements and the ``sqlalchemy.engine`` logger
of every engine misdirect creates."""

from __future__ import annotations

import ast
import logging
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from sqlalchemy import text

from misdirect import Customer, Directory, DirectoryError, OutboundEmail
from misdirect.integrations.quarantine import Quarantine

SRC = Path(__file__).parents[1] / "src" / "misdirect"
NATIONAL_ID = "19870314-2389"


@pytest.mark.parametrize(("fields", "secret"), [
    ({"known_secrets": [4721903]}, "4721903"),
    ({"known_secrets": [{"pin": "8812"}]}, "8812"),
    ({"known_secrets": ["ok", 3.14159]}, "3.14159"),
    ({"text": ["Your PIN is 5521"]}, "5521"),
    ({"html": 99887766}, "99887766"),
    ({"subject": {"PIN": 7345}}, "7345"),
    ({"to": 12345678}, "12345678"),
], ids=["int-secret", "dict-secret", "float-secret", "list-body", "int-html", "dict-subject",
        "int-recipients"])
def test_outbound_email_errors_never_echo_the_input(fields: dict[str, Any], secret: str) -> None:
    with pytest.raises(ValidationError) as info:
        OutboundEmail(customer_id="C-1", **fields)
    e = info.value
    assert secret not in str(e) and secret not in repr(e)
    assert secret not in e.json(include_input=False)
    assert "Input should be" in str(e)  # still says what is wrong, and where
    assert next(iter(fields)) in str(e)


@pytest.mark.parametrize(("fields", "secret"), [
    ({"national_id": 198703142389}, "198703142389"),
    ({"full_name": ["Linnea", "Öberg"]}, "Linnea"),
    ({"phone": 46701234567}, "46701234567"),
    ({"birth_date": "14th of March 1987"}, "14th of March"),
    ({"emails": 5551234}, "5551234"),
])
def test_customer_errors_never_echo_personal_data(fields: dict[str, Any], secret: str) -> None:
    with pytest.raises(ValidationError) as info:
        Customer(id="C-1", **fields)
    assert secret not in str(info.value) and secret not in repr(info.value)


def test_repr_and_str_of_an_outbound_email_show_lengths_and_masked_addresses() -> None:
    e = OutboundEmail(customer_id="C-1", to=["Linnea Öberg <linnea.oberg1987@comhem.se>"],
                      cc=["anna.svensson@telia.com"], subject="Din PIN 4721",
                      text="Hej Linnea, din PIN är 4721.", html="<p>PIN 4721</p>",
                      known_secrets=["4721"], sender="kundservice@bank.se", kind="pin_letter")
    for shown in (repr(e), str(e)):
        for value in ("4721", "Linnea", "linnea.oberg1987", "anna.svensson", "kundservice@"):
            assert value not in shown, (value, shown)
        assert "customer_id='C-1'" in shown and "kind='pin_letter'" in shown
        assert "subject=<12 chars>" in shown and "text=<28 chars>" in shown
        assert "known_secrets=<1 secret>" in shown
        assert "to=['l******7@c****m.se']" in shown
    assert e.text == "Hej Linnea, din PIN är 4721."  # the values are all there


def test_repr_and_str_of_a_customer_show_the_id_and_lengths() -> None:
    c = Customer(id="C-1", full_name="Linnea Öberg", emails=["linnea.oberg1987@comhem.se"],
                 city="Örebro", postal_address="Storgatan 14", postal_code="702 10",
                 phone="+46 70 123 45 67", birth_date="1987-03-14", national_id=NATIONAL_ID,
                 customer_number="K-1001", flags=["vip"], notes=["Ring före leverans"])
    for shown in (repr(c), str(c)):
        for value in ("Linnea", "Öberg", "linnea.oberg1987", "Örebro", "Storgatan", "702 10",
                      "123 45", "1987", "2389", "K-1001", "Ring"):
            assert value not in shown, (value, shown)
        assert "id='C-1'" in shown and "flags=['vip']" in shown
        assert "national_id=<13 chars>" in shown and "birth_date=<set>" in shown


def _failing_statement(engine: Any, secret: str) -> str:
    """The text of the exception a failing statement with ``secret`` as a parameter raises."""
    with pytest.raises(Exception) as info, engine.connect() as conn:
        conn.execute(text("SELECT * FROM no_such_table WHERE x = :x"), {"x": secret})
    return str(info.value) + repr(info.value)


def test_a_failing_statement_does_not_show_its_parameters(directory: Directory) -> None:
    shown = _failing_statement(directory._engine, NATIONAL_ID)
    assert "no_such_table" in shown  # the statement is still there to debug with
    assert NATIONAL_ID not in shown and "parameters hidden" in shown


def test_the_quarantine_engine_hides_parameters(tmp_path: Path) -> None:
    with Quarantine(f"sqlite:///{tmp_path / 'q.db'}") as q:
        shown = _failing_statement(q.engine, NATIONAL_ID)
    assert NATIONAL_ID not in shown and "parameters hidden" in shown


def test_an_upsert_that_fails_names_no_customer_data(tmp_path: Path) -> None:
    path = tmp_path / "customers.db"
    d = Directory.connect(f"sqlite:///{path}")
    try:
        with sqlite3.connect(path) as raw:  # another process breaks the schema
            raw.execute("DROP TABLE misdirect_addresses")
        with pytest.raises(DirectoryError) as info:
            d.upsert([Customer(id="C-9", full_name="Linnea Öberg", national_id=NATIONAL_ID,
                               emails=["linnea.oberg1987@comhem.se"])])
        chain, e = [], info.value
        while e is not None:
            chain.append(f"{e} {e!r}")
            e = e.__cause__ or e.__context__  # type: ignore[assignment]
        shown = "\n".join(chain)
        for value in (NATIONAL_ID, "linnea.oberg1987", "Öberg"):
            assert value not in shown, shown
    finally:
        d.close()


def test_the_engine_logger_at_debug_prints_no_parameters_and_no_rows(
        caplog: pytest.LogCaptureFixture) -> None:
    d = Directory.connect("sqlite://")
    try:
        with caplog.at_level(logging.DEBUG, logger="sqlalchemy.engine"):
            d.upsert([Customer(id="C-9", full_name="Linnea Öberg", national_id=NATIONAL_ID,
                               emails=["linnea.oberg1987@comhem.se"])])
            d.refresh()
            with d._engine.connect() as conn:
                conn.execute(text("SELECT national_id FROM misdirect_customers")).all()
    finally:
        d.close()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "misdirect_customers" in logged  # statements are logged ...
    for value in (NATIONAL_ID, "linnea.oberg1987", "Öberg"):
        assert value not in logged  # ... but neither their parameters nor the rows read


def test_every_engine_the_library_creates_hides_parameters() -> None:
    """Every ``create_engine(...)`` call in src/ passes `private_engine_options`."""
    calls = []
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "create_engine":
                calls.append(path.relative_to(SRC))
                spread = [k.value for k in node.keywords if k.arg is None]
                assert any(isinstance(v, ast.Call)
                           and getattr(v.func, "id", None) == "private_engine_options"
                           for v in spread), f"{path}:{node.lineno}"
    assert len(calls) >= 4  # the directory, its probe, the quarantine, the SQL audit source
