"""The core stays pure: importing it pulls in no network, database, scheduler or template library."""

from __future__ import annotations

import subprocess
import sys

FORBIDDEN = ("imapclient", "aiosmtplib", "aiosmtpd", "sqlalchemy", "apscheduler", "jinja2")


def test_core_imports_no_adapter_library() -> None:
    code = ("import sys, maild.core.decide, maild.core.ruleset, maild.core.model; "
            f"bad = [m for m in {FORBIDDEN!r} if m in sys.modules]; print(','.join(bad))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == ""


def test_defusedxml_guards_openpyxl() -> None:
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML is True
