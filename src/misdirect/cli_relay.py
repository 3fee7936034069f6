"""``misdirect relay``: the SMTP relay (misdirect.integrations.relay) as a long-running command.

Exits 0 after a clean stop (SIGTERM or SIGINT: stop listening, finish the messages in flight),
5 when it cannot start (a bad option, the database or the upstream address unusable).
Logs go to stderr, one JSON object a line, with ids, codes and masked addresses only.
"""

from __future__ import annotations

import asyncio
import json
import logging
import signal
import sys
from pathlib import Path
from typing import Any

import click

from misdirect.errors import ConfigurationError, MisdirectError

__all__ = ["relay"]

EXIT_ERROR = 5


def _host_port(value: str, what: str) -> tuple[str, int]:
    host, sep, port = value.rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise click.BadParameter(f"expected HOST:PORT, got {value!r}", param_hint=what)
    return host, int(port)


@click.command("relay")
@click.option("--listen", default="127.0.0.1:10025", show_default=True,
              help="HOST:PORT to accept SMTP on.")
@click.option("--upstream", required=True, help="HOST:PORT of the MTA that delivers allowed "
                                                "mail (Postfix's re-injection port).")
@click.option("--db", required=True, envvar="MISDIRECT_DB",
              help="The customer directory: a SQLAlchemy URL or a SQLite file path.")
@click.option("--customer-header", default="X-Customer-Id", show_default=True,
              help="The header that names the customer a message is about.")
@click.option("--policy", "policy_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Policy TOML (default: the built-in policy).")
@click.option("--quarantine-db", default=None,
              help="Where held messages go (default: the --db database).")
@click.option("--refresh-interval", type=click.FloatRange(min=0.1), default=30.0,
              show_default=True, help="Seconds between checks of the directory's revision; "
                                      "the index is rebuilt when another process changed it.")
@click.option("--metrics", default=None, help="HOST:PORT to serve Prometheus /metrics on.")
@click.option("--tls-cert", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="PEM certificate (chain) to offer STARTTLS with.")
@click.option("--tls-key", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="PEM private key of --tls-cert.")
@click.option("--require-tls", is_flag=True, help="Refuse MAIL before STARTTLS.")
@click.option("--auth", "auth_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Require SMTP AUTH (PLAIN, LOGIN; after STARTTLS) against this file of "
                   "user:scrypt$salt$hash lines.")
@click.option("--max-size", type=click.IntRange(min=1024), default=50 * 1024 * 1024,
              show_default=True, help="Largest message in bytes (552 above it). Keep it at or "
                                      "above the MTA's message_size_limit.")
@click.option("--timeout", type=click.FloatRange(min=1), default=300.0, show_default=True,
              help="Seconds a client connection may stay silent.")
@click.option("--upstream-timeout", type=click.FloatRange(min=0.1), default=60.0,
              show_default=True, help="Seconds an upstream SMTP command may take (less than "
                                      "half of --timeout).")
@click.option("--workers", type=click.IntRange(1, 256), default=8, show_default=True,
              help="Threads for the checks that may block (a directory refresh due, DNS, a "
                   "large message) and for quarantine writes.")
@click.option("--inline-checks", is_flag=True,
              help="Every check on the event loop, even one that may block.")
@click.option("--threads", "threaded", is_flag=True,
              help="Check and send every message in a worker thread (smtplib) instead of "
                   "sending on the event loop.")
@click.option("--reuse-port", is_flag=True,
              help="Listen with SO_REUSEPORT: start several relays with the same --listen to "
                   "use more cores (each is its own process with its own index).")
@click.option("--grace", type=click.FloatRange(min=0), default=30.0, show_default=True,
              help="Seconds to finish messages in flight after SIGTERM.")
@click.option("--log-level", type=click.Choice(["debug", "info", "warning", "error"]),
              default="info", show_default=True)
def relay(listen: str, upstream: str, db: str, customer_header: str, policy_file: Path | None,
          quarantine_db: str | None, refresh_interval: float, metrics: str | None,
          tls_cert: Path | None, tls_key: Path | None, require_tls: bool,
          auth_file: Path | None, max_size: int, timeout: float, upstream_timeout: float,
          workers: int, inline_checks: bool, threaded: bool, reuse_port: bool, grace: float,
          log_level: str) -> None:
    """Run the SMTP relay: check every message, deliver, hold, refuse (550) or defer (451).

    250 means delivered to the upstream or committed to the quarantine; anything that stops the
    relay from knowing that is a 451, so the client keeps the message. See docs/integrations.md.
    """
    host, port = _host_port(listen, "--listen")
    up_host, up_port = _host_port(upstream, "--upstream")
    metrics_at = _host_port(metrics, "--metrics") if metrics else None
    if (tls_cert is None) != (tls_key is None):
        raise click.UsageError("--tls-cert and --tls-key go together")
    _logging(log_level)
    try:
        server, metrics_obj = _build(
            host=host, port=port, up_host=up_host, up_port=up_port, db=db,
            customer_header=customer_header, policy_file=policy_file,
            quarantine_db=quarantine_db, refresh_interval=refresh_interval,
            tls_cert=tls_cert, tls_key=tls_key, require_tls=require_tls,
            auth_file=auth_file, max_size=max_size, timeout=timeout,
            upstream_timeout=upstream_timeout, workers=workers, inline_checks=inline_checks,
            threaded=threaded, reuse_port=reuse_port, with_metrics=metrics_at is not None)
        if metrics_obj is not None and metrics_at is not None:
            served = metrics_obj.serve(*metrics_at)
            logging.getLogger("misdirect.relay").info(json.dumps(
                {"event": "metrics", "address": f"{metrics_at[0]}:{served}"}))
        asyncio.run(_serve(server, grace))
    except MisdirectError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_ERROR)
    except OSError as e:  # the port is taken, say
        click.echo(f"error: {e.strerror or e}", err=True)
        sys.exit(EXIT_ERROR)


def _logging(level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("misdirect.relay")
    logger.handlers[:] = [handler]
    logger.setLevel(level.upper())
    logger.propagate = False


def _build(*, host: str, port: int, up_host: str, up_port: int, db: str, customer_header: str,
           policy_file: Path | None, quarantine_db: str | None, refresh_interval: float,
           tls_cert: Path | None, tls_key: Path | None, require_tls: bool,
           auth_file: Path | None, max_size: int, timeout: float, upstream_timeout: float,
           workers: int, inline_checks: bool, reuse_port: bool,
           with_metrics: bool, threaded: bool = False) -> tuple[Any, Any]:
    from misdirect.cli import _db_url
    from misdirect.directory import Directory
    from misdirect.guard import Guard
    from misdirect.integrations.relay import (
        PasswordFile,
        Relay,
        RelayMetrics,
        RelayServer,
        UpstreamClient,
        tls_context,
    )
    from misdirect.policy import Policy

    url = _db_url(db)
    policy = Policy.from_toml(policy_file) if policy_file is not None else None
    directory = Directory.connect(url, create=False, refresh_interval=refresh_interval)
    guard = Guard(directory, policy=policy)
    guard.warm()  # the index is built before the port opens: a listening relay is ready
    if len(directory.index) == 0:
        logging.getLogger("misdirect.relay").warning(json.dumps(
            {"event": "empty_directory", "db": directory.url}))
    quarantine = _quarantine(quarantine_db or url)
    metrics = RelayMetrics() if with_metrics else None
    relay_obj = Relay(guard, UpstreamClient(up_host, up_port, timeout=upstream_timeout),
                      quarantine=quarantine, customer_header=customer_header, metrics=metrics)
    server = RelayServer(
        relay_obj, host=host, port=port, workers=workers, inline_checks=inline_checks,
        threads=threaded,
        reuse_port=reuse_port, max_size=max_size, timeout=timeout,
        tls=tls_context(tls_cert, tls_key) if tls_cert and tls_key else None,
        require_tls=require_tls,
        authenticator=PasswordFile(auth_file) if auth_file is not None else None)
    return server, metrics


def _quarantine(url: str) -> Any:
    from misdirect.integrations.quarantine import Quarantine

    try:
        return Quarantine(url)
    except MisdirectError:
        raise
    except Exception as e:  # the database cannot be opened
        raise ConfigurationError(f"cannot open the quarantine: {type(e).__name__}: {e}") from e


async def _serve(server: Any, grace: float) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await server.serve(stop, grace)
