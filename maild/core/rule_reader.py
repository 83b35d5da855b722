"""Typed, validated access to one rule file's data: what RuleSet.from_mapping reads with.

Every problem is raised as RulesError naming the file and the key
("rules/requests.toml: [types.eccs.]patterns entries must be tables..."),
so a typo fails when the rules are loaded, not on a real mail.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from maild.errors import RulesError

FLAGS = re.IGNORECASE | re.UNICODE
NEVER = re.compile(r"(?!)")  # an optional pattern a rules folder leaves out matches nothing


@dataclass(frozen=True, slots=True)
class WeightedPattern:
    """A regular expression and what a match is worth."""

    regex: re.Pattern[str]
    weight: float

    def search(self, text: str) -> bool:
        return self.regex.search(text) is not None


class Reader:
    """Typed access to one file's mapping, raising RulesError with file and key."""

    def __init__(self, stem: str, data: Mapping[str, Any], prefix: str = "") -> None:
        self.stem, self.data, self.prefix = stem, data, prefix

    def where(self, key: str) -> str:
        return f"rules/{self.stem}.toml: [{self.prefix}{key}]" if self.prefix else f"rules/{self.stem}.toml: {key}"

    def fail(self, key: str, msg: str) -> RulesError:
        return RulesError(f"{self.where(key)} {msg}")

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
        if key not in self.data:
            if default is ...:
                raise self.fail(key, "is required")
            return default
        value = self.data[key]
        if not isinstance(value, kind) or isinstance(value, bool) and kind in (int, float, (int, float)):
            raise self.fail(key, f"must be {_kind_name(kind)}")
        return value

    def number(self, key: str, default: float | int = ...) -> float:  # type: ignore[assignment]
        return float(self.get(key, (int, float), default))

    def strings(self, key: str, default: Any = ...) -> tuple[str, ...]:
        value = self.get(key, list, default)
        if not all(isinstance(v, str) for v in value):
            raise self.fail(key, "must be a list of strings")
        return tuple(value)

    def regex(self, key: str, value: Any = None, flags: int = FLAGS) -> re.Pattern[str]:
        text = self.get(key, str) if value is None else value
        try:
            return re.compile(text, flags)
        except re.error as exc:
            raise self.fail(key, f"is not a valid regular expression: {exc}") from exc

    def optional_regex(self, key: str) -> re.Pattern[str]:
        """A pattern a rules folder may leave out (one copied before the key existed): then NEVER."""
        return self.regex(key) if key in self.data else NEVER

    def regexes(self, key: str, default: Any = ..., extra: int = 0) -> tuple[re.Pattern[str], ...]:
        items = self.get(key, list, default)
        out = []
        for item in items:
            if isinstance(item, str):
                out.append(self.regex(key, item, FLAGS | extra))
            elif isinstance(item, Mapping) and isinstance(item.get("re"), str):
                flags = (re.UNICODE if item.get("case_sensitive") else FLAGS) | extra
                out.append(self.regex(key, item["re"], flags))
            else:
                raise self.fail(key, "entries must be strings or {re = '...'} tables")
        return tuple(out)

    def weighted(self, key: str, default: Any = ...) -> tuple[WeightedPattern, ...]:
        items = self.get(key, list, default)
        out = []
        for item in items:
            if not isinstance(item, Mapping) or not isinstance(item.get("re"), str):
                raise self.fail(key, "entries must be tables like {re = '...', w = 2}")
            weight = item.get("w", 1)
            if not isinstance(weight, (int, float)) or isinstance(weight, bool):
                raise self.fail(key, f"weight of {item['re']!r} must be a number")
            flags = (re.UNICODE if item.get("case_sensitive") else FLAGS) | re.MULTILINE
            out.append(WeightedPattern(self.regex(key, item["re"], flags), float(weight)))
        return tuple(out)

    def table(self, key: str) -> Reader:
        value = self.get(key, Mapping)
        return Reader(self.stem, value, f"{self.prefix}{key}.")


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {str: "a string", list: "a list", int: "a number", float: "a number", Mapping: "a table"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(sorted({names.get(k, k.__name__) for k in kinds}))


