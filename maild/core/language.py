"""The language a mail was written in, as far as its replies need it: Hindi or English.

Every reply carries both languages (the Official Languages Act practice of
CBIC); the one the officer wrote in comes first. Officers write Hindi in
Devanagari, so a mail whose own words (its subject and the sender's text,
quotes left out) hold more Devanagari letters than Latin ones was written in
Hindi. A Hindi closing ('सादर') under an English mail does not make it Hindi.
"""

from __future__ import annotations

import re

# Devanagari letters, vowel signs and marks; its digits (U+0966-096F) and dandas (U+0964-0965) are
# not words and do not count. Counted with regular expressions: a loop over every character in
# Python cost more than the rest of reading the text.
_DEVANAGARI_LETTERS = re.compile(r"[\u0900-\u0963\u0970-\u097F]")
_LATIN_LETTERS = re.compile(r"[A-Za-z]")


def is_devanagari_letter(char: str) -> bool:
    return _DEVANAGARI_LETTERS.fullmatch(char) is not None


def language_of(*texts: str) -> str:
    """'hi' when the texts hold more Devanagari letters than Latin ones (and a few at least), else 'en'."""
    hindi = sum(len(_DEVANAGARI_LETTERS.findall(text)) for text in texts)
    if hindi < 3:
        return "en"
    latin = sum(len(_LATIN_LETTERS.findall(text)) for text in texts)
    return "hi" if hindi > latin else "en"
