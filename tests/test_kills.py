"""SIGKILL at several moments, of real `sister-cities` processes: nothing is left running, and an
output folder or Oxigraph store is always a whole one (the previous run's or the new one), never a
mix, never missing. What a killed run leaves beside its target is put back or cleared by the next.

Linux only (the tests read /proc to find a process's children); every wait is bounded.
"""
from __future__ import annotations

import csv
import os
import random
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from servers import free_port
from sister_cities.graphstore import OxigraphStore
from sister_cities.store import recover

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")

COMMAND = [sys.executable, "-c", "from sister_cities.cli import main; main()"]
FILES = ["sister-cities.jsonld", "sister-cities.nq", "sister-cities.nt", "sister-cities.trig", "sister-cities.ttl"]
NO_COORDINATES = ["--columns", "lat1=,lon1=,lat2=,lon2="]


def start(args: list[str], tmp_path: Path) -> subprocess.Popen:
    environment = dict(os.environ, TMPDIR=str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir(exist_ok=True)
    return subprocess.Popen([*COMMAND, *args], cwd=tmp_path, env=environment,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def run_to_end(args: list[str], tmp_path: Path) -> None:
    process = start(args, tmp_path)
    _out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err.decode()


def children(pid: int) -> set[int]:
    """Processes whose parent is `pid`, read from /proc."""
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as stat:
                    fields = stat.read().rsplit(b")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry))
    return found


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except OSError:
        return False


def wait_until(condition, timeout: float, step: float = 0.01) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return condition()


def kill(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)


def pairs(path: Path, rows: int, *, marker: str = "Town") -> Path:
    rng = random.Random(rows)
    countries = ["Japan", "Germany", "France", "Brazil", "Kenya", "Canada", "Peru", "Italy"]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["city1", "country1", "city2", "country2"])
        for _ in range(rows):
            writer.writerow([f"{marker} {rng.randrange(rows)}", rng.choice(countries),
                             f"Village {rng.randrange(rows)}", rng.choice(countries)])
    return path


def generation(folder: Path) -> str:
    """Which build wrote every file of the folder: "new" (the marker place is in it) or "old"; a
    folder mixing the two, or missing a file, fails."""
    assert sorted(p.name for p in folder.iterdir()) == FILES
    kinds = {"new" if b"Markertown" in (folder / name).read_bytes() else "old" for name in FILES}
    assert len(kinds) == 1, f"a mix of two builds: {kinds}"
    return kinds.pop()


def leftovers(parent: Path, name: str) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if p.name.startswith(f".{name}."))


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="a build forks conversion workers only with two cores")
def test_a_killed_build_leaves_no_worker_and_its_temporary_folder_goes_next_time(tmp_path):
    big = pairs(tmp_path / "big.csv", 9_000)
    process = start(["build", "--pairs", str(big), *NO_COORDINATES, "--out", "out"], tmp_path)
    try:
        assert wait_until(lambda: len(children(process.pid)) >= 2, timeout=120), "the workers never started"
        workers = children(process.pid)
    finally:
        kill(process)
    assert wait_until(lambda: not any(alive(pid) for pid in workers), timeout=10), "workers outlived their parent"
    # the N-Quads go from the workers straight into the store: no temporary file to leave behind
    assert [p.name for p in (tmp_path / "tmp").iterdir() if p.name.startswith(".sister-cities-build.")] == []
    run_to_end(["build", "--out", "small"], tmp_path)
    assert [p.name for p in (tmp_path / "tmp").iterdir()] == []
    assert not (tmp_path / "out").exists()


def test_a_build_killed_at_any_moment_of_writing_leaves_one_whole_output_folder(tmp_path):
    marker = pairs(tmp_path / "marker.csv", 1, marker="Markertown")
    run_to_end(["build", "--out", "out"], tmp_path)
    assert generation(tmp_path / "out") == "old"
    seen = set()
    for delay in (0.0, 0.3, 2.0):
        process = start(["build", "--pairs", str(marker), *NO_COORDINATES, "--out", "out"], tmp_path)
        try:
            wait_until(lambda: leftovers(tmp_path, "out") or process.poll() is not None, timeout=120)
            time.sleep(delay)
        finally:
            kill(process)
        seen.add(generation(tmp_path / "out"))
    assert "old" in seen  # at least one kill fell before the swap
    run_to_end(["build", "--pairs", str(marker), *NO_COORDINATES, "--out", "out"], tmp_path)
    assert generation(tmp_path / "out") == "new"
    assert leftovers(tmp_path, "out") == []


def test_a_store_killed_at_any_moment_is_the_old_or_the_new_one(tmp_path):
    marker = pairs(tmp_path / "marker.csv", 1, marker="Markertown")
    run_to_end(["build", "--out", "st.oxigraph"], tmp_path)
    old = len(OxigraphStore.open(tmp_path / "st.oxigraph", read_only=True))
    run_to_end(["build", "--pairs", str(marker), *NO_COORDINATES, "--out", "new.oxigraph"], tmp_path)
    new = len(OxigraphStore.open(tmp_path / "new.oxigraph", read_only=True))
    for delay in (0.0, 0.5, 2.0):
        process = start(["build", "--pairs", str(marker), *NO_COORDINATES, "--out", "st.oxigraph"], tmp_path)
        try:
            wait_until(lambda: leftovers(tmp_path, "st.oxigraph") or process.poll() is not None, timeout=120)
            time.sleep(delay)
        finally:
            kill(process)
        assert len(OxigraphStore.open(tmp_path / "st.oxigraph", read_only=True)) in (old, new)
    run_to_end(["build", "--out", "st.oxigraph"], tmp_path)
    assert len(OxigraphStore.open(tmp_path / "st.oxigraph", read_only=True)) == old
    assert leftovers(tmp_path, "st.oxigraph") == []


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait(timeout=30)
    return process.pid


def test_a_folder_moved_aside_by_a_killed_run_is_put_back_by_the_next(tmp_path):
    run_to_end(["build", "--out", "out"], tmp_path)
    pid = dead_pid()
    os.rename(tmp_path / "out", tmp_path / f".out.{pid}.ab12cd34.old")  # killed between two renames
    (tmp_path / f".out.{pid}.ef56gh78.tmp").mkdir()  # and its half-written new folder
    (tmp_path / f".out.{pid}.ef56gh78.tmp" / "sister-cities.trig").write_text("half")
    (tmp_path / "bad.json").write_text("[]")
    process = start(["build", "--curated", "bad.json", "--out", "out"], tmp_path)
    process.communicate(timeout=120)
    assert process.returncode == 1  # the new build fails, and the old output is back as it was
    assert generation(tmp_path / "out") == "old"
    assert leftovers(tmp_path, "out") == []
    alive_pid = os.getpid()
    (tmp_path / f".out.{alive_pid}.zz99zz99.tmp").mkdir()  # a run still going is left alone
    recover(tmp_path / "out")
    assert leftovers(tmp_path, "out") == [f".out.{alive_pid}.zz99zz99.tmp"]


def test_a_killed_serve_leaves_no_process_and_frees_its_port(tmp_path):
    port = free_port()
    process = subprocess.Popen([*COMMAND, "serve", "--port", str(port)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline().startswith("SPARQL endpoint:")
        assert children(process.pid) == set()  # the server runs in the serve process itself
    finally:
        kill(process)

    def port_free() -> bool:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                return False
        return True

    assert wait_until(port_free, timeout=10, step=0.1)
