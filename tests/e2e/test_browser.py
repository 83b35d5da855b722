"""A real browser through the console: Debian's chromium, headless, driven by Selenium, against the
console served by waitress on loopback over a Maildir + SQLite service that sends by SMTP.

An operator logs in, reads a flagged mail's text and the details maild read (and where), opens the
quoted history folded below a reply, downloads an attachment, merges a colleague's case into the
first one, reads the timeline in the office's time zone, and decides a flagged case, whose reply
must reach a real SMTP server. Screenshots go to test-artifacts/. Chromium is installed through
scripts/system-deps when missing: never skipped.
"""

from __future__ import annotations

import email
import hashlib
import shutil
import subprocess
import time
from collections.abc import Iterator
from email import policy
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service as DriverService
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.ui import WebDriverWait

from consoles import CERTIFICATE, PASSWORD, UNKNOWN, Deployment, serve
from paths import ROOT
from servers import SmtpSink

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
ARTIFACTS = ROOT / "test-artifacts"
RESET = "019-reset-icegate-complete-hindi.eml"
QUOTING = "020-reset-outlook-reply-sso-id-only-quoted.eml"


def ensure_chromium() -> None:
    """Install chromium and its driver from Debian when they are not there (as the test setup)."""
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        subprocess.run(["bash", str(ROOT / "scripts" / "system-deps"), "chromium", "chromium-driver"],
                       check=True, timeout=600)
    assert Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists(), "chromium / chromium-driver not installed"


@pytest.fixture()
def downloads(tmp_path: Path) -> Path:
    folder = tmp_path / "downloads"
    folder.mkdir()
    return folder


@pytest.fixture()
def browser(tmp_path: Path, downloads: Path) -> Iterator[WebDriver]:
    ensure_chromium()
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={tmp_path / 'chromium-profile'}", "--window-size=1400,1800"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(options=options, service=DriverService(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(20)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(tmp_path / "chromium-profile", ignore_errors=True)


@pytest.fixture()
def sink() -> Iterator[SmtpSink]:
    server = SmtpSink().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture()
def console(tmp_path: Path, sink: SmtpSink) -> Iterator[tuple[str, Deployment]]:
    smtp = (f'[smtp]\nkind = "smtp"\nhost = "127.0.0.1"\nport = {sink.port}\nsecurity = "plain"\n'
            'timeout = 10.0\n')
    deployment = Deployment(tmp_path / "service", (UNKNOWN, RESET, CERTIFICATE, QUOTING), smtp=smtp)
    with serve(deployment.app()) as url:
        yield url, deployment


def log_in(browser: WebDriver, base: str, wait: WebDriverWait) -> None:
    browser.get(f"{base}/queue")  # anonymous: sent to the login
    assert "/login" in browser.current_url
    browser.find_element(By.ID, "name").send_keys("asha")
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    browser.find_element(By.ID, "login").click()
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "table.queue")))
    assert browser.find_element(By.ID, "operator").text == "asha"


def open_case(browser: WebDriver, base: str, wait: WebDriverWait, ref: str) -> None:
    browser.get(f"{base}/queue?status=")
    browser.find_element(By.LINK_TEXT, ref).click()
    wait.until(ec.text_to_be_present_in_element((By.ID, "ref"), ref))


def test_operator_reads_a_flagged_mail_its_details_and_downloads_its_attachment(
        browser: WebDriver, console: tuple[str, Deployment], downloads: Path) -> None:
    base, deployment = console
    wait = WebDriverWait(browser, 10)
    ARTIFACTS.mkdir(exist_ok=True)
    log_in(browser, base, wait)
    flagged = deployment.ref("certificate")
    open_case(browser, base, wait, flagged)
    case = deployment.service.review.show(flagged)
    mail = case["mails"][0]
    text = browser.find_element(By.ID, f"text-{mail['id']}")
    assert text.is_displayed() and "In lieu of the service book" in text.text
    assert "certification letter is attached in place of the service book" in browser.find_element(By.ID, "why").text
    details = {row.find_element(By.TAG_NAME, "th").text: (row.find_element(By.CLASS_NAME, "value").text,
                                                           row.find_element(By.CLASS_NAME, "where").text)
               for row in browser.find_elements(By.CSS_SELECTOR, f"#details-{mail['id']} tr.detail")}
    assert details["Name"] == ("Nilesh Vaghela", "in the signature: Nilesh Vaghela")
    assert details["Mobile"] == ("–", "not found")
    browser.save_screenshot(str(ARTIFACTS / "case-mail.png"))

    letter = next(a for a in mail["attachments"] if a["kind"] == "certification_letter")
    browser.find_element(By.ID, f"download-{letter['id']}").click()
    saved = downloads / letter["filename"]
    for _ in range(100):
        if saved.exists() and not list(downloads.glob("*.crdownload")):
            break
        time.sleep(0.1)
    assert saved.exists(), list(downloads.iterdir())
    assert hashlib.sha256(saved.read_bytes()).hexdigest() == letter["sha256"]

    quoting = deployment.ref("Deepak Chauhan", status="waiting")
    open_case(browser, base, wait, quoting)
    reply = deployment.service.review.show(quoting)["mails"][0]
    folded = browser.find_element(By.ID, f"quoted-{reply['id']}")
    inner = folded.find_element(By.TAG_NAME, "pre")
    assert not inner.is_displayed() and "I could not take your call" in browser.find_element(
        By.ID, f"text-{reply['id']}").text
    folded.find_element(By.TAG_NAME, "summary").click()
    wait.until(lambda _: inner.is_displayed())
    assert reply["text"]["quoted"].splitlines()[0].strip() in inner.text


def test_operator_decides_a_flagged_case_merges_another_into_it_and_reads_the_timeline(
        browser: WebDriver, console: tuple[str, Deployment], sink: SmtpSink) -> None:
    base, deployment = console
    wait = WebDriverWait(browser, 10)
    ARTIFACTS.mkdir(exist_ok=True)
    log_in(browser, base, wait)
    browser.save_screenshot(str(ARTIFACTS / "queue.png"))
    flagged, other = deployment.ref("mailbox quota"), deployment.ref("certificate")

    open_case(browser, base, wait, flagged)
    assert "the request type could not be told" in browser.find_element(By.ID, "why").text
    sent_before = len(sink.messages)
    Select(browser.find_element(By.ID, "decide-request-type")).select_by_value("password_reset")
    browser.find_element(By.ID, "decide-note").send_keys("mailbox quota: treat as a password reset")
    browser.find_element(By.ID, "decide").click()
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, ".flash.ok")))
    (reply,) = sink.wait_for(sent_before + 1, timeout=10)[sent_before:]
    assert reply.rcpt_tos == ("ajay.verma5@icegate.gov.in",)
    assert flagged in email.message_from_bytes(reply.data, policy=policy.default)["Subject"]
    assert browser.find_element(By.ID, "case-status").text != "review"

    open_case(browser, base, wait, other)
    browser.find_element(By.ID, "merge-into").send_keys(flagged)
    browser.find_element(By.ID, "merge-note").send_keys("a colleague's follow-up")
    browser.find_element(By.ID, "merge").click()
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, ".flash.ok")))
    assert browser.find_element(By.ID, "ref").text == flagged
    assert f"case {other} merged into {flagged}" in browser.find_element(By.CSS_SELECTOR, ".flash.ok").text
    assert len(browser.find_elements(By.CSS_SELECTOR, "article.mail")) == 2

    timeline = [(item.find_element(By.TAG_NAME, "time").text, item.find_element(By.CLASS_NAME, "what").text)
                for item in browser.find_elements(By.CSS_SELECTOR, "#timeline li")]
    assert all(when.endswith(" IST") for when, _ in timeline)
    whats = [what for _, what in timeline]
    assert whats[0].startswith("mail from ajay.verma5@icegate.gov.in: Request for enhancement of ICEGATE mailbox")
    decided = next(i for i, what in enumerate(whats) if what.startswith("asha decided:"))
    merged = whats.index(f"asha merged case {other} into this one (a colleague's follow-up)")
    assert "(mailbox quota: treat as a password reset)" in whats[decided] and decided < merged
    assert any(what.startswith("operator's request for what is missing to ajay.verma5@icegate.gov.in: sent")
               for what in whats)
    audit = [(row.find_element(By.CLASS_NAME, "actor").text, row.find_element(By.CLASS_NAME, "event").text)
             for row in browser.find_elements(By.CSS_SELECTOR, "#audit tr.audit-row")]
    assert ("asha", "operator_decided") in audit and ("asha", "case_merged") in audit
    browser.save_screenshot(str(ARTIFACTS / "case.png"))
    open_case(browser, base, wait, other)
    assert browser.find_element(By.ID, "case-status").text == "merged"
    assert flagged in browser.find_element(By.ID, "merged-into").text
    assert all((ARTIFACTS / name).stat().st_size > 0 for name in ("queue.png", "case.png"))
