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

    # ================================================================ sso_status
    ST_SUBJ = "एसएसओ आईडी के संबंध में जानकारी हेतु"
    ST_P = "महोदय/महोदया,\n\nमुझे ज्ञात नहीं है कि मेरे नाम से एसएसओ आईडी / आइसगेट ई-मेल आईडी पहले से बनी हुई है या नहीं। कृपया जांच कर सूचित करने का कष्ट करें।\n\n"
    case("status-gmail-hindi-labels-complete",
         "A Superintendent asks from her personal Gmail, in Hindi, whether an SSO ID exists in her name; नाम / पदनाम / मोबाइल labelled",
         "Sarita Bhatt", "sarita.bhatt71@gmail.com", ST_SUBJ,
         ST_P + "नाम: सरिता भट्ट\nपदनाम: अधीक्षक\nकार्यालय: केंद्रीय जीएसटी प्रभाग-II, देहरादून\nमोबाइल: 9412056781\n\nसादर,\nसरिता भट्ट\n",
         kind="personal", rt="sso_status", mailer=GMAIL, html=True)

    case("status-yahoo-bilingual-labels-devanagari-mobile",
         "Status enquiry from Yahoo with bilingual labels 'नाम / Name', 'पदनाम / Designation' and a mobile in Devanagari digits",
         "Dinesh Prasad", "dinesh.prasad1979@yahoo.co.in", "SSO ID status / एसएसओ आईडी की स्थिति",
         ST_P + "नाम / Name: दिनेश प्रसाद (Dinesh Prasad)\nपदनाम / Designation: निरीक्षक (Inspector)\nमोबाइल / Mobile: ९४३१२ ०५६७८\n\nधन्यवाद,\nदिनेश प्रसाद\n",
         kind="personal", rt="sso_status", mailer=YAHOO, cte="b64")

    case("status-running-text-complete",
         "Status enquiry from Rediffmail in plain Hindi running text: 'मैं ... हवलदार ... मेरा मोबाइल नंबर 9934012345 है'",
         "", "ramesh.paswan@rediffmail.com", "एसएसओ आईडी बनी है या नहीं",
         "महोदय,\n\nमैं रमेश पासवान, हवलदार के पद पर सीमा शुल्क प्रभाग, पटना में कार्यरत हूँ। मुझे जानकारी नहीं है कि मेरे नाम पर एसएसओ आईडी बनी है या नहीं। "
         "कृपया मेरे मोबाइल नंबर 9934012345 पर संपर्क कर सूचित करें।\n\nधन्यवाद\n",
         kind="personal", rt="sso_status", mailer=REDIFF)

    case("status-gmail-landline-only",
         "Status enquiry from Gmail with labelled name and designation; the only number is 'दूरभाष (कार्यालय): 0135-2654321', an office landline, not a mobile",
         "Kailash Negi", "kailash.negi66@gmail.com", ST_SUBJ,
         ST_P + "नाम: कैलाश नेगी\nपदनाम: वरिष्ठ कर सहायक\nदूरभाष (कार्यालय): 0135-2654321\n\nसादर\n",
         kind="personal", rt="sso_status", missing=["mobile"], mailer=GMAIL)

    case("status-gmail-no-name",
         "Status enquiry from Gmail: designation and mobile labelled, the name is nowhere in the text (only in the From display name)",
         "Meenakshi Rawat", "meenakshi.r1984@gmail.com", ST_SUBJ,
         ST_P + "पदनाम: आशुलिपिक ग्रेड-I\nकार्यालय: सीमा शुल्क आयुक्तालय, लखनऊ\nमोबाइल: 7007123456\n\nधन्यवाद\n",
         kind="personal", rt="sso_status", missing=["name"], mailer=GMAIL)

    case("status-gmail-no-designation",
         "Status enquiry from Gmail: name and mobile labelled, no designation anywhere",
         "Anjali Verma", "anjali.verma.1990@gmail.com", ST_SUBJ,
         ST_P + "नाम: अंजलि वर्मा\nकार्यालय: केंद्रीय जीएसटी प्रभाग, कानपुर\nमोबाइल नं.: 8004123456\n\nसादर,\nअंजलि वर्मा\n",
         kind="personal", rt="sso_status", missing=["designation"], mailer=GMAIL)

    case("status-from-icegate-id-complete",
         "Status enquiry (about an e-mail ID in the officer's own name) sent from an individual ICEGATE ID; sso_status accepts any sender",
         "मनोज कुमार झा", "manoj.jha@icegate.gov.in", "क्या मेरे नाम से आइसगेट ई-मेल आईडी बनी है?",
         "महोदय,\n\nकृपया सूचित करें कि मेरे नाम से कोई अन्य एसएसओ आईडी पहले से बनी हुई है या नहीं।\n\nभवदीय,\nमनोज कुमार झा\nमूल्यांकक, सीमा शुल्क गृह, कोलकाता\nमोबाइल: 9831045678\n",
         kind="icegate", rt="sso_status")

    case("status-division-gmail-full-signature",
         "A केंद्रीय जीएसटी प्रभाग's office Gmail (generic) asks on behalf of an Inspector whose name, designation and mobile are labelled; the Superintendent signs with name, designation, individual ICEGATE ID and mobile",
         "CGST Division Haridwar", "cgstdivision.haridwar@gmail.com", ST_SUBJ,
         "महोदय,\n\nश्री विकास सैनी, निरीक्षक, इस प्रभाग में कार्यरत हैं। कृपया सूचित करें कि उनके नाम से एसएसओ आईडी बनी है या नहीं।\n\n"
         "नाम: विकास सैनी\nपदनाम: निरीक्षक\nमोबाइल: 9568012345\n\nभवदीय,\n(राजेंद्र सिंह बिष्ट)\nअधीक्षक\nकेंद्रीय जीएसटी प्रभाग, हरिद्वार\nई-मेल: rajendra.bisht@icegate.gov.in\nमोबाइल: 9412977001\n",
         kind="generic", rt="sso_status", mailer=GMAIL)

    case("status-division-gmail-sig-no-number",
         "The Division's office Gmail (generic) again; the Inspector's mobile is labelled in the body, but the Superintendent's signature has no contact number (the body's number does not fill it)",
         "CGST Division Haridwar", "cgstdivision.haridwar@gmail.com", ST_SUBJ,
         "महोदय,\n\nश्री विकास सैनी, निरीक्षक, इस प्रभाग में कार्यरत हैं। कृपया सूचित करें कि उनके नाम से एसएसओ आईडी बनी है या नहीं।\n\n"
         "नाम: विकास सैनी\nपदनाम: निरीक्षक\nमोबाइल: 9568012345\n\nभवदीय,\n(राजेंद्र सिंह बिष्ट)\nअधीक्षक\nकेंद्रीय जीएसटी प्रभाग, हरिद्वार\nई-मेल: rajendra.bisht@icegate.gov.in\n",
         kind="generic", rt="sso_status", missing=["signature_phone"], mailer=GMAIL)

    case("status-gov-in-individual-complete",
         "A Deputy Commissioner on deputation asks from his individual gov.in address (personal kind); उपायुक्त, name and mobile given",
         "Alok Srivastava", "alok.srivastava@gov.in", ST_SUBJ,
         ST_P + "नाम: आलोक श्रीवास्तव\nपदनाम: उपायुक्त\nमोबाइल: +91 94150 22334\n\nभवदीय,\nआलोक श्रीवास्तव\n",
         kind="personal", rt="sso_status", mailer=OUTLOOK, crlf=True)

    # ================================================================ password_reset
    RS_SUBJ = "एसएसओ आईडी पासवर्ड रीसेट हेतु अनुरोध"
    RS_P = "महोदय,\n\nमैं अपनी एसएसओ आईडी का पासवर्ड भूल गया हूँ, जिसके कारण एसीईएस (ACES) एवं आइसगेट मेलबॉक्स में लॉगिन नहीं हो पा रहा है। कृपया पासवर्ड रीसेट करने का कष्ट करें।\n\n"
    case("reset-icegate-hindi-labels-complete",
         "Password reset from the officer's own ICEGATE ID, wholly in Hindi: नाम, पदनाम, एसएसओ आईडी, मोबाइल labelled",
         "राकेश कुमार मीणा", "rakesh.meena@icegate.gov.in", RS_SUBJ,
         RS_P + "नाम: राकेश कुमार मीणा\nपदनाम: निरीक्षक\nएसएसओ आईडी: RKM11045\nमोबाइल: 9414123456\n\nभवदीय,\nराकेश कुमार मीणा\n",
         kind="icegate", rt="password_reset")

    case("reset-icegate-bilingual-alt-email",
         "Bilingual reset (Hindi then English) from an ICEGATE ID; gives the alternate e-mail instead of the SSO ID",
         "Priya Nair", "priya.nair@icegate.gov.in", "पासवर्ड रीसेट / Password reset",
         "महोदया,\nकृपया मेरा पासवर्ड रीसेट करें।\n\nMadam,\nKindly reset the password of my SSO ID.\n\n"
         "नाम / Name: प्रिया नायर (Priya Nair)\nपदनाम / Designation: अधीक्षक (Superintendent)\nवैकल्पिक ई-मेल / Alternate e-mail: priyanair.k@gmail.com\nमोबाइल / Mobile: 9447012345\n",
         kind="icegate", rt="password_reset", cte="b64")

    case("reset-inactive-id-activation",
         "Activation of an inactive SSO ID (निष्क्रिय एसएसओ आईडी सक्रिय करने हेतु) from an ICEGATE ID, Rajbhasha letter; all details in the signature and labels",
         "गौरव त्रिपाठी", "gaurav.tripathi@icegate.gov.in", "निष्क्रिय एसएसओ आईडी को सक्रिय करने हेतु",
         letter("निष्क्रिय एसएसओ आईडी को सक्रिय करने हेतु",
                ["उपर्युक्त विषय के संबंध में निवेदन है कि लंबी छुट्टी के कारण मेरी एसएसओ आईडी निष्क्रिय हो गई है। कृपया इसे सक्रिय करने का कष्ट करें।",
                 "एसएसओ आईडी: GT20817"],
                sig("गौरव त्रिपाठी", "निवारक अधिकारी, सीमा शुल्क गृह, कोलकाता", phone="मोबाइल: 9830123987", hastakshar=False)),
         kind="icegate", rt="password_reset")

    case("reset-forgot-sso-id-gives-alt-email",
         "'मैं अपनी एसएसओ आईडी भूल गया हूँ' (forgot the SSO ID itself) from an ICEGATE ID; the alternate e-mail ID stands for the SSO ID",
         "सुनील यादव", "sunil.yadav@icegate.gov.in", "एसएसओ आईडी भूल जाने के संबंध में",
         "महोदय,\n\nमैं अपनी एसएसओ आईडी भूल गया हूँ। कृपया मेरी एसएसओ आईडी बताकर नया पासवर्ड देने का कष्ट करें।\n\n"
         "नाम: सुनील यादव\nपदनाम: कर सहायक\nवैकल्पिक ई-मेल आईडी: sunilyadav.1992@gmail.com\nमोबाइल: 9450123456\n\nसादर,\nसुनील यादव\n",
         kind="icegate", rt="password_reset")

    case("reset-no-sso-id",
         "Reset from an ICEGATE ID with name, designation and mobile; neither SSO ID nor alternate e-mail anywhere",
         "राकेश कुमार मीणा", "rakesh.meena@icegate.gov.in", RS_SUBJ,
         RS_P + "नाम: राकेश कुमार मीणा\nपदनाम: निरीक्षक\nमोबाइल: 9414123456\n\nभवदीय,\nराकेश कुमार मीणा\n",
         kind="icegate", rt="password_reset", missing=["sso_id"])

    case("reset-no-mobile",
         "Reset from an ICEGATE ID with name, designation and SSO ID; the only number is an office phone (दूरभाष)",
         "नीलम गुप्ता", "neelam.gupta@icegate.gov.in", RS_SUBJ,
         RS_P + "नाम: नीलम गुप्ता\nपदनाम: आशुलिपिक\nएसएसओ आईडी: NG30419\nदूरभाष: 0512-2345678\n\nभवदीय,\nनीलम गुप्ता\n",
         kind="icegate", rt="password_reset", missing=["mobile"])

    case("reset-no-designation",
         "Reset from an ICEGATE ID with name, SSO ID and mobile; no designation anywhere",
         "अमित कुमार", "amit.kumar21@icegate.gov.in", RS_SUBJ,
         RS_P + "नाम: अमित कुमार\nएसएसओ आईडी: AK77120\nमोबाइल: 9905123456\n\nधन्यवाद,\nअमित कुमार\n",
         kind="icegate", rt="password_reset", missing=["designation"], cte="b64")

    case("reset-no-name",
         "Reset from an ICEGATE ID with designation, SSO ID and mobile; the name is only in the (Devanagari, RFC 2047) From display name",
         "शालिनी मिश्रा", "shalini.mishra@icegate.gov.in", RS_SUBJ,
         RS_P + "पदनाम: सहायक आयुक्त\nएसएसओ आईडी: SM55012\nमोबाइल: 9415098765\n\nधन्यवाद\n",
         kind="icegate", rt="password_reset", missing=["name"])

    case("reset-gmail-complete-details",
         "Reset written in Hindi from a personal Gmail with every detail; the request must come from an ICEGATE ID",
         "Rakesh Meena", "rakeshmeena.1994@gmail.com", RS_SUBJ,
         RS_P + "नाम: राकेश कुमार मीणा\nपदनाम: निरीक्षक\nएसएसओ आईडी: RKM11045\nमोबाइल: 9414123456\n\nभवदीय,\nराकेश कुमार मीणा\n",
         kind="personal", rt="password_reset", missing=["icegate_sender"], mailer=GMAIL, html=True)

    case("reset-devanagari-digits-mobile",
         "Reset from an ICEGATE ID where the mobile is in Devanagari digits with a hyphen (९८२९०-४५६१२) and the SSO ID is labelled 'यूज़र आईडी'",
         "भारत भूषण शर्मा", "bharat.sharma@icegate.gov.in", "पासवर्ड भूल जाने के संबंध में",
         RS_P + "नाम: भारत भूषण शर्मा\nपदनाम: परीक्षक\nयूज़र आईडी (User ID): BBS40213\nमोबाइल: ९८२९०-४५६१२\n\nभवदीय,\nभारत भूषण शर्मा\n",
         kind="icegate", rt="password_reset")

    case("reset-reply-hindi-gmail-quote-sso-id-quoted",
         "Reply (Hindi Gmail header 'को ... ने लिखा:' then '>' lines) to the helpdesk's request for a mobile number: own text gives name, designation and mobile; the SSO ID appears only in the quoted mails",
         "राकेश कुमार मीणा", "rakesh.meena@icegate.gov.in", "Re: " + RS_SUBJ,
         "महोदय,\nमेरा मोबाइल नंबर 9414123456 है। कृपया पासवर्ड रीसेट करें।\nराकेश कुमार मीणा, निरीक्षक\n\n"
         "मंगल, 18 नव॰ 2025 को 10:40 am बजे Saksham Seva <saksham.seva@icegate.gov.in> ने लिखा:\n"
         "> महोदय, कृपया अपना मोबाइल नंबर भेजें।\n>\n> सोम, 17 नव॰ 2025 को rakesh.meena@icegate.gov.in ने लिखा:\n>> कृपया पासवर्ड रीसेट करें। एसएसओ आईडी: RKM11045\n",
         kind="icegate", rt="password_reset", missing=["sso_id"], mailer=GMAIL)

    case("reset-reply-hindi-outlook-header-block",
         "Outlook reply in Hindi (CRLF): own text gives name, designation and mobile above a Hindi Outlook header block (प्रेषक / भेजा गया / प्रति / विषय); the SSO ID is only below it",
         "Neelam Gupta", "neelam.gupta@icegate.gov.in", "RE: " + RS_SUBJ,
         "महोदया,\r\nकृपया पासवर्ड रीसेट करें। मेरा मोबाइल नंबर 9451123456 है।\r\n\r\nसादर,\r\nनीलम गुप्ता\r\nआशुलिपिक\r\n\r\n"
         "________________________________\r\nप्रेषक: Saksham Seva <saksham.seva@icegate.gov.in>\r\nभेजा गया: सोमवार, 17 नवंबर 2025 11:02 AM\r\n"
         "प्रति: Neelam Gupta <neelam.gupta@icegate.gov.in>\r\nविषय: RE: " + RS_SUBJ + "\r\n\r\n"
         "महोदया, आपके एसएसओ आईडी NG30419 के पासवर्ड रीसेट हेतु कृपया अपना मोबाइल नंबर भेजें।\r\n",
         kind="icegate", rt="password_reset", missing=["sso_id"], mailer=OUTLOOK, crlf=True)

    case("reset-icegate-dmarc-fail",
         "Complete Hindi reset claiming an ICEGATE ID but sent from an outside server; topmost Authentication-Results dmarc=fail",
         "राकेश कुमार मीणा", "rakesh.meena@icegate.gov.in", RS_SUBJ,
         RS_P + "नाम: राकेश कुमार मीणा\nपदनाम: निरीक्षक\nएसएसओ आईडी: RKM11045\nमोबाइल: 9414123456\n",
         kind="icegate", rt="password_reset", action="review", ar=m.fail_ar("icegate.gov.in", "rakesh.meena"),
         mailer={"X-Mailer": "PHPMailer 6.8.0"})

    case("reset-display-name-shows-icegate-address",
         "From display name is an icegate.gov.in address while the address is a Gmail (ambiguous sender); complete Hindi details",
         None, "rakesh.meena.cus@gmail.com", RS_SUBJ,
         RS_P + "नाम: राकेश कुमार मीणा\nपदनाम: निरीक्षक\nएसएसओ आईडी: RKM11045\nमोबाइल: 9414123456\n",
         kind="personal", rt="password_reset", missing=["icegate_sender"], action="review", mailer=GMAIL,
         from_header='"rakesh.meena@icegate.gov.in" <rakesh.meena.cus@gmail.com>')

    case("reset-establishment-generic-for-officer",
         "Establishment section's generic ICEGATE ID asks for a reset for a हवलदार-turned-कर सहायक; officer's name, designation, SSO ID and mobile labelled; full Hindi signature",
         "स्थापना अनुभाग", "estt.cuslucknow@icegate.gov.in", "अधिकारी का पासवर्ड रीसेट हेतु",
         letter("श्री दीपक सोनकर, कर सहायक का पासवर्ड रीसेट हेतु",
                ["उपर्युक्त विषय के संबंध में श्री दीपक सोनकर, कर सहायक, का एसएसओ आईडी पासवर्ड रीसेट करने का अनुरोध है। विवरण निम्नवत है:",
                 "नाम: दीपक सोनकर\nपदनाम: कर सहायक\nएसएसओ आईडी: DS60231\nमोबाइल: 9839012345"],
                sig("अनुराधा सिंह", "प्रशासनिक अधिकारी (स्थापना)", "ई-मेल: anuradha.singh@icegate.gov.in", "मोबाइल: 9415567890", office="सीमा शुल्क आयुक्तालय, लखनऊ")),
         kind="generic", rt="password_reset")

    case("reset-establishment-generic-sig-no-email",
         "Same Establishment section reset; the signature gives name, designation and mobile but no individual e-mail ID",
         "स्थापना अनुभाग", "estt.cuslucknow@icegate.gov.in", "अधिकारी का पासवर्ड रीसेट हेतु",
         letter("श्री दीपक सोनकर, कर सहायक का पासवर्ड रीसेट हेतु",
                ["उपर्युक्त विषय के संबंध में श्री दीपक सोनकर, कर सहायक, का एसएसओ आईडी पासवर्ड रीसेट करने का अनुरोध है। विवरण निम्नवत है:",
                 "नाम: दीपक सोनकर\nपदनाम: कर सहायक\nएसएसओ आईडी: DS60231\nमोबाइल: 9839012345"],
                sig("अनुराधा सिंह", "प्रशासनिक अधिकारी (स्थापना)", None, "मोबाइल: 9415567890", office="सीमा शुल्क आयुक्तालय, लखनऊ")),
         kind="generic", rt="password_reset", missing=["signature_email"])

    case("reset-mailbox-inactive-outlook-suppress",
         "An Outlook mail (X-Auto-Response-Suppress: All, which alone is not automation) asking to activate an inactive ICEGATE mailbox; all details labelled",
         "Sanjay Kulkarni", "sanjay.kulkarni@icegate.gov.in", "आइसगेट मेलबॉक्स निष्क्रिय - सक्रिय करने हेतु",
         "महोदय,\r\nमेरा आइसगेट मेलबॉक्स निष्क्रिय हो गया है, कृपया सक्रिय करें।\r\n\r\nनाम: संजय कुलकर्णी\r\nपदनाम: मूल्यांकक\r\nएसएसओ आईडी: SK90112\r\nमोबाइल: 9822012345\r\n\r\nसादर,\r\nसंजय कुलकर्णी\r\n",
         kind="icegate", rt="password_reset", mailer=OUTLOOK, crlf=True, extra={"X-Auto-Response-Suppress": "All"})

    case("reset-hindi-only-labels-base64",
         "Base64 body, Hindi-only labels ('एसएसओ आईडी', 'मो.'), designation संयुक्त आयुक्त, SSO ID in Devanagari digits",
         "विजय लक्ष्मी", "vijay.lakshmi@icegate.gov.in", "पासवर्ड रीसेट",
         RS_P.replace("भूल गया हूँ", "भूल गई हूँ") + "नाम: विजय लक्ष्मी\nपदनाम: संयुक्त आयुक्त\nएसएसओ आईडी: १०४५७८२३\nमो.: 9868012345\n\nभवदीया,\nविजय लक्ष्मी\n",
         kind="icegate", rt="password_reset", cte="b64")

    # ================================================================ designation_update
    PR_SUBJ = "पदोन्नति के उपरांत एसीईएस में पदनाम अद्यतन हेतु"
    PR_P = ["उपर्युक्त विषय के संबंध में निवेदन है कि श्री राकेश कुमार मीणा, निरीक्षक को कार्यालय आदेश सं. 117/2025 द्वारा अधीक्षक के पद पर पदोन्नत किया गया है। "
            "कृपया एसीईएस (ACES) में उनका पदनाम अधीक्षक के रूप में अद्यतन करने का कष्ट करें।",
            "पदोन्नति आदेश एवं सेवा पुस्तिका के प्रथम पृष्ठ की प्रति संलग्न है।"]
    case("promotion-sysmgr-rajbhasha-complete",
         "System Manager's generic ICEGATE ID: Rajbhasha letter for a designation update on पदोन्नति; 'पदोन्नति आदेश.pdf' and 'सेवा पुस्तिका.pdf' (RFC 2231, text layer); full Hindi signature",
         SMN, SM, PR_SUBJ, letter(PR_SUBJ, PR_P, sm_sig(), sandarbh="कार्यालय आदेश सं. 117/2025 दिनांक 10.11.2025", encl="यथोपरि"),
         [promo(), sb()], kind="generic", rt="designation_update")

    case("promotion-icegate-jpeg-hindi-names",
         "A newly promoted अधीक्षक writes from his ICEGATE ID; promotion order and service book are phone photos with Devanagari names (RFC 2047)",
         "राकेश कुमार मीणा", "rakesh.meena@icegate.gov.in", "पदोन्नति उपरांत पदनाम परिवर्तन",
         "महोदय,\n\nमेरी पदोन्नति निरीक्षक से अधीक्षक के पद पर हुई है। कृपया एसीईएस में मेरा पदनाम अद्यतन करें। पदोन्नति आदेश एवं सेवा पुस्तिका का प्रथम पृष्ठ संलग्न है।\n\nसादर,\nराकेश कुमार मीणा\nअधीक्षक\n",
         [promo("पदोन्नति आदेश.jpg", style="2047", tag=21), sb("सेवा पुस्तिका प्रथम पृष्ठ.jpg", style="2047", tag=22)],
         kind="icegate", rt="designation_update", mailer=IPHONE)

    case("promotion-no-service-book",
         "System Manager's generic ICEGATE ID, full signature; only the promotion order is attached",
         SMN, SM, PR_SUBJ, letter(PR_SUBJ, [PR_P[0], "पदोन्नति आदेश की प्रति संलग्न है।"], sm_sig()),
         [promo()], kind="generic", rt="designation_update", missing=["service_book"])

    case("promotion-no-order",
         "An ICEGATE ID sends only the service book for a designation update; the order 'आदेश की प्रति बाद में भेजी जाएगी'",
         "राकेश कुमार मीणा", "rakesh.meena@icegate.gov.in", PR_SUBJ,
         letter(PR_SUBJ, [PR_P[0], "सेवा पुस्तिका संलग्न है; पदोन्नति आदेश की प्रति बाद में भेजी जाएगी।"], sig("राकेश कुमार मीणा", "अधीक्षक", phone="मोबाइल: 9414123456"), office_to=False),
         [sb()], kind="icegate", rt="designation_update", missing=["promotion_order"])

    case("promotion-gmail-complete-docs",
         "A promoted वरिष्ठ कर सहायक writes from his Gmail with the order and service book; not an ICEGATE sender",
         "Mukesh Sharma", "mukesh.sharma.cgst@gmail.com", "पदोन्नति के बाद पदनाम अपडेट",
         "महोदय,\n\nमेरी पदोन्नति कर सहायक से वरिष्ठ कर सहायक के पद पर हुई है। कृपया पदनाम अपडेट करें। आदेश एवं सेवा पुस्तिका संलग्न है।\n\nमुकेश शर्मा\nवरिष्ठ कर सहायक\n9785012345\n",
         [promo(), sb(who="Mukesh Sharma")], kind="personal", rt="designation_update", missing=["icegate_sender"], mailer=GMAIL)

    case("promotion-sysmgr-sig-no-phone",
         "System Manager's generic ICEGATE ID, both documents; the signature has no contact number",
         SMN, SM, PR_SUBJ, letter(PR_SUBJ, PR_P, sm_sig(phone=None), encl="यथोपरि"),
         [promo(), sb()], kind="generic", rt="designation_update", missing=["signature_phone"])

    case("promotion-bilingual-complete",
         "Bilingual (Hindi then English) promotion request from an Appraiser-turned-Assistant Commissioner's ICEGATE ID; order named 'Office Order 212-2025 पदोन्नति.pdf'",
         "Lata Iyer", "lata.iyer@icegate.gov.in", "पदनाम अद्यतन / Updation of designation on promotion",
         "महोदया,\nमूल्यांकक से सहायक आयुक्त के पद पर पदोन्नति के उपरांत कृपया मेरा पदनाम अद्यतन करें।\n\n"
         "Madam,\nConsequent on my promotion from Appraiser to Assistant Commissioner, kindly update my designation in ACES. The promotion order and the first page of my service book are attached.\n\n"
         "सादर / Regards,\nलता अय्यर (Lata Iyer)\nसहायक आयुक्त / Assistant Commissioner\nसीमा शुल्क गृह, चेन्नई\n",
         [promo("Office Order 212-2025 पदोन्नति.pdf"), sb("सेवा पुस्तिका.pdf", who="Lata Iyer")],
         kind="icegate", rt="designation_update", mailer=TB)

    case("promotion-reply-order-only-in-quote",
         "Reply (Hindi Gmail attribution + '>' quotes) sending the service book the helpdesk asked for; the promotion order is only mentioned in the quote",
         "राकेश कुमार मीणा", "rakesh.meena@icegate.gov.in", "Re: " + PR_SUBJ,
         "महोदय,\nसेवा पुस्तिका का प्रथम पृष्ठ संलग्न है।\nराकेश कुमार मीणा, अधीक्षक\n\n"
         "बुध, 19 नव॰ 2025 को 3:15 pm बजे Saksham Seva <saksham.seva@icegate.gov.in> ने लिखा:\n"
         "> पदोन्नति आदेश प्राप्त हुआ। कृपया सेवा पुस्तिका का प्रथम पृष्ठ भेजें।\n",
         [sb()], kind="icegate", rt="designation_update", missing=["promotion_order"], mailer=GMAIL)

    case("promotion-two-officers-one-order",
         "System Manager's generic ICEGATE ID: two हवलदार promoted; one order and two service books",
         SMN, SM, "पदोन्नत अधिकारियों के पदनाम अद्यतन हेतु",
         letter("पदोन्नत अधिकारियों के पदनाम अद्यतन हेतु",
                ["उपर्युक्त विषय के संबंध में श्री रामकिशन एवं श्री बलवीर सिंह, हवलदार को कर सहायक के पद पर पदोन्नत किया गया है। कृपया एसीईएस में पदनाम अद्यतन करें।",
                 "पदोन्नति आदेश एवं दोनों की सेवा पुस्तिका संलग्न है।"], sm_sig(), encl="यथोपरि"),
         [promo(), sb("सेवा पुस्तिका - रामकिशन.pdf", who="Ramkishan"), sb("सेवा पुस्तिका - बलवीर सिंह.pdf", who="Balveer Singh")],
         kind="generic", rt="designation_update")

    case("promotion-generic-devanagari-phone",
         "Computer cell's generic ICEGATE ID, both documents; signature mobile in Devanagari digits with +९१",
         "कंप्यूटर प्रकोष्ठ", "computercell.cgstpatna@icegate.gov.in", PR_SUBJ,
         letter(PR_SUBJ, PR_P, sig("संजीव कुमार सिन्हा", "अधीक्षक (कंप्यूटर प्रकोष्ठ)", "ई-मेल: sanjeev.sinha@icegate.gov.in", "मोबाइल: +९१ ९४३१० ११२२३", office="केंद्रीय जीएसटी आयुक्तालय, पटना")),
         [promo(), sb()], kind="generic", rt="designation_update")

    # ================================================================ role_mapping
    TR_SUBJ = "स्थानांतरण उपरांत एसीईएस में रोल मैपिंग हेतु"
    TR_P = ["उपर्युक्त विषय के संबंध में निवेदन है कि श्री अरविंद कुमार, अधीक्षक ने स्थानांतरण पर इस आयुक्तालय में दिनांक 03.11.2025 को कार्यभार ग्रहण किया है। "
            "कृपया पूर्व आयुक्तालय से अनमैपिंग कर एसीईएस (ACES) में नई तैनाती के अनुसार रोल मैपिंग करने का कष्ट करें।",
            "स्थानांतरण आदेश, स्थानीय तैनाती आदेश एवं कार्यभार ग्रहण रिपोर्ट संलग्न है।"]
    case("transfer-icegate-three-docs-complete",
         "Superintendent's ICEGATE ID asks for role mapping after स्थानांतरण; transfer order, local posting order and charge report with Devanagari RFC 2231 names (text layers)",
         "अरविंद कुमार", "arvind.kumar@icegate.gov.in", TR_SUBJ,
         letter(TR_SUBJ, TR_P, sig("अरविंद कुमार", "अधीक्षक", phone="मोबाइल: 9471012345"), encl="यथोपरि"),
         [tro(), pso(), chg()], kind="icegate", rt="role_mapping")

    case("transfer-sysmgr-complete",
         "System Manager's generic ICEGATE ID forwards the three documents of a transferred निरीक्षक; full signature",
         SMN, SM, "तैनाती अनुसार रोल आवंटन हेतु",
         letter("स्थानांतरण पर आए निरीक्षक को एसीईएस में रोल आवंटन हेतु", TR_P, sm_sig(), encl="यथोपरि"),
         [tro(), pso(), chg()], kind="generic", rt="role_mapping")

    case("transfer-no-transfer-order",
         "ICEGATE ID: posting order and charge report attached; 'स्थानांतरण आदेश की प्रति पृथक से भेजी जाएगी'",
         "अरविंद कुमार", "arvind.kumar@icegate.gov.in", TR_SUBJ,
         letter(TR_SUBJ, [TR_P[0], "स्थानीय तैनाती आदेश एवं कार्यभार ग्रहण रिपोर्ट संलग्न है। स्थानांतरण आदेश की प्रति पृथक से भेजी जाएगी।"], sig("अरविंद कुमार", "अधीक्षक", phone="मोबाइल: 9471012345")),
         [pso(), chg()], kind="icegate", rt="role_mapping", missing=["transfer_order"])

    case("transfer-no-posting-order",
         "ICEGATE ID: transfer order and charge report attached; the local posting order 'अभी जारी नहीं हुआ है'",
         "अरविंद कुमार", "arvind.kumar@icegate.gov.in", TR_SUBJ,
         letter(TR_SUBJ, [TR_P[0], "स्थानांतरण आदेश एवं कार्यभार ग्रहण रिपोर्ट संलग्न है। स्थानीय तैनाती आदेश अभी जारी नहीं हुआ है।"], sig("अरविंद कुमार", "अधीक्षक", phone="मोबाइल: 9471012345")),
         [tro(), chg()], kind="icegate", rt="role_mapping", missing=["posting_order"])

    case("transfer-no-charge-report",
         "ICEGATE ID: transfer and posting orders attached; no charge report",
         "अरविंद कुमार", "arvind.kumar@icegate.gov.in", TR_SUBJ,
         letter(TR_SUBJ, [TR_P[0], "स्थानांतरण आदेश एवं स्थानीय तैनाती आदेश संलग्न है।"], sig("अरविंद कुमार", "अधीक्षक", phone="मोबाइल: 9471012345")),
         [tro(), pso()], kind="icegate", rt="role_mapping", missing=["charge_report"])

    case("transfer-range-gmail-complete-docs",
         "A Range office's Gmail (generic, not ICEGATE) with all three documents and a full Hindi signature",
         "Customs Range Jodhpur", "customsrange.jodhpur@gmail.com", TR_SUBJ,
         letter(TR_SUBJ, TR_P, sig("महावीर प्रसाद", "अधीक्षक, सीमा शुल्क रेंज, जोधपुर", "ई-मेल: mahaveer.prasad@icegate.gov.in", "मोबाइल: 9414567123")),
         [tro(), pso(), chg()], kind="generic", rt="role_mapping", missing=["icegate_sender"], mailer=GMAIL)

    case("transfer-generic-sig-no-name",
         "Division's generic ICEGATE ID, all three documents; the signature has designation, individual e-mail and mobile but no name",
         "केंद्रीय जीएसटी प्रभाग-III", "cgstdiv3.indore@icegate.gov.in", TR_SUBJ,
         letter(TR_SUBJ, TR_P, sig(None, "सहायक आयुक्त, केंद्रीय जीएसटी प्रभाग-III, इंदौर", "ई-मेल: ravi.dubey@icegate.gov.in", "मोबाइल: 9425012345", hastakshar=False)),
         [tro(), pso(), chg()], kind="generic", rt="role_mapping", missing=["signature_name"])

    case("transfer-relief-report-jpeg-complete",
         "ICEGATE ID of a निवारक अधिकारी: transfer order (image-only PDF), posting order and 'कार्यमुक्ति रिपोर्ट.jpg' (relief report = charge report)",
         "इमरान शेख", "imran.shaikh@icegate.gov.in", "तैनाती उपरांत रोल मैपिंग",
         "महोदय,\n\nमेरा स्थानांतरण सीमा शुल्क गृह, मुंबई से सीमा शुल्क गृह, कांडला हुआ है। कृपया एसीईएस में नई तैनाती के अनुसार रोल मैपिंग करें। "
         "स्थानांतरण आदेश, तैनाती आदेश एवं कार्यमुक्ति रिपोर्ट संलग्न हैं।\n\nसादर,\nइमरान शेख\nनिवारक अधिकारी\n",
         [tro("स्थानांतरण आदेश.pdf", img=True), pso("तैनाती आदेश.pdf"), chg("कार्यमुक्ति रिपोर्ट.jpg", style="2047", tag=31)],
         kind="icegate", rt="role_mapping")

    case("transfer-gst-bo-unmapping-complete",
         "ICEGATE ID of an Inspector on तैनाती: GST BO unmapping and mapping; the three documents with English names",
         "Pankaj Joshi", "pankaj.joshi@icegate.gov.in", "जीएसटी बैक ऑफिस (GST BO) में मैपिंग हेतु",
         "महोदय,\n\nस्थानांतरण के फलस्वरूप कृपया पूर्व प्रभाग से मेरी अनमैपिंग कर केंद्रीय जीएसटी प्रभाग, अल्मोड़ा में GST BO रोल मैप करें। आवश्यक दस्तावेज संलग्न हैं।\n\nसादर,\nपंकज जोशी\nनिरीक्षक\nमोबाइल: 9412345670\n",
         [tro("Transfer_Order_88_2025.pdf"), pso("Local_Posting_Order_41.pdf"), chg("Charge_Report_Pankaj.pdf")],
         kind="icegate", rt="role_mapping")

    case("transfer-gov-in-personal-docs",
         "A Joint Commissioner writes from her individual gov.in address (personal) with all three documents",
         "Rashmi Saxena", "rashmi.saxena@gov.in", TR_SUBJ,
         letter(TR_SUBJ, [TR_P[0].replace("श्री अरविंद कुमार, अधीक्षक ने", "मैंने"), TR_P[1]], sig("रश्मि सक्सेना", "संयुक्त आयुक्त", phone="मोबाइल: 9452012345", hastakshar=False), office_to=False),
         [tro(), pso(), chg()], kind="personal", rt="role_mapping", missing=["icegate_sender"], mailer=OUTLOOK, crlf=True)

    # ================================================================ eccs / trade_portal / unknown
    case("eccs-password-expired-icegate",
         "An अधीक्षक's ICEGATE ID: after the ECCS password-expiry exercise (ईसीसीएस) the login fails; wholly Hindi",
         "नरेश कुमार", "naresh.kumar@icegate.gov.in", "ईसीसीएस (ECCS) पासवर्ड समाप्त होने के संबंध में",
         "महोदय,\n\nएक्सप्रेस कार्गो क्लीयरेंस सिस्टम (ईसीसीएस) में पासवर्ड समाप्त (एक्सपायर) होने के बाद लॉगिन नहीं हो पा रहा है। कृपया सहायता करें।\n\nसादर,\nनरेश कुमार\nअधीक्षक, कूरियर टर्मिनल, नई दिल्ली\nमोबाइल: 9810012345\n",
         kind="icegate", rt="eccs")

    case("eccs-courier-cell-generic-full-sig",
         "Courier Cell's generic ICEGATE ID reports ECCS logins failing; full signature",
         "कूरियर प्रकोष्ठ", "couriercell.delhi@icegate.gov.in", "ECCS लॉगिन समस्या",
         letter("ईसीसीएस (ECCS) एप्लिकेशन में लॉगिन समस्या", ["उपर्युक्त विषय के संबंध में अवगत कराना है कि इस प्रकोष्ठ के अधिकारी ECCS एप्लिकेशन में लॉगिन नहीं कर पा रहे हैं।"],
                sig("प्रदीप चौहान", "अधीक्षक (कूरियर प्रकोष्ठ)", "ई-मेल: pradeep.chauhan@icegate.gov.in", "दूरभाष: 011-25655123")),
         kind="generic", rt="eccs")

    case("eccs-courier-cell-sig-no-name",
         "Courier Cell's generic ICEGATE ID about ECCS; the sign-off has designation, individual e-mail and landline but no name (still a redirect)",
         "कूरियर प्रकोष्ठ", "couriercell.delhi@icegate.gov.in", "ECCS पासवर्ड रीसेट",
         letter("ईसीसीएस (ECCS) पासवर्ड रीसेट", ["उपर्युक्त विषय के संबंध में ECCS एप्लिकेशन का पासवर्ड एक्सपायर हो गया है।"],
                sig(None, "अधीक्षक (कूरियर प्रकोष्ठ)", "ई-मेल: pradeep.chauhan@icegate.gov.in", "दूरभाष: 011-25655123")),
         kind="generic", rt="eccs", missing=["signature_name"])

    case("eccs-screenshot-png",
         "ICEGATE ID of a परीक्षक: ECCS error with a PNG screenshot 'स्क्रीनशॉट.png'",
         "Kiran Rao", "kiran.rao@icegate.gov.in", "ईसीसीएस में त्रुटि",
         "महोदय,\nईसीसीएस (Express Cargo Clearance System) में लॉगिन करते समय त्रुटि आ रही है, स्क्रीनशॉट संलग्न है।\nकिरण राव, परीक्षक\n",
         [shot()], kind="icegate", rt="eccs")

    case("eccs-personal-gmail",
         "ECCS password problem written from a personal Gmail (no requirements, personal so no signature codes)",
         "Vikram Gill", "vikramgill.1988@gmail.com", "ECCS पासवर्ड",
         "महोदय,\nECCS एप्लिकेशन में पासवर्ड बदलने के बाद भी लॉगिन नहीं हो रहा।\nविक्रम गिल\n",
         kind="personal", rt="eccs", mailer=GMAIL)

    case("trade-exporter-iec-login",
         "An exporter (आईईसी / IEC given) cannot log in to the ICEGATE portal; personal Gmail; Hindi",
         "Mahesh Agarwal", "maheshagarwal1975@gmail.com", "आइसगेट पोर्टल पर लॉगिन नहीं हो रहा",
         "महोदय,\n\nहमारी फर्म मेसर्स अग्रवाल हैंडीक्राफ्ट्स, जोधपुर (आईईसी / IEC: 0815012345) का आइसगेट पोर्टल पर लॉगिन नहीं हो रहा है। कृपया सहायता करें।\n\nमहेश अग्रवाल\nप्रोपराइटर\n",
         kind="personal", rt="trade_portal", mailer=GMAIL)

    case("trade-importer-new-registration",
         "An importer asks in Hindi how to register his IEC on the ICEGATE portal",
         "Sunil Jain", "suniljain.imports@gmail.com", "आइसगेट पंजीकरण हेतु",
         "महोदय,\nमुझे अपने आयात-निर्यात कोड (IEC) से आइसगेट पोर्टल पर नया पंजीकरण करना है। कृपया प्रक्रिया बताएं।\nसुनील जैन\n",
         kind="personal", rt="trade_portal", mailer=GMAIL)

    case("trade-registered-mobile-change",
         "A trader asks to change the mobile number registered against his IEC on the ICEGATE portal (OTP not received)",
         "Farhan Qureshi", "farhan.qureshi84@yahoo.com", "आइसगेट पोर्टल पर पंजीकृत मोबाइल नंबर बदलने हेतु",
         "महोदय,\nहमारी फर्म के आईईसी 0506098765 के आइसगेट खाते में पंजीकृत मोबाइल नंबर बंद हो गया है, जिससे ओटीपी नहीं मिल रहा। कृपया नया नंबर 9876501234 पंजीकृत करें।\nफरहान कुरैशी\n",
         kind="personal", rt="trade_portal", mailer=YAHOO)

    case("unknown-mailbox-quota",
         "An उपायुक्त's ICEGATE ID asks to enlarge the ICEGATE mailbox quota (none of the request types)",
         "Deepa Menon", "deepa.menon@icegate.gov.in", "मेलबॉक्स का आकार बढ़ाने हेतु",
         "महोदय,\nमेरा आइसगेट मेलबॉक्स भर गया है। कृपया मेलबॉक्स का आकार (कोटा) बढ़ाने का कष्ट करें।\nदीपा मेनन\nउपायुक्त\n",
         kind="icegate", rt="unknown")

    case("unknown-rajbhasha-quarterly-report",
         "Rajbhasha section's generic ICEGATE ID asks for the quarterly Hindi progress report; full signature",
         "राजभाषा अनुभाग", "rajbhasha.cusjaipur@icegate.gov.in", "तिमाही प्रगति रिपोर्ट प्रेषित करने हेतु",
         letter("राजभाषा हिंदी की तिमाही प्रगति रिपोर्ट (सितंबर 2025 को समाप्त तिमाही)",
                ["उपर्युक्त विषय के संबंध में अनुरोध है कि आपके अनुभाग की तिमाही प्रगति रिपोर्ट निर्धारित प्रपत्र में इस कार्यालय को शीघ्र भेजने का कष्ट करें।"],
                sig("मीनाक्षी पारीक", "वरिष्ठ हिंदी अनुवादक", "ई-मेल: meenakshi.pareek@icegate.gov.in", "मोबाइल: 9414776655")),
         kind="generic", rt="unknown")

    case("unknown-hindi-workshop-sig-no-phone",
         "Hindi workshop invitation from the Rajbhasha generic ICEGATE ID; the signature has no contact number",
         "राजभाषा अनुभाग", "rajbhasha.cusjaipur@icegate.gov.in", "हिंदी कार्यशाला में सहभागिता हेतु",
         letter("हिंदी कार्यशाला में सहभागिता हेतु", ["उपर्युक्त विषय के संबंध में दिनांक 28.11.2025 को आयोजित हिंदी कार्यशाला में सहभागिता हेतु अधिकारियों के नाम भेजने का कष्ट करें।"],
                sig("मीनाक्षी पारीक", "वरिष्ठ हिंदी अनुवादक", "ई-मेल: meenakshi.pareek@icegate.gov.in", None)),
         kind="generic", rt="unknown", missing=["signature_phone"])

    # ================================================================ automated
    OOO = ("मैं दिनांक 17.11.2025 से 28.11.2025 तक अवकाश पर हूँ। इस अवधि में ई-मेल देखना संभव नहीं होगा। "
           "अत्यावश्यक कार्य हेतु कार्यालय से संपर्क करें।\n\nI am on leave from 17.11.2025 to 28.11.2025.\n")
    case("auto-ooo-icegate-hindi",
         "Zimbra out-of-office reply in Hindi from an officer's ICEGATE ID (Auto-Submitted: auto-replied) to a helpdesk acknowledgement",
         "राकेश कुमार मीणा", "rakesh.meena@icegate.gov.in", "स्वतः उत्तर: आपका अनुरोध प्राप्त हुआ",
         "कार्यालय से बाहर (Out of Office)\n\n" + OOO,
         kind="automated", rt="unknown", extra={"Auto-Submitted": "auto-replied"})

    case("auto-ooo-gmail-vacation-hindi",
         "Gmail vacation responder in Hindi from a personal address (Auto-Submitted: auto-replied)",
         "Sarita Bhatt", "sarita.bhatt71@gmail.com", "अवकाश पर हूँ",
         OOO, kind="automated", rt="unknown", mailer=GMAIL, extra={"Auto-Submitted": "auto-replied"})

    case("auto-ooo-precedence-bulk",
         "An out-of-office in Hindi marked only with 'Precedence: bulk'",
         "Deepa Menon", "deepa.menon@icegate.gov.in", "स्वचालित उत्तर: कार्यालय से बाहर",
         OOO, kind="automated", rt="unknown", extra={"Precedence": "bulk"})

    case("auto-ooo-sysmgr-generic",
         "Out-of-office from the System Manager's generic ICEGATE ID (Auto-Submitted: auto-replied); automated wins over generic",
         SMN, SM, "स्वतः उत्तर: कार्यालय से बाहर",
         "प्रणाली प्रबंधक दिनांक 24.11.2025 तक प्रशिक्षण पर हैं।\n" + OOO,
         kind="automated", rt="unknown", extra={"Auto-Submitted": "auto-replied"})

    case("auto-noreply-hindi-fortnight-notice",
         "A Hindi notice (हिंदी पखवाड़ा) from noreply@cbic.gov.in with no other automated marker",
         "सीबीआईसी", "noreply@cbic.gov.in", "हिंदी पखवाड़ा 2025 - सूचना",
         "हिंदी पखवाड़ा दिनांक 14.09.2025 से 28.09.2025 तक मनाया जाएगा। सभी अधिकारियों से अनुरोध है कि अधिकाधिक कार्य हिंदी में करें।\n",
         kind="automated", rt="unknown")

    case("auto-list-eccs-advisory-hindi",
         "The ECCS password-expiry advisory in Hindi from a mailing list (List-Id, Precedence: list): automated, its own content is ECCS",
         "प्रणाली, पश्चिमी क्षेत्र इकाई", "systems.wzumumbai@gov.in", "ईसीसीएस उपयोगकर्ताओं हेतु पासवर्ड समाप्ति सूचना",
         "परामर्श सं. 10/SYS/WZU/2025\n\nएक्सप्रेस कार्गो क्लीयरेंस सिस्टम (ईसीसीएस) के सभी उपयोगकर्ताओं के पासवर्ड दिनांक 13.08.2025 से समाप्त (एक्सपायर) किए जाएंगे। "
         "लॉगिन के बाद पासवर्ड रीसेट करें। किसी समस्या हेतु ECCS हेल्पडेस्क eccs.helpdesk@icegate.gov.in से संपर्क करें।\n",
         kind="automated", rt="eccs", extra={"List-Id": "CBIC Systems Advisories <advisories.systems.cbic.gov.in>", "Precedence": "list"})

    # ================================================================ extension
    case("creation-sysmgr-attaches-officer-mail-rfc822",
         "System Manager's generic ICEGATE ID attaches the Inspector's Hindi Gmail request as message/rfc822; the template and service book are inside it; full signature",
         SMN, SM, "अग्रेषित: नई एसएसओ आईडी हेतु आवेदन",
         "महोदय,\nनिरीक्षक श्री अंकित चौधरी का आवेदन (टेम्पलेट एवं सेवा पुस्तिका सहित) सत्यापन उपरांत संलग्न ई-मेल के रूप में अग्रेषित है।\n\nसादर,\n(सुरेश कुमार मीणा)\nअधीक्षक एवं प्रणाली प्रबंधक\nई-मेल: suresh.meena@icegate.gov.in\nमोबाइल: 9414012345\n",
         [m.fwd_rfc822("Ankit Choudhary <ankit.choudhary97@gmail.com>", "नई एसएसओ आईडी हेतु आवेदन", "Fri, 14 Nov 2025 16:20:00 +0530",
                       "महोदय,\nकृपया मेरी एसएसओ आईडी बनवाने का कष्ट करें। टेम्पलेट एवं सेवा पुस्तिका संलग्न है।\nअंकित चौधरी, निरीक्षक\n",
                       [tmpl(TROWS[:1], name="टेम्पलेट.xlsx"), BOOKS[0]])],
         kind="generic", rt="sso_creation", mailer=TB)

    case("creation-image-only-hindi-named-book",
         "Superintendent's ICEGATE ID: clean template and an image-only scanned 'सेवा पुस्तिका.pdf' (no text layer: told by its Devanagari name alone)",
         "प्रवीण जाखड़", "praveen.jakhar@icegate.gov.in", CRE_SUBJ,
         letter(CRE_SUBJ, CRE_P, sig("प्रवीण जाखड़", "अधीक्षक", phone="मोबाइल: 9571100223")),
         [tmpl(TROWS[:1]), sb("सेवा पुस्तिका.pdf", img=True)], kind="icegate", rt="sso_creation")

    case("promotion-image-only-hindi-names",
         "ICEGATE ID of a promoted मूल्यांकक: 'पदोन्नति आदेश.pdf' and 'सेवा पुस्तिका.pdf' are both image-only scans (told by their Devanagari names alone)",
         "Sagar Patil", "sagar.patil@icegate.gov.in", "पदोन्नति पर पदनाम अद्यतन",
         "महोदय,\n\nपरीक्षक से मूल्यांकक के पद पर पदोन्नति के उपरांत कृपया एसीईएस में मेरा पदनाम अद्यतन करें।\n\nसादर,\nसागर पाटिल\nमूल्यांकक\n",
         [promo(img=True), sb(img=True)], kind="icegate", rt="designation_update")

    case("promotion-nic-generic-full-sig",
         "A Commissionerate's EDP mailbox on nic.in (generic, not ICEGATE) sends the promotion order and service book with a full Hindi signature",
         "ईडीपी अनुभाग", "edp.cgstkochi@nic.in", PR_SUBJ,
         letter(PR_SUBJ, PR_P, sig("थॉमस वर्गीज़", "अधीक्षक (ईडीपी)", "ई-मेल: thomas.varghese@icegate.gov.in", "मोबाइल: 9447123456")),
         [promo(), sb()], kind="generic", rt="designation_update", missing=["icegate_sender"])

    case("transfer-charge-report-only",
         "ICEGATE ID sends only the कार्यभार ग्रहण रिपोर्ट after joining on transfer; transfer and posting orders not attached",
         "अरविंद कुमार", "arvind.kumar@icegate.gov.in", TR_SUBJ,
         letter(TR_SUBJ, [TR_P[0], "कार्यभार ग्रहण रिपोर्ट संलग्न है।"], sig("अरविंद कुमार", "अधीक्षक", phone="मोबाइल: 9471012345")),
         [chg()], kind="icegate", rt="role_mapping", missing=["posting_order", "transfer_order"])

    case("status-section-generic-sig-no-designation",
         "Preventive section's generic ICEGATE ID asks on behalf of a हवलदार (name, designation, mobile labelled); the signature has name, individual e-mail and mobile but no designation",
         "निवारक अनुभाग", "prev.section.amritsar@icegate.gov.in", ST_SUBJ,
         "महोदय,\n\nकृपया सूचित करें कि निम्नलिखित कर्मचारी के नाम से एसएसओ आईडी बनी है या नहीं:\n\nनाम: गुरप्रीत सिंह\nपदनाम: हवलदार\nमोबाइल: 9876012345\n\n"
         "भवदीय,\n(जसविंदर कौर)\nई-मेल: jaswinder.kaur@icegate.gov.in\nमोबाइल: 9815012345\n",
         kind="generic", rt="sso_status", missing=["signature_designation"])

    case("reset-q-encoded-dash-dash-signature",
         "Reset from an ICEGATE ID, Q-encoded Devanagari subject, multipart/alternative, signature after a '-- ' line carries name, designation and mobile; SSO ID labelled 'SSOID'",
         "Harpreet Kaur", "harpreet.kaur@icegate.gov.in", "कृपया पासवर्ड रीसेट करें",
         "महोदया,\nमेरा पासवर्ड लॉक हो गया है, कृपया रीसेट करें। SSOID: HK70321\n\n-- \nहरप्रीत कौर\nउपायुक्त, सीमा शुल्क आयुक्तालय, अमृतसर\nमोबाइल: 9815098765\n",
         kind="icegate", rt="password_reset", html=True, enc="Q")
