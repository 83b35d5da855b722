"""The language a mail was written in, as far as its replies need it: Hindi or English.

Every reply carries both languages (the Official Languages Act practice of
CBIC); the one the officer wrote in comes first. Officers write Hindi in
Devanagari, so a mail whose own words (its subject and the sender's text,
quotes left out) hold more Devanagari letters than Latin ones was written in
Hindi. A Hindi closing ('सादर') under an English mail does not make it Hindi.
"""

from __future__ import annotations

# Devanagari letters, vowel signs and marks; its digits (U+0966-096F) and dandas (U+0964-0965) are
# not words and do not count.
_DIGITS_AND_DANDAS = frozenset(range(0x0964, 0x0970))


def is_devanagari_letter(char: str) -> bool:
    code = ord(char)
    return 0x0900 <= code <= 0x097F and code not in _DIGITS_AND_DANDAS


def language_of(*texts: str) -> str:
    """'hi' when the texts hold more Devanagari letters than Latin ones (and a few at least), else 'en'."""
    hindi = latin = 0
    for text in texts:
        for char in text:
            if is_devanagari_letter(char):
                hindi += 1
            elif char.isascii() and char.isalpha():
                latin += 1
    return "hi" if hindi >= 3 and hindi > latin else "en"
