"""Index snapshots answer exactly as the index they were saved from, in any process, and are
refused when stale, from another directory, truncated or corrupt."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_index_properties import (
    DOMAINS,
    IDS,
    NAMES,
    PROPS,
    Reference,
    apply,
    assert_agrees,
    entries,
    keys,
    ops,
)

from misdirect import Customer, Directory
from misdirect.directory.index import CustomerEntry, MailboxIndex
from misdirect.directory.snapshot import (
    MANIFEST,
    SnapshotError,
    StaleSnapshotError,
    load_index,
    read_info,
    save_index,
)
from misdirect.errors import ConfigurationError, DirectoryError


@given(st.lists(entries(), max_size=10), ops, st.lists(keys, max_size=6))
@PROPS
def test_snapshot_answers_as_the_index_it_came_from(
        tmp_path_factory: pytest.TempPathFactory, initial: list[CustomerEntry],
        operations: list[tuple[str, object]], queries: list[str]) -> None:
    # the saved index has a base, tombstones and a delta (upserts after the build): all of it
    # must survive, and the loaded copy must keep taking updates like the original
    ref = Reference({})
    ref.upsert(initial)
    index = MailboxIndex(ref.customers.values())
    half = len(operations) // 2
    for op in operations[:half]:
        apply(index, ref, op)
    folder = tmp_path_factory.mktemp("snap")
    index.save(folder, revision=7)
    loaded = MailboxIndex.load(folder)
    assert_agrees(loaded, ref, queries)
    for op in operations[half:]:
        apply(loaded, ref, op)
        assert_agrees(loaded, ref, queries)


_DOMAIN_QUERIES = sorted({*DOMAINS, "abe.se", "abc.fi", "bc.se", "xyz.se", "abc.co", "zz.zz"})


@given(st.lists(entries(), min_size=1, max_size=10), st.lists(entries(), max_size=4),
       st.lists(st.sampled_from(IDS), max_size=2))
@PROPS
def test_mapped_domain_tables_answer_as_a_rebuilt_table(
        tmp_path_factory: pytest.TempPathFactory, initial: list[CustomerEntry],
        upserts: list[CustomerEntry], deletes: list[str]) -> None:
    # the domain-neighbour table comes from the snapshot's arrays, not rebuilt: its answers must
    # be the brute-force ones and the freshly built index's, at load and after updates (which
    # add domains the saved arrays do not hold, and drop counts to zero)
    ref = Reference({})
    ref.upsert(initial)
    built = MailboxIndex(ref.customers.values())
    folder = tmp_path_factory.mktemp("snap")
    built.save(folder, revision=1)
    loaded = MailboxIndex.load(folder)

    def agree() -> None:
        fresh = MailboxIndex(ref.customers.values())
        for q in _DOMAIN_QUERIES:
            expected = ref.domain_neighbours(q) & set(ref.domain_counts())
            assert loaded._domains().neighbours(q) == expected, q
            assert fresh._domains().neighbours(q) == expected, q
        assert loaded.domain_counts() == ref.domain_counts() == fresh.domain_counts()

    table = loaded._domains()
    assert table.tables is not None, "the loaded index rebuilt its domain table"
    assert not table.by_deletion, "domains the snapshot holds went into the Python maps"
    agree()
    loaded.upsert(upserts)
    ref.upsert(upserts)
    loaded.delete(deletes)
    ref.delete(deletes)
    assert loaded._domains().tables is table.tables  # adjusted, not rebuilt
    agree()


def _sample_index() -> MailboxIndex:
    return MailboxIndex([
        CustomerEntry("C-1", "Linnea Öberg", "linnea oberg",
                      (("Linnea.Oberg1987@comhem.se", "linnea.oberg1987@comhem.se"),),
                      flags=("vip",)),
        CustomerEntry("C-2", "Linnea Öberg", "linnea oberg",
                      (("l.oberg@gmail.com", "loberg@gmail.com"),),
                      shared=frozenset({"family@comhem.se"})),
        CustomerEntry("C-3", "Mikko Järvinen", "jarvinen mikko",
                      (("mikko.jarvinen@elisa.fi", "mikko.jarvinen@elisa.fi"),)),
    ])


_OTHER_PROCESS = r"""
import json, sys
from misdirect.directory.index import MailboxIndex
index = MailboxIndex.load(sys.argv[1])
print(json.dumps({
    "customer": index.customer("C-2").addresses,
    "owners": [e.id for e in index.owners("mikko.jarvinen@elisa.fi")],
    "near": sorted((n.customer.id, n.key, n.distance)
                   for n in index.near("linnea.oberg1978@comhem.se")),
    "namesakes": index.namesake_count("Linnea Öberg", exclude="C-1"),
    "with_name": sorted(e.id for e in index.with_name("linnea oberg")),
}))
"""


@pytest.mark.parametrize("seed", ["0", "12345"])
def test_another_process_with_another_hash_seed_reads_the_same_answers(
        tmp_path: Path, seed: str) -> None:
    # Python's string hash differs per process; the tables must not depend on it
    index = _sample_index()
    index.save(tmp_path)
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run([sys.executable, "-c", _OTHER_PROCESS, str(tmp_path)], env=env,
                         capture_output=True, text=True, check=True, timeout=60)
    assert json.loads(out.stdout) == {
        "customer": [["l.oberg@gmail.com", "loberg@gmail.com"]],
        "owners": ["C-3"],
        "near": [["C-1", "linnea.oberg1987@comhem.se", 1]],
        "namesakes": 1,
        "with_name": ["C-1", "C-2"],
    }


def test_manifest_records_what_it_was_built_from(tmp_path: Path) -> None:
    info = save_index(_sample_index(), tmp_path, revision=42, directory_id="abc",
                      source="sqlite:///x.db")
    again = read_info(tmp_path)
    assert again == info
    assert (info.revision, info.directory_id, info.customers) == (42, "abc", 3)
    assert (tmp_path / info.data_file).stat().st_size == info.nbytes


def test_saving_again_replaces_the_data_file(tmp_path: Path) -> None:
    first = save_index(_sample_index(), tmp_path, revision=1)
    loaded_first = MailboxIndex.load(tmp_path)  # stays mapped while the next save replaces it
    second = save_index(_sample_index(), tmp_path, revision=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([MANIFEST, second.data_file])
    assert first.data_file != second.data_file
    assert loaded_first.customer("C-3") is not None  # its pages outlive the unlink
    assert read_info(tmp_path).revision == 2


def test_pickling_an_index_is_refused() -> None:
    with pytest.raises(TypeError, match="save a snapshot"):
        pickle.dumps(_sample_index())


# -- damaged snapshots: a clear DirectoryError, never wrong answers ---------------------------


def _damage_truncate(folder: Path) -> None:
    data = folder / read_info(folder).data_file
    data.write_bytes(data.read_bytes()[:-100])


def _damage_flip_byte(folder: Path) -> None:
    info = read_info(folder)
    section = json.loads((folder / MANIFEST).read_text())["sections"]["keys.data"]
    data = folder / info.data_file
    raw = bytearray(data.read_bytes())
    raw[section["offset"] + 3] ^= 0x20  # one address's letter changes case: a silent wrong key
    data.write_bytes(bytes(raw))


def _damage_manifest_json(folder: Path) -> None:
    (folder / MANIFEST).write_text('{"format": 1, "sections": ')


def _damage_manifest_field(folder: Path) -> None:
    m = json.loads((folder / MANIFEST).read_text())
    del m["data_file"]
    (folder / MANIFEST).write_text(json.dumps(m))


def _damage_missing_data(folder: Path) -> None:
    (folder / read_info(folder).data_file).unlink()


def _damage_section_outside(folder: Path) -> None:
    m = json.loads((folder / MANIFEST).read_text())
    m["sections"]["cards.data"]["offset"] = m["nbytes"] + 4096
    (folder / MANIFEST).write_text(json.dumps(m))


@pytest.mark.parametrize(("damage", "message"), [
    (_damage_truncate, "truncated"),
    (_damage_flip_byte, "fails its checksum"),
    (_damage_manifest_json, "corrupt"),
    (_damage_manifest_field, "corrupt"),
    (_damage_missing_data, "is missing"),
    (_damage_section_outside, "outside the file"),
])
def test_a_damaged_snapshot_is_a_clear_error(tmp_path: Path, damage: object,
                                              message: str) -> None:
    save_index(_sample_index(), tmp_path, revision=1)
    damage(tmp_path)  # type: ignore[operator]
    with pytest.raises(SnapshotError, match=message) as e:
        load_index(tmp_path)
    assert isinstance(e.value, DirectoryError)
    assert "misdirect index build" in str(e.value)


def test_no_snapshot_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SnapshotError, match="no index snapshot"):
        MailboxIndex.load(tmp_path / "nothing")


@pytest.mark.parametrize(("field", "value", "message"), [
    ("format", 0, "format 0"),
    ("hash_scheme", "python-hash", "python-hash"),
    ("misdirect_version", "0.0.1", "built by misdirect 0.0.1"),
])
def test_a_snapshot_of_another_format_or_version_is_refused(
        tmp_path: Path, field: str, value: object, message: str) -> None:
    save_index(_sample_index(), tmp_path, revision=1)
    m = json.loads((tmp_path / MANIFEST).read_text())
    m[field] = value
    (tmp_path / MANIFEST).write_text(json.dumps(m))
    with pytest.raises(StaleSnapshotError, match=message):
        load_index(tmp_path)


# -- Directory with a snapshot ----------------------------------------------------------------


def _customers(n: int, start: int = 0) -> list[Customer]:
    return [Customer(id=f"C-{i}", full_name=NAMES[i % 6] or "Anna Berg",
                     emails=[f"user{i}@example.com"]) for i in range(start, start + n)]


def test_directory_loads_a_current_snapshot(shared_url: str, tmp_path: Path) -> None:
    with Directory.connect(shared_url) as d:
        d.upsert(_customers(20))
        d.mark_verified("C-3", "user3@example.com")
        d.allow_shared("C-4", "user5@example.com", reason="family")
        info = d.save_snapshot(tmp_path / "snap")
        built = {e.id: e for e in d.index.entries()}
    assert info.customers == 20
    with Directory.connect(shared_url, snapshot=tmp_path / "snap", on_stale="error") as d2:
        assert {e.id: e for e in d2.index.entries()} == built
        assert d2.index_origin is not None and d2.index_origin.startswith("loaded the index")
        assert d2.customer("C-3").state_of("user3@example.com") == "verified"
        # writes through this Directory keep the loaded index right (its delta)
        d2.upsert(_customers(1, start=100))
        assert [e.id for e in d2.owners("user100@example.com")] == ["C-100"]


def test_a_stale_snapshot_is_never_used(shared_url: str, tmp_path: Path) -> None:
    snap = tmp_path / "snap"
    with Directory.connect(shared_url) as d:
        d.upsert(_customers(5))
        d.save_snapshot(snap)
        d.upsert(_customers(1, start=50))  # another process's write: the snapshot is stale now
    with Directory.connect(shared_url, snapshot=snap, on_stale="error") as d2, \
            pytest.raises(StaleSnapshotError, match="stale"):
        d2.index  # noqa: B018
    with Directory.connect(shared_url, snapshot=snap) as d3:  # on_stale="rebuild"
        assert [e.id for e in d3.owners("user50@example.com")] == ["C-50"]
        assert d3.index_origin is not None and "is stale" in d3.index_origin
    assert read_info(snap).revision != Directory.connect(shared_url)._revision()
    with Directory.connect(shared_url, snapshot=snap, on_stale="refresh") as d4:
        assert [e.id for e in d4.owners("user50@example.com")] == ["C-50"]
        assert read_info(snap).revision == d4._revision()
    with Directory.connect(shared_url, snapshot=snap, on_stale="error") as d5:
        assert [e.id for e in d5.owners("user50@example.com")] == ["C-50"]
        assert d5.index_origin is not None and d5.index_origin.startswith("loaded")


def test_a_snapshot_of_another_directory_is_refused(tmp_path: Path) -> None:
    a, b = f"sqlite:///{tmp_path / 'a.db'}", f"sqlite:///{tmp_path / 'b.db'}"
    with Directory.connect(a) as da, Directory.connect(b) as db:
        da.upsert(_customers(3))
        db.upsert(_customers(3, start=10))  # the same revision as a
        assert da._revision() == db._revision()
        da.save_snapshot(tmp_path / "snap")
    with Directory.connect(b, snapshot=tmp_path / "snap", on_stale="error") as d, \
            pytest.raises(StaleSnapshotError, match="another directory"):
        d.index  # noqa: B018


def _saved_sqlite(tmp_path: Path) -> str:
    """A SQLite directory of 3 customers with a current snapshot in tmp_path/snap."""
    url = f"sqlite:///{tmp_path / 'a.db'}"
    with Directory.connect(url) as d:
        d.upsert(_customers(3))
        d.save_snapshot(tmp_path / "snap")
    return url


def test_a_corrupt_snapshot_is_an_error_even_when_rebuilding_is_allowed(tmp_path: Path) -> None:
    url = _saved_sqlite(tmp_path)
    _damage_flip_byte(tmp_path / "snap")
    with Directory.connect(url, snapshot=tmp_path / "snap") as d2, \
            pytest.raises(SnapshotError, match="checksum"):
        d2.index  # noqa: B018


def test_a_pickled_directory_keeps_its_snapshot(tmp_path: Path) -> None:
    url = _saved_sqlite(tmp_path)
    with Directory.connect(url, snapshot=tmp_path / "snap", on_stale="error") as d2:
        copy = pickle.loads(pickle.dumps(d2))
    assert copy.customer("C-1").id == "C-1"
    assert copy.index_origin is not None and copy.index_origin.startswith("loaded")


def test_on_stale_must_be_known() -> None:
    with pytest.raises(ConfigurationError, match="on_stale"):
        Directory.connect("sqlite://", on_stale="ignore")


# -- the checksum pass runs once per data file ----------------------------------------------------


def _count_crc32(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    import misdirect.directory.snapshot as snapshot

    calls: list[int] = []
    real = snapshot.zlib.crc32

    class _Zlib:
        @staticmethod
        def crc32(data: object, *args: int) -> int:
            calls.append(1)
            return real(data, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(snapshot, "zlib", _Zlib)
    return calls


def test_a_verified_unchanged_data_file_is_not_checksummed_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import misdirect.directory.snapshot as snapshot

    monkeypatch.setattr(snapshot, "_SETTLED_NS", 0)  # no need to wait for the file to settle
    info = save_index(_sample_index(), tmp_path, revision=1)
    calls = _count_crc32(monkeypatch)
    load_index(tmp_path)
    first = len(calls)
    assert first > 0 and (tmp_path / (info.data_file + ".verified")).exists()
    index, _info = load_index(tmp_path)
    assert len(calls) == first + 1  # only the stamp's digest of the manifest, no section
    assert index.customer("C-3") is not None


def test_a_changed_data_file_is_checksummed_again_and_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import misdirect.directory.snapshot as snapshot

    monkeypatch.setattr(snapshot, "_SETTLED_NS", 0)
    info = save_index(_sample_index(), tmp_path, revision=1)
    load_index(tmp_path)  # verified and stamped
    data = tmp_path / info.data_file
    before = data.stat()
    _damage_flip_byte(tmp_path)
    # the write gave the file new times (pinned here past any clock granularity)
    os.utime(data, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
    with pytest.raises(SnapshotError, match="fails its checksum"):
        load_index(tmp_path)


def test_a_young_data_file_is_not_stamped(tmp_path: Path) -> None:
    info = save_index(_sample_index(), tmp_path, revision=1)
    load_index(tmp_path)  # just written: a write in the same clock tick could keep its times
    assert not (tmp_path / (info.data_file + ".verified")).exists()


def test_saving_again_removes_the_old_stamp(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import misdirect.directory.snapshot as snapshot

    monkeypatch.setattr(snapshot, "_SETTLED_NS", 0)
    save_index(_sample_index(), tmp_path, revision=1)
    load_index(tmp_path)
    second = save_index(_sample_index(), tmp_path, revision=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([MANIFEST, second.data_file])
