"""Opt-in DNS: does a domain accept mail? (MX, else A/AAAA, RFC 5321 section 5.1).

misdirect makes no network call unless a resolver is passed to `Guard`. `CachedResolver` wraps
dnspython with a timeout and a TTL cache; tests pass a `FixedResolver` (misdirect.testing) instead.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from enum import Enum
from typing import Any, Protocol, runtime_checkable

__all__ = ["CachedResolver", "DomainStatus", "MailResolver", "MxAnswer"]


class DomainStatus(str, Enum):
    DELIVERABLE = "deliverable"
    #: NXDOMAIN, a null MX (RFC 7505), or no MX and no address record.
    UNDELIVERABLE = "undeliverable"
    #: Timeout or server failure: nothing can be said.
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class MxAnswer:
    status: DomainStatus
    detail: str = ""


@runtime_checkable
class MailResolver(Protocol):
    def mail_status(self, domain: str) -> MxAnswer:
        """Whether ``domain`` (ASCII form) accepts mail."""
        ...


class CachedResolver:
    """dnspython behind a timeout and a cache (positive and negative answers, by TTL)."""

    def __init__(self, *, timeout: float = 2.0, ttl: float = 3600.0, negative_ttl: float = 300.0,
                 nameservers: list[str] | None = None) -> None:
        import dns.resolver

        self._resolver = dns.resolver.Resolver(configure=nameservers is None)
        if nameservers is not None:
            self._resolver.nameservers = nameservers
        self._resolver.lifetime = timeout
        self._resolver.timeout = timeout
        self._ttl = ttl
        self._negative_ttl = negative_ttl
        self._timeout = timeout
        self._nameservers = nameservers
        self._cache: dict[str, tuple[float, MxAnswer]] = {}
        self._lock = threading.Lock()

    def __reduce__(self) -> tuple[Any, ...]:
        # sent to another process without its cache and lock
        return (_rebuild_resolver, (self._timeout, self._ttl, self._negative_ttl,
                                    self._nameservers))

    def mail_status(self, domain: str) -> MxAnswer:
        now = time.monotonic()
        with self._lock:
            hit = self._cache.get(domain)
            if hit and hit[0] > now:
                return hit[1]
        answer = self._query(domain)
        ttl = {DomainStatus.DELIVERABLE: self._ttl, DomainStatus.UNDELIVERABLE: self._negative_ttl,
               DomainStatus.UNKNOWN: 30.0}[answer.status]
        with self._lock:
            self._cache[domain] = (now + ttl, answer)
        return answer

    def _query(self, domain: str) -> MxAnswer:
        import dns.exception
        import dns.resolver

        try:
            mx = self._resolver.resolve(domain, "MX")
            hosts = [str(r.exchange).rstrip(".") for r in mx]
            if hosts == [""]:
                return MxAnswer(DomainStatus.UNDELIVERABLE, "null MX: the domain accepts no mail")
            return MxAnswer(DomainStatus.DELIVERABLE, "MX " + ", ".join(hosts[:3]))
        except dns.resolver.NXDOMAIN:
            return MxAnswer(DomainStatus.UNDELIVERABLE, "the domain does not exist")
        except dns.resolver.NoAnswer:
            pass
        except (dns.exception.Timeout, dns.resolver.NoNameservers) as e:
            return MxAnswer(DomainStatus.UNKNOWN, type(e).__name__)
        except dns.exception.DNSException as e:
            return MxAnswer(DomainStatus.UNKNOWN, type(e).__name__)
        for rdtype in ("A", "AAAA"):
            try:
                self._resolver.resolve(domain, rdtype)
                return MxAnswer(DomainStatus.DELIVERABLE, f"no MX, but an {rdtype} record")
            except (dns.resolver.NoAnswer, dns.resolver.NXDOMAIN):
                continue
            except dns.exception.DNSException as e:
                return MxAnswer(DomainStatus.UNKNOWN, type(e).__name__)
        return MxAnswer(DomainStatus.UNDELIVERABLE, "no MX and no address record")


def _rebuild_resolver(timeout: float, ttl: float, negative_ttl: float,
                      nameservers: list[str] | None) -> CachedResolver:
    return CachedResolver(timeout=timeout, ttl=ttl, negative_ttl=negative_ttl,
                          nameservers=nameservers)
