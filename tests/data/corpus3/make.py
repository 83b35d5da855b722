#!/usr/bin/env python3
"""Generate a third, independent triage corpus for maild (mails/*.eml + expected/*.json).

Run with a Python that has openpyxl and pypdf (the project's .venv/bin/python).
Every expected verdict is derived from ../shared/spec/triage.md and template.md alone.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent

# The file and MIME builders are corpus2's (tests/data/corpus2/make.py): loaded from there and
# pointed at this folder, not copied.
_spec = importlib.util.spec_from_file_location("corpus2_make", HERE.parent / "corpus2" / "make.py")
assert _spec is not None and _spec.loader is not None
_kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_kit)
_kit.HERE, _kit.MAILS, _kit.EXP = HERE, HERE / "mails", HERE / "expected"
globals().update({k: v for k, v in vars(_kit).items()
                  if not k.startswith("__") and k not in ("build", "main", "HERE")})


# ================================================================= corpus3 cases
PDF = "application/pdf"
DISC = ("\n\n----------------------------------------------------------------------\n"
        "DISCLAIMER: This e-mail and any files transmitted with it are intended solely for the use of the\n"
        "individual or entity to whom they are addressed. If you are not the intended recipient, you are\n"
        "notified that disclosing, copying, distributing or taking any action in reliance on the contents of\n"
        "this information is strictly prohibited. The Central Board of Indirect Taxes and Customs accepts no\n"
        "liability for any damage caused by any virus transmitted by this e-mail. E-mail transmission cannot\n"
        "be guaranteed to be secure or error-free as information could be intercepted, corrupted, lost,\n"
        "destroyed, arrive late or incomplete, or contain viruses. The sender therefore does not accept\n"
        "liability for any errors or omissions in the contents of this message which arise as a result of\n"
        "e-mail transmission. Please consider the environment before printing this e-mail.\n"
        "----------------------------------------------------------------------\n")


def rows2(office="Custom House, Kandla", loc="Kandla"):
    return [[1, "Harshvardhan", "", "Chaudhary", "Inspector", D(1997, 3, 14), D(2025, 10, 20), 9712034561,
             "harsh.chaudhary97@gmail.com", office, loc, ""],
            [2, "Nandini", "", "Parmar", "Examiner", "05/08/1995", "20/10/2025", "9825067712",
             "nandini.parmar95@yahoo.in", office, loc, ""]]


def promo_pdf(name, frm="Inspector", to="Superintendent", no="45/2025"):
    return make_pdf(["OFFICE OF THE PRINCIPAL CHIEF COMMISSIONER", f"OFFICE ORDER No. {no}",
                     "Sub: Promotion - regarding", f"On the recommendation of the DPC, Shri/Smt. {name}, {frm},",
                     f"is hereby promoted to the grade of {to} in Level-8 of the Pay Matrix",
                     "with immediate effect and until further orders."])


def transfer_pdf(name):
    return make_pdf(["ESTABLISHMENT ORDER No. 112/2025", "Sub: Transfer and posting of Group B officers",
                     f"The following officer is transferred: {name}, Inspector,",
                     "from CGST Ahmedabad South to CGST Vadodara-I Commissionerate."])


def lpo_pdf(name, post="Range-III, Division-II"):
    return make_pdf(["OFFICE OF THE COMMISSIONER, CGST VADODARA-I", "LOCAL POSTING ORDER No. 23/2025",
                     f"Consequent upon transfer, {name}, Inspector, is posted to {post}", "with immediate effect."])


def charge_pdf(name, kind="CERTIFICATE OF TRANSFER OF CHARGE"):
    return make_pdf([kind, f"Certified that I, {name}, have on this day handed over / taken over charge",
                     "of the office of Range Officer, Range-III, in the forenoon of 03/11/2025.",
                     "Relieved officer / Relieving officer signatures"])


def build():
    # ---------------------------------------------------------------- generic signature shapes
    frm = "sysmgr.kandla@icegate.gov.in"
    plain = ("Sir/Madam,\n\nKindly create SSO IDs and ICEGATE e-mail IDs for the two newly joined officers of\n"
             "this Custom House. The filled template and the service book pages are attached.\n\n"
             "Yours faithfully,\n\nSd/-\n(Rajesh Kumar Meena)\nSupdt. (Sys)\nCustom House, Kandla\n"
             "M: 9829045123\ne-mail id - rk.meena@icegate.gov.in\n")
    body = multi("mixed", [alt(plain, b="c01"), att(make_xlsx(rows2()), XLSX_CT, "SSO template Kandla.xlsx"),
                           att(sb_pdf("Harshvardhan Chaudhary", "14/03/1997", "20/10/2025"), PDF, "SB Harshvardhan.pdf"),
                           att(sb_pdf("Nandini Parmar", "05/08/1995", "20/10/2025"), PDF, "SB Nandini.pdf")], "=_c01")
    case("001-creation-sd-bracket-name-supdt-sys",
         mail(hdr(addr("System Manager Kandla", frm), "SSO ID creation - 2 new officers", "Mon, 3 Nov 2025 11:02:10 +0530",
                  "c3-001@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("generic", "sso_creation", kinds=["template", "service_book", "service_book"]),
         "Generic sysmgr ID; 'Yours faithfully, Sd/- (Name)' + 'Supdt. (Sys)', 'M: 98..', 'e-mail id - x@icegate.gov.in'")

    # 002 DPC order + SB.pdf, generic EDI, AC (EDI), landline
    frm = "edi.chennaisea@icegate.gov.in"
    plain = ("Sir,\n\nShri Karthik Subramanian, Examiner, has been promoted as Appraiser. Kindly update his\n"
             "designation in ACES / SSO. The DPC order and the first page of his service book are attached.\n\n"
             "Regards,\nA. Venkatesh\nAC (EDI)\nChennai Custom House\nPh: 044-25254321\n"
             "Email: a.venkatesh@icegate.gov.in\n")
    body = multi("mixed", [text(plain, cte="7bit"),
                           att(promo_pdf("Karthik Subramanian", "Examiner", "Appraiser", "DPC/07/2025"), PDF, "DPC order.pdf"),
                           att(sb_pdf("Karthik Subramanian", "02/02/1990", "11/07/2016"), PDF, "SB.pdf")], "=_c02")
    case("002-promotion-ac-edi-dpc-order-sb-pdf",
         mail(hdr(addr("EDI Section Chennai Sea", frm), "Designation update on promotion - Karthik Subramanian",
                  "Tue, 4 Nov 2025 10:15:00 +0530", "c3-002@icegate.gov.in", mailer=TB), body, from_addr=frm),
         exp("generic", "designation_update", kinds=["promotion_order", "service_book"]),
         "Generic EDI ID; 'AC (EDI)' designation, landline 'Ph: 044-...' as contact; DPC order.pdf and SB.pdf told by text layer")

    # 003 Addl. Commr., no phone at all
    frm = "admn.cgstghaziabad@icegate.gov.in"
    plain = ("Sir,\n\nShri Deepak Tyagi, Inspector, has joined this Commissionerate on transfer. Kindly map the\n"
             "GST BO roles as per the local posting order. Transfer order, local posting order and joining\n"
             "report are attached.\n\nRegards,\n\nSanjeev Bansal\nAddl. Commr.\nCGST Commissionerate, Ghaziabad\n"
             "e-mail id - sanjeev.bansal@icegate.gov.in\n")
    body = multi("mixed", [alt(plain, b="c03"), att(transfer_pdf("Deepak Tyagi"), PDF, "transfer order.pdf"),
                           att(lpo_pdf("Deepak Tyagi"), PDF, "local posting order.pdf"),
                           att(jpeg(3), "image/jpeg", "joining report.jpg")], "=_c03")
    case("003-role-addl-commr-no-phone",
         mail(hdr(addr("Admin CGST Ghaziabad", frm), "Role mapping - Deepak Tyagi, Inspector",
                  "Wed, 5 Nov 2025 15:40:00 +0530", "c3-003@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("generic", "role_mapping", missing=["signature_phone"], action="request_missing",
             kinds=["transfer_order", "posting_order", "charge_report"]),
         "Generic admin ID signs 'Addl. Commr.' with name and e-mail id but no contact number")

    # 004 HTML-only with <br> signature + inline logo; sso_status on behalf of Inspector from division gmail
    frm = "cgst.div3.jaipur@gmail.com"
    html = ("<html><body><div>Sir,</div><div><br></div><div>Kindly confirm whether an SSO ID exists in the name of "
            "the following officer, who joined this Division on deputation:</div><div><br></div>"
            "<div>Name: Mahesh Chand Saini<br>Designation: Inspector<br>Mobile No.: 9414056789</div><div><br></div>"
            "<div>Regards,<br>Kavita Sharma<br>Superintendent<br>CGST Division-III, Jaipur<br>"
            "Mobile: 94140 22334<br>E-mail: kavita.sharma@icegate.gov.in<br>"
            "<img src=\"cid:logo01@cbic\" alt=\"CBIC\" width=\"80\"></div></body></html>")
    body = multi("related", [text(html, "html", "qp"),
                             att(make_png(), "image/png", "cbic_logo.png", disp="inline", cid="logo01@cbic")], "=_c04")
    case("004-status-division-gmail-html-br-signature",
         mail(hdr(addr("CGST Division III Jaipur", frm), "Whether SSO ID exists - Mahesh Chand Saini",
                  "Thu, 6 Nov 2025 12:05:00 +0530", "c3-004@mail.gmail.com"), body, from_addr=frm,
              ar=ar_pass("gmail.com", "cgst.div3.jaipur", mx="mx.icegate.gov.in")),
         exp("generic", "sso_status", kinds=["other"]),
         "Division's office Gmail, HTML-only body with <br> lines, full signature, inline logo (an attachment of kind other)")

    # 005 signature then long disclaimer, complete creation
    frm = "sysmgr.tuticorin@icegate.gov.in"
    plain = ("Respected Sir/Madam,\n\nPlease find attached the SSO ID creation template for two officers who joined\n"
             "on 20.10.2025, along with copies of their service books, for necessary action.\n\n"
             "With regards,\nM. Selvakumar\nSuperintendent (Systems)\nV.O. Chidambaranar Custom House, Tuticorin\n"
             "Mobile: +91 94430 12876\nE-mail: m.selvakumar@icegate.gov.in" + DISC)
    body = multi("mixed", [alt(plain, b="c05"),
                           att(make_xlsx(rows2("Custom House, Tuticorin", "Tuticorin")), XLSX_CT, "template.xlsx"),
                           att(sb_pdf("Harshvardhan Chaudhary", "14/03/1997", "20/10/2025"), PDF, "service book 1.pdf"),
                           att(sb_pdf("Nandini Parmar", "05/08/1995", "20/10/2025"), PDF, "service book 2.pdf")], "=_c05")
    case("005-creation-signature-then-long-disclaimer",
         mail(hdr(addr("Systems Tuticorin", frm), "Request for creation of SSO ID", "Fri, 7 Nov 2025 09:30:00 +0530",
                  "c3-005@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("generic", "sso_creation", kinds=["template", "service_book", "service_book"]),
         "Generic sysmgr ID, full signature followed by a long CBIC disclaimer")

    # 006 sign-off without name / email, then disclaimer
    frm = "sysmgr.mangalore@icegate.gov.in"
    plain = ("Sir,\n\nShri Prakash Shetty, Inspector, has been promoted as Superintendent. The promotion order and\n"
             "the first page of his service book are enclosed. Kindly update the designation.\n\n"
             "Regards,\nSystem Manager\nNew Mangalore Custom House\nTel: 0824-2408012" + DISC)
    body = multi("mixed", [alt(plain, b="c06"),
                           att(promo_pdf("Prakash Shetty"), PDF, "promotion order Prakash Shetty.pdf"),
                           att(jpeg(6), "image/jpeg", "service book Prakash Shetty.jpg")], "=_c06")
    case("006-promotion-sysmgr-no-name-no-email-disclaimer",
         mail(hdr(addr("System Manager NMCH", frm), "Designation updation - Prakash Shetty",
                  "Mon, 10 Nov 2025 11:11:00 +0530", "c3-006@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("generic", "designation_update", missing=["signature_email", "signature_name"], action="request_missing",
             kinds=["promotion_order", "service_book"]),
         "Generic sysmgr ID signs only 'System Manager' + landline, then a disclaimer: no name, no individual e-mail")

    # 007 two signatures: forwarder incomplete, forwarded officer complete
    frm = "sysmgr.vadodara1@icegate.gov.in"
    plain = ("Sir,\n\nThe request below is forwarded for necessary action. Documents attached.\n\n"
             "Regards,\nS. K. Patel\nSupdt. (Systems)\n\n"
             "---------- Forwarded message ---------\n"
             "From: Deepak Tyagi <deepak.tyagi@icegate.gov.in>\nDate: Tue, 11 Nov 2025 at 10:02\n"
             "Subject: Role mapping in GST BO\nTo: <sysmgr.vadodara1@icegate.gov.in>\n\n\n"
             "Sir,\n\nI have joined Range-III, Division-II on transfer. Kindly get my roles mapped in GST BO.\n"
             "Transfer order, local posting order and charge report are attached.\n\n"
             "Regards,\nDeepak Tyagi\nInspector\nRange-III, Division-II, CGST Vadodara-I\nMobile: 9898012345\n"
             "E-mail: deepak.tyagi@icegate.gov.in\n")
    body = multi("mixed", [alt(plain, b="c07"), att(transfer_pdf("Deepak Tyagi"), PDF, "Transfer order.pdf"),
                           att(lpo_pdf("Deepak Tyagi"), PDF, "Posting order.pdf"),
                           att(charge_pdf("Deepak Tyagi"), PDF, "Charge report.pdf")], "=_c07")
    case("007-role-forward-two-signatures-forwarder-incomplete",
         mail(hdr(addr("System Manager Vadodara-I", frm), "Fwd: Role mapping in GST BO", "Tue, 11 Nov 2025 12:30:00 +0530",
                  "c3-007@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("generic", "role_mapping", missing=["signature_email", "signature_phone"], action="request_missing",
             kinds=["transfer_order", "posting_order", "charge_report"]),
         "Generic forwarder signs with name + designation only; the forwarded officer's full signature does not fill it")

    # 008 generic reset on behalf, Dy. Commr. (Systems), Mob. +91 98290-45123
    frm = "systems.jodhpur@icegate.gov.in"
    plain = ("Sir,\n\nThe following officer has forgotten the password of his SSO ID. Kindly reset it.\n\n"
             "Name: Vikram Singh Rathore\nDesignation: Inspector\nSSO ID: 10293847\nMobile No.: 9414012399\n\n"
             "Yours faithfully,\nSd/-\n(Anuradha Joshi)\nDy. Commr. (Systems)\nCustoms (Preventive), Jodhpur\n"
             "Mob. +91 98290-45123\nE-mail: anuradha.joshi@icegate.gov.in\n")
    case("008-reset-generic-dy-commr-sd-mob-plus91",
         mail(hdr(addr("Systems Jodhpur", frm), "Password reset of SSO ID - Vikram Singh Rathore",
                  "Wed, 12 Nov 2025 16:00:00 +0530", "c3-008@icegate.gov.in", mailer=ZIMBRA), alt(plain, b="c08"),
              from_addr=frm),
         exp("generic", "password_reset"),
         "Generic systems ID asks reset for an officer (labelled details); signature 'Sd/- (Name)', 'Dy. Commr. (Systems)', 'Mob. +91 98290-45123'")

    # 009 intercom plus mobile
    frm = "sysmgr.icdtkd@icegate.gov.in"
    plain = ("Sir,\n\nKindly check whether an SSO ID already exists for the officer below, who joined ICD\n"
             "Tughlakabad on deputation from CBDT.\n\nName: Rohit Malhotra\nDesignation: Preventive Officer\n"
             "Mobile: 9811045670\n\nRegards,\nPooja Arora\nSuperintendent (Systems), ICD Tughlakabad\n"
             "Intercom 2345 | M: 98110 77221\npooja.arora@icegate.gov.in\n")
    case("009-status-sysmgr-intercom-and-mobile",
         mail(hdr(addr("Sysmgr ICD TKD", frm), "SSO ID status enquiry", "Thu, 13 Nov 2025 10:20:00 +0530",
                  "c3-009@icegate.gov.in", mailer=ZIMBRA), alt(plain, b="c09"), from_addr=frm),
         exp("generic", "sso_status"),
         "Generic ID; signature with 'Intercom 2345 | M: 98110 77221' and a bare e-mail line")

    # 010 individual email given as the generic mailbox itself
    frm = "sysmgr.cochin@icegate.gov.in"
    plain = ("Sir,\n\nKindly create SSO IDs for the two officers in the attached template. Service book copies\n"
             "attached.\n\nRegards,\nJoseph Mathew\nSupdt. (Systems)\nCochin Custom House\nM: 9447012345\n"
             "e-mail id - sysmgr.cochin@icegate.gov.in\n")
    body = multi("mixed", [alt(plain, b="c10"), att(make_xlsx(rows2("Custom House, Cochin", "Kochi")), XLSX_CT, "SSO.xlsx"),
                           att(sb_pdf("Harshvardhan Chaudhary", "14/03/1997", "20/10/2025"), PDF, "SB-1.pdf"),
                           att(sb_pdf("Nandini Parmar", "05/08/1995", "20/10/2025"), PDF, "SB-2.pdf")], "=_c10")
    case("010-creation-sig-email-is-generic-mailbox",
         mail(hdr(addr("System Manager Cochin", frm), "SSO ID creation", "Fri, 14 Nov 2025 11:45:00 +0530",
                  "c3-010@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("generic", "sso_creation", missing=["signature_email"], action="request_missing",
             kinds=["template", "service_book", "service_book"]),
         "Generic ID gives its own mailbox as 'e-mail id -': not an individual e-mail ID")

    # 011 name and designation on one line, bare number | email
    frm = "systems.chennaiair@icegate.gov.in"
    plain = ("Sir,\n\nKindly update the designation of Smt. Lakshmi Narayanan, promoted from Inspector to\n"
             "Superintendent. Office order and service book attached.\n\nRegards,\n"
             "R. Srinivasan, Supdt. (Systems)\nAir Cargo Complex, Chennai\n"
             "9444012345 | r.srinivasan@icegate.gov.in\n")
    body = multi("mixed", [alt(plain, b="c11"), att(promo_pdf("Lakshmi Narayanan", no="88/2025"), PDF, "Office Order 88-2025.pdf"),
                           att(sb_pdf("Lakshmi Narayanan", "19/06/1985", "01/09/2009"), PDF, "SB.pdf")], "=_c11")
    case("011-promotion-generic-name-designation-one-line",
         mail(hdr(addr("Systems Chennai Air", frm), "Designation update", "Mon, 17 Nov 2025 14:05:00 +0530",
                  "c3-011@icegate.gov.in", mailer=TB), body, from_addr=frm),
         exp("generic", "designation_update", kinds=["promotion_order", "service_book"]),
         "Generic ID; signature 'R. Srinivasan, Supdt. (Systems)' on one line and '9444012345 | x@icegate.gov.in'")

    # 012 Outlook reply, signature only in quoted original
    frm = "sysmgr.paradip@icegate.gov.in"
    plain = ("PFA the service book pages as asked.\r\n\r\nRegards\r\n\r\n"
             "From: Saksham Seva <saksham.seva@icegate.gov.in>\r\nSent: Tuesday, November 18, 2025 10:02 AM\r\n"
             "To: sysmgr.paradip@icegate.gov.in\r\nSubject: RE: SSO ID creation - 2 Inspectors\r\n\r\n"
             "Please send the service book pages.\r\n\r\n"
             "From: sysmgr.paradip@icegate.gov.in\r\nSent: Monday, November 17, 2025 4:10 PM\r\n"
             "To: Saksham Seva\r\nSubject: SSO ID creation - 2 Inspectors\r\n\r\n"
             "Template attached.\r\n\r\nRegards,\r\nBiswajit Mohanty\r\nSuperintendent (Systems)\r\n"
             "Mobile: 9437012345\r\nE-mail: biswajit.mohanty@icegate.gov.in\r\n").replace("\r\n", "\n")
    body = multi("mixed", [alt(plain, b="c12"), att(jpeg(121), "image/jpeg", "service book page 1.jpg"),
                           att(jpeg(122), "image/jpeg", "service book page 2.jpg")], "=_c12")
    case("012-creation-outlook-reply-signature-only-in-quote",
         mail(hdr(addr("sysmgr.paradip", frm), "RE: SSO ID creation - 2 Inspectors", "Tue, 18 Nov 2025 12:00:00 +0530",
                  "c3-012@icegate.gov.in", mailer=OUTLOOK), body, crlf=True, from_addr=frm),
         exp("generic", "sso_creation", missing=["signature_designation", "signature_email", "signature_name",
                                                 "signature_phone", "template"], action="request_missing",
             kinds=["service_book", "service_book"]),
         "Outlook reply from a generic ID: the full signature and template are only in the quoted earlier mail")

    # ---------------------------------------------------------------- details in running text
    frm = "priya.raman88@gmail.com"
    plain = ("Respected Sir/Madam,\n\nI am Priya Raman, working as Examiner at Chennai Custom House since 2019. "
             "I am\nnot sure whether an SSO ID was ever created in my name. Kindly check and let me know.\n"
             "My mobile no. is 98290 45123.\n\nThank you\n")
    case("013-status-gmail-running-text-spaced-mobile",
         mail(hdr(addr("Priya Raman", frm), "Is there an SSO ID in my name?", "Wed, 19 Nov 2025 20:14:00 +0530",
                  "c3-013@mail.gmail.com"), alt(plain, b="c13"), from_addr=frm,
              ar=ar_pass("gmail.com", "priya.raman88")),
         exp("personal", "sso_status"),
         "Status enquiry; name, designation and mobile ('98290 45123') only in running text")

    frm = "sunil.yadav1979@rediffmail.com"
    plain = ("महोदय,\n\nकृपया बताएं कि मेरे नाम से SSO ID बनी हुई है या नहीं।\n\n"
             "नाम: सुनील कुमार यादव\nपदनाम: निरीक्षक (Inspector)\nमोबाइल नं.: 9876501234\n\nधन्यवाद\n")
    case("014-status-rediff-devanagari-labels",
         mail(hdr(addr("Sunil", frm), "SSO ID की स्थिति", "Thu, 20 Nov 2025 09:05:00 +0530", "c3-014@rediffmail.com",
                  mailer=REDIFF), text(plain, cte="b64"), from_addr=frm, ar=ar_pass("rediffmail.com", "sunil.yadav1979")),
         exp("personal", "sso_status"),
         "Status enquiry in Hindi with Devanagari labels नाम, पदनाम, मोबाइल नं.")

    frm = "manoj.kumawat@icegate.gov.in"
    plain = ("Sir,\n\nI have forgotten the password of my SSO ID. My name is Manoj Kumawat and I am working as\n"
             "Inspector at CGST Range-II, Ajmer. My user id is 12345678 and my mobile number is\n"
             "+91 98290-45123. Kindly reset the password.\n\nThanks and regards\n")
    case("015-reset-running-text-user-id-plus91",
         mail(hdr(addr("Manoj Kumawat", frm), "Forgot password", "Fri, 21 Nov 2025 10:10:00 +0530",
                  "c3-015@icegate.gov.in", mailer=ZIMBRA), alt(plain, b="c15"), from_addr=frm),
         exp("icegate", "password_reset"),
         "Reset from own ICEGATE ID; all details in running text ('my user id is', '+91 98290-45123')")

    frm = "geeta.bisht@icegate.gov.in"
    plain = ("Sir,\n\nMy SSO ID has become inactive as I was on long leave. Kindly activate it.\n\n"
             "I am Geeta Bisht, Superintendent, CGST Dehradun.\nalternate mail id: geeta.bisht72@gmail.com\n"
             "mobile 94120 56781\n\nRegards\nGeeta\n")
    case("016-reset-activation-alternate-mail-id",
         mail(hdr(addr("Geeta Bisht", frm), "Activation of SSO ID", "Mon, 24 Nov 2025 11:30:00 +0530",
                  "c3-016@icegate.gov.in", mailer=ZIMBRA), alt(plain, b="c16"), from_addr=frm),
         exp("icegate", "password_reset"),
         "Activation of an inactive SSO ID; alternate mail id instead of SSO ID; mobile with a space")

    frm = "subrata.ghosh@icegate.gov.in"
    plain = ("Sir,\n\nI am unable to log in as I forgot my password. I am Subrata Ghosh, Appraiser, Kolkata\n"
             "Custom House. My SSO ID is 20481632. You may call me on my office phone 033 2254 1234.\n\nRegards\n"
             "Subrata Ghosh\n")
    case("017-reset-std-number-only",
         mail(hdr(addr("Subrata Ghosh", frm), "Password reset request", "Tue, 25 Nov 2025 15:00:00 +0530",
                  "c3-017@icegate.gov.in", mailer=ZIMBRA), alt(plain, b="c17"), from_addr=frm),
         exp("icegate", "password_reset", missing=["mobile"], action="request_missing"),
         "Reset with only an office phone written as STD code and number: no mobile")

    frm = "rohit.sharma.cbic@gmail.com"
    plain = ("Sir,\n\nI am Rohit Sharma. My mobile number is 9829012121. Please tell whether an SSO ID has been\n"
             "created in my name.\n\nRohit\n")
    case("018-status-no-designation",
         mail(hdr(addr("Rohit Sharma", frm), "SSO ID exists or not", "Wed, 26 Nov 2025 21:00:00 +0530",
                  "c3-018@mail.gmail.com"), alt(plain, b="c18"), from_addr=frm, ar=ar_pass("gmail.com", "rohit.sharma.cbic")),
         exp("personal", "sso_status", missing=["designation"], action="request_missing"),
         "Status enquiry with name and mobile in running text, no designation anywhere")

    frm = "anil.verma@icegate.gov.in"
    plain = ("नमस्ते,\n\nमैं अपना SSO ID का पासवर्ड भूल गया हूँ। कृपया रीसेट करें।\n\n"
             "नाम: अनिल कुमार वर्मा\nपदनाम: अधीक्षक\nSSO ID: 30571126\nमोबाइल नं.: 98290 33445\n\nधन्यवाद\n")
    case("019-reset-devanagari-labels-complete",
         mail(hdr(addr("अनिल कुमार वर्मा", frm), "पासवर्ड रीसेट", "Thu, 27 Nov 2025 09:40:00 +0530",
                  "c3-019@icegate.gov.in", mailer=ZIMBRA), text(plain, cte="b64"), from_addr=frm),
         exp("icegate", "password_reset"),
         "Reset in Hindi with Devanagari labels and a spaced mobile")

    frm = "meera.nair.kochi@yahoo.com"
    plain = ("Sir,\n\nKindly let me know whether an SSO ID exists in my name. I am Meera Nair, Preventive Officer,\n"
             "Cochin Custom House. My mobile no. is 98290 4512.\n\nRegards\nMeera Nair\n")
    case("020-status-nine-digit-mobile",
         mail(hdr(addr("Meera Nair", frm), "SSO ID status", "Fri, 28 Nov 2025 13:00:00 +0530",
                  "c3-020@yahoo.com", mailer=YAHOO), alt(plain, b="c20"), from_addr=frm, ar=ar_pass("yahoo.com", "meera.nair.kochi")),
         exp("personal", "sso_status", missing=["mobile"], action="request_missing"),
         "Status enquiry whose only number has 9 digits: not a mobile")

    frm = "anilk.verma@icegate.gov.in"
    plain = ("Sir,\n\nI, Anil Kumar Verma, Inspector, CGST Jaipur, request you to kindly check whether an SSO ID\n"
             "already exists in my name; I am not able to find my credentials. Contact 9829045111.\n\nRegards\n")
    case("021-status-icegate-running-text",
         mail(hdr(addr("Anil Kumar Verma", frm), "Whether SSO ID already exists", "Mon, 1 Dec 2025 10:00:00 +0530",
                  "c3-021@icegate.gov.in", mailer=ZIMBRA), alt(plain, b="c21"), from_addr=frm),
         exp("icegate", "sso_status"),
         "Status enquiry from an individual ICEGATE ID, details in one sentence")

    # ---------------------------------------------------------------- request-type phrasing
    frm = "pankaj.mishra@icegate.gov.in"
    plain = ("Sir,\n\nMy designation is wrongly shown as Inspector in ACES and GST BO although I have been promoted\n"
             "as Superintendent vide Office Order No. 45/2025. Kindly update my designation. The office order and\n"
             "the first page of my service book are attached.\n\nRegards\nPankaj Mishra\nSuperintendent\n")
    body = multi("mixed", [alt(plain, b="c22"), att(promo_pdf("Pankaj Mishra"), PDF, "Office Order 45-2025.pdf"),
                           att(sb_pdf("Pankaj Mishra", "12/12/1984", "03/03/2008"), PDF, "SB.pdf")], "=_c22")
    case("022-promotion-designation-wrongly-shown",
         mail(hdr(addr("Pankaj Mishra", frm), "Designation wrongly shown as Inspector", "Tue, 2 Dec 2025 11:00:00 +0530",
                  "c3-022@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("icegate", "designation_update", kinds=["promotion_order", "service_book"]),
         "'Designation wrongly shown as Inspector' after promotion; Office Order 45-2025.pdf with promotion text")

    frm = "deepak.tyagi@icegate.gov.in"
    plain = ("Sir,\n\nI have joined CGST Vadodara-I on transfer and have been posted to Range-III. Kindly map me as\n"
             "Range Officer in GST BO. Transfer order, LPO and joining report attached.\n\nRegards\nDeepak Tyagi\nInspector\n")
    body = multi("mixed", [alt(plain, b="c23"), att(transfer_pdf("Deepak Tyagi"), PDF, "TO.pdf"),
                           att(lpo_pdf("Deepak Tyagi"), PDF, "LPO.pdf"),
                           att(jpeg(23), "image/jpeg", "joining report.jpg")], "=_c23")
    case("023-role-map-me-as-range-officer-lpo",
         mail(hdr(addr("Deepak Tyagi", frm), "Request for GST BO role", "Wed, 3 Dec 2025 10:30:00 +0530",
                  "c3-023@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("icegate", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report"]),
         "'Kindly map me as Range Officer in GST BO'; TO.pdf and LPO.pdf told by text layer, joining report.jpg")

    frm = "sysmgr.mundra@icegate.gov.in"
    plain = ("Sir,\n\nKindly issue login credentials for the new joinees listed in the attached sheet. Service\n"
             "book copies are attached.\n\nRegards,\nHetal Desai\nSupdt. (Sys)\nCustom House, Mundra\nM: 9879012345\n"
             "E-mail: hetal.desai@icegate.gov.in\n")
    body = multi("mixed", [alt(plain, b="c24"), att(make_xlsx(rows2("Custom House, Mundra", "Mundra")), XLSX_CT, "new joinees.xlsx"),
                           att(sb_pdf("Harshvardhan Chaudhary", "14/03/1997", "20/10/2025"), PDF, "SB1.pdf"),
                           att(sb_pdf("Nandini Parmar", "05/08/1995", "20/10/2025"), PDF, "SB2.pdf")], "=_c24")
    case("024-creation-login-credentials-new-joinee",
         mail(hdr(addr("Sysmgr Mundra", frm), "Login credentials for new joinee", "Thu, 4 Dec 2025 12:00:00 +0530",
                  "c3-024@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("generic", "sso_creation", kinds=["template", "service_book", "service_book"]),
         "'Login credentials for new joinees' = creation; template named 'new joinees.xlsx'")

    frm = "farhan.qureshi@icegate.gov.in"
    plain = ("Sir,\n\nI have forgotten the password of my SSO ID (used for ACES and the ICEGATE mailbox). Kindly\n"
             "reset it.\n\nName: Farhan Qureshi\nDesignation: Inspector\nSSO ID: 40917733\nMobile: 9820134567\n\n"
             "Regards,\nFarhan Qureshi\nInspector, ECCS Cell\nAir Cargo Complex, Sahar, Mumbai\n")
    case("025-reset-eccs-only-in-signature",
         mail(hdr(addr("Farhan Qureshi", frm), "SSO ID password reset", "Fri, 5 Dec 2025 10:45:00 +0530",
                  "c3-025@icegate.gov.in", mailer=ZIMBRA), alt(plain, b="c25"), from_addr=frm),
         exp("icegate", "password_reset"),
         "SSO ID password reset whose only ECCS mention is the sender's posting in the signature")

    frm = "shreeji.exports.surat@gmail.com"
    plain = ("Dear Sir,\n\nWe have obtained our IEC from DGFT last week (IEC 2425012345). We are now trying to do\n"
             "ICEGATE registration on the portal but the IEC is not getting validated and we cannot log in.\n"
             "Please help us complete the registration.\n\nThanks\nShreeji Exports, Surat\n")
    case("026-trade-dgft-iec-icegate-registration",
         mail(hdr(addr("Shreeji Exports", frm), "ICEGATE registration problem", "Mon, 8 Dec 2025 17:20:00 +0530",
                  "c3-026@mail.gmail.com"), alt(plain, b="c26"), from_addr=frm, ar=ar_pass("gmail.com", "shreeji.exports.surat")),
         exp("personal", "trade_portal", action="redirect"),
         "Trader: DGFT IEC and ICEGATE portal registration")

    frm = "neha.joshi@icegate.gov.in"
    plain = ("Sir,\n\nI have been relieved from CGST Pune-I on transfer and have joined CGST Nashik. Kindly unmap my\n"
             "roles at Pune-I and map the roles at Nashik as per the posting order. Transfer order, local posting\n"
             "order, relieving order and the charge handing over / taking over report are attached.\n\n"
             "Regards\nNeha Joshi\nSuperintendent\n")
    body = multi("mixed", [alt(plain, b="c27"), att(transfer_pdf("Neha Joshi"), PDF, "transfer order.pdf"),
                           att(lpo_pdf("Neha Joshi", "Range-I, Nashik"), PDF, "local posting order.pdf"),
                           att(charge_pdf("Neha Joshi", "RELIEF REPORT"), PDF, "relieving order.pdf"),
                           att(charge_pdf("Neha Joshi"), PDF, "charge handing over taking over.pdf")], "=_c27")
    case("027-role-relieving-and-charge-handover",
         mail(hdr(addr("Neha Joshi", frm), "Unmapping and mapping of roles", "Tue, 9 Dec 2025 11:20:00 +0530",
                  "c3-027@icegate.gov.in", mailer=TB), body, from_addr=frm),
         exp("icegate", "role_mapping", kinds=["transfer_order", "posting_order", "charge_report", "charge_report"]),
         "Role mapping with 'relieving order.pdf' (relief report text) and 'charge handing over taking over.pdf'")

    frm = "sysmgr.pune1@icegate.gov.in"
    plain = ("Sir,\n\nShri Amol Patil, Inspector, has been relieved on transfer to CGST Nagpur. Kindly unmap his\n"
             "roles in ACES-GST. The transfer order and his relief report are attached.\n\nRegards,\n"
             "Swati Kulkarni\nSuperintendent (Systems)\nM: 9822012345\nE-mail: swati.kulkarni@icegate.gov.in\n")
    body = multi("mixed", [alt(plain, b="c28"), att(transfer_pdf("Amol Patil"), PDF, "Transfer Order 112-2025.pdf"),
                           att(charge_pdf("Amol Patil", "RELIEF REPORT"), PDF, "relief report Amol Patil.pdf")], "=_c28")
    case("028-role-unmap-relieved-no-posting-order",
         mail(hdr(addr("Sysmgr Pune-I", frm), "Unmapping of roles - Amol Patil", "Wed, 10 Dec 2025 15:15:00 +0530",
                  "c3-028@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("generic", "role_mapping", missing=["posting_order"], action="request_missing",
             kinds=["transfer_order", "charge_report"]),
         "Unmapping after relief; transfer order and relief report, no local posting order")

    # ---------------------------------------------------------------- templates
    hdrs = STD_HEADERS[:4] + ["Gender"] + STD_HEADERS[4:] + ["Remarks"]
    import openpyxl
    from openpyxl.styles import Font

    def xlsx_extra(rows, remarks_only_row=False):
        wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Sheet1"
        ws.cell(row=1, column=1, value="SSO ID creation - Custom House Kandla").font = Font(bold=True)
        red = {"First Name", "Last Name", "Designation", "Date of Birth (DD/MM/YYYY)", "Date of Joining CBIC (DD/MM/YYYY)",
               "Mobile No.", "Alternate Email ID", "Commissionerate / Office"}
        for i, h in enumerate(hdrs, 1):
            ws.cell(row=2, column=i, value=h).font = Font(bold=True, color=RED if h in red else BLACK)
        r = 2
        for row in rows:
            r += 1
            for i, v in enumerate(row, 1):
                if v not in (None, ""):
                    c = ws.cell(row=r, column=i, value=v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "DD/MM/YYYY"
        if remarks_only_row:
            r += 1
            ws.cell(row=r, column=len(hdrs), value="Service books of both officers enclosed")
        wb.properties.created = dt.datetime(2025, 1, 1); wb.properties.modified = dt.datetime(2025, 1, 1)
        out = io.BytesIO(); wb.save(out); return out.getvalue()

    rx = [r[:4] + [g] + r[4:] + [rm] for r, g, rm in zip(rows2(), ["M", "F"], ["Joined on 20.10.2025", "Direct recruit"])]
    frm = "ac.systems.kandla@icegate.gov.in"
    plain = ("Sir,\n\nKindly create SSO IDs for the officers in the attached template (our version has a Gender and a\n"
             "Remarks column). Service books attached.\n\nRegards,\nManish Gupta\nAssistant Commissioner (Systems)\n"
             "Custom House, Kandla\nMobile: 9925012345\nE-mail: manish.gupta@icegate.gov.in\n")
    body = multi("mixed", [alt(plain, b="c29"), att(xlsx_extra(rx), XLSX_CT, "SSO template.xlsx"),
                           att(sb_pdf("Harshvardhan Chaudhary", "14/03/1997", "20/10/2025"), PDF, "SB_1.pdf"),
                           att(sb_pdf("Nandini Parmar", "05/08/1995", "20/10/2025"), PDF, "SB_2.pdf")], "=_c29")
    case("029-creation-template-extra-gender-remarks-columns",
         mail(hdr(addr("AC Systems Kandla", frm), "SSO ID creation request", "Thu, 11 Dec 2025 10:00:00 +0530",
                  "c3-029@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("generic", "sso_creation", kinds=["template", "service_book", "service_book"]),
         "Template with an extra 'Gender' column in the middle and a 'Remarks' column at the end; clean")

    body = multi("mixed", [alt(plain.replace("our version has a Gender and a\nRemarks column", "see remarks"), b="c30"),
                           att(xlsx_extra(rx, remarks_only_row=True), XLSX_CT, "SSO template.xlsx"),
                           att(sb_pdf("Harshvardhan Chaudhary", "14/03/1997", "20/10/2025"), PDF, "SB_1.pdf"),
                           att(sb_pdf("Nandini Parmar", "05/08/1995", "20/10/2025"), PDF, "SB_2.pdf")], "=_c30")
    mand = ["first_name", "last_name", "designation", "date_of_birth", "date_of_joining", "mobile", "alt_email", "office"]
    case("030-creation-template-remarks-only-row",
         mail(hdr(addr("AC Systems Kandla", frm), "SSO ID creation request", "Fri, 12 Dec 2025 10:00:00 +0530",
                  "c3-030@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("generic", "sso_creation", errors=[(5, k, "missing_mandatory") for k in mand], action="request_missing",
             kinds=["template", "service_book", "service_book"]),
         "Template whose last row has only a Remarks note: a data row with every mandatory cell empty")

    frm = "vinod.pillai@icegate.gov.in"
    rws = rows2("Custom House, Cochin", "Kochi")
    rws[1][1] = "N."
    plain = ("Sir,\n\nPlease create SSO IDs for two new Inspectors. Template (with an instructions sheet) and service\n"
             "books attached.\n\nRegards\nVinod Pillai\nDeputy Commissioner\n")
    body = multi("mixed", [alt(plain, b="c31"), att(make_xlsx(rws, extra_sheet=True), XLSX_CT, "SSO template.xlsx"),
                           att(sb_pdf("Harshvardhan Chaudhary", "14/03/1997", "20/10/2025"), PDF, "SB1.pdf"),
                           att(sb_pdf("Nandini Parmar", "05/08/1995", "20/10/2025"), PDF, "SB2.pdf")], "=_c31")
    case("031-creation-template-then-instructions-sheet-initial",
         mail(hdr(addr("Vinod Pillai", frm), "SSO ID creation", "Mon, 15 Dec 2025 10:00:00 +0530",
                  "c3-031@icegate.gov.in", mailer=ZIMBRA), body, from_addr=frm),
         exp("icegate", "sso_creation", errors=[(5, "first_name", "initials_in_name")], action="request_missing",
             kinds=["template", "service_book", "service_book"]),
         "Template first sheet + an Instructions second sheet; row 5 first name is the initial 'N.'")

    frm = "sysmgr.nhava@icegate.gov.in"
    plain = ("Sir,\n\nSSO ID creation requested for the officers in the attached file. SB copies attached.\n\n"
             "Regards,\nAjay Kadam\nSupdt. (Systems)\nJNCH, Nhava Sheva\nM: 9869012345\nE-mail: ajay.kadam@icegate.gov.in\n")
    body = multi("mixed", [alt(plain, b="c32"),
                           att(make_xlsx(rows2("JNCH, Nhava Sheva", "Nhava Sheva")), "application/octet-stream",
                               "SSO_NEW_JOINEES.XLSX"),
                           att(sb_pdf("Harshvardhan Chaudhary", "14/03/1997", "20/10/2025"), PDF, "SB1.pdf"),
                           att(sb_pdf("Nandini Parmar", "05/08/1995", "20/10/2025"), PDF, "SB2.pdf")], "=_c32")
    case("032-creation-template-octet-stream-upper-ext",
         mail(hdr(addr("Sysmgr JNCH", frm), "SSO ID creation", "Tue, 16 Dec 2025 10:00:00 +0530",
                  "c3-032@icegate.gov.in", mailer=OUTLOOK), body, crlf=True, from_addr=frm),
         exp("generic", "sso_creation", kinds=["template", "service_book", "service_book"]),
         "Template sent as application/octet-stream named 'SSO_NEW_JOINEES.XLSX'")

    # ---------------------------------------------------------------- automated
    mx = "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@cbic.onmicrosoft.com"
    rep = ("--dsn33\nContent-Type: text/plain; charset=us-ascii\n\nDelivery is delayed to these recipients or groups:\n\n"
           "r.menon82@outlook.com\n\nSubject: Acknowledgement - case SS-2025-0412\n\n"
           "This message hasn't been delivered yet. Delivery will continue to be attempted.\n\n"
           "--dsn33\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;BM1PR01MB1234.INDPRD01.PROD.OUTLOOK.COM\n\n"
           "Final-Recipient: rfc822;r.menon82@outlook.com\nAction: delayed\nStatus: 4.4.7\n\n"
           "--dsn33\nContent-Type: text/rfc822-headers\n\nFrom: saksham.seva@icegate.gov.in\nSubject: Acknowledgement - case SS-2025-0412\n\n"
           "--dsn33--\n")
    raw = (f"Delivered-To: {HELPDESK}\nFrom: Microsoft Outlook <{mx}>\nTo: {HELPDESK}\n"
           "Date: Wed, 17 Dec 2025 08:00:00 +0000\nMessage-ID: <c3-033@cbic.onmicrosoft.com>\n"
           "Subject: Delivery Status Notification (Delay)\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
           "Content-Type: multipart/report; report-type=delivery-status; boundary=\"dsn33\"\n\n" + rep).encode()
    case("033-auto-outlook-dsn-delay", raw, exp("automated", "unknown", action="ignore"),
         "Outlook 'Delivery Status Notification (Delay)' (multipart/report, Auto-Submitted)")

    frm = "kiran.rao@icegate.gov.in"
    raw = (f"Delivered-To: {HELPDESK}\nFrom: Kiran Rao <{frm}>\nTo: {HELPDESK}\n"
           "Date: Wed, 17 Dec 2025 11:00:00 +0530\nMessage-ID: <c3-034@icegate.gov.in>\n"
           "Subject: Read: Acknowledgement - case SS-2025-0588\nMIME-Version: 1.0\n"
           "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"mdn34\"\n\n"
           "--mdn34\nContent-Type: text/plain; charset=utf-8\n\nYour message was read on Wednesday, December 17, 2025 11:00 AM.\n\n"
           "--mdn34\nContent-Type: message/disposition-notification\n\nReporting-UA: icegate.gov.in; Zimbra\n"
           f"Final-Recipient: rfc822;{frm}\nOriginal-Message-ID: <ack-0588@icegate.gov.in>\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n\n--mdn34--\n").encode()
    case("034-auto-read-receipt-mdn", raw, exp("automated", "unknown", action="ignore"),
         "Read receipt (multipart/report; report-type=disposition-notification) from an officer's ICEGATE ID, no Auto-Submitted")

    frm = "ravi.menon@icegate.gov.in"
    ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Zimbra-Calendar-Provider\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
           "UID:vc-20251218@icegate.gov.in\r\nSUMMARY:Accepted: Review meeting - Systems\r\n"
           f"ATTENDEE;PARTSTAT=ACCEPTED:mailto:{frm}\r\nDTSTART:20251218T060000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    body = multi("mixed", [text("Yes, I will attend.\n\nRavi Menon has accepted your invitation.\n", cte="7bit"),
                           att(ics.encode(), "text/calendar", "invite.ics")], "=_c35")
    case("035-auto-calendar-auto-accept",
         mail(hdr(addr("Ravi Menon", frm), "Accepted: Review meeting - Systems", "Wed, 17 Dec 2025 12:00:00 +0530",
                  "c3-035@icegate.gov.in", mailer=ZIMBRA, extra={"Auto-Submitted": "auto-generated"}), body, from_addr=frm),
         exp("automated", "unknown", action="ignore", kinds=["other"]),
         "Calendar auto-accept with Auto-Submitted: auto-generated and an invite.ics part")

    # ---------------------------------------------------------------- authentication
    def reset_plain(n, d, s, m):
        return (f"Sir,\n\nI have forgotten my SSO ID password. Kindly reset it.\n\nName: {n}\nDesignation: {d}\n"
                f"SSO ID: {s}\nMobile No.: {m}\n\nRegards\n{n}\n")

    frm = "sachin.more@icegate.gov.in"
    arh = ("Authentication-Results: spf=pass smtp.mailfrom=icegate.gov.in;\n\tdkim=none;\n"
           "\tdmarc=fail action=quarantine header.from=icegate.gov.in")
    case("036-auth-no-authserv-id-dmarc-fail",
         mail(hdr(addr("Sachin More", frm), "Password reset", "Thu, 18 Dec 2025 23:10:00 +0530", "c3-036@icegate.gov.in",
                  mailer=ZIMBRA), alt(reset_plain("Sachin More", "Inspector", "51230987", "9822033441"), b="c36"),
              from_addr=frm, ar=arh),
         exp("icegate", "password_reset", action="review"),
         "Topmost Authentication-Results has no authserv-id and says dmarc=fail")

    frm = "lata.deshpande@icegate.gov.in"
    arh = ("Authentication-Results: mx.icegate.gov.in (Postfix 3.5.9; verified);\n"
           "\tspf=pass (mx.icegate.gov.in: domain of lata.deshpande@icegate.gov.in designates 10.10.30.14 as permitted sender) smtp.mailfrom=lata.deshpande@icegate.gov.in;\n"
           "\tdkim=pass (2048-bit key; unprotected) header.d=icegate.gov.in header.s=sel2024;\n"
           "\tdmarc=fail (p=quarantine dis=none; alignment failed) header.from=icegate.gov.in")
    case("037-auth-comments-dmarc-fail",
         mail(hdr(addr("Lata Deshpande", frm), "Password reset", "Thu, 18 Dec 2025 10:10:00 +0530", "c3-037@icegate.gov.in",
                  mailer=ZIMBRA), alt(reset_plain("Lata Deshpande", "Superintendent", "51230988", "9822033442"), b="c37"),
              from_addr=frm, ar=arh),
         exp("icegate", "password_reset", action="review"),
         "Topmost Authentication-Results full of comments, dmarc=fail")

    frm = "imran.sheikh@icegate.gov.in"
    arh = ("Authentication-Results: mx.icegate.gov.in;\n"
           "\tspf=fail (mx.icegate.gov.in: domain of imran.sheikh@icegate.gov.in does not designate 164.100.14.5 as permitted sender) smtp.mailfrom=imran.sheikh@icegate.gov.in;\n"
           "\tdkim=pass (good signature) header.i=@icegate.gov.in")
    case("038-auth-spf-fail-dkim-pass-header-i",
         mail(hdr(addr("Imran Sheikh", frm), "Password reset", "Fri, 19 Dec 2025 10:10:00 +0530", "c3-038@icegate.gov.in",
                  mailer=ZIMBRA), alt(reset_plain("Imran Sheikh", "Inspector", "51230989", "9822033443"), b="c38"),
              from_addr=frm, ar=arh),
         exp("icegate", "password_reset"),
         "spf=fail but dkim=pass identified by header.i=@icegate.gov.in (the From domain): not a failure")

    frm = "tushar.jain@icegate.gov.in"
    arh = ("Authentication-Results: mx.icegate.gov.in;\n\tspf=softfail (transitioning) smtp.mailfrom=tushar.jain@icegate.gov.in;\n"
           "\tdkim=pass (1024-bit key) header.d=ICEGATE.GOV.IN header.s=sel2024;\n"
           "\tdmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=ICEGATE.GOV.IN")
    case("039-auth-uppercase-domain-softfail",
         mail(hdr(addr("Tushar Jain", frm), "Password reset", "Fri, 19 Dec 2025 11:10:00 +0530", "c3-039@icegate.gov.in",
                  mailer=ZIMBRA), alt(reset_plain("Tushar Jain", "Examiner", "51230990", "9822033444"), b="c39"),
              from_addr=frm, ar=arh),
         exp("icegate", "password_reset"),
         "Passes for 'ICEGATE.GOV.IN' (domain case differs), spf=softfail (not fail): authenticated")

    frm = "bhavna.trivedi@icegate.gov.in"
    arh = ("Authentication-Results: mx.icegate.gov.in;\n\tdkim=pass header.d=icegate.gov.in;\n"
           "\tspf=pass smtp.mailfrom=icegate.gov.in;\n\tdmarc=pass header.from=icegate.gov.in\n"
           "Received: from relay.example.net (relay.example.net [203.0.113.9])\n\tby mx.icegate.gov.in; Fri, 19 Dec 2025 12:00:00 +0530\n"
           "Authentication-Results: relay.example.net; dmarc=fail header.from=icegate.gov.in; spf=fail smtp.mailfrom=icegate.gov.in")
    case("040-auth-top-pass-fail-copy-below",
         mail(hdr(addr("Bhavna Trivedi", frm), "Password reset", "Fri, 19 Dec 2025 12:10:00 +0530", "c3-040@icegate.gov.in",
                  mailer=ZIMBRA), alt(reset_plain("Bhavna Trivedi", "Inspector", "51230991", "9822033445"), b="c40"),
              from_addr=frm, ar=arh),
         exp("icegate", "password_reset"),
         "Topmost Authentication-Results passes; an older fail copy below (from a relay) is ignored")


def main():
    for d in (MAILS, EXP):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    build()
    readme = ["# corpus3 (generated by make.py)", "", "| file | intent | expected |", "| --- | --- | --- |"]
    for name, raw, e, intent in CASES:
        (MAILS / f"{name}.eml").write_bytes(raw)
        (EXP / f"{name}.json").write_text(json.dumps(e, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        readme.append(f"| {name} | {intent} | {e['action']} ({e['sender_kind']}, {e['request_type']}; missing "
                      f"{', '.join(e['missing']) or '-'}; {len(e['template_errors'])} template errors) |")
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} mails")


if __name__ == "__main__":
    main()
