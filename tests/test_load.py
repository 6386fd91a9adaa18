"""Load: the real app (real model) on a loopback port, 32 concurrent clients, then the same during a rebuild.

Traffic goes only to 127.0.0.1; every loop is bounded in time and count and stops by itself.
The figures (requests served, errors, p50/p95/max latency) are printed in the test output
(straight to the terminal, past pytest's capture) and recorded as test properties. Speed is
reported, never asserted: the machine is shared.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

pytestmark = [pytest.mark.slow, pytest.mark.model]

CLIENTS = 32
STEADY_SECONDS = 30.0
REBUILD_MAX_SECONDS = 150.0  # bound on the second phase (the build loads the model: ~10-60 s here)
REQUEST_TIMEOUT = 120.0
START_TIMEOUT = 240.0
MAX_REQUESTS_PER_CLIENT = 2_000  # a second bound on every loop
USER, PASSWORD = "reviewer", "load-test-password"

NEW_DOC = "trans-caspian-lapis-pipeline"
NEW_ARTICLE = """Turkmenistan and Azerbaijan open the Lapis pipeline across the Caspian

Turkmenistan and Azerbaijan opened the Lapis gas pipeline under the Caspian Sea at the port of
Turkmenbashi on Tuesday, the energy ministries of both countries said in a joint statement.

The Lapis pipeline will carry twelve billion cubic metres of Turkmen gas a year to Baku, where it
joins the Southern Gas Corridor towards Turkey and the European Union, bypassing Russian territory.

Officials in Ashgabat called the Lapis pipeline the largest engineering project in the history of
independent Turkmenistan, and said construction had taken four years and cost 5.1 billion dollars.
"""
NEW_QUESTION = "Which gas pipeline did Turkmenistan and Azerbaijan open at Turkmenbashi?"

# (question, expected): "doc:<id>" the passages include that article; "any" passages; "error" a clear refusal
QUESTIONS: list[tuple[str, str]] = [
    ("Where did Putin celebrate the alliance between Russia and Kazakhstan?", "doc:putin-strengthens-ties-central-asia"),
    ("What is Tajikistan's main security concern?", "any"),
    ("What did Tokayev propose for regional security?", "doc:tokayev-c5-regional-security"),
    ("What is Kazakhstan's projected GDP growth for 2025?", "any"),
    ("How does Uzbekistan balance Russia and China?", "any"),
    ("Что Токаев сказал о региональной безопасности?", "any"),
    ("<script>alert(1)</script> Putin", "any"),
    ("Where did Putin celebrate the alliance? " * 150, "any"),  # 6 000 characters: cut, with a notice
    ("?!?", "error"),
]


NO_LISTENER_SECONDS = 60.0


class PortLost(AssertionError):
    """The app announced its port, yet no socket listens there."""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """`python app.py` in a child process, and logged-in HTTP calls to its `ask` API."""

    def __init__(self, corpus: Path, index: Path, log_path: Path) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "ASSISTANT_CORPUS_DIR": str(corpus),
            "ASSISTANT_INDEX_DIR": str(index),
            "GRADIO_ANALYTICS_ENABLED": "False",
            "HF_HUB_OFFLINE": "1",
        }
        self.env.pop("GRADIO_SERVER_NAME", None)
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        env = {**self.env, "ASSISTANT_USERNAME": USER, "ASSISTANT_PASSWORD": PASSWORD}
        self.log = open(self.log_path, "wb")
        self.process = subprocess.Popen(
            [sys.executable, str(REPO / "app.py"), "--port", str(self.port), "--no-rebuild"],
            cwd=REPO, env=env, stdout=self.log, stderr=subprocess.STDOUT,
        )

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.log.close()

    @contextlib.contextmanager
    def client(self) -> Iterator[Any]:
        """An HTTP session logged in with the password the app took from its environment."""
        import httpx

        with httpx.Client(base_url=self.base, timeout=REQUEST_TIMEOUT) as http:
            response = http.post("/login", data={"username": USER, "password": PASSWORD})
            response.raise_for_status()
            yield http

    def ask(self, http, question: str, k: int = 5) -> tuple[str, Any]:  # type: ignore[no-untyped-def]
        """('complete', answer JSON) or ('error', message) from the named `ask` endpoint."""
        started = http.post("/gradio_api/call/ask", json={"data": [question, k, [], []]})
        started.raise_for_status()
        event_id = started.json()["event_id"]
        event = None
        with http.stream("GET", f"/gradio_api/call/ask/{event_id}") as stream:
            stream.raise_for_status()
            for line in stream.iter_lines():
                if line.startswith("event: "):
                    event = line[len("event: ") :].strip()
                elif line.startswith("data: ") and event in ("complete", "error"):
                    payload = json.loads(line[len("data: ") :])
                    if event == "complete":
                        return "complete", payload[0]
                    return "error", payload
        raise RuntimeError(f"stream ended without a result (last event {event!r})")

    def listening(self) -> bool | None:
        """Whether a socket listens on 127.0.0.1:<port> (Linux's /proc/net/tcp; None where there is none)."""
        table = Path("/proc/net/tcp")
        if not table.exists():
            return None
        local = f"0100007F:{self.port:04X}"
        return any(f[1] == local and f[3] == "0A" for f in (line.split() for line in table.read_text().splitlines()[1:]))

    def wait_ready(self) -> float:
        """Seconds until the first answer (the model loads in the background). `PortLost` when the app said it
        serves the port but nothing has listened there for `NO_LISTENER_SECONDS` (seen twice in ~40 full runs on
        a loaded machine: the port `_free_port` picked was taken between its check and the app's bind)."""
        import httpx

        started = time.monotonic()
        last: Exception | None = None
        silent_since: float | None = None
        while time.monotonic() - started < START_TIMEOUT:
            assert self.process is not None
            if self.process.poll() is not None:
                raise AssertionError(f"app exited with {self.process.returncode}: {self.log_path.read_text()[-3000:]}")
            said = "Running on local URL" in self.log_path.read_text(errors="replace")
            silent_since = (silent_since or time.monotonic()) if said and self.listening() is False else None
            if silent_since is not None and time.monotonic() - silent_since > NO_LISTENER_SECONDS:
                raise PortLost(f"nothing listens on port {self.port} {NO_LISTENER_SECONDS:.0f} s after the app said it serves it")
            try:
                with self.client() as http:
                    kind, _ = self.ask(http, QUESTIONS[0][0])
                    if kind == "complete":
                        return time.monotonic() - started
            except (httpx.HTTPError, OSError, RuntimeError, ValueError) as exc:
                last = exc
            time.sleep(1.0)
        raise AssertionError(f"app not answering after {START_TIMEOUT:.0f} s ({last}): {self.log_path.read_text()[-3000:]}")


@dataclass
class Tally:
    """What the clients saw: latencies of served requests, and every unexpected outcome."""

    latencies: list[float] = field(default_factory=list)
    expected_refusals: int = 0
    failures: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def figures(self, seconds: float) -> dict[str, Any]:
        lat = sorted(self.latencies)
        served = len(lat) + self.expected_refusals

        def pct(q: float) -> float:
            return round(lat[min(len(lat) - 1, int(q * len(lat)))], 3) if lat else float("nan")

        return {
            "clients": CLIENTS,
            "seconds": round(seconds, 1),
            "requests_served": served,
            "answers": len(lat),
            "clear_refusals": self.expected_refusals,
            "errors": len(self.failures),
            "throughput_per_s": round(served / seconds, 2) if seconds else 0.0,
            "p50_s": round(statistics.median(lat), 3) if lat else float("nan"),
            "p95_s": pct(0.95),
            "max_s": round(lat[-1], 3) if lat else float("nan"),
        }


def _check(expected: str, kind: str, payload: Any) -> str | None:
    """None if the reply is what the question deserves, else what is wrong."""
    if expected == "error":
        return None if kind == "error" else f"expected a refusal, got {kind}"
    if kind != "complete":
        return f"{kind}: {payload}"
    passages = payload.get("passages") or []
    if not passages:
        return "no passages"
    if expected.startswith("doc:") and expected[4:] not in [p["doc_id"] for p in passages]:
        return f"{expected[4:]} not among {[p['doc_id'] for p in passages]}"
    return None


def run_clients(server: Server, stop: Callable[[], bool], tally: Tally) -> float:
    """CLIENTS threads asking in a loop until `stop()` (each loop also bounded in count)."""

    def client(number: int) -> None:
        with contextlib.ExitStack() as stack:
            try:
                http = stack.enter_context(server.client())
            except Exception as exc:  # counted, never raised in a thread
                with tally.lock:
                    tally.failures.append(f"client {number} could not log in: {exc!r}")
                return
            for i in range(MAX_REQUESTS_PER_CLIENT):
                if stop():
                    return
                question, expected = QUESTIONS[(number + i) % len(QUESTIONS)]
                t0 = time.monotonic()
                try:
                    kind, payload = server.ask(http, question)
                    problem = _check(expected, kind, payload)
                except Exception as exc:
                    kind, payload, problem = "exception", None, repr(exc)
                elapsed = time.monotonic() - t0
                with tally.lock:
                    if problem:
                        tally.failures.append(f"{question[:40]!r}: {problem}")
                    elif kind == "error":
                        tally.expected_refusals += 1
                    else:
                        tally.latencies.append(elapsed)

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(REBUILD_MAX_SECONDS + REQUEST_TIMEOUT)
    assert not any(t.is_alive() for t in threads), "a client hung"
    return time.monotonic() - started


@pytest.fixture(scope="module")
def server(real_index, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:  # type: ignore[no-untyped-def]
    """The app serving a private copy of the real index (built once by the model tests' fixture)."""
    root = tmp_path_factory.mktemp("load")
    shutil.copytree(real_index.corpus_dir, root / "corpus")
    shutil.copytree(real_index.index_dir, root / "index", ignore=shutil.ignore_patterns(".build.lock"))
    app = Server(root / "corpus", root / "index", root / "app.log")
    app.start()
    try:
        try:
            app.ready_seconds = app.wait_ready()  # type: ignore[attr-defined]
        except PortLost as exc:  # once: a second loss fails the test
            app.stop()
            print(f"LOAD note: {exc}; the app is started again on another port")
            app = Server(root / "corpus", root / "index", root / "app-2.log")
            app.start()
            app.ready_seconds = app.wait_ready()  # type: ignore[attr-defined]
        yield app
    finally:
        app.stop()


def _report(name: str, figures: dict[str, Any], capsys: pytest.CaptureFixture[str], record_property: Callable[[str, Any], None]) -> None:
    line = f"LOAD {name}: " + ", ".join(f"{k}={v}" for k, v in figures.items())
    with capsys.disabled():
        print("\n" + line, flush=True)
    for key, value in figures.items():
        record_property(f"{name}.{key}", value)
    out = os.environ.get("ASSISTANT_LOAD_REPORT")  # bench/ or docs can collect the figures
    if out:
        with open(out, "a", encoding="utf-8") as handle:
            handle.write(json.dumps({"phase": name, **figures}) + "\n")


def test_server_refuses_without_password_and_binds_loopback(server: Server) -> None:
    import httpx

    with httpx.Client(base_url=server.base, timeout=30) as http:
        response = http.post("/gradio_api/call/ask", json={"data": ["Putin", 5, [], []]})
        assert response.status_code in (401, 403), response.status_code
        bad = http.post("/login", data={"username": USER, "password": "wrong"})
        assert bad.status_code in (400, 401, 403)
    # the listening socket is bound to loopback only (read from the kernel's table: no traffic)
    assert _listening_addresses(server.port) == {"127.0.0.1"}


def _listening_addresses(port: int) -> set[str]:
    """Local addresses with a TCP socket listening on `port`, from /proc/net/tcp and tcp6."""
    found: set[str] = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            address, _, hex_port = fields[1].partition(":")
            if fields[3] != "0A" or int(hex_port, 16) != port:  # 0A: LISTEN
                continue
            raw = bytes.fromhex(address)
            if width == 8:
                found.add(socket.inet_ntop(socket.AF_INET, raw[::-1]))
            else:  # four little-endian 32-bit words
                words = b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4))
                found.add(socket.inet_ntop(socket.AF_INET6, words))
    return found


def test_32_clients_for_30_seconds(server: Server, capsys, record_property) -> None:  # type: ignore[no-untyped-def]
    tally = Tally()
    deadline = time.monotonic() + STEADY_SECONDS
    seconds = run_clients(server, lambda: time.monotonic() >= deadline, tally)
    figures = tally.figures(seconds)
    figures["app_ready_s"] = round(getattr(server, "ready_seconds", float("nan")), 1)
    _report("steady", figures, capsys, record_property)
    assert not tally.failures, tally.failures[:10]
    assert figures["answers"] >= CLIENTS  # every client was served at least once


def test_32_clients_while_the_index_is_rebuilt(server: Server, capsys, record_property) -> None:  # type: ignore[no-untyped-def]
    corpus = Path(server.env["ASSISTANT_CORPUS_DIR"])
    (corpus / f"{NEW_DOC}.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    switched = threading.Event()
    build_done = threading.Event()
    build: dict[str, Any] = {}

    def rebuild() -> None:
        t0 = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-m", "assistant", "build"],
            cwd=REPO, env=server.env, capture_output=True, text=True, timeout=REBUILD_MAX_SECONDS,
        )
        build.update(returncode=result.returncode, stdout=result.stdout, stderr=result.stderr, seconds=time.monotonic() - t0)
        build_done.set()

    def watch_switch() -> None:
        """After the build, one client keeps asking about the new article until the answer has it."""
        build_done.wait(REBUILD_MAX_SECONDS)
        deadline = time.monotonic() + 60
        with server.client() as http:
            while time.monotonic() < deadline:
                kind, payload = server.ask(http, NEW_QUESTION)
                if kind == "complete" and payload["passages"] and payload["passages"][0]["doc_id"] == NEW_DOC:
                    build["switch_seconds_after_build"] = round(time.monotonic() - build["seconds_end"], 2)
                    switched.set()
                    return
                time.sleep(0.2)

    # the old index does not know the article yet
    with server.client() as http:
        kind, before = server.ask(http, NEW_QUESTION)
    assert kind == "complete" and NEW_DOC not in [p["doc_id"] for p in before["passages"]]

    tally = Tally()
    started = time.monotonic()
    builder = threading.Thread(target=rebuild, daemon=True)
    builder.start()

    def mark_end() -> None:
        build_done.wait(REBUILD_MAX_SECONDS)
        build["seconds_end"] = time.monotonic()

    marker = threading.Thread(target=mark_end, daemon=True)
    marker.start()
    watcher = threading.Thread(target=watch_switch, daemon=True)
    watcher.start()
    seconds = run_clients(
        server,
        lambda: switched.is_set() and time.monotonic() - build.get("seconds_end", 0) > 3
        or time.monotonic() - started > REBUILD_MAX_SECONDS,
        tally,
    )
    builder.join(REBUILD_MAX_SECONDS)
    watcher.join(90)
    assert build.get("returncode") == 0, build.get("stderr")
    figures = tally.figures(seconds)
    figures["build_s"] = round(build["seconds"], 1)
    figures["switch_after_build_s"] = build.get("switch_seconds_after_build", float("nan"))
    _report("during-rebuild", figures, capsys, record_property)
    assert not tally.failures, tally.failures[:10]
    assert switched.is_set(), "answers never switched to the new index"
    assert "1 added" in build["stdout"], build["stdout"]
    with server.client() as http:  # and stays switched
        kind, after = server.ask(http, NEW_QUESTION)
    assert kind == "complete" and after["passages"][0]["doc_id"] == NEW_DOC
    assert "Lapis" in after["passages"][0]["text"]
