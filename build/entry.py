"""The bundle's entry point (PyInstaller runs this as the `qala-console` executable)."""

import sys

from widgets.app import main

if __name__ == "__main__":
    sys.exit(main())
