"""What every SQLAlchemy engine misdirect creates is given, so that customer data stays out of
logs and error messages.

* ``hide_parameters=True``: a failing statement's exception (``StatementError`` and its
  subclasses, which a ``check_failed`` finding, a ``DirectoryError`` or a crash log may quote)
  and the ``sqlalchemy.engine`` logger at INFO show ``[SQL parameters hidden ...]`` instead of
  the addresses, names and national ids a statement carries.
* ``logging_name="misdirect"``: the engines log as ``sqlalchemy.engine.Engine.misdirect``, and a
  filter there drops the result rows SQLAlchemy logs at DEBUG (``Row (...)``: whole customer
  records). Statements still log, without their values.

Engines you make yourself (``Directory(your_engine)``) keep your settings; see docs/security.md.
"""

from __future__ import annotations

import logging
from typing import Any

__all__ = ["ENGINE_LOGGER", "private_engine_options"]

ENGINE_LOGGER = "sqlalchemy.engine.Engine.misdirect"


class _DropRows(logging.Filter):
    """Drops SQLAlchemy's DEBUG records of result rows (``"Row %r"``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (isinstance(record.msg, str) and record.msg.startswith("Row"))


_FILTER = _DropRows()


def private_engine_options(options: dict[str, Any] | None = None) -> dict[str, Any]:
    """``options`` for `sqlalchemy.create_engine` with ``hide_parameters`` and the logging name
    set (unless the caller set them: ``hide_parameters=False`` is theirs to choose when
    debugging)."""
    out = dict(options or {})
    out.setdefault("hide_parameters", True)
    out.setdefault("logging_name", "misdirect")
    logger = logging.getLogger(f"sqlalchemy.engine.Engine.{out['logging_name']}")
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)
    return out
