"""The frozen application's entry point (PyInstaller runs this file as ``__main__``)."""

import multiprocessing
import sys

from hubdesk.cli import main

if __name__ == "__main__":
    # Demo data is produced in a spawned process (hubdesk.services.bulk): in a frozen
    # build that process is this executable again, and freeze_support() runs it.
    multiprocessing.freeze_support()
    sys.exit(main())
