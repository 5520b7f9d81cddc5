"""A loopback stand-in for Nominatim's ``/search``, answering from recorded JSON.

The answers in ``tests/data/nominatim/QUERY.json`` are full ``format=jsonv2``
records (with ``address``, ``extratags`` and ``geojson``); the stub trims them to
what each request asks for, as Nominatim does: ``addressdetails``, ``extratags``,
``polygon_geojson``, ``limit``, ``countrycodes``, ``featureType``, and ``format=json``
(``class`` instead of ``category``, no ``place_rank``). A query with no file finds
nothing (``[]``). Every request is recorded with its arrival time.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ANSWERS = Path(__file__).parent / "data" / "nominatim"


@dataclass(frozen=True)
class Request:
    """One request as the server saw it."""

    time: float
    path: str
    params: dict[str, str]
    user_agent: str


class NominatimStub:
    """An HTTP server on 127.0.0.1 (a free port) speaking Nominatim's search API.

    Parameters
    ----------
    status
        HTTP status to answer with (500, 429, ... to play a failing service).
    delay
        Seconds to wait before answering (longer than the client's timeout to play
        a service that does not answer in time).
    answers
        Records to answer for queries (lower-cased), instead of the recorded files.
    """

    def __init__(self, *, status: int = 200, delay: float = 0.0,
                 answers: dict[str, list[dict]] | None = None) -> None:
        self.status = status
        self.delay = delay
        self.answers = answers
        self.requests: list[Request] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,),
                                        daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> NominatimStub:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def answer(self, params: dict[str, str]) -> list[dict]:
        """The recorded records for a query, trimmed to the request's options."""
        query = params.get("q", "").strip().lower()
        path = ANSWERS / f"{query}.json"
        if self.answers is not None:
            records = self.answers.get(query, [])
        else:
            records = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
        if codes := params.get("countrycodes"):
            records = [r for r in records if r["address"]["country_code"] in codes.split(",")]
        if feature := params.get("featureType"):
            records = [r for r in records if r["addresstype"] == feature]
        records = records[: int(params.get("limit", 10))]
        out = []
        for r in records:
            r = dict(r)
            if params.get("addressdetails") != "1":
                r.pop("address")
            if params.get("extratags", "").lower() not in ("1", "true"):
                r.pop("extratags")
            if params.get("polygon_geojson") != "1":
                r.pop("geojson")
            if params.get("format", "xml") == "json":
                r["class"] = r.pop("category")
                r.pop("place_rank")
            out.append(r)
        return out

    def _handler(self):
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                parts = urlsplit(self.path)
                params = {k: v[-1] for k, v in parse_qs(parts.query).items()}
                stub.requests.append(Request(time.monotonic(), parts.path, params,
                                             self.headers.get("User-Agent", "")))
                if stub.delay:
                    time.sleep(stub.delay)
                if parts.path != "/search":
                    body, status = b'{"error": "unknown endpoint"}', 404
                elif stub.status != 200:
                    body, status = b"<html>Internal Server Error</html>", stub.status
                else:
                    body, status = json.dumps(stub.answer(params)).encode(), 200
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json; charset=utf-8")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

            def log_message(self, *args) -> None:
                pass

        return Handler
