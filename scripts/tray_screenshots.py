"""Screenshots of the tray icon and its menu, in English and Russian, under Xvfb with a tray host.

`python scripts/tray_screenshots.py [OUT_DIR]` starts Xvfb on a free display, a system tray
(`stalonetray`, else `trayer`), and the app's `Tray` with a count, opens its menu and saves
`tray-en.png` and `tray-ru.png` (ImageMagick's `import`) into OUT_DIR (docs/screenshots).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DISPLAY = ":87"


def host() -> list[str]:
    if shutil.which("stalonetray"):
        return ["stalonetray", "--geometry", "6x1+0+0", "-bg", "#dddddd", "--icon-size", "32"]
    return ["trayer", "--edge", "top", "--align", "left", "--widthtype", "pixel", "--width", "160",
            "--heighttype", "pixel", "--height", "36", "--tint", "0xdddddd", "--transparent", "false"]  # fmt: skip


def shoot(out: Path) -> None:
    """Inside the display: show the tray with a count, open its menu, grab the screen."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    from journal import i18n
    from journal.ui.tray import Tray

    app = QApplication(["rapport"])
    for lang in ("en", "ru"):
        i18n.install(lang)
        deadline = time.time() + 10
        while not QSystemTrayIcon.isSystemTrayAvailable() and time.time() < deadline:
            app.processEvents()
            time.sleep(0.1)
        tray = Tray()
        tray.set_count(5, 2)
        tray.show()

        def pop(tray: Tray = tray) -> None:  # inside the event loop, where the menu can grab the pointer
            where = tray.icon.geometry()
            tray.menu.popup(QPoint(where.x() + 4, where.bottom() + 4))

        def grab(name: str = f"tray-{lang}.png") -> None:
            subprocess.run(["import", "-window", "root", "-crop", "420x260+0+0", str(out / name)], check=True)
            app.quit()

        QTimer.singleShot(600, pop)
        QTimer.singleShot(1800, grab)
        app.exec()
        tray.menu.hide()
        tray.hide()
        app.processEvents()


def main() -> None:
    if os.environ.get("RAPPORT_TRAY_SHOT"):
        shoot(Path(os.environ["RAPPORT_TRAY_SHOT"]))
        return
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "800x400x24"], stderr=subprocess.DEVNULL)
    env = {**os.environ, "DISPLAY": DISPLAY, "QT_QPA_PLATFORM": "xcb", "RAPPORT_TRAY_SHOT": str(out)}
    try:
        time.sleep(1.5)
        if shutil.which("xsetroot"):
            subprocess.run(["xsetroot", "-solid", "#5a7f99"], env=env, check=False)
        tray_host = subprocess.Popen(host(), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.5)
        try:
            subprocess.run([sys.executable, __file__], env=env, check=True, timeout=120)
        finally:
            tray_host.terminate()
    finally:
        xvfb.terminate()
    print(f"wrote {out / 'tray-en.png'} and {out / 'tray-ru.png'}")


if __name__ == "__main__":
    main()
