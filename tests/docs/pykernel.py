"""The Python side of the docs runner: one process per page, which runs that page's Python blocks
in order in one namespace (like a notebook) and answers each with its output.

Requests arrive on stdin, one JSON object a line: ``{"code": ..., "filename": ..., "source":
...}``; each answer goes to the file descriptor named by ``argv[1]`` as one JSON line ``{"ok":
bool, "stdout": ..., "stderr": ..., "error": traceback}``, so that whatever the blocks themselves
write to file descriptor 1 cannot be taken for an answer. ``code`` is padded with blank lines so
that line numbers in a traceback are the Markdown file's; ``source`` (the whole page) goes into
linecache, so the traceback also shows the line.
"""

from __future__ import annotations

import contextlib
import io
import json
import linecache
import os
import sys
import traceback


def main() -> None:
    answers = os.fdopen(int(sys.argv[1]), "w", encoding="utf-8")
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for line in sys.stdin:
        request = json.loads(line)
        filename = request["filename"]
        source = request["source"]
        linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)
        namespace["PORTS"] = {int(k): v for k, v in request.get("ports", {}).items()}
        out, err = io.StringIO(), io.StringIO()
        error = ""
        try:
            code = compile(request["code"], filename, "exec")
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                exec(code, namespace)
        except BaseException:  # SystemExit and KeyboardInterrupt are a failed block too
            error = traceback.format_exc()
        answers.write(json.dumps({"ok": not error, "stdout": out.getvalue(),
                                  "stderr": err.getvalue(), "error": error}) + "\n")
        answers.flush()


if __name__ == "__main__":
    main()
