"""The HTML report: bounded, escaped, offline; and drawn for real in headless Debian chromium."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from misdirect import Directory
from misdirect.audit import AuditConfig, Summary, audit_guard, open_source, run_audit
from misdirect.audit.report import render_report
from misdirect.audit.summary import TopCustomers, mask_addresses_in

ROOT = Path(__file__).resolve().parents[2]
REQUIRE_ENV = "MISDIRECT_REQUIRE_SERVERS"
#: Set to a path (docs/audit-report.png) to refresh the screenshot in the docs.
SCREENSHOT_ENV = "MISDIRECT_AUDIT_SCREENSHOT"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


def _summary_over(days: int) -> Summary:
    s = Summary()
    for i in range(days):
        day = f"{2024 + i // 365}-{(i // 28) % 12 + 1:02d}-{i % 28 + 1:02d}"
        s.days[day] = Counter({"allow": 10 + i % 7, "hold": i % 3})
    return s


@pytest.mark.parametrize(("days", "unit"), [(30, "day"), (119, "day"), (300, "week"),
                                            (1500, "month")])
def test_time_chart_buckets_long_runs_into_bounded_bars(days: int, unit: str) -> None:
    page = render_report(_summary_over(days), {})
    chart = page[page.index('id="chart-time"'):]
    chart = chart[:chart.index("</svg>")]
    assert f"sends per {unit}" in chart
    assert chart.count("<rect") <= 2 * 120


def test_everything_shown_is_escaped_and_addresses_masked() -> None:
    s = Summary()
    s.codes["typo_of_customer_address"] = 1
    s.samples["typo_of_customer_address"] = [mask_addresses_in(
        "linnea.oberg187@comhem.se is one edit away from linnea.oberg1987@comhem.se")]
    s.customers.add("<script>alert(1)</script>", 1, 1, ["l*****7@c****m.se"])
    page = render_report(s, {"source": "<img src=x>"})
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert "<img" not in page and "linnea.oberg187@comhem.se" not in page
    assert "l******7@c****m.se is one edit away" in page


def test_top_customers_stay_bounded_and_say_when_counts_are_bounds() -> None:
    top = TopCustomers(capacity=3)
    for i in range(100):
        top.add(f"C-{i % 10}", 1, 0, [])
    for _ in range(50):
        top.add("C-heavy", 1, 1, [])
    assert len(top.entries) <= 6 and not top.exact
    best = top.top(1)[0]
    assert best[0] == "C-heavy" and best[1] >= 50  # Space-Saving never under-counts


def _chromium() -> str:
    path = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium")
                                        .exists() else None)
    if path is None:
        reason = "needs Debian chromium (apt-get install chromium; .ci/run installs it)"
        if os.environ.get(REQUIRE_ENV, "").strip() not in ("", "0", "false", "no"):
            pytest.fail(f"{reason} ({REQUIRE_ENV}=1)", pytrace=False)
        pytest.skip(reason)
    return path


def _run_chromium(chromium: str, *args: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory(prefix="misdirect-chromium-") as profile:
        return subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=120)


_MEASURE = """<script>
const out = {};
for (const svg of document.querySelectorAll('svg.chart')) {
  const r = svg.getBoundingClientRect();
  const bars = [...svg.querySelectorAll('rect.bar')].map(b => b.getBoundingClientRect())
      .filter(b => b.width > 0 && b.height > 0).length;
  out[svg.id] = {width: r.width, height: r.height, bars: bars};
}
const pre = document.createElement('pre');
pre.id = 'measured';
pre.textContent = JSON.stringify(out);
document.body.appendChild(pre);
</script>"""


def _incident_month(tmp_path: Path) -> Path:
    """The 32 sample sends, spread over March 2025, three times over."""
    lines = (ROOT / "examples" / "sends.jsonl").read_text("utf-8").splitlines()
    out = tmp_path / "march.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for k in range(3):
            for i, line in enumerate(lines):
                rec = json.loads(line)
                n = k * len(lines) + i
                rec["message_id"] = f"{rec.get('message_id', 'S')}-{k}"
                rec["sent_at"] = f"2025-03-{1 + n % 28:02d}T{8 + n % 10:02d}:15:00+01:00"
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


def test_report_draws_in_headless_chromium(sample_db: str, tmp_path: Path) -> None:
    chromium = _chromium()
    sends = _incident_month(tmp_path)
    with Directory.connect(sample_db, create=False) as d:
        result = run_audit(open_source(sends), audit_guard(d), AuditConfig())
    page = render_report(result.summary, {"source": "march.jsonl", "engine": "local"},
                         title="Audit of sends, March 2025")
    report = tmp_path / "report.html"
    report.write_text(page, encoding="utf-8")
    measured_page = tmp_path / "measured.html"
    measured_page.write_text(page.replace("</body>", _MEASURE + "</body>"), encoding="utf-8")

    dom = _run_chromium(chromium, "--dump-dom", measured_page.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    found = re.search(r'<pre id="measured">(.*?)</pre>', dom.stdout, re.S)
    assert found, "the measuring script did not run"
    sizes = json.loads(found.group(1).replace("&quot;", '"'))
    assert set(sizes) == {"chart-actions", "chart-time", "chart-codes"}
    for chart_id, m in sizes.items():
        assert m["width"] > 300 and m["height"] > 50, (chart_id, m)
    assert sizes["chart-actions"]["bars"] == 4
    assert sizes["chart-time"]["bars"] >= 28  # a bar per day of March, more where stacked
    assert sizes["chart-codes"]["bars"] == len(result.summary.codes)

    shot = Path(os.environ.get(SCREENSHOT_ENV) or tmp_path / "report.png")
    taken = _run_chromium(chromium, "--window-size=1200,1900", f"--screenshot={shot}",
                          report.as_uri())
    assert taken.returncode == 0, taken.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=40), max_size=400),
       st.integers(min_value=1, max_value=8))
def test_top_customers_against_exact_counts(stream: list[int], capacity: int) -> None:
    top = TopCustomers(capacity)
    exact: Counter[str] = Counter()
    for c in stream:
        top.add(f"C-{c}", 1, 0, [])
        exact[f"C-{c}"] += 1
    for cid, (count, _severe, _r, error) in top.entries.items():
        assert count - error <= exact[cid] <= count  # an upper bound, off by at most error
    for cid, n in exact.items():
        if n > top.floor:
            assert cid in top.entries  # nobody counted more than the floor is lost
    assert top.exact == (top.floor == 0) and len(top.entries) <= 2 * capacity
