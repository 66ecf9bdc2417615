"""Score results against gold articles: events, attributes, claims and hard negatives.

Matching: a predicted event matches a gold event of the same type when its
trigger overlaps the gold anchor; failing that, when one of its coreferent
``mentions`` does; as a last fallback, when its evidence sentence contains the
anchor (each pass over all events before the next). Each gold and each
predicted event is used at most once. Attribute accuracies are computed over
matched pairs where the gold gives the attribute.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..records import Actor, Claim, Event, Result, Span
from .gold import anchored, find_anchor

if TYPE_CHECKING:
    from .gold import GoldArticle

__all__ = ["GoldReport", "Ratio", "names_match", "score_corpus"]


@dataclass(slots=True)
class Ratio:
    hits: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hits += int(ok)
        self.total += 1

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None


@dataclass(slots=True)
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


ATTRIBUTES = (
    "type",
    "status",
    "scope",
    "time",
    "time_overlap",
    "country",
    "place",
    "magnitude",
    "qualifier",
    "source",
    "actor",
)


@dataclass(slots=True)
class GoldReport:
    corpus: str
    documents: int = 0
    failed: int = 0
    events: PRF = field(default_factory=PRF)
    by_type: dict[str, PRF] = field(default_factory=dict)
    attributes: dict[str, Ratio] = field(default_factory=lambda: {a: Ratio() for a in ATTRIBUTES})
    claims: Ratio = field(default_factory=Ratio)  # recall
    claim_precision: Ratio = field(default_factory=Ratio)
    speakers: Ratio = field(default_factory=Ratio)
    claim_figures: Ratio = field(default_factory=Ratio)
    negatives_violated: int = 0
    asserted_violations: int = 0  # gold predicted/negated/hypothetical events stored as asserted
    attributed_as_asserted: int = 0  # gold attributed events stored as asserted (the source is lost)
    not_asserted: Ratio = field(default_factory=Ratio)  # of those matched, the share kept off "asserted"
    # gold actors matched on name, written text or dictionary alias alone (no inferred name)
    actors_named: Ratio = field(default_factory=Ratio)
    # inferred names on matched records' actors that match a gold actor of the event in that role
    inferred_names: Ratio = field(default_factory=Ratio)
    inferred_by_step: dict[str, Ratio] = field(default_factory=dict)  # the same, per step that inferred them
    # gold actors matched only through an inferred name, per step whose name supplied the match (a gold
    # actor two steps supply counts for each): what each step adds to actor accuracy
    inferred_only_by_step: dict[str, int] = field(default_factory=dict)
    misses: dict[str, list[str]] = field(default_factory=dict)

    def metrics(self) -> dict[str, float]:
        """Flat metric name → value (the keys of the CI floors)."""
        out: dict[str, float] = {
            "event_precision": self.events.precision,
            "event_recall": self.events.recall,
            "event_f1": self.events.f1,
        }
        for name, ratio in self.attributes.items():
            if ratio.value is not None:
                out[f"{name}_accuracy"] = ratio.value
        for name, ratio in (
            ("unasserted_kept", self.not_asserted),
            ("claim_recall", self.claims),
            ("claim_precision", self.claim_precision),
            ("speaker_accuracy", self.speakers),
            ("claim_figure_recall", self.claim_figures),
            ("actor_named_accuracy", self.actors_named),
            ("inferred_name_precision", self.inferred_names),
        ):
            if ratio.value is not None:
                out[name] = ratio.value
        return {k: round(v, 4) for k, v in out.items()}

    def to_dict(self) -> dict[str, Any]:
        return {
            "corpus": self.corpus,
            "documents": self.documents,
            "failed": self.failed,
            "metrics": self.metrics(),
            "by_type": {
                t: {
                    "precision": round(p.precision, 4),
                    "recall": round(p.recall, 4),
                    "f1": round(p.f1, 4),
                    "tp": p.tp,
                    "fp": p.fp,
                    "fn": p.fn,
                }
                for t, p in sorted(self.by_type.items())
            },
            "counts": {
                "gold_events": self.events.tp + self.events.fn,
                "predicted_events": self.events.tp + self.events.fp,
                "gold_claims": self.claims.total,
                "gold_actors": self.attributes["actor"].total,
                "actor_hits": self.attributes["actor"].hits,
                "actor_named_hits": self.actors_named.hits,
                "inferred_names": self.inferred_names.total,
                "inferred_names_right": self.inferred_names.hits,
            },
            "negatives_violated": self.negatives_violated,
            "asserted_violations": self.asserted_violations,
            "attributed_as_asserted": self.attributed_as_asserted,
            "inferred_by_step": {s: [r.hits, r.total] for s, r in sorted(self.inferred_by_step.items())},
            "inferred_only_by_step": dict(sorted(self.inferred_only_by_step.items())),
            "misses": self.misses,
        }


_NAME_NOISE = re.compile(r"^(the|a|an)\s+|[^\w\s]", re.IGNORECASE)


# British and American spellings of the same name ("Workers' Centre", "Defense Ministry")
_SPELLING = re.compile(r"\b(cent|theat)re\b|\b(defen|offen)ce\b|\b(organi)sation|\b(labo|hono)ur")


def _spelling(m: re.Match[str]) -> str:
    if m.group(1) or m.group(2):
        return f"{m.group(1)}er" if m.group(1) else f"{m.group(2)}se"
    if m.group(3):
        return f"{m.group(3)}zation"
    return f"{m.group(4)}r"


# A possessive or plural word is the same name ("FEP's secretary general" = "FEP secretary general",
# "the students' union" = "the student union" = "the students union")
_POSSESSIVE = re.compile(r"(\w)['\u2019]s?(?!\w)")
_PLURAL_WORD = re.compile(r"\b(\w{3,}?)s\b")


def _norm(name: str, *, plural: bool = True) -> str:
    name = _POSSESSIVE.sub(r"\1", name.strip().lower())
    name = _NAME_NOISE.sub("", name)
    if plural:
        name = _PLURAL_WORD.sub(r"\1", name)
    name = _SPELLING.sub(_spelling, name)
    name = re.sub(r"\s+", " ", name).strip()
    return name[:-1] if plural and name.endswith("s") and len(name) > 3 else name


def names_match(gold: str, *candidates: str | None) -> bool:
    """A gold name matches a predicted actor by canonical name, written text or alias (loosely)."""
    g = _norm(gold)
    # the length test is on the name as written: "Fars" is long enough to be found in
    # "Fars News Agency" although its plural-stripped form "far" is not
    long = len(_norm(gold, plural=False)) > 3
    return any(c and (_norm(c) == g or (long and (g in _norm(c) or _norm(c) in g))) for c in candidates)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _spans(e: Event) -> list[Span]:
    return [e.trigger, *e.mentions]


def _match(
    gold: list[tuple[dict[str, Any], tuple[int, int]]], pred: list[Event], *, typed: bool
) -> list[tuple[int, int]]:
    """Pair gold and predicted events, each used at most once, in three passes.

    A record is first paired through its own trigger, then through one of its coreferent
    mentions, then through its evidence sentence: a record's trigger names the event it
    stands for, so no gold event takes a record through a folded-in mention while another
    gold event's anchor is that record's trigger.
    """
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()

    def by_trigger(p: Event, anchor: tuple[int, int]) -> bool:
        return _overlaps((p.trigger.start, p.trigger.end), anchor)

    def by_mention(p: Event, anchor: tuple[int, int]) -> bool:
        return any(_overlaps((s.start, s.end), anchor) for s in p.mentions)

    def by_sentence(p: Event, anchor: tuple[int, int]) -> bool:
        return p.evidence.start <= anchor[0] and anchor[1] <= p.evidence.end

    for test in (by_trigger, by_mention, by_sentence):
        for gi, (g, anchor) in enumerate(gold):
            if gi in used_g:
                continue
            for pi, p in enumerate(pred):
                if pi in used_p or (typed and p.type != g["type"]):
                    continue
                if test(p, anchor):
                    pairs.append((gi, pi))
                    used_g.add(gi)
                    used_p.add(pi)
                    break
    return pairs


def _names(a: Actor, *, inferred: bool = True) -> tuple[str | None, ...]:
    """An actor's names the scorer matches: its name, written text and dictionary aliases, and
    (unless ``inferred`` is False) the names steps inferred from the story."""
    if not inferred:
        return (a.name, a.text, *a.aliases)
    return (a.name, a.text, *a.aliases, *(x.name for x in a.inferred_names))


def _actor_names(e: Event, role: str | None = None, *, inferred: bool = True) -> list[tuple[str | None, ...]]:
    return [_names(a, inferred=inferred) for a in e.actors if role is None or a.role == role]


def _score_inferred(report: GoldReport, golds: list[dict[str, Any]], p: Event) -> None:
    """Each inferred name of a matched record's actors: right when it matches a gold actor of the
    event in the actor's role (a gold actor without a role takes any)."""
    for a in p.actors:
        for x in a.inferred_names:
            ok = any(
                names_match(ga["name"], x.name)
                for ga in golds
                if ga.get("role") is None or ga.get("role") == a.role
            )
            report.inferred_names.add(ok)
            report.inferred_by_step.setdefault(x.step, Ratio()).add(ok)


def _count_inferred_only(report: GoldReport, ga: dict[str, Any], p: Event) -> None:
    """A gold actor matched only through inferred names: the steps whose names match it."""
    steps = {
        x.step
        for a in p.actors
        if ga.get("role") is None or a.role == ga.get("role")
        for x in a.inferred_names
        if names_match(ga["name"], x.name)
    }
    for step in steps:
        report.inferred_only_by_step[step] = report.inferred_only_by_step.get(step, 0) + 1


def _score_attributes(report: GoldReport, g: dict[str, Any], p: Event) -> list[str]:
    attrs = report.attributes
    wrong = []

    def check(name: str, ok: bool) -> None:
        attrs[name].add(ok)
        if not ok:
            wrong.append(name)

    check("status", p.status == g.get("status", "asserted"))
    check("scope", p.scope == g.get("scope", "single"))
    gt = g.get("time")
    if gt:
        check("time", p.time is not None and p.time.start == gt.get("start") and p.time.end == gt.get("end"))
        # Partial credit: the predicted interval meets the gold one (a right day
        # inside a gold wave "from 21 October to 31 December" counts here).
        check(
            "time_overlap",
            p.time is not None
            and bool(p.time.start and p.time.end and gt.get("start") and gt.get("end"))
            and str(p.time.start) <= str(gt["end"])
            and str(p.time.end) >= str(gt["start"]),
        )
    if g.get("country"):
        check("country", p.country == g["country"])
    if g.get("places"):
        check("place", any(names_match(g["places"][0], pl.text, pl.name) for pl in p.places[:2]))
    for gm in g.get("magnitudes", []):
        hit = [m for m in p.magnitudes if m.kind == gm.get("kind") and m.value == gm.get("value")]
        check("magnitude", bool(hit))
        if hit and gm.get("qualifier"):
            check("qualifier", hit[0].qualifier == gm["qualifier"])
    if g.get("source"):
        s = p.source
        check("source", s is not None and names_match(g["source"], *_names(s)))
    for ga in g.get("actors", []):
        ok = any(names_match(ga["name"], *names) for names in _actor_names(p, ga.get("role")))
        check("actor", ok)
        named = any(
            names_match(ga["name"], *names) for names in _actor_names(p, ga.get("role"), inferred=False)
        )
        report.actors_named.add(named)
        if ok and not named:
            _count_inferred_only(report, ga, p)
    if g.get("actors"):
        _score_inferred(report, g["actors"], p)
    return wrong


def _claim_matches(text: str, g: dict[str, Any], c: Claim, *, content_only: bool) -> bool:
    try:
        anchor = find_anchor(text, g["anchor"], g.get("occurrence", 1))
    except Exception:
        return False
    if _overlaps((c.content.start, c.content.end), anchor):
        return True
    return not content_only and (
        _overlaps((c.evidence.start, c.evidence.end), anchor) and c.content.start <= anchor[0]
    )


def _pair_claims(text: str, golds: list[dict[str, Any]], claims: tuple[Claim, ...]) -> list[int | None]:
    """Pair each gold claim with at most one predicted claim, content first.

    A gold claim is paired first with a claim whose own content overlaps its anchor, over all gold
    claims, and only then through the evidence sentence: so a claim whose content is one gold
    claim's words is not taken by an earlier gold claim of the same sentence.
    """
    found: list[int | None] = [None] * len(golds)
    used: set[int] = set()
    for content_only in (True, False):
        for k, g in enumerate(golds):
            if found[k] is not None:
                continue
            for i, c in enumerate(claims):
                if i not in used and _claim_matches(text, g, c, content_only=content_only):
                    found[k] = i
                    used.add(i)
                    break
    return found


def _score_claims(report: GoldReport, article: GoldArticle, result: Result, misses: list[str]) -> None:
    golds = list(article.annotation.get("claims", []))
    pairs = _pair_claims(article.text, golds, result.claims)
    for g, found in zip(golds, pairs, strict=True):
        report.claims.add(found is not None)
        if found is None:
            misses.append(f"missed claim: {g.get('speaker')} {g.get('cue')!r} …{g.get('anchor')!r}")
            continue
        c = result.claims[found]
        sp = c.speaker
        ok = names_match(g.get("speaker", ""), *_names(sp))
        report.speakers.add(ok)
        if not ok:
            misses.append(f"wrong speaker: {sp.name!r} for {g.get('speaker')!r} ({g.get('anchor')!r})")
        for gf in g.get("figures", []):
            report.claim_figures.add(any(m.value == gf.get("value") for m in c.magnitudes))
    used = {i for i in pairs if i is not None}
    for i in range(len(result.claims)):
        report.claim_precision.add(i in used)


def score_article(report: GoldReport, article: GoldArticle, result: Result | None) -> None:
    report.documents += 1
    misses: list[str] = []
    gold_events = article.annotation.get("events", [])
    if result is None:
        report.failed += 1
        report.events.fn += len(gold_events)
        report.claims.total += len(article.annotation.get("claims", []))
        report.misses[article.name] = ["document failed"]
        return
    text = article.text
    gold = anchored(text, gold_events)
    pred = list(result.events)
    pairs = _match(gold, pred, typed=True)
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    report.events.tp += len(pairs)
    report.events.fp += len(pred) - len(pairs)
    report.events.fn += len(gold) - len(pairs)
    for t in {g["type"] for g, _ in gold} | {p.type for p in pred}:
        prf = report.by_type.setdefault(t, PRF())
        tp = sum(1 for gi, _ in pairs if gold[gi][0]["type"] == t)
        prf.tp += tp
        prf.fn += sum(1 for g, _ in gold if g["type"] == t) - tp
        prf.fp += sum(1 for p in pred if p.type == t) - tp
    # type accuracy: untyped matching, then compare types
    for gi, pi in _match(gold, pred, typed=False):
        report.attributes["type"].add(pred[pi].type == gold[gi][0]["type"])
    for gi, pi in pairs:
        g, p = gold[gi][0], pred[pi]
        wrong = _score_attributes(report, g, p)
        if g.get("status", "asserted") != "asserted":
            report.not_asserted.add(p.status != "asserted")
            if p.status == "asserted" and g.get("status") == "attributed":
                report.attributed_as_asserted += 1
            elif p.status == "asserted":
                report.asserted_violations += 1
        if wrong:
            misses.append(f"{p.id} {p.type} {g['anchor']!r}: wrong {', '.join(wrong)}")
    for gi, (g, _a) in enumerate(gold):
        if gi not in matched_g:
            misses.append(f"missed {g['type']} {g['anchor']!r} ({g.get('status', 'asserted')})")
    for pi, p in enumerate(pred):
        if pi not in matched_p:
            misses.append(f"extra {p.type} {p.trigger.text!r} at {p.trigger.start} ({p.status})")
    for phrase in article.annotation.get("negatives", []):
        try:
            span = find_anchor(text, phrase)
        except Exception:
            continue
        for p in pred:
            if any(_overlaps((s.start, s.end), span) for s in _spans(p)):
                report.negatives_violated += 1
                misses.append(f"hard negative became {p.type}: {phrase!r}")
    _score_claims(report, article, result, misses)
    if misses:
        report.misses[article.name] = misses


def score_corpus(items: list[tuple[GoldArticle, Result | None]], *, corpus: str) -> GoldReport:
    report = GoldReport(corpus=corpus)
    for article, result in sorted(items, key=lambda x: x[0].name):
        score_article(report, article, result)
    return report
