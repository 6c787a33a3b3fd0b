"""The look-ahead put before the lexicon's long alternations changes their speed, never their matches."""
from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings, strategies as st

from sister_cities.extract import dates, legal, lexicon, stages
from sister_cities.extract.prefilter import KeywordGated, prefiltered

MADE_UP = Path(__file__).parent / "data" / "made-up-articles" / "articles.jsonl"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def wrapped_patterns() -> list[tuple[str, re.Pattern, re.Pattern]]:
    """(name, as the lexicon holds it, the pattern it was made from) for every wrapped pattern."""
    found = []
    for module in (lexicon, stages, dates, legal):
        for name, value in vars(module).items():
            value = value.inner if isinstance(value, KeywordGated) else value
            items = [(name, value)] if isinstance(value, re.Pattern) else \
                [(f"{name}[{n}]", p) for n, row in enumerate(value) for p in row if isinstance(p, re.Pattern)] \
                if isinstance(value, list) and all(isinstance(row, tuple) for row in value) else []
            for label, pattern in items:
                inner = re.fullmatch(r"\(\?=\[[^\]]*\]\)\(\?:(.*)\)", pattern.pattern, re.S)
                if inner:
                    found.append((f"{module.__name__.rsplit('.', 1)[1]}.{label}", pattern,
                                  re.compile(inner.group(1), pattern.flags)))
    return found


WRAPPED = wrapped_patterns()


def texts() -> list[str]:
    lines = MADE_UP.read_text(encoding="utf-8").splitlines()
    for path in sorted(CORPUS.glob("articles*.jsonl")) if CORPUS.is_dir() else []:
        lines += path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def spans(pattern: re.Pattern, text: str) -> list[tuple]:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


def test_the_hot_patterns_are_wrapped():
    names = {name for name, _, _ in WRAPPED}
    assert {"lexicon.TWINNING", "lexicon.RELEVANT", "stages.PLAN", "dates.MONTH_DAY_YEAR", "legal.PATTERNS[0]"} <= names
    assert len(WRAPPED) >= 30


def test_same_matches_on_articles():
    corpus = texts()
    assert corpus
    for name, fast, plain in WRAPPED:
        for text in corpus:
            assert spans(fast, text) == spans(plain, text), name
            # matching at a position, as the readers do with .match(text, pos)
            for pos in range(0, len(text), 7):
                a, b = fast.match(text, pos), plain.match(text, pos)
                assert (a and a.span()) == (b and b.span()), (name, pos)


GATED = [(name, value) for name, value in vars(lexicon).items() if isinstance(value, KeywordGated)]


def gated_spans(gated: KeywordGated, text: str, pos: int = 0, endpos: int = 10 ** 9) -> tuple:
    found = gated.search(text, pos, endpos)
    return (found and found.span(), [m.span() for m in gated.finditer(text, pos, endpos)],
            (gated.match(text, pos, endpos) or None) and gated.match(text, pos, endpos).span())


def inner_spans(gated: KeywordGated, text: str, pos: int = 0, endpos: int = 10 ** 9) -> tuple:
    found = gated.inner.search(text, pos, endpos)
    return (found and found.span(), [m.span() for m in gated.inner.finditer(text, pos, endpos)],
            (gated.inner.match(text, pos, endpos) or None) and gated.inner.match(text, pos, endpos).span())


def test_the_keyword_gates_pass_over_no_match():
    """A gated pattern finds what its pattern finds, from any position and up to any end, on real text."""
    assert {"TWINNING", "RELEVANT"} <= {name for name, _ in GATED}
    corpus = texts()
    for name, gated in GATED:
        for text in corpus:
            assert gated_spans(gated, text) == inner_spans(gated, text), name
            for pos in range(0, len(text), 137):  # (positions a prime apart, sampled to keep the suite short)
                assert gated_spans(gated, text, pos) == inner_spans(gated, text, pos), (name, pos)
                assert gated_spans(gated, text, 0, pos) == inner_spans(gated, text, 0, pos), (name, pos)


def test_a_gate_reads_letters_as_a_case_insensitive_pattern_does():
    for text in ("ſister city", "SİSTER CITY", "the sıster city", "KOTA KEMBAR", "Twinned With"):
        assert gated_spans(lexicon.TWINNING, text) == inner_spans(lexicon.TWINNING, text) != (None, [], None), text


def test_a_gate_looks_behind_the_position_as_far_as_a_look_behind_does():
    # "amity" and "brotherhood" stand before the match, in a look-behind
    text = "signed an amity agreement and the bonds of brotherhood with other cities"
    for pos in range(len(text)):
        assert gated_spans(lexicon.TWINNING, text, pos) == inner_spans(lexicon.TWINNING, text, pos), pos


CUE_PIECES = ["sister city", "Sister Cities", "ſister city", "SİSTER CITY", "amity agreement", "brotherhood with ", "kota kembar", "twinned with", "MoU", "Kerja sama", "ſister",
              "İstanbul", "KOTA", "akan", "plan to", "Senin", "12 Mei 2024", "since 1998", " ", ", ", "é", "-",
              "Jepang", "renew", "not yet", "tidak diperpanjang", "\n", "Permendagri Nomor 25 Tahun 2020",
              "SE Mendagri 193/1652/PUOD", "PP 28/2018", "pariwisata", "trade", "MoU"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(CUE_PIECES), st.text(max_size=6)), max_size=12))
def test_same_matches_on_any_text(pieces):
    text = "".join(pieces)
    for name, fast, plain in WRAPPED:
        assert spans(fast, text) == spans(plain, text), name
    for name, gated in GATED:
        assert gated_spans(gated, text) == inner_spans(gated, text), name


def test_the_gates_say_whether_any_pattern_matches():
    """ANY_FIELD lets a sentence that names no field (four in five) skip the one-by-one searches."""
    corpus = texts()
    for gate, patterns in ((lexicon.ANY_FIELD, [p for _, p in lexicon.FIELD_PATTERNS]),):
        for text in corpus:
            for sentence in text.split(". "):
                assert bool(gate.search(sentence)) == any(p.search(sentence) for p in patterns), sentence


def test_patterns_whose_start_cannot_be_told_are_left_alone():
    for source in (r"\w+ city", r"(?:a)?", r"[^x]y", r"(?i)sister", r".ab", r"[A-Z][a-z]+"):
        pattern = re.compile(source)
        assert prefiltered(pattern) is pattern, source


def test_optional_words_widen_the_first_characters():
    fast = prefiltered(re.compile(r"\b(?:the\s+)?(?:twin|sister)\s+town", re.I))
    assert fast.pattern.startswith("(?=[")
    for text in ("The twin town", "a SISTER town", "the  sister town", "twin town"):
        assert fast.search(text) and fast.search(text).group(0).lower().endswith("town"), text
