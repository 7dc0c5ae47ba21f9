"""Build ISHC Desk for Windows: a clean venv, PyInstaller with installer/ishc.spec, then Inno Setup.

    python installer/build.py              # from any folder; Python 3.11, 64-bit on Windows

Steps: (1) a venv (default build/venv) with requirements.txt and installer/requirements-build.txt,
pinned by constraints.txt, made again whenever a pin changes; (2) PyInstaller: the program folder
is dist/ISHC Desk; (3) a smoke test of the frozen program (`ishc --db TEMP init` must load the
bundled list of provinces and wards; an account is added and signs in); (4) if Inno Setup's ISCC is found, installer/ishc.iss
compiled into dist/ISHC-Desk-Setup-VERSION.exe.

Runs on any OS: PyInstaller does not cross-compile, so on Linux or macOS it builds a native
folder, which is only useful to check the spec; ISCC is then normally absent and skipped.
build/ and dist/ are ignored by git.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "ishc.spec"
ISS = ROOT / "installer" / "ishc.iss"
APP_NAME = "ISHC Desk"
CLI_NAME = "ishc"
WINDOWS = sys.platform == "win32"

# Files the frozen program cannot start without; checked after PyInstaller.
REQUIRED_OUTPUTS = (
    "resources/fonts/NotoSans-Regular.ttf",
    "resources/fonts/LiberationSerif-Regular.ttf",
    "resources/fonts/LICENSE-NotoSans.txt",
    "resources/translations/qt_vi.qm",
    "vietnam_provinces/data/nested-divisions.json",
)


def app_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def run(cmd: list[str | Path], **kwargs) -> None:
    print("+", " ".join(f'"{c}"' if " " in str(c) else str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def venv_python(folder: Path) -> Path:
    return folder / ("Scripts/python.exe" if WINDOWS else "bin/python")


REQUIREMENT_FILES = (ROOT / "requirements.txt", ROOT / "installer" / "requirements-build.txt",
                     ROOT / "constraints.txt")
STAMP = "ishc-requirements.sha256"


def requirements_digest() -> str:
    digest = hashlib.sha256()
    for path in REQUIREMENT_FILES:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def prepare_venv(folder: Path) -> Path:
    """The build venv with exactly the pinned packages.

    When a pin changed since the venv was made, it is made again from scratch: pip would leave
    packages that are no longer pinned in place (an old PySide6-Pdf beside a newer PySide6-Addons
    breaks QtPdf), and PyInstaller bundles whatever it finds.
    """
    python, stamp, digest = venv_python(folder), folder / STAMP, requirements_digest()
    if python.exists() and stamp.is_file() and stamp.read_text().strip() == digest:
        return python
    print(f"Creating the build environment in {folder}")
    venv.EnvBuilder(with_pip=True, clear=True).create(folder)
    run([python, "-m", "pip", "install", "--disable-pip-version-check", "-q",
         "-r", REQUIREMENT_FILES[0], "-r", REQUIREMENT_FILES[1], "-c", REQUIREMENT_FILES[2]])
    stamp.write_text(digest + "\n")
    return python


def run_pyinstaller(python: Path, dist: Path, work: Path) -> Path:
    run([python, "-m", "PyInstaller", "--noconfirm", "--clean",
         "--distpath", dist, "--workpath", work, SPEC], cwd=ROOT)
    folder = dist / APP_NAME
    internal = folder / "_internal"
    missing = [p for p in REQUIRED_OUTPUTS if not (internal / p).is_file()]
    if missing:
        raise SystemExit(f"PyInstaller output lacks: {', '.join(missing)}")
    return folder


SMOKE_PASSWORD = "smoke-test-1"  # a throwaway account in a throwaway database


def smoke_test(folder: Path) -> None:
    """Run the console twin against a throwaway database: data files must be found, and an
    account's password hashed and checked (argon2-cffi's compiled modules are bundled)."""
    exe = folder / (CLI_NAME + (".exe" if WINDOWS else ""))
    with tempfile.TemporaryDirectory(prefix="ishc-smoke-") as tmp:
        # The spec turns on Python's UTF-8 mode, so the output is UTF-8 even through a pipe.
        env = {**os.environ, "ISHC_DATA_DIR": tmp, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("ISHC_DB", None)
        env.pop("ISHC_PASSWORD", None)
        db = ["--db", str(Path(tmp) / "smoke.sqlite3")]

        def frozen(*args: str, stdin: str = "", **extra: str) -> subprocess.CompletedProcess:
            return subprocess.run([str(exe), *db, *args], env={**env, **extra}, input=stdin,
                                  capture_output=True, text=True, encoding="utf-8")

        result = frozen("init")
        print(result.stdout.strip())
        # "…: 34 tỉnh/thành phố, 3321 xã/phường/đặc khu." proves vietnam_provinces' data loaded.
        if result.returncode != 0 or " 34 " not in result.stdout:
            print(result.stderr, file=sys.stderr)
            raise SystemExit("Smoke test failed: the frozen program could not create a database.")
        # The password comes on standard input (not a terminal here), one line.
        steps = [frozen("user", "add", "smoke", "--role", "admin", "--unit", "1840",
                        stdin=SMOKE_PASSWORD + "\n"),
                 frozen("--user", "smoke", "user", "list", ISHC_PASSWORD=SMOKE_PASSWORD)]
        for step in steps:
            print(step.stdout.strip())
            if step.returncode != 0:
                print(step.stderr, file=sys.stderr)
                raise SystemExit("Smoke test failed: accounts do not work in the frozen "
                                 "program (argon2-cffi missing?).")


def find_iscc(explicit: str | None) -> Path | None:
    if explicit:
        return Path(explicit)
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return Path(found)
    for base in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        root = os.environ.get(base)
        if not root:
            continue
        for sub in ("Inno Setup 6", "Programs/Inno Setup 6"):
            candidate = Path(root) / sub / "ISCC.exe"
            if candidate.is_file():
                return candidate
    return None


def run_iscc(iscc: Path, folder: Path, out: Path, version: str) -> None:
    run([iscc, f"/DAppVersion={version}", f"/DDistDir={folder}", f"/DOutputDir={out}", ISS])
    print(f"Installer: {out / f'ISHC-Desk-Setup-{version}.exe'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venv", type=Path, default=ROOT / "build" / "venv",
                        help="build environment (default: build/venv)")
    parser.add_argument("--no-venv", action="store_true",
                        help="use the running Python as it is (packages already installed)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="output folder (default: dist)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller work folder (default: build/pyinstaller)")
    parser.add_argument("--iscc", help="path to ISCC.exe (default: PATH, then Program Files)")
    parser.add_argument("--no-installer", action="store_true", help="skip Inno Setup")
    parser.add_argument("--no-smoke-test", action="store_true",
                        help="do not run the frozen program after building it")
    args = parser.parse_args(argv)

    python = Path(sys.executable) if args.no_venv else prepare_venv(args.venv.resolve())
    dist, work = args.dist.resolve(), args.work.resolve()
    folder = run_pyinstaller(python, dist, work)
    if not args.no_smoke_test:
        smoke_test(folder)
    # PyInstaller links shared libraries on Linux and macOS: count each file once.
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"Program folder: {folder} ({size / 2**20:.0f} MB)")

    if args.no_installer:
        return 0
    iscc = find_iscc(args.iscc)
    if iscc is None:
        print("Inno Setup (ISCC.exe) not found: no installer built. Install Inno Setup 6.5+ "
              "or pass --iscc PATH." if WINDOWS else "Not on Windows: no installer built.")
        return 0
    run_iscc(iscc, folder, dist, app_version())
    return 0


if __name__ == "__main__":
    sys.exit(main())
