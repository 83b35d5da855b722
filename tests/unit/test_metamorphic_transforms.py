"""The metamorphic transformations themselves: each does what it says on a small mail, and nothing else.

The mails here are written out byte by byte, so that the transfer encodings,
line ends and MIME structure a transformation must keep are the ones chosen.
"""

from __future__ import annotations

import base64

import pytest

from metamorphic import mime
from metamorphic.htmllines import HtmlLines, to_html
from metamorphic.transforms import TRANSFORMS, designation_editor, line_transform

HEAD = ("From: Ravi Kumar <ravi.kumar@icegate.gov.in>\n"
        "To: saksham.seva@icegate.gov.in\n"
        "Subject: Password reset of SSO ID\n"
        "Date: Mon, 10 Nov 2025 11:00:00 +0530\n"
        "Message-ID: <t1@icegate.gov.in>\n"
        "MIME-Version: 1.0\n")

BODY = """Sir,

Kindly reset the password of my SSO ID. I joined on 03.11.2025 & the order is attached.

Name: Ravi Kumar
Designation: Superintendent
SSO ID: 61834027
Mobile No.: 9829061357

Regards,
Ravi Kumar
Superintendent
Custom House, Kandla
Email: ravi.kumar@icegate.gov.in
Ph: 02836-271468

On Mon, 3 Nov 2025 at 10:00, Saksham Seva <saksham.seva@icegate.gov.in> wrote:
> Name: Anil Das
> Designation: Inspector
> Mobile: 9876543210
"""

HTML = ("<html><body><div>" + "".join(f"<div>{line or '<br>'}</div>" for line in
        BODY.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").split("\n")[:16])
        + "<blockquote>Name: Anil Das<br>Mobile: 9876543210</blockquote></div></body></html>\n")
QP = "Content-Transfer-Encoding: quoted-printable"
PDF = b"%PDF-1.4 not really a pdf, but bytes that must come through unchanged\n"


def plain_mail(body: str = BODY, cte: str = "7bit", charset: str = "us-ascii") -> bytes:
    data = body.encode("utf-8")
    payload = base64.encodebytes(data).decode() if cte == "base64" else body
    return (HEAD + f'Content-Type: text/plain; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n\n'
            + payload).encode("utf-8")


def rich_mail() -> bytes:
    """multipart/mixed: a text/plain + text/html alternative, and a PDF."""
    pdf = base64.encodebytes(PDF).decode()
    return (HEAD + 'Content-Type: multipart/mixed; boundary="MIX"\n\n'
            '--MIX\nContent-Type: multipart/alternative; boundary="ALT"\n\n'
            f'--ALT\nContent-Type: text/plain; charset="utf-8"\n{QP}\n\n{BODY}\n'
            f'--ALT\nContent-Type: text/html; charset="utf-8"\n{QP}\n\n{HTML}\n--ALT--\n\n'
            '--MIX\nContent-Type: application/pdf; name="Promotion order.pdf"\n'
            'Content-Disposition: attachment; filename="Promotion order.pdf"\n'
            'Content-Transfer-Encoding: base64\n\n'
            f"{pdf}\n--MIX--\n").encode("utf-8")


MIXED_HTML = ["multipart/mixed", "text/html", "application/pdf"]


def texts(raw: bytes) -> list[str]:
    return [mime.get_text(p) for p in mime.bodies(mime.parse(raw))]


def body_of(name: str, raw: bytes | None = None) -> str:
    """The text/plain body after the named transformation."""
    return texts(TRANSFORMS[name].apply(raw or plain_mail()))[0]


def own(text: str) -> str:
    return text.split("On Mon, 3 Nov")[0]


def quoted(text: str) -> str:
    return text.split("On Mon, 3 Nov")[1]


# --------------------------------------------------------------------------- designations


def test_designation_dotted_shortens_the_sign_off_and_the_label_but_not_running_text_or_quotes() -> None:
    text = body_of("designation_dotted")
    assert "Designation: Supdt.\n" in text and "\nRavi Kumar\nSupdt.\nCustom House" in text
    assert quoted(text) == quoted(BODY)


def test_designation_acronym_uses_the_longest_match() -> None:
    raw = plain_mail(BODY.replace("Kumar\nSuperintendent", "Kumar\nAppraiser & Alternate System Manager")
                     .replace("Designation: Superintendent", "Designation: Assistant Commissioner (Systems)"))
    text = body_of("designation_acronym", raw)
    assert "Appraiser & ASM\n" in text and "Designation: AC (Systems)\n" in text


def test_designation_hindi_translates_the_designation_and_its_qualifiers() -> None:
    raw = plain_mail(BODY.replace("Kumar\nSuperintendent", "Kumar\nSuperintendent of Customs (Systems)"),
                     charset="us-ascii")
    text = body_of("designation_hindi", raw)
    assert "Designation: अधीक्षक\n" in text and "\nअधीक्षक, सीमा शुल्क (प्रणाली)\n" in text
    assert quoted(text) == quoted(BODY)


def test_designation_hindi_says_a_bilingual_designation_once() -> None:
    raw = plain_mail(BODY.replace("Kumar\nSuperintendent", "Kumar\nनिरीक्षक / Inspector"), charset="utf-8")
    assert "\nRavi Kumar\nनिरीक्षक\n" in body_of("designation_hindi", raw)


def test_designation_long_reads_short_forms_back() -> None:
    raw = plain_mail(BODY.replace("Ravi Kumar\nSuperintendent", "Ravi Kumar\nAC, ACES Cell")
                     .replace("Designation: Superintendent", "Designation: Supdt"))
    text = texts(line_transform(designation_editor("long"))(raw))[0]
    assert "Designation: Superintendent\n" in text and "\nAssistant Commissioner, ACES Cell\n" in text


def test_designation_on_office_line_joins_the_two_lines() -> None:
    text = body_of("designation_on_office_line")
    assert "\nRavi Kumar\nSuperintendent, Custom House, Kandla\nEmail:" in text


def test_designation_already_on_its_office_line_is_left_alone() -> None:
    raw = plain_mail(BODY.replace("Superintendent\nCustom House", "Superintendent, Range-V\nCustom House"))
    assert TRANSFORMS["designation_on_office_line"].apply(raw) == raw


# --------------------------------------------------------------------------- sign-off


@pytest.mark.parametrize(("name", "sep"), [("signature_one_line_comma", ", "),
                                         ("signature_one_line_pipe", " | ")])
def test_one_line_signature_joins_the_lines_after_the_closing(name: str, sep: str) -> None:
    text = body_of(name)
    line = sep.join(["Ravi Kumar", "Superintendent", "Custom House, Kandla",
                     "Email: ravi.kumar@icegate.gov.in", "Ph: 02836-271468"])
    assert f"\nRegards,\n{line}\n\nOn Mon" in text


def test_honorific_goes_before_the_signed_name_and_the_labelled_name() -> None:
    text = body_of("honorific_shri")
    assert "Name: Shri Ravi Kumar\n" in text and "Regards,\nShri Ravi Kumar\n" in text
    assert quoted(text) == quoted(BODY)


def test_honorific_knows_women_and_devanagari_names() -> None:
    raw = plain_mail(BODY.replace("Name: Ravi Kumar", "Name: राजेश कुमार").replace("Regards,\nRavi Kumar",
                                                                              "Regards,\nM. Krithika"),
                     charset="utf-8")
    text = body_of("honorific_shri", raw)
    assert "Name: श्री राजेश कुमार\n" in text and "Regards,\nSmt. M. Krithika\n" in text
    assert "Name: Dr. Ravi Kumar\n" in body_of("honorific_dr")


def test_honorific_leaves_a_sign_off_without_a_name_alone() -> None:
    raw = plain_mail("Sir,\n\nECCS is down.\n\nRegards,\nSuperintendent of Customs\nCourier Cell\n")
    assert TRANSFORMS["honorific_sh"].apply(raw) == raw


@pytest.mark.parametrize(("name", "footer"), [("footer_iphone", "Sent from my iPhone"),
                                              ("footer_samsung", "Sent from my Samsung Galaxy smartphone."),
                                              ("footer_outlook_android", "Get Outlook for Android")])
def test_footer_comes_after_the_sign_off_and_before_the_quote(name: str, footer: str) -> None:
    text = body_of(name)
    assert f"Ph: 02836-271468\n\n{footer}\n\nOn Mon" in text


# --------------------------------------------------------------------------- labels, digits, mobiles


def test_labels_in_hindi() -> None:
    text = body_of("labels_hindi")
    for line in ("नाम: Ravi Kumar", "पदनाम: Superintendent", "एसएसओ आईडी: 61834027", "मोबाइल नं.: 9829061357",
                 "ईमेल: ravi.kumar@icegate.gov.in", "दूरभाष: 02836-271468"):
        assert f"\n{line}\n" in text
    assert quoted(text) == quoted(BODY)


def test_devanagari_digits_in_mobiles_sso_ids_and_dates_not_landlines() -> None:
    text = body_of("digits_devanagari")
    assert "Mobile No.: ९८२९०६१३५७\n" in text and "SSO ID: ६१८३४०२७\n" in text and "on ०३.११.२०२५ &" in text
    assert "Ph: 02836-271468" in text and quoted(text) == quoted(BODY)


@pytest.mark.parametrize(("name", "mobile"), [("digits_gujarati_mobile", "૯૮૨૯૦૬૧૩૫૭"),
                                              ("digits_bengali_mobile", "৯৮২৯০৬১৩৫৭")])
def test_other_scripts_rewrite_mobiles_only(name: str, mobile: str) -> None:
    text = body_of(name)
    assert f"Mobile No.: {mobile}\n" in text and "SSO ID: 61834027" in text and "03.11.2025" in text


@pytest.mark.parametrize(("name", "mobile"), [("mobile_plus91", "+91 9829061357"),
                                              ("mobile_plus91_hyphen", "+91-9829061357"),
                                              ("mobile_zero", "09829061357"),
                                              ("mobile_spaces", "98290 61357"),
                                              ("mobile_hyphens", "98290-61357")])
def test_mobile_formats(name: str, mobile: str) -> None:
    text = body_of(name)
    assert f"Mobile No.: {mobile}\n" in text and "> Mobile: 9876543210" in text and "SSO ID: 61834027" in text


def test_a_mail_without_a_mobile_is_returned_unchanged() -> None:
    raw = plain_mail(BODY.replace("Mobile No.: 9829061357\n", "").split("On Mon")[0])
    assert TRANSFORMS["mobile_spaces"].apply(raw) is raw


# --------------------------------------------------------------------------- quotes


@pytest.mark.parametrize(("name", "marker"), [("quote_outlook_original_message",
                                               "-----Original Message-----\nFrom: "),
                                              ("quote_outlook_header_block", "____\nFrom: "),
                                              ("quote_gmail", "wrote:\n> Sir,")])
def test_quote_is_appended_below_everything(name: str, marker: str) -> None:
    text = body_of(name)
    assert text.startswith(BODY.rstrip("\n") + "\n\n") and marker in text
    assert "SSO ID: 57310284" in text.split(BODY.rstrip("\n"))[1]


# --------------------------------------------------------------------------- HTML and MIME


def test_the_html_alternative_gets_the_same_edit_and_the_attachment_stays() -> None:
    raw = rich_mail()
    new = TRANSFORMS["designation_dotted"].apply(raw)
    plain, html = texts(new)
    assert "\nSupdt.\n" in plain and "<div>Supdt.</div>" in html and "Designation: Supdt." in html
    assert "Anil Das" in html and "Designation: Inspector" in plain
    files = [p.get_payload(decode=True) for p in mime.parse(new).walk() if p.get_filename()]
    assert files == [PDF]


def test_html_lines_see_blocks_breaks_nbsp_and_blockquotes() -> None:
    doc = HtmlLines("<p>A &amp; B</p><p><o:p>&nbsp;</o:p></p><div>x<br>y</div>"
                    "<blockquote><p>old</p></blockquote>")
    assert doc.texts() == ["A & B", "", "x", "y", "old"]
    assert doc.own_end() == 4
    doc.replace(2, ["x1", "", "x2"])
    doc.replace(3, [])
    assert doc.markup() == ("<p>A &amp; B</p><p><o:p>&nbsp;</o:p></p><div>x1<br><br>x2<br></div>"
                            "<blockquote><p>old</p></blockquote>")


def test_html_only_generated_writes_the_plain_text_as_html() -> None:
    new = TRANSFORMS["html_only_generated"].apply(rich_mail())
    msg = mime.parse(new)
    assert [p.get_content_type() for p, _ in mime.walk(msg)] == MIXED_HTML
    html = mime.get_text(mime.bodies(msg)[0])
    assert "03.11.2025 &amp; the order" in html
    assert '<div class="signature">Ravi Kumar<br>Superintendent<br>' in html
    assert '<blockquote type="cite"><div>Name: Anil Das</div>' in html
    first = "Kindly reset the password of my SSO ID. I joined on 03.11.2025 & the order is attached."
    assert HtmlLines(html).texts()[:4] == ["Sir,", first, "Name: Ravi Kumar", "Designation: Superintendent"]


def test_html_only_generated_on_a_single_part_mail_rewrites_the_top_level_headers() -> None:
    new = TRANSFORMS["html_only_generated"].apply(plain_mail())
    msg = mime.parse(new)
    assert msg.get_content_type() == "text/html" and msg["Content-Transfer-Encoding"] == "quoted-printable"
    assert msg["Subject"] == "Password reset of SSO ID"


def test_html_only_client_drops_the_plain_alternative() -> None:
    msg = mime.parse(TRANSFORMS["html_only_client"].apply(rich_mail()))
    assert [p.get_content_type() for p, _ in mime.walk(msg)] == MIXED_HTML
    assert mime.get_text(mime.bodies(msg)[0]) == HTML


def test_to_html_marks_an_inline_image_and_keeps_a_blank_line_before_the_history() -> None:
    html = to_html("Hi\n\nRegards,\nA B\n[cid:image001.png@01]\n\n-----Original Message-----\nFrom: x\n")
    assert '<img src="cid:image001.png@01" alt="">' in html
    assert "</div><div><br></div><div>-----Original Message-----</div>" in html


@pytest.mark.parametrize(("cte", "charset"), [("7bit", "us-ascii"), ("base64", "utf-8"),
                                              ("quoted-printable", "utf-8")])
def test_a_body_keeps_its_encoding_or_moves_to_quoted_printable_and_utf8(cte: str, charset: str) -> None:
    new = TRANSFORMS["designation_hindi"].apply(plain_mail(cte=cte, charset=charset))
    part = mime.parse(new)
    assert part.get_content_charset() == "utf-8"
    assert part["Content-Transfer-Encoding"] == ("base64" if cte == "base64" else "quoted-printable")
    assert "Designation: अधीक्षक\n" in mime.get_text(part)


def test_crlf_mails_stay_crlf_and_untouched_mails_stay_byte_for_byte() -> None:
    raw = plain_mail().replace(b"\n", b"\r\n")
    new = TRANSFORMS["designation_dotted"].apply(raw)
    assert b"Supdt." in new and new.count(b"\n") == new.count(b"\r\n")
    assert mime.serialize(mime.parse(rich_mail())) == rich_mail()
