"""Writing a file the clerk named: the one gate of every command and window that saves a file.

The target is checked before anything is written, then the bytes go to a temporary file
beside it, which is renamed onto the target (os.replace) only once it is complete. A failure
at any step removes the temporary file and leaves the target as it was.

Refused, as ValidationError("output", code, {"path": …}):
- output_empty: no path;
- output_is_database: the open SQLite database or its -wal/-shm/-journal files (symlinks
  followed, case-insensitively on Windows; a hard link to the file counts too);
- output_in_backups: anything inside the backups folder;
- output_is_folder, output_not_file (a device such as /dev/null, a pipe);
- output_no_folder: the folder does not exist (folders are never created here);
- output_exists: an existing file, unless `force` (the window asks before overwriting);
- output_write_failed: the system refused to write ({reason}).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Callable, Sequence
from pathlib import Path

from models.errors import ValidationError
from models.storage import db as dbmod

FIELD = "output"
DB_SIDE_FILES = ("", "-wal", "-shm", "-journal")

# What to write: the bytes themselves, or a function that writes the file at the path given.
Content = bytes | Callable[[Path], object]


def _refuse(code: str, path: object, **params: object) -> ValidationError:
    return ValidationError(FIELD, code, {"path": str(path), **params})


def _key(path: Path) -> str:
    """A path as the file system compares it: absolute, symlinks followed, case folded
    where the system ignores case (Windows)."""
    return os.path.normcase(str(path.resolve(strict=False)))


def _inside(path: Path, folder: Path) -> bool:
    p, f = _key(path), _key(folder)
    return p == f or p.startswith(f.rstrip(os.sep) + os.sep)


def protected_files() -> list[Path]:
    """The open SQLite database and the files SQLite keeps beside it."""
    live = dbmod.sqlite_path()
    if live is None:
        return []
    return [live.with_name(live.name + side) for side in DB_SIDE_FILES]


def protected_folders() -> list[Path]:
    """Folders no output may go into: the backups folder (all of it)."""
    return [dbmod.data_dir() / "backups"]


def _same_file(a: Path, b: Path) -> bool:
    if _key(a) == _key(b):
        return True
    try:
        return os.path.samefile(a, b)  # hard links; case-insensitive disks elsewhere
    except OSError:
        return False


def check_output(path: str | os.PathLike | None, *, force: bool = False) -> Path:
    """The target as a Path, or ValidationError("output", …) saying why it may not be written.
    Writes nothing and creates no folder."""
    text = os.fspath(path) if path is not None else ""
    if not str(text).strip():
        raise _refuse("output_empty", text)
    target = Path(text).expanduser()
    for protected in protected_files():
        if _same_file(target, protected):
            raise _refuse("output_is_database", target)
    for folder in protected_folders():
        if _inside(target, folder):
            raise _refuse("output_in_backups", target, folder=str(folder))
    try:
        info = target.stat()  # follows a symlink: what would really be replaced
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise _refuse("output_write_failed", target, reason=exc.strerror or str(exc)) from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise _refuse("output_is_folder", target)
        if not stat.S_ISREG(info.st_mode):
            raise _refuse("output_not_file", target)
        if not force:
            raise _refuse("output_exists", target)
    elif target.is_symlink():  # a dangling link: replacing it would write where it points
        raise _refuse("output_not_file", target)
    parent = target.parent
    if not parent.is_dir():
        raise _refuse("output_no_folder", target, folder=str(parent))
    return target


def _temporary_beside(target: Path) -> Path:
    """A new, empty file in the target's folder (created exclusively, default permissions)."""
    while True:
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            return tmp
        except FileExistsError:
            continue


def _write_one(tmp: Path, content: Content) -> None:
    if isinstance(content, bytes | bytearray):
        tmp.write_bytes(content)
    else:
        content(tmp)


def write_outputs(items: Sequence[tuple[str | os.PathLike, Content]], *,
                  force: bool = False,
                  within: Callable[[], contextlib.AbstractContextManager] | None = None
                  ) -> list[Path]:
    """Check every target first, write each to a temporary file beside it, then move them all
    in place. On any failure every temporary file is removed and no target is touched (a
    failure of the final renames, which the checks make unlikely, may leave earlier ones
    done). Returns the targets.

    `within` wraps the writing of the temporary files, e.g. the database transaction that
    records who took the file: the files take their names only once it has ended cleanly,
    so a file never exists without what was recorded with it."""
    targets = [check_output(path, force=force) for path, _ in items]
    keys = [_key(t) for t in targets]
    if len(set(keys)) != len(keys):
        raise _refuse("output_exists", targets[0])
    temps: list[Path] = []
    try:
        with within() if within is not None else contextlib.nullcontext():
            for target, (_, content) in zip(targets, items, strict=True):
                tmp = _temporary_beside(target)
                temps.append(tmp)
                _write_one(tmp, content)
        for target in targets:  # the folder may have changed while the content was built
            check_output(target, force=force)
        for tmp, target in zip(temps, targets, strict=True):
            os.replace(tmp, target)
    except OSError as exc:
        _remove(temps)
        raise _refuse("output_write_failed", targets[len(temps) - 1] if temps else targets[0],
                      reason=exc.strerror or str(exc)) from None
    except BaseException:
        _remove(temps)
        raise
    return targets


def write_output(path: str | os.PathLike, content: Content, *, force: bool = False) -> Path:
    """Write one file through the checks above; see write_outputs."""
    return write_outputs([(path, content)], force=force)[0]


def _remove(paths: list[Path]) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink(missing_ok=True)
