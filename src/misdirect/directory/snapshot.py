"""Index snapshots: a built `MailboxIndex` saved to files that other processes memory-map.

Building the index reads the whole directory (about half a minute at a million customers). A
snapshot is the built index written once, so that a one-shot command or each of N workers starts
in about a second, and N workers on one machine share one copy of it in RAM: the arrays are
mapped read-only from the page cache, not copied into each process.

A snapshot is a folder holding

* ``index-<revision>-<token>.bin``: every array and string blob of the index's base, each in a
  section aligned to the page size (so each can be mapped on its own), plus a few small JSON
  sections (the rare per-customer facts, the domain counts, the delta of recent upserts);
* ``manifest.json``: format, hash scheme, the misdirect version, the directory revision and
  identity it was built at, and per section its offset, size and CRC-32.

The manifest is replaced atomically and written last, so a reader sees the old snapshot or the
new one, never half of one; data files of older snapshots are removed after the new manifest is
in place (a process that mapped one keeps its pages). Loading checks the sizes and checksums
(about 0.3 s per GB) and refuses anything that does not match with a `SnapshotError`. The
checksums are checked once per data file: the load that checked them leaves a stamp
(``index-....bin.verified``: the file's device, inode, size, modification and change times),
and a later load of the same, unchanged file skips the pass; any write to it changes its times
and brings the check back (a cold ``misdirect check`` at a million customers spent 0.3 s of its
second on the pass). Whether the
snapshot is still right for a directory is the caller's question (`Directory` compares the
revision); `SnapshotInfo` carries what it needs.

The hash tables use process-independent hashes (CRC-32 and BLAKE2b of the UTF-8, see
`misdirect.directory.index._h`), so a mapped table answers in any process.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import mmap
import os
import secrets
import time
import zlib
from array import array
from collections import Counter, OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

from misdirect.directory import index as _ix
from misdirect.errors import SnapshotError, StaleSnapshotError

__all__ = ["FORMAT", "HASH_SCHEME", "SnapshotError", "SnapshotInfo", "StaleSnapshotError",
           "load_index", "read_info", "save_index"]

#: Bumped whenever the layout changes; a snapshot of another format is refused (3: the domain
#: neighbour tables, `index._DomainTables`, are saved, not rebuilt by every process; 4: each
#: customer's text is one card, `index._encode_card`, not a blob per field).
FORMAT = 4
#: The hash functions the tables were built with (`index._h`, `index._h64`).
HASH_SCHEME = "crc32-utf8/blake2b64-utf8"
MANIFEST = "manifest.json"
_ALIGN = mmap.ALLOCATIONGRANULARITY
#: The typed arrays the base holds (array / memoryview typecodes).
_TYPECODES: dict[str, Literal["q", "i", "b", "d"]] = {"q": "q", "i": "i", "b": "b", "d": "d"}
#: The base's string blobs, typed arrays and hash tables, by attribute name.
_BLOBS = ("cards", "addresses", "keys", "former_addresses", "former_keys")
_ARRAYS = ("cust_start", "cust_info", "addr_cust", "addr_state", "addr_verified", "addr_added",
           "former_start", "former_cust", "former_state", "former_added", "former_removed")
_TABLES = ("by_id", "by_name", "by_exact_name", "by_key", "by_deletion", "by_former_key",
           "by_former_deletion")
#: The hash tables of the base's `index._DomainTables`, by attribute name.
_DOMAIN_TABLES = ("by_deletion", "by_label")


@dataclass(frozen=True)
class SnapshotInfo:
    """What a snapshot's manifest says about it."""

    path: Path
    #: The directory revision the index was built at (None: saved from a bare `MailboxIndex`).
    revision: int | None
    #: The identity of the directory it was built from ("" when unknown).
    directory_id: str
    #: The directory URL it was built from, password hidden (for messages only).
    source: str
    customers: int
    created_at: str
    misdirect_version: str
    data_file: str
    nbytes: int

    def describe(self) -> str:
        return (f"index snapshot {self.path} ({self.customers:,} customers, revision "
                f"{self.revision}, built {self.created_at})")


# -- saving --------------------------------------------------------------------------------------


def _jsonable_entry(e: _ix.CustomerEntry) -> dict[str, Any]:
    return {"id": e.id, "full_name": e.full_name, "name_key": e.name_key,
            "addresses": [list(p) for p in e.addresses], "states": list(e.states),
            "verified_at": [None if t is None else t.isoformat() for t in e.verified_at],
            "misdirected": sorted(e.misdirected), "shared": sorted(e.shared),
            "flags": list(e.flags), "notes": list(e.notes),
            "personal": [list(p) for p in e.personal],
            "added_at": [_iso(t) for t in e.added_at],
            "former": [[a, k, st, _iso(added), _iso(removed)]
                       for a, k, st, added, removed in e.former]}


def _iso(t: dt.datetime | None) -> str | None:
    return None if t is None else t.isoformat()


def _from_iso(t: str | None) -> dt.datetime | None:
    return None if t is None else dt.datetime.fromisoformat(t)


def _entry_from_json(d: dict[str, Any]) -> _ix.CustomerEntry:
    return _ix.CustomerEntry(
        id=d["id"], full_name=d["full_name"], name_key=d["name_key"],
        addresses=tuple((a, k) for a, k in d["addresses"]), states=tuple(d["states"]),
        verified_at=tuple(None if t is None else dt.datetime.fromisoformat(t)
                          for t in d["verified_at"]),
        misdirected=frozenset(d["misdirected"]), shared=frozenset(d["shared"]),
        flags=tuple(d["flags"]), notes=tuple(d["notes"]),
        personal=tuple((k, v) for k, v in d["personal"]),
        added_at=tuple(_from_iso(t) for t in d.get("added_at", ())),
        former=tuple((a, k, st, _from_iso(added), dt.datetime.fromisoformat(removed))
                     for a, k, st, added, removed in d.get("former", ())))


def _sections(index: _ix.MailboxIndex) -> Iterator[tuple[str, str, Any]]:
    """``(name, kind, buffer)`` for everything a snapshot holds; kind says how to map it back:
    ``bytes``, an `array` typecode (``a:q``), a NumPy dtype (``n:<u4``) or ``json``."""
    base = index._base
    for name in _BLOBS:
        blob: _ix._Blob = getattr(base, name)
        yield f"{name}.data", "bytes", blob.data
        yield f"{name}.offsets", "a:q", blob.offsets
    for name in _ARRAYS:
        arr = getattr(base, name)
        yield name, f"a:{arr.typecode if isinstance(arr, array) else arr.format}", arr
    for name in _TABLES:
        table: _ix._HashTable = getattr(base, name)
        yield f"{name}.hashes", f"n:{table.hashes.dtype.str}", table.hashes
        yield f"{name}.rows", f"n:{table.rows_.dtype.str}", table.rows_
        yield f"{name}.starts", f"n:{table.starts.dtype.str}", table.starts
    domains = base.domain_tables_built()
    yield "domains.data", "bytes", domains.domains.data
    yield "domains.offsets", "a:q", domains.domains.offsets
    for name in _DOMAIN_TABLES:
        table = getattr(domains, name)
        yield f"domain_{name}.hashes", f"n:{table.hashes.dtype.str}", table.hashes
        yield f"domain_{name}.rows", f"n:{table.rows_.dtype.str}", table.rows_
        yield f"domain_{name}.starts", f"n:{table.starts.dtype.str}", table.starts
    extras = {str(slot): {"misdirected": sorted(x.misdirected), "shared": sorted(x.shared),
                          "flags": list(x.flags), "notes": list(x.notes)}
              for slot, x in base.extras.items()}
    small = {"size": base.size, "extras": extras, "domain_counts": dict(base.domain_counts),
             "shifts": {name: getattr(base, name).shift for name in _TABLES},
             "domain_shifts": {name: getattr(domains, name).shift for name in _DOMAIN_TABLES},
             "dead": sorted(index._dead),
             "delta": [_jsonable_entry(e) for e in index._delta.entries.values()]}
    yield "small", "json", json.dumps(small, ensure_ascii=False).encode("utf-8")


def save_index(index: _ix.MailboxIndex, path: str | os.PathLike[str], *,
               revision: int | None = None, directory_id: str = "",
               source: str = "") -> SnapshotInfo:
    """Write ``index`` as a snapshot in folder ``path`` (created if missing), replacing the
    snapshot there atomically. ``revision``/``directory_id`` say what it was built from."""
    from misdirect import __version__

    folder = Path(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise SnapshotError(f"cannot create the snapshot folder {folder}: "
                            f"{e.strerror or e}") from e
    data_name = f"index-{revision if revision is not None else 'x'}-{secrets.token_hex(4)}.bin"
    tmp = folder / (data_name + ".tmp")
    sections: dict[str, dict[str, Any]] = {}
    with index._lock:
        try:
            with open(tmp, "wb") as f:
                offset = 0
                for name, kind, buffer in _sections(index):
                    view = memoryview(buffer).cast("B")
                    f.write(view)
                    sections[name] = {"kind": kind, "offset": offset, "nbytes": view.nbytes,
                                      "crc32": zlib.crc32(view)}
                    offset += view.nbytes
                    pad = -offset % _ALIGN
                    f.write(b"\0" * pad)
                    offset += pad
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, folder / data_name)
            customers = len(index)
        except OSError as e:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise SnapshotError(f"cannot write the snapshot in {folder}: {e.strerror or e}") from e
    manifest = {"format": FORMAT, "hash_scheme": HASH_SCHEME, "misdirect_version": __version__,
                "revision": revision, "directory_id": directory_id, "source": source,
                "customers": customers,
                "created_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
                "data_file": data_name, "nbytes": offset, "sections": sections}
    tmp_manifest = folder / f"{MANIFEST}.{secrets.token_hex(4)}.tmp"
    try:
        with open(tmp_manifest, "w", encoding="utf-8") as f:
            json.dump(manifest, f, indent=1)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp_manifest, folder / MANIFEST)
    except OSError as e:
        with contextlib.suppress(OSError):
            tmp_manifest.unlink()
        raise SnapshotError(f"cannot write the snapshot in {folder}: {e.strerror or e}") from e
    _remove_old_data(folder, keep=data_name)
    return _info(folder, manifest)


def _remove_old_data(folder: Path, *, keep: str) -> None:
    """Data files no manifest names any more. A process that mapped one keeps its pages (POSIX);
    a reader between reading the manifest and opening its file retries (`load_index`)."""
    for p in [*folder.glob("index-*.bin"), *folder.glob(f"index-*.bin{_VERIFIED}")]:
        if p.name not in (keep, keep + _VERIFIED):
            with contextlib.suppress(OSError):
                p.unlink()


# -- loading -------------------------------------------------------------------------------------


def _info(folder: Path, m: dict[str, Any]) -> SnapshotInfo:
    return SnapshotInfo(path=folder, revision=m.get("revision"),
                        directory_id=str(m.get("directory_id") or ""),
                        source=str(m.get("source") or ""), customers=int(m["customers"]),
                        created_at=str(m.get("created_at") or ""),
                        misdirect_version=str(m.get("misdirect_version") or ""),
                        data_file=str(m["data_file"]), nbytes=int(m["nbytes"]))


def _read_manifest(folder: Path) -> dict[str, Any]:
    path = folder / MANIFEST
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise SnapshotError(f"no index snapshot at {folder} (no {MANIFEST}); make one with "
                            f"misdirect index build") from None
    except (OSError, UnicodeDecodeError) as e:
        raise SnapshotError(f"cannot read {path}: {e}") from e
    try:
        m = json.loads(text)
        if not isinstance(m, dict):
            raise ValueError("not an object")
        _info(folder, m)  # the fields it must have
        if not isinstance(m.get("sections"), dict):
            raise ValueError("no sections")
    except (ValueError, KeyError, TypeError) as e:
        raise SnapshotError(f"{path} is corrupt ({e}); rebuild it with misdirect index "
                            f"build") from e
    return m


def _check_compatible(folder: Path, m: dict[str, Any]) -> None:
    from misdirect import __version__

    if m.get("format") != FORMAT or m.get("hash_scheme") != HASH_SCHEME:
        raise StaleSnapshotError(f"the index snapshot at {folder} has format {m.get('format')} "
                            f"({m.get('hash_scheme')}); this misdirect reads format {FORMAT}: "
                            f"rebuild it with misdirect index build")
    if m.get("misdirect_version") != __version__:
        # name folding and address keys may differ between versions: never trust another's
        raise StaleSnapshotError(f"the index snapshot at {folder} was built by misdirect "
                            f"{m.get('misdirect_version')}, this is {__version__}: rebuild it "
                            f"with misdirect index build")


def read_info(path: str | os.PathLike[str]) -> SnapshotInfo:
    """The manifest of the snapshot in folder ``path`` (cheap: the data file is not read).
    Raises `SnapshotError` when there is none, or it is corrupt or of another version."""
    folder = Path(path)
    m = _read_manifest(folder)
    _check_compatible(folder, m)
    return _info(folder, m)


def load_index(path: str | os.PathLike[str], *,
               verify: bool = True) -> tuple[_ix.MailboxIndex, SnapshotInfo]:
    """The index saved in folder ``path``, memory-mapped, with its manifest.

    ``verify`` checks every section's CRC-32 (about 0.3 s per GB; it also reads every page, which
    other processes mapping the same file then find in the page cache), once per data file: a
    load that verified it leaves a stamp beside it (`_stamp_verified`), and later loads of the
    same, unchanged file (same device, inode, size, modification and change times) skip the
    pass. Sizes are always checked. Raises `SnapshotError` for anything missing, truncated or
    corrupt.
    """
    folder = Path(path)
    for attempt in range(3):
        m = _read_manifest(folder)
        _check_compatible(folder, m)
        data = folder / str(m["data_file"])
        try:
            fd = os.open(data, os.O_RDONLY)
        except FileNotFoundError:
            if attempt < 2:
                continue  # replaced by a newer snapshot since we read the manifest
            raise SnapshotError(f"{data} is missing: the snapshot at {folder} is incomplete; "
                                f"rebuild it with misdirect index build") from None
        except OSError as e:
            raise SnapshotError(f"cannot open {data}: {e.strerror or e}") from e
        try:
            st = os.fstat(fd)
            checked = verify and not _verified_before(data, st, m)
            index = _map(folder, data, fd, m, verify=checked)
            if checked:
                _stamp_verified(data, st, m)
            return index, _info(folder, m)
        finally:
            os.close(fd)
    raise AssertionError("unreachable")  # pragma: no cover


#: Suffix of the stamp a verifying load leaves beside a data file (see `_stamp_verified`).
_VERIFIED = ".verified"
#: A data file is stamped only when its last change is at least this old (ns): a write after
#: the stamp then always gets another timestamp, whatever the file system's clock granularity.
_SETTLED_NS = 2_000_000_000


def _stamp_of(st: os.stat_result, m: dict[str, Any]) -> dict[str, Any]:
    """What a verified data file is known by: its identity and times, and the checksums of the
    manifest it was verified against."""
    crcs = zlib.crc32(json.dumps(m["sections"], sort_keys=True).encode("utf-8"))
    return {"dev": st.st_dev, "ino": st.st_ino, "size": st.st_size,
            "mtime_ns": st.st_mtime_ns, "ctime_ns": st.st_ctime_ns, "sections_crc32": crcs}


def _verified_before(data: Path, st: os.stat_result, m: dict[str, Any]) -> bool:
    """Whether a load already checked every checksum of this data file, unchanged since."""
    try:
        stamp = json.loads((data.parent / (data.name + _VERIFIED)).read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return stamp == _stamp_of(st, m)


def _stamp_verified(data: Path, st: os.stat_result, m: dict[str, Any]) -> None:
    """Record that every checksum of ``data`` matched (best effort: a folder this process may
    not write to just means the next load checks again). Any write to the file afterwards
    changes its modification and change times, so the stamp no longer matches and the next load
    checks every section again. Nothing is stamped while the file is younger than
    `_SETTLED_NS`: a write within the same clock tick could otherwise keep its times."""
    now = time.time_ns()
    if now - max(st.st_mtime_ns, st.st_ctime_ns) < _SETTLED_NS:
        return
    stamp = data.parent / (data.name + _VERIFIED)
    tmp = data.parent / f"{stamp.name}.{secrets.token_hex(4)}.tmp"
    try:
        tmp.write_text(json.dumps(_stamp_of(st, m)), encoding="utf-8")
        os.replace(tmp, stamp)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _map(folder: Path, data: Path, fd: int, m: dict[str, Any], *,
         verify: bool) -> _ix.MailboxIndex:
    size = os.fstat(fd).st_size
    if size != m["nbytes"]:
        raise SnapshotError(f"{data} is {size:,} bytes, its manifest says {m['nbytes']:,}: the "
                            f"file is truncated or was replaced; rebuild it with misdirect "
                            f"index build")
    views: dict[str, Any] = {}
    try:
        for name, s in m["sections"].items():
            offset, nbytes, kind = int(s["offset"]), int(s["nbytes"]), str(s["kind"])
            if offset % _ALIGN or offset + nbytes > size:
                raise ValueError(f"section {name} lies outside the file")
            # each section mapped on its own: slices of an mmap are bytes (what _Blob decodes)
            buf: Any = (mmap.mmap(fd, nbytes, offset=offset, access=mmap.ACCESS_READ)
                        if nbytes else b"")
            if verify and zlib.crc32(buf) != s["crc32"]:
                raise ValueError(f"section {name} fails its checksum")
            if kind == "bytes":
                views[name] = buf
            elif kind == "json":
                views[name] = json.loads(bytes(buf).decode("utf-8"))
            elif kind.startswith("a:") and kind[2:] in _TYPECODES:
                views[name] = memoryview(buf).cast("B").cast(_TYPECODES[kind[2:]])
            elif kind.startswith("n:"):
                views[name] = np.frombuffer(buf, dtype=np.dtype(kind[2:]))
            else:
                raise ValueError(f"section {name} has an unknown kind {kind!r}")
        return _assemble(views)
    except SnapshotError:
        raise
    except (ValueError, KeyError, TypeError, OSError, json.JSONDecodeError) as e:
        raise SnapshotError(f"the index snapshot at {folder} is corrupt ({e}); rebuild it with "
                            f"misdirect index build") from e


def _assemble(v: dict[str, Any]) -> _ix.MailboxIndex:
    small = v["small"]
    base: _ix._Base = object.__new__(_ix._Base)
    base.size = int(small["size"])
    for name in _BLOBS:
        setattr(base, name, _ix._Blob(v[f"{name}.data"], v[f"{name}.offsets"]))
    for name in _ARRAYS:
        setattr(base, name, v[name])
    base.extras = {int(slot): _ix._Extras(frozenset(x["misdirected"]), frozenset(x["shared"]),
                                          tuple(x["flags"]), tuple(x["notes"]))
                   for slot, x in small["extras"].items()}
    base.domain_counts = Counter(small["domain_counts"])
    for name, shift in small["shifts"].items():
        setattr(base, name, _ix._HashTable.from_sorted(
            v[f"{name}.hashes"], v[f"{name}.rows"], v[f"{name}.starts"], int(shift)))
    domain_tables = {name: _ix._HashTable.from_sorted(
        v[f"domain_{name}.hashes"], v[f"domain_{name}.rows"], v[f"domain_{name}.starts"],
        int(small["domain_shifts"][name])) for name in _DOMAIN_TABLES}
    base.domain_tables = _ix._DomainTables(
        _ix._Blob(v["domains.data"], v["domains.offsets"]), **domain_tables)
    if len(base.domain_tables.domains) != len(base.domain_counts):
        raise ValueError("the domain table disagrees with the domain counts")
    base._entries = OrderedDict()
    if len(base.cust_start) != base.size + 1 or len(base.cards) != base.size:
        raise ValueError("the customer arrays disagree in length")
    index = _ix.MailboxIndex.from_base(base)
    index._dead = {int(s) for s in small["dead"]}
    for d in small["delta"]:
        index._delta.add(_entry_from_json(d))
    return index


# -- for Directory -------------------------------------------------------------------------------

#: What `Directory` does with a snapshot built at another revision than the database's.
ON_STALE = ("rebuild", "refresh", "error")


def index_for(folder: str | os.PathLike[str], *, revision: int, directory_id: str, source: str,
              on_stale: str, build: Any) -> tuple[_ix.MailboxIndex, str]:
    """The index of a directory at ``revision`` from the snapshot in ``folder`` when it was built
    at that revision from that directory; else, by ``on_stale``: ``"rebuild"`` builds it with
    ``build()`` (the snapshot is left alone), ``"refresh"`` builds it and saves it as the new
    snapshot, ``"error"`` raises `StaleSnapshotError`. A missing snapshot counts as stale; a
    corrupt one raises `SnapshotError` whatever ``on_stale`` says (a person should look at it).
    Returns the index and a sentence saying where it came from (the CLI prints it)."""
    folder = Path(folder)
    problem = _why_not_current(folder, revision=revision, directory_id=directory_id)
    if problem is None:
        index, info = load_index(folder)
        if info.revision == revision and info.directory_id == directory_id:
            return index, f"loaded the {info.describe()}"
        problem = f"the index snapshot at {folder} was replaced while it was being read"
    if on_stale == "error":
        raise StaleSnapshotError(f"{problem}; rebuild it with misdirect index build")
    index = build()
    if on_stale == "refresh":
        saved = save_index(index, folder, revision=revision, directory_id=directory_id,
                           source=source)
        return index, f"{problem}: built the index from the database and saved {saved.describe()}"
    return index, f"{problem}: built the index from the database"


def _why_not_current(folder: Path, *, revision: int, directory_id: str) -> str | None:
    """None when the snapshot in ``folder`` was built at ``revision`` of this directory, else
    why not. A corrupt manifest raises `SnapshotError`."""
    if not (folder / MANIFEST).exists():
        return f"no index snapshot at {folder}"
    try:
        info = read_info(folder)
    except StaleSnapshotError as e:  # another format or misdirect version
        return str(e).split(": rebuild it", 1)[0]
    if info.directory_id != directory_id:
        return (f"the index snapshot at {folder} was built from another directory "
                f"({info.source or 'unknown'})")
    if info.revision != revision:
        return (f"the index snapshot at {folder} is stale (built at revision {info.revision}, "
                f"the directory is at {revision})")
    return None
