"""The content scan works under a deadline: a long field is scanned in windows and no window is
started that would end after the deadline. What was scanned is reported and redacted; a `Guard`
holds a message whose scan did not finish, under ``fail_open`` too (on main a 10 MB body ran for
seconds past its budget, and under fail_open the over-budget scan let the message through with
its secrets).
"""

from __future__ import annotations

import time

import pytest

from misdirect import Action, Customer, Guard, OutboundEmail
from misdirect.content import scan
from misdirect.content.scanner import SCAN_WINDOW, _windows
from misdirect.policy import Policy
from misdirect.testing import build_directory

LINE = "Your PIN: 4821\n"
DENSE_TEXT = LINE * (3 * SCAN_WINDOW // len(LINE))             # three windows and more
DENSE_HTML = "<p>PIN 1234</p>" * (3 * SCAN_WINDOW // 15)


@pytest.mark.parametrize(("field", "body", "secret"), [
    ("text", DENSE_TEXT, "4821"), ("html", DENSE_HTML, "1234")])
def test_windows_find_every_secret_of_a_long_body(field: str, body: str, secret: str) -> None:
    """No secret is lost or cut at a window boundary: every line's value is found and redacted."""
    v = scan(OutboundEmail(customer_id="C-1", to=["a@b.fi"], **{field: body}))
    assert v.complete and v.scanned_chars == v.total_chars == len(body)
    redacted = getattr(v.message, field)
    assert secret not in redacted
    shown = [f for f in v.findings if f.location is not None]
    capped = [f for f in v.findings if f.location is None]
    n_lines = body.count("PIN")
    assert len(shown) == 1000 and str(n_lines - 1000) in capped[0].explanation
    for f in shown[:3] + shown[-3:]:  # positions are in the whole field, not the window
        assert f.location is not None
        assert body[f.location.start:f.location.end] == secret


@pytest.mark.parametrize("html", [False, True], ids=["text", "html"])
def test_windows_cover_the_field_in_order(html: bool) -> None:
    body = DENSE_HTML if html else DENSE_TEXT
    pieces = list(_windows(body, html))
    assert len(pieces) > 1
    assert "".join(p for _o, p in pieces) == body
    assert [o for o, _p in pieces] == [sum(len(p) for _o, p in pieces[:i])
                                       for i in range(len(pieces))]
    assert all(len(p) <= SCAN_WINDOW for _o, p in pieces)
    if html:
        assert all(p.endswith("</p>") for _o, p in pieces)  # never inside a tag


def test_a_passed_deadline_stops_after_the_first_window() -> None:
    email = OutboundEmail(customer_id="C-1", to=["a@b.fi"], text=DENSE_TEXT)
    v = scan(email, deadline=time.perf_counter() - 1)
    assert not v.complete
    assert 0 < v.scanned_chars <= SCAN_WINDOW < v.total_chars == len(DENSE_TEXT)
    assert v.message.text is not None
    scanned, rest = v.message.text[:1000], DENSE_TEXT[v.scanned_chars:]
    assert "4821" not in scanned  # what was scanned is redacted
    assert v.message.text.endswith(rest)  # the rest is left as it was (and the Guard holds it)


class SlowDetector:
    """A detector whose every window takes 80 ms (and finds nothing)."""

    id = "slow"

    def find(self, text: str, field: str) -> list[object]:
        time.sleep(0.08)
        return []


def test_no_window_is_started_that_would_end_past_the_deadline() -> None:
    """Windows start at 0, 80 and 160 ms: the third would end at 240 ms, past a 200 ms deadline,
    so it is not started (before, it was, and the scan ran one window past its budget)."""
    email = OutboundEmail(customer_id="C-1", to=["a@b.fi"], text=DENSE_TEXT)
    start = time.perf_counter()
    v = scan(email, detectors=[SlowDetector()], deadline=start + 0.2)  # type: ignore[list-item]
    elapsed = time.perf_counter() - start
    assert not v.complete
    assert v.scanned_chars == sum(len(p) for _o, p in list(_windows(DENSE_TEXT, False))[:2])
    assert elapsed < 0.2


def test_a_short_message_is_scanned_whole_whatever_the_deadline() -> None:
    email = OutboundEmail(customer_id="C-1", to=["a@b.fi"], subject="PIN 1234",
                          text="Password: Kesä2024!x")
    v = scan(email, deadline=time.perf_counter() - 1)
    assert v.complete and {"pin", "password"} <= v.secret_kinds


@pytest.mark.parametrize("policy", [None, Policy(on_check_failure="fail_open")],
                         ids=["fail_closed", "fail_open"])
def test_guard_holds_a_message_whose_scan_ran_out_of_budget(policy: Policy | None) -> None:
    """A 2 MB HTML body of PINs against a 50 ms content budget: the scan stops at its budget and
    the message is held, with the scanned part's secrets reported and redacted."""
    d = build_directory([Customer(id="C-1", full_name="Linnea Öberg",
                                  emails=["linnea.oberg1987@comhem.se"])])
    base = (policy or Policy()).model_dump(mode="json")
    base["checks"]["budgets_ms"]["content"] = 50.0
    p = Policy.from_dict(base)
    body = "<p>PIN 1234</p>" * (2_000_000 // 15)
    v = Guard(d, policy=p).check(OutboundEmail(customer_id="C-1",
                                               to=["linnea.oberg1987@comhem.se"], html=body))
    assert v.action is Action.HOLD
    failed = [f for f in v.findings if f.code == "check_failed"]
    assert [f.check for f in failed] == ["content"]
    assert "secret_in_body" in v.codes()
    assert v.message.html is not None and "1234" not in v.message.html[:10_000]
    d.close()
