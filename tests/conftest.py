"""Shared fixtures: the shipped rules, a default policy, and a one-call triage; a failed test's
report ends with the log tail of each test Dovecot it started."""

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
import servers  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIRST_SERVER = pytest.StashKey[int]()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    item.stash[FIRST_SERVER] = len(servers.STARTED)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """On failure, the tail of each Dovecot log: what the server said is often the reason."""
    outcome = yield
    report = outcome.get_result()
    if report.failed and call.when in ("setup", "call"):
        for server in dict.fromkeys(servers.STARTED[item.stash.get(FIRST_SERVER, len(servers.STARTED)):]):
            report.sections.append((f"Dovecot log ({server.root})", server.log_tail(40)))


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
