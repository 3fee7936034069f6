"""Batch audit of historic sends: sources, the runner (local processes or Dask), checkpoints,
baselines and the HTML report. See docs/audit.md.

>>> from misdirect.audit import AuditConfig, audit_guard, open_source, run_audit
>>> result = run_audit(open_source("sends.jsonl"), audit_guard(directory), AuditConfig())
>>> result.summary.read, result.summary.audited, result.summary.failed
"""

from misdirect.audit.baseline import Baseline
from misdirect.audit.runner import AuditConfig, AuditResult, AuditWorker, audit_guard, run_audit
from misdirect.audit.sources import RawSend, Source, open_source, parse_send
from misdirect.audit.summary import Summary

__all__ = ["AuditConfig", "AuditResult", "AuditWorker", "Baseline", "RawSend", "Source",
           "Summary", "audit_guard", "open_source", "parse_send", "run_audit"]
