"""How rare a word is in news, from document frequencies over a news corpus.

`data/idf.txt` holds the document frequency of each word stem (as `normalize.stem` makes it)
seen in at least `MIN_DF` of the 5,000 articles of `../shared/data/news/archive.jsonl.gz`,
grouped by frequency: a line `DF<TAB>stem stem ...`, and a first line `# documents N`. It is
built by `python -m factdb.link.rarity PATH...` (JSONL or gzipped JSONL with `title` and
`text`), so no word-frequency package is needed at run time. A stem not in the table is as rare
as a stem seen in `MIN_DF - 1` articles.

`idf(stem)` is log((N + 1) / (df + 1)): 0 for a word in every article ("said"), about 7.4 for
one in two of 5,000. Figures and stopwords count nothing.
"""

from __future__ import annotations

import gzip
import json
import math
import sys
from collections import Counter
from collections.abc import Collection, Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

from factdb.link import normalize as nz

MIN_DF = 2
TABLE = "idf.txt"


@lru_cache(maxsize=1)
def _table() -> tuple[int, dict[str, int]]:
    text = resources.files("factdb.link").joinpath("data", TABLE).read_text("utf-8")
    lines = text.splitlines()
    documents = int(lines[0].split()[-1])
    frequencies: dict[str, int] = {}
    for line in lines[1:]:
        df, _, stems = line.partition("\t")
        frequencies.update(dict.fromkeys(stems.split(), int(df)))
    return documents, frequencies


@lru_cache(maxsize=262144)
def idf(stem: str) -> float:
    """The inverse document frequency of a content stem (0 for figures and stopwords)."""
    if not stem or stem[0].isdigit() or stem in nz.STOPWORDS:
        return 0.0
    documents, frequencies = _table()
    df = frequencies.get(stem, MIN_DF - 1)
    return math.log((documents + 1) / (df + 1))


def weight(stems: Iterable[str]) -> float:
    """The summed rarity of distinct STEMS."""
    return sum(idf(s) for s in set(stems))


def weighted_overlap(a: Collection[str], b: Collection[str]) -> float:
    """Like `scoring.word_overlap`, each word counted by its rarity: the mean of containment and
    Dice of the rarity mass two sets of stems share, 0-100 (100 for two empty sets)."""
    if not a or not b:
        return 0.0 if a or b else 100.0
    shared = weight(set(a).intersection(b))
    wa, wb = weight(a), weight(b)
    if wa == 0 or wb == 0:
        return 100.0 if wa == wb == 0 and set(a) == set(b) else 0.0
    return 50.0 * (shared / min(wa, wb) + 2 * shared / (wa + wb))


def build(paths: Iterable[Path]) -> str:
    """The table text for the articles in PATHS (JSONL, optionally gzipped)."""
    frequencies: Counter[str] = Counter()
    documents = 0
    for path in paths:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                text = f"{record.get('title') or ''} {record.get('text') or ''}"
                stems = nz.content_stems(nz.normalize_text(text))
                frequencies.update({s for s in stems if not s[0].isdigit()})
                documents += 1
    by_df: dict[int, list[str]] = {}
    for stem, df in frequencies.items():
        if df >= MIN_DF:
            by_df.setdefault(df, []).append(stem)
    lines = [f"# documents {documents}"]
    lines.extend(f"{df}\t{' '.join(sorted(by_df[df]))}" for df in sorted(by_df, reverse=True))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    out = Path(__file__).with_name("data") / TABLE
    out.write_text(build(Path(p) for p in sys.argv[1:]), encoding="utf-8")
    print(f"wrote {out}")
