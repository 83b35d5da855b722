"""Where the rules, templates and demo mails shipped with maild are.

The repository keeps rules/ and templates/ at its top; the build copies them
into the package (setup.py), so an installed maild finds them beside its code
through importlib.resources, wherever and however it was installed. Run from a
checkout (an editable install) the package holds no copy, and the checkout's
own folders are used: an edit to a rule counts at once, without a rebuild.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def shipped(name: str, package: str = "maild") -> Path:
    """The folder `name` shipped with maild (its path may not exist: the caller says so in words)."""
    root = Path(str(files(package)))
    inside = root / name
    if inside.is_dir() or package != "maild":
        return inside
    checkout = root.parent / name
    return checkout if checkout.is_dir() else inside
