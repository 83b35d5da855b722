"""The vocabulary the transformations rewrite with: designations, labels, digits, honorifics.

Forms are the ones officers of CBIC really write (Supdt., AC, DC, अधीक्षक...);
they are kept here, apart from maild's rules, on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Designation:
    """One designation: its long form and the ways officers shorten or translate it ("" = none)."""

    long: str
    dotted: str
    acronym: str
    hindi: str
    other_short: tuple[str, ...] = ()


# Longest first, so that "Alternate System Manager" is matched before "System Manager".
DESIGNATIONS: tuple[Designation, ...] = (
    Designation("Alternate System Manager", "", "ASM", "वैकल्पिक सिस्टम मैनेजर"),
    Designation("Principal Commissioner", "Pr. Commissioner", "", "प्रधान आयुक्त"),
    Designation("Additional Commissioner", "Addl. Commissioner", "ADC", "अपर आयुक्त"),
    Designation("Assistant Commissioner", "Asstt. Commissioner", "AC", "सहायक आयुक्त",
                ("Asst. Commissioner",)),
    Designation("Deputy Commissioner", "Dy. Commissioner", "DC", "उपायुक्त"),
    Designation("Joint Commissioner", "Jt. Commissioner", "JC", "संयुक्त आयुक्त"),
    Designation("Additional Director", "Addl. Director", "", "अपर निदेशक"),
    Designation("Assistant Director", "Asstt. Director", "", "सहायक निदेशक"),
    Designation("Deputy Director", "Dy. Director", "", "उप निदेशक"),
    Designation("Joint Director", "Jt. Director", "", "संयुक्त निदेशक"),
    Designation("Preventive Officer", "", "PO", "निवारक अधिकारी"),
    Designation("System Manager", "", "SM", "सिस्टम मैनेजर"),
    Designation("Superintendent", "Supdt.", "", "अधीक्षक"),
    Designation("Commissioner", "", "", "आयुक्त"),
    Designation("Inspector", "Insp.", "", "निरीक्षक", ("Inspr.",)),
    Designation("Appraiser", "", "", "मूल्यांकक"),
    Designation("Examiner", "", "", "परीक्षक"),
)

# What follows a designation, in Hindi: "(Systems)" -> "(प्रणाली)", " of Customs" -> ", सीमा शुल्क".
HINDI_QUALIFIERS: tuple[tuple[str, str], ...] = (
    (" of Customs", ", सीमा शुल्क"),
    (" of Central Tax", ", केंद्रीय कर"),
    ("(Systems)", "(प्रणाली)"),
    ("(Preventive)", "(निवारक)"),
    ("(on deputation)", "(प्रतिनियुक्ति पर)"),
    (" & ", " एवं "),
)

# English label (as a regular expression, matched at the start of a line) -> its Hindi form.
HINDI_LABELS: tuple[tuple[str, str], ...] = (
    (r"Alternate\s+e-?mail(?:\s+ID)?", "वैकल्पिक ईमेल आईडी"),
    (r"Name", "नाम"),
    (r"Designation", "पदनाम"),
    (r"Mobile(?:\s+No\.?|\s+Number)?|Mob\.?|Cell", "मोबाइल नं."),
    (r"SSO\s*ID", "एसएसओ आईडी"),
    (r"E-?mail(?:\s+ID)?", "ईमेल"),
    (r"Office", "कार्यालय"),
    (r"Ph(?:one)?\.?|Tel\.?", "दूरभाष"),
)

DEVANAGARI_DIGITS = "०१२३४५६७८९"
GUJARATI_DIGITS = "૦૧૨૩૪૫૬૭૮૯"
BENGALI_DIGITS = "০১২৩৪৫৬৭৮৯"

# Given names of the women who sign the sample mails (for "Smt." / "Ms."); every other name is a man's.
WOMEN = frozenset({"Kavitha", "Krithika", "Harpreet", "Ritu", "Lavanya", "Bhuvaneswari", "Sreeja", "Geetha",
                   "Bhavna", "Anandhi", "Sravani", "Neha", "Harini", "Abinaya", "Mariya"})

# honorific style -> (man, woman, man in Devanagari, woman in Devanagari)
HONORIFICS: dict[str, tuple[str, str, str, str]] = {
    "shri": ("Shri", "Smt.", "श्री", "श्रीमती"),
    "sh": ("Sh.", "Ms.", "श्री", "सुश्री"),
    "dr": ("Dr.", "Dr.", "डॉ.", "डॉ."),
}

FOOTERS: dict[str, str] = {
    "iphone": "Sent from my iPhone",
    "samsung": "Sent from my Samsung Galaxy smartphone.",
    "outlook_android": "Get Outlook for Android",
}

# An earlier mail of someone else, quoted below the sender's text: it names another officer, his
# designation, SSO ID, mobile and alternate e-mail, asks for other things and names documents that
# this mail does not carry. None of it is this mail's content.
QUOTED_OLDER_MAIL: tuple[str, ...] = (
    "Sir,",
    "",
    "Kindly reset the password of my SSO ID and update my designation on promotion. The",
    "promotion order, my transfer order, the local posting order, the charge report and the",
    "first page of my service book are attached, with the SSO ID creation template.",
    "",
    "Name: Sunil Rawat",
    "Designation: Deputy Commissioner",
    "SSO ID: 57310284",
    "Mobile No.: 9876012345",
    "Alternate e-mail ID: sunil.rawat.1979@gmail.com",
    "",
    "Regards,",
    "Sunil Rawat",
    "Deputy Commissioner",
    "Custom House, New Delhi",
    "Email: sunil.rawat@icegate.gov.in",
    "Mobile: 9876012345",
)

QUOTE_HEADERS: dict[str, tuple[str, ...]] = {
    # Outlook desktop, plain text reply.
    "original_message": (
        "-----Original Message-----",
        "From: Sunil Rawat <sunil.rawat@icegate.gov.in>",
        "Sent: Monday, October 6, 2025 10:15 AM",
        "To: saksham.seva@icegate.gov.in",
        "Cc: sysmgr.dlh@icegate.gov.in",
        "Subject: Password reset and designation update - Sunil Rawat",
    ),
    # Outlook on the web / Outlook for Android: a rule, then the header block.
    "header_block": (
        "________________________________",
        "From: Sunil Rawat <sunil.rawat@icegate.gov.in>",
        "Sent: 06 October 2025 10:15",
        "To: Saksham Seva Helpdesk <saksham.seva@icegate.gov.in>",
        "Subject: Password reset and designation update - Sunil Rawat",
    ),
}
