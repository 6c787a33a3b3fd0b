"""The command line as a user meets it: exact output, exit codes, one-line errors, nothing half-written."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from servers import free_port
from sister_cities.cli import cli

ROOT = Path(__file__).resolve().parents[1]


def invoke(*args: str, cwd: Path | None = None):
    runner = CliRunner()
    if cwd is None:
        return runner.invoke(cli, list(args), catch_exceptions=False)
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return runner.invoke(cli, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


def all_commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in sorted(group.commands.items()):
        yield prefix + (name,), command
        if isinstance(command, click.Group):
            yield from all_commands(command, prefix + (name,))


@pytest.mark.parametrize("path", [p for p, _ in all_commands(cli)], ids=" ".join)
def test_every_command_has_help(path):
    result = invoke(*path, "--help")
    assert result.exit_code == 0
    assert result.output.startswith("Usage: ")
    command = dict(all_commands(cli))[path]
    assert (command.help or "").strip(), f"{' '.join(path)} has no help text"


@pytest.mark.parametrize("path", [p for p, c in all_commands(cli) if not isinstance(c, click.Group)], ids=" ".join)
def test_every_option_says_what_it_does_and_every_graph_reader_takes_store(path):
    command = dict(all_commands(cli))[path]
    options = {option.name: option for option in command.params if isinstance(option, click.Option)}
    assert [name for name, option in options.items() if not (option.help or "").strip()] == []
    if "graph_path" in options and path != ("serve",):  # serve always serves from Oxigraph
        assert "store_kind" in options, f"{' '.join(path)} reads --graph but takes no --store"


def test_extract_gives_the_same_result_with_or_without_lang(tmp_path):
    """What `extract --lang` says it does when left out."""
    article = tmp_path / "berita.txt"
    article.write_text("Pemerintah Kota Malang menandatangani nota kesepahaman sister city dengan Kota Nagoya, "
                       "Jepang, Selasa (12/3/2024).\n", encoding="utf-8")
    outputs = [invoke("extract", str(article), *flag).output for flag in ([], ["--lang", "id"], ["--lang", "en"])]
    assert '"stage": "mou_signed"' in outputs[0] and outputs == [outputs[0]] * 3


def test_a_query_file_of_ones_own_needs_no_header(tmp_path):
    mine = tmp_path / "my.rq"
    mine.write_text("PREFIX sc: <https://w3id.org/sister-cities/ontology#>\n"
                    "SELECT ?twinning ?stage WHERE { ?twinning a sc:Twinning ; sc:stage ?stage } "
                    "ORDER BY ?twinning LIMIT 2\n", encoding="utf-8")
    result = invoke("query", str(mine), "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "twinning,stage" and len(result.output.splitlines()) == 3
    everything = tmp_path / "all.rq"
    everything.write_text("SELECT * WHERE { ?s a <https://w3id.org/sister-cities/ontology#SourceGraph> }\n",
                          encoding="utf-8")
    assert invoke("query", str(everything), "--format", "csv").output.splitlines()[0] == "s"
    wrong = tmp_path / "wrong.rq"
    wrong.write_text("# columns: a, b\nSELECT ?a WHERE { ?a ?p ?o }\n", encoding="utf-8")
    result = invoke("query", str(wrong))
    assert (result.exit_code, result.output) == (
        1, f"Error: {wrong}: the header lists columns a, b but the query selects a\n")


def test_demo_writes_every_format_and_says_where(tmp_path):
    result = invoke("demo", "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("Built the embedded graph: ")
    assert "twinnings" in lines[0] and "localities" in lines[0]
    assert lines[1].startswith("Validated: conforms to the SHACL shapes and checks")
    for extension in (".trig", ".nq", ".ttl", ".nt", ".jsonld"):
        assert (tmp_path / "out" / f"sister-cities{extension}").is_file()
        assert f"sister-cities{extension}" in result.output


def test_query_formats(tmp_path):
    result = invoke("query", "partners", "--param", "locality=Kabupaten Bekasi", "--format", "json")
    assert result.exit_code == 0
    assert [row["partnerLabel"] for row in json.loads(result.output)] == ["South Korea"]
    result = invoke("query", "legal-basis", "--format", "csv")
    assert result.output.splitlines()[0] == "twinning,instrument,title,number,issuer,date"
    assert "193/1652/PUOD,Ministry of Home Affairs,1993-04-26" in result.output.splitlines()[1]
    result = invoke("query", "partners", "--param", "locality=Q10363")
    assert result.output.splitlines()[0].split() == ["partner", "partnerLabel", "partnerCountry", "stage",
                                                     "date", "source"]
    assert "id:place/cn/city/nanning  Nanning" in result.output
    assert result.output.rstrip().endswith("(1 row)")


def test_query_reads_a_graph_file_and_a_query_file(tmp_path):
    invoke("demo", "--out", str(tmp_path))
    query = tmp_path / "mine.rq"
    query.write_text("# title: Labels\n# columns: label\n"
                     "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                     "PREFIX sc: <https://w3id.org/sister-cities/ontology#>\n"
                     "SELECT DISTINCT ?label WHERE { ?c a sc:Country ; rdfs:label ?label } ORDER BY ?label\n")
    # DISTINCT: a country that two sources both describe is stated twice, and Oxigraph's union of the
    # named graphs keeps both statements (rdflib's keeps one)
    result = invoke("query", str(query), "--graph", str(tmp_path / "sister-cities.nq"), "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "label", "Algeria", "Australia", "Botswana", "Bulgaria", "Canada", "China", "Costa Rica", "France",
        "Germany", "Greenland", "Hungary", "Indonesia", "Iran", "Italy", "Japan", "Kazakhstan", "Kosovo", "Laos",
        "Lebanon", "Malaysia", "Mexico", "Morocco", "Netherlands", "North Korea", "Pakistan", "Palestine",
        "Philippines", "Romania", "Russia", "Saudi Arabia", "South Korea", "Spain", "Suriname", "Taiwan",
        "Thailand", "Turkey", "United Arab Emirates", "United Kingdom", "United States", "Uzbekistan", "Vietnam"]


def test_queries_lists_the_named_queries():
    result = invoke("queries")
    names = [line.split()[0] for line in result.output.splitlines()]
    for name in ("twinnings", "partners", "legal-basis", "initiators", "people", "sources"):
        assert name in names
    assert "partners" in result.output and "(params: locality)" in result.output


def run_command(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the installed console command, as a user does."""
    return subprocess.run([shutil.which("sister-cities") or "sister-cities", *args],
                          capture_output=True, text=True, cwd=cwd)


def test_two_demo_runs_write_the_same_bytes(tmp_path):
    """Same input, same bytes, in every file: users diff and version them. Two processes with their
    own hash seeds run at once, as Oxigraph's and Python's orders vary from process to process."""
    runs = [subprocess.Popen([sys.executable, "-c", "from sister_cities.cli import main; main()", "demo", "--out",
                              str(tmp_path / f"run{seed}")], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             env=dict(os.environ, PYTHONHASHSEED=str(seed))) for seed in (1, 2)]
    assert [run.wait(timeout=300) for run in runs] == [0, 0], [run.stderr.read() for run in runs]
    for run in runs:
        run.stderr.close()
    first, second = (sorted((tmp_path / f"run{seed}").iterdir()) for seed in (1, 2))
    assert [p.name for p in first] == [p.name for p in second] and len(first) == 6
    assert [p.name for p in first if p.read_bytes() != (tmp_path / "run2" / p.name).read_bytes()] == []


@pytest.mark.parametrize("args, message", [
    (["query", "nope"], "Error: unknown query 'nope'; known queries: "),
    (["query", "partners", "--param", "city=Bogor"], "Error: query 'partners' has no parameter 'city' (its parameters: locality)"),
    (["query", "partners"], "Error: query 'partners' needs --param locality=VALUE"),
    (["query", "twinnings", "--param", "stage"], "Error: --param takes KEY=VALUE, got 'stage'"),
    (["query", "twinnings", "--graph", "/nonexistent/graph.trig"], "Error: /nonexistent/graph.trig: no such file"),
    (["query", "twinnings", "--graph", "{corrupt}"], "Error: {corrupt}: not valid turtle: "),
    (["query", "twinnings", "--graph", "{unknown}"], "Error: {unknown}: unknown graph format '.xml'"),
    (["build", "--curated", "{bad_record}", "--out", "{out}"], "Error: {bad_record}: relations[1]: unknown stage 'signed'"),
])
def test_user_mistakes_are_one_line_errors(tmp_path, args, message):
    corrupt = tmp_path / "corrupt.ttl"
    corrupt.write_text("@prefix x: <http://x/> .\nx:a x:b ", encoding="utf-8")
    unknown = tmp_path / "graph.xml"
    unknown.write_text("<rdf/>", encoding="utf-8")
    bad_record = tmp_path / "record.json"
    bad_record.write_text(json.dumps({"id": "x", "relations": [{
        "a": {"name": "Bogor", "kind": "city", "country": "ID"},
        "b": {"name": "Kisarazu", "kind": "city", "country": "JP"}, "stage": "signed"}]}), encoding="utf-8")
    values = {"corrupt": str(corrupt), "unknown": str(unknown), "bad_record": str(bad_record),
              "out": str(tmp_path / "out")}
    args = [a.format(**values) for a in args]
    message = message.format(**values)
    result = run_command(*args)
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith(message), result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_validate_exit_codes(tmp_path):
    invoke("demo", "--out", str(tmp_path))
    good = run_command("validate", "--graph", str(tmp_path / "sister-cities.trig"))
    assert (good.returncode, good.stdout) == (0, "valid (0 warnings)\n")
    text = (tmp_path / "sister-cities.nt").read_text(encoding="utf-8")
    broken = tmp_path / "broken.nt"
    broken.write_text("\n".join(line for line in text.splitlines()
                                if "<https://w3id.org/sister-cities/ontology#party> <https://w3id.org/sister-cities/id/place/kr>" not in line) + "\n",
                      encoding="utf-8")
    bad = run_command("validate", "--graph", str(broken))
    assert bad.returncode == 1
    assert "A twinning needs exactly two distinct localities (sc:party)." in bad.stdout
    assert bad.stdout.splitlines()[-1].startswith("not valid: ")
    error = run_command("validate", "--graph", str(tmp_path / "missing.trig"))
    assert error.returncode == 2
    assert error.stderr.strip() == f"Error: {tmp_path / 'missing.trig'}: no such file"


def test_a_failed_build_leaves_the_previous_output(tmp_path):
    out = tmp_path / "out"
    assert invoke("demo", "--out", str(out)).exit_code == 0
    before = (out / "sister-cities.trig").read_bytes()
    bad = tmp_path / "record.json"
    bad.write_text("{not json", encoding="utf-8")
    result = run_command("build", "--curated", str(bad), "--out", str(out))
    assert result.returncode == 1
    assert "record.json" in result.stderr and len(result.stderr.splitlines()) == 1
    assert (out / "sister-cities.trig").read_bytes() == before
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == []


def test_installed_wheel_works_from_any_directory(tmp_path):
    """`pip install .` (not editable) carries the ontology and the queries inside the package, and
    `serve` runs from it with nothing on PATH (its server is pyoxigraph, a plain dependency)."""
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(wheels), str(ROOT)], check=True, capture_output=True)
    [wheel] = wheels.glob("sister_cities-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        [metadata] = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        required = [line.split(":", 1)[1].strip() for line in archive.read(metadata).decode().splitlines()
                    if line.startswith("Requires-Dist:") and "extra ==" not in line]
    assert "pyoxigraph>=0.4" in required
    env_dir = tmp_path / "venv"
    python = _venv_seeing_our_dependencies(env_dir)
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q",
                    str(wheel)], check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = subprocess.run([str(python), "-c", "import sister_cities; print(sister_cities.__file__)"],
                           capture_output=True, text=True, cwd=elsewhere, check=True).stdout
    assert str(env_dir) in where, where
    command = str(env_dir / "bin" / "sister-cities")
    result = subprocess.run([command, "demo", "--out", "o"], capture_output=True, text=True, cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    assert (elsewhere / "o" / "sister-cities.trig").is_file()
    listed = subprocess.run([command, "queries"], capture_output=True, text=True, cwd=elsewhere)
    assert "partners" in listed.stdout
    port = free_port()
    serving = subprocess.Popen([command, "serve", "--port", str(port)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, cwd=elsewhere, env=dict(os.environ, PATH="/nonexistent"))
    try:
        assert serving.stdout.readline() == f"SPARQL endpoint: http://127.0.0.1:{port}/query\n"
        asked = subprocess.run([command, "query", "partners", "--param", "locality=Kabupaten Bekasi", "--endpoint",
                                f"http://127.0.0.1:{port}/query", "--format", "csv"], capture_output=True, text=True)
        assert asked.returncode == 0 and "South Korea" in asked.stdout, asked.stderr
        serving.send_signal(signal.SIGINT)
        assert serving.wait(timeout=30) == 0
    finally:
        if serving.poll() is None:
            serving.kill()
            serving.wait()


def _venv_seeing_our_dependencies(env_dir: Path) -> Path:
    """A new virtual environment whose interpreter also finds the packages of the one running the
    tests (a venv or not), but not its editable install of sister-cities; its python.

    `system_site_packages=True` would show the base interpreter's packages, which, inside a venv,
    are not ours. A `.pth` file naming our site folders appends them after the new environment's
    own, and plain paths in it do not run the `.pth` files found there (the editable install's)."""
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    inner = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                           capture_output=True, text=True, check=True).stdout.strip()
    ours = [p for p in sys.path if Path(p).name in ("site-packages", "dist-packages") and Path(p).is_dir()]
    (Path(inner) / "_outer_environment.pth").write_text("".join(f"{p}\n" for p in ours), encoding="utf-8")
    return python
