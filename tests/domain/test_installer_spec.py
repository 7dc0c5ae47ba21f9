"""The Windows packaging files, checked without running PyInstaller or Inno Setup.

The spec is read as Python source (ast), so a data path that moved, a dropped Qt exclusion or a
file filter that would throw away a Qt library the program needs fails here, in seconds, rather
than on a ward office PC.
"""

from __future__ import annotations

import ast
import re
import unicodedata
from pathlib import Path

import pytest
import vietnam_provinces

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer" / "ishc.spec"
ISS = ROOT / "installer" / "ishc.iss"
SHORTCUT = "ISHC Desk - Quản lý CLB Liên thế hệ tự giúp nhau"


@pytest.fixture(scope="module")
def spec() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def assigned(tree: ast.Module, name: str) -> ast.expr:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return node.value
    raise AssertionError(f"{name} is not assigned at the top of the spec")


def constant(tree: ast.Module, name: str):
    return ast.literal_eval(assigned(tree, name))


def calls(tree: ast.Module, func: str) -> list[ast.Call]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call)
            and isinstance(n.func, ast.Name) and n.func.id == func]


def keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def test_every_data_pattern_matches_files_in_the_repository(spec):
    data = constant(spec, "DATA_FILES")
    assert data, "the spec bundles no data files"
    for pattern, dest in data:
        assert not Path(pattern).is_absolute() and ".." not in pattern
        assert list(ROOT.glob(pattern)), f"{pattern} matches nothing"
        assert dest == str(Path(pattern).parent).replace("\\", "/")  # same layout as the repo


def test_fonts_ship_with_their_licences_and_translations_compiled(spec):
    bundled = {p for pattern, _ in constant(spec, "DATA_FILES") for p in ROOT.glob(pattern)}
    fonts = sorted((ROOT / "resources" / "fonts").glob("*.ttf"))
    assert fonts and set(fonts) <= bundled
    for family in {f.stem.split("-")[0] for f in fonts}:
        assert ROOT / "resources" / "fonts" / f"LICENSE-{family}.txt" in bundled, family
    assert ROOT / "resources" / "translations" / "qt_vi.qm" in bundled
    assert ROOT / "resources" / "translations" / "ishc_en.json" in bundled  # the command line's
    assert not any(p.suffix == ".ts" for p in bundled)


def test_main_script_and_paths_are_relative_to_the_spec(spec):
    text = SPEC.read_text(encoding="utf-8")
    assert "ROOT = Path(SPECPATH).resolve().parent" in text
    assert (ROOT / "main.py").is_file() and '[str(ROOT / "main.py")]' in text
    assert not re.search(r"['\"](/work|/home|/tmp|[A-Za-z]:\\)", text), "absolute path in spec"


def test_vietnam_provinces_data_is_collected(spec):
    text = SPEC.read_text(encoding="utf-8")
    assert 'collect_data_files("vietnam_provinces", includes=["data/*.json"])' in text
    package = Path(vietnam_provinces.__file__).parent
    found = set(package.glob("data/*.json"))
    assert Path(vietnam_provinces.NESTED_DIVISIONS_JSON_PATH) in found


def test_modules_loaded_by_name_are_frozen_too(spec):
    """Pages and CLI commands are imported with importlib: their packages must be listed."""
    packages = constant(spec, "APP_PACKAGES")
    for package in packages:
        assert any((ROOT / package).glob("*.py")), package  # reports/ is a namespace package
    names = list(constant(ast.parse((ROOT / "ui/cli/__init__.py").read_text(encoding="utf-8")),
                          "COMMAND_MODULES"))
    pages = ast.parse((ROOT / "ui/pages/__init__.py").read_text(encoding="utf-8"))
    names += [node.args[1].value for node in ast.walk(pages) if isinstance(node, ast.Call)
              and getattr(node.func, "id", "") == "PageSpec"]
    assert any(name.startswith("ui.pages.") for name in names)
    assert names
    for name in names:
        assert name.split(".")[0] in packages, name


def test_unused_qt_modules_are_excluded_and_used_ones_kept(spec):
    excludes = set(constant(spec, "QT_EXCLUDES"))
    for module in ("QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "Qt3DCore",
                   "Qt3DRender", "QtQuick", "QtQuickWidgets", "QtQml", "QtMultimedia",
                   "QtMultimediaWidgets"):
        assert f"PySide6.{module}" in excludes, module
    for module in ("QtCore", "QtGui", "QtWidgets", "QtCharts", "QtPrintSupport", "QtPdf",
                   "QtPdfWidgets", "QtSvg", "QtOpenGL", "QtOpenGLWidgets"):
        assert f"PySide6.{module}" not in excludes, module
    analysis = calls(spec, "Analysis")
    assert len(analysis) == 1
    assert "QT_EXCLUDES" in ast.unparse(keyword(analysis[0], "excludes"))


def test_file_filter_drops_only_unused_qt_libraries(spec):
    regex = assigned(spec, "UNUSED_QT_FILES")
    assert isinstance(regex, ast.Call)
    unused = re.compile(ast.literal_eval(regex.args[0]), re.IGNORECASE)
    for name in ("Qt6WebEngineCore.dll", "QtWebEngineCore.pyd", "libQt6Qml.so.6",
                 "Qt6QuickWidgets.dll", "Qt63DCore.dll", "Qt6Multimedia.dll",
                 "qtvirtualkeyboardplugin.dll", "qtwebengine_de.qm"):
        assert unused.search(name), name
    for name in ("Qt6Core.dll", "Qt6Gui.dll", "Qt6Widgets.dll", "Qt6Charts.dll",
                 "Qt6OpenGL.dll", "Qt6OpenGLWidgets.dll", "Qt6PrintSupport.dll", "Qt6Pdf.dll",
                 "Qt6Svg.dll", "qwindows.dll", "qwindowsvistastyle.dll", "qmodernwindowsstyle.dll",
                 "qsvgicon.dll", "qjpeg.dll", "QtCharts.pyd", "shiboken6.abi3.dll",
                 "qtbase_en.qm", "libQt6Core.so.6", "libqxcb.so"):
        assert not unused.search(name), name


def test_one_folder_window_program_named_ishc_desk(spec):
    assert constant(spec, "APP_NAME") == "ISHC Desk"
    exes = calls(spec, "EXE")
    gui = [e for e in exes if ast.unparse(keyword(e, "name")) == "APP_NAME"]
    assert len(gui) == 1
    assert ast.literal_eval(keyword(gui[0], "console")) is False  # windowed
    assert ast.literal_eval(keyword(gui[0], "exclude_binaries")) is True  # onedir
    collect = calls(spec, "COLLECT")
    assert len(collect) == 1 and ast.unparse(keyword(collect[0], "name")) == "APP_NAME"
    assert all(ast.literal_eval(keyword(c, "upx")) is False for c in exes + collect)


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in ISS.read_text(encoding="utf-8-sig").splitlines():
        stripped = line.strip()
        if re.fullmatch(r"\[[A-Za-z]+\]", stripped):
            current = stripped[1:-1]
            sections.setdefault(current, [])
        elif stripped and not stripped.startswith(";"):
            sections.setdefault(current, []).append(stripped)
    return sections


def test_inno_script_is_utf8_with_vietnamese_shortcut_names():
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert unicodedata.is_normalized("NFC", text)
    assert f'#define ShortcutName "{SHORTCUT}"' in text
    icons = iss_sections()["Icons"]
    assert any(line.startswith('Name: "{autoprograms}\\{#ShortcutName}"') for line in icons)
    desktop = [line for line in icons if line.startswith('Name: "{autodesktop}')]
    assert len(desktop) == 1 and "Tasks: desktopicon" in desktop[0]  # optional


def test_inno_script_installs_the_pyinstaller_folder_into_program_files(spec):
    text = ISS.read_text(encoding="utf-8-sig")
    setup = iss_sections()["Setup"]
    assert "DefaultDirName={autopf}\\{#AppName}" in setup
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", "\n".join(setup), re.MULTILINE)
    name = constant(spec, "APP_NAME")
    assert f'#define AppName "{name}"' in text and f'#define AppExe "{name}.exe"' in text
    assert f'"..\\dist\\{name}"' in text
    assert 'MessagesFile: "compiler:Default.isl"' in text  # English is always there


def test_uninstall_never_touches_the_data_folder():
    sections = iss_sections()
    assert "UninstallDelete" not in sections
    for line in sections.get("InstallDelete", []):
        assert re.search(r'Name: "\{app\}\\', line), line  # inside the program folder only
    text = ISS.read_text(encoding="utf-8-sig")
    code = text.split("[Code]", 1)[1]
    assert "DelTree" not in code and "DeleteFile" not in code and "RemoveDir" not in code
    # The folder named in the message is the one platformdirs gives the program on Windows.
    assert '#define DataFolderPath "{localappdata}\\ISHC\\ISHC Desk"' in text
    db_source = (ROOT / "models" / "storage" / "paths.py").read_text(encoding="utf-8")
    assert 'APP_NAME = "ISHC Desk"' in db_source and 'APP_AUTHOR = "ISHC"' in db_source


def test_upgrade_replaces_the_contents_folder_the_spec_writes(spec):
    contents = constant(spec, "CONTENTS")
    assert all(ast.unparse(keyword(e, "contents_directory")) == "CONTENTS"
               for e in calls(spec, "EXE"))
    assert f'Type: filesandordirs; Name: "{{app}}\\{contents}"' in iss_sections()["InstallDelete"]


def test_build_tools_are_pinned_exactly():
    lines = [line.split("#")[0].strip() for line in
             (ROOT / "installer" / "requirements-build.txt").read_text().splitlines()]
    pins = [line for line in lines if line]
    assert any(re.fullmatch(r"pyinstaller==\d+\.\d+(\.\d+)?", p) for p in pins)
    assert all("==" in p for p in pins)
