"""The deal explorer in a real headless Chromium (Debian's chromium and
chromium-driver, driven by selenium), over the report of the bundled examples:
as a static site opened from file://, and as served live by ``kg serve``'s page
server beside a real oxigraph server. The same checks run on both."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import free_port

from kg.cli import cli
from kg.query import run_canned, term_text
from kg.report.model import node_key
from kg.report.money import format_bounds
from kg.report.server import PageServer
from kg.server import serve, stop, wait_until_ready
from kg.store import load

pytestmark = [pytest.mark.browser, pytest.mark.model]

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
WAIT = 15.0


def _need_browser() -> None:
    if CHROMIUM.is_file() and CHROMEDRIVER.is_file():
        return
    message = "needs chromium and chromium-driver (apt-get install -y chromium chromium-driver)"
    if os.environ.get("CI"):
        pytest.fail(message)  # CI installs them: their absence is a broken setup
    pytest.skip(message)


# --- the data: the bundled examples, extracted once ---------------------------------


@pytest.fixture(scope="module")
def example_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("examples") / "example.ttl"
    result = CliRunner().invoke(cli, ["--quiet", "extract", str(ROOT / "examples"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def expected(example_graph: Path) -> dict[str, Any]:
    """What the canned `deals` query says: each deal's parties and amount."""
    result = run_canned("deals", files=[example_graph])
    deals: dict[str, dict[str, Any]] = {}
    for row in result.rows():
        values = dict(zip(result.variables, row, strict=True))
        key = node_key(values["deal"].value)

        def number(name: str, values: dict[str, Any] = values) -> Decimal | None:
            return Decimal(term_text(values[name])) if values[name] is not None else None

        currency = term_text(values["currency"]) if values["currency"] is not None else None
        deals[key] = {
            "parties": [p.split(": ", 1)[1] for p in term_text(values["parties"]).split("; ")],
            "type": term_text(values["type"]),
            "amount": format_bounds(number("value"), number("minValue"), number("maxValue"),
                                    currency, "en"),
            "sentences": deals.get(key, {}).get("sentences", []) + [term_text(values["sentence"])],
        }
    return deals


@pytest.fixture(scope="module")
def static_site(example_graph: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "site"
    result = CliRunner().invoke(cli, ["report", str(example_graph), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def served_site(example_graph: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``kg serve``'s two servers: oxigraph on the store, and the pages beside it."""
    store_dir = tmp_path_factory.mktemp("store") / "store"
    load([example_graph], store_dir)
    port = free_port()
    process = serve(store_dir, port=port)
    try:
        wait_until_ready(process, "127.0.0.1", port)
        pages = PageServer(f"http://127.0.0.1:{port}/query", port=free_port())
        pages.start()
        try:
            yield pages.url
        finally:
            pages.stop()
    finally:
        stop(process)


@pytest.fixture(scope="module", params=[
    "file", pytest.param("serve", marks=pytest.mark.server),
])
def site(request: pytest.FixtureRequest) -> str:
    """The base URL of the explorer: a folder on disk, or the live page server."""
    if request.param == "file":
        folder: Path = request.getfixturevalue("static_site")
        return folder.as_uri() + "/"
    url: str = request.getfixturevalue("served_site")
    return url


# --- the browser -------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _need_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-default-apps", "--window-size=1400,1000", f"--user-data-dir={profile}",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(WAIT)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _open(driver: Any, url: str, ready: str) -> None:
    """Load a page and wait until its script says it is ready."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(url)
    WebDriverWait(driver, WAIT).until(lambda d: d.execute_script(f"return !!window.{ready}"))


def _rows(driver: Any) -> list[Any]:
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, "#deals tbody tr[data-deal]")


def _requests(driver: Any) -> list[str]:
    """The URLs the browser asked for since the last call (from the DevTools log)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


# --- the checks --------------------------------------------------------------------


def test_index_lists_every_deal_with_formatted_amounts(
    browser: Any, site: str, expected: dict[str, Any]
) -> None:
    _open(browser, site + "index.html", "kgIndexReady")
    rows = _rows(browser)
    assert {r.get_attribute("data-deal") for r in rows} == set(expected)
    for row in rows:
        deal = expected[row.get_attribute("data-deal")]
        amount = row.find_element("css selector", "td.amount").text
        assert amount == deal["amount"], row.text
        assert row.get_attribute("data-type") == deal["type"]
    texts = {r.find_element("css selector", "td.amount").text for r in rows}
    assert {"$2.4 billion", "more than $6.5 billion", "up to €300 million"} <= texts
    assert "7 of 7 deals" in browser.find_element("id", "count").text


def test_filters_leave_only_matching_deals(
    browser: Any, site: str, expected: dict[str, Any]
) -> None:
    from selenium.webdriver.support.ui import Select

    _open(browser, site + "index.html", "kgIndexReady")
    box = browser.find_element("id", "f-org")
    box.send_keys("Quill Data")
    quill = {k for k, d in expected.items() if "Quill Data" in d["parties"]}
    assert len(quill) == 2
    assert {r.get_attribute("data-deal") for r in _rows(browser)} == quill
    box.clear()
    browser.find_element("id", "f-clear").click()
    Select(browser.find_element("id", "f-type")).select_by_value("Acquisition")
    acquisitions = {k for k, d in expected.items() if d["type"] == "Acquisition"}
    assert {r.get_attribute("data-deal") for r in _rows(browser)} == acquisitions
    Select(browser.find_element("id", "f-status")).select_by_value("Completed")
    rows = _rows(browser)
    assert rows and all(r.get_attribute("data-status") == "Completed" for r in rows)
    assert all(r.get_attribute("data-type") == "Acquisition" for r in rows)
    browser.find_element("id", "f-clear").click()
    Select(browser.find_element("id", "f-year")).select_by_value("2026")
    assert len(_rows(browser)) == len(expected)
    browser.find_element("id", "f-org").send_keys("no such company")
    assert _rows(browser) == []
    assert "0 of 0 deals" in browser.find_element("id", "count").text


def test_sorting_by_amount(browser: Any, site: str) -> None:
    _open(browser, site + "index.html", "kgIndexReady")
    browser.find_element("css selector", "th[data-sort='v']").click()
    amounts = [r.find_element("css selector", "td.amount").text for r in _rows(browser)]
    assert amounts[0] == "more than $6.5 billion" and _none_last(amounts)
    browser.find_element("css selector", "th[data-sort='v']").click()
    amounts = [r.find_element("css selector", "td.amount").text for r in _rows(browser)]
    assert amounts[0] == "$150 million" and _none_last(amounts)


def _none_last(amounts: list[str]) -> bool:
    """Deals without an amount, if the examples have any, sort last either way."""
    told = [a for a in amounts if a]
    return amounts == told + [""] * (len(amounts) - len(told))


def test_network_has_a_node_per_party_an_edge_per_deal_and_opens_pages(
    browser: Any, site: str, expected: dict[str, Any]
) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.support.ui import WebDriverWait

    _open(browser, site + "network.html", "kgCy")
    labels = browser.execute_script("return kgCy.nodes().map(n => n.data('label'))")
    parties = {p for d in expected.values() for p in d["parties"]}
    assert sorted(labels) == sorted(parties)
    deal_edges = browser.execute_script(
        "return kgCy.edges('[kind = \"deal\"]').map(e => e.data('href'))")
    assert sorted(deal_edges) == sorted(f"deal/{k}.html" for k in expected)
    # Click the node of Harbor Analytics where it is drawn: its page opens.
    box = browser.find_element("id", "cy")
    position = browser.execute_script(
        "var n = kgCy.nodes().filter(n => n.data('label') === 'Harbor Analytics')[0];"
        "return n.renderedPosition();")
    size = box.size
    ActionChains(browser).move_to_element_with_offset(
        box, int(position["x"] - size["width"] / 2), int(position["y"] - size["height"] / 2)
    ).click().perform()
    WebDriverWait(browser, WAIT).until(lambda d: "/org/" in d.current_url)
    assert browser.current_url.endswith("org/harbor-analytics.html")
    assert browser.find_element("id", "entity-name").text == "Harbor Analytics"
    deals = browser.find_elements("css selector", "#entity-deals tbody tr")
    assert len(deals) == 2
    assert "Daniel Okafor" in browser.find_element("css selector", "ul.roles").text
    # Click the middle of the Banco Meridiano → Norte Capital edge: the deal opens.
    _open(browser, site + "network.html", "kgCy")
    box = browser.find_element("id", "cy")
    middle = browser.execute_script(
        "var e = kgCy.edges().filter(e => e.source().data('label') === 'Banco Meridiano')[0];"
        "return e.renderedMidpoint();")
    ActionChains(browser).move_to_element_with_offset(
        box, int(middle["x"] - size["width"] / 2), int(middle["y"] - size["height"] / 2)
    ).click().perform()
    WebDriverWait(browser, WAIT).until(lambda d: "/deal/" in d.current_url)
    assert "Banco Meridiano" in browser.find_element("id", "deal-title").text


def test_clicking_a_deal_shows_its_evidence_with_the_span_highlighted(
    browser: Any, site: str, expected: dict[str, Any]
) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    _open(browser, site + "index.html", "kgIndexReady")
    browser.find_element("id", "f-org").send_keys("Harbor")
    browser.find_element("id", "f-type").send_keys("Acquisition")
    row = _rows(browser)[0]
    key = row.get_attribute("data-deal")
    row.find_element("css selector", "a.deal-link").click()
    WebDriverWait(browser, WAIT).until(lambda d: "/deal/" in d.current_url)
    quotes = browser.find_elements("css selector", "blockquote.evidence p")
    assert [q.text for q in quotes] == expected[key]["sentences"]
    marks = [(m.get_attribute("class"), m.text)
             for m in browser.find_elements("css selector", "blockquote.evidence mark")]
    assert ("amount", "$2.4 billion") in marks
    assert ("party", "Quill Data") in marks
    assert browser.find_element("id", "deal-amount").text.startswith("$2.4 billion")
    source = browser.find_element("css selector", "blockquote.evidence footer a")
    assert source.get_attribute("href") == "https://example.org/news/harbor-quill-deal"


def test_no_request_leaves_the_site_and_no_script_fails(browser: Any, site: str) -> None:
    browser.get_log("performance")  # start from a clean log
    browser.get_log("browser")
    for page, ready in (("index.html", "kgIndexReady"), ("network.html", "kgCy")):
        _open(browser, site + page, ready)
    for page in ("org/vatio-semiconductores.html", "person/clara-ibarra.html",
                 "deal/8f6cf3aea2e5411f.html"):
        browser.get(site + page)
        assert browser.find_element("css selector", "h1").text
    urls = _requests(browser)
    assert any(u.endswith("cytoscape.min.js") for u in urls)
    outside = [u for u in urls if not (u.startswith(site) or u.startswith("data:"))]
    assert outside == []
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


def test_spanish_pages_use_spanish_numbers(browser: Any, example_graph: Path,
                                           tmp_path: Path) -> None:
    out = tmp_path / "informe"
    result = CliRunner().invoke(cli, ["report", str(example_graph), "-o", str(out), "--lang", "es"])
    assert result.exit_code == 0, result.output
    _open(browser, out.as_uri() + "/index.html", "kgIndexReady")
    amounts = {r.find_element("css selector", "td.amount").text for r in _rows(browser)}
    assert "más de 6.500 millones de dólares estadounidenses" in amounts
    assert "2.400 millones de dólares estadounidenses" in amounts
    assert "7 de 7 operaciones" in browser.find_element("id", "count").text


def test_query_page_offers_the_canned_queries(browser: Any, served_site: str) -> None:
    from selenium.webdriver.support.ui import Select, WebDriverWait

    browser.get(served_site + "query.html")
    assert "PREFIX deal: <https://w3id.org/dealkg/ontology#>" in browser.find_element(
        "id", "sparql").get_attribute("value")
    examples = Select(browser.find_element("id", "examples"))
    assert "Deals" in [o.text for o in examples.options]
    examples.select_by_visible_text("Deals")
    browser.find_element("id", "run").click()
    WebDriverWait(browser, WAIT).until(
        lambda d: d.find_elements("css selector", "#result-table tbody tr"))
    rows = browser.find_elements("css selector", "#result-table tbody tr")
    assert len(rows) == 11  # one per deal and evidence sentence, as `kg query --name deals`
    link = browser.find_element("css selector", "#result-table a[href^='deal/']")
    link.click()
    WebDriverWait(browser, WAIT).until(lambda d: "/deal/" in d.current_url)
    assert browser.find_elements("css selector", "blockquote.evidence")


def test_a_kg_serve_process_serves_the_pages(example_graph: Path, tmp_path: Path) -> None:
    """The command itself: `kg serve` prints the explorer's address and serves it."""
    import urllib.request

    store_dir = tmp_path / "store"
    load([example_graph], store_dir)
    port, pages_port = free_port(), free_port()
    kg = Path(os.environ.get("VIRTUAL_ENV", "")) / "bin" / "kg"
    command = [str(kg) if kg.is_file() else "kg", "serve", "--store", str(store_dir),
               "--port", str(port), "--pages-port", str(pages_port), "--lang", "es"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline().decode().strip() for _ in range(3)]
        assert lines[:2] == [f"query page:      http://127.0.0.1:{port}/",
                             f"SPARQL endpoint: http://127.0.0.1:{port}/query"]
        assert lines[2] == f"deal explorer:   http://127.0.0.1:{pages_port}/"
        with urllib.request.urlopen(f"http://127.0.0.1:{pages_port}/index.html", timeout=30) as r:
            page = r.read().decode()
        assert '<html lang="es">' in page and 'href="query.html"' in page
        with urllib.request.urlopen(f"http://127.0.0.1:{pages_port}/data/deals.js",
                                    timeout=30) as r:
            data = r.read().decode()
        assert data.count('"k":') == 7
    finally:
        process.terminate()
        process.wait(timeout=20)
        if process.stdout is not None:
            process.stdout.close()
        if process.stderr is not None:
            process.stderr.close()
