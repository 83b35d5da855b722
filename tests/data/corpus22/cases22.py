"""The cases of corpus22 (loaded by make.py). Expected verdicts are hand-derived from the contract."""
# flake8: noqa: E501


def add_cases(m):
    case, letter, sig, sm_sig, R, D = m.case, m.letter, m.sig, m.sm_sig, m.R, m.D
    tmpl, sb, promo, tro, pso, chg, cert, shot = m.tmpl, m.sb, m.promo, m.tro, m.pso, m.chg, m.cert, m.shot
    ZIMBRA, OUTLOOK, TB, IPHONE, YAHOO, REDIFF, GMAIL = m.ZIMBRA, m.OUTLOOK, m.TB, m.IPHONE, m.YAHOO, m.REDIFF, m.GMAIL
    rows_with, TROWS = m.rows_with, m.TROWS
    SM, SMN = "sysmgr.jaipur@icegate.gov.in", "प्रणाली प्रबंधक, सीमा शुल्क जयपुर"
    CRE_SUBJ = "नव नियुक्त निरीक्षकों के एसएसओ आईडी एवं आइसगेट ई-मेल आईडी सृजन हेतु अनुरोध"
    CRE_P = ["उपर्युक्त विषय के संबंध में निवेदन है कि इस आयुक्तालय में दिनांक 27.10.2025 को कार्यभार ग्रहण करने वाले "
             "नव नियुक्त निरीक्षकों के लिए एसएसओ आईडी (SSO ID) एवं आइसगेट ई-मेल आईडी का सृजन किया जाना है।",
             "निर्धारित टेम्पलेट (एक्सेल शीट) विधिवत भरकर तथा अधिकारियों की सेवा पुस्तिका के प्रथम पृष्ठ की स्कैन प्रति इस ई-मेल के साथ संलग्न है।"]
    BOOKS = [sb("सेवा पुस्तिका - अंकित चौधरी.pdf", "Ankit Choudhary", "11/04/1997", "27/10/2025"),
             sb("सेवा पुस्तिका - पूजा कुमारी सैनी.pdf", "Pooja Kumari Saini", "23/01/1998", "27/10/2025")]

    # ================================================================ sso_creation
    case("creation-sysmgr-rajbhasha-complete",
         "System Manager's generic ICEGATE ID: a whole Rajbhasha office letter (विषय/संदर्भ/महोदय/भवदीय/(हस्ताक्षर)/संलग्न: यथोपरि), "
         "Hindi title rows and Hindi designations in a clean two-officer template, two text-layer service books with Devanagari RFC 2231 names; full Hindi signature",
         SMN, SM, CRE_SUBJ,
         letter(CRE_SUBJ, CRE_P, sm_sig(), sandarbh="इस कार्यालय का पत्र सं. S2/08/2025-EDI दिनांक 14.11.2025", encl="यथोपरि"),
         [tmpl(TROWS)] + BOOKS, kind="generic", rt="sso_creation")

    case("creation-ac-icegate-bilingual-jpeg-books",
         "Assistant Commissioner's individual ICEGATE ID: Hindi paragraph then the same in English; template plus two phone photos 'सेवा पुस्तिका 1.jpg' / '2.jpg' (RFC 2047 names)",
         "महेंद्र सिंह राठौड़", "mahendra.rathore@icegate.gov.in", "एसएसओ आईडी सृजन हेतु / Request for creation of SSO ID",
         letter("एसएसओ आईडी सृजन हेतु", CRE_P, sig("महेंद्र सिंह राठौड़", "सहायक आयुक्त (प्रणाली)", phone="मोबाइल: 9413377820", closing="भवदीय / Yours faithfully,"),
                english=["Sir/Madam,", "Please create SSO IDs and ICEGATE e-mail IDs for the two newly appointed Inspectors in the attached template.",
                         "The first page of their service books is attached."]),
         [tmpl(TROWS, name="SSO_template_Jaipur.xlsx"), sb("सेवा पुस्तिका 1.jpg", style="2047", tag=11), sb("सेवा पुस्तिका 2.jpg", style="2047", tag=12)],
         kind="icegate", rt="sso_creation", cte="b64")

    case("creation-sysmgr-sig-no-phone",
         "System Manager's generic ICEGATE ID, complete documents; the Hindi signature gives name, designation and an individual e-mail ID but no contact number anywhere",
         SMN, SM, CRE_SUBJ, letter(CRE_SUBJ, CRE_P, sm_sig(phone=None), encl="यथोपरि"),
         [tmpl(TROWS)] + BOOKS, kind="generic", rt="sso_creation", missing=["signature_phone"])

    case("creation-sysmgr-sig-only-generic-email",
         "System Manager's generic ICEGATE ID, complete documents; the signature's only e-mail ID is the System Manager mailbox itself (not an individual e-mail ID)",
         SMN, SM, CRE_SUBJ, letter(CRE_SUBJ, CRE_P, sm_sig(email=f"ई-मेल: {SM}"), encl="यथोपरि"),
         [tmpl(TROWS)] + BOOKS, kind="generic", rt="sso_creation", missing=["signature_email"])

    case("creation-edi-sig-no-designation",
         "EDI section's generic ICEGATE ID, complete documents; the signature has a name, an individual ICEGATE ID and a mobile but no designation",
         "ईडीआई अनुभाग, सीमा शुल्क गृह कांडला", "edi.kandla@icegate.gov.in", CRE_SUBJ,
         letter(CRE_SUBJ, CRE_P, sig("हरीश चंद्र पटेल", None, "ई-मेल: harish.patel@icegate.gov.in", "मो.: 9426055123", office="ईडीआई अनुभाग, सीमा शुल्क गृह, कांडला")),
         [tmpl(TROWS)] + BOOKS, kind="generic", rt="sso_creation", missing=["signature_designation"])

    case("creation-admin-sig-no-name",
         "Commissionerate admin's generic ICEGATE ID, complete documents; the sign-off is '(हस्ताक्षर)' with designation, individual e-mail and mobile but no name",
         "आयुक्तालय एडमिन", "admin.cgstudaipur@icegate.gov.in", CRE_SUBJ,
         letter(CRE_SUBJ, CRE_P, sig(None, "अधीक्षक (प्रणाली), केंद्रीय जीएसटी आयुक्तालय, उदयपुर", "ई-मेल: nirmala.joshi@icegate.gov.in", "मोबाइल: 9352201478")),
         [tmpl(TROWS)] + BOOKS, kind="generic", rt="sso_creation", missing=["signature_name"])

    case("creation-ac-template-only-book-later",
         "Assistant Commissioner's ICEGATE ID sends the template; 'सेवा पुस्तिका की प्रतियां पृथक ई-मेल द्वारा भेजी जाएंगी' (service books to follow)",
         "रीना अग्रवाल", "reena.agarwal@icegate.gov.in", CRE_SUBJ,
         letter(CRE_SUBJ, [CRE_P[0], "भरा हुआ टेम्पलेट संलग्न है। सेवा पुस्तिका की प्रतियां पृथक ई-मेल द्वारा भेजी जाएंगी।"],
                sig("रीना अग्रवाल", "सहायक आयुक्त", phone="9414098765")),
         [tmpl(TROWS)], kind="icegate", rt="sso_creation", missing=["service_book"])

    case("creation-ac-books-only-template-later",
         "Assistant Commissioner's ICEGATE ID sends only the two service books; the template 'शीघ्र भेजा जाएगा'",
         "रीना अग्रवाल", "reena.agarwal@icegate.gov.in", CRE_SUBJ,
         letter(CRE_SUBJ, [CRE_P[0], "अधिकारियों की सेवा पुस्तिका की प्रतियां संलग्न हैं। टेम्पलेट शीघ्र भेजा जाएगा।"],
                sig("रीना अग्रवाल", "सहायक आयुक्त", phone="9414098765")),
         BOOKS, kind="icegate", rt="sso_creation", missing=["template"])

    case("creation-inspector-gmail-own-request",
         "A new निरीक्षक writes in Hindi from his personal Gmail with his own template and service book (not an ICEGATE sender)",
         "Ankit Choudhary", "ankit.choudhary97@gmail.com", "नई एसएसओ आईडी बनाने हेतु आवेदन",
         "महोदय,\n\nमैंने दिनांक 27.10.2025 को सीमा शुल्क आयुक्तालय (निवारक), जयपुर में निरीक्षक के पद पर कार्यभार ग्रहण किया है। "
         "कृपया मेरी नई एसएसओ आईडी एवं आइसगेट ई-मेल आईडी बनाने का कष्ट करें। टेम्पलेट एवं सेवा पुस्तिका संलग्न है।\n\nधन्यवाद सहित,\nअंकित चौधरी\nनिरीक्षक\nमोबाइल: 9460112233\n",
         [tmpl(TROWS[:1], name="template.xlsx"), BOOKS[0]], kind="personal", rt="sso_creation", missing=["icegate_sender"],
         mailer=GMAIL, html=True)

    case("creation-nic-systems-full-sig",
         "A Commissionerate's Systems mailbox on nic.in (generic, not ICEGATE) sends a clean template and books with a full Hindi signature",
         "प्रणाली अनुभाग", "systems.cgstbhopal@nic.in", CRE_SUBJ,
         letter(CRE_SUBJ, CRE_P, sig("विनोद कुमार तिवारी", "उपायुक्त (प्रणाली)", "ई-मेल: vinod.tiwari@icegate.gov.in", "दूरभाष: 0755-2553012", office="केंद्रीय जीएसटी आयुक्तालय, भोपाल")),
         [tmpl(TROWS)] + BOOKS, kind="generic", rt="sso_creation", missing=["icegate_sender"], mailer={"X-Mailer": "Zimbra 8.8.15 (NIC)"})

    case("creation-template-initials-first-name",
         "System Manager's generic ICEGATE ID, full signature; row 5's first name is written 'R.K.' (initials only)",
         SMN, SM, CRE_SUBJ, letter(CRE_SUBJ, CRE_P, sm_sig(), encl="यथोपरि"),
         [tmpl(rows_with(1, first_name="R.K.", middle_name=""))] + BOOKS,
         kind="generic", rt="sso_creation", errors=[(5, "first_name", "initials_in_name")])

    case("creation-template-duplicate-mobile",
         "System Manager's generic ICEGATE ID, full signature; row 5 repeats row 4's mobile number",
         SMN, SM, CRE_SUBJ, letter(CRE_SUBJ, CRE_P, sm_sig(), encl="यथोपरि"),
         [tmpl(rows_with(1, mobile=9460112233))] + BOOKS,
         kind="generic", rt="sso_creation", errors=[(5, "mobile", "duplicate_mobile")])

    case("creation-template-dob-31-feb",
         "Deputy Commissioner's ICEGATE ID; row 4's date of birth is 31/02/1997 (no such date)",
         "कविता शर्मा", "kavita.sharma@icegate.gov.in", CRE_SUBJ,
         letter(CRE_SUBJ, CRE_P, sig("कविता शर्मा", "उपायुक्त (कार्मिक एवं सतर्कता)", phone="मोबाइल: 9829011223")),
         [tmpl(rows_with(0, date_of_birth="31/02/1997"))] + BOOKS,
         kind="icegate", rt="sso_creation", errors=[(4, "date_of_birth", "invalid_date")])

    case("creation-template-mobile-empty",
         "System Manager's generic ICEGATE ID, full signature; row 5 has no mobile number (red column)",
         SMN, SM, CRE_SUBJ, letter(CRE_SUBJ, CRE_P, sm_sig(), encl="यथोपरि"),
         [tmpl(rows_with(1, mobile=""))] + BOOKS,
         kind="generic", rt="sso_creation", errors=[(5, "mobile", "missing_mandatory")])

    case("creation-template-alt-email-icegate",
         "Assistant Commissioner's ICEGATE ID; row 4's alternate e-mail is an icegate.gov.in address instead of a personal one",
         "महेंद्र सिंह राठौड़", "mahendra.rathore@icegate.gov.in", CRE_SUBJ,
         letter(CRE_SUBJ, CRE_P, sig("महेंद्र सिंह राठौड़", "सहायक आयुक्त (प्रणाली)", phone="मोबाइल: 9413377820")),
         [tmpl(rows_with(0, alt_email="ankit.choudhary@icegate.gov.in"))] + BOOKS,
         kind="icegate", rt="sso_creation", errors=[(4, "alt_email", "generic_alt_email")])

    case("creation-template-mobile-starts-5",
         "System Manager's generic ICEGATE ID, full signature; row 4's mobile starts with 5",
         SMN, SM, CRE_SUBJ, letter(CRE_SUBJ, CRE_P, sm_sig(), encl="यथोपरि"),
         [tmpl(rows_with(0, mobile=5460112233))] + BOOKS,
         kind="generic", rt="sso_creation", errors=[(4, "mobile", "invalid_mobile")])

    case("creation-certification-letter-jc",
         "System Manager's generic ICEGATE ID: the officer's service book is not yet received from the previous department, so a certificate signed by the संयुक्त आयुक्त is attached with a clean one-officer template",
         SMN, SM, "एसएसओ आईडी सृजन हेतु - सेवा पुस्तिका के स्थान पर प्रमाण पत्र",
         letter("श्रीमती सुनीता देवी कुशवाहा, निरीक्षक की एसएसओ आईडी सृजन हेतु",
                ["उपर्युक्त विषय के संबंध में निवेदन है कि श्रीमती सुनीता देवी कुशवाहा, निरीक्षक ने दिनांक 03.11.2025 को कार्यभार ग्रहण किया है। "
                 "उनकी सेवा पुस्तिका पूर्व विभाग से अभी प्राप्त नहीं हुई है, अतः संयुक्त आयुक्त द्वारा हस्ताक्षरित प्रमाण पत्र (नाम, जन्म तिथि एवं कार्यग्रहण तिथि) सेवा पुस्तिका के स्थान पर संलग्न है।"],
                sm_sig(), encl="यथोपरि"),
         [tmpl([R(1, "Sunita", "Devi", "Kushwaha", "निरीक्षक", "14/07/1995", "03/11/2025", 9571203344, "sunita.kushwaha95@gmail.com", "सीमा शुल्क आयुक्तालय (निवारक), जयपुर")]),
          cert()], kind="generic", rt="sso_creation", action="review")

    case("creation-dri-coin-posting-abroad",
         "Additional Director of DRI HQ (individual ICEGATE ID) asks in Hindi for an SSO ID for an officer on COIN posting at an Indian Embassy abroad; template and service book complete",
         "अजय प्रताप सिंह", "ajay.pratap@icegate.gov.in", "कॉइन (COIN) तैनाती पर अधिकारी की एसएसओ आईडी सृजन हेतु",
         letter("विदेश स्थित भारतीय दूतावास में कॉइन (COIN) तैनाती पर अधिकारी की एसएसओ आईडी सृजन हेतु",
                ["उपर्युक्त विषय के संबंध में, श्री नितिन यादव, अधीक्षक, जो प्रतिनियुक्ति पर भारतीय दूतावास, दुबई में कॉइन (COIN) तैनाती पर हैं, की एसएसओ आईडी एवं आइसगेट ई-मेल आईडी का सृजन किया जाना है। "
                 "टेम्पलेट एवं सेवा पुस्तिका संलग्न है।"],
                sig("अजय प्रताप सिंह", "अपर निदेशक, राजस्व आसूचना निदेशालय (मुख्यालय), नई दिल्ली", phone="दूरभाष: 011-23512345")),
         [tmpl([R(1, "Nitin", "", "Yadav", "Superintendent", "02/02/1988", "15/06/2012", 9810223344, "nitin.yadav88@gmail.com", "DRI Headquarters", "Dubai")]),
          sb("सेवा पुस्तिका.pdf", "Nitin Yadav", "02/02/1988", "15/06/2012")],
         kind="icegate", rt="sso_creation", action="review")

    case("creation-sysmgr-dmarc-fail",
         "A complete Hindi creation request claiming the System Manager's ICEGATE ID, sent from an outside server; the receiving server's Authentication-Results says dmarc=fail",
         SMN, SM, CRE_SUBJ, letter(CRE_SUBJ, CRE_P, sm_sig(), encl="यथोपरि"),
         [tmpl(TROWS)] + BOOKS, kind="generic", rt="sso_creation", action="review",
         ar=m.fail_ar("icegate.gov.in", "sysmgr.jaipur"), mailer={"X-Mailer": "PHPMailer 6.8.0"})

    case("creation-reminder-no-attachments",
         "स्मरण पत्र (reminder) from the System Manager's generic ICEGATE ID about an earlier creation request, nothing attached; judged on its own, the template and service book are missing",
         SMN, SM, "स्मरण पत्र: " + CRE_SUBJ,
         letter("स्मरण पत्र - " + CRE_SUBJ,
                ["उपर्युक्त विषय के संबंध में इस कार्यालय का ई-मेल दिनांक 10.11.2025 कृपया देखें, जिसके द्वारा दो नव नियुक्त निरीक्षकों की एसएसओ आईडी सृजन हेतु अनुरोध किया गया था। "
                 "आज दिनांक तक एसएसओ आईडी सृजित नहीं हुई है। कृपया शीघ्र कार्रवाई करें।"], sm_sig()),
         [], kind="generic", rt="sso_creation", missing=["service_book", "template"])

    case("creation-sysmgr-forwards-officer-mail",
         "System Manager's generic ICEGATE ID forwards ('---------- Forwarded message ---------') an Inspector's Hindi request from his Gmail, with template and service book attached; forwarder signs fully in Hindi",
         SMN, SM, "Fwd: नई एसएसओ आईडी हेतु",
         "सत्यापित कर अग्रेषित।\n\nसादर,\n(सुरेश कुमार मीणा)\nअधीक्षक एवं प्रणाली प्रबंधक\nई-मेल: suresh.meena@icegate.gov.in\nमोबाइल: 9414012345\n\n"
         "---------- Forwarded message ---------\nFrom: Ankit Choudhary <ankit.choudhary97@gmail.com>\nDate: Fri, 14 Nov 2025 at 16:20\nSubject: नई एसएसओ आईडी हेतु\nTo: <sysmgr.jaipur@icegate.gov.in>\n\n"
         "महोदय,\nकृपया मेरी एसएसओ आईडी बनवाने का कष्ट करें। टेम्पलेट एवं सेवा पुस्तिका संलग्न है।\nअंकित चौधरी, निरीक्षक\n",
         [tmpl(TROWS[:1], name="अंकित चौधरी टेम्पलेट.xlsx"), BOOKS[0]], kind="generic", rt="sso_creation")

    case("creation-reply-book-sent-template-in-quote",
         "Inspector-in-charge's ICEGATE ID replies (Gmail in Hindi: 'को ... ने लिखा:' and '>' lines) sending the service book the helpdesk asked for; the template is only mentioned in the quoted mails",
         "प्रवीण जाखड़", "praveen.jakhar@icegate.gov.in", "Re: एसएसओ आईडी सृजन हेतु",
         "महोदय,\nमांगी गई सेवा पुस्तिका संलग्न है।\n\nसादर,\nप्रवीण जाखड़\nअधीक्षक\n\n"
         "सोम, 17 नव॰ 2025 को 11:02 am बजे Saksham Seva <saksham.seva@icegate.gov.in> ने लिखा:\n"
         "> कृपया सेवा पुस्तिका भेजें।\n>\n> 14 नव॰ 2025 को praveen.jakhar@icegate.gov.in ने लिखा:\n>> एसएसओ आईडी सृजन हेतु टेम्पलेट संलग्न है।\n",
         [sb("सेवा पुस्तिका.pdf", "Ankit Choudhary", "11/04/1997", "27/10/2025")],
         kind="icegate", rt="sso_creation", missing=["template"], mailer=GMAIL)

    case("creation-devanagari-digit-phone-sig",
         "Additional Commissioner's office (generic ICEGATE ID) with a clean template and books; the signature's mobile is written in Devanagari digits (९४१४०५५६६७)",
         "अपर आयुक्त कार्यालय", "addlcommr.ajmer@icegate.gov.in", CRE_SUBJ,
         letter(CRE_SUBJ, CRE_P, sig("ओम प्रकाश गुर्जर", "वरिष्ठ कर सहायक, अपर आयुक्त कार्यालय, अजमेर", "ई-मेल: omprakash.gurjar@icegate.gov.in", "मोबाइल: ९४१४०५५६६७")),
         [tmpl(TROWS)] + BOOKS, kind="generic", rt="sso_creation")

    case("creation-template-bad-alt-email",
         "Deputy Commissioner's ICEGATE ID; row 5's alternate e-mail has no '@'",
         "कविता शर्मा", "kavita.sharma@icegate.gov.in", CRE_SUBJ,
         letter(CRE_SUBJ, CRE_P, sig("कविता शर्मा", "उपायुक्त", phone="मोबाइल: 9829011223")),
         [tmpl(rows_with(1, alt_email="poojasaini.k.yahoo.com"))] + BOOKS,
         kind="icegate", rt="sso_creation", errors=[(5, "alt_email", "invalid_email")])

    case("creation-template-duplicate-alt-email",
         "System Manager's generic ICEGATE ID, full signature; row 5 repeats row 4's alternate e-mail",
         SMN, SM, CRE_SUBJ, letter(CRE_SUBJ, CRE_P, sm_sig(), encl="यथोपरि"),
         [tmpl(rows_with(1, alt_email="ankit.choudhary97@gmail.com"))] + BOOKS,
         kind="generic", rt="sso_creation", errors=[(5, "alt_email", "duplicate_alt_email")])

    case("creation-unreadable-template",
         "Superintendent's ICEGATE ID sends 'एसएसओ आईडी सृजन टेम्पलेट.xlsx' (SSO ID creation template) that is not a zip (old binary format under an .xlsx name) with the service book",
         "प्रवीण जाखड़", "praveen.jakhar@icegate.gov.in", CRE_SUBJ,
         letter(CRE_SUBJ, CRE_P, sig("प्रवीण जाखड़", "अधीक्षक", phone="मोबाइल: 9571100223")),
         [m.junk_xlsx(), BOOKS[0]], kind="icegate", rt="sso_creation", errors=[(0, "", "unreadable")])

    case("creation-template-doj-future",
         "System Manager's generic ICEGATE ID, full signature; row 4's date of joining is 27/10/2026 (after the mail's date)",
         SMN, SM, CRE_SUBJ, letter(CRE_SUBJ, CRE_P, sm_sig(), encl="यथोपरि"),
         [tmpl(rows_with(0, date_of_joining="27/10/2026"))] + BOOKS,
         kind="generic", rt="sso_creation", errors=[(4, "date_of_joining", "invalid_date")])

    case("creation-three-officers-real-dates-complete",
         "Joint Commissioner's ICEGATE ID; three officers (परीक्षक, मूल्यांकक, निवारक अधिकारी) with real spreadsheet dates under an English title row; one image-only scanned PDF of the three service books",
         "राजीव रंजन", "rajiv.ranjan@icegate.gov.in", "सीमा शुल्क गृह, मुंबई - एसएसओ आईडी सृजन",
         letter("नव नियुक्त परीक्षक/निवारक अधिकारियों की एसएसओ आईडी सृजन हेतु",
                ["उपर्युक्त विषय के संबंध में तीन नव नियुक्त अधिकारियों का विवरण टेम्पलेट में एवं उनकी सेवा पुस्तिकाओं की स्कैन प्रति संलग्न है।"],
                sig("राजीव रंजन", "संयुक्त आयुक्त, सीमा शुल्क गृह, मुंबई", phone="मोबाइल: 9820456123")),
         [tmpl([R(1, "Sagar", "", "Patil", "परीक्षक", D(1996, 5, 2), D(2025, 9, 29), 9820011001, "sagar.patil96@gmail.com", "New Custom House, Mumbai"),
                R(2, "Neha", "", "Bhosale", "मूल्यांकक", D(1993, 8, 19), D(2025, 9, 29), 9820011002, "neha.bhosale93@outlook.com", "New Custom House, Mumbai"),
                R(3, "Imran", "", "Shaikh", "निवारक अधिकारी", D(1997, 12, 7), D(2025, 9, 29), 9820011003, "imran.shaikh97@gmail.com", "New Custom House, Mumbai")],
               titles=("Template for SSO ID and ICEGATE Email ID Creation",)),
          sb("सेवा पुस्तिकाएं (स्कैन).pdf", img=True)],
         kind="icegate", rt="sso_creation", mailer=OUTLOOK, crlf=True)
