"""Where the checkout and the shared folder beside it are (importable from any test folder)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
