"""The parties of a denied act: who a denial says did not do it, and to whom.

A denial is a negated record of the act it answers (docs/gold-format.md: "a denial of a reported event
is a record of its own, of the report's type and doers, with the denier as source"). When the denial
stands apart from the report (coreference did not join them: the report was told paragraphs above),
its clause often writes no party of its own ("denied that anyone had been killed by police fire", "no
journalist had been detained"): the parser then leaves the record the unnamed agents an act implies
(``text`` None) and no victim, or a default one. Two mechanisms give it the parties the text does name:

* the denier is the doer when it is itself a force that does such acts ("The security service denied
  that any journalist had been detained", "The militia said no civilians had been harmed"): a force
  denies its own act, and the unnamed agents of an agentless passive are its agents;
* the dead are those of the killing it denies: the latest killing told above as done (asserted or
  reported) that writes its victims ("X was shot dead by police ... the police denied that anyone
  had been killed by police fire": X).

Only parties that were implied (no offsets) are replaced; a party the denial's own clause writes stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..records import Actor, inferred, replace

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .coref_draft import Draft

__all__ = ["denied_parties"]

# acts a force does to people, whose denial names the force and the people
_HARM_TYPES = frozenset({"arrest", "repression", "torture", "killing", "attack", "execution"})
# deniers that are themselves the doers of such acts: police, army, intelligence, militias
_DOER_KINDS = frozenset({"security_forces", "armed_group"})
# the courts and prisons hold, try and punish: a judiciary denier is the doer of these only
_JUDICIAL_TYPES = frozenset({"arrest", "torture", "execution"})
_HURT_ROLES = ("victim", "target")


def _written(a: Actor) -> bool:
    return a.start_char is not None


def _person(doc: Doc, a: Actor) -> bool:
    """The actor is written as a person ("Its spokesman, X"): a person speaks for a body, does not
    stand for it."""
    if a.start_char is None or a.end_char is None:
        return False
    span = doc.char_span(a.start_char, a.end_char, alignment_mode="expand")
    return span is not None and any(t.ent_type_ == "PERSON" for t in span)


def _denier_doer(doc: Doc, d: Draft) -> Draft:
    """The denier that is a force of the kind that does the act is its doer, in place of the unnamed
    agents the act implied (their generic words stay as aliases)."""
    who = d.source
    if who is None or d.type not in _HARM_TYPES or _person(doc, who):
        return d
    if who.kind not in _DOER_KINDS and not (who.kind == "judiciary" and d.type in _JUDICIAL_TYPES):
        return d
    if any(a.role in _HURT_ROLES and a.name == who.name for a in d.actors):
        return d  # "the army said no soldier was killed": the denier is the side hurt
    doers = [a for a in d.actors if a.role == "perpetrator"]
    if any(_written(a) for a in doers):
        return d  # the denial names its doer ("denied that its officers had beaten journalists")
    extra = tuple(x for a in doers for x in (a.name, *a.aliases) if x != who.name and x not in who.aliases)
    doer = who.replace(
        role="perpetrator", text=None, start_char=None, end_char=None, aliases=(*who.aliases, *extra)
    )
    doer = inferred(doer, who, "actor_denials.doer")
    rest = tuple(a for a in d.actors if a.role != "perpetrator")
    return replace(d, actors=(*rest, doer))


def _victims_denied(d: Draft, before: Sequence[Draft]) -> Draft:
    """A denial of a killing that writes no victim denies the death of the victims of the latest
    killing told above as done. Not an arrest's ("Nobody was detained, they said" after a new
    gathering): a denial of arrests answers a gathering as often as an arrest told before."""
    if d.type != "killing" or any(a.role == "victim" and _written(a) for a in d.actors):
        return d
    for r in reversed(before):
        if r.type != d.type or r.status not in ("asserted", "attributed"):
            continue
        hurt = tuple(a for a in r.actors if a.role == "victim" and _written(a))
        if not hurt:
            continue
        rest = tuple(a for a in d.actors if a.role != "victim")
        return replace(d, actors=(*rest, *hurt))
    return d


def denied_parties(doc: Doc, records: Sequence[Draft]) -> list[Draft]:
    """Each negated record of a harm (in text order) with the parties of the act it denies."""
    out = list(records)
    for k, d in enumerate(records):
        if d.status != "negated":
            continue
        out[k] = _victims_denied(_denier_doer(doc, d), records[:k])
    return out
