"""Time limits that are limits, and Ctrl-C that stops.

Servers on 127.0.0.1 that trickle one byte at a time, never answer, stop halfway or hang up; every
network command gives up at its overall `--timeout` with one line. A real `sister-cities` process in
a long Oxigraph query stops within a second of SIGINT, and a build interrupted while writing leaves
its output folder as it was.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from sister_cities.cli import cli
from sister_cities.web import CutShort, DeadlineExceeded, Unreachable, fetch

COMMAND = [sys.executable, "-c", "from sister_cities.cli import main; main()"]
RESULTS = json.dumps({"head": {"vars": ["s"]}, "results": {"bindings": []}}).encode()


@contextmanager
def misbehaving(mode: str):
    """A raw TCP server on 127.0.0.1 that reads a request, then misbehaves in one of these ways:
    `trickle` (headers, then the body one byte every 0.2 s), `silent` (nothing, ever), `half` (says
    100 bytes, sends 10, hangs up), `hangup` (closes without a word). Bounded: at most 30 s a client."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve_one(connection: socket.socket) -> None:
        with connection:
            connection.settimeout(5)
            try:
                request = b""
                while b"\r\n\r\n" not in request and len(request) < 1_000_000:
                    chunk = connection.recv(65536)
                    if not chunk:
                        return
                    request += chunk
                head, _, body = request.partition(b"\r\n\r\n")
                length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                               if line.lower().startswith(b"content-length:")), 0)
                while len(body) < length:
                    chunk = connection.recv(65536)
                    if not chunk:
                        break
                    body += chunk
                if mode == "hangup":
                    return
                if mode == "silent":
                    stop.wait(30)
                    return
                if mode == "half":
                    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                                       b"Content-Length: 100\r\n\r\n" + RESULTS[:10])
                    return
                connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                                   b"Content-Length: " + str(len(RESULTS)).encode() + b"\r\n\r\n")
                for byte in RESULTS[:150]:
                    if stop.wait(0.2):
                        return
                    connection.sendall(bytes([byte]))
            except OSError:
                return

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            threading.Thread(target=serve_one, args=(connection,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


@pytest.mark.parametrize("mode", ["trickle", "silent"])
def test_fetch_gives_the_whole_exchange_one_deadline(mode):
    import urllib.request

    with misbehaving(mode) as url:
        started = time.monotonic()
        with pytest.raises(DeadlineExceeded, match=r"^no complete answer within 1 s$"):
            fetch(urllib.request.Request(url + "/query"), deadline=1)
        assert time.monotonic() - started < 2


def test_fetch_names_a_half_answer_and_a_hang_up():
    import urllib.request

    with misbehaving("half") as url:
        with pytest.raises(CutShort, match=r"^the answer stopped after 10 bytes$"):
            fetch(urllib.request.Request(url + "/query"), deadline=10)
    with misbehaving("hangup") as url:
        with pytest.raises(CutShort, match=r"^the server closed the connection \(RemoteDisconnected\)$"):
            fetch(urllib.request.Request(url + "/query"), deadline=10)
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    with pytest.raises(Unreachable, match="^Connection refused$"):
        fetch(urllib.request.Request(f"http://127.0.0.1:{port}/"), deadline=10)


@pytest.mark.parametrize("mode", ["trickle", "silent"])
def test_query_endpoint_and_push_stop_at_their_timeout(mode, tmp_path):
    with misbehaving(mode) as url:
        for args, shown in ((["query", "sources", "--endpoint", url + "/query"], url + "/query"),
                            (["push", "--endpoint", url + "/store"], url + "/store")):
            started = time.monotonic()
            result = CliRunner().invoke(cli, [*args, "--timeout", "1.5"])
            assert time.monotonic() - started < 6
            assert result.exit_code == 1
            assert result.output == f"Error: {shown}: no complete answer within 1.5 s (see --timeout)\n"


def test_link_stops_at_its_timeout(tmp_path):
    # two towns no gazetteer knows (the embedded graph's places are all linked offline): link must ask
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("city1,country1,city2,country2\nQuillonbury,United Kingdom,Marevaux-les-Prés,France\n")
    assert CliRunner().invoke(cli, ["build", "--out", str(tmp_path / "out"), "--pairs", str(pairs),
                               "--columns", "lat1=,lon1=,lat2=,lon2="]).exit_code == 0
    graph = tmp_path / "out" / "sister-cities.trig"
    with misbehaving("trickle") as url:
        started = time.monotonic()
        result = CliRunner(env={"XDG_CACHE_HOME": str(tmp_path / "cache")}).invoke(
            cli, ["link", "--graph", str(graph), "--out", str(tmp_path / "linked.trig"), "--endpoint", url + "/sparql",
                  "--timeout", "1"])
        elapsed = time.monotonic() - started
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == f"Error: {url}/sparql did not answer within 1 s"
    assert elapsed < 10
    assert not (tmp_path / "linked.trig").exists()


@pytest.mark.parametrize("mode, message", [
    ("half", "the answer stopped after 10 bytes"),
    ("hangup", "the server closed the connection (RemoteDisconnected)"),
])
def test_half_answers_and_hang_ups_are_one_line_errors(mode, message):
    with misbehaving(mode) as url:
        for args, shown in ((["query", "sources", "--endpoint", url + "/query"], url + "/query"),
                            (["push", "--endpoint", url + "/store"], url + "/store")):
            result = CliRunner().invoke(cli, args)
            assert (result.exit_code, result.output) == (1, f"Error: {shown}: {message}\n")


# --- Ctrl-C -------------------------------------------------------------------------------------------

SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a <http://p> ?b . ?c <http://p> ?b . ?d <http://p> ?b }\n"


def interrupt_after(args: list[str], cwd: Path, ready) -> tuple[int, str, float]:
    """Start `sister-cities ARGS`, send SIGINT once `ready()` holds; exit code, stderr, seconds to exit."""
    process = subprocess.Popen([*COMMAND, *args], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not ready() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert process.poll() is None, "finished before it could be interrupted"
        sent = time.monotonic()
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=30)
        return process.returncode, err, time.monotonic() - sent
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def test_ctrl_c_stops_a_long_oxigraph_query_within_a_second(tmp_path):
    (tmp_path / "slow.nq").write_text("".join(f"<http://e/{i}> <http://p> <http://e/{i % 30}> <http://g> .\n"
                                              for i in range(3000)), encoding="utf-8")
    (tmp_path / "slow.rq").write_text(SLOW_QUERY, encoding="utf-8")
    started = time.monotonic()
    code, err, seconds = interrupt_after(["query", "slow.rq", "--graph", "slow.nq", "--store", "oxigraph"], tmp_path,
                                         lambda: time.monotonic() - started > 3)
    assert (code, err) == (130, "interrupted\n")
    assert seconds < 1.0


def test_ctrl_c_while_writing_leaves_the_output_folder_as_it_was(tmp_path):
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", "--out", str(out)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    code, err, seconds = interrupt_after(
        ["build", "--store", "memory", "--out", "out"], tmp_path,
        lambda: any(p.name.startswith(".out.") for p in tmp_path.iterdir()))
    assert (code, err.splitlines()[-1]) == (130, "interrupted")
    assert seconds < 1.0
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.")] == []


@pytest.mark.parametrize("kind", ["file", "folder"])
def test_ctrl_c_right_after_the_temporary_is_made_leaves_nothing_behind(tmp_path, monkeypatch, kind):
    """The interrupt falls in the narrowest window there is: the temporary exists, its removal is not
    yet armed. It is held back until it is, and then removes it."""
    from sister_cities import store

    made = {"mkstemp": tempfile.mkstemp, "mkdtemp": tempfile.mkdtemp}
    name = "mkstemp" if kind == "file" else "mkdtemp"

    def make_then_interrupt(*args, **kwargs):
        result = made[name](*args, **kwargs)
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.05)  # a signal not held back is raised here, before the caller's try
        return result

    monkeypatch.setattr(store.tempfile, name, make_then_interrupt)
    target = tmp_path / ("graph.trig" if kind == "file" else "out")
    with pytest.raises(KeyboardInterrupt):
        if kind == "file":
            with store.atomic_output(target) as stream:
                stream.write(b"never")
        else:
            with store.replaced_folder(target) as folder:
                (folder / "x").write_text("never")
    assert list(tmp_path.iterdir()) == []
