"""Debian's chromium driven by Playwright, with the network blocked: the harness of the
browser tests (`make test` installs chromium; without it those tests are skipped)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
needs_chromium = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason="chromium not found (Debian package `chromium`; `make test` installs it)",
)


class Page:
    """A page with the network blocked, recording requests, JS errors and dialogs."""

    def __init__(self, browser, path: Path):
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on(
            "console", lambda m: self.errors.append(m.text) if m.type == "error" else None
        )
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.route(lambda url: not url.startswith("file:"), lambda route: route.abort())
        self.page.goto(path.as_uri())
        self.page.wait_for_selector(".geo-title")
        # The view is fitted to the content with a zoom animation: let it finish.
        self.page.wait_for_function("!document.querySelector('.leaflet-zoom-anim')")

    def count(self, selector: str) -> int:
        return self.page.locator(selector).count()

    def overlay(self, name: str):
        return self.page.locator(".leaflet-control-layers-overlays label", has_text=name)

    def off_network(self) -> list[str]:
        return [url for url in self.requests if not url.startswith("file:")]

    def popup_texts(self) -> list[str]:
        """Open every event's popup in turn and return what each shows."""
        texts = []
        icons = self.page.locator(".geo-event-icon")
        for i in range(icons.count()):
            icons.nth(i).dispatch_event("click")
            # the latest popup: the one before may still be fading out
            popup = self.page.locator(".leaflet-popup-content").last
            popup.wait_for()
            texts.append(popup.inner_text())
        return texts
