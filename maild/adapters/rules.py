"""Read a rules folder (rules/*.toml) into a validated RuleSet.

The edge around core.ruleset: this module touches the file system, the core
only sees the resulting value. The shipped rules are the repository's
rules/, carried inside the installed package (maild.adapters.shipped); a
deployment points [paths] rules at its own copy.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from maild.adapters.shipped import shipped
from maild.core.ruleset import RuleSet
from maild.errors import RulesError


def default_rules_dir() -> Path:
    """The rules folder shipped with maild (inside the installed package, or the checkout's)."""
    return shipped("rules")


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
