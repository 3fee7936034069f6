"""Checkpoints: after each chunk, the output files are synced to disk and their sizes recorded
with the number of sends done and the summary so far, in one file replaced atomically.

A rerun of the same command (same fingerprint: source, directory, policy, outputs, chunk size)
truncates the outputs to the recorded sizes, which drops whatever a killed run wrote after its
last checkpoint, skips the sends already done, and goes on: each send ends up in the output
exactly once. A checkpoint of a different command is refused rather than mixed in.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import IO, Any

from misdirect.errors import InputError

__all__ = ["Checkpoint", "DurableFile", "fingerprint"]

_VERSION = 1


def fingerprint(params: dict[str, Any]) -> str:
    """A stable hash of what decides a run's output."""
    return hashlib.sha256(json.dumps(params, sort_keys=True, default=str).encode()).hexdigest()


class DurableFile:
    """An output file written in appends and synced at checkpoints; reopened at a given size."""

    def __init__(self, path: Path, *, resume_at: int | None = None) -> None:
        self.path = path
        if resume_at is None:
            self._fh: IO[bytes] = path.open("wb")
        else:
            if not path.exists() or path.stat().st_size < resume_at:
                raise InputError(f"cannot resume: {path} is shorter than the checkpoint says "
                                 f"({resume_at} bytes); rerun with --restart")
            self._fh = path.open("r+b")
            self._fh.truncate(resume_at)
            self._fh.seek(resume_at)

    def write(self, text: str) -> None:
        if text:
            self._fh.write(text.encode("utf-8"))

    def sync(self) -> int:
        """Flush to disk and return the size: what a checkpoint may rely on."""
        self._fh.flush()
        os.fsync(self._fh.fileno())
        return self._fh.tell()

    def close(self) -> None:
        self._fh.close()


class Checkpoint:
    """The checkpoint file of one run."""

    def __init__(self, path: Path, fingerprint: str) -> None:
        self.path = path
        self.fingerprint = fingerprint

    def load(self) -> dict[str, Any] | None:
        """The saved state of this run, or None to start afresh; refuses another run's."""
        if not self.path.exists():
            return None
        try:
            state = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError, UnicodeDecodeError) as e:
            raise InputError(f"{self.path}: the checkpoint cannot be read ({e}); rerun with "
                             f"--restart to start over") from None
        if not isinstance(state, dict) or state.get("version") != _VERSION:
            raise InputError(f"{self.path}: not an audit checkpoint; rerun with --restart")
        if state.get("fingerprint") != self.fingerprint:
            raise InputError(f"{self.path} is the checkpoint of a different audit (other source, "
                             f"directory, policy or outputs); rerun that command to finish it, or "
                             f"pass --restart to start this one over")
        return state

    def save(self, state: dict[str, Any]) -> None:
        data = {"version": _VERSION, "fingerprint": self.fingerprint, **state}
        tmp = self.path.with_name(self.path.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump(data, fh, separators=(",", ":"))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    def remove(self) -> None:
        for p in (self.path, self.path.with_name(self.path.name + ".tmp")):
            p.unlink(missing_ok=True)
