"""HTML-only mail read as a mail client shows it (maild.core.text.html_to_text).

Line breaks come from the markup, never from the source's newlines: Zimbra and
Gmail write one <div> a line, Outlook one <p class=MsoNormal> a line with
'&nbsp;' paragraphs for blank lines, others <p> paragraphs and <br>. A
signature must come out as the block of lines it is on screen.
"""

from __future__ import annotations

import pytest

from maild.core.text import html_to_text

SIGNED = "Regards,\nAnil Kumar\nAssistant Commissioner\nMobile: 9868012345\n"


@pytest.mark.parametrize("markup", [
    "<div>Regards,</div>\n<div>Anil Kumar</div>\n<div>Assistant Commissioner</div>\n<div>Mobile: 9868012345</div>",
    "<p class=MsoNormal>Regards,<o:p></o:p></p>\r\n<p class=MsoNormal>Anil Kumar</p><p class=MsoNormal>"
    "Assistant Commissioner</p>\n<p class=MsoNormal>Mobile: 9868012345</p>",
    "<p>Regards,<br>Anil Kumar<br/>Assistant\n Commissioner<br>\nMobile: 9868012345</p>",
    "<table><tr><td><div>Regards,</div><div>Anil Kumar</div></td></tr><tr><td>Assistant Commissioner</td></tr>"
    "<tr><td>Mobile: 9868012345</td></tr></table>",
])
def test_a_signature_comes_out_as_its_lines(markup: str) -> None:
    assert html_to_text(markup) == SIGNED


def test_blank_lines_come_from_the_markup() -> None:
    assert html_to_text("<div>Sir,</div><div><br></div><div>Text</div>") == "Sir,\n\nText\n"
    assert html_to_text("<p class=MsoNormal>Sir,</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Text</p>") == \
        "Sir,\n\nText\n"
    assert html_to_text("<p>Sir,</p><p>Text</p>") == "Sir,\n\nText\n"


def test_source_newlines_are_spaces_except_in_pre() -> None:
    assert html_to_text("<div>Please reset the password\nof my SSO ID.</div>") == \
        "Please reset the password of my SSO ID.\n"
    assert html_to_text("<pre>Name: X\nMobile: 98</pre>") == "Name: X\nMobile: 98\n"


def test_quotes_are_marked_and_scripts_dropped() -> None:
    text = html_to_text("<div>New</div><blockquote><div>Old line</div></blockquote><script>alert(1)</script>")
    assert text == "New\n> Old line\n"


@pytest.mark.parametrize(("value", "decoded"), [
    ("=?utf-8?b?broken*?=", "=?utf-8?b?broken*?="),            # bad base64: kept as written, no error
    ("नमस्ते =?utf-8?q?abc?=", "नमस्ते abc"),                      # raw UTF-8 beside a word stays itself
    ("=?utf-8?q?a?= =?utf-8?q?b?=", "ab"),                     # the space between two words goes
    ("a =?utf-8?q?x?= b", "a x b"),
    ("=?x-unknown?q?abc?=", "abc"),
])
def test_encoded_words_are_decoded_one_by_one(value: str, decoded: str) -> None:
    from maild.core.text import decode_words

    assert decode_words(value) == decoded


def test_text_a_client_does_not_show_is_not_read() -> None:
    markup = ('<div>Sir</div><div style="display: none">Mobile: <b>98</b><br>9876543210<div>x</div></div>'
              '<div>After</div><p hidden>no</p><span style="font-size:0px">zero</span><p>end</p>')
    assert html_to_text(markup) == "Sir\nAfter\n\nend\n"
