"""The README works as written: `./ishc` runs the command line through the program's own
environment from any folder, the examples use it (never the system's python), and the CI
script finds the blocks it runs and says why it skips the others."""

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _examples():
    spec = importlib.util.spec_from_file_location("readme_examples",
                                                  ROOT / ".ci" / "readme_examples.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


def test_the_launcher_runs_from_any_folder(tmp_path):
    launcher = ROOT / "ishc"
    assert os.access(launcher, os.X_OK)
    link = tmp_path / "ishc"
    link.symlink_to(launcher)
    for command in ([str(launcher), "--help"], ["./ishc", "--lang", "en", "--help"]):
        run = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True,
                             timeout=120, env={**os.environ, "PATH": "/usr/bin:/bin"})
        assert run.returncode == 0, run.stderr
        assert "COMMAND" in run.stdout


def test_the_launcher_explains_a_missing_environment(tmp_path):
    copy = tmp_path / "ishc"
    copy.write_bytes((ROOT / "ishc").read_bytes())
    copy.chmod(0o755)
    run = subprocess.run([str(copy), "--help"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "make venv" in run.stderr


def test_examples_use_the_launcher_and_ci_runs_them():
    found = _examples().blocks(README)
    ran = [b for b in found if not b.skip]
    assert ran, "no README example is run by CI"
    assert all(b.skip.strip() for b in found if b.skip)
    code = "\n".join(b.code for b in found)
    assert not re.search(r"(^|\s)python3? main\.py", code), "the system's python has no PySide6"
    assert "./ishc --db" in ran[0].code
    assert ".ci/readme_examples.py" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_make_says_what_it_installs():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile[makefile.index("$(STAMP):"):makefile.index("\nrun:")]
    assert recipe.count("@echo") >= 3 and "./ishc" in recipe
