"""Where the application's resources live (reference data, letters, fonts, translations).

Resources sit in ``resources/`` beside the package in a source checkout, and in the
bundle's folder in a frozen (PyInstaller) build.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
