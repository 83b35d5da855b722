"""Classes of how officers write their details, each pinned by variations the sample does not hold.

A rule that reads one mail right must read the whole class of mail it stands
for: designations outside any closed list (told by where they stand in the
signature), names after Shri/Smt. or stated in the third person, SSO IDs under
an explicit label whatever their form, and numbers written in Devanagari or
another Indian script. Every expectation follows from shared/spec/triage.md.
"""

from __future__ import annotations

import email
import email.policy
from typing import Any

import pytest

from builders import MAIL_DATE, XLSX, make_mail, make_template, officer_row

GENERIC = "System Manager, Custom House Kandla <sysmgr.kandla@icegate.gov.in>"
GMAIL = "Kavita Rao <kavita.rao88@gmail.com>"
ICEGATE = "Venkat R <r.venkat@icegate.gov.in>"

STATUS_ASK = ("Sir/Madam,\n\nKindly check whether an SSO ID has already been created in the name of the officer "
              "below and inform.\n\nName: Harsh Chaudhary\nDesignation: Inspector\nMobile: 9712034561\n\n")


def verdict(run_triage: Any, **kw: Any) -> Any:
    return run_triage(make_mail(**kw))


def signed(*lines: str) -> str:
    return "Regards,\n" + "\n".join(lines) + "\n"


CONTACTS = ("Email: k.rao@icegate.gov.in", "Mob: 98480 22338")

# ------------------------------------------------------------------------------------ designations

DESIGNATION_LINES = [
    ("ASM, Custom House Kandla",),
    ("SM, Custom House Kandla",),
    ("Alternate SM", "Custom House, Kandla"),
    ("Nodal Officer (Systems), CGST Commissionerate, Rajkot",),
    ("PO, Custom House Kandla",),
    ("Tax Asst., CGST Range-II, Surat",),
    ("Steno Gr. II", "O/o the Commissioner of CGST, Surat"),
    ("Inspector (Examiner), Custom House, Kandla",),
    ("Asstt. Commr. (Systems)", "Custom House, Kandla"),
    ("निरीक्षक, सीमा शुल्क गृह, कांडला",),
    ("कर सहायक", "केंद्रीय जीएसटी प्रभाग-II, सूरत"),
    ("उपायुक्त (प्रणाली)", "सीमा शुल्क आयुक्तालय, कांडला"),
    # Posts no list holds, told by their place: beside an office, or above one.
    ("EA (Systems), Custom House Kandla",),
    ("Data Entry Operator", "EDI Section, Custom House Kandla"),
    ("Jr. Hindi Translator | Custom House | Kandla",),
    ("Sysmgr",),
]


@pytest.mark.parametrize("lines", DESIGNATION_LINES, ids=lambda lines: lines[0][:30])
def test_a_designation_line_of_a_generic_signature_is_read(run_triage: Any, lines: tuple[str, ...]) -> None:
    v = verdict(run_triage, sender=GENERIC, subject="SSO ID status", body=STATUS_ASK + signed("K. Rao", *lines,
                                                                                                  *CONTACTS))
    assert "signature_designation" not in v.missing, v.signature
    assert v.signature.name == "K. Rao"
    assert v.action == "acknowledge"


@pytest.mark.parametrize("lines", DESIGNATION_LINES, ids=lambda lines: lines[0][:30])
def test_a_designation_beside_the_name_on_one_line_is_read(run_triage: Any, lines: tuple[str, ...]) -> None:
    v = verdict(run_triage, sender=GENERIC, subject="SSO ID status",
                body=STATUS_ASK + signed("K. Rao, " + lines[0], *lines[1:], *CONTACTS))
    assert "signature_designation" not in v.missing, v.signature


def test_a_designation_in_brackets_after_the_name_leaves_the_name(run_triage: Any) -> None:
    v = verdict(run_triage, sender=GENERIC, subject="SSO ID status",
                body=STATUS_ASK + "Thanks\nKiran Rao (Superintendent)\nCH Kandla\nkiran.rao@icegate.gov.in, 9848022338\n")
    assert v.signature.name == "Kiran Rao"
    assert v.missing == ()


OFFICE_ONLY = [
    ("Systems Cell, CGST Commissionerate, Madurai",),
    ("O/o the Commissioner of Customs, Kandla",),
    ("Office of the Principal Chief Commissioner of CGST, Ahmedabad Zone",),
    ("Custom House, Kandla",),
    ("सीमा शुल्क आयुक्तालय, कांडला",),
    (),
]


@pytest.mark.parametrize("lines", OFFICE_ONLY, ids=lambda lines: (lines or ("none",))[0][:30])
def test_an_office_line_is_no_designation(run_triage: Any, lines: tuple[str, ...]) -> None:
    v = verdict(run_triage, sender=GENERIC, subject="SSO ID status",
                body=STATUS_ASK + signed("K. Rao", *lines, *CONTACTS))
    assert "signature_designation" in v.missing, v.signature
    assert v.action == "request_missing"


# ------------------------------------------------------------------------------------ names

STATUS_NO_NAME = ("Respected Sir/Madam,\n\n{ask}\n\nDesignation: Inspector\nMobile: 9447012345\n\n"
                  "Regards,\nInspector, CGST Kochi\n")

NAME_STATEMENTS = [
    "Shri Mahesh Patil, Superintendent, is not sure whether an SSO ID exists in his name.",
    "Kindly confirm whether an SSO ID has been created in r/o Smt. Kavita Rao, Inspector.",
    "Kindly check whether SSO ID is created in respect of Kum. Anjali Verma.",
    "I am not sure whether an SSO ID exists for me. Myself Kavita Rao, working in CGST Kochi.",
    "Dr. Kavita Rao of this office is not sure whether her SSO ID has been created.",
    "श्रीमती कविता राव को यह पता नहीं है कि क्या उनका एसएसओ आईडी बनाया गया है।",
]


@pytest.mark.parametrize("ask", NAME_STATEMENTS, ids=lambda s: s[:30])
def test_a_name_stated_in_the_request_counts(run_triage: Any, ask: str) -> None:
    v = verdict(run_triage, sender=GMAIL, subject="SSO ID status", body=STATUS_NO_NAME.format(ask=ask))
    assert v.request_type == "sso_status"
    assert "name" not in v.missing, v.details


@pytest.mark.parametrize("title", ["Shri", "Smt.", "Sh.", "Kum.", "Dr.", "श्री", "श्रीमती"])
def test_a_title_before_the_signature_name_keeps_the_name(run_triage: Any, title: str) -> None:
    v = verdict(run_triage, sender=GENERIC, subject="SSO ID status",
                body=STATUS_ASK + signed(f"{title} K. Rao", "ASM, Custom House Kandla", *CONTACTS))
    assert v.signature.name == "K. Rao"
    assert "signature_name" not in v.missing


def test_the_display_name_never_gives_the_name(run_triage: Any) -> None:
    v = verdict(run_triage, sender=GMAIL, subject="SSO ID status",
                body=STATUS_NO_NAME.format(ask="I am not sure whether an SSO ID has been created in my name."))
    assert "name" in v.missing


# ------------------------------------------------------------------------------------ SSO IDs

RESET = ("Sir,\n\nI have forgotten the password of my SSO ID. Kindly reset it.\n\n"
         "Name: Venkat R\nDesignation: Inspector\n{sso}\nMobile: 9848022338\n\nRegards,\nVenkat R\n")


@pytest.mark.parametrize("sso", ["SSO ID: r.venkat", "SSO ID - rvenkat", "User ID: VENKATR", "SSOID: venkat.r",
                                 "SSO ID: RV1990", "My SSO ID is rvenkat1990", "एसएसओ आईडी: r.venkat",
                                 "SSO ID: ९८७६५४", "My SSO ID is venkat.", "SSO ID No. venkatr",
                                 "My SSO ID is '24684012'.", "Login ID: k.sandhu", "My user id is ANUP.D .",
                                 "Kindly reset the password of my SSO ID 30678123.", "SSO ID No.:- 10293874"])
def test_an_sso_id_under_a_label_counts_whatever_its_form(run_triage: Any, sso: str) -> None:
    v = verdict(run_triage, sender=ICEGATE, subject="Password reset", body=RESET.format(sso=sso))
    assert v.request_type == "password_reset"
    assert "sso_id" not in v.missing, v.details
    assert v.action == "acknowledge"


@pytest.mark.parametrize("sso", ["SSO ID: not known", "SSO ID: NIL", "SSO ID - kindly reset it soon",
                                 "My SSO ID is forgotten", "My SSO ID is locked since Monday.",
                                 "My SSO ID is locked.", "My SSO ID is not working", ""])
def test_no_sso_id_is_read_where_none_is_given(run_triage: Any, sso: str) -> None:
    v = verdict(run_triage, sender=ICEGATE, subject="Password reset", body=RESET.format(sso=sso))
    assert "sso_id" in v.missing, v.details


# ------------------------------------------------------------------------------------ Indian digits

STATUS_DIGITS = ("Sir,\n\nI am not sure whether an SSO ID has been created in my name. Kindly check.\n\n"
                 "Name: Kavita Rao\nDesignation: Inspector\n{mobile}\n\nRegards,\nKavita Rao\n")


@pytest.mark.parametrize("mobile", ["Mobile: ९८२९०६१३५७", "मोबाइल नं.: ९८२९० ६१३५७", "Mob: +९१-९८२९०-६१३५७",
                                    "Mobile: ૯૮૨૯૦૬૧૩૫૭", "Mobile: ৯৮২৯০৬১৩৫৭", "Mobile: ௯௮௨௯௦௬௧௩௫௭"])
def test_a_mobile_in_indian_digits_is_a_mobile(run_triage: Any, mobile: str) -> None:
    v = verdict(run_triage, sender=GMAIL, subject="SSO ID status", body=STATUS_DIGITS.format(mobile=mobile))
    assert "mobile" not in v.missing
    assert v.details.mobile == "9829061357"


def test_a_landline_in_devanagari_digits_is_still_no_mobile(run_triage: Any) -> None:
    v = verdict(run_triage, sender=GMAIL, subject="SSO ID status",
                body=STATUS_DIGITS.format(mobile="Tel (O): ०७९-२७५४४६३३"))
    assert "mobile" in v.missing


def test_template_cells_in_devanagari_digits_are_read_as_numbers(run_triage: Any) -> None:
    row = officer_row(1, mobile="९८२९०६१३५७", date_of_birth="१४/०३/१९९७", date_of_joining="२०-१०-२०२५")
    book = ("Service_Book.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf")
    v = verdict(run_triage, subject="SSO ID creation", date=MAIL_DATE,
                body="Sir,\n\nKindly create the SSO ID. Template and service book attached.\n\nRegards,\nRavi\n",
                attachments=[("template.xlsx", make_template([row]), XLSX), book])
    assert v.template_errors == ()


# ------------------------------------------------------------------------------------ numbers side by side

@pytest.mark.parametrize("row", [
    "Sh. Anand Raman  हवलदार  56923674 9229283895",
    "Anand Raman | Havaldar | 56923674 | 9229283895",
    "Anand Raman, Havaldar, SSO ID 56923674, 92292 83895",
])
def test_a_mobile_beside_other_numbers_in_a_row_is_found(run_triage: Any, row: str) -> None:
    body = STATUS_DIGITS.format(mobile="").replace("Name: Kavita Rao\nDesignation: Inspector\n",
                                                   "Name: Kavita Rao\nDesignation: Inspector\n" + row + "\n")
    v = verdict(run_triage, sender=GMAIL, subject="SSO ID status", body=body)
    assert v.details.mobile == "9229283895"


def test_a_mobile_in_an_html_table_cell_is_found(run_triage: Any) -> None:
    html = ("<p>Sir, I am not sure whether an SSO ID has been created in my name.</p><table>"
            "<tr><th>Name</th><th>Designation</th><th>SSO ID</th><th>Mobile</th></tr>"
            "<tr><td>Kavita Rao</td><td>Inspector</td><td>56923674</td><td>9229283895</td></tr></table>")
    msg = email.message_from_bytes(make_mail(sender=GMAIL, subject="SSO ID status"), policy=email.policy.default)
    msg.set_content(html, subtype="html")  # HTML only, as Outlook sends it
    v = run_triage(msg.as_bytes())
    assert v.details.mobile == "9229283895"


# ------------------------------------------------------------------------------------ individual e-mail

@pytest.mark.parametrize(("emails", "missing"), [
    (("Email: edi.mnglr@icegate.gov.in",), True),
    (("Email: edi.mnglr@icegate.gov.in", "hetal.bansal@icegate.gov.in"), False),
    (("Email: hetal.bansal82@gmail.com",), False),
])
def test_an_office_mailbox_in_the_signature_is_no_individual_email(run_triage: Any, emails: tuple[str, ...],
                                                                   missing: bool) -> None:
    v = verdict(run_triage, sender=GENERIC, subject="SSO ID status",
                body=STATUS_ASK + signed("Hetal Bansal", "Alternate SM", *emails, "Mob: +91 85967 24328"))
    assert ("signature_email" in v.missing) is missing


# ------------------------------------------------------------------------------------ more ways of signing

@pytest.mark.parametrize("sign", [
    "सादर / Regards,\nहर्षद चौधरी / Harshad Chaudhari\nप्रशासनिक अधिकारी / Administrative Officer\n"
    "CGST Surat | harshad.c@icegate.gov.in | मो. 94280 61234",
    "भवदीय / Yours faithfully,\n\n(रमेश चंद्र शर्मा / Ramesh Chandra Sharma)\nअधीक्षक / Superintendent\n"
    "दूरभाष / Tel: 0731-2494512\nई-मेल / E-mail: rc.sharma@icegate.gov.in",
    "Regards,\nPraveen Kumar / Administrative Officer / praveen.kumar@icegate.gov.in / 0135-2664417",
])
def test_bilingual_and_slash_separated_signatures_are_read(run_triage: Any, sign: str) -> None:
    v = verdict(run_triage, sender=GENERIC, subject="SSO ID status", body=STATUS_ASK + sign + "\n")
    assert v.missing == (), v.signature


@pytest.mark.parametrize("text", [
    "Pl reset my sso pwd. SSO ID 30219876. Ravi Shankar, Examiner, ICD Patparganj. 9810098100",
    "मैं संतोष कुमार, अधीक्षक, केंद्रीय जीएसटी रांची, अपनी SSO ID 30345876 का पासवर्ड भूल गया हूँ। मोबाइल 9431076543",
])
def test_a_name_written_before_a_post_in_running_text_counts(run_triage: Any, text: str) -> None:
    v = verdict(run_triage, sender=ICEGATE, subject="sso pwd", body=text + "\n")
    assert v.missing == (), v.details


def test_outlook_line_ends_do_not_hide_a_labelled_value(run_triage: Any) -> None:
    raw = make_mail(sender=ICEGATE, subject="Password reset", body=RESET.format(sso="SSO ID: IYERS"))
    head, _, body = raw.partition(b"\n\n")
    v = run_triage(head + b"\n\n" + body.replace(b"\n", b"\r\n"))
    assert "sso_id" not in v.missing, v.details


@pytest.mark.parametrize("sign", ["Meenakshi Textiles, Tiruppur", "Shree Ganesh Exports", "Skyline Couriers Pvt Ltd"])
def test_a_firms_name_is_no_persons_name(run_triage: Any, sign: str) -> None:
    v = verdict(run_triage, sender="Accounts <accounts.firm@gmail.com>", subject="ICEGATE login",
                body="Sir,\n\nOur IEC 3305098765 login on ICEGATE fails.\n\nRegards,\n" + sign + "\n")
    assert "signature_name" in v.missing


@pytest.mark.parametrize("sign", [
    "Thanks,\nravi.teja@icegate.gov.in, 9848012345, Ravi Teja, ASM, Visakhapatnam Customs",
    "Regards\nSuperintendent (Systems)\nRavi Teja\nravi.teja@icegate.gov.in\n020-26051234",
    "Regards\nSuperintendent (Systems), Ravi Teja, ravi.teja@icegate.gov.in, 020-26051234",
])
def test_a_name_after_the_contacts_or_the_post_is_found(run_triage: Any, sign: str) -> None:
    v = verdict(run_triage, sender=GENERIC, subject="SSO ID status", body=STATUS_ASK + sign + "\n")
    assert v.signature.name == "Ravi Teja"
    assert v.missing == ()


def test_an_office_in_hindi_is_no_name(run_triage: Any) -> None:
    v = verdict(run_triage, sender=GENERIC, subject="SSO ID status",
                body=STATUS_ASK + "Regards,\nअधीक्षक, सीमा शुल्क\nCourier Cell, Chennai\nPh: 044-22560493\n")
    assert "signature_name" in v.missing


@pytest.mark.parametrize(("text", "name"), [
    ("Sir, kindly reset the SSO password of Inspector Rohit Sahu, SSO ID 40719701, mobile 9826512346.", "Rohit Sahu"),
    ("This is Ramesh from Range-II, CGST Rewari. I am an Inspector and forgot my SSO password. "
     "My SSO ID is 40719702 and number 9416212399.", "Ramesh"),
])
def test_a_name_beside_a_post_or_introduced_alone_counts(run_triage: Any, text: str, name: str) -> None:
    v = verdict(run_triage, sender=ICEGATE, subject="SSO password", body=text + "\n")
    assert v.details.name == name


def test_an_sso_login_id_label_counts(run_triage: Any) -> None:
    v = verdict(run_triage, sender=ICEGATE, subject="Password reset", body=RESET.format(sso="SSO Login ID: 40719366"))
    assert "sso_id" not in v.missing


@pytest.mark.parametrize("label", ["यूज़र आईडी", "यूज\u093cर आईडी", "यूजर आईडी"])
def test_a_hindi_user_id_label_in_either_spelling_counts(run_triage: Any, label: str) -> None:
    v = verdict(run_triage, sender=ICEGATE, subject="Password reset", body=RESET.format(sso=f"{label}: 56781234"))
    assert v.details.sso_id == "56781234"


@pytest.mark.parametrize("closing", ["Dhanyavaad", "Dhanyawad", "Best,", "सधन्यवाद", "Shukriya"])
def test_a_closing_word_is_no_name(run_triage: Any, closing: str) -> None:
    body = ("Sir,\n\nMera SSO ID bana hai ya nahi, kripya check karein.\n\nNaam - Vinod Yadav\nPost - Inspector\n"
            "Mob - 9812098120\n\n" + closing + "\n")
    v = verdict(run_triage, sender=GMAIL, subject="SSO ID bana hai ya nahi", body=body)
    assert v.details.name == "Vinod Yadav" and v.missing == ()
    assert v.signature.name == ""


# ------------------------------------------------------------------------------------ tables

TABLE_ASK = "Sir,\n\nKindly check whether an SSO ID has been created in my name. My details:\n\n{table}\n\nRegards\n"

PLAIN_TABLES = [
    "Name              Designation     Office                  Mobile\n"
    "Lakshmi Prabha    Inspector       Chennai Air Customs     9790214536",
    "Name\tDesignation\tMobile No.\nLakshmi Prabha\tInspector\t9790214536",
    "| Name | Designation | Mobile |\n| Lakshmi Prabha | Inspector | 9790214536 |",
    "Name of the Officer    Lakshmi Prabha\nDesignation            Inspector\nMobile                 97902 14536",
    "नाम\tपदनाम\tमोबाइल\nLakshmi Prabha\tInspector\t9790214536",
]


@pytest.mark.parametrize("table", PLAIN_TABLES, ids=lambda t: t[:24])
def test_details_in_a_plain_text_table_are_read(run_triage: Any, table: str) -> None:
    v = verdict(run_triage, sender=GMAIL, subject="SSO ID status", body=TABLE_ASK.format(table=table))
    assert (v.details.name, v.details.designation, v.details.mobile) == ("Lakshmi Prabha", "Inspector",
                                                                        "9790214536"), v.details
    assert v.action == "acknowledge"


HTML_TABLES = [
    "<table border=1><tr><th>Name</th><th>Designation</th><th>Office</th><th>Mobile No.</th></tr>"
    "<tr><td>Gaurav Mishra</td><td>Inspector</td><td>CGST Nagpur-I</td><td>9422815637</td></tr></table>",
    "<table><tr><td>Name</td><td>Gaurav Mishra</td></tr><tr><td>Designation</td><td>Inspector</td></tr>"
    "<tr><td>Mobile</td><td>9422815637</td></tr></table>",
    "<table><tr><td><b>Officer Name</b></td><td>: Gaurav Mishra</td></tr><tr><td>Post</td><td>Inspector</td></tr>"
    "<tr><td>Cell</td><td>+91 94228 15637</td></tr></table>",
]


@pytest.mark.parametrize("table", HTML_TABLES, ids=lambda t: t[:40])
def test_details_in_an_html_table_are_read(run_triage: Any, table: str) -> None:
    html = f"<html><body><div>Sir,</div><div>Kindly check whether an SSO ID exists in my name.</div>{table}" \
           "<div>Regards</div></body></html>"
    mail = email.message_from_bytes(make_mail(sender=GMAIL, subject="SSO ID status", body="x"),
                                    policy=email.policy.default)
    mail.set_content(html, subtype="html")
    v = run_triage(mail.as_bytes())
    assert (v.details.name, v.details.designation, v.details.mobile) == ("Gaurav Mishra", "Inspector",
                                                                        "9422815637"), v.details


@pytest.mark.parametrize("table", [
    "Name              Designation\nwill send later",  # a header row without its values
    "Name    Designation    Mobile\nA   B",  # fewer values than labels
    "Office                  Section\nChennai Air Customs     EDI",  # no label the rules know
])
def test_a_table_without_its_values_gives_no_details(run_triage: Any, table: str) -> None:
    v = verdict(run_triage, sender=GMAIL, subject="SSO ID status", body=TABLE_ASK.format(table=table))
    assert "name" in v.missing and "mobile" in v.missing, v.details


# ------------------------------------------------------------------------------------ labels and sign-offs

@pytest.mark.parametrize("label", ["Officer Name -", "Officer's Name:", "Name of Officer:", "Employee Name :",
                                   "Name of the Applicant -", "Full Name:"])
def test_a_name_under_any_label_officers_write_counts(run_triage: Any, label: str) -> None:
    body = f"Sir,\n\nPlease check if any SSO ID exists in my name.\n\n{label} Anjali Deshmukh\n" \
           "Desig. - Examiner\nCell - 98201-55634\n\nRegards\n"
    v = verdict(run_triage, sender=GMAIL, subject="SSO ID status", body=body)
    assert v.details.name == "Anjali Deshmukh"
    assert v.action == "acknowledge"


@pytest.mark.parametrize("closing", ["regards", "thanks", "rgds", "-- "])
def test_a_lower_case_name_under_a_closing_is_the_name(run_triage: Any, closing: str) -> None:
    body = f"sir\ni forgot my sso password. my sso id is gurpreet.s and mobile no 9815027364. i am inspector " \
           f"at ludhiana.\n{closing}\ngurpreet singh\n"
    v = verdict(run_triage, sender="<gurpreet.singh@icegate.gov.in>", subject="forgot password", body=body)
    assert v.details.name == "gurpreet singh"
    assert v.missing == ()


@pytest.mark.parametrize("ending", ["urgent please", "waiting for your reply", "regards\nplease do the needful",
                                    "regards\nsystem manager", "regards\ncustoms chennai"])
def test_a_lower_case_phrase_is_no_name(run_triage: Any, ending: str) -> None:
    body = f"sir\ni forgot my sso password. my sso id is gurpreet.s and mobile no 9815027364. i am inspector.\n" \
           f"\n{ending}\n"
    v = verdict(run_triage, sender="<gurpreet.singh@icegate.gov.in>", subject="forgot password", body=body)
    assert "name" in v.missing, v.details


def test_the_officers_details_under_a_request_are_no_sign_off(run_triage: Any) -> None:
    """A generic mailbox that ends with the officer's details as a form, without a closing, has
    not signed: the four signature codes stand; the details still count for the request."""
    body = ("Sir,\n\nKindly reset the SSO password of the following officer.\n\nName: Pravin Shinde\n"
            "Designation: Examiner\nSSO ID: 10293847\nMobile: 9820417365\n")
    v = verdict(run_triage, sender="<sysmgr.jnch@icegate.gov.in>", subject="Password reset", body=body)
    assert set(v.missing) == {"signature_name", "signature_designation", "signature_email", "signature_phone"}
    assert v.details.name == "Pravin Shinde" and v.details.sso_id == "10293847"


@pytest.mark.parametrize("post", ["Hindi Translator", "Translator", "Librarian", "Staff Car Driver",
                                  "Record Keeper", "अनुवादक"])
def test_posts_of_every_grade_are_designations(run_triage: Any, post: str) -> None:
    body = ("Sir,\n\nMy SSO password has expired. Kindly reset the password.\n\nWith regards,\n"
            f"Archana Tripathi\n{post}\nSSO ID: 10921712\nMob: +91 98102 50161\n")
    v = verdict(run_triage, sender="<archana.tripathi@icegate.gov.in>", subject="SSO password reset", body=body)
    assert v.details.designation == post
    assert v.action == "acknowledge"


# ------------------------------------------------------------------------------------ sign-offs without a closing

RESET_ASK = ("Sir,\nPlease reset the password of my SSO ID. I do not remember the SSO ID; my alternate e mail id "
             "registered\nis srinu.b1979@gmail.com.\n")


@pytest.mark.parametrize("sign_off", [
    "B. Srinivasulu\nSuperintendent, CGST Tirupati\nCell: 9440012751",
    "SSO ID: BS1979\nB. Srinivasulu\nSuperintendent, CGST Tirupati\nCell: 9440012751",
    "Regards, B. Srinivasulu, Superintendent, CGST Tirupati, 9440012751",
    "B. Srinivasulu, Superintendent, CGST Tirupati, Cell: 9440012751\n\n\nSent from my Android phone",
])
def test_a_sign_off_without_a_closing_begins_at_the_name(run_triage: Any, sign_off: str) -> None:
    """The text above the name, however long its lines, is the request; the name opens the sign-off."""
    v = verdict(run_triage, sender="<b.srinivasulu@icegate.gov.in>", subject="Password reset",
                body=RESET_ASK + sign_off + "\n")
    assert (v.details.name, v.details.designation, v.details.mobile) == ("B. Srinivasulu", "Superintendent",
                                                                        "9440012751"), v.details
    assert v.action == "acknowledge"


@pytest.mark.parametrize("body", ["PFA", "PFA.\n\nFYI", "Pl. find attached", "Reminder\n\nURGENT"])
def test_a_body_of_abbreviations_is_not_signed(run_triage: Any, body: str) -> None:
    v = verdict(run_triage, sender="<cex15sys.ker@icegate.gov.in>", subject="SSO ID creation", body=body + "\n")
    assert "signature_name" in v.missing, v.signature


@pytest.mark.parametrize("text", [
    "sir my pasword of sso id is not working pls reset it my sso id is RY2290 i am inspector in cgst gurugram "
    "my name is ramesh yadav mob 9812012711",
    "sir pls chk if my sso id exist. ramesh yadav insp cgst gurugram 9812012711. sso id RY2290",
    "respected sir myself ramesh yadav inspector cgst gurugram sso id RY2290 mob 9812012711 pls reset password",
])
def test_a_writer_without_capitals_states_a_name_in_lower_case(run_triage: Any, text: str) -> None:
    v = verdict(run_triage, sender="<ramesh.yadav@icegate.gov.in>", subject="sso pwd", body=text + "\n")
    assert v.details.name == "ramesh yadav", v.details


@pytest.mark.parametrize("text", [
    "Sir, my name is mentioned below in the list. Kindly reset the SSO password. SSO ID RY2290, Inspector, "
    "mobile 9812012711.",
    "sir my name is mentioned in the list pls reset sso password sso id RY2290 insp mob 9812012711",
])
def test_words_after_my_name_is_are_no_name_unless_they_look_like_one(run_triage: Any, text: str) -> None:
    v = verdict(run_triage, sender="<ramesh.yadav@icegate.gov.in>", subject="sso pwd", body=text + "\n")
    assert "name" in v.missing, v.details


@pytest.mark.parametrize("closing", ["आभार सहित", "जय हिन्द", "Jai Hind", "शुभकामनाओं सहित"])
def test_closings_officers_write_are_never_the_name(run_triage: Any, closing: str) -> None:
    v = verdict(run_triage, sender=GENERIC, subject="SSO ID status",
                body=STATUS_ASK + f"{closing},\nK. Rao\nASM, Custom House Kandla\n" + "\n".join(CONTACTS) + "\n")
    assert v.signature.name == "K. Rao"
    assert v.missing == ()


def test_a_signature_in_an_html_table_row_is_read_cell_by_cell(run_triage: Any) -> None:
    html = ("<html><body><div>Sir,</div><div>Kindly check whether an SSO ID has been created in the name of the "
            "officer below.</div><div>Name: Harsh Chaudhary</div><div>Designation: Inspector</div>"
            "<div>Mobile: 9712034561</div><div>Regards,</div><table><tr><td>K. Rao</td><td>ASM</td>"
            "<td>Custom House Kandla</td></tr><tr><td>k.rao@icegate.gov.in</td><td>98480 22338</td></tr>"
            "</table></body></html>")
    mail = email.message_from_bytes(make_mail(sender=GENERIC, subject="SSO ID status", body="x"),
                                    policy=email.policy.default)
    mail.set_content(html, subtype="html")
    v = run_triage(mail.as_bytes())
    assert (v.signature.name, v.signature.designation) == ("K. Rao", "ASM"), v.signature
    assert v.missing == ()



@pytest.mark.parametrize("lines", [
    ("EA (EDI)", "Systems Section, CGST & CX Kochi"),
    ("TA (EDP) | EDI Section, Custom House, Chennai",),
    ("DC, EDI, EDI Section, Custom House, Chennai",),
    ("ICD Tughlakabad, New Delhi", "सत्यमेव जयते"),
    ("Custom House, 15/1 Strand Road, Kolkata - 700001", "Satyameva Jayate",
     "Please do not print this e-mail unless necessary."),
])
def test_a_post_an_office_or_a_motto_is_never_the_signature_name(run_triage: Any, lines: tuple[str, ...]) -> None:
    v = verdict(run_triage, sender=GENERIC, subject="SSO ID status", body=STATUS_ASK + signed(*lines, *CONTACTS))
    assert "signature_name" in v.missing, v.signature


def test_a_motto_and_a_print_notice_under_the_signature_are_footer(run_triage: Any) -> None:
    v = verdict(run_triage, sender=GENERIC, subject="SSO ID status",
                body=STATUS_ASK + signed("K. Rao", "ASM, Custom House Kandla", *CONTACTS, "सत्यमेव जयते",
                                         "Please do not print this e-mail unless necessary."))
    assert v.signature.name == "K. Rao" and v.missing == ()


def test_what_stands_under_an_outlook_header_block_in_hindi_is_quoted(run_triage: Any) -> None:
    body = ("Sir,\n\nKindly reset the password of my SSO ID.\n\nName: Mohammed Irfan Sheikh\nSSO ID: 40716607\n"
            "Mobile: 7506216607\n\nRegards\nMohammed Irfan Sheikh\n\n________________________________\n"
            "प्रेषक: Mohammed Irfan Sheikh <irfan.sheikh@icegate.gov.in>\nभेजा गया: शुक्रवार, 28 नवंबर 2025 4:05 PM\n"
            "प्रति: Saksham Seva <saksham.seva@icegate.gov.in>\nविषय: Password reset\n\nSir,\n\n"
            "Designation: Examiner\n")
    v = verdict(run_triage, sender="<irfan.sheikh@icegate.gov.in>", subject="RE: Password reset", body=body)
    assert v.missing == ("designation",), v.details


@pytest.mark.parametrize("body", [
    "sir mera sso id bana hai ya nahi pls check kar do\n- Amit Yadav, Insp, mob 87654-32109\n",
    "pls check if sso id is created for me\nAmit Yadav insp 8765432109\n",
    "plz chk my sso id created or not. Amit Yadav/Insp/8765432109\n",
    "sso id exists or not pls confirm asap\nrgds\namit yadav, insp, 08765432109\n",
    "is there any sso id in my name? joined 2019\nname amit yadav\ndesig insp\nmob +91 87654 32109\n\n"
    "Sent from my iPhone\n",
    "मेरी SSO ID बनी है या नहीं, कृपया बताएं। नाम - Amit Yadav, निरीक्षक, मोबाइल 8765432109\n",
])
def test_a_name_typed_on_a_phone_is_read(run_triage: Any, body: str) -> None:
    v = verdict(run_triage, sender="<amit.yadav.1988@gmail.com>", subject="sso id", body=body)
    assert v.details.name.lower() == "amit yadav", v.details
    assert v.request_type == "sso_status" and v.missing == ()


@pytest.mark.parametrize("body", ["Sir,\nWhether any SSO ID is in my name?\n\nपदनाम: Inspector\n"
                                  "मोबाइल नं.: 9443312345\n",
                                  "Sir,\nWhether any SSO ID is in my name?\n\nDesignation: Inspector\n"
                                  "Mobile - 9443312345\n"])
def test_a_label_is_never_a_name(run_triage: Any, body: str) -> None:
    v = verdict(run_triage, sender=GMAIL, subject="SSO ID", body=body)
    assert "name" in v.missing, v.details


@pytest.mark.parametrize("plain", ["", "This is an HTML message. Please use an HTML capable mail program.\n"])
def test_a_plain_part_that_is_empty_or_a_stub_gives_way_to_the_html(run_triage: Any, plain: str) -> None:
    html = ("<div>Sir,</div><div>I have lost the password of my SSO ID. Kindly reset it.</div>"
            "<div><b>Name:</b> Shweta Nanda</div><div><b>Designation:</b> Superintendent</div>"
            "<div><b>SSO ID:</b> 92210384</div><div><b>Mobile No.:</b> 97112&nbsp;03348</div>")
    mail = email.message_from_bytes(make_mail(sender="<shweta.nanda@icegate.gov.in>", subject="Password reset",
                                              body=plain or "\n"), policy=email.policy.default)
    mail.add_alternative(html, subtype="html")
    v = run_triage(mail.as_bytes())
    assert (v.request_type, v.missing, v.action) == ("password_reset", (), "acknowledge"), v.details


def test_a_signature_marker_in_hindi_is_no_name(run_triage: Any) -> None:
    v = verdict(run_triage, sender=GENERIC, subject="SSO ID status",
                body=STATUS_ASK + "भवदीय,\n(हस्ताक्षर)\nसहायक आयुक्त (प्रणाली)\nk.rao@icegate.gov.in\n9848022338\n")
    assert "signature_name" in v.missing, v.signature


@pytest.mark.parametrize("body", [
    "Sir,\nWhether any SSO ID is in my name?\n\nपदनाम / Designation: Inspector\nमोबाइल / Mobile: 09090449377\n",
    "महोदय,\nकृपया बताएं कि मेरे नाम पर कोई एसएसओ आईडी बनी है या नहीं।\nपदनाम: सहायक आयुक्त\nमोबाइल: 9090449377\n",
])
def test_a_label_in_hindi_or_two_languages_is_no_name(run_triage: Any, body: str) -> None:
    v = verdict(run_triage, sender=GMAIL, subject="SSO ID", body=body)
    assert "name" in v.missing, v.details


def test_a_table_rule_line_is_no_footer(run_triage: Any) -> None:
    body = ("Sir,\nPlease let us know whether an SSO ID exists for the officer below.\n\nDesignation: Examiner\n\n"
            "Mobile No.  | Alternate e-mail ID\n------------+--------------------\n84464-82217 | deepaj71@yahoo.com\n\n"
            "With regards\nK. Rao\nASM, Custom House Kandla\n" + "\n".join(CONTACTS) + "\n")
    v = verdict(run_triage, sender=GENERIC, subject="SSO ID status", body=body)
    assert v.signature.name == "K. Rao" and not any(m.startswith("signature_") for m in v.missing), v.signature


def test_the_officers_name_stated_in_the_third_person_counts(run_triage: Any) -> None:
    v = verdict(run_triage, sender=GMAIL, subject="SSO ID status", body=STATUS_NO_NAME.format(
        ask="Kindly check whether an SSO ID exists. The officer's name is Anita Kulkarni."))
    assert v.details.name == "Anita Kulkarni"


def test_a_user_id_in_hindi_with_its_english_gloss_is_an_sso_id(run_triage: Any) -> None:
    v = verdict(run_triage, sender=ICEGATE, subject="Password reset",
                body=RESET.format(sso="यूज़र आईडी (User ID): BBS40213"))
    assert "sso_id" not in v.missing, v.details


@pytest.mark.parametrize("sso", ["The SSO ID allotted to me was VRATHORE59.", "The SSO ID of the officer is VRATHORE59.",
                                 "My SSO ID was 30678123 before the transfer."])
def test_an_sso_id_stated_in_a_sentence_counts(run_triage: Any, sso: str) -> None:
    v = verdict(run_triage, sender=ICEGATE, subject="Password reset", body=RESET.format(sso=sso))
    assert "sso_id" not in v.missing, v.details


def test_a_name_stated_in_hinglish_counts(run_triage: Any) -> None:
    v = verdict(run_triage, sender=GMAIL, subject="SSO ID status", body=STATUS_NO_NAME.format(
        ask="Meri SSO ID pehle se hai ya nahi, check kar dijiye. Mera naam Fatima Shaikh hai."))
    assert v.details.name == "Fatima Shaikh"
