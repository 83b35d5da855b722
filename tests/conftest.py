"""Shared fixtures: the shipped rules, a default policy, and a one-call triage."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from maild.core.decide import triage  # noqa: E402
from maild.core.model import Verdict  # noqa: E402
from maild.core.policy import TriagePolicy  # noqa: E402
from maild.core.ruleset import RuleSet  # noqa: E402
from maild.adapters.rules import load_rules  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def rules() -> RuleSet:
    return load_rules()


@pytest.fixture(scope="session")
def policy() -> TriagePolicy:
    return TriagePolicy()


@pytest.fixture(scope="session")
def run_triage(rules: RuleSet, policy: TriagePolicy) -> Callable[..., Verdict]:
    """triage(raw) with the shipped rules; `policy=` overrides the default policy."""

    def _run(raw: bytes, policy_override: TriagePolicy | None = None) -> Verdict:
        return triage(raw, rules, policy_override or policy, dt.date(2025, 11, 10))

    return _run
