"""The metamorphic transformations over the corpora of our own (tests/data/corpus*), beyond the sample.

tests/unit/test_metamorphic.py holds the sample to every transformation; the
same rewrites of the larger corpora must not change their verdicts either.
Here the relation itself is checked: a rewritten mail gets the verdict its
original gets (whether or not that one matches the corpus' expectation,
which tests/e2e/test_corpus.py judges). A transformation that finds nothing
to rewrite in a mail leaves it out. Each mail meets every third
transformation (which third turns with the mail), so that the 1,200 mails
stay within the suite's time; the sample meets them all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from maild.core.model import Verdict
from maild.core.readable import body_text
from metamorphic.transforms import TRANSFORMS
from metamorphic.verdicts import as_expected, mismatches

DATA = Path(__file__).resolve().parents[1] / "data"
SHARE = 3  # each mail meets one transformation in SHARE
CORPORA = sorted(p.name for p in DATA.glob("corpus*") if (p / "expected").is_dir())


def _plain_is_a_stub(raw: bytes) -> bool:
    """A text/plain part that is empty or says "This is an HTML message": triage reads the HTML."""
    has_plain = b"text/plain" in raw.lower()
    return has_plain and body_text(raw, 10, 200)[1]


@pytest.mark.parametrize("corpus", CORPORA)
def test_transformed_mails_of_our_corpora_keep_their_verdicts(corpus: str,
                                                             run_triage: Callable[[bytes], Verdict]) -> None:
    failures, changed = [], 0
    for number, mail in enumerate(sorted((DATA / corpus / "mails").glob("*.eml"))):
        raw = mail.read_bytes()
        if _plain_is_a_stub(raw):
            continue  # the rewrites edit text/plain and HTML alike; here only the HTML says anything
        want = as_expected(run_triage(raw))
        for index, (name, transform) in enumerate(TRANSFORMS.items()):
            if (index + number) % SHARE:
                continue
            rewritten = transform.apply(raw)
            if rewritten == raw:
                continue
            changed += 1
            failures += [f"{name} on {mail.stem}: {d}" for d in mismatches(want, run_triage(rewritten))]
    assert changed > 3 * len(TRANSFORMS), changed
    assert not failures, "\n".join(failures)
