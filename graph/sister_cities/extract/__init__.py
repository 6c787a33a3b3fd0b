"""Text of a news article -> sister-city relations and the legal instruments it cites.

Pure: no network and no disk beyond the packaged gazetteer, word table and model weights. Besides
the keys of the corpus README, a side may carry "qid" (the gazetteer's Wikidata id), and a relation
"confidence" (0 to 1, how sure the extractor is that the article reports it) and "place" (where it
was signed); a place named so that is neither side of its relation is described under a top-level
"localities", as a record describes every place it names.

>>> result = extract_article("Kota Bogor dan Kota Kisarazu, Jepang, menandatangani nota "
...                          "kesepahaman sister city pada 5 Mei 2021.")
>>> [(r["a"]["name"], r["b"]["name"], r["stage"], r["event_date"]) for r in result["relations"]]
[('Bogor', 'Kisarazu', 'mou_signed', '2021-05-05')]
"""
from __future__ import annotations

from ..gazetteer import Gazetteer
from .legal import find_instruments
from .model import Models
from .relations import read_article

__all__ = ["extract_article"]


def extract_article(text: str, *, title: str | None = None, published: str | None = None,
                    language: str | None = None, url: str | None = None, models: Models | None = None) -> dict:
    """Relations and legal instruments of one article, in the corpus README shape (without "id").

    ``language`` is accepted for the caller's convenience; the extractor reads both Indonesian and
    English whatever the language. ``url`` says where the news is from (a bare "Hamilton" on a New
    Zealand site is New Zealand's). ``models`` replaces the shipped model weights
    (the training script uses it for cross-validation).
    """
    text = text if isinstance(text, str) else ""
    read = read_article(Gazetteer.default(), text, title=title if isinstance(title, str) else None,
                        published=published if isinstance(published, str) else None,
                        url=url if isinstance(url, str) else None, models=models)
    result = {"relations": read["relations"], "legal_instruments": find_instruments(text)}
    if read["localities"]:  # the places where events happened, beyond the pairs: a record describes them
        result["localities"] = read["localities"]
    return result
