"""Start ISHC Desk as a clerk would (main.main with --db), print READY when the main window
is shown and the event loop has run once, then quit. Used by test_perf_startup.py.

    python tests/perf/startup_app.py DB_PATH
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def elapsed_ms() -> float:
    """Milliseconds since the parent launched this process (it passes its clock in
    ISHC_SPAWNED_NS), or since this interpreter started when run by hand."""
    start = int(os.environ.get("ISHC_SPAWNED_NS", "0")) or STARTED_NS
    return (time.time_ns() - start) / 1e6


STARTED_NS = time.time_ns()


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import make_application

    def ready() -> None:
        from ui.main_window import MainWindow

        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible()]
        if shown:
            print(f"READY {elapsed_ms():.1f} pages={len(shown[0].pages)}", flush=True)
        else:  # e.g. the first-run dialog came up: the database is not the demo one
            print("NO-WINDOW", flush=True)
        QApplication.quit()

    # run_gui() reuses this application; the zero timer fires once its event loop is running.
    make_application()
    QTimer.singleShot(0, ready)
    import main as program

    return program.main(["--db", sys.argv[1]])


if __name__ == "__main__":
    sys.exit(main())
