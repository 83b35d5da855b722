"""What the mail asks for: weighted patterns per request type, from rules/requests.toml.

Each pattern counts once in the subject (times subject_factor) and once in
the sender's text with forwarded originals; each attachment kind present adds
its weight. The best score wins when it reaches the threshold, ties going to
the type listed first; below it the request is "unknown".
"""

from __future__ import annotations

from collections.abc import Iterable

from maild.core.ruleset import RequestRules


def score_requests(subject: str, text: str, kinds: Iterable[str], rules: RequestRules) -> dict[str, float]:
    """Score of every request type for this mail."""
    present = set(kinds)
    text = " ".join(text.split())  # a phrase wrapped across lines still matches its pattern
    scores: dict[str, float] = {}
    for rule in rules.types:
        score = 0.0
        for pattern in rule.patterns:
            if pattern.search(subject):
                score += pattern.weight * rules.subject_factor
            if pattern.search(text):
                score += pattern.weight
        score += sum(w for kind, w in rule.attachment_weights.items() if kind in present)
        scores[rule.name] = score
    return scores


def classify_request(subject: str, text: str, kinds: Iterable[str], rules: RequestRules) -> tuple[str, str]:
    """The request type and a reason naming the winning score."""
    scores = score_requests(subject, text, kinds, rules)
    best = max(scores, key=lambda name: scores[name], default="unknown")
    if not scores or scores[best] < rules.threshold:
        return "unknown", f"no request type reached the threshold {rules.threshold:g}"
    shown = ", ".join(f"{k} {v:g}" for k, v in sorted(scores.items(), key=lambda kv: -kv[1]) if v)
    return best, f"request type {best} (scores: {shown})"
