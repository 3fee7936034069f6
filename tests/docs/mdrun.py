"""Run the code blocks of a Markdown page, in order, as a reader would (see README.md here).

A page is parsed with markdown-it (CommonMark), so what counts as a code block is what a renderer
shows as one. Each page gets a fresh temporary folder holding a copy of the repository's
``examples/``, and one Python process whose namespace all of the page's Python blocks share.

Blocks by fence language:

* ``python``: executed; its stdout is the block's output.
* ``sh`` / ``bash`` / ``shell``: each command (a line, ``\\`` continuations joined; ``a && b``
  is two commands) runs in bash in the page's folder with the venv's ``misdirect`` first on PATH,
  and must exit 0.
* ``console``: ``$ `` lines are commands, the lines under one are its expected output (compared
  line by line; a line ``...`` stands for any number of lines, as in doctest; a command with no
  lines under it is not compared). ``$ echo $?`` works.
* ``json`` (one document, or one per line), ``toml``, ``csv``: parsed.
* ``text`` and anything else: not run unless a directive says what it is (``output``).

Directives go in an HTML comment right before the block (a reader does not see it), one per line:

    <!-- docs: skip REASON -->            not run; the reason is printed in the test summary
    <!-- docs: output -->                 this block is the output of the block before it
    <!-- docs: exit N: TEXT -->           the command containing TEXT exits N (``exit N`` alone:
                                          the block's only command)
    <!-- docs: replace "OLD" "NEW" -->    run the block with OLD replaced by NEW (OLD must occur)
    <!-- docs: ports 10025 9125 -->       run with each port number replaced by a free port (the
                                          same one for the whole page: ``$PORT_10025`` in shell,
                                          ``PORTS[10025]`` in Python)
    <!-- docs: server HOST:PORT -->       the block's one command is a server: start it, wait until
                                          HOST:PORT accepts a connection, stop it with SIGTERM,
                                          and expect exit 0
    <!-- docs: vary REGEX -->             output compared with what REGEX matches blanked out
    <!-- docs: env NAME=VALUE -->         (shell) run the block with this environment variable
    <!-- docs: omit "TEXT" "REASON" -->   (shell) the command containing TEXT is not run; the
                                          reason is printed as for skip
    <!-- docs: file NAME -->              (data blocks) also write the block to NAME
    <!-- docs: policy -->                 (toml) the block must load as a misdirect policy
    <!-- docs: needs postgres -->         run with $MISDIRECT_TEST_POSTGRES_URL pointing at a
                                          scratch schema; not run (with the reason) without one

Hidden blocks, for setup and for checks a reader need not see, are comments whose first word is
the language: ``<!-- docs: python`` or ``<!-- docs: sh`` followed by the code, then ``-->``. They
run in order with the visible blocks; a hidden ``sh`` block is one ``set -euo pipefail`` script.

Some commands in visible shell blocks are never run, whatever the block says, each with the reason
printed: creating or activating a virtual environment (the test runs in one), ``pip install``
(no network; the extras it names must exist in pyproject.toml), ``pytest`` (this is the suite).
"""

from __future__ import annotations

import json
import os
import re
import select
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
import tomllib
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from markdown_it import MarkdownIt

ROOT = Path(__file__).resolve().parents[2]
KERNEL = Path(__file__).resolve().parent / "pykernel.py"
BLOCK_TIMEOUT = 120.0

PYTHON_LANGS = {"python", "py", "python3"}
SHELL_LANGS = {"sh", "bash", "shell"}
CONSOLE_LANGS = {"console", "shell-session"}
DATA_LANGS = {"json", "toml", "csv"}
DIRECTIVES = {"skip", "output", "exit", "replace", "ports", "server", "vary", "file", "policy",
              "needs", "env", "omit"}

#: Commands a visible block may show but the test never runs: (pattern, reason).
NOT_RUN_COMMANDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"python[\d.]*\s+-m\s+venv\b"),
     "creates a virtual environment: the docs test runs inside one"),
    (re.compile(r"(\.|source)\s+\S*bin/activate\b"),
     "activates a virtual environment: the docs test runs inside one"),
    (re.compile(r"(python[\d.]*\s+-m\s+)?pip\s+install\b"),
     "installs packages (no network in tests); the extras it names are checked in pyproject.toml"),
    (re.compile(r"(python[\d.]*\s+-m\s+)?pytest\b"),
     "runs the test suite, which this test is part of"),
)


class DocError(AssertionError):
    """A block failed: the message names the page and line, the code, and what happened."""


@dataclass
class Block:
    page: str  # relative to the repository
    line: int  # 1-based line of the opening fence (or of the comment, for a hidden block)
    lang: str
    code: str
    hidden: bool = False
    directives: list[tuple[str, str]] = field(default_factory=list)

    @property
    def where(self) -> str:
        return f"{self.page}:{self.line}" + (" (hidden)" if self.hidden else "")

    def get(self, name: str) -> list[str]:
        return [arg for d, arg in self.directives if d == name]


@dataclass
class NotRun:
    where: str
    what: str
    reason: str


# ---------------------------------------------------------------------------------- parsing


_COMMENT = re.compile(r"\A\s*<!--\s*docs:(.*?)-->\s*\Z", re.S)


def parse_page(path: Path) -> list[Block]:
    """The code blocks of one page in order, with their directives, and the hidden blocks."""
    text = path.read_text(encoding="utf-8")
    page = path.resolve().relative_to(ROOT).as_posix()
    tokens = MarkdownIt("commonmark").parse(text)
    blocks: list[Block] = []
    pending: list[tuple[str, str]] = []
    pending_line = 0
    for tok in tokens:
        line = tok.map[0] + 1 if tok.map else 0
        if tok.type == "html_block":
            m = _COMMENT.match(tok.content)
            if m is None:
                if "docs:" in tok.content and "<!--" in tok.content:
                    raise DocError(f"{page}:{line}: a docs comment must be one comment of its own "
                                   "('<!-- docs: ... -->')")
                continue
            body = m.group(1)
            first, _, rest = body.partition("\n")
            word = first.strip()
            if word in PYTHON_LANGS | SHELL_LANGS:
                blocks.append(Block(page, line, "python" if word in PYTHON_LANGS else "sh",
                                    "\n" * line + rest, hidden=True))
                continue
            if pending:
                raise DocError(f"{page}:{pending_line}: docs directives with no code block after "
                               "them")
            pending = _directives(page, line, body)
            pending_line = line
            continue
        if tok.type in ("fence", "code_block"):
            lang = tok.info.strip().split()[0].lower() if tok.info.strip() else ""
            blocks.append(Block(page, line, lang, tok.content, directives=pending))
            pending = []
        elif pending and tok.type not in ("html_block",):
            raise DocError(f"{page}:{pending_line}: docs directives must come right before the "
                           "code block they are for")
    if pending:
        raise DocError(f"{page}:{pending_line}: docs directives with no code block after them")
    return blocks


def _directives(page: str, line: int, body: str) -> list[tuple[str, str]]:
    out = []
    for raw in body.splitlines():
        raw = raw.strip()
        if not raw:
            continue
        name, _, arg = raw.partition(" ")
        if name not in DIRECTIVES:
            raise DocError(f"{page}:{line}: unknown docs directive {name!r} (known: "
                           f"{', '.join(sorted(DIRECTIVES))})")
        arg = arg.strip()
        if name == "skip" and not arg:
            raise DocError(f"{page}:{line}: 'docs: skip' needs a reason")
        out.append((name, arg))
    return out


# ---------------------------------------------------------------------------------- commands


def logical_lines(code: str) -> Iterator[tuple[int, str]]:
    """``(offset, line)``: ``\\`` continuations joined, blank and comment-only lines dropped."""
    lines = code.splitlines()
    i = 0
    while i < len(lines):
        start, parts = i, [lines[i]]
        while parts[-1].rstrip().endswith("\\") and i + 1 < len(lines):
            i += 1
            parts.append(lines[i])
        i += 1
        joined = "\n".join(parts)
        if joined.strip() and not joined.lstrip().startswith("#"):
            yield start, joined


def split_and(command: str) -> list[str]:
    """``a && b`` -> ``[a, b]``, respecting quotes."""
    parts, cur, quote, i = [], [], None, 0
    while i < len(command):
        c = command[i]
        if quote:
            if c == quote:
                quote = None
            elif c == "\\" and quote == '"' and i + 1 < len(command):
                cur.append(c)
                i += 1
                c = command[i]
        elif c in "'\"":
            quote = c
        elif command.startswith("&&", i):
            parts.append("".join(cur).strip())
            cur, i = [], i + 2
            continue
        cur.append(c)
        i += 1
    parts.append("".join(cur).strip())
    return [p for p in parts if p]


def not_run_reason(command: str) -> str | None:
    for pattern, reason in NOT_RUN_COMMANDS:
        if pattern.match(command.strip()):
            return reason
    return None


def check_pip_extras(command: str, where: str) -> None:
    """The extras a ``pip install`` names (``misdirect[x]``, ``.[x,y]``) exist in pyproject.toml."""
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"]
    for m in re.finditer(r"(?:misdirect|\.)\[([^\]]+)\]", command):
        for name in m.group(1).split(","):
            if name.strip() not in extras:
                raise DocError(f"{where}: `{command}` names the extra {name.strip()!r}, which "
                               f"pyproject.toml does not define (it has {', '.join(extras)})")


# ---------------------------------------------------------------------------------- the run


def normalize(text: str, vary: list[str]) -> list[str]:
    for pattern in vary:
        text = re.sub(pattern, "<varies>", text)
    lines = [ln.rstrip() for ln in text.strip("\n").splitlines()]
    return lines


def same_lines(expected: list[str], actual: list[str]) -> bool:
    """Line by line; an expected line that is just ``...`` stands for any number of lines."""
    pattern = "".join(r"(?:[^\n]*\n)*?" if line == "..." else re.escape(line) + r"\n"
                      for line in expected)
    return re.fullmatch(pattern, "".join(line + "\n" for line in actual)) is not None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PageRun:
    """The state of one page: its folder, environment, Python process and the last output."""

    def __init__(self, page: Path, workdir: Path, servers: Callable[[str], str | None]) -> None:
        self.page = page
        self.workdir = workdir
        self.servers = servers  # "postgres" -> a scratch URL, or None when unavailable
        self.ports: dict[int, int] = {}
        self.not_run: list[NotRun] = []
        self.last_output: str | None = None
        self.kernel: subprocess.Popen[str] | None = None
        self.answers: int | None = None
        self.source = page.read_text(encoding="utf-8")
        shutil.copytree(ROOT / "examples", workdir / "examples")
        bindir = str(Path(sys.executable).parent)
        self.env = {k: v for k, v in os.environ.items() if k != "MISDIRECT_DB"}
        self.env.update(PATH=bindir + os.pathsep + os.environ.get("PATH", ""), LANG="C.UTF-8",
                        LC_ALL="C.UTF-8", PYTHONIOENCODING="utf-8", VIRTUAL_ENV=str(
                            Path(sys.executable).parent.parent))
        self.env.pop("PYTHONPATH", None)

    # -- plumbing

    def port(self, number: int) -> int:
        if number not in self.ports:
            self.ports[number] = free_port()
            self.env[f"PORT_{number}"] = str(self.ports[number])
        return self.ports[number]

    def close(self) -> None:
        if self.kernel is not None:
            if self.kernel.stdin:
                self.kernel.stdin.close()
            try:
                self.kernel.wait(10)
            except subprocess.TimeoutExpired:
                self.kernel.kill()
                self.kernel.wait()
            if self.answers is not None:
                os.close(self.answers)

    def skip(self, block: Block, what: str, reason: str) -> None:
        self.not_run.append(NotRun(block.where, what, reason))
        self.last_output = None

    # -- one block

    def run(self, block: Block) -> None:
        if block.get("skip"):
            self.skip(block, f"```{block.lang} block", block.get("skip")[0])
            return
        for need in block.get("needs"):
            url = self.servers(need)
            if url is None:
                self.skip(block, f"```{block.lang} block", f"needs the {need} test server "
                          f"(MISDIRECT_TEST_{need.upper()}_URL)")
                return
            self.env[f"MISDIRECT_TEST_{need.upper()}_URL"] = url
        code = self.prepared(block)
        if block.lang == "python":
            self.run_python(block, code)
        elif block.lang in SHELL_LANGS:
            if block.hidden:
                self.last_output = self.run_script(block, "set -euo pipefail\n" + code)
            elif block.get("server"):
                self.run_server(block, code)
            else:
                self.run_shell(block, code)
        elif block.lang in CONSOLE_LANGS:
            self.run_console(block, code)
        elif block.lang in DATA_LANGS:
            self.check_data(block, code)
        elif block.get("output"):
            self.compare_output(block)
        else:
            raise DocError(f"{block.where}: a ```{block.lang or '(no language)'} block is not run; "
                           "mark it '<!-- docs: output -->' (it shows the output of the block "
                           "before it) or '<!-- docs: skip REASON -->'")

    def prepared(self, block: Block) -> str:
        return self.with_ports(block, self.replaced(block, block.code))

    def replaced(self, block: Block, code: str) -> str:
        for arg in block.get("replace"):
            try:
                old, new = shlex.split(arg)
            except ValueError as e:
                raise DocError(f"{block.where}: replace needs \"OLD\" \"NEW\": {e}") from e
            if old not in code:
                raise DocError(f"{block.where}: replace: {old!r} is not in the block")
            code = code.replace(old, new)
        return code

    def with_ports(self, block: Block, code: str) -> str:
        for arg in block.get("ports"):
            for number in arg.split():
                code = re.sub(rf"(?<!\d){int(number)}(?!\d)", str(self.port(int(number))), code)
        return code

    def fail(self, block: Block, problem: str, code: str | None = None) -> DocError:
        shown = (code if code is not None else block.code).strip("\n")
        return DocError(f"{block.where}: {problem}\n--- the block ---\n{shown}")

    # -- python

    def run_python(self, block: Block, code: str) -> None:
        if self.kernel is None:
            read, write = os.pipe()
            self.kernel = subprocess.Popen(
                [sys.executable, str(KERNEL), str(write)], cwd=self.workdir, env=self.env,
                stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                text=True, pass_fds=(write,))
            os.close(write)
            self.answers = read
            self._buffer = b""
        if not block.hidden:
            code = "\n" * (block.line) + code  # line numbers in a traceback are the page's
        assert self.kernel.stdin is not None
        self.kernel.stdin.write(json.dumps({
            "code": code, "filename": block.page, "source": self.source,
            "ports": self.ports}) + "\n")
        self.kernel.stdin.flush()
        answer = self._answer(block)
        if not answer["ok"]:
            raise self.fail(block, "raised\n" + answer["error"]
                            + (f"--- stdout ---\n{answer['stdout']}" if answer["stdout"] else "")
                            + (f"--- stderr ---\n{answer['stderr']}" if answer["stderr"] else ""))
        self.last_output = answer["stdout"]

    def _answer(self, block: Block) -> dict[str, str]:
        assert self.answers is not None
        deadline = time.monotonic() + BLOCK_TIMEOUT
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self.answers], [], [], max(left, 0))
            if not ready:
                assert self.kernel is not None
                self.kernel.kill()
                raise self.fail(block, f"did not finish in {BLOCK_TIMEOUT:.0f} s")
            chunk = os.read(self.answers, 1 << 16)
            if not chunk:
                raise self.fail(block, "the Python process died")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return json.loads(line)  # type: ignore[no-any-return]

    # -- shell

    def block_env(self, block: Block) -> dict[str, str]:
        env = dict(self.env)
        for arg in block.get("env"):
            name, eq, value = arg.partition("=")
            if not eq:
                raise DocError(f"{block.where}: env needs NAME=VALUE")
            env[name.strip()] = value.strip()
        return env

    def run_script(self, block: Block, script: str) -> str:
        path = self.workdir.parent / f"{self.workdir.name}-{uuid.uuid4().hex[:8]}.sh"
        path.write_text(script, encoding="utf-8")
        try:
            proc = subprocess.run(["bash", str(path)], cwd=self.workdir, env=self.block_env(block),
                                  stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, timeout=BLOCK_TIMEOUT)
        except subprocess.TimeoutExpired as e:
            raise self.fail(block, f"did not finish in {BLOCK_TIMEOUT:.0f} s") from e
        finally:
            path.unlink()
        out = proc.stdout.decode("utf-8", "replace")
        if proc.returncode != 0 and block.hidden:
            raise self.fail(block, f"exit status {proc.returncode}\n--- output ---\n{out}")
        return out

    def run_commands(self, block: Block, commands: list[str]) -> list[tuple[int, str]]:
        """Run commands in one bash, in order; ``(status, stdout+stderr)`` of each."""
        mark = f"@@docs-{uuid.uuid4().hex}@@"
        script = ["__docs_status=0"]
        for i, command in enumerate(commands):
            script += [f"printf '\\n{mark} begin {i}\\n'", "(exit $__docs_status)",
                       "{ " + command + "\n} 2>&1 </dev/null", "__docs_status=$?",
                       f"printf '\\n{mark} end {i} %d\\n' $__docs_status"]
        out = self.run_script(block, "\n".join(script) + "\n")
        results = []
        for i in range(len(commands)):
            m = re.search(rf"\n{mark} begin {i}\n(.*?)\n{mark} end {i} (\d+)\n", out, re.S)
            if m is None:
                raise self.fail(block, f"the shell stopped before command {i + 1}:\n{out}")
            results.append((int(m.group(2)), m.group(1)))
        return results

    def commands_to_run(self, block: Block, lines: list[str]) -> list[str | None]:
        """Each command, or None for one that is never run (recorded with its reason)."""
        out: list[str | None] = []
        omitted = []
        for arg in block.get("omit"):
            try:
                text, reason = shlex.split(arg)
            except ValueError as e:
                raise DocError(f"{block.where}: omit needs \"TEXT\" \"REASON\": {e}") from e
            if not any(text in line for line in lines):
                raise DocError(f"{block.where}: omit: no command contains {text!r}")
            omitted.append((text, reason))
        for line in lines:
            reason = next((r for t, r in omitted if t in line), None) or not_run_reason(line)
            if reason is not None:
                if line.lstrip().startswith(("pip", "python -m pip", "python3 -m pip")):
                    check_pip_extras(line, block.where)
                shown = " ".join(re.sub(r"\s#.*", "", line).split())
                self.not_run.append(NotRun(block.where, f"`{shown}`", reason))
                out.append(None)
            else:
                out.append(line)
        return out

    def expected_status(self, block: Block, command: str, single: bool) -> int:
        for arg in block.get("exit"):
            status, _, text = arg.partition(":")
            text = text.strip()
            if (text and text in " ".join(command.split())) or (not text and single):
                return int(status)
        return 0

    def run_shell(self, block: Block, code: str) -> None:
        commands = [c for _o, line in logical_lines(code) for c in split_and(line)]
        planned = self.commands_to_run(block, commands)
        todo = [c for c in planned if c is not None]
        outputs = []
        for (status, out), command in zip(self.run_commands(block, todo), todo, strict=True):
            want = self.expected_status(block, command, len(todo) == 1)
            if status != want:
                raise self.fail(block, f"`{command}` exited {status} (expected {want})\n"
                                f"--- output ---\n{out}", code)
            outputs.append(out)
        self.last_output = "".join(o if o.endswith("\n") or not o else o + "\n" for o in outputs)

    def run_console(self, block: Block, code: str) -> None:
        steps: list[tuple[str, list[str]]] = []
        lines = code.splitlines()
        i = 0
        while i < len(lines):
            line = lines[i]
            if line.startswith("$ "):
                parts = [line[2:]]
                while parts[-1].rstrip().endswith("\\") and i + 1 < len(lines):
                    i += 1
                    parts.append(lines[i])
                steps.append(("\n".join(parts), []))
            elif steps:
                steps[-1][1].append(line)
            elif line.strip():
                raise self.fail(block, "a console block starts with a '$ ' command")
            i += 1
        planned = self.commands_to_run(block, [c for c, _e in steps])
        todo = [(c, e) for (c, e), p in zip(steps, planned, strict=True) if p is not None]
        results = self.run_commands(block, [c for c, _e in todo])
        vary = block.get("vary")
        outputs = []
        for n, ((command, expected), (status, out)) in enumerate(zip(todo, results, strict=True)):
            checked_by_echo = n + 1 < len(todo) and todo[n + 1][0].strip() == "echo $?"
            want = self.expected_status(block, command, len(todo) == 1)
            if status != want and not checked_by_echo:
                raise self.fail(block, f"`{command}` exited {status} (expected {want})\n"
                                f"--- output ---\n{out}", code)
            if expected and not same_lines(normalize("\n".join(expected), vary),
                                           normalize(out, vary)):
                raise self.fail(block, f"`{command}` printed something else\n--- expected ---\n"
                                + "\n".join(expected) + f"\n--- printed ---\n{out}", code)
            outputs.append(out)
        self.last_output = "\n".join(outputs)

    def run_server(self, block: Block, code: str) -> None:
        commands = [c for _o, line in logical_lines(code) for c in split_and(line)]
        todo = [c for c in self.commands_to_run(block, commands) if c is not None]
        if len(todo) != 1:
            raise self.fail(block, "'docs: server' needs exactly one command in the block")
        host, _, port = self.with_ports(block, block.get("server")[0]).strip().rpartition(":")
        log = self.workdir.parent / f"{self.workdir.name}-server-{uuid.uuid4().hex[:8]}.log"
        with log.open("wb") as sink:
            proc = subprocess.Popen(["bash", "-c", "exec " + todo[0]], cwd=self.workdir,
                                    env=self.block_env(block), stdin=subprocess.DEVNULL, stdout=sink,
                                    stderr=subprocess.STDOUT, start_new_session=True)
        try:
            deadline = time.monotonic() + 60
            while True:
                if proc.poll() is not None:
                    raise self.fail(block, f"the server exited {proc.returncode} before it "
                                    f"listened on {host}:{port}\n--- output ---\n"
                                    + log.read_text("utf-8", "replace"), code)
                try:
                    socket.create_connection((host, int(port)), timeout=1).close()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise self.fail(block, f"nothing listened on {host}:{port} within 60 s\n"
                                        + log.read_text("utf-8", "replace"), code) from None
                    time.sleep(0.1)
            proc.send_signal(signal.SIGTERM)
            try:
                status = proc.wait(30)
            except subprocess.TimeoutExpired:
                raise self.fail(block, "the server did not stop within 30 s of SIGTERM",
                                code) from None
            if status != 0:
                raise self.fail(block, f"the server exited {status} after SIGTERM (expected 0)\n"
                                + log.read_text("utf-8", "replace"), code)
            self.last_output = log.read_text("utf-8", "replace")
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            log.unlink(missing_ok=True)

    # -- data and output

    def check_data(self, block: Block, code: str) -> None:
        try:
            if block.lang == "json":
                try:
                    json.loads(code)
                except json.JSONDecodeError:
                    for line in code.splitlines():
                        if line.strip():
                            json.loads(line)
            elif block.lang == "toml":
                tomllib.loads(code)
            elif block.lang == "csv":
                import csv
                import io

                rows = list(csv.reader(io.StringIO(code)))
                if len({len(r) for r in rows if r}) > 1:
                    raise ValueError("rows with different numbers of cells")
        except ValueError as e:
            raise self.fail(block, f"is not valid {block.lang}: {e}") from e
        if block.get("policy"):
            from misdirect import Policy
            from misdirect.errors import PolicyError

            try:
                Policy.from_toml(code, source=block.where)
            except PolicyError as e:
                raise self.fail(block, f"is not a valid policy: {e}") from e
        for name in block.get("file"):
            (self.workdir / name).write_text(code, encoding="utf-8")
        self.last_output = None

    def compare_output(self, block: Block) -> None:
        if self.last_output is None:
            self.skip(block, f"```{block.lang} block", "shows the output of a block that was "
                      "not run")
            return
        vary = block.get("vary")
        if not same_lines(normalize(block.code, vary), normalize(self.last_output, vary)):
            raise self.fail(block, "the output differs\n--- the block shows ---\n"
                            f"{block.code}--- printed ---\n{self.last_output}")


def pages() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def run_page(page: Path, workdir: Path, servers: Callable[[str], str | None]) -> list[NotRun]:
    blocks = parse_page(page)
    run = PageRun(page, workdir, servers)
    for block in blocks:  # every port a page maps is known to its hidden blocks from the start
        for arg in block.get("ports"):
            for number in arg.split():
                run.port(int(number))
    try:
        for block in blocks:
            run.run(block)
    finally:
        run.close()
    return run.not_run
