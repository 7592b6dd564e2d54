"""The status page in a real browser: Debian's headless Chromium (driven by chromedriver through
Selenium), at a phone's viewport, against the app served by uvicorn on a loopback port.

What a person would see is checked on the rendered page, not the HTML: it fits the phone's width
without sideways scrolling, the stylesheet is applied (so the Content-Security-Policy's hash lets it
in), the status and every stage are visible, names with markup show as text, no script runs, and
the browser reports no CSP violation. `.ci/run` installs `chromium` and `chromium-driver`.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.wait import WebDriverWait

import web
from counter_app.app import Application, StatusSite
from counter_app.domain.catalog import Role
from counter_app.domain.control_card import CardAction
from counter_app.domain.tracking import format_tracking_code
from tests.services.conftest import APPLICANT
from tests.web.conftest import register

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
PHONE = {"width": 390, "height": 844, "pixelRatio": 3.0}

pytestmark = pytest.mark.slow


def _browser_missing() -> str | None:
    missing = [path for path in (CHROMIUM, CHROMEDRIVER) if not (os.path.exists(path) or shutil.which(path))]
    if not missing:
        return None
    if os.environ.get("CI") == "true":
        pytest.fail(f"{', '.join(missing)} missing: .ci/run installs chromium and chromium-driver")
    return f"{', '.join(missing)} missing (apt-get install chromium chromium-driver)"


def console(browser: webdriver.Chrome) -> list[dict[str, str]]:
    """What the page wrote to the browser's console (CSP violations land here)."""
    entries: list[dict[str, str]] = browser.get_log("browser")  # type: ignore[no-untyped-call]
    return entries


@pytest.fixture
def served(site: StatusSite) -> Iterator[str]:
    """The status app under uvicorn on a free loopback port, in a thread; yields its base URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(web.create_app(site.service), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=20)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[webdriver.Chrome]:
    reason = _browser_missing()
    if reason is not None:
        pytest.skip(reason)
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    options.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": PHONE})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    try:
        yield driver
    finally:
        driver.quit()


def test_the_page_on_a_phone(app: Application, served: str, browser: webdriver.Chrome, tmp_path: Path) -> None:
    app.settings.set("office.name", "<script>alert('kantor')</script> DPMPTSP")
    reg_no, code = register(app, {**APPLICANT, "name": "Budi <b>Santoso</b>"})
    stages = app.cards.show(reg_no).registration.permit.stages
    for index in range(len(stages) - 1):
        app.cards.act(reg_no, CardAction.ADVANCED, "rudi", stages[index].role)

    browser.get(f"{served}/t/{code.lower()}")  # as typed from a receipt, in lower case

    width = browser.execute_script("return window.innerWidth")
    assert width == PHONE["width"]
    assert browser.execute_script("return document.documentElement.scrollWidth") <= width  # no sideways scroll
    headline = browser.find_element(By.ID, "headline")
    assert headline.is_displayed() and headline.text == "siap diambil"
    assert headline.rect["x"] >= 0 and headline.rect["x"] + headline.rect["width"] <= width
    assert browser.find_element(By.ID, "code").text == format_tracking_code(code)
    # Markup in names is text on screen, and no script ran (an alert would stop Selenium here).
    assert browser.find_element(By.CSS_SELECTOR, ".office").text == "<script>alert('kantor')</script> DPMPTSP"
    assert browser.find_element(By.ID, "applicant").text == "B*** <" + "*" * 13  # "<b>Santoso</b>" masked
    assert browser.execute_script("return document.scripts.length") == 0
    # The inline stylesheet was allowed by the CSP hash and applied.
    card = browser.find_element(By.ID, "status")
    assert card.value_of_css_property("background-color") == "rgba(255, 255, 255, 1)"
    assert card.value_of_css_property("border-left-color") == "rgba(21, 128, 61, 1)"  # ready: green
    assert float(browser.find_element(By.TAG_NAME, "body").value_of_css_property("font-size").rstrip("px")) >= 16
    items = browser.find_elements(By.CSS_SELECTOR, "#timeline li")
    assert len(items) == len(stages)
    assert all(item.is_displayed() for item in items)
    assert [item.get_attribute("class") for item in items] == ["done"] * (len(stages) - 1) + ["current"]
    assert items[-1].text.startswith("Penyerahan kepada pemohon")
    for item in items:
        assert item.rect["x"] + item.rect["width"] <= width
    problems = [entry["message"] for entry in console(browser) if entry["level"] in ("SEVERE", "WARNING")]
    assert problems == []
    shot = tmp_path / "status.png"
    assert browser.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_code_typed_into_the_not_found_page(app: Application, served: str, browser: webdriver.Chrome) -> None:
    reg_no, code = register(app)
    app.cards.act(reg_no, CardAction.ADVANCED, "sari", Role.FRONT_DESK)
    browser.get(f"{served}/t/7KQ2-MX9D-4T1B-X")  # a wrong check character
    assert browser.find_element(By.TAG_NAME, "h1").text == "Kode lacak tidak ditemukan"
    assert browser.execute_script("return document.documentElement.scrollWidth") <= PHONE["width"]
    field = browser.find_element(By.NAME, "kode")
    assert field.is_displayed()
    field.send_keys(f"{code[:4].lower()} {code[4:8]}-{code[8:]}")
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    headline = WebDriverWait(browser, 20).until(
        expected_conditions.presence_of_element_located((By.ID, "headline"))
    )  # the click returns before the next page has loaded
    assert headline.text == "sedang diproses"
    assert browser.current_url == f"{served}/t/{format_tracking_code(code)}"
    messages = [entry["message"] for entry in console(browser)]
    assert not [m for m in messages if "Content Security Policy" in m or "Refused" in m]
