# PyInstaller's run-time hook for PySide6 (pyi_rth_pyside6.py), less its import of
# PySide6.QtCore: that runs at every start of the bundle, and so made every command line
# load Qt (QtCore, ICU) though it shows no window. What remains is where Qt finds its
# plugins, which Qt reads when it is first imported. PySide6's wheels carry their own
# qt.conf (the hook's other step, which needed QtCore, does nothing for them).
# ruff: noqa  (PyInstaller runs this at start-up, before the app)


def _pyi_rthook():
    import os
    import sys

    if sys.platform.startswith("win"):
        qt = os.path.join(sys._MEIPASS, "PySide6")
        os.environ["PATH"] = os.pathsep.join([sys._MEIPASS, os.environ.get("PATH", "")])
    else:
        qt = os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt, "qml")


_pyi_rthook()
del _pyi_rthook
