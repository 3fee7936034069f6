"""Baselines: the findings a team has already looked at, stored as salted hashes.

In the spirit of detect-secrets: the file holds no address, no customer id and no secret, only
``HMAC-SHA256(salt, customer id | code | target)`` per finding, where the target is the
recipient's address (lower-cased) for a recipient finding and the kind of secret or personal
data for a content finding. A finding is "known" when its key is in the file, whichever send it
came from: a scheduled audit then fails only on what is new, not again on each send to a shared
mailbox that was already accepted. The salt is random per file (kept when the file is updated),
so the keys cannot be matched against a list of addresses hashed elsewhere.

File format (JSON)::

    {"version": 1, "kind": "misdirect-audit-baseline", "hash": "hmac-sha256",
     "salt": "<32 hex>", "updated_at": "2025-03-01T09:30:00Z", "keys": ["<32 hex>", ...]}
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from misdirect.errors import InputError

__all__ = ["Baseline", "finding_targets"]

_KIND = "misdirect-audit-baseline"


def finding_targets(record: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """``(code, target)`` for each finding of an audit record."""
    for f in record.get("findings", ()):
        target = f.get("recipient") or f.get("kind") or ""
        yield f["code"], str(target).strip().lower()


class Baseline:
    """Hashed finding keys. `key` hashes one finding; ``known`` holds the keys of the file."""

    def __init__(self, salt: bytes | None = None, known: Iterable[str] = ()) -> None:
        self.salt = salt if salt is not None else secrets.token_bytes(16)
        self.known = set(known)

    def key(self, customer_id: str, code: str, target: str) -> str:
        msg = "\x1f".join((customer_id, code, target)).encode("utf-8", "surrogatepass")
        return hmac.new(self.salt, msg, hashlib.sha256).hexdigest()[:32]

    def keys_of(self, record: dict[str, Any]) -> list[str]:
        cid = str(record.get("customer_id", ""))
        return [self.key(cid, code, target) for code, target in finding_targets(record)]

    @classmethod
    def load(cls, path: Path) -> Baseline:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as e:
            raise InputError(f"{path}: cannot read the baseline: {e.strerror or e}") from e
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise InputError(f"{path}: not a baseline file (not JSON: {e})") from None
        if not isinstance(data, dict) or data.get("kind") != _KIND or data.get("version") != 1:
            raise InputError(f"{path}: not a misdirect audit baseline (version 1)")
        try:
            salt = bytes.fromhex(str(data["salt"]))
            keys = [str(k) for k in data["keys"]]
        except (KeyError, TypeError, ValueError):
            raise InputError(f"{path}: the baseline's salt or keys are malformed") from None
        return cls(salt, keys)

    @classmethod
    def load_or_new(cls, path: Path) -> Baseline:
        return cls.load(path) if path.exists() else cls()

    def save(self, path: Path, keys: Iterable[str]) -> int:
        """Write ``keys`` (replacing what the file held) with this salt; returns how many."""
        unique = sorted(set(keys))
        data = {"version": 1, "kind": _KIND, "hash": "hmac-sha256", "salt": self.salt.hex(),
                "updated_at": dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
                .isoformat() + "Z", "keys": unique}
        tmp = path.with_name(path.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=0)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        return len(unique)
