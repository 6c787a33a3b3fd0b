"""Benchmark the world-sized graph: build, every named query, analyze and viz, with time and peak memory.

Builds from the Wikipedia pairs (Hekman/twincities, 26,000 rows) and the 2016 Wikidata P190 snapshot
(34,000 statements) in the shared data folder, then prints one table of each step beside its peers:

- build: our whole pipeline (read, match places, records to triples, Oxigraph) versus parsing the
  same N-Quads output into raw pyoxigraph, into rdflib through oxrdflib, and into rdflib's memory store;
- each named query: our store (`GraphStore.select`, rdflib terms out) versus the same SPARQL text on
  raw pyoxigraph (the limit; both best of two runs), on oxrdflib, on our on-disk Oxigraph folder and
  on rdflib's in-memory store (the default peer; it runs in a child process, stopped after
  --rdflib-timeout seconds per query);
- the network projection, `analyze` and the `viz` page on the full graph.

Peak memory is the process's high-water mark during the step (reset before each one through
/proc/self/clear_refs); worker processes are reported on their own.

    python scripts/bench.py [--shared ../shared] [--rdflib-timeout 60] [--rdflib-queries a,b] [--no-rdflib]

With --commands, the commands a person runs on the world store instead, each end to end as a new
process (start-up included): `build` of both sources into an .oxigraph folder, `query partners`,
`path`, `viz --center --depth 1`, `validate` and `analyze` (default sections, without and with the
network kept beside the folder). Each is timed --repeat times (the best wall time is reported, with
its CPU time and the peak memory of the process and its workers); the load average is printed
before and after, as other work on the machine inflates wall times. With --before DIR (a checkout
of earlier code, e.g. `git worktree add /tmp/before <commit>`) the same commands run with that
code too, on the same store, and each figure stands beside the earlier one.

    python scripts/bench.py --commands [--before /tmp/before] [--repeat 2] [--only build]

--only WORD keeps the commands whose label starts with WORD (`--only build` times the build alone;
the other commands need the store it leaves).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import select as select_module
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAIRS = Path("data/twinnings/hekman-twincities-wikipedia-2026/twin_cities.csv")
P190 = Path("data/twinnings/l3viathan-wikidata-p190-2016/relations.tsv")

PARAMS = {
    "partners": {"locality": "Q64"},  # Berlin
    "partners-two-steps": {"locality": "Q64"},  # a hub: 43 partners, 750 two steps away
    "partners-within": {"locality": "Q3724"},  # West Java
    "timeline": {"locality": "Bekasi Regency"},
    "resting-on": {"instrument": "193/1652/PUOD"},
}


# --- measuring --------------------------------------------------------------------------------------

def _status(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) // 1024
    return 0


@contextmanager
def measured(results: dict, key: str):
    """Time the block and the process's peak resident memory during it (MB)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")  # resets VmHWM to the current RSS
    except OSError:
        pass
    start = time.perf_counter()
    yield
    results[key] = (time.perf_counter() - start, _status("VmHWM"))


def fmt_time(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def ratio(mine: float | None, other: float | None, *, over: bool = False) -> str:
    if mine is None or other is None or mine <= 0:
        return "-"
    return (">" if over else "") + f"{other / mine:.1f}x"


# --- rdflib in a child process ------------------------------------------------------------------------

def rdflib_child(nquads: str) -> None:
    """Load the N-Quads into rdflib's memory store, then answer query texts from stdin, one JSON line each."""
    from rdflib import Dataset

    start = time.perf_counter()
    dataset = Dataset(default_union=True)
    dataset.parse(nquads, format="nquads")
    print(json.dumps({"load": time.perf_counter() - start, "rss": _status("VmHWM")}), flush=True)
    for line in sys.stdin:
        job = json.loads(line)
        start = time.perf_counter()
        rows = sum(1 for _ in dataset.query(job["text"]))
        print(json.dumps({"name": job["name"], "seconds": time.perf_counter() - start, "rows": rows}), flush=True)


class RdflibPeer:
    """rdflib's engine in a child process that can be stopped when a query runs too long."""

    def __init__(self, nquads: Path, timeout: float) -> None:
        self.nquads, self.timeout = nquads, timeout
        self.process: subprocess.Popen | None = None
        self.load: tuple[float, int] | None = None

    def _start(self) -> None:
        self.process = subprocess.Popen([sys.executable, __file__, "--rdflib-child", str(self.nquads)],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        first = json.loads(self.process.stdout.readline())
        if self.load is None:
            self.load = (first["load"], first["rss"])

    def run(self, name: str, text: str) -> tuple[float | None, int | None]:
        """(seconds, rows), or (None, None) when the query did not finish within the timeout."""
        if self.process is None:
            self._start()
        assert self.process is not None
        self.process.stdin.write(json.dumps({"name": name, "text": text}) + "\n")
        self.process.stdin.flush()
        ready, _, _ = select_module.select([self.process.stdout], [], [], self.timeout)
        if not ready:
            self.stop()
            return None, None
        answer = json.loads(self.process.stdout.readline())
        return answer["seconds"], answer["rows"]

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None


# --- the commands, end to end ------------------------------------------------------------------------

COMMANDS = [
    # (label, arguments now, arguments with the earlier code or None for the same)
    ("build both sources into an .oxigraph folder", ["build", "--pairs", "{pairs}", "--wikidata-p190", "{p190}",
                                                      "--out", "{out}"], None),
    ("query partners --param locality=Bandung", ["query", "partners", "--param", "locality=Bandung",
                                                 "--graph", "{world}"], None),
    ("path Jakarta Berlin", ["path", "Jakarta", "Berlin", "--graph", "{world}"], None),
    ("viz --center Bandung --depth 1", ["viz", "--center", "Bandung", "--depth", "1", "-o", "{page}",
                                        "--graph", "{world}"], None),
    ("validate", ["validate", "--graph", "{world}"], None),
    ("analyze (default sections), network projected", ["analyze", "--graph", "{world}"], ["analyze", "--graph", "{world}"]),
    ("analyze (default sections), network kept", ["analyze", "--graph", "{world}"], None),
    ("analyze --sections all, network kept", ["analyze", "--graph", "{world}", "--sections", "all"], None),
]
"""Before this work `analyze` had no --sections: it computed every section, betweenness included,
and projected the network on every run."""


def run_command(argv: list[str], code: Path | None) -> tuple[float, float, int, int]:
    """(wall seconds, CPU seconds, peak MB of the command and its workers, exit code) of one run of
    `sister-cities ARGV`, the package taken from `code` (a checkout's graph/ folder) when given."""
    env = dict(os.environ)
    if code is not None:
        env["PYTHONPATH"] = str(code)
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", "from sister_cities.cli import main; main()", *argv],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024, process.returncode


def commands_end_to_end(args) -> None:
    import shutil

    work = Path(tempfile.mkdtemp(prefix="sister-cities-bench-"))
    world = work / "world.oxigraph"
    values = {"pairs": str(args.shared / PAIRS), "p190": str(args.shared / P190), "world": str(world),
              "page": str(work / "page.html")}
    codes = {"now": ROOT / "graph"}
    if args.before is not None:
        codes["before"] = Path(args.before) / "graph"
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} ({os.cpu_count()} cores)")
    results: dict[tuple[str, str], tuple[float, float, int, int]] = {}
    commands = [c for c in COMMANDS if args.only is None or c[0].startswith(args.only)]
    if not any(label.startswith("build") for label, _, _ in commands):
        # the other commands read the world store: built first, untimed, by the code of now
        build_argv = [a.format(**values, out=world) for a in COMMANDS[0][1]]
        if run_command(build_argv, None)[3] != 0:
            sys.exit("error: building the world store failed")
    for label, now_argv, before_argv in commands:
        for which, code in codes.items():
            argv = now_argv if which == "now" or before_argv is None else before_argv
            runs = []
            for _ in range(args.repeat):
                if label.startswith("build"):
                    out = world if which == "now" else work / f"{which}.oxigraph"
                    shutil.rmtree(out, ignore_errors=True)
                    filled = [a.format(**values, out=out) for a in argv]
                else:
                    filled = [a.format(**values) for a in argv]
                if "projected" in label:
                    Path(str(world) + ".network.json").unlink(missing_ok=True)
                runs.append(run_command(filled, code if which == "before" else None))
                print(f"  {which:<6} {label}: {runs[-1][0]:.2f} s (exit {runs[-1][3]})", file=sys.stderr, flush=True)
            results[label, which] = min(runs)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print()
    header = f"{'command (world store, end to end)':<48} {'now':>8} {'cpu':>7} {'peak':>8}"
    if "before" in codes:
        header += f" {'before':>8} {'cpu':>7} {'peak':>8} {'speed-up':>9}"
    print(header)
    print("-" * len(header))
    for label, _, _ in commands:
        wall, cpu, peak, code = results[label, "now"]
        line = f"{label:<48} {wall:>6.2f} s {cpu:>5.1f} s {peak:>5} MB"
        if "before" in codes:
            old_wall, old_cpu, old_peak, old_code = results[label, "before"]
            line += f" {old_wall:>6.2f} s {old_cpu:>5.1f} s {old_peak:>5} MB {old_wall / wall:>8.1f}x"
        failed = [f"{which} exit {results[label, which][3]}" for which in codes if results[label, which][3]]
        print(line + (f"  (failed: {', '.join(failed)})" if failed else ""))
    shutil.rmtree(work, ignore_errors=True)


# --- the benchmark ------------------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--rdflib-timeout", type=float, default=60.0)
    parser.add_argument("--rdflib-queries", default="all",
                        help="named queries to run on rdflib's memory store too (comma-separated, or 'all')")
    parser.add_argument("--no-rdflib", action="store_true", help="skip rdflib's memory store (load and queries)")
    parser.add_argument("--rdflib-child", help=argparse.SUPPRESS)
    parser.add_argument("--commands", action="store_true", help="time the commands end to end instead (see above)")
    parser.add_argument("--before", type=Path, help="with --commands: a checkout of earlier code to time beside")
    parser.add_argument("--repeat", type=int, default=2, help="with --commands: runs of each command (the best counts)")
    parser.add_argument("--only", help="with --commands: only the commands whose label starts with this")
    args = parser.parse_args()
    if args.rdflib_child:
        rdflib_child(args.rdflib_child)
        return
    if args.commands:
        commands_end_to_end(args)
        return

    import pyoxigraph

    from sister_cities.build import build_store, default_sources
    from sister_cities.reconcile import reconcile
    from sister_cities.queries import available_queries, bind, run
    from sister_cities.tables import read_p190, read_pairs

    steps: dict[str, tuple[float, int]] = {}
    work = Path(tempfile.mkdtemp(prefix="sister-cities-bench-"))
    print(f"machine: {os.cpu_count()} cores; data: {args.shared / PAIRS} and {args.shared / P190}", file=sys.stderr)

    # build: ours, then the peers on the N-Quads we wrote
    print("building ...", file=sys.stderr, flush=True)
    with measured(steps, "build: ours (read + match + triples + Oxigraph)"):
        pairs = read_pairs(args.shared / PAIRS)
        p190 = read_p190(args.shared / P190)
        reconciled = reconcile(default_sources() + [pairs.record, p190.record])
        store = build_store(reconciled.records, kind="oxigraph", reconciled=True)
    children_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    nquads = work / "world.nq"
    with measured(steps, "save: ours to N-Quads"):
        store.save(nquads)
    with measured(steps, "save: ours to an Oxigraph folder"):
        store.save(work / "world.oxigraph")
    with measured(steps, "build: raw pyoxigraph parsing our N-Quads"):
        raw = pyoxigraph.Store()
        raw.bulk_load(path=str(nquads), format=pyoxigraph.RdfFormat.N_QUADS)
    with measured(steps, "build: oxrdflib parsing our N-Quads"):
        from rdflib import Dataset

        via_oxrdflib = Dataset(store="Oxigraph", default_union=True)
        via_oxrdflib.parse(str(nquads), format="ox-nquads")
    with measured(steps, "open: our Oxigraph folder in place"):
        from sister_cities.graphstore import open_store

        reopened = open_store(work / "world.oxigraph", read_only=True)
        len(reopened)
    peer = None
    rdflib_names: set[str] = set()
    if not args.no_rdflib:
        peer = RdflibPeer(nquads, args.rdflib_timeout)
        wanted = args.rdflib_queries
        rdflib_names = set(available_queries()) if wanted == "all" else {n.strip() for n in wanted.split(",") if n.strip()}

    print(f"\n{len(store):,} quads: {len(pairs.record.twinnings):,} twinnings from the pairs table, "
          f"{len(p190.record.twinnings):,} from P190; {reconciled.report.places:,} places reconciled, "
          f"{len(pairs.skipped)} rows skipped\n")

    # queries
    query_rows = []
    for name, query in available_queries().items():
        params = PARAMS.get(name, {})
        if any(p.required and p.name not in params for p in query.parameters):
            continue
        print(f"query {name} ...", file=sys.stderr, flush=True)
        text = bind(query, params, store.select)
        if text is None:
            query_rows.append((name, 0, None, None, None, None, None))
            continue
        # best of two, in alternating order: two cores shared with other work make single runs noisy
        ours_times, raw_times = [], []
        for order in ("ours", "raw", "raw", "ours"):
            start = time.perf_counter()
            if order == "ours":
                rows = len(store.select(text).rows)
                ours_times.append(time.perf_counter() - start)
            else:
                raw_rows = sum(1 for _ in raw.query(text, use_default_graph_as_union=True))
                raw_times.append(time.perf_counter() - start)
        ours, limit = min(ours_times), min(raw_times)
        assert raw_rows == rows, (name, raw_rows, rows)
        start = time.perf_counter()
        sum(1 for _ in via_oxrdflib.query(text))
        oxrdf = time.perf_counter() - start
        start = time.perf_counter()
        run(query, params, reopened.select)
        on_disk = time.perf_counter() - start
        memory = peer.run(name, text)[0] if peer is not None and name in rdflib_names else "not run"
        query_rows.append((name, rows, ours, limit, oxrdf, on_disk, memory))
        print(f"  {rows} rows: ours {fmt_time(ours)}, raw {fmt_time(limit)}, oxrdflib {fmt_time(oxrdf)}, "
              f"on disk {fmt_time(on_disk)}, rdflib {memory}", file=sys.stderr, flush=True)
    if peer is not None:
        peer.stop()

    # the network, analysis and the page
    network_rows = []
    try:
        from sister_cities.analysis import analyze
        from sister_cities.network import locality_network
        from sister_cities.viz import render_html

        with measured(steps, "network: locality_network(store)"):
            network = locality_network(store)
        with measured(steps, "analyze: analyze(network)"):
            analyze(network)
        with measured(steps, "viz: render_html(network)"):
            page = render_html(network, title="Sister cities of the world")
        network_rows.append(f"network: {network.number_of_nodes():,} localities, {network.number_of_edges():,} "
                            f"twinnings; page {len(page) / 2**20:.1f} MB")
    except ImportError as error:
        network_rows.append(f"network/analyze/viz not measured: {error}")

    # the table
    print(f"{'step':<52} {'time':>10} {'peak RSS':>10}")
    print("-" * 74)
    for key, (seconds, peak) in steps.items():
        print(f"{key:<52} {fmt_time(seconds):>10} {peak:>7} MB")
    print(f"{'build: worker processes (each, peak)':<52} {'':>10} {children_peak:>7} MB")
    if peer is not None and peer.load is not None:
        print(f"{'build: rdflib memory store parsing our N-Quads':<52} {fmt_time(peer.load[0]):>10} {peer.load[1]:>7} MB")
    ours_build = steps["build: ours (read + match + triples + Oxigraph)"][0]
    raw_build = steps["build: raw pyoxigraph parsing our N-Quads"][0]
    print(f"\nbuild: ours / raw pyoxigraph = {ours_build / raw_build:.1f}x "
          f"(ours includes reading the tables and reconciling {reconciled.report.places:,} "
          "places; raw only parses the result)")
    for line in network_rows:
        print(line)
    print(f"\n{'query':<24} {'rows':>7} {'ours':>9} {'raw ox':>9} {'ours/raw':>8} {'oxrdflib':>9} "
          f"{'on disk':>9} {'rdflib mem':>11} {'rdflib/ours':>11}")
    print("-" * 104)
    for name, rows, ours, limit, oxrdf, on_disk, memory in query_rows:
        if memory == "not run":
            memory_text, speedup = "not run", "-"
        elif memory is None:
            memory_text, speedup = f">{args.rdflib_timeout:.0f} s", ratio(ours, args.rdflib_timeout, over=True)
        else:
            memory_text, speedup = fmt_time(memory), ratio(ours, memory)
        print(f"{name:<24} {rows:>7} {fmt_time(ours):>9} {fmt_time(limit):>9} "
              f"{(ours / limit if limit else 0):>7.2f}x {fmt_time(oxrdf):>9} {fmt_time(on_disk):>9} "
              f"{memory_text:>11} {speedup:>11}")
    import shutil

    del reopened
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
