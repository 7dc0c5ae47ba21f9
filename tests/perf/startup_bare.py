"""The floor for start-up: a bare PySide6 window of the same size, shown, event loop run once.
Prints READY and the milliseconds since launch, like startup_app.py. Used by
test_perf_startup.py."""

import os
import sys
import time

STARTED_NS = time.time_ns()


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 780)
    window.show()

    def ready() -> None:
        start = int(os.environ.get("ISHC_SPAWNED_NS", "0")) or STARTED_NS
        print(f"READY {(time.time_ns() - start) / 1e6:.1f}", flush=True)
        app.quit()

    QTimer.singleShot(0, ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
