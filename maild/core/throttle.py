"""How long a login must wait after failures: exponential delays per key, bounded.

Each key (a client address, an account) counts its consecutive failed logins.
The first `free` failures cost nothing (a typo); after them, each failure
makes the next attempt wait `base` seconds, doubled each time, at most `cap`.
A key whose last failure is older than `forget` starts again, a success clears
it, and at most `size` keys are held (the oldest are dropped), so a flood of
invented names cannot fill the memory. Times are seconds from any fixed
point, given by the caller: nothing here reads a clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Throttle:
    """Failed logins per key, and the wait they impose."""

    free: int = 3
    base: float = 1.0
    cap: float = 300.0
    forget: float = 3600.0
    size: int = 10_000
    _failures: dict[str, tuple[int, float]] = field(default_factory=dict)  # key -> (failures, last at)

    def wait(self, key: str, now: float) -> float:
        """Seconds before this key may try again (0: now)."""
        count, at = self._failures.get(key, (0, 0.0))
        if count < self.free or now - at >= self.forget:
            return 0.0
        return max(0.0, at + self.delay(count) - now)

    def delay(self, count: int) -> float:
        """The wait after `count` consecutive failures."""
        if count < self.free:
            return 0.0
        return float(min(self.cap, self.base * 2 ** min(count - self.free, 40)))

    def failed(self, key: str, now: float) -> float:
        """Count a failure; the wait it imposes from now."""
        count, at = self._failures.pop(key, (0, 0.0))
        if now - at >= self.forget:
            count = 0
        self._failures[key] = (count + 1, now)
        if len(self._failures) > self.size:
            for old in sorted(self._failures, key=lambda k: self._failures[k][1])[: len(self._failures) - self.size]:
                del self._failures[old]
        return self.wait(key, now)

    def failures(self, key: str) -> int:
        return self._failures.get(key, (0, 0.0))[0]

    def succeeded(self, key: str) -> None:
        self._failures.pop(key, None)
