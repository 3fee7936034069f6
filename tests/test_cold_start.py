"""What a cold ``misdirect check`` imports and opens (issue 11: about a second at 1,000,000
customers from the index snapshot).

``import misdirect`` is lazy (PEP 562): SQLAlchemy, pydantic and NumPy load only when a name that
needs them is used. ``misdirect check`` against a SQLite file whose snapshot is current opens a
`SnapshotDirectory` (the two meta rows read with the standard library's sqlite3), so SQLAlchemy is
never imported; in every other case (no snapshot, a stale one, another schema version) it opens a
`Directory` as before. The imports are asserted in a fresh interpreter, by ``sys.modules``.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from misdirect import Action, Customer, Directory, DirectoryError, Guard, OutboundEmail
from misdirect.directory.mapped import SnapshotDirectory, open_snapshot_directory
from misdirect.errors import SnapshotError

LINNEA = Customer(id="C-1", full_name="Linnea Öberg", emails=["linnea.oberg1987@comhem.se"])
ERIK = Customer(id="C-2", full_name="Erik Lundgren", emails=["erik.lundgren@telia.com"])


def _modules_after(code: str) -> dict[str, object]:
    """Run ``code`` in a fresh interpreter; it leaves ``out`` (a dict); returns it with
    ``modules``: which of the heavy packages ended up imported."""
    probe = (f"import sys, json\nout = {{}}\n{code}\n"
             "out['modules'] = sorted(m for m in ('sqlalchemy', 'pydantic', 'numpy', "
             "'misdirect.audit', 'misdirect.integrations', 'misdirect.mime', 'misdirect.cli_audit',"
             " 'misdirect.cli_relay', 'misdirect.cli_quarantine', 'misdirect.directory.store') "
             "if m in sys.modules)\nprint(json.dumps(out))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_import_misdirect_loads_none_of_the_heavy_packages() -> None:
    out = _modules_after("import misdirect\nout['all'] = len(misdirect.__all__)")
    assert out["modules"] == []
    assert out["all"] == 26


def test_a_public_name_loads_its_module_on_first_use() -> None:
    out = _modules_after("import misdirect\nout['guard'] = misdirect.Guard.__name__\n"
                         "from misdirect import Directory\nout['dir'] = Directory.__name__")
    assert out["guard"] == "Guard" and out["dir"] == "Directory"
    assert {"sqlalchemy", "pydantic", "numpy"} <= set(out["modules"])


def test_import_misdirect_cli_loads_no_other_command_and_no_sqlalchemy() -> None:
    out = _modules_after("import misdirect.cli")
    assert "sqlalchemy" not in out["modules"]
    for module in ("misdirect.audit", "misdirect.integrations", "misdirect.cli_audit",
                   "misdirect.cli_relay", "misdirect.cli_quarantine"):
        assert module not in out["modules"]


def test_every_command_is_still_listed_and_runs() -> None:
    from click.testing import CliRunner

    from misdirect.cli import cli

    result = CliRunner().invoke(cli, ["--help"])
    for name in ("address", "allow", "audit", "check", "customer", "demo", "index", "load",
                 "policy", "quarantine", "relay"):
        assert f"  {name} " in result.stdout, name
    assert CliRunner().invoke(cli, ["policy", "--help"]).exit_code == 0
    assert CliRunner().invoke(cli, ["nope"]).exit_code == 5


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "customers.db"
    with Directory.connect(f"sqlite:///{path}") as d:
        d.upsert([LINNEA, ERIK])
        d.save_snapshot(tmp_path / "customers.db.index")
    return path


def _check_in_a_fresh_process(db: Path, *extra: str) -> dict[str, object]:
    args = ["check", "--db", str(db), "--customer", "C-1", "--to", "erik.lundgren@telia.com",
            "--json", *extra]
    return _modules_after(
        "import contextlib, io\nfrom misdirect.cli import main\n"
        "buf = io.StringIO()\nerr = io.StringIO()\n"
        "with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(err):\n"
        f"    try:\n        main({args!r})\n"
        "    except SystemExit as e:\n        out['code'] = e.code\n"
        "out['verdict'] = json.loads(buf.getvalue())\nout['stderr'] = err.getvalue()")


def test_check_from_a_current_snapshot_does_not_import_sqlalchemy(db: Path) -> None:
    mapped = _check_in_a_fresh_process(db)
    assert "sqlalchemy" not in mapped["modules"]
    assert "misdirect.directory.store" not in mapped["modules"]
    assert "index: loaded the index snapshot" in str(mapped["stderr"])
    rebuilt = _check_in_a_fresh_process(db, "--index", "none")
    assert "sqlalchemy" in rebuilt["modules"]
    # the same answer either way: blocked, Erik's address is another customer's
    assert mapped["code"] == rebuilt["code"] == 3
    verdict, again = mapped["verdict"], rebuilt["verdict"]
    assert isinstance(verdict, dict) and isinstance(again, dict)
    assert verdict["action"] == again["action"] == "block"
    assert verdict["codes"] == again["codes"]


def test_a_stale_snapshot_is_not_opened_without_the_database(db: Path) -> None:
    folder = db.with_name("customers.db.index")
    with Directory.connect(f"sqlite:///{db}") as d:
        d.upsert([Customer(id="C-3", full_name="Anna Svensson", emails=["anna@example.se"])])
    assert open_snapshot_directory(db, folder) is None  # the CLI then rebuilds, and says why
    out = _modules_after(
        "from misdirect.cli_index import open_for_checks\n"
        f"d = open_for_checks({str(db)!r})\nd.index\nout['origin'] = d.index_origin\n"
        "out['c3'] = d.customer('C-3').id")
    assert "is stale (built at revision" in str(out["origin"])
    assert out["c3"] == "C-3"


def test_a_snapshot_of_another_directory_or_schema_is_not_opened(db: Path,
                                                                 tmp_path: Path) -> None:
    folder = db.with_name("customers.db.index")
    assert isinstance(open_snapshot_directory(db, folder), SnapshotDirectory)
    other = tmp_path / "other.db"
    with Directory.connect(f"sqlite:///{other}") as d:
        d.upsert([LINNEA, ERIK])  # the same revision, another directory id
    assert open_snapshot_directory(other, folder) is None
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE misdirect_meta SET value = '1' WHERE key = 'schema_version'")
    conn.close()
    assert open_snapshot_directory(db, folder) is None  # Directory.connect migrates it
    assert open_snapshot_directory(tmp_path / "missing.db", folder) is None
    assert open_snapshot_directory(db, tmp_path / "no-snapshot") is None


def test_a_corrupt_snapshot_raises_rather_than_being_ignored(db: Path) -> None:
    folder = db.with_name("customers.db.index")
    (folder / "manifest.json").write_text("{", encoding="utf-8")
    with pytest.raises(SnapshotError, match="corrupt"):
        open_snapshot_directory(db, folder)


def test_a_snapshot_directory_answers_as_the_directory_does(db: Path) -> None:
    mapped = open_snapshot_directory(db, db.with_name("customers.db.index"))
    assert mapped is not None
    with Directory.connect(f"sqlite:///{db}") as full:
        for email in (OutboundEmail(customer_id="C-1", to=["erik.lundgren@telia.com"]),
                      OutboundEmail(customer_id="C-1", to=["linnea.oberg187@comhem.se"]),
                      OutboundEmail(customer_id="C-1", to=["linnea.oberg1987@comhem.se"])):
            a, b = Guard(mapped).check(email), Guard(full).check(email)  # type: ignore[arg-type]
            assert a.action == b.action and a.codes() == b.codes()
    assert mapped.record("C-1").full_name == "Linnea Öberg"
    assert Guard(mapped).check(  # type: ignore[arg-type]
        OutboundEmail(customer_id="C-1", to=["erik.lundgren@telia.com"])).action is Action.BLOCK


def test_a_deleted_file_under_a_snapshot_directory_is_reported(db: Path) -> None:
    mapped = open_snapshot_directory(db, db.with_name("customers.db.index"))
    assert mapped is not None and mapped.health() is None
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    problem = mapped.health()
    assert isinstance(problem, DirectoryError) and "was deleted" in str(problem)
    verdict = Guard(mapped).check(  # type: ignore[arg-type]
        OutboundEmail(customer_id="C-1", to=["linnea.oberg1987@comhem.se"]))
    assert "check_failed" in verdict.codes()
