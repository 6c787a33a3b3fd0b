"""`sister-cities extract`: JSON on stdout, one-line errors on stderr, exact exit codes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from sister_cities.cli import cli

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "articles.jsonl"
TEXT = ("Wali Kota Bogor dan Wali Kota Kisarazu, Jepang, menandatangani nota kesepahaman "
        "sister city, Kamis.\n")


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_one_file_with_metadata(tmp_path):
    path = tmp_path / "bogor.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = invoke("extract", str(path), "--published", "2021-06-12", "--lang", "id")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["id"] == "bogor"
    [relation] = record["relations"]
    assert (relation["a"]["name"], relation["b"]["name"], relation["stage"], relation["event_date"]) == \
        ("Bogor", "Kisarazu", "mou_signed", "2021-06-10")
    assert record["legal_instruments"] == []


def test_jsonl_prints_good_lines_and_reports_bad_ones(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "a", "text": TEXT, "published": "2021-06-12"}),
        "not json at all",
        json.dumps({"id": "b", "text": "Tidak ada apa-apa di sini."}),
        json.dumps({"id": "c"}),
    ]) + "\n", encoding="utf-8")
    result = invoke("extract", "--jsonl", str(path))
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["a", "b"]
    assert lines[1]["relations"] == []
    assert result.stderr.splitlines() == [
        f"{path}:2: not JSON (Expecting value)",
        f"{path}:4: no 'text' (a non-empty string) in the record",
    ]


@pytest.mark.parametrize("args, message", [
    ((), "Error: give either FILE or --jsonl FILE"),
    (("x.txt", "--jsonl", "y.jsonl"), "Error: give either FILE or --jsonl FILE"),
    (("--jsonl", "y.jsonl", "--published", "2020"),
     "Error: --published, --title, --url and --lang apply to one FILE, not to --jsonl"),
    (("x.txt", "--published", "15/10/2017"),
     "Error: --published '15/10/2017': expected YYYY, YYYY-MM or YYYY-MM-DD"),
    (("many.jsonl",), "Error: many.jsonl holds many articles: use --jsonl many.jsonl"),
])
def test_usage_mistakes_exit_2_with_one_line(args, message):
    result = invoke("extract", *args)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1] == message


def test_unreadable_input_exits_1_with_one_line(tmp_path):
    missing = tmp_path / "missing.txt"
    result = invoke("extract", str(missing))
    assert (result.exit_code, result.stderr) == (1, f"Error: {missing}: no such file or folder\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = invoke("extract", str(empty))
    assert (result.exit_code, result.stderr) == (1, f"Error: {empty}: empty text\n")
    result = invoke("extract", "--jsonl", str(tmp_path / "none.jsonl"))
    assert (result.exit_code, result.stderr) == (1, f"Error: {tmp_path / 'none.jsonl'}: no such file\n")


@pytest.mark.skipif(not CORPUS.exists(), reason="the shared corpus is not beside the checkout")
def test_console_command_on_the_corpus_no_progress_bar_when_not_a_terminal():
    command = [sys.executable, "-c", "from sister_cities.cli import main; main()"]
    run = subprocess.run([*command, "extract", "--jsonl", str(CORPUS)], capture_output=True, text=True)
    assert run.returncode == 0
    assert run.stderr == ""
    ids = [json.loads(line)["id"] for line in run.stdout.splitlines()]
    assert len(ids) == 20 and ids[0] == "antara-2023-bekasi-korea"


def test_html_page_uses_its_metadata(tmp_path):
    page = tmp_path / "kisarazu.html"
    page.write_text(
        "<html><head><title>Bogor dan Kisarazu</title>"
        '<meta property="article:published_time" content="2021-06-12"></head><body>'
        "<nav>Beranda | Politik | Olahraga</nav><article><h1>Bogor dan Kisarazu</h1>"
        "<p>Wali Kota Bogor dan Wali Kota Kisarazu, Jepang, menandatangani nota kesepahaman sister city, "
        "Kamis, disaksikan para pejabat kedua kota di balai kota setempat.</p>"
        "<p>Kerja sama itu meliputi pendidikan dan pariwisata, kata wali kota kepada para wartawan.</p>"
        "</article><footer>Hak cipta</footer></body></html>", encoding="utf-8")
    result = invoke("extract", str(page))
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["id"] == "kisarazu"
    assert [(r["b"]["name"], r["event_date"]) for r in record["relations"]] == [("Kisarazu", "2021-06-10")]
