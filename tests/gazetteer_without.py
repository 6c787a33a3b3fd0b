"""A gazetteer less what it learned of some items: the tests that watch a place being found without
the packaged gazetteer's help (it learned those items from the very data the tests read)."""
from __future__ import annotations

import gzip
import json
from importlib import resources

from sister_cities.gazetteer import Gazetteer


def gazetteer_without(*qids: str) -> Gazetteer:
    """The packaged gazetteer less the rows of these items: as if it had not learned them yet."""
    with resources.as_file(resources.files("sister_cities") / "data" / "gazetteer.json.gz") as path:
        data = json.loads(gzip.decompress(path.read_bytes()))
    return Gazetteer([row for row in data["places"] if row[0] not in qids], data["towns"],
                     capitals=data.get("capitals"))
