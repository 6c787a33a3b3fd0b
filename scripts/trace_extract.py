"""Show how the extractor reads one article: its sentences, the places found in each, every candidate
pair with the model's probability, and the relations kept.

Maintainer chore, for studying a miss or a mistake that `scripts/eval_extract.py --errors` listed:

    python scripts/trace_extract.py ARTICLES.jsonl ARTICLE_ID
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sister_cities.extract.model import default_models
from sister_cities.extract.relations import ArticleReader
from sister_cities.gazetteer import Gazetteer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path)
    parser.add_argument("id")
    parser.add_argument("--features", action="store_true", help="print each candidate's features")
    args = parser.parse_args(argv)
    with args.articles.open(encoding="utf-8") as fh:
        article = next((a for a in map(json.loads, filter(str.strip, fh)) if a["id"] == args.id), None)
    if article is None:
        sys.exit(f"error: no article {args.id!r} in {args.articles}")
    reader = ArticleReader(Gazetteer.default(), article.get("text") or "", article.get("title"),
                           article.get("published"), article.get("url"))
    for index, sentence in enumerate(reader.sentences):
        cues = reader.cues[index]
        marks = "".join(flag for flag, on in (("T", sentence.is_title), ("P", sentence.in_passing),
                                                ("w", cues.twinning), ("r", cues.relevant)) if on)
        print(f"[{index:2d} {marks:4s}] {sentence.text[:160]}")
        for m in reader.places.mentions[index]:
            party = any(m is p for p in reader.places.parties[index])
            flags = ",".join(name for name in ("qualified", "weak", "common", "confirmed", "organisation")
                             if getattr(m, name, False))
            print(f"        {'*' if party else ' '} {m.core!r} {m.kind} {m.country} "
                  f"{m.place.qid if m.place else '-'} {flags}")
    models = default_models()
    print(f"home country {reader.finder.home_country}")
    for candidate, p in reader.scored(models):
        kept = "KEPT" if p >= models.output_threshold else "    "
        hows = ",".join(f"{o.how}@{o.index}" for o in candidate.occurrences)
        print(f"{kept} p={p:.2f} conf={models.confidence(p):.2f} {candidate.a.name} - {candidate.b.name} "
              f"({candidate.b.country}) [{hows}]")
        if args.features:
            print("      " + " ".join(f"{k}={v:g}" for k, v in sorted(candidate.features.items()) if v))
    return 0


if __name__ == "__main__":
    sys.exit(main())
