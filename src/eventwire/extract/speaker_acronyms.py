"""A speaker's acronym and its long form, both as the document writes them.

A body a report introduces as "the Democratic Union of Teachers (PDSZ)" speaks later as "the
PDSZ"; one first named "the Royal Oman Police" speaks later as "the ROP". :func:`acronym_aliases`
gives a speaker the other form of its name the document itself wrote:

- a name written with its acronym in brackets ("Democratic Union of Teachers (PDSZ)") is the
  name without the brackets, the acronym an alias;
- a speaker written as an acronym ("the PDSZ", "the MST") takes as alias the long form the
  document gives it in brackets anywhere, or, failing that, an earlier capitalised name whose
  initials spell it ("Royal Oman Police" -> "ROP", three letters or more);
- a name ending in an acronym ("the Lima transport authority ATU") takes the acronym as alias.
"""

from __future__ import annotations

import dataclasses
import re

from ..records import Actor, inferred

__all__ = ["AcronymIndex", "acronym_aliases"]


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,7}")
# lowercase words a name may hold between its capitalised words ("Union of Teachers", "Ministry of
# the Interior", "Congrès pour la République")
_JOINERS = frozenset(
    {"of", "for", "the", "and", "on", "de", "du", "des", "la", "le", "les", "pour", "el", "al"}
    # "Association for Justice and Liberty in Chad (AJLT)", "Unión de Trabajadores y Campesinos"
    | {"in", "et", "y", "en", "au", "del", "da", "do", "di"}
)
_DEFINED = re.compile(r"\(\s*([A-Z][A-Za-z0-9&-]{1,9})\s*\)")
_WORD = re.compile(r"[\w][\w'’.&-]*")
# a name in brackets: "(PDSZ" left by a cut at the closing bracket, or "(PDSZ)"
_BRACKETED = re.compile(r"^(.*?\S)\s*\(\s*([A-Z][A-Za-z0-9&-]{1,9})\s*\)?\s*$")


def _is_acronym(word: str) -> bool:
    return bool(_ACRONYM.fullmatch(word)) and sum(c.isalpha() for c in word) >= 2


def _long_form_before(text: str, end: int) -> str | None:
    """The capitalised name that ends at ``end`` (just before an opening bracket), or None."""
    words = list(_WORD.finditer(text[max(0, end - 160) : end]))
    kept: list[str] = []
    for m in reversed(words):
        w = m.group(0)
        if w[0].isupper() or (w.lower() in _JOINERS and kept):
            kept.append(w)
            continue
        break
    while kept and not kept[-1][0].isupper():
        kept.pop()  # "the", "of" before the first capitalised word
    capitals = [w for w in kept if w[0].isupper()]
    if len(capitals) < 2 or all(_is_acronym(w) for w in capitals):
        return None
    return " ".join(reversed(kept))


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


@dataclasses.dataclass(slots=True)
class AcronymIndex:
    """The long forms one document gives its acronyms, built once per document."""

    text: str
    defined: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    _capitalised: list[tuple[int, str]] | None = None

    @classmethod
    def of(cls, text: str) -> AcronymIndex:
        defined: dict[str, list[str]] = {}
        for m in _DEFINED.finditer(text):
            acronym = m.group(1)
            if not _is_acronym(acronym):
                continue
            long = _long_form_before(text, m.start())
            if long is not None and long not in defined.setdefault(acronym, []):
                defined[acronym].append(long)
        return cls(text=text, defined={k: tuple(v) for k, v in defined.items()})

    def spelled_before(self, acronym: str, at: int) -> str | None:
        """An earlier capitalised name of three words or more whose initials spell ``acronym``."""
        if len(acronym) < 3 or not acronym.isalpha():
            return None
        if self._capitalised is None:
            found: list[tuple[int, str]] = []
            for m in re.finditer(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|the|and)\s+)*[A-Z][\w'’-]*)+", self.text):
                found.append((m.start(), m.group(0)))
            self._capitalised = found
        for start, name in reversed(self._capitalised):
            if start >= at:
                continue
            words = name.split()
            # the name may start after a capitalised word that is not part of it ("On Monday Royal …")
            for i in range(len(words)):
                tail = " ".join(words[i:])
                if _initials(tail) == acronym and words[i][0].isupper():
                    return tail
        return None


def acronym_aliases(actor: Actor, index: AcronymIndex) -> Actor:
    """``actor`` with the other form of its name the document writes: the acronym of a long name
    written with it, or the long form of an acronym."""
    name = actor.name or ""
    aliases = list(actor.aliases)
    m = _BRACKETED.match(name)
    if m is not None and _is_acronym(m.group(2)):
        name = m.group(1)
        aliases.append(m.group(2))
    else:
        # the name as written with its acronym ("The National Human Rights Institute (INDH)", named
        # without the brackets), or a long form the document gives an acronym elsewhere: the acronym
        # is the body's other name, whatever letters it takes (a foreign-language one: "INDH")
        # (not a party and state after a politician: "Mike Pence (R-IN)"; not the acronym of a place
        # at the end of a longer name: "the UN mission in the Democratic Republic of Congo (DRC)")
        written = _BRACKETED.match((actor.text or "").strip())
        if written is not None:
            acronym = written.group(2)
            if _is_acronym(acronym) and "-" not in acronym and written.group(1).endswith(name):
                aliases.append(acronym)
        elif len(name.split()) > 1:
            aliases.extend(
                a
                for a, longs in index.defined.items()
                if "-" not in a and any(lf.endswith(name) for lf in longs)
            )
    words = name.split()
    acronyms = [a for a in (name, *actor.aliases) if _is_acronym(a)]
    if len(words) > 1 and _is_acronym(words[-1]) and not all(_is_acronym(w) for w in words):
        acronyms.append(words[-1])  # "Lima transport authority ATU"
        aliases.append(words[-1])
    for acronym in acronyms:
        longs = index.defined.get(acronym, ())
        if not longs and acronym == name:
            spelled = index.spelled_before(acronym, actor.start_char or len(index.text))
            longs = (spelled,) if spelled is not None else ()
        aliases.extend(longs)
    seen = {name}
    kept: list[str] = []
    for a in aliases:
        if a not in seen:
            seen.add(a)
            kept.append(a)
    if name == actor.name and tuple(kept) == actor.aliases:
        return actor
    return inferred(
        dataclasses.replace(actor, name=name, aliases=tuple(kept)), actor, "speaker_acronyms.acronym"
    )
