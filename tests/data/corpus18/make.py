#!/usr/bin/env python3
"""Generate corpus18: a third helpdesk month written by North-East, East and South offices.

Three new mails for each of the 37 sample intents (../../../../shared/corpus), by officers at
Guwahati, Shillong, Imphal, Siliguri, Patna, Ranchi, Bhubaneswar, Paradip, Visakhapatnam,
Hyderabad, Bengaluru, Mangaluru, Thiruvananthapuram, Madurai, Tuticorin and Puducherry. The
third mail of most intents changes exactly one fact that moves the verdict (see README.md).
Expected verdicts are derived by hand from spec/triage.md and spec/template.md.
Run with .venv/bin/python; two runs write identical bytes.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import io
import json
import re
import shutil
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
_spec = importlib.util.spec_from_file_location("corpus2_make", HERE.parent / "corpus2" / "make.py")
kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kit)

MAILS, EXP = HERE / "mails", HERE / "expected"
HELPDESK = kit.HELPDESK
XLSX, PDF, JPG, PNG = kit.XLSX_CT, "application/pdf", "image/jpeg", "image/png"
D = kit.D
text, multi, att, alt, ew, b_word, addr = kit.text, kit.multi, kit.att, kit.alt, kit.ew, kit.b_word, kit.addr
ZIMBRA, OUTLOOK, TB, IPHONE, YAHOO, REDIFF = kit.ZIMBRA, kit.OUTLOOK, kit.TB, kit.IPHONE, kit.YAHOO, kit.REDIFF
GMAIL = {}
FIXED = (2025, 12, 1, 10, 0, 0)


def repack(data: bytes) -> bytes:
    """Re-zip an openpyxl workbook with fixed entry times and fixed created/modified stamps."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % FIXED
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>" + stamp.encode() + rb"\2", body)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, body)
    return out.getvalue()


def tpl(rows, **kw) -> bytes:
    return repack(kit.make_xlsx(rows, **kw))


def role_sheet() -> bytes:
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Officer", "Designation", "Range", "Division", "Role required"])
    ws.append(["Sudipta Mohanty", "Superintendent", "Range-II", "Bhubaneswar-I", "Range Superintendent"])
    out = io.BytesIO()
    wb.save(out)
    return repack(out.getvalue())


def sb(name, dob, doj):
    return kit.sb_pdf(name, dob, doj)


def pdf(*lines):
    return kit.make_pdf(list(lines))


SCAN = kit.make_pdf([])  # image-only scan: no text layer


def jpeg(tag):
    return kit.jpeg(1800 + tag)


# ----------------------------------------------------------------- mail assembly

CASES = []


def exp(kind, rt, missing=(), errors=(), action="acknowledge", kinds=()):
    return {"sender_kind": kind, "request_type": rt, "missing": sorted(missing),
            "template_errors": sorted([{"row": r, "column": c, "code": k} for r, c, k in errors],
                                      key=lambda e: (e["row"], e["column"], e["code"])),
            "action": action, "attachment_kinds": sorted(kinds)}


def date(day, hh, mm, ss=0):
    wd = dt.date(2025, 12, day).strftime("%a")
    return f"{wd}, {day:02d} Dec 2025 {hh:02d}:{mm:02d}:{ss:02d} +0530"


def build_mail(n, frm_name, frm, subject, when, body, atts=(), mailer=None, extra=None, ar=None,
               crlf=False, cte="qp", to=None, related=None, plain_only=False):
    local, domain = frm.split("@")
    h = kit.hdr(addr(frm_name, frm), subject, when, f"c18.{n:03d}.{local}@{domain.split('.')[0]}.mail",
                mailer=mailer, extra=extra, **({"to": to} if to else {}))
    if plain_only:
        bodyp = text(body, "plain", cte)
    else:
        bodyp = alt(body, b=f"c18{n:03d}", cte=cte)
    if related:
        bodyp = multi("related", [bodyp] + list(related), f"=_c18_{n:03d}_rel")
    if atts:
        parts = [bodyp]
        for a in atts:
            parts.append(a)
        bodyp = multi("mixed", parts, f"=_c18_{n:03d}_mix")
    return kit.mail(h, bodyp, crlf=crlf, ar=ar, from_addr=frm)


def A(data, ctype, filename, **kw):
    return att(data, ctype, filename, **kw)


def case(n, slug, raw, expected, intent, moved=""):
    CASES.append((f"{n:03d}-{slug}", raw, expected, intent, moved))


DISCLAIMER = ("\n________________________________________________________________\n"
              "DISCLAIMER: This e-mail is intended only for the addressee and may contain\n"
              "official information of CBIC. If received in error, please delete it.\n")
NIC_FOOT = ("\nThis e-mail is sent through the Government of India e-mail service.\n"
            "यह ई-मेल भारत सरकार की ई-मेल सेवा के माध्यम से भेजा गया है।\n")


# ================================================================= creation (sample 001-014)

def creation():
    # --- 001: nodal generic ICEGATE ID, clean template + service books, full signature
    x = tpl([[1, "Sasmita", "", "Mohanty", "Inspector", D(1997, 8, 14), D(2025, 11, 17), 9437152860,
              "sasmita.mohanty97@gmail.com", "Custom House, Paradip", "Paradip", ""],
             [2, "Debasish", "Kumar", "Pattnaik", "Inspector", D(1995, 2, 3), D(2025, 11, 17), 7008431926,
              "debasish.pattnaik.k@yahoo.com", "Custom House, Paradip", "Paradip", ""]])
    body = ("Sir/Madam,\n\nTwo Inspectors (SSC CGL 2024) reported for duty at this Custom House on 17.11.2025.\n"
            "Their details are filled in the SSO ID creation template and checked against the service\n"
            "books. The template and the first pages of both service books are enclosed.\n\n"
            "Kindly create their SSO IDs and ICEGATE e-mail IDs.\n\nThanking you,\nYours faithfully,\n\n"
            "(S. K. PATTNAIK)\nSupdt. of Customs (Systems) & System Manager\n"
            "अधीक्षक (प्रणाली), सीमा शुल्क गृह, पारादीप\nCustom House, Paradip Port, Jagatsinghpur - 754142\n"
            "Email: sk.pattnaik@icegate.gov.in\nPh: 06722-222318\n" + DISCLAIMER)
    case(1, "creation-paradip-sysmgr-two-inspectors",
         build_mail(1, "System Manager, Custom House Paradip", "sysmgr.paradip@icegate.gov.in",
                    "SSO ID creation – 2 Inspectors – Custom House, Paradip", date(1, 11, 5), body,
                    [A(x, XLSX, "SSO_template_CH_Paradip.xlsx"),
                     A(sb("Sasmita Mohanty", "14/08/1997", "17/11/2025"), PDF, "Service Book - Sasmita Mohanty.pdf"),
                     A(sb("Debasish Kumar Pattnaik", "03/02/1995", "17/11/2025"), PDF, "Service Book - Debasish Kumar Pattnaik.pdf")],
                    mailer=ZIMBRA),
         exp("generic", "sso_creation", kinds=["template", "service_book", "service_book"]),
         "System Manager's generic ICEGATE ID, Paradip: clean two-officer template, two text-layer service books, bracketed capitals signature with Odia-office Hindi line")

    x = tpl([[1, "Banshanlang", "", "Lyngdoh", "Inspector", D(1998, 5, 22), D(2025, 11, 20), 8794012657,
              "banshanlang.lyngdoh@gmail.com", "Customs (Preventive) Commissionerate, Shillong", "Shillong", ""]])
    body = ("Sir,\n\nShri Banshanlang Lyngdoh has joined this Commissionerate as Inspector on 20.11.2025.\n"
            "The creation template and a scan of the first page of his service book are attached for\n"
            "creation of his SSO ID and ICEGATE e-mail ID.\n\nRegards,\n"
            "Daniel Kharkongor\nAppraiser of Customs & System Manager\n"
            "Customs (Preventive) Commissionerate, Shillong\nEmail: daniel.kharkongor@icegate.gov.in\n"
            "Tel: 0364-2504127\n")
    case(2, "creation-shillong-sysmgr-one-inspector-jpeg",
         build_mail(2, "SYSMGR SHILLONG", "sysmgr.shillong@icegate.gov.in",
                    "Creation of SSO ID - Inspector - Customs (P) Shillong", date(1, 15, 40), body,
                    [A(x, XLSX, "SSO ID creation template.xlsx"), A(jpeg(2), JPG, "Service Book Lyngdoh.jpg")],
                    mailer=ZIMBRA),
         exp("generic", "sso_creation", kinds=["template", "service_book"]),
         "System Manager's generic ICEGATE ID, Shillong: one-officer template and a JPEG service book page; full signature")

    x = tpl([[1, "Selvam", "", "Rajendran", "Inspector", D(1996, 12, 9), D(2025, 11, 24), 9443812075,
              "selvam.rajendran96@gmail.com", "Custom House, Tuticorin", "V.O.C. Port", ""],
             [2, "Muthulakshmi", "", "Ganesan", "Inspector", D(1999, 3, 30), D(2025, 11, 24), 6383029144,
              "muthulakshmi.g99@gmail.com", "Custom House, Tuticorin", "V.O.C. Port", ""]])
    body = ("Sir/Madam,\n\nKindly create SSO IDs and ICEGATE e-mail IDs for the two Inspectors who joined\n"
            "Custom House, Tuticorin on 24.11.2025. The template and their service book first pages\n"
            "are attached.\n\nThanking you,\nYours faithfully,\n\n(R. SUBRAMANIAN)\n"
            "Supdt. of Customs & System Manager\nCustom House, New Harbour Estate, Tuticorin - 628004\n"
            "Ph: 0461-2352719\n")
    case(3, "creation-tuticorin-sysmgr-signature-no-email",
         build_mail(3, "System Manager, Custom House Tuticorin", "sysmgr.tuticorin@icegate.gov.in",
                    "SSO ID creation - 2 Inspectors - Custom House Tuticorin", date(2, 10, 12), body,
                    [A(x, XLSX, "Tuticorin_SSO_template.xlsx"),
                     A(sb("Selvam Rajendran", "09/12/1996", "24/11/2025"), PDF, "Service Book - Selvam R.pdf"),
                     A(sb("Muthulakshmi Ganesan", "30/03/1999", "24/11/2025"), PDF, "Service Book - Muthulakshmi G.pdf")],
                    mailer=ZIMBRA),
         exp("generic", "sso_creation", ["signature_email"], action="request_missing",
             kinds=["template", "service_book", "service_book"]),
         "as 001 from Tuticorin's System Manager mailbox",
         "the generic sender's signature has no individual e-mail ID (signature_email)")

    # --- 002: nodal generic forwards an officer's own request
    x = tpl([[1, "Naveen", "Kumar", "Goud", "Inspector", D(1997, 7, 1), D(2025, 11, 19), 9849315027,
              "naveengoud.insp@gmail.com", "Hyderabad Customs Commissionerate", "RGIA Air Cargo", ""]],
            titles=())
    fwd = ("---------- Forwarded message ---------\nFrom: Naveen Goud <naveengoud.insp@gmail.com>\n"
           "Date: Mon, 1 Dec 2025 at 19:02\nSubject: SSO ID creation request - Naveen Kumar Goud\n"
           "To: <sysmgr.hydcus@icegate.gov.in>\n\n\nRespected Sir,\n\nI joined as Inspector at RGIA Air Cargo on "
           "19.11.2025. Kindly forward my\nrequest for SSO ID creation. The details sheet and my service book "
           "page are attached.\n\nThanking you,\nNaveen Kumar Goud\nInspector\nMob: 9849315027\n")
    body = ("Sir,\n\nForwarded for creation of SSO ID and ICEGATE e-mail ID of Shri Naveen Kumar Goud,\n"
            "Inspector. The particulars have been verified with his service book.\n\nRegards,\n"
            "P. V. Narasimha Rao\nSuperintendent of Customs (System Manager)\nHyderabad Customs, Basheerbagh\n"
            "Email: pvn.rao@icegate.gov.in\nPh: 040-23240318\n\n" + fwd)
    case(4, "creation-hyderabad-sysmgr-forwards-details-sheet",
         build_mail(4, "SYSMGR HYD CUSTOMS", "sysmgr.hydcus@icegate.gov.in",
                    "Fwd: SSO ID creation request - Naveen Kumar Goud", date(2, 9, 30), body,
                    [A(x, XLSX, "Details.xlsx"), A(jpeg(4), JPG, "Service book page.jpg")]),
         exp("generic", "sso_creation", kinds=["template", "service_book"]),
         "System Manager (Hyderabad) forwards, Gmail-app style, an Inspector's Gmail request; template named 'Details.xlsx' (header row only), JPEG service book")

    x = tpl([[1, "Chaitra", "", "Hegde", "Inspector", D(1998, 10, 16), D(2025, 11, 21), 8971204536,
              "chaitra.hegde98@gmail.com", "Bengaluru Customs, Air Cargo Complex", "KIA Bengaluru", ""]])
    from email.mime.message import MIMEMessage
    import email as _email
    inner_h = kit.hdr(addr("Chaitra Hegde", "chaitra.hegde98@gmail.com"), "Request for SSO ID - Chaitra Hegde",
                      date(1, 20, 15), "c18.005.inner@mail.gmail.com", to="asm.blrair@icegate.gov.in")
    inner_body = multi("mixed", [text("Respected Madam,\n\nI joined as Inspector at Air Cargo Complex, Bengaluru on\n"
                                      "21.11.2025. My template and service book page are attached. Kindly forward\n"
                                      "for creation of my SSO ID.\n\nThank you,\nChaitra Hegde\nInspector\n", "plain", "qp"),
                                 A(x, XLSX, "SSO_template_Chaitra.xlsx"),
                                 A(sb("Chaitra Hegde", "16/10/1998", "21/11/2025"), PDF, "Service_Book_Chaitra.pdf")],
                       "=_c18_005_inner")
    for k, v in inner_h.items():
        inner_body[k] = v
    inner = _email.message_from_bytes(kit.flat(inner_body))
    rfc = MIMEMessage(inner)
    del rfc["MIME-Version"]
    rfc.add_header("Content-Disposition", "attachment")
    body = ("Sir,\n\nThe request of Smt. Chaitra Hegde, Inspector, for creation of SSO ID and ICEGATE\n"
            "e-mail ID is forwarded herewith as an attachment, with her template and service book.\n\n"
            "Regards,\nB. R. Manjunatha\nAppraiser & Alternate System Manager\n"
            "Air Cargo Complex, Bengaluru\nEmail: br.manjunatha@icegate.gov.in\nPh: 080-22034561\n")
    case(5, "creation-bengaluru-asm-forwards-as-attachment",
         build_mail(5, "ASM ACC Bengaluru", "asm.blrair@icegate.gov.in",
                    "Fwd: Request for SSO ID - Chaitra Hegde", date(2, 11, 48), body, [rfc], mailer=TB),
         exp("generic", "sso_creation", kinds=["template", "service_book"]),
         "Alternate System Manager (Bengaluru) forwards the officer's mail as an attached message/rfc822 carrying the template and service book")

    x = tpl([[1, "Arun", "Kumar", "Pillai", "Inspector", D(1996, 1, 25), D(2025, 11, 18), 9746203518,
              "arunkumar.pillai96@gmail.com", "Customs (Preventive), Thiruvananthapuram", "Trivandrum Airport", ""]])
    fwd = ("---------- Forwarded message ---------\nFrom: Arun Kumar Pillai <arunkumar.pillai96@gmail.com>\n"
           "Date: Mon, 1 Dec 2025 at 17:20\nSubject: SSO ID creation\nTo: <sysmgr.tvm@icegate.gov.in>\n\n\n"
           "Sir,\n\nI joined as Inspector on 18.11.2025. Kindly forward my template for SSO ID creation.\n\n"
           "Arun Kumar Pillai\nInspector\n")
    body = ("Sir,\n\nForwarded for creation of SSO ID in respect of Shri Arun Kumar Pillai, Inspector.\n\n"
            "Regards,\nK. Sreekumar\nSupdt. of Customs & System Manager\n"
            "Customs (Preventive), Thiruvananthapuram\nEmail: sreekumar.k@icegate.gov.in\nPh: 0471-2478120\n\n" + fwd)
    case(6, "creation-tvm-sysmgr-forwards-template-only",
         build_mail(6, "SYSMGR TVM", "sysmgr.tvm@icegate.gov.in", "Fwd: SSO ID creation", date(2, 12, 5), body,
                    [A(x, XLSX, "template_arun.xlsx")]),
         exp("generic", "sso_creation", ["service_book"], action="request_missing", kinds=["template"]),
         "System Manager (Thiruvananthapuram) forwards an officer's Gmail request",
         "the forwarded request carries only the template: no service book")

    # --- 003: individual ICEGATE ID, template only, service books to follow
    x = tpl([[1, "Subhashree", "", "Nayak", "Inspector", D(1998, 6, 4), D(2025, 11, 24), 7381045926,
              "subhashree.nayak98@gmail.com", "CGST Bhubaneswar Commissionerate", "Bhubaneswar", ""],
             [2, "Pradeep", "Kumar", "Sahoo", "Inspector", D(1996, 9, 19), D(2025, 11, 24), 9861207345,
              "pradeep.sahoo96@gmail.com", "CGST Bhubaneswar Commissionerate", "Cuttack", ""]], titles=())
    body = ("Sir/Madam,\n\nThe SSO ID creation template for two Inspectors who joined on 24.11.2025 is\n"
            "attached. Their service book copies are awaited from the Establishment section and will be\n"
            "sent separately.\n\nThanking you,\nYours faithfully,\n\n(A. K. MISHRA)\n"
            "Asst. Commissioner (Systems)\nCGST & C.Ex. Commissionerate, Bhubaneswar\nPh: 0674-2589034\n")
    case(7, "creation-bhubaneswar-ac-template-only",
         build_mail(7, "Ashok Kumar Mishra", "ak.mishra@icegate.gov.in", "SSO ID creation - 2 Inspectors - CGST Bhubaneswar",
                    date(2, 15, 22), body, [A(x, XLSX, "SSO_Template_BBSR_Dec2025.xlsx")], mailer=TB),
         exp("icegate", "sso_creation", ["service_book"], action="request_missing", kinds=["template"]),
         "Assistant Commissioner's own ICEGATE ID (Thunderbird), template with spreadsheet dates, service books to follow")

    x = tpl([[1, "Rahul", "", "Oraon", "Inspector", D(1997, 4, 11), D(2025, 11, 26), 8210394756,
              "rahul.oraon97@gmail.com", "CGST Ranchi Commissionerate", "Ranchi", ""],
             [2, "Priyanka", "", "Kumari", "Inspector", D(1999, 1, 7), D(2025, 11, 26), 9304127588,
              "priyanka.kumari.jh@gmail.com", "CGST Ranchi Commissionerate", "Jamshedpur", ""],
             [3, "Amit", "Ranjan", "Munda", "Inspector", D(1995, 11, 28), D(2025, 11, 26), 7004218365,
              "amitmunda95@gmail.com", "CGST Ranchi Commissionerate", "Dhanbad", ""]])
    body = ("महोदय,\n\nPlease find enclosed the creation template for three Inspectors of this\n"
            "Commissionerate (joined 26.11.2025) for SSO ID and ICEGATE e-mail ID. Scanned copies of\n"
            "their service books will follow in a separate mail.\n\nRegards,\nSanjeev Kumar Sinha\n"
            "Deputy Commissioner (Systems)\nCGST & Central Excise, Ranchi\nTel: 0651-2330418\n")
    case(8, "creation-ranchi-dc-template-only",
         build_mail(8, "Sanjeev Kumar Sinha", "sanjeevk.sinha@icegate.gov.in", "Creation of SSO IDs - 3 Inspectors - CGST Ranchi",
                    date(3, 10, 2), body, [A(x, XLSX, "Ranchi SSO creation template.xlsx")], mailer=ZIMBRA),
         exp("icegate", "sso_creation", ["service_book"], action="request_missing", kinds=["template"]),
         "Deputy Commissioner's ICEGATE ID, Ranchi: three-officer template, service books to follow")

    x = tpl([[1, "Thoiba", "", "Meitei", "Inspector", D(1998, 2, 12), D(2025, 11, 20), 8974015623,
              "thoiba.meitei98@gmail.com", "Customs Division, Imphal", "Moreh LCS", ""]])
    body = ("Sir,\n\nKindly create SSO ID and ICEGATE e-mail ID for Shri Thoiba Meitei, Inspector, posted at\n"
            "LCS Moreh. The template and the first page of his service book are attached.\n\n"
            "Yours faithfully,\n\n(L. IBOMCHA SINGH)\nSupdt. of Customs\nCustoms Division, Imphal\nPh: 0385-2450213\n")
    case(9, "creation-imphal-supdt-template-and-book",
         build_mail(9, "L. Ibomcha Singh", "ibomcha.singh@icegate.gov.in", "SSO ID creation - Inspector, LCS Moreh",
                    date(3, 12, 44), body, [A(x, XLSX, "Template_Moreh.xlsx"),
                                            A(sb("Thoiba Meitei", "12/02/1998", "20/11/2025"), PDF, "Service Book - Thoiba Meitei.pdf")],
                    mailer=TB),
         exp("icegate", "sso_creation", kinds=["template", "service_book"]),
         "Superintendent's own ICEGATE ID (Imphal), template for one Inspector",
         "the service book is attached with the template (nothing to follow): acknowledge")

    # --- 004: generic, service books only (no template), signature without phone
    cover = A(SCAN, PDF, "Forwarding letter.pdf")
    body = ("Sir,\n\nThe scanned first pages of the service books of the following Inspectors of ICD\n"
            "Patna (joined 19.11.2025) are attached for creation of SSO IDs and ICEGATE e-mail IDs:\n\n"
            "1. Ritesh Kumar Singh\n2. Anjali Bharti\n\nThe creation template will be sent after the\n"
            "approval of the Deputy Commissioner. The forwarding letter is also attached.\n\n"
            "Regards,\nManoj Kumar Jha\nAppraiser & Alternate System Manager\nICD Patna, Bihta\n"
            "Email: manojk.jha@icegate.gov.in\n" + DISCLAIMER)
    case(10, "creation-patna-asm-scans-only-no-phone",
         build_mail(10, "ASM, ICD Patna", "asm.icdpatna@icegate.gov.in", "Service book copies - SSO ID creation - ICD Patna",
                    date(3, 16, 10), body, [A(jpeg(10), JPG, "Service Book - Ritesh Kumar Singh.jpg"),
                                            A(jpeg(11), JPG, "Service Book - Anjali Bharti.jpg"), cover], mailer=ZIMBRA),
         exp("generic", "sso_creation", ["signature_phone", "template"], action="request_missing",
             kinds=["service_book", "service_book", "other"]),
         "Alternate System Manager's generic ID, ICD Patna: two service book photos and an image-only forwarding letter; template to follow; no contact number anywhere")

    body = ("Sir/Madam,\n\nPlease find attached the service book page of Smt. Lakshmi Prasanna Vanapalli,\n"
            "Inspector, who joined Custom House, Visakhapatnam on 21.11.2025, for creation of her\n"
            "SSO ID. The template is being prepared and will be sent shortly.\n\nThanking you,\n"
            "Yours faithfully,\n\n(G. SRINIVASA RAO)\nSuperintendent of Customs (EDI)\n"
            "Custom House, Port Area, Visakhapatnam\nEmail: gsrinivasa.rao@icegate.gov.in\n")
    case(11, "creation-vizag-edi-book-only-no-phone",
         build_mail(11, "EDI Section, Custom House Visakhapatnam", "edi.vizag@icegate.gov.in",
                    "SSO ID creation - service book - Lakshmi Prasanna V", date(3, 17, 2), body,
                    [A(sb("Lakshmi Prasanna Vanapalli", "05/07/1998", "21/11/2025"), PDF, "Service Book - Lakshmi Prasanna.pdf")],
                    mailer=ZIMBRA),
         exp("generic", "sso_creation", ["signature_phone", "template"], action="request_missing", kinds=["service_book"]),
         "EDI Section's generic ID, Visakhapatnam: one text-layer service book, template to follow; signature without a number")

    body = ("Sir,\n\nService book first pages of two Inspectors of CGST Puducherry (joined 25.11.2025) are\n"
            "attached for creation of SSO IDs. The template will follow.\n\n1. Arulmozhi Varman\n2. Nandhini Devi\n\n"
            "Regards,\nS. Kalaiselvi\nSuperintendent (Systems)\nCGST Commissionerate, Puducherry\n"
            "Email: kalaiselvi.s@icegate.gov.in\nPh: 0413-2223541\n")
    case(12, "creation-puducherry-systems-scans-with-phone",
         build_mail(12, "CGST Systems Puducherry", "systems.pdy@icegate.gov.in", "SSO ID creation - service books - CGST Puducherry",
                    date(4, 10, 31), body, [A(jpeg(12), JPG, "SB_Arulmozhi.jpg"), A(jpeg(13), JPG, "SB_Nandhini.jpg")],
                    mailer=ZIMBRA),
         exp("generic", "sso_creation", ["template"], action="request_missing", kinds=["service_book", "service_book"]),
         "Systems mailbox (generic ICEGATE), Puducherry: service book scans only, template to follow",
         "the signature carries a landline, so only the template is missing")

    # --- 005: officer's own Gmail, initial in the template name
    x = tpl([[1, "Karthikeyan", "", "P.", "Inspector", D(1998, 3, 17), D(2025, 11, 24), 9566128403,
              "karthi.madurai98@gmail.com", "CGST Madurai", "Madurai", ""]])
    body = ("Respected Sir/Madam,\n\nI joined as Inspector of Central Tax in CGST Madurai Commissionerate on 24.11.2025.\n"
            "Kindly create my SSO ID and ICEGATE e-mail ID. The template and my service book page are\nattached.\n\n"
            "Thanking you,\nKarthikeyan P\nInspector of Central Tax, CGST Madurai\nMobile: 9566128403\n")
    case(13, "creation-madurai-officer-gmail-initial-surname",
         build_mail(13, "Karthikeyan P", "karthi.madurai98@gmail.com", "Request for SSO ID creation", date(4, 21, 5), body,
                    [A(x, XLSX, "SSO template Karthikeyan.xlsx"),
                     A(sb("Karthikeyan Palanisamy", "17/03/1998", "24/11/2025"), PDF, "பணிப் பதிவேடு - Service Book.pdf", style="2047")]),
         exp("personal", "sso_creation", ["icegate_sender"], [(4, "last_name", "initials_in_name")], "request_missing",
             kinds=["template", "service_book"]),
         "New Inspector's own Gmail (Madurai): last name 'P.' in the template; Tamil + English service book name (RFC 2047)")

    x = tpl([[1, "H. S.", "", "Manjunath", "Inspector", D(1997, 9, 2), D(2025, 11, 21), 7760193428,
              "hsmanjunath97@gmail.com", "CGST Bengaluru West", "Bengaluru", ""]])
    body = ("Sir,\n\nI have joined as Inspector in CGST Bengaluru West Commissionerate on 21.11.2025.\n"
            "I request creation of my SSO ID and ICEGATE e-mail ID. Template and service book attached.\n\n"
            "Regards,\nH. S. Manjunath\nInspector of Central Tax\nMob: 7760193428\n")
    case(14, "creation-bengaluru-officer-gmail-initials-first-name",
         build_mail(14, "H S Manjunath", "hsmanjunath97@gmail.com", "SSO ID creation - H S Manjunath", date(4, 22, 40), body,
                    [A(x, XLSX, "template.xlsx"),
                     A(sb("Manjunath H S", "02/09/1997", "21/11/2025"), PDF, "ಸೇವಾ ಪುಸ್ತಕ Service Book.pdf", style="2047")]),
         exp("personal", "sso_creation", ["icegate_sender"], [(4, "first_name", "initials_in_name")], "request_missing",
             kinds=["template", "service_book"]),
         "New Inspector's own Gmail (Bengaluru): first name written as the initials 'H. S.'; Kannada + English service book name")

    x = tpl([[1, "Anusree", "", "Menon", "Inspector", D(1999, 5, 27), D(2025, 11, 18), 8547031296,
              "anusree.menon99@gmail.com", "CGST Thiruvananthapuram", "Thiruvananthapuram", ""]])
    body = ("Respected Sir,\n\nI joined as Inspector in CGST Thiruvananthapuram on 18.11.2025. Kindly create my SSO ID.\n"
            "The filled template and the first page of my service book are attached.\n\nThanking you,\n"
            "Anusree Menon\nInspector of Central Tax\nMobile: 8547031296\n")
    case(15, "creation-tvm-officer-gmail-clean-template",
         build_mail(15, "Anusree Menon", "anusree.menon99@gmail.com", "SSO ID creation request", date(5, 8, 15), body,
                    [A(x, XLSX, "SSO_template_Anusree.xlsx"),
                     A(sb("Anusree Menon", "27/05/1999", "18/11/2025"), PDF, "സേവന പുസ്തകം Service Book.pdf", style="2047")]),
         exp("personal", "sso_creation", ["icegate_sender"], action="request_missing", kinds=["template", "service_book"]),
         "New Inspector's own Gmail (Thiruvananthapuram), Malayalam + English file name",
         "the names in the template are written in full: only icegate_sender remains")

    # --- 006: ACL admin, invalid dates
    x = tpl([[1, "Bikash", "", "Behera", "Inspector", "30/02/1995", D(2025, 11, 24), 9437206815, "bikash.behera95@gmail.com",
              "CGST Bhubaneswar", "Bhubaneswar", ""],
             [2, "Smruti", "Ranjan", "Das", "Inspector", D(1996, 4, 8), "15/01/2026", 7978310264, "smrutiranjan.das96@gmail.com",
              "CGST Bhubaneswar", "Puri", ""],
             [3, "Lipsa", "", "Patra", "Inspector", D(1997, 12, 1), D(2025, 11, 24), 8249517730, "lipsa.patra97@gmail.com",
              "CGST Bhubaneswar", "Berhampur", ""]], blank_before=1)
    body = ("Sir,\n\nKindly create SSO IDs and ICEGATE e-mail IDs for three Inspectors of CGST Bhubaneswar\n"
            "Commissionerate as per the attached template. Their service book pages are attached in one PDF.\n\n"
            "Thanks and regards,\nPrasanta Kumar Swain\nSupdt. (Systems) & ACL Admin\nCGST Bhubaneswar Commissionerate\n"
            "Email: pk.swain@icegate.gov.in\nPh: 0674-2588120\n")
    case(16, "creation-bhubaneswar-acl-admin-bad-dates",
         build_mail(16, "ACL Admin, CGST Bhubaneswar", "acladmin.bbsr@icegate.gov.in", "Creation of SSO IDs - 3 Inspectors - CGST Bhubaneswar",
                    date(5, 11, 20), body, [A(x, XLSX, "SSO creation template - BBSR.xlsx"),
                                            A(pdf(*kit.SB, "Three officers"), PDF, "Service Book pages - 3 Inspectors.pdf")], mailer=ZIMBRA),
         exp("generic", "sso_creation", errors=[(5, "date_of_birth", "invalid_date"), (6, "date_of_joining", "invalid_date")],
             action="request_missing", kinds=["template", "service_book"]),
         "ACL Admin's generic ID, Bhubaneswar: header on row 4 (two titles, a blank row); row 5 DOB 30/02/1995 (no such date), row 6 DOJ 15/01/2026 (after the mail)")

    x = tpl([[1, "Nikhil", "", "Reddy", "Inspector", D(2008, 6, 12), D(2025, 11, 20), 9100235847, "nikhil.reddy08x@gmail.com",
              "CGST Hyderabad", "Secunderabad", ""],
             [2, "Swathi", "", "Kandula", "Inspector", "NA", D(2025, 11, 20), 8897021356, "swathi.kandula@gmail.com",
              "CGST Hyderabad", "Medchal", ""],
             [3, "Venu", "Gopal", "Yadav", "Inspector", "12-04-1996", D(2025, 11, 20), 7032918465, "venugopal.yadav96@gmail.com",
              "CGST Hyderabad", "Rangareddy", ""]])
    body = ("Sir,\n\nThe particulars of three Inspectors who joined CGST Hyderabad on 20.11.2025 are given in the\n"
            "attached template for creation of SSO IDs. Service book pages attached.\n\nRegards,\n"
            "Y. Satyanarayana\nSuperintendent & ACL Admin\nCGST Hyderabad Commissionerate\nEmail: y.satyanarayana@icegate.gov.in\n"
            "Ph: 040-23393420\n")
    case(17, "creation-hyderabad-acl-admin-underage-and-na",
         build_mail(17, "ACL Admin CGST Hyderabad", "acladmin.hyd@icegate.gov.in", "SSO ID creation - CGST Hyderabad - 3 Inspectors",
                    date(5, 14, 2), body, [A(x, XLSX, "SSO template Hyd.xlsx"),
                                           A(pdf(*kit.SB, "Three officers"), PDF, "Service Book - Hyderabad.pdf")], mailer=ZIMBRA),
         exp("generic", "sso_creation", errors=[(4, "date_of_joining", "invalid_date"), (5, "date_of_birth", "invalid_date")],
             action="request_missing", kinds=["template", "service_book"]),
         "ACL Admin's generic ID, Hyderabad: row 4 born 2008 and joined 2025 (age 17), row 5 DOB 'NA'; row 6 DD-MM-YYYY text date is valid")

    x = tpl([[1, "Dipankar", "", "Sarkar", "Inspector", "07.09.1996", "24-11-2025", 9832017456, "dipankar.sarkar96@gmail.com",
              "CGST Siliguri", "Siliguri", ""],
             [2, "Moumita", "", "Ghosh", "Inspector", D(1998, 1, 19), D(2025, 11, 24), 8016243975, "moumita.ghosh98@gmail.com",
              "CGST Siliguri", "Jalpaiguri", ""]], blank_before=1)
    body = ("Sir,\n\nKindly create SSO IDs and ICEGATE e-mail IDs for two Inspectors of CGST Siliguri\n"
            "Commissionerate. The template and service book pages are attached.\n\nThanking you,\nYours faithfully,\n\n"
            "(P. K. BHATTACHARYA)\nSupdt. (Systems) & ACL Admin\nCGST Siliguri Commissionerate\n"
            "Email: pk.bhattacharya@icegate.gov.in\nPh: 0353-2641027\n")
    case(18, "creation-siliguri-acl-admin-valid-text-dates",
         build_mail(18, "ACL Admin Siliguri", "acladmin.siliguri@icegate.gov.in", "SSO IDs for 2 Inspectors - CGST Siliguri",
                    date(5, 16, 45), body, [A(x, XLSX, "SSO creation - Siliguri.xlsx"),
                                            A(pdf(*kit.SB, "Two officers"), PDF, "Service Book pages - Siliguri.pdf")], mailer=ZIMBRA),
         exp("generic", "sso_creation", kinds=["template", "service_book"]),
         "ACL Admin's generic ID, Siliguri: header on row 4; DD.MM.YYYY and DD-MM-YYYY text dates",
         "every date is valid: acknowledge")

    # --- 007: red Location in the Commissionerate's template, empty mandatory cells
    office = "Customs (Preventive) Commissionerate, Guwahati"
    x = tpl([[1, "Jyotishman", "", "Borah", "Inspector", D(1997, 2, 20), D(2025, 11, 17), 9435018264, "jyotishman.borah97@gmail.com", office, "", ""],
             [2, "Pallavi", "", "Saikia", "Inspector", D(1998, 8, 3), D(2025, 11, 17), None, "pallavi.saikia98@gmail.com", office, "Guwahati", ""],
             [3, "Rupam", "Jyoti", "Kalita", "Inspector", D(1996, 10, 11), D(2025, 11, 17), 6002145839, "rupamjyoti.kalita@gmail.com", office, "Dhubri", ""]],
            colors={"location": kit.RED})
    body = ("Sir/Madam,\n\nPlease create SSO IDs and ICEGATE e-mail IDs for three Inspectors of this Commissionerate\n"
            "given in the attached template. The scanned first pages of their service books are attached.\n\n"
            "Regards,\nDr. Hemanta Kumar Baruah\nDeputy Commissioner of Customs (Systems)\nCustoms (P) Commissionerate, Guwahati\n"
            "Tel: 0361-2529014\n")
    case(19, "creation-guwahati-dc-red-location-empty",
         build_mail(19, "Hemanta Kumar Baruah", "hk.baruah@icegate.gov.in", "SSO ID creation - Inspectors - Customs (P) Guwahati",
                    date(8, 11, 3), body, [A(x, XLSX, "Guwahati_SSO_template.xlsx"),
                                           A(pdf(*kit.SB, "Three officers"), PDF, "Service_Book_first_pages.pdf")], mailer=ZIMBRA),
         exp("icegate", "sso_creation", errors=[(4, "location", "missing_mandatory"), (5, "mobile", "missing_mandatory")],
             action="request_missing", kinds=["template", "service_book"]),
         "Deputy Commissioner's ICEGATE ID, Guwahati: 'Location' red in this template; row 4 has no location, row 5 no mobile")

    x = tpl([[1, "Ravindra", "", "Shetty", "Inspector", D(1996, 6, 6), D(2025, 11, 19), 9480217365, "ravindra.shetty96@gmail.com", "Custom House, Mangaluru", "", "MNG1125"],
             [2, "Deeksha", "", "Rai", "Inspector", D(1999, 7, 14), D(2025, 11, 19), 8105329174, "deeksha.rai99@gmail.com", "Custom House, Mangaluru", "Panambur", ""]],
            colors={"employee_id": kit.RED})
    body = ("Sir,\n\nKindly create SSO IDs for the two Inspectors in the attached template (Employee ID is\n"
            "mandatory in our version). Service book scans attached.\n\nRegards,\nK. Ramachandra Bhat\n"
            "Asst. Commissioner of Customs (EDI)\nNew Custom House, Panambur, Mangaluru\nTel: 0824-2407215\n")
    case(20, "creation-mangaluru-ac-red-employee-id-empty",
         build_mail(20, "K Ramachandra Bhat", "ramachandra.bhat@icegate.gov.in", "SSO ID creation - Custom House Mangaluru",
                    date(8, 12, 30), body, [A(x, XLSX, "MNG_SSO_template.xlsx"),
                                            A(pdf(*kit.SB, "Two officers"), PDF, "Service Book scans.pdf")], mailer=ZIMBRA),
         exp("icegate", "sso_creation", errors=[(5, "employee_id", "missing_mandatory")], action="request_missing",
             kinds=["template", "service_book"]),
         "Assistant Commissioner's ICEGATE ID, Mangaluru: 'Employee ID' red; row 5 has none; row 4's empty Location is black and fine")

    x = tpl([[1, "Nabajit", "", "Das", "Inspector", D(1997, 3, 9), D(2025, 11, 17), 7002193846, "nabajit.das97@gmail.com", office, "Guwahati", ""],
             [2, "Riturekha", "", "Gogoi", "Inspector", D(1998, 11, 23), D(2025, 11, 17), 9101264387, "riturekha.gogoi@gmail.com", office, "Silchar", ""]],
            colors={"location": kit.RED})
    body = ("Sir/Madam,\n\nSSO IDs may kindly be created for the two Inspectors in the attached template; their\n"
            "service book pages are attached.\n\nRegards,\nDr. Hemanta Kumar Baruah\nDeputy Commissioner of Customs (Systems)\n"
            "Customs (P) Commissionerate, Guwahati\nTel: 0361-2529014\n")
    case(21, "creation-guwahati-dc-red-location-filled",
         build_mail(21, "Hemanta Kumar Baruah", "hk.baruah@icegate.gov.in", "SSO ID creation - 2 Inspectors - Guwahati",
                    date(8, 15, 12), body, [A(x, XLSX, "Guwahati_SSO_template_2.xlsx"),
                                            A(pdf(*kit.SB, "Two officers"), PDF, "Service_Book_pages.pdf")], mailer=ZIMBRA),
         exp("icegate", "sso_creation", kinds=["template", "service_book"]),
         "as 019, red Location",
         "every red cell is filled (only black Middle Name / Employee ID empty): acknowledge")

    # --- 008: EDI generic, bad mobiles and e-mails
    o = "Air Customs, Thiruvananthapuram"
    x = tpl([[1, "Vishnu", "", "Prasad", "Inspector", D(1996, 5, 5), D(2025, 11, 18), 98470123456, "vishnu.prasad96@gmail.com", o, "TRV", ""],
             [2, "Aswathy", "", "Krishnan", "Inspector", D(1997, 8, 8), D(2025, 11, 18), 4471234567, "aswathy.k97@gmail.com", o, "TRV", ""],
             [3, "Anoop", "", "Nair", "Inspector", D(1995, 9, 9), D(2025, 11, 18), 9895123470, "anoop.nair.gmail.com", o, "TRV", ""],
             [4, "Reshma", "", "Pillai", "Inspector", D(1998, 10, 10), D(2025, 11, 18), 8921345602, "reshma pillai@gmail.com", o, "TRV", ""]])
    body = ("Sir,\n\nThe template for SSO ID creation of four Inspectors of Air Customs, Thiruvananthapuram and the\n"
            "scanned service book pages are attached. Kindly do the needful.\n\nRegards,\nBiju Thomas\n"
            "Superintendent of Customs (EDI)\nAir Customs, Thiruvananthapuram\nEmail: biju.thomas@icegate.gov.in\nPh: 0471-2501427\n")
    case(22, "creation-tvm-edi-bad-mobiles-and-emails",
         build_mail(22, "EDI Section, Air Customs TVM", "edi.trvair@icegate.gov.in", "SSO ID creation - 4 Inspectors - Air Customs TVM",
                    date(8, 17, 20), body, [A(x, XLSX, "SSO_Template_TRV.xlsx"), A(SCAN, PDF, "Service Book scans - 4 Inspectors.pdf")], mailer=ZIMBRA),
         exp("generic", "sso_creation", errors=[(4, "mobile", "invalid_mobile"), (5, "mobile", "invalid_mobile"),
                                                 (6, "alt_email", "invalid_email"), (7, "alt_email", "invalid_email")],
             action="request_missing", kinds=["template", "service_book"]),
         "EDI Section's generic ID, Thiruvananthapuram: row 4 mobile of 11 digits, row 5 starting with 4, row 6 e-mail without '@', row 7 e-mail with a space; image-only service book scan")

    o = "Custom House, Visakhapatnam"
    x = tpl([[1, "Srinivas", "", "Kolla", "Inspector", D(1996, 1, 1), D(2025, 11, 21), "944012345", "srinivas.kolla96@gmail.com", o, "VSKP", ""],
             [2, "Divya", "", "Bhimavarapu", "Inspector", D(1997, 2, 2), D(2025, 11, 21), 9440987612, "divya.b@@gmail.com", o, "VSKP", ""],
             [3, "Harsha", "Vardhan", "Rongali", "Inspector", D(1998, 3, 3), D(2025, 11, 21), 7893402561, "harsha.rongali98@gmail.com", o, "VSKP", ""]])
    body = ("Sir,\n\nTemplate and service book scans of three Inspectors of Custom House, Visakhapatnam are attached\n"
            "for SSO ID creation.\n\nThanking you,\nYours faithfully,\n\n(M. V. RAMANA MURTHY)\nAppraiser of Customs (EDI)\n"
            "Custom House, Visakhapatnam\nEmail: mvr.murthy@icegate.gov.in\nPh: 0891-2562417\n")
    case(23, "creation-vizag-edi-short-mobile-double-at",
         build_mail(23, "EDI Vizag", "edi.vskp@icegate.gov.in", "SSO ID creation - CH Visakhapatnam", date(9, 10, 10), body,
                    [A(x, XLSX, "Template_CH_VSKP.xlsx"), A(SCAN, PDF, "Service Book scans.pdf")], mailer=ZIMBRA),
         exp("generic", "sso_creation", errors=[(4, "mobile", "invalid_mobile"), (5, "alt_email", "invalid_email")],
             action="request_missing", kinds=["template", "service_book"]),
         "EDI generic ID, Visakhapatnam: row 4 mobile of 9 digits (text), row 5 e-mail with '@@'")

    x = tpl([[1, "Srinivas", "", "Kolla", "Inspector", D(1996, 1, 1), D(2025, 11, 21), "+919440123456", "srinivas.kolla96@gmail.com", o, "VSKP", ""],
             [2, "Divya", "", "Bhimavarapu", "Inspector", D(1997, 2, 2), D(2025, 11, 21), "09440987612", "divya.bhimavarapu@gmail.com", o, "VSKP", ""],
             [3, "Harsha", "Vardhan", "Rongali", "Inspector", D(1998, 3, 3), D(2025, 11, 21), 7893402561, "harsha.rongali98@gmail.com", o, "VSKP", ""]])
    case(24, "creation-vizag-edi-prefixed-mobiles-valid",
         build_mail(24, "EDI Vizag", "edi.vskp@icegate.gov.in", "SSO ID creation - CH Visakhapatnam (revised)", date(9, 15, 30),
                    body.replace("are attached", "are attached (revised)"),
                    [A(x, XLSX, "Template_CH_VSKP_revised.xlsx"), A(SCAN, PDF, "Service Book scans.pdf")], mailer=ZIMBRA),
         exp("generic", "sso_creation", kinds=["template", "service_book"]),
         "as 023",
         "mobiles are +91- and 0-prefixed 10-digit numbers and e-mails are valid: acknowledge")


def S(n, slug, name, frm, subj, when, body, expected, intent, moved="", mailer=ZIMBRA, atts=(), **kw):
    case(n, slug, build_mail(n, name, frm, subj, when, body, atts, mailer=mailer, **kw), expected, intent, moved)


def status_reset():
    S(25, "status-gmail-guwahati-labelled", "Bidisha Borah", "bidisha.borah82@gmail.com",
      "Whether SSO ID exists in my name - Bidisha Borah", date(9, 8, 40),
      "Respected Sir/Madam,\n\nI have not received any SSO ID or ICEGATE e-mail ID so far. Kindly check whether an\n"
      "SSO ID has already been created in my name and let me know.\n\nName: Bidisha Borah\nDesignation: Superintendent of Central Tax\n"
      "Office: CGST Guwahati Commissionerate\nMobile No.: 9864012735\n\nThanking you,\nBidisha Borah\n",
      exp("personal", "sso_status"), "Superintendent's personal Gmail (Guwahati): name, designation, mobile labelled", mailer=GMAIL)
    S(26, "status-gmail-shillong-running-text", "Wanphrang Lyngdoh", "wanphrang.l@gmail.com", "Enquiry - SSO ID", date(9, 9, 5),
      "Sir,\n\nI am working as Inspector of Central Tax in CGST Shillong since 2019 and I do not know whether\n"
      "an SSO ID was ever created for me. Kindly verify. My mobile number is 94361 02857.\n\n"
      "Thanking you,\nYours faithfully,\n\n(WANPHRANG LYNGDOH)\nInspector of Central Tax\nCGST Shillong\n",
      exp("personal", "sso_status"), "Inspector's Gmail (Shillong): mobile in running text with a space, name in capitals in brackets", mailer=GMAIL)
    S(27, "status-gmail-patna-no-designation", "Ravi Shankar Prasad", "ravishankar.prasad77@gmail.com",
      "Whether SSO ID created - Ravi Shankar Prasad", date(9, 10, 22),
      "Sir,\n\nPlease let me know whether an SSO ID / ICEGATE e-mail ID exists in my name; I have never received one.\n\n"
      "Name: Ravi Shankar Prasad\nOffice: CGST Patna-I Commissionerate\nMobile No.: 7091243586\n\nRegards,\nRavi Shankar Prasad\n",
      exp("personal", "sso_status", ["designation"], action="request_missing"),
      "status enquiry from a personal Gmail (Patna)", "the designation is given nowhere", mailer=GMAIL)

    S(28, "status-yahoo-patna-landline-only", "Sunil Kumar Thakur", "sunilthakur.patna@yahoo.co.in", "Enquiry regarding SSO ID",
      date(9, 11, 30), "Respected Sir,\n\nKindly inform whether an SSO ID exists in my name. I joined CBIC in 2011.\n\n"
      "Name: Sunil Kumar Thakur\nDesignation: Inspector\n\nRegards,\nSunil Kumar Thakur\nInspector, CGST Patna-II\n"
      "Ph (O): 0612-2504317\n\nSent from Yahoo Mail on Android\n",
      exp("personal", "sso_status", ["mobile"], action="request_missing"),
      "Yahoo status enquiry (Patna); the only number is an office landline with STD code", mailer=YAHOO)
    S(29, "status-yahoo-bhubaneswar-tel-and-fax", "Manas Ranjan Rout", "manasrout71@yahoo.com", "SSO ID - whether created",
      date(9, 12, 15), "Sir,\n\nI request you to check whether an SSO ID has been created in my name.\n\n"
      "Thanking you,\nYours faithfully,\n\n(MANAS RANJAN ROUT)\nSupdt. of Central Tax\nCGST Bhubaneswar\nTel: 0674-2301456\nFax: 0674-2301457\n",
      exp("personal", "sso_status", ["mobile"], action="request_missing"),
      "Yahoo status enquiry (Bhubaneswar) with telephone and fax only", mailer=YAHOO)
    S(30, "status-yahoo-ranchi-mobile-given", "Nirmal Tirkey", "nirmal.tirkey@yahoo.co.in", "Enquiry regarding SSO ID",
      date(9, 13, 0), "Respected Sir,\n\nKindly let me know whether an SSO ID exists in my name.\n\nName: Nirmal Tirkey\n"
      "Designation: Inspector\n\nRegards,\nNirmal Tirkey\nInspector, CGST Ranchi\nPh (O): 0651-2331207\nMob: 70084-12639\n",
      exp("personal", "sso_status"), "Yahoo status enquiry (Ranchi)", "a mobile is given besides the landline: acknowledge", mailer=YAHOO)

    S(31, "status-rediff-madurai-no-name", "Pandiarajan Muthu", "pandiarajan.m@rediffmail.com", "SSO ID - created or not?",
      date(10, 9, 12), "Sir,\n\nI wish to know whether an SSO ID has been created for me. I am working in CGST Madurai since 2014.\n\n"
      "Designation: Superintendent\nMobile No.: 9443027815\n\nKindly do the needful.\n\nThanking you,\n",
      exp("personal", "sso_status", ["name"], action="request_missing"),
      "Rediffmail status enquiry (Madurai): name only in the From display name", mailer=REDIFF,
      extra={"Reply-To": "Pandiarajan Muthu <pandiarajan.m@rediffmail.com>"})
    S(32, "status-rediff-tuticorin-no-name", "Jebakumar S", "jebakumar.s@rediffmail.com", "Regarding SSO ID",
      date(10, 9, 50), "Sir,\n\nKindly check whether any SSO ID / ICEGATE mail ID is in my name.\n\nInspector of Customs, Tuticorin\n"
      "Mob: 9786102354\n\nThanking you,\nYours faithfully,\n",
      exp("personal", "sso_status", ["name"], action="request_missing"),
      "Rediffmail status enquiry (Tuticorin): designation and mobile, no name in the text", mailer=REDIFF,
      extra={"Reply-To": "jebakumar.s@rediffmail.com"})
    S(33, "status-rediff-puducherry-name-in-brackets", "Arumugam K", "arumugam.k71@rediffmail.com", "SSO ID - created or not?",
      date(10, 10, 40), "Sir,\n\nI want to know whether an SSO ID was created in my name.\n\nDesignation: Superintendent\n"
      "Mobile No.: 9443587102\n\nThanking you,\nYours faithfully,\n\n(K. ARUMUGAM)\n",
      exp("personal", "sso_status"), "Rediffmail status enquiry (Puducherry)",
      "the name is given in the bracketed sign-off: acknowledge", mailer=REDIFF,
      extra={"Reply-To": "arumugam.k71@rediffmail.com"})

    S(34, "status-division-gmail-patna-no-individual-email", "CGST Division-II, Patna", "cgst.div2.patna@gmail.com",
      "Status of SSO ID - Inspector Abhishek Anand", date(10, 11, 15),
      "Sir,\n\nShri Abhishek Anand, Inspector of this Division, is not sure whether an SSO ID exists in his name.\n"
      "Kindly check.\n\nName: Abhishek Anand\nDesignation: Inspector of Central Tax\nMobile No.: 9835124076\n\n"
      "Regards,\nRakesh Ranjan\nSuperintendent\nCGST Division-II, Patna\nEmail: cgst.div2.patna@gmail.com\nPh: 0612-2219043\n",
      exp("generic", "sso_status", ["signature_email"], action="request_missing"),
      "Division's office Gmail (Patna): signature e-mail is the office Gmail itself", mailer=GMAIL)
    S(35, "status-range-gmail-madurai-no-email", "CGST Range-I Madurai", "range1.cgst.madurai@gmail.com",
      "SSO ID status - Inspector", date(10, 12, 5),
      "Sir,\n\nKindly verify whether an SSO ID is available in the name of Smt. Meenakshi Sundaram, Inspector.\n\n"
      "Name: Meenakshi Sundaram\nDesignation: Inspector\nMobile: 8610247395\n\nThanking you,\nYours faithfully,\n\n"
      "(S. RAJAGOPAL)\nSuperintendent, Range-I\nCGST Madurai\nPh: 0452-2531076\n",
      exp("generic", "sso_status", ["signature_email"], action="request_missing"),
      "Range office Gmail (Madurai): bracketed signature with landline, no e-mail at all", mailer=GMAIL)
    S(36, "status-division-gmail-patna-individual-email", "CGST Division-II, Patna", "cgst.div2.patna@gmail.com",
      "Status of SSO ID - Inspector Kumari Shweta", date(10, 14, 45),
      "Sir,\n\nSmt. Kumari Shweta, Inspector of this Division, has not received any SSO ID. Kindly check.\n\n"
      "Name: Kumari Shweta\nDesignation: Inspector of Central Tax\nMobile No.: 7762013485\n\n"
      "Regards,\nRakesh Ranjan\nSuperintendent\nCGST Division-II, Patna\nEmail: rakesh.ranjan@icegate.gov.in\nPh: 0612-2219043\n",
      exp("generic", "sso_status"), "as 034", "the signature gives the Superintendent's individual ICEGATE ID: acknowledge", mailer=GMAIL)

    # --- password resets
    S(37, "reset-icegate-bhubaneswar-hindi-complete", "सुब्रत दास Subrata Das", "subrata.das@icegate.gov.in",
      "Password reset of SSO ID - Subrata Das", date(11, 9, 20),
      "महोदय / Sir,\n\nमैं अपना पासवर्ड भूल गया हूँ।\nI have forgotten the password of my SSO ID. Kindly reset the password.\n\n"
      "Name: Subrata Das\nDesignation: Inspector of Central Tax\nSSO ID: 70418253\nMobile No.: 9437028416\n\n"
      "सादर / Regards,\nSubrata Das\nCGST Bhubaneswar\n", exp("icegate", "password_reset"),
      "Inspector's own ICEGATE ID (Bhubaneswar), Hindi + English, Devanagari display name, all details labelled")
    S(38, "reset-icegate-hyderabad-user-id", "Sai Kiran Reddy", "saikiran.reddy@icegate.gov.in", "Reset of SSO password",
      date(11, 10, 2), "Sir,\n\nMy SSO ID has become inactive and I cannot log in to ACES. Kindly activate it and reset the password.\n\n"
      "User ID: 61290437\n\nThanking you,\nYours faithfully,\n\n(SAI KIRAN REDDY)\nInspector of Central Tax\nCGST Hyderabad\nMob: 8309125476\n",
      exp("icegate", "password_reset"), "Inspector's ICEGATE ID (Hyderabad): inactive ID, 'User ID' label, bracketed signature with mobile")
    S(39, "reset-gmail-mangaluru-personal-address", "Prakash Shenoy", "prakash.shenoy85@gmail.com", "Password reset - SSO ID",
      date(11, 11, 30), "Sir,\n\nI have forgotten my SSO ID password. Kindly reset it.\n\nName: Prakash Shenoy\nDesignation: Appraiser of Customs\n"
      "SSO ID: 53019284\nMobile No.: 9448017263\n\nRegards,\nPrakash Shenoy\n",
      exp("personal", "password_reset", ["icegate_sender"], action="request_missing"),
      "password reset with every detail", "sent from a personal Gmail instead of the ICEGATE ID", mailer=GMAIL)

    def outlook_reply(n, slug, name, frm, own, quoted_id, moved=""):
        logo = A(kit.make_png(48, 20, 180), PNG, "image001.png", disp="inline", cid=f"image001.png@01DC{n:04d}.0")
        body = (own + "[cid:image001.png@01DC" + f"{n:04d}" + ".0]\n\n-----Original Message-----\n"
                "From: Saksham Seva Helpdesk <saksham.seva@icegate.gov.in>\nSent: Monday, December 8, 2025 4:10 PM\n"
                f"To: {name} <{frm}>\nSubject: RE: Password reset for SSO ID\n\nSir,\n\nWe could not reach you on the given number. "
                "Kindly reply with a number on which you are available.\n\nSaksham Seva Helpdesk\n\n-----Original Message-----\n"
                f"From: {name} <{frm}>\nSent: Friday, December 5, 2025 11:02 AM\nTo: saksham.seva@icegate.gov.in\n"
                f"Subject: Password reset for SSO ID\n\nSir,\n\nKindly reset my SSO ID password.\n\nSSO ID: {quoted_id}\n")
        return build_mail(n, name, frm, "RE: Password reset for SSO ID", date(12, 10, n % 50), body, mailer=OUTLOOK, crlf=True,
                          related=[logo])
    own40 = ("Dear Sir/Madam,\n\nI was on duty at the port and missed your call. Kindly reset my SSO ID password; I am\n"
             "available on the mobile number below today.\n\nRegards,\nN. Venkatesh\nAppraiser of Customs\nCustom House, Visakhapatnam\nMobile: 9959012847\n")
    case(40, "reset-outlook-reply-vizag-sso-id-quoted", outlook_reply(40, "reset-outlook", "N Venkatesh", "n.venkatesh@icegate.gov.in", own40, "40918273"),
         exp("icegate", "password_reset", ["sso_id"], action="request_missing", kinds=["other"]),
         "Outlook reply (Visakhapatnam) with inline logo: SSO ID only in the quoted original")
    own41 = ("Sir,\n\nPlease call me on my new number. Kindly reset the password of my SSO ID.\n\nThanking you,\nYours faithfully,\n\n"
             "(T. MURUGESAN)\nSupdt. of Customs\nCustom House, Tuticorin\nMob: 9080127346\n")
    case(41, "reset-outlook-reply-tuticorin-sso-id-quoted", outlook_reply(41, "x", "T Murugesan", "t.murugesan@icegate.gov.in", own41, "51730926"),
         exp("icegate", "password_reset", ["sso_id"], action="request_missing", kinds=["other"]),
         "Outlook reply (Tuticorin), bracketed signature: SSO ID only in the quoted original")
    own42 = ("Sir,\n\nPlease call me on my new number. Kindly reset the password of my SSO ID 51730927.\n\nThanking you,\n"
             "Yours faithfully,\n\n(P. SANKARAN)\nSupdt. of Customs\nCustom House, Tuticorin\nMob: 9080127347\n")
    case(42, "reset-outlook-reply-tuticorin-sso-id-own-text", outlook_reply(42, "x", "P Sankaran", "p.sankaran@icegate.gov.in", own42, "51730927"),
         exp("icegate", "password_reset", kinds=["other"]), "as 041",
         "the SSO ID is repeated in the officer's own text: acknowledge")

    S(43, "reset-gov-in-deputation-hyderabad", "Srikanth Varma", "srikanth.varma79@gov.in", "Request for reset of SSO ID password",
      date(12, 12, 10), "Sir,\n\nI am on deputation to the GST Council Secretariat and have forgotten my SSO ID password.\n"
      "Kindly reset it.\n\nName: Srikanth Varma\nDesignation: Deputy Commissioner\nAlternate e-mail ID: srikanth.varma.1979@gmail.com\n"
      "Mobile No.: 9866102437\n\nRegards,\nSrikanth Varma\nTel: 011-23762418\n",
      exp("personal", "password_reset", ["icegate_sender"], action="request_missing"),
      "Deputy Commissioner on deputation writes from his individual gov.in address")
    S(44, "reset-nic-in-individual-kolkata-deputation", "Joydeep Sen", "joydeep.sen@nic.in", "Password reset - SSO ID",
      date(12, 13, 40), "Sir,\n\nWhile on deputation I have forgotten my SSO ID password. Kindly reset.\n\nName: Joydeep Sen\n"
      "Designation: Assistant Commissioner\nSSO ID: 38201754\nMobile: 9433017625\n\nThanking you,\nJoydeep Sen\n",
      exp("personal", "password_reset", ["icegate_sender"], action="request_missing"),
      "Assistant Commissioner on deputation (Siliguri) writes from an individual nic.in address")
    S(45, "reset-gov-in-no-sso-id", "Sreedevi Amma", "sreedevi.amma@gov.in", "Request for reset of SSO ID password",
      date(12, 15, 5), "Sir,\n\nI have forgotten the password of my SSO ID. Kindly reset it.\n\nName: Sreedevi Amma\n"
      "Designation: Superintendent\nMobile No.: 9447013852\n\nRegards,\nSreedevi Amma\n",
      exp("personal", "password_reset", ["icegate_sender", "sso_id"], action="request_missing"),
      "reset from an individual gov.in address (Thiruvananthapuram)", "neither SSO ID nor alternate e-mail is given")

    def hindi(n, slug, dname, frm, lines, expd, intent, moved=""):
        S(n, slug, dname, frm, "पासवर्ड रीसेट हेतु अनुरोध / Request for password reset", date(15, 9, n % 60),
          "महोदय,\n\nमैं अपने एसएसओ आईडी का पासवर्ड भूल गया हूँ। कृपया रीसेट करें।\nSir, I have forgotten my SSO ID password.\n\n"
          + lines + "\nधन्यवाद,\n", expd, intent, moved, cte="b64")
    hindi(46, "reset-hindi-patna-no-designation", "संजय कुमार", "sanjay.kumar12@icegate.gov.in",
          "नाम / Name: संजय कुमार (Sanjay Kumar)\nएसएसओ आईडी / SSO ID: 62018375\nमोबाइल / Mobile: 9431207568\n",
          exp("icegate", "password_reset", ["designation"], action="request_missing"),
          "Hindi reset (base64) from an ICEGATE ID (Patna): name, SSO ID, mobile; no designation")
    hindi(47, "reset-hindi-ranchi-no-designation", "अनिल मुंडा", "anil.munda@icegate.gov.in",
          "नाम / Name: अनिल मुंडा (Anil Munda)\nएसएसओ आईडी / SSO ID: 47102938\nमोबाइल / Mobile: 7488120534\n",
          exp("icegate", "password_reset", ["designation"], action="request_missing"),
          "Hindi reset (base64) from an ICEGATE ID (Ranchi): no designation")
    hindi(48, "reset-hindi-ranchi-with-designation", "विजय ओरांव", "vijay.oraon@icegate.gov.in",
          "नाम / Name: विजय ओरांव (Vijay Oraon)\nपदनाम / Designation: निरीक्षक / Inspector\nएसएसओ आईडी / SSO ID: 47102939\n"
          "मोबाइल / Mobile: 7488120535\n", exp("icegate", "password_reset"), "as 047",
          "the designation is labelled: acknowledge")

    def ar_topfail(dom, local, top, lower=None):
        s = f"Authentication-Results: mx.icegate.gov.in;\n\t{top}"
        if lower:
            s += f"\nAuthentication-Results: mx.icegate.gov.in; {lower}"
        return s
    S(49, "reset-spoofed-dmarc-fail-guwahati", "Pranjal Hazarika", "pranjal.hazarika@icegate.gov.in", "Urgent: SSO password reset",
      "Mon, 15 Dec 2025 01:52:10 +0530",
      "Dear team,\n\nI cannot log in to my SSO ID. Please reset the password and send it to this mail, I cannot take calls.\n\n"
      "Name: Pranjal Hazarika\nDesignation: Inspector\nSSO ID: 39182047\nMobile: 9101328476\n\nThanks,\nPranjal Hazarika\n",
      exp("icegate", "password_reset", action="review"),
      "reset claiming an ICEGATE ID, from an outside server; topmost Authentication-Results dmarc=fail, forged pass copy below",
      mailer={"X-Mailer": "PHPMailer 6.9.1"}, extra={"Reply-To": "pranjal.hazarika.cbic@gmail.com"},
      ar=ar_topfail("icegate.gov.in", "pranjal.hazarika",
                    "dkim=none (message not signed);\n\tspf=fail smtp.mailfrom=pranjal.hazarika@icegate.gov.in;\n\tdmarc=fail (p=none dis=none) header.from=icegate.gov.in",
                    "dkim=pass header.d=icegate.gov.in; spf=pass smtp.mailfrom=pranjal.hazarika@icegate.gov.in; dmarc=pass header.from=icegate.gov.in"))
    S(50, "reset-spoofed-spf-fail-no-dkim-madurai", "Senthil Kumar", "senthil.kumar7@icegate.gov.in", "Reset my SSO ID password",
      "Mon, 15 Dec 2025 03:10:44 +0530",
      "Sir,\n\nKindly reset my SSO ID password urgently.\n\nName: Senthil Kumar\nDesignation: Superintendent\nSSO ID: 52019384\n"
      "Mobile: 9842017365\n\nSenthil Kumar\n", exp("icegate", "password_reset", action="review"),
      "reset claiming an ICEGATE ID (Madurai); topmost header: spf=fail and no DKIM signature",
      mailer={"X-Mailer": "PHPMailer 6.9.1"},
      ar=ar_topfail("icegate.gov.in", "senthil.kumar7",
                    "dkim=none (message not signed);\n\tspf=fail smtp.mailfrom=senthil.kumar7@icegate.gov.in"))
    S(51, "reset-genuine-forged-fail-below-pass", "Anjan Kalita", "anjan.kalita@icegate.gov.in", "Reset of SSO ID password",
      date(15, 10, 30), "Sir,\n\nI have forgotten my SSO ID password. Kindly reset it.\n\nName: Anjan Kalita\nDesignation: Inspector\n"
      "SSO ID: 39182048\nMobile: 9101328477\n\nRegards,\nAnjan Kalita\n", exp("icegate", "password_reset"),
      "reset from an ICEGATE ID (Guwahati)",
      "the topmost Authentication-Results passes; only a copy further down says dmarc=fail: acknowledge",
      ar=ar_topfail("icegate.gov.in", "anjan.kalita",
                    "dkim=pass header.d=icegate.gov.in header.s=zm2024;\n\tspf=pass smtp.mailfrom=anjan.kalita@icegate.gov.in;\n\tdmarc=pass (p=none dis=none) header.from=icegate.gov.in",
                    "dkim=none; spf=fail smtp.mailfrom=anjan.kalita@icegate.gov.in; dmarc=fail header.from=icegate.gov.in"))


EXTRA_FUNCS = [status_reset]


# ================================================================= main

README_HEAD = """# corpus18: a third helpdesk month from the North-East, East and South

Independent triage corpus for maild, written blind from `shared/domain.md`, the circulars in
`shared/seeds/`, `shared/spec/triage.md` and `shared/spec/template.md`. For each intent of the
37-mail sample corpus, new mails by officers at Guwahati, Shillong, Imphal, Siliguri, Patna, Ranchi,
Bhubaneswar, Paradip, Visakhapatnam, Hyderabad, Bengaluru, Mangaluru, Thiruvananthapuram, Madurai,
Tuticorin and Puducherry, with their habits: initials before the name, signatures with the name in
capitals inside brackets, "Thanking you, / Yours faithfully," closings, abbreviated designations
("Supdt. of Customs", "Asst. Commissioner"), Hindi lines, landlines with STD codes. The mail marked
with a moved fact changes exactly one fact of its intent that moves the verdict.

Generated by `make.py` (uses corpus2's MIME/xlsx/pdf builders via importlib; fixed dates,
Message-IDs and xlsx zip times, so two runs write identical bytes):

    .venv/bin/python tests/data/corpus18/make.py

"""


def main():
    for d in (MAILS, EXP):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    creation()
    for fn in EXTRA:
        fn()
    rows = []
    from collections import Counter
    acts, kinds = Counter(), Counter()
    for name, raw, expected, intent, moved in CASES:
        (MAILS / f"{name}.eml").write_bytes(raw)
        (EXP / f"{name}.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n")
        acts[expected["action"]] += 1
        kinds[expected["request_type"]] += 1
        miss = ", ".join(expected["missing"])
        errs = ", ".join(f"r{e['row']} {e['column']} {e['code']}" for e in expected["template_errors"])
        det = "; ".join(x for x in (f"missing {miss}" if miss else "", errs) if x)
        res = f"**{expected['action']}** ({expected['sender_kind']}, {expected['request_type']}{'; ' + det if det else ''})"
        rows.append(f"| `{name}.eml` | {intent} | {('**moved:** ' + moved) if moved else ''} | {res} |")
    cov = ("## Counts\n\n" + f"{len(CASES)} mails. Actions: " + ", ".join(f"{k} {v}" for k, v in sorted(acts.items()))
           + ". Request types: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + ". "
           + f"Mails with a moved fact: {sum(1 for c in CASES if c[4])}.\n\n")
    table = "## The cases\n\n| file | intent | moved fact | expected |\n| --- | --- | --- | --- |\n" + "\n".join(rows) + "\n\n"
    (HERE / "README.md").write_text(README_HEAD + cov + table + READINGS)


EXTRA = EXTRA_FUNCS
READINGS = """## Readings of the contract

- A personal Gmail whose local part is only a name and year (`pradeep.sahoo96@gmail.com`) is a
  personal alternate e-mail; local parts with office words (`cgst.range2...`, `customs...`) are left
  out of clean rows so that no expected verdict rests on guessing which Gmail is an office's.
- A signature whose name is written in capitals inside brackets, `(K. ARUMUGAM)`, gives the name;
  abbreviated designations (`Supdt. of Customs`, `Asst. Commissioner`) are designations.
- A number written with an STD code or labelled Ph (O) / Tel / Fax is a contact number for the
  signature but not a mobile (016-style cases 028, 029).
- An image-only PDF named as a service book is a `service_book` (kind told from the name); an
  image-only forwarding letter is `other`.
- A template cell `+919440123456` or `09440123457` is a valid mobile (optional +91 / 0 prefix);
  `NA` in a date column is not a date (`invalid_date`); a DOB in 2008 with DOJ in 2025 is joining
  before 18 (`invalid_date` on `date_of_joining`).
- "Kindly check whether any SSO ID / ICEGATE mail ID is in my name" asks whether an SSO ID exists
  in the officer's name: `sso_status`.
- Only the topmost Authentication-Results is trusted: `spf=fail` with no DKIM signature is an
  authentication failure (review); a lower `dmarc=fail` copy under a passing top header is ignored.

## Not yet written

This slice covers sample intents 001-008 (creation) and 015-023 (status, reset). The intents
009-014 and 024-037 still need their three mails each.
"""

if __name__ == "__main__":
    main()
