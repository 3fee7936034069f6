"""Fixtures of the audit tests: a SQLite directory file holding the bundled sample customers,
and a writer of sends files."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

from misdirect import Directory
from misdirect.io import read_customers

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """URL of a SQLite file with the 60 sample customers (examples/customers.csv)."""
    path = tmp_path_factory.mktemp("audit-db") / "customers.db"
    url = f"sqlite:///{path}"
    with Directory.connect(url) as d:
        d.upsert(read_customers(EXAMPLES / "customers.csv"))
    return url


@pytest.fixture
def write_jsonl(tmp_path: Path) -> Callable[..., Path]:
    """``write_jsonl(records, name="sends.jsonl")``: dicts become JSON lines, bytes and str are
    written as they are (one line each)."""

    def write(records: Iterable[dict[str, Any] | str | bytes], name: str = "sends.jsonl") -> Path:
        p = tmp_path / name
        with p.open("wb") as fh:
            for r in records:
                if isinstance(r, dict):
                    fh.write(json.dumps(r, ensure_ascii=False).encode() + b"\n")
                elif isinstance(r, str):
                    fh.write(r.encode() + b"\n")
                else:
                    fh.write(r + b"\n")
        return p

    return write


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


@pytest.fixture
def read_jsonl() -> Callable[[Path], list[dict[str, Any]]]:
    """``read_jsonl(path)``: the objects of a JSONL file."""
    return _read_jsonl
