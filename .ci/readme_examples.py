"""Run the README's shell examples exactly as printed, so the README stays the truth.

Every ```sh block of README.md runs in bash (`set -euo pipefail`, each command echoed), from
the program's folder, in order, unless the line before it is a comment
`<!-- not run by .ci/readme_examples.py: REASON -->` (opening the window, a server that is not
there): those are listed with their reason. The program's data folder (automatic backups,
log) is a temporary one, so a run never touches the user's own data. Exit code: the first
failing block's, 0 when all ran.

    .venv/bin/python .ci/readme_examples.py [--list]
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP = re.compile(r"<!--\s*not run by \.ci/readme_examples\.py:\s*(.*?)\s*-->")
FENCE = re.compile(r"^```sh\s*\n(.*?)^```\s*$", re.S | re.M)


@dataclass(frozen=True)
class Block:
    line: int  # where the block starts in README.md (1-based, the fence)
    code: str
    skip: str  # why it is not run; "" when it runs


def blocks(text: str) -> list[Block]:
    """The README's ```sh blocks with the reason a block is not run, if any."""
    found = []
    for m in FENCE.finditer(text):
        before = text[:m.start()].rstrip("\n").splitlines()
        reason = SKIP.search(before[-1]) if before else None
        found.append(Block(text.count("\n", 0, m.start()) + 1, m.group(1),
                           reason.group(1) if reason else ""))
    return found


def run(block: Block, data_dir: str) -> int:
    env = {**os.environ, "ISHC_DATA_DIR": data_dir, "QT_QPA_PLATFORM": "offscreen"}
    script = "set -euo pipefail\nset -x\n" + block.code
    return subprocess.run(["bash", "-c", script], cwd=ROOT, env=env,
                          stdin=subprocess.DEVNULL).returncode


def main(argv: list[str]) -> int:
    found = blocks((ROOT / "README.md").read_text(encoding="utf-8"))
    if "--list" in argv:
        for b in found:
            print(f"README.md:{b.line}: {'not run: ' + b.skip if b.skip else 'runs'}")
        return 0
    with tempfile.TemporaryDirectory(prefix="ishc-readme-") as data_dir:
        for b in found:
            if b.skip:
                print(f"--- README.md:{b.line}: not run ({b.skip})")
                continue
            print(f"--- README.md:{b.line}: running {len(b.code.splitlines())} lines")
            start = time.monotonic()
            code = run(b, data_dir)
            if code != 0:
                print(f"--- README.md:{b.line}: FAILED (exit {code})", file=sys.stderr)
                return code
            print(f"--- README.md:{b.line}: ok in {time.monotonic() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
