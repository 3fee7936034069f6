"""The audit's fast parse gives what the plain parse gives, for any input.

* JSON: pydantic-core's parser first, the json module for what it refuses. Against ``json.loads``
  alone: the same object or the same error row, on generated documents and on mangled ones.
* The send record: `models._plain_email` builds the `OutboundEmail` of a record that needs no
  coercion. Against ``OutboundEmail.model_validate``: an equal model (fields, set fields, dump)
  or the same `InputError`, on records of any JSON values.
* ``sent_at``: the UTC shortcut of `normalize_sent_at` and `sent_at_time` against the
  conversion they replace.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from misdirect.audit.runner import sent_at_time
from misdirect.audit.sources import (
    SEND_FIELDS,
    RawSend,
    _message_values,
    _validated_email,
    email_from_record,
    normalize_sent_at,
    parse_send,
)
from misdirect.errors import InputError
from misdirect.models import OutboundEmail

SETTINGS = settings(max_examples=400, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner,
                                                                 max_size=3),
    max_leaves=8)
field_values = (st.text(max_size=20) | st.none() | st.integers() | st.booleans() | st.floats()
                | st.lists(st.text(max_size=12) | st.none() | st.integers(), max_size=3)
                | st.dictionaries(st.text(max_size=3), st.text(max_size=3), max_size=2))
records = st.dictionaries(st.sampled_from([*SEND_FIELDS, "sent_at", "other", "Customer_id"]),
                          field_values, max_size=8).map(
    lambda d: d if "customer_id" in d or len(d) % 3 == 0 else {**d, "customer_id": "C-1"})


def _plain_reference(record: dict[str, Any]) -> OutboundEmail:
    """email_from_record as it was: pydantic validates every record."""
    return _validated_email(_message_values(record))


def _outcome(fn: Any, *args: Any) -> tuple[str, Any]:
    try:
        value = fn(*args)
    except InputError as e:
        return "error", str(e)
    return "ok", value


def _json_of(e: OutboundEmail) -> str:
    try:
        return e.model_dump_json()
    except ValueError as error:  # a lone surrogate has no UTF-8: both fail alike
        return f"fails: {type(error).__name__}"


def _same_email(a: OutboundEmail, b: OutboundEmail) -> None:
    assert type(a) is type(b) is OutboundEmail
    assert a == b
    assert a.model_dump() == b.model_dump()
    assert a.model_fields_set == b.model_fields_set
    assert _json_of(a) == _json_of(b)
    assert repr(a) == repr(b)
    for name in ("to", "cc", "bcc"):
        assert type(getattr(a, name)) is list


@SETTINGS
@given(records)
@example({"customer_id": "C-1", "to": ["a@b.se"], "subject": None, "text": "x", "html": None})
@example({"customer_id": "C-1", "to": "a@b.se"})
@example({"customer_id": "C-1", "known_secrets": ["1234"]})
@example({"customer_id": 17, "to": []})
@example({"customer_id": "  "})
@example({"customer_id": "C-1", "to": ["a@b.se", None]})
@example({"customer_id": "C-1", "kind": 3})
@example({"customer_id": "C-1", "message_id": None, "sender": None, "kind": None})
def test_plain_email_equals_the_validated_one(record: dict[str, Any]) -> None:
    got = _outcome(email_from_record, record)
    want = _outcome(_plain_reference, record)
    assert got[0] == want[0], (got, want)
    if got[0] == "error":
        assert got[1] == want[1]
    else:
        _same_email(got[1], want[1])


def _json_reference(line: bytes) -> tuple[str, Any]:
    """parse_send of a JSON line as it was: json.loads alone."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return "error", "not utf-8"
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        return "error", f"not valid JSON ({e.msg} at column {e.colno})"
    except RecursionError:
        return "error", "not valid JSON (nested too deeply)"
    return "ok", obj


def _mangle(text: str, data: st.DataObject) -> str:
    if not text or not data.draw(st.booleans()):
        return text
    i = data.draw(st.integers(0, len(text) - 1))
    junk = data.draw(st.sampled_from(["", ",", "\\", '"', "\t", "\n", "\\ud800", "\\u00e9",
                                      "}", "]", "NaN", "0", "-", "e", "\x00", "\ufeff", " "]))
    return text[:i] + junk + text[i + data.draw(st.integers(0, 2)):]


@SETTINGS
@given(st.data())
def test_json_parse_equals_json_loads(data: st.DataObject) -> None:
    value = data.draw(st.one_of(json_values, records))
    text = json.dumps(value, ensure_ascii=data.draw(st.booleans()),
                      indent=data.draw(st.sampled_from([None, 1])))
    line = _mangle(text.replace("\n", " "), data).encode("utf-8", "surrogatepass")
    want = _json_reference(line)
    if want[0] == "error" and want[1] == "not utf-8":
        return
    got = _outcome(parse_send, RawSend(1, "x:1", "json", line))
    if want[0] == "error":
        assert got == want
        return
    obj = want[1]
    if not isinstance(obj, dict):
        assert got == ("error", f"expected a JSON object, got {type(obj).__name__}")
        return
    # the object parsed alike: the rest is the record path, compared above
    try:
        sent_at = normalize_sent_at(obj.get("sent_at"))  # read first, as _from_mapping does
        expected = (_plain_reference(obj), sent_at)
    except InputError as e:
        assert got == ("error", str(e))
        return
    assert got[0] == "ok", got
    _same_email(got[1].email, expected[0])
    assert got[1].sent_at == expected[1]


@pytest.mark.parametrize("line", [
    b'{"customer_id": "C-1", "to": ["a\\udE00@b.se"]}',  # a lone surrogate: json.loads takes it
    b'{"customer_id": "C-1", "to": ["a@b.se"], "x": NaN}',
    b'{"customer_id": "C-1", "to": ["a@b.se"]} trailing',
    b'{"customer_id": "C-1", "text": "tab\tinside"}',
    b"[" * 5000 + b"]" * 5000,
    b'{"customer_id": "C-1", "to": ["a@b.se"], "customer_id": "C-2"}',
])
def test_json_edge_cases_parse_as_before(line: bytes) -> None:
    want = _json_reference(line)
    got = _outcome(parse_send, RawSend(1, "x:1", "json", line))
    if want[0] == "error":
        assert got == want
    else:
        assert got[0] == "ok"
        _same_email(got[1].email, _plain_reference(want[1]))


def _normalize_reference(value: Any) -> str | None:
    """normalize_sent_at as it was (for the inputs that reach the conversion)."""
    if isinstance(value, dt.datetime):
        when = value
    else:
        text = value.strip()
        when = dt.datetime.fromisoformat(text[:-1] + "+00:00" if text[-1:] in "zZ" else text)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC).replace(tzinfo=None).isoformat() + "Z"


def _sent_at_time_reference(sent_at: str) -> dt.datetime:
    when = dt.datetime.fromisoformat(sent_at.replace("Z", "+00:00"))
    return when.astimezone(dt.UTC).replace(tzinfo=None) if when.tzinfo else when


offsets = st.one_of(st.none(), st.just(dt.UTC),
                    st.integers(-14 * 60, 14 * 60).map(
                        lambda m: dt.timezone(dt.timedelta(minutes=m))))


@SETTINGS
@given(st.datetimes(min_value=dt.datetime(1900, 1, 2), max_value=dt.datetime(2200, 1, 1)),
       offsets, st.sampled_from(["dt", "iso", "isoZ", "space"]))
def test_sent_at_shortcuts_equal_the_conversion(when: dt.datetime, tz: dt.tzinfo | None,
                                                form: str) -> None:
    value: Any = when.replace(tzinfo=tz)
    if form != "dt":
        value = value.isoformat(sep=" " if form == "space" else "T")
        if form == "isoZ" and tz is dt.UTC:
            value = value.replace("+00:00", "Z")
    got = normalize_sent_at(value)
    assert got == _normalize_reference(value)
    assert got is not None
    assert sent_at_time(got) == _sent_at_time_reference(got)
    for given_form in (value if isinstance(value, str) else value.isoformat(),):
        assert sent_at_time(given_form) == _sent_at_time_reference(given_form)
