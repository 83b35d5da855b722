"""Metamorphic tests over the whole sample corpus: rewrites of a mail that must not change its verdict.

Each transformation of tests/metamorphic/transforms.py (a designation spelled
short or in Hindi, a one-line signature, Hindi labels, Devanagari digits,
"Shri" before the name, +91 mobiles, an HTML-only body, an Outlook quote, a
"Sent from my iPhone" footer...) is applied to every sample mail, and the
verdict of the rewritten mail is compared with the sample's expected verdict
on the six compared fields, as the corpus' scorer compares them.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from email.message import Message
from typing import Any

import pytest

from maild.core.model import Verdict
from metamorphic import mime
from metamorphic.transforms import TRANSFORMS
from metamorphic.verdicts import mismatches
from paths import SHARED

CORPUS = SHARED / "corpus"
STEMS = [p.stem for p in sorted((CORPUS / "mails").glob("*.eml"))]


@functools.cache
def original(stem: str) -> bytes:
    return (CORPUS / "mails" / f"{stem}.eml").read_bytes()


@functools.cache
def expected(stem: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((CORPUS / "expected" / f"{stem}.json").read_text(encoding="utf-8"))
    return data


@functools.cache
def transformed(name: str, stem: str) -> bytes:
    return TRANSFORMS[name].apply(original(stem))


@functools.cache
def _verdict(raw: bytes, run_triage: Callable[[bytes], Verdict]) -> Verdict:
    """triage is pure: a mail a transformation left as it was is judged once, not once per transformation."""
    return run_triage(raw)


def test_the_corpus_is_all_there() -> None:
    assert len(STEMS) == 37
    assert all((CORPUS / "expected" / f"{s}.json").is_file() for s in STEMS)


@pytest.mark.parametrize(("transform", "mail"), [(t, s) for t in TRANSFORMS for s in STEMS])
def test_a_transformed_sample_mail_keeps_its_verdict(transform: str, mail: str,
                                                     run_triage: Callable[[bytes], Verdict]) -> None:
    verdict = _verdict(transformed(transform, mail), run_triage)
    what = TRANSFORMS[transform].what
    assert not (diff := mismatches(expected(mail), verdict)), f"{transform} ({what}) on {mail}: " + "; ".join(diff)


@pytest.mark.parametrize("transform", TRANSFORMS)
def test_a_transformation_changes_at_least_its_stated_number_of_mails(transform: str) -> None:
    changed = [s for s in STEMS if transformed(transform, s) != original(s)]
    assert len(changed) >= TRANSFORMS[transform].min_changed, changed


@functools.cache
def _original_parts(stem: str) -> tuple[list[tuple[str, str]], list[tuple[str | None, bytes]]]:
    msg = mime.parse(original(stem))
    return _headers(msg), _files(msg)


def _files(msg: Message) -> list[tuple[str | None, bytes]]:
    return [(p.get_filename(), p.get_payload(decode=True) or b"") for p in msg.walk()
            if not p.is_multipart() and p.get_filename() is not None]


def _headers(msg: Message) -> list[tuple[str, str]]:
    content = ("content-type", "content-transfer-encoding")
    return [(k, str(v)) for k, v in msg.items() if k.lower() not in content]


@pytest.mark.parametrize("transform", TRANSFORMS)
def test_a_transformation_keeps_the_headers_and_the_attachments(transform: str) -> None:
    """Only the body text changes: the header block and every attached file come through as they were."""
    for stem in STEMS:
        if transformed(transform, stem) is original(stem):
            continue
        after = mime.parse(transformed(transform, stem))
        assert (_headers(after), _files(after)) == _original_parts(stem), stem
        assert not after.defects, stem


@pytest.mark.parametrize("transform", TRANSFORMS)
def test_a_transformation_is_deterministic(transform: str) -> None:
    stem = STEMS[0]
    assert TRANSFORMS[transform].apply(original(stem)) == transformed(transform, stem)
