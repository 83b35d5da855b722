"""A real browser through the console: Debian's chromium, headless, driven by Selenium.

An operator logs in, opens the flagged "mailbox quota" case from the queue,
overrides its request type to password_reset and submits; the reply must
reach a real SMTP server and the case page's audit trail must name the
operator. Screenshots of the queue and the case page go to test-artifacts/.
Chromium is installed through scripts/system-deps when missing: never skipped.
"""

from __future__ import annotations

import email
import shutil
import subprocess
import threading
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
from werkzeug.serving import make_server

from paths import ROOT, SHARED
from servers import SmtpSink
from maild.adapters.inbox_maildir import MaildirInbox, deliver
from maild import bootstrap
from maild.app.worker import Worker
from maild.config import load_settings
from maild.interfaces.web import add_user, create_app, users_path

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
ARTIFACTS = ROOT / "test-artifacts"
MAILS = SHARED / "corpus" / "mails"
FLAGGED = "034-unknown-mailbox-quota.eml"


def ensure_chromium() -> None:
    """Install chromium and its driver from Debian when they are not there (as the test setup)."""
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        subprocess.run(["bash", str(ROOT / "scripts" / "system-deps"), "chromium", "chromium-driver"],
                       check=True, timeout=600)
    assert Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists(), "chromium / chromium-driver not installed"


@pytest.fixture()
def browser(tmp_path: Path) -> Iterator[WebDriver]:
    ensure_chromium()
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={tmp_path / 'chromium-profile'}", "--window-size=1400,1800"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=DriverService(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(20)
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
def console(tmp_path: Path, sink: SmtpSink) -> Iterator[tuple[str, Worker]]:
    """The console on a free loopback port, over a Maildir + SQLite service that sends by SMTP."""
    cfg = tmp_path / "maild.toml"
    cfg.write_text(f'[paths]\ndata = "."\n[mailbox]\nkind = "maildir"\ncutoff = "none"\n'
                   f'[smtp]\nkind = "smtp"\nhost = "127.0.0.1"\nport = {sink.port}\nsecurity = "plain"\n'
                   'timeout = 10.0\n', encoding="utf-8")
    settings = load_settings(cfg, required=True, environ={})
    service = bootstrap.worker(settings, inbox=MaildirInbox(tmp_path / "mail", name="test"))
    for name in (FLAGGED, "019-reset-icegate-complete-hindi.eml", "012-creation-certification-letter.eml"):
        deliver(tmp_path / "mail", (MAILS / name).read_bytes(), name)
    service.run_pass()
    add_user(users_path(settings), "asha", "correct horse battery")
    app = create_app(settings, lambda: service.review, secret="e2e-secret-0123456789")
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", service
    finally:
        server.shutdown()
        thread.join(5)


def test_operator_overrides_a_flagged_case_in_the_browser(browser: WebDriver, console: tuple[str, Worker],
                                                           sink: SmtpSink) -> None:
    base, service = console
    (flagged,) = [r["ref"] for r in service.review.queue() if "mailbox quota" in r["subject"]]
    sent_before = len(sink.messages)
    wait = WebDriverWait(browser, 10)
    ARTIFACTS.mkdir(exist_ok=True)

    browser.get(f"{base}/queue")  # anonymous: sent to the login
    assert "/login" in browser.current_url
    browser.find_element(By.ID, "name").send_keys("asha")
    browser.find_element(By.ID, "password").send_keys("correct horse battery")
    browser.find_element(By.ID, "login").click()
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "table.queue")))
    assert browser.find_element(By.ID, "operator").text == "asha"
    browser.save_screenshot(str(ARTIFACTS / "queue.png"))

    browser.find_element(By.LINK_TEXT, flagged).click()
    wait.until(ec.text_to_be_present_in_element((By.ID, "ref"), flagged))
    assert "the request type could not be told" in browser.page_source
    Select(browser.find_element(By.ID, "decide-request-type")).select_by_value("password_reset")
    browser.find_element(By.ID, "decide-note").send_keys("mailbox quota: treat as a password reset")
    browser.find_element(By.ID, "decide").click()
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, ".flash.ok")))

    (reply,) = sink.wait_for(sent_before + 1, timeout=10)[sent_before:]
    assert reply.rcpt_tos == ("ajay.verma5@icegate.gov.in",)
    message = email.message_from_bytes(reply.data, policy=policy.default)
    assert flagged in message["Subject"]

    audit = [(row.find_element(By.CLASS_NAME, "actor").text, row.find_element(By.CLASS_NAME, "event").text)
             for row in browser.find_elements(By.CSS_SELECTOR, "#audit tr.audit-row")]
    assert ("asha", "operator_decided") in audit and ("asha", "operator_reply_queued") in audit
    assert "mailbox quota: treat as a password reset" in browser.find_element(By.ID, "audit").text
    assert browser.find_element(By.ID, "case-status").text != "review"
    browser.save_screenshot(str(ARTIFACTS / "case.png"))
    assert (ARTIFACTS / "queue.png").stat().st_size > 0 and (ARTIFACTS / "case.png").stat().st_size > 0
