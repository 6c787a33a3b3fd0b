"""Regenerate graph/sister_cities/data/common-words.tsv.gz: how common each everyday word is in
Indonesian and in English, so that the extractor can tell a word of the language ("bakal", "smart")
from a place that happens to share its spelling.

Maintainer chore (needs `pip install wordfreq`); the package reads only the file this writes.
Each line: word, Zipf frequency in Indonesian, Zipf frequency in English (one decimal; 0 where the
word is not in that language's list). Only words at Zipf >= 3.0 in either language are kept
(about once per million words).

    python scripts/build_common_words.py
"""
from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

MIN_ZIPF = 3.0
LANGUAGES = ("id", "en")
OUT = Path(__file__).resolve().parents[1] / "graph" / "sister_cities" / "data" / "common-words.tsv.gz"


def main() -> int:
    try:
        import wordfreq
    except ImportError:
        print("build_common_words: needs the wordfreq package (pip install wordfreq)", file=sys.stderr)
        return 2

    words: dict[str, dict[str, float]] = {}
    for language in LANGUAGES:
        for word in wordfreq.top_n_list(language, 100_000):
            if re.fullmatch(r"[a-z]+", word):
                zipf = wordfreq.zipf_frequency(word, language)
                if zipf >= MIN_ZIPF:
                    words.setdefault(word, {})[language] = zipf
    lines = [f"{word}\t{values.get('id', 0):.1f}\t{values.get('en', 0):.1f}" for word, values in sorted(words.items())]
    header = f"# word\tzipf_id\tzipf_en  (wordfreq {wordfreq.__version__ if hasattr(wordfreq, '__version__') else ''}, CC BY-SA 4.0 data)"
    # mtime=0: the same words give the same bytes
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as fh:
        fh.write(("\n".join([header, *lines]) + "\n").encode("utf-8"))
    print(f"{len(lines)} words -> {OUT} ({OUT.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    if sys.argv[1:]:
        print(__doc__)
        sys.exit(0 if sys.argv[1:] in (["-h"], ["--help"]) else 2)
    sys.exit(main())
