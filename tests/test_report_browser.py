"""The HTML evaluation report in Debian's Chromium: charts render as SVG, nothing leaves the page."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from assistant.evals.report import write_report
from assistant.evals.runs import compare
from tests.browser_support import CHROMIUM_ARGS, ensure_chromium, free_port
from tests.test_runs import HOSTILE, _run, hostile_run

pytestmark = pytest.mark.browser

playwright_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture
def served_report(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A report (with a baseline and hostile text) served from a loopback port."""
    run = hostile_run()
    baseline = _run(run["questions"][2:])
    write_report(tmp_path / "report.html", run, baseline, compare(baseline, run))
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    port = free_port()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}/report.html"
    server.shutdown()
    server.server_close()


def test_report_charts_render_and_no_request_leaves(served_report: str) -> None:
    chromium = ensure_chromium()
    origin = urlsplit(served_report).netloc
    outside: list[str] = []

    def route(r):  # type: ignore[no-untyped-def]
        if urlsplit(r.request.url).netloc == origin:
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            requested: list[str] = []
            context.on("request", lambda request: requested.append(request.url))
            context.route("**/*", route)
            page = context.new_page()
            page.goto(served_report)
            page.wait_for_load_state("load")
            charts = page.locator("div.chart > svg")
            assert charts.count() >= 3
            for i in range(charts.count()):
                box = charts.nth(i).bounding_box()
                assert box is not None and box["width"] > 200 and box["height"] > 100
                assert charts.nth(i).locator("path").count() > 10  # bars, axes, glyphs drawn
            curve = page.locator("#chart-abstention svg")
            assert curve.is_visible()
            assert HOSTILE in page.locator("table").filter(has_text="passage returned first").first.inner_text()
            assert page.evaluate("window.__pwned") is None
            assert outside == []
            assert {urlsplit(u).netloc for u in requested} == {origin}
            assert requested == [served_report]  # the page itself and nothing else
        finally:
            browser.close()
