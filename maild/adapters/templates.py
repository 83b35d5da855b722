"""One Jinja2 environment over the templates folder, for replies and summaries.

StrictUndefined turns a missing value into an error at render time, and
`maild check-config` renders every template with sample data, so a typo in
a reply is found at deploy time rather than on a real mail.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from maild.adapters.shipped import shipped


def default_templates_dir() -> Path:
    """The templates shipped with maild (inside the installed package, or the checkout's)."""
    return shipped("templates")


@lru_cache(maxsize=8)
def environment(folder: Path | None = None) -> Environment:
    return Environment(
        loader=FileSystemLoader(str(folder or default_templates_dir())),
        undefined=StrictUndefined,
        autoescape=select_autoescape(["html", "htm"]),
        keep_trailing_newline=True,
    )


class Templates:
    """The templates of one folder (maild.app.ports.Renderer)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder

    def render(self, name: str, **context: Any) -> str:
        """Render one template by name with the given context."""
        return environment(self.folder).get_template(name).render(**context)
