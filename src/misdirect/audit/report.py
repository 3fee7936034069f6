"""The audit report: one self-contained HTML file (inline CSS and SVG; no script, font, image or
link that would be fetched), which opens offline and can be mailed to whoever asks.

It shows the counts (read = audited + failed), sends by action, sends over time by action (a
stacked bar chart: per day, or per week or month for longer runs), sends per finding code, error
rows by kind, how sends were judged (at their sent_at, or against today's directory), the most
affected customers (ids and masked recipients only), sample explanations per code (addresses
masked) and the run's parameters. No body, secret or address in clear ever reaches it.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter
from collections.abc import Sequence
from typing import Any

from misdirect.audit.summary import ACTIONS, Summary
from misdirect.policy import DEFAULT_ACTIONS

__all__ = ["ACTION_COLOURS", "render_report"]

ACTION_COLOURS = {"allow": "#3a9d5d", "warn": "#d9a400", "hold": "#e06c00", "block": "#c62828"}
#: More days than this are drawn per week, more weeks than this per month.
_MAX_BARS = 120

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2330;
background:#f5f6f8}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:0 0 10px}h3{font-size:14px;margin:12px 0 4px}
.sub{color:#5b6475;margin:0 0 18px}
.cards{display:flex;gap:12px;flex-wrap:wrap}
.card{background:#fff;border:1px solid #dde1e8;border-radius:8px;padding:12px 16px;min-width:120px}
.card b{display:block;font-size:22px}.card span{color:#5b6475}
section{background:#fff;border:1px solid #dde1e8;border-radius:8px;padding:16px;margin-top:16px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:5px 8px;
border-bottom:1px solid #eceef2;vertical-align:top}th{color:#5b6475;font-weight:600}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.tag{display:inline-block;border-radius:4px;padding:0 6px;color:#fff;font-size:12px}
.legend span{margin-right:14px}.legend i{display:inline-block;width:10px;height:10px;
margin-right:4px;border-radius:2px}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;background:#f0f2f5;padding:1px 4px;
border-radius:3px}.note{color:#5b6475;font-size:12px}
ul.samples{margin:4px 0 10px;padding-left:20px}
svg text{font:11px system-ui,sans-serif;fill:#5b6475}
"""


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _tag(action: str) -> str:
    return f'<span class="tag" style="background:{ACTION_COLOURS[action]}">{_e(action)}</span>'


def _default(code: str) -> str:
    """The default policy's action for a code (unlisted codes warn, as the policy does)."""
    action = DEFAULT_ACTIONS.get(code)
    return action.value if action is not None else "warn"


def _legend() -> str:
    return '<div class="legend">' + "".join(
        f'<span><i style="background:{ACTION_COLOURS[a]}"></i>{a}</span>' for a in ACTIONS
    ) + "</div>"


def _hbars(chart_id: str, rows: Sequence[tuple[str, int, str]], width: int = 720) -> str:
    """Horizontal bars: (label, value, colour)."""
    if not rows:
        return '<p class="note">nothing to draw</p>'
    top = max(v for _l, v, _c in rows) or 1
    label_w, bar_h, gap = 230, 18, 6
    height = len(rows) * (bar_h + gap) + gap
    parts = [f'<svg class="chart" id="{chart_id}" role="img" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">']
    span = width - label_w - 70
    for i, (label, value, colour) in enumerate(rows):
        y = gap + i * (bar_h + gap)
        w = max(1.0, span * value / top) if value else 0.0
        parts.append(f'<text x="{label_w - 8}" y="{y + 13}" text-anchor="end">{_e(label)}</text>')
        if w:
            parts.append(f'<rect class="bar" x="{label_w}" y="{y}" width="{w:.1f}" '
                         f'height="{bar_h}" fill="{colour}"><title>{_e(label)}: {value}</title>'
                         f'</rect>')
        parts.append(f'<text x="{label_w + w + 6:.1f}" y="{y + 13}">{value:,}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _bucket(days: dict[str, Counter[str]]) -> tuple[str, list[tuple[str, Counter[str]]]]:
    """Per day, or per ISO week or month when there are too many days for bars."""
    dated = sorted(d for d in days if d)
    if not dated:
        return "day", []
    if len(dated) <= _MAX_BARS:
        return "day", [(d, days[d]) for d in dated]

    def week(d: str) -> str:
        y, w, _ = dt.date.fromisoformat(d).isocalendar()
        return f"{y}-W{w:02d}"

    for unit, key in (("week", week), ("month", lambda d: d[:7]), ("year", lambda d: d[:4])):
        merged: dict[str, Counter[str]] = {}
        for d in dated:
            merged.setdefault(key(d), Counter()).update(days[d])
        if len(merged) <= _MAX_BARS or unit == "year":
            return unit, sorted(merged.items())
    raise AssertionError("unreachable")  # pragma: no cover


def _time_chart(days: dict[str, Counter[str]], width: int = 1040, height: int = 260) -> str:
    unit, buckets = _bucket(days)
    if not buckets:
        return '<p class="note">no send had a sent_at: nothing to draw over time</p>'
    left, bottom, top_pad = 56, 40, 10
    plot_w, plot_h = width - left - 10, height - bottom - top_pad
    peak = max(sum(c.values()) for _k, c in buckets) or 1
    step = plot_w / len(buckets)
    bar_w = max(1.0, step * 0.8)
    parts = [f'<svg class="chart" id="chart-time" role="img" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">']
    for frac in (0, 0.5, 1):
        y = top_pad + plot_h * (1 - frac)
        parts.append(f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" '
                     f'stroke="#e3e6ec"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">'
                     f'{round(peak * frac):,}</text>')
    label_every = max(1, len(buckets) // 10)
    for i, (key, counts) in enumerate(buckets):
        x = left + i * step + (step - bar_w) / 2
        y = top_pad + plot_h
        for action in ACTIONS:
            n = counts.get(action, 0)
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            parts.append(f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" '
                         f'height="{max(h, 0.5):.1f}" fill="{ACTION_COLOURS[action]}">'
                         f'<title>{_e(key)} {action}: {n}</title></rect>')
        if i % label_every == 0:
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{height - bottom + 16}" '
                         f'text-anchor="middle">{_e(key)}</text>')
    parts.append(f'<text x="{left}" y="{height - 6}">sends per {unit}</text></svg>')
    return "".join(parts)


def render_report(summary: Summary, params: dict[str, Any], *, title: str = "Audit of sends",
                  top_customers: int = 25) -> str:
    """The report as an HTML string."""
    s = summary
    cards = [("read", s.read), ("audited", s.audited), ("failed", s.failed)] + [
        (a, s.actions.get(a, 0)) for a in ACTIONS]
    out = [f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
           f'<meta name="viewport" content="width=device-width, initial-scale=1">'
           f'<title>{_e(title)}</title><style>{_CSS}</style></head><body><main>',
           f"<h1>{_e(title)}</h1>",
           f'<p class="sub">{_e(params.get("source", ""))} &middot; generated '
           f'{_e(params.get("finished_at", ""))} by misdirect {_e(params.get("version", ""))}'
           f"</p>",
           '<div class="cards">' + "".join(
               f'<div class="card" id="count-{_e(k)}"><b>{v:,}</b><span>{_e(k)}</span></div>'
               for k, v in cards) + "</div>",
           f'<p class="note">read {s.read:,} = audited {s.audited:,} + failed {s.failed:,}'
           f'{" (adds up)" if s.read == s.audited + s.failed else " (DOES NOT ADD UP)"}; '
           f"{s.judged_at_sent_at:,} sends judged against the directory as it was at their "
           f"sent_at, {s.judged_today:,} without a sent_at against today's directory.</p>"]

    out.append("<section><h2>Sends by action</h2>")
    out.append(_hbars("chart-actions", [(a, s.actions.get(a, 0), ACTION_COLOURS[a])
                                        for a in ACTIONS]))
    out.append("</section>")

    out.append("<section><h2>Sends over time, by action</h2>" + _legend())
    out.append(_time_chart(s.days) + "</section>")

    out.append("<section><h2>Finding codes</h2>")
    codes = sorted(s.codes.items(), key=lambda kv: (-kv[1], kv[0]))
    out.append(_hbars("chart-codes", [(c, n, ACTION_COLOURS[_default(c)]) for c, n in codes]))
    out.append('<table id="codes"><tr><th>code</th><th>default action</th>'
               '<th class="n">sends</th></tr>')
    for c, n in codes:
        out.append(f"<tr><td><code>{_e(c)}</code></td><td>{_tag(_default(c))}</td>"
                   f'<td class="n">{n:,}</td></tr>')
    out.append('</table><p class="note">A send counts once per code it has; the bar colour is '
               "the code's default action (the policy may escalate).</p></section>")

    out.append('<section><h2>Most affected customers</h2><table id="customers"><tr>'
               '<th>customer</th><th class="n">flagged sends</th><th class="n">held or blocked'
               "</th><th>flagged recipients (masked)</th></tr>")
    top = s.customers.top(top_customers)
    for cid, flagged, severe, recipients, error in top:
        bound = f" (&le; +{error:,})" if error else ""
        out.append(f"<tr><td><code>{_e(cid)}</code></td><td class=\"n\">{flagged:,}{bound}</td>"
                   f'<td class="n">{severe:,}</td><td>{_e(", ".join(recipients))}</td></tr>')
    if not top:
        out.append('<tr><td colspan="4" class="note">no send was flagged</td></tr>')
    out.append("</table>")
    if not s.customers.exact:
        out.append('<p class="note">More customers had findings than the report keeps '
                   f"({s.customers.capacity:,}): counts marked &le; +N may be over by up to N "
                   "(Space-Saving).</p>")
    out.append("</section>")

    out.append("<section><h2>Sample explanations</h2>")
    for c, _n in codes:
        texts = s.samples.get(c, [])
        if texts:
            out.append(f"<h3><code>{_e(c)}</code></h3><ul class=\"samples\">"
                       + "".join(f"<li>{_e(t)}</li>" for t in texts) + "</ul>")
    if not codes:
        out.append('<p class="note">no findings</p>')
    out.append("</section>")

    out.append('<section><h2>Error rows</h2><table id="errors"><tr><th>kind</th>'
               '<th class="n">sends</th></tr>')
    for kind, n in sorted(s.errors.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append(f"<tr><td>{_e(kind)}</td><td class=\"n\">{n:,}</td></tr>")
    if not s.errors:
        out.append('<tr><td colspan="2" class="note">none: every send was read and audited'
                   "</td></tr>")
    out.append('</table><p class="note">Each error row (with its source position and reason) is '
               "in the errors file when the run was given one (--errors).</p></section>")

    out.append('<section><h2>Run parameters</h2><table id="params">')
    for k, v in params.items():
        out.append(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>")
    out.append("</table></section></main></body></html>\n")
    return "".join(out)
