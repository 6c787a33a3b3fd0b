"""Reading articles from disk, and the one-line errors for input that is not an article."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from sister_cities.articles import MAX_BYTES, Article, ArticleError, read_articles

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "articles.jsonl"

PAGE = """<!DOCTYPE html><html lang="id"><head><title>Kota Contoh jalin sister city</title>
<meta property="og:title" content="Kota Contoh dan Kota Teladan jalin sister city">
<meta property="article:published_time" content="2022-09-14T08:00:00+07:00">
<script>window.tracker = function () { document.write("iklan"); };</script>
<style>body { color: red }</style></head>
<body><nav><a href="/">Beranda</a> | <a href="/politik">Politik</a></nav>
<article><h1>Kota Contoh dan Kota Teladan jalin sister city</h1>
<p>Pemerintah Kota Contoh menandatangani nota kesepahaman sister city dengan Kota Teladan pada
Rabu, 14 September 2022, di balai kota setempat, disaksikan para pejabat kedua daerah.</p>
<p>Kerja sama itu meliputi bidang pendidikan, pariwisata dan kebudayaan, kata wali kota kepada
wartawan setelah acara penandatanganan yang berlangsung sekitar satu jam.</p>
<script>console.log("tracking pixel")</script></article>
<footer>Hak cipta dilindungi undang-undang. Dilarang mengutip tanpa izin.</footer></body></html>"""


def only(path) -> Article | ArticleError:
    items = list(read_articles(path))
    assert len(items) == 1
    return items[0]


def test_text_file_id_is_the_stem(tmp_path):
    path = tmp_path / "bogor-kisarazu.txt"
    path.write_text("Kota Bogor menjalin sister city dengan Kota Kisarazu.\n", encoding="utf-8")
    article = only(path)
    assert article == Article("bogor-kisarazu", "Kota Bogor menjalin sister city dengan Kota Kisarazu.")


def test_utf8_with_bom_and_latin1_are_decoded(tmp_path):
    bom = tmp_path / "bom.txt"
    bom.write_bytes("\ufeffKota Sétif dan Kota Bogor".encode("utf-8"))
    assert only(bom).text == "Kota Sétif dan Kota Bogor"
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Kota Sétif dan Kota Bogor".encode("latin-1"))
    assert only(latin).text == "Kota Sétif dan Kota Bogor"


def test_html_page_furniture_and_scripts_are_stripped(tmp_path):
    path = tmp_path / "contoh.html"
    path.write_text(PAGE, encoding="utf-8")
    article = only(path)
    assert isinstance(article, Article)
    assert article.id == "contoh"
    assert article.title == "Kota Contoh dan Kota Teladan jalin sister city"
    assert article.published == "2022-09-14"
    assert "nota kesepahaman sister city" in article.text
    for furniture in ("tracker", "tracking pixel", "Beranda", "Hak cipta", "color: red"):
        assert furniture not in article.text
    assert "\n\n" in article.text  # paragraphs kept apart


def test_folder_of_articles_in_name_order(tmp_path):
    (tmp_path / "b.txt").write_text("Kedua.", encoding="utf-8")
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y", encoding="utf-8")
    assert [a.id for a in read_articles(tmp_path)] == ["a", "b"]


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "empty text"),
    ("blank.txt", b"  \n\n \t", "empty text"),
    ("binary.txt", bytes(range(256)) * 4, "binary data, not text"),
    ("scripts.html", b"<html><head><script>var a = 1;</script></head><body><script>b()</script></body></html>",
     "no article text found in the page"),
])
def test_bad_files_become_one_line_errors(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    error = only(path)
    assert isinstance(error, ArticleError)
    assert str(error) == f"{path}: {message}"
    assert (error.path, error.line, error.message) == (str(path), None, message)


def test_oversized_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(20 * 1024 * 1024)  # 20 MB, sparse
    error = only(path)
    assert isinstance(error, ArticleError)
    assert str(error) == (f"{path}: file too large for an article (20,971,520 bytes; "
                          f"the limit is {MAX_BYTES:,})")


def test_jsonl_bad_lines_do_not_lose_the_others(tmp_path):
    path = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"id": "one", "text": "Kota Bogor dan Kota Kisarazu.", "published": "2016-11"}),
        "{not json",
        json.dumps({"id": "no-text", "title": "tanpa teks"}),
        "",
        json.dumps(["a", "list"]),
        json.dumps({"id": 7, "text": "Kota Padang.", "title": None}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_articles(path))
    assert [str(i) if isinstance(i, ArticleError) else i.id for i in items] == [
        "one",
        f"{path}:2: not JSON (Expecting property name enclosed in double quotes)",
        f"{path}:3: no 'text' (a non-empty string) in the record",
        f"{path}:5: not a JSON object",
        "7",
    ]
    assert items[0].published == "2016-11" and items[-1].title is None


def test_missing_path_and_unknown_type_raise(tmp_path):
    with pytest.raises(ArticleError) as missing:
        list(read_articles(tmp_path / "nowhere.txt"))
    assert str(missing.value) == f"{tmp_path / 'nowhere.txt'}: no such file or folder"
    odd = tmp_path / "table.csv"
    odd.write_text("a,b", encoding="utf-8")
    with pytest.raises(ArticleError) as unknown:
        list(read_articles(odd))
    assert str(unknown.value) == f"{odd}: unknown file type .csv: expected .txt, .html, .jsonl or a folder"


@pytest.mark.skipif(not CORPUS.exists(), reason="the shared corpus is not beside the checkout")
def test_reads_the_development_corpus():
    articles = list(read_articles(CORPUS))
    assert len(articles) == 20 and all(isinstance(a, Article) for a in articles)
    first = articles[0]
    assert (first.id, first.language, first.published, first.outlet) == \
        ("antara-2023-bekasi-korea", "id", "2023", "ANTARA News Megapolitan")
