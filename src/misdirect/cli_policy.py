"""``misdirect policy ...``: work with policy files.

``misdirect policy test CASES... [--policy FILE]`` runs golden-case files (see misdirect.testing)
and exits 0 when every case passes, 1 when one fails, 5 when a file is wrong.
``misdirect policy check FILE`` validates a policy file; ``misdirect policy show`` prints the
built-in default.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import click

from misdirect.errors import MisdirectError
from misdirect.policy import Policy

__all__ = ["policy"]

EXIT_FAILED_CASES = 1
EXIT_ERROR = 5


@click.group("policy")
def policy() -> None:
    """Validate policy files and run their golden cases."""


@policy.command("test")
@click.argument("cases", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=True, path_type=Path))
@click.option("--policy", "policy_file", type=click.Path(exists=True, dir_okay=False,
                                                         path_type=Path),
              help="Policy TOML to test (default: the one each case file names, else the "
                   "built-in default).")
@click.option("-q", "--quiet", is_flag=True, help="Print failures and the summary only.")
def test(cases: tuple[Path, ...], policy_file: Path | None, quiet: bool) -> None:
    """Run golden-case files (*.misdirect.toml, .yaml) against a policy.

    A directory argument runs every *.misdirect.toml/.yaml/.yml under it.
    """
    from misdirect.testing import load_case_file, resolve_policy, run_case

    files: list[Path] = []
    for p in cases:
        if p.is_dir():
            files.extend(sorted(f for pattern in ("*.misdirect.toml", "*.misdirect.yaml",
                                                  "*.misdirect.yml")
                                for f in p.rglob(pattern)))
        else:
            files.append(p)
    passed = failed = 0
    try:
        for f in files:
            case_file = load_case_file(f)
            chosen = resolve_policy(case_file, policy_file)
            if not quiet:
                click.echo(f"{f} ({len(case_file.cases)} cases)")
            for case in case_file.cases:
                result = run_case(case, chosen, case_file.customers)
                if result.passed:
                    passed += 1
                else:
                    failed += 1
                if not result.passed or not quiet:
                    click.echo("  " + result.report().replace("\n", "\n  "))
    except (MisdirectError, OSError) as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(f"{passed} passed, {failed} failed")
    sys.exit(EXIT_FAILED_CASES if failed else 0)


@policy.command("check")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def check(file: Path) -> None:
    """Validate a policy file: prints OK, or the file, line and key of the first problem."""
    try:
        Policy.from_toml(file)
    except MisdirectError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(f"{file}: OK")


@policy.command("show")
def show() -> None:
    """Print the built-in default policy (a starting point for your own)."""
    click.echo(resources.files("misdirect.data").joinpath("default_policy.toml")
               .read_text("utf-8"), nl=False)
