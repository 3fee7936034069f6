"""The blind-corpus harness (benchmarks/blind_bench.py): its corpus is deterministic and labelled
consistently, its scoring counts hand-made outcomes correctly, and --summary prints no message text
or value."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from misdirect import Finding, Location, OutboundEmail

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

import blind_bench as bb  # noqa: E402
from blind import engine  # noqa: E402
from blind.engine import Message, Value, visible_text  # noqa: E402


@dataclass
class FakeScan:
    """What ``misdirect.content.scan`` returns, as far as the harness reads it."""

    message: OutboundEmail
    findings: list[Finding] = field(default_factory=list)


def _msg(text: str, values: list[Value], html: str | None = None) -> Message:
    return Message(id="t-1#0", batch="batcht", lang="en", layout="text", tags=("hard",),
                   subject="Subject", text=text, html=html, values=values)


def _email(text: str | None, html: str | None = None) -> OutboundEmail:
    return OutboundEmail(customer_id="X", to=["a@example.org"], subject="Subject", text=text,
                         html=html)


def _finding(start: int, end: int, fld: str = "text") -> Finding:
    return Finding(code="secret_in_body", explanation="x", kind="pin",
                   location=Location(field=fld, start=start, end=end))  # type: ignore[arg-type]


TEXT = "Your code is 482913. Order 55501. Never share your password with anyone."
SECRET = Value("otp", "482913", True)
ORDER = Value("order", "55501", False)


def test_a_miss_is_counted_as_a_miss() -> None:
    m = _msg(TEXT, [SECRET, ORDER])
    o = bb.score(m, FakeScan(_email(TEXT)))
    assert (o.secrets_total, o.secrets_removed, o.found, o.false_alarm) == (1, 0, False, False)
    assert (o.distractors_total, o.distractors_kept) == (1, 1)
    assert o.missed_values == ["otp:482913"]


def test_a_redaction_with_its_finding_is_a_hit() -> None:
    m = _msg(TEXT, [SECRET, ORDER])
    red = TEXT.replace("482913", "[redacted otp]")
    o = bb.score(m, FakeScan(_email(red), [_finding(13, 19)]))
    assert (o.secrets_removed, o.found, o.false_alarm, o.stray_findings) == (1, True, False, 0)


def test_redacting_the_word_after_a_keyword_is_a_false_alarm() -> None:
    m = _msg(TEXT, [SECRET, ORDER])
    red = TEXT.replace("482913", "[redacted]").replace("with anyone", "[redacted] anyone")
    o = bb.score(m, FakeScan(_email(red), [_finding(13, 19)]))
    assert o.found and o.false_alarm
    assert o.lost_words == ["with"]


def test_a_grouped_secret_before_a_full_stop_loses_no_word() -> None:
    text = "The code is 482 913. Order 55501."
    m = _msg(text, [Value("otp", "482 913", True), ORDER])
    red = text.replace("482 913", "[redacted otp]")
    o = bb.score(m, FakeScan(_email(red), [_finding(12, 19)]))
    assert (o.secrets_removed, o.found, o.lost_words, o.false_alarm) == (1, True, [], False)
    # a word really lost beside it still counts
    o = bb.score(m, FakeScan(_email(red.replace("Order", "[x]")), [_finding(12, 19)]))
    assert o.lost_words == ["Order"] and o.false_alarm


def test_a_finding_beside_the_secret_is_stray() -> None:
    m = _msg(TEXT, [SECRET, ORDER])
    o = bb.score(m, FakeScan(_email(TEXT), [_finding(27, 32)]))  # the order number
    assert (o.found, o.stray_findings, o.false_alarm) == (False, 1, True)


def test_any_changed_byte_without_a_secret_is_a_false_alarm() -> None:
    text = "Order 55501 has shipped."
    m = _msg(text, [ORDER])
    o = bb.score(m, FakeScan(_email(text.replace("shipped", "shipped "))))
    assert o.false_alarm and not o.found
    clean = bb.score(m, FakeScan(_email(text)))
    assert not clean.false_alarm


def test_a_lost_distractor_is_counted() -> None:
    text = "Order 55501, order 55501 again."
    m = _msg(text, [ORDER])
    o = bb.score(m, FakeScan(_email("Order [redacted], order 55501 again.")))
    assert (o.distractors_total, o.distractors_kept, o.lost_values) == (1, 0, ["order:55501"])


def test_html_findings_are_matched_in_the_html_source() -> None:
    html = "<p>PIN: <b>4921</b></p>"
    m = _msg("", [Value("pin", "4921", True)], html=html)
    m.text = None
    red = html.replace("4921", "[redacted pin]")
    o = bb.score(m, FakeScan(_email(None, red), [_finding(11, 15, "html")]))
    assert (o.secrets_removed, o.found, o.false_alarm) == (1, True, False)


def test_tally_precision_and_recall() -> None:
    m_secret = _msg(TEXT, [SECRET, ORDER])
    m_clean = _msg("Order 55501 has shipped.", [ORDER])
    hit = bb.score(m_secret, FakeScan(_email(TEXT.replace("482913", "[x]")), [_finding(13, 19)]))
    miss = bb.score(m_secret, FakeScan(_email(TEXT)))
    alarm = bb.score(m_clean, FakeScan(_email("Order [x] has shipped."), [_finding(6, 11)]))
    t = bb.Tally()
    for o in (hit, miss, alarm):
        t.add(o)
    assert (t.messages, t.with_secret, t.tp, t.fp, t.secrets, t.removed) == (3, 2, 1, 1, 2, 1)
    assert (t.distractors, t.kept) == (3, 2)
    assert "| 50.0% | 50.0% | 1 |" in t.row("x")


def test_visible_text_reads_entities_and_skips_tags() -> None:
    assert visible_text("<p>a &amp; b<br>c</p><style>x{}</style>").split() == ["a", "&", "b", "c"]


def test_the_corpus_is_deterministic_and_consistently_labelled() -> None:
    a = engine.messages("batch1", variants=1)
    b = engine.messages("batch1", variants=1)
    assert [(m.text, m.html, m.values) for m in a] == [(m.text, m.html, m.values) for m in b]
    counts: dict[str, int] = {}
    for m in a:
        counts[m.lang] = counts.get(m.lang, 0) + 1
        seen = bb._visible(m.subject, m.text, m.html)
        for v in m.values:
            assert v.text in seen, m.id
        if "none" in m.tags or m.tags == ("decoy",):
            assert not m.secrets, m.id
        if "hard" in m.tags or "easy" in m.tags:
            assert m.secrets, m.id
    assert set(counts) == set(engine.LANGS)
    assert min(counts.values()) >= 40


def test_the_harness_runs_on_real_messages() -> None:
    msgs = engine.messages("batch1", variants=1, langs=("fi",))[:6]
    outcomes = bb.evaluate(msgs)
    assert len(outcomes) == 6
    assert sum(o.secrets_total for o in outcomes) == sum(len(m.secrets) for m in msgs)


def test_summary_prints_no_message_text_and_no_value(capsys: pytest.CaptureFixture[str]) -> None:
    bb.main(["--batch", "batch1", "--variants", "1", "--summary"])
    out = capsys.readouterr().out
    assert "**batch1**" in out and "| fi |" in out
    msgs = engine.messages("batch1", variants=1)
    for m in msgs:
        assert m.id.split("#")[0] not in out
        for v in m.values:
            if len(v.text) >= 6:  # shorter ones could equal a count by chance
                assert v.text not in out, (m.id, v.kind)
        if len(m.subject) >= 8:
            assert m.subject not in out, m.id


def _fake_batches(root: Path, spec: dict[str, tuple[str, ...]]) -> None:
    for name, langs in spec.items():
        (root / name).mkdir()
        for lang in langs:
            (root / name / f"{lang}.py").write_text("TEMPLATES = []\n")


def test_the_blind_figure_is_the_newest_batch_with_all_nine_languages(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch written by several helpers lands one language at a time: until its ninth file is
    there it is not the blind figure, and batch10 sorts after batch9."""
    _fake_batches(tmp_path, {"batch4": engine.LANGS, "batch9": engine.LANGS,
                             "batch10": engine.LANGS, "batch11": ("en", "fi", "sv")})
    monkeypatch.setattr(engine, "HERE", tmp_path)
    monkeypatch.delenv("MISDIRECT_BLIND_BATCH", raising=False)
    assert engine.batches() == ["batch4", "batch9", "batch10", "batch11"]
    assert engine.complete_batches() == ["batch4", "batch9", "batch10"]
    assert engine.batch_languages("batch11") == ["en", "fi", "sv"]
    assert bb.blind_batch_name() == "batch10"
    for lang in engine.LANGS:
        (tmp_path / "batch11" / f"{lang}.py").write_text("TEMPLATES = []\n")
    assert bb.blind_batch_name() == "batch11"
    monkeypatch.setenv("MISDIRECT_BLIND_BATCH", "batch9")
    assert bb.blind_batch_name() == "batch9"


def test_run_leaves_out_a_batch_that_landed_in_part(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_batches(tmp_path, {"batch1": engine.LANGS, "batch2": engine.LANGS, "batch3": ("en",)})
    monkeypatch.setattr(engine, "HERE", tmp_path)
    monkeypatch.delenv("MISDIRECT_BLIND_BATCH", raising=False)
    measured: list[str] = []

    def fake_measure(name: str, variants: int) -> tuple[list[bb.Outcome], float]:
        measured.append(name)
        return [], 0.0

    monkeypatch.setattr(bb, "measure", fake_measure)
    monkeypatch.setattr(bb, "report", lambda name, outcomes, secs: f"report {name}")
    out = bb.run(quick=True)
    assert measured == ["batch2", "batch1"]
    assert "### batch2: blind figure" in out and "### batch1: retired" in out
    assert "batch3" not in out


def test_pin6_is_a_six_digit_pin_and_a_trailing_digit_still_makes_a_second_value() -> None:
    """``{S:pin6}`` once parsed as kind ``pin`` with the suffix 6, so it drew a four-digit PIN."""
    from blind.locales import LOCALES

    t = engine.T("text", "hard", "Code {S:pin6}",
                 "A {S:pin6} B {S:pin62} C {S:pin} D {S:pin2} E {D:date} F {D:date2}")
    for variant in range(20):
        m = engine.render(t, "en", LOCALES["en"], "batcht", "t-01", variant)
        secrets = [v.text for v in m.secrets]
        assert [len(s) for s in secrets] == [6, 6, 4, 4], variant
        assert all(s.isdigit() for s in secrets) and {v.kind for v in m.secrets} == {"pin"}
        assert m.subject == f"Code {secrets[0]}" and (m.text or "").count(secrets[0]) == 1
        assert len(m.distractors) == 2 and m.distractors[0].text != m.distractors[1].text


def test_every_pin6_of_the_batches_renders_six_digits() -> None:
    for batch in engine.batches():
        for lang, (loc, templates) in engine.load_batch(batch).items():
            for i, t in enumerate(templates, 1):
                if "{S:pin6}" not in t.subject + t.body:
                    continue
                m = engine.render(t, lang, loc, batch, f"{batch}-{lang}-{i:02d}", 0)
                assert any(v.kind == "pin" and len(v.text) == 6 and v.text.isdigit()
                           for v in m.secrets), m.id
