"""What an operator reads and does on a case page (Flask's test client over a real Maildir, SQLite and
a file outbox): every mail's text with its quoted history folded, the details maild read and where,
a hostile mail shown as inert text, a bounce of our reply with the recipient's server's words, why
the case is where it is, merging and splitting, and the timeline in the office's time zone."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from consoles import CERTIFICATE, PASSWORD, TEMPLATE, UNKNOWN, Deployment, bounce_of, follow_up, hostile_mail
from maild.adapters.db_schema import Audit, Case, Mail
from maild.core.reminders import next_working_time
from paths import SHARED

RESET_REPLY = "020-reset-outlook-reply-sso-id-only-quoted.eml"  # an Outlook reply quoting the thread below it
HINDI_RESET = "019-reset-icegate-complete-hindi.eml"


def login(client: FlaskClient) -> FlaskClient:
    page = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    assert client.post("/login", data={"csrf": token, "name": "asha", "password": PASSWORD}).status_code == 302
    return client


def csrf(client: FlaskClient, path: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', client.get(path).get_data(as_text=True)).group(1)  # type: ignore[union-attr]


def section(page: str, element_id: str) -> str:
    """The HTML of the element with this id, up to the end of its tag's first closing."""
    start = page.index(f'id="{element_id}"')
    tag = page.rfind("<", 0, start)
    name = page[tag + 1:start].split()[0]
    return page[tag:page.index(f"</{name}>", start)]


@pytest.fixture()
def console(tmp_path: Path) -> Deployment:
    return Deployment(tmp_path, (UNKNOWN, TEMPLATE, CERTIFICATE, RESET_REPLY, HINDI_RESET))


@pytest.fixture()
def client(console: Deployment) -> FlaskClient:
    return login(console.app().test_client())


def test_the_case_page_shows_the_mail_its_details_and_where_each_was_read(console: Deployment,
                                                                          client: FlaskClient) -> None:
    ref = console.ref("certificate")
    page = client.get(f"/case/{ref}").get_data(as_text=True)
    mail_id = console.service.review.show(ref)["mails"][0]["id"]
    text = html.unescape(section(page, f"text-{mail_id}"))
    assert "Kindly create SSO ID and ICEGATE e-mail ID for Shri Dhaval Parmar" in text
    assert "In lieu of the service book" in text and "Ph: 0281-2441178" in text
    details = html.unescape(section(page, f"details-{mail_id}"))
    assert re.search(r"Name</th><td class=\"value\">Nilesh Vaghela</td>\s*<td class=\"where\">in the signature", details)
    assert "not found" in details  # the mobile this mail lacks
    assert "Certificate of DOB and DOJ signed by JC.pdf" in page and "certification letter" in page
    assert 'class="download"' in page
    assert ("a certification letter is attached in place of the service book (accepted at DG Systems' discretion)"
            in html.unescape(section(page, "why")))


def test_quoted_history_is_folded_below_the_senders_own_words(console: Deployment, client: FlaskClient) -> None:
    ref = console.ref("Deepak Chauhan", status="waiting")
    case = console.service.review.show(ref)
    mail_id = case["mails"][0]["id"]
    page = client.get(f"/case/{ref}").get_data(as_text=True)
    own = html.unescape(section(page, f"text-{mail_id}"))
    assert "I could not take your call yesterday" in own
    folded = section(page, f"quoted-{mail_id}")
    assert folded.startswith('<details class="quoted"') and " open" not in folded.split(">")[0]
    assert case["mails"][0]["text"]["quoted"] and case["mails"][0]["text"]["quoted"].split("\n")[0] in html.unescape(folded)
    assert "I could not take your call" not in html.unescape(folded)  # the own words are not repeated there
    details = html.unescape(section(page, f"details-{mail_id}"))
    assert "7350363740" in details and "Mobile: 7350363740" in details


def test_a_hostile_mail_is_shown_as_inert_text(console: Deployment, client: FlaskClient) -> None:
    console.deliver(hostile_mail())
    ref = next(r["ref"] for r in console.service.review.queue(status="") if "onerror" in r["subject"])
    page = client.get(f"/case/{ref}").get_data(as_text=True)
    assert "<script" not in page.lower() and "<img" not in page.lower() and "javascript:" not in page
    assert "&lt;img src=x onerror=alert(4)&gt; mailbox quota" in page  # the subject, as text
    mail_id = console.service.review.show(ref)["mails"][0]["id"]
    text = html.unescape(section(page, f"text-{mail_id}"))
    assert "Sir, kindly check my request." in text  # its HTML, turned into text
    assert 'document.title' not in text  # a script's body is not text of the mail
    assert "This mail had only an HTML body" in page
    queue = client.get("/queue?status=").get_data(as_text=True)
    assert "<script" not in queue.lower() and "<img" not in queue.lower()
    download = client.get(f"/attachment/{console.service.review.show(ref)['mails'][0]['attachments'][0]['id']}")
    assert download.headers["Content-Type"] == "application/octet-stream"
    assert "<script>" not in download.headers["Content-Disposition"]


def test_a_bounce_of_our_reply_is_linked_to_its_case_with_the_servers_words(console: Deployment,
                                                                            client: FlaskClient) -> None:
    ref = console.ref("Pune", status="waiting")
    (reply,) = [m for m in console.outbox() if ref in m["Subject"]]
    console.deliver(bounce_of(reply["Message-ID"], reply["To"]))
    row = next(r for r in console.service.review.queue() if r["ref"] == ref)
    assert row["status"] == "review"
    assert ("could not be delivered: 552 5.2.2 Mailbox full: quota exceeded" in row["reason"]
            and "request for what is missing" in row["reason"])
    page = client.get(f"/case/{ref}").get_data(as_text=True)
    bounces = html.unescape(section(page, "bounces"))
    assert "552 5.2.2 Mailbox full: quota exceeded" in bounces and reply["To"] in bounces
    assert "bounced (552 5.2.2 Mailbox full: quota exceeded)" in html.unescape(section(page, "replies"))
    timeline = html.unescape(section(page, "timeline"))
    assert "bounced: 552 5.2.2 Mailbox full" in timeline
    assert "552 5.2.2" in html.unescape(section(page, "why"))


def test_a_case_sent_to_review_by_the_daily_cap_says_why_in_words(console: Deployment) -> None:
    with console.service.store.session() as s:  # what a capped or a stranger's mail leaves: a note, no flag
        case = s.scalars(select(Case).where(Case.subject.contains("Pune"))).one()
        case.status = "review"
        mail = s.scalars(select(Mail).where(Mail.case_id == case.id)).one()
        s.add(Audit(event="decided", case_id=case.id, mail_id=mail.id,
                    detail={"action": "review", "note": "the sender had 10 automatic replies today (cap 10)"}))
        ref = case.ref
    row = next(r for r in console.service.review.queue() if r["ref"] == ref)
    assert row["reason"] == ("the sender had 10 automatic replies today (cap 10); "
                             "the creation template has 3 error(s)")
    assert all(r["reason"] and "_" not in r["reason"].split(" ")[0] for r in console.service.review.queue(status=""))


def test_merge_a_case_into_another_from_the_case_page(console: Deployment, client: FlaskClient) -> None:
    first, second = console.ref("certificate"), console.ref("mailbox quota")
    resp = client.post(f"/case/{second}/merge", data={"csrf": csrf(client, f"/case/{second}"), "into": first,
                                                      "note": "the same request, from a colleague"})
    assert resp.status_code == 303 and resp.headers["Location"] == f"/case/{first}"
    page = client.get(resp.headers["Location"]).get_data(as_text=True)
    assert f"case {second} merged into {first}" in html.unescape(page)
    assert len(re.findall(r'<article class="mail"', page)) == 2
    assert "asha merged case " + second + " into this one (the same request, from a colleague)" in \
        html.unescape(section(page, "timeline"))
    old = client.get(f"/case/{second}").get_data(as_text=True)
    assert 'class="status merged"' in old and f'href="/case/{first}"' in section(old, "merged-into")
    assert 'id="decide-form"' not in old and 'id="merge-form"' not in old
    again = client.post(f"/case/{second}/decide", data={"csrf": csrf(client, f"/case/{first}")},
                        follow_redirects=True)
    assert "was merged into another case" in again.get_data(as_text=True)
    assert second not in [r["ref"] for r in console.service.review.queue(status="")
                          if r["status"] != "merged"]


def test_move_a_mail_and_split_it_out_again(console: Deployment, client: FlaskClient) -> None:
    first, second = console.ref("certificate"), console.ref("mailbox quota")
    moved = console.service.review.show(second)["mails"][0]["id"]
    resp = client.post(f"/case/{second}/mail/{moved}/move",
                       data={"csrf": csrf(client, f"/case/{second}"), "into": first}, follow_redirects=True)
    assert f"mail {moved} moved from {second} into {first}" in html.unescape(resp.get_data(as_text=True))
    assert console.service.review.show(second)["status"] == "merged"  # it had no other mail
    resp = client.post(f"/case/{first}/mail/{moved}/split", data={"csrf": csrf(client, f"/case/{first}"),
                                                                  "note": "not the same request"},
                       follow_redirects=True)
    page = html.unescape(resp.get_data(as_text=True))
    new = re.search(r"split out of \S+ into a new case, (SS-\d{4}-\d{6})", page).group(1)  # type: ignore[union-attr]
    assert f'id="ref">{new}<' in page and "split out of case " + first in page
    split = console.service.review.show(new)
    assert [m["id"] for m in split["mails"]] == [moved] and split["status"] == "review"
    assert [m["id"] for m in console.service.review.show(first)["mails"]] != [moved]
    wrong = client.post(f"/case/{first}/mail/{moved}/split", data={"csrf": csrf(client, f"/case/{first}")},
                        follow_redirects=True)
    assert f"mail {moved} is not in case {first}" in html.unescape(wrong.get_data(as_text=True))


def test_the_timeline_is_in_the_office_time_zone_and_in_order(console: Deployment, client: FlaskClient) -> None:
    ref = console.ref("Pune", status="waiting")
    page = client.get(f"/case/{ref}").get_data(as_text=True)
    items = re.findall(r'<li class="event (\w+)"><time datetime="([^"]+)">([^<]+)</time>', section(page, "timeline"))
    assert [what for what, _, _ in items][:3] == ["mail", "decided", "reply"]
    assert all(shown.endswith(" IST") for _, _, shown in items)
    seconds = [dt.datetime.fromisoformat(at).replace(microsecond=0) for _, at, _ in items]
    assert seconds == sorted(seconds)
    queued = dt.datetime.fromisoformat(console.service.review.show(ref)["replies"][0]["created_at"])
    assert items[2][2] == queued.astimezone(ZoneInfo("Asia/Kolkata")).strftime("%Y-%m-%d %H:%M IST")
    assert "UTC" not in section(page, "audit")


def test_an_unkept_mail_says_so_and_keeps_its_details(console: Deployment, client: FlaskClient) -> None:
    ref = console.ref("certificate")
    with console.service.store.session() as s:
        s.execute(Mail.__table__.update().values(raw=None))
    page = client.get(f"/case/{ref}").get_data(as_text=True)
    assert "The text of this mail is no longer kept" in page
    assert "the mail&#39;s text is no longer kept" in page and "Nilesh Vaghela" in page


def test_corpus_mails_all_render(console: Deployment, client: FlaskClient) -> None:
    console.deliver(*[p.read_bytes() for p in sorted((SHARED / "corpus" / "mails").glob("*.eml"))])
    for row in console.service.review.queue(status=""):
        assert client.get(f"/case/{row['ref']}").status_code == 200, row["ref"]


def test_a_follow_up_naming_a_merged_case_joins_the_case_it_was_merged_into(console: Deployment) -> None:
    first, second = console.ref("certificate"), console.ref("mailbox quota")
    console.service.review.merge_case(second, first, "asha", "")
    console.deliver(follow_up("Ajay Verma <ajay.verma5@icegate.gov.in>", f"Re: [{second}] mailbox quota",
                              "Sir,\nAny update on my request?\nRegards,\nAjay Verma\n"))
    assert len(console.service.review.show(first)["mails"]) == 3
    assert console.service.review.show(second)["mails"] == []


def test_reminders_appear_in_the_timeline(console: Deployment, client: FlaskClient) -> None:
    ref = console.ref("Pune", status="waiting")
    # Past the first reminder's day, in the office's working time, whatever the day and hour the test runs at.
    later = next_working_time(console.clock.now + dt.timedelta(days=6), console.settings.reminder_policy())
    console.clock.advance(seconds=(later - console.clock.now).total_seconds() + 60)
    assert console.service.sweep_reminders() >= 1
    client = login(console.app().test_client())  # the first login expired with the days
    page = client.get(f"/case/{ref}").get_data(as_text=True)
    timeline = html.unescape(section(page, "timeline"))
    assert re.search(r'<li class="event reminder_remind"><time[^>]*>[^<]+ IST</time> <span class="what">reminder 1 '
                     r'to acladmin\.pune1@icegate\.gov\.in: sent</span>', timeline), timeline
    assert "reminder" in html.unescape(section(page, "replies"))
