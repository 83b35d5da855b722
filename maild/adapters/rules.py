"""Read a rules folder (rules/*.toml) into a validated RuleSet.

The edge around core.ruleset: this module touches the file system, the core
only sees the resulting value. Shipped rules live in the project's rules/
folder; a deployment points [paths] rules at its own copy.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from maild.core.ruleset import RuleSet
from maild.errors import RulesError

PACKAGE = Path(__file__).resolve().parents[1]
SHIPPED = PACKAGE.parent / "rules"


def default_rules_dir() -> Path:
    """The rules folder shipped with maild (beside the package, or inside it when installed)."""
    inside = PACKAGE / "rules"
    return inside if inside.is_dir() else SHIPPED


def load_rules(folder: Path | None = None) -> RuleSet:
    """Load and validate every rule file of a folder."""
    folder = folder or default_rules_dir()
    if not folder.is_dir():
        raise RulesError(f"{folder}: rules folder not found")
    files = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            files[path.stem] = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise RulesError(f"{path}: cannot be read ({exc})") from exc
        except tomllib.TOMLDecodeError as exc:
            raise RulesError(f"{path}: not valid TOML ({exc})") from exc
    return RuleSet.from_mapping(files)
