"""Claims: who says what, on realistic wire sentences (written by us), with exact offsets."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.claims import find_claims
from eventwire.extract.mentions import Mentions
from eventwire.ingest.document import make_document
from eventwire.records import Actor, Claim, Magnitude, Time

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def claims_of(
    nlp: Language,
    text: str,
    *,
    magnitudes: tuple[Magnitude, ...] = (),
    times: tuple[Time, ...] = (),
    actors: tuple[Actor, ...] = (),
) -> list[Claim]:
    doc = nlp(text)
    mentions = Mentions(
        document=make_document(text, normalize=False),
        doc=doc,
        published=None,
        times=times,
        actors=actors,
        magnitudes=magnitudes,
    )
    claims = find_claims(mentions)
    for c in claims:  # offsets always index the text exactly
        assert text[c.cue.start : c.cue.end] == c.cue.text
        assert text[c.content.start : c.content.end] == c.content.text
        assert text[c.evidence.start : c.evidence.end] == c.evidence.text
        assert c.evidence.start <= min(c.cue.start, c.content.start)
        assert c.evidence.end >= max(c.cue.end, c.content.end)
        for a in (c.speaker, *c.chain):
            assert a.start_char is not None and a.end_char is not None
            assert text[a.start_char : a.end_char] == a.text
        assert c.speaker.role == "speaker"
    assert [c.id for c in claims] == [f"cl{i}" for i in range(1, len(claims) + 1)]
    return claims


def claim_with_cue(nlp: Language, text: str, cue: str) -> Claim:
    """The first claim whose cue is ``cue`` (the test fails, listing the claims found, if none is)."""
    found = [c for c in claims_of(nlp, text) if c.cue.text == cue]
    assert found, [(c.cue.text, c.speaker.text, c.content.text) for c in claims_of(nlp, text)]
    return found[0]


def magnitude(text: str, phrase: str, value: int, kind: str = "fatalities") -> Magnitude:
    start = text.index(phrase)
    return Magnitude(kind, value, None, None, "exact", phrase, start, start + len(phrase))  # type: ignore[arg-type]


FORMS = [
    # text, speaker, cue, content, quote
    (
        "At least 41 people were killed in Zahedan on Friday, according to Amnesty International.",
        "Amnesty International",
        "according to",
        "At least 41 people were killed in Zahedan on Friday",
        False,
    ),
    (
        "According to the Kurdistan Human Rights Network, border guards shot dead three porters near Baneh.",
        "the Kurdistan Human Rights Network",
        "According to",
        "border guards shot dead three porters near Baneh",
        False,
    ),
    (
        "Police said that 12 protesters were detained in the city centre.",
        "Police",
        "said",
        "12 protesters were detained in the city centre",
        False,
    ),
    (
        "A hospital official told reporters that 30 wounded people had been brought in overnight.",
        "A hospital official",
        "told",
        "30 wounded people had been brought in overnight",
        False,
    ),
    (
        "The state news agency IRNA reported that calm had returned to the city.",
        "The state news agency IRNA",
        "reported",
        "calm had returned to the city",
        False,
    ),
    (
        "The government claimed that foreign agents had organised the unrest.",
        "The government",
        "claimed",
        "foreign agents had organised the unrest",
        False,
    ),
    (
        "The rights group estimated that 1,500 people had been arrested since September.",
        "The rights group",
        "estimated",
        "1,500 people had been arrested since September",
        False,
    ),
    (
        "The provincial governor confirmed the deaths of four police officers.",
        "The provincial governor",
        "confirmed",
        "the deaths of four police officers",
        False,
    ),
    (
        "The United Nations envoy warned that the crackdown could spread to other provinces.",
        "The United Nations envoy",
        "warned",
        "the crackdown could spread to other provinces",
        False,
    ),
    (
        "The interior ministry denied that security forces had used live ammunition.",
        "The interior ministry",
        "denied",
        "security forces had used live ammunition",
        False,
    ),
    (
        "Hengaw identified the victim as a 19-year-old student from Mahabad.",
        "Hengaw",
        "identified",
        "the victim as a 19-year-old student from Mahabad",
        False,
    ),
    (
        "The count by an independent consultancy put the Paris march at 57,000.",
        "an independent consultancy",
        "put the Paris march at",
        "57,000",
        False,
    ),
    (
        "Lecture halls were almost empty on Monday, according to photos shared by the student union.",
        "the student union",
        "according to",
        "Lecture halls were almost empty on Monday",
        False,
    ),
    (
        'The United Nations envoy urged the authorities to "exercise maximum restraint".',
        "The United Nations envoy",
        "urged",
        "exercise maximum restraint",
        True,
    ),
    (
        "Rights lawyers accused the police of heavy-handed tactics.",
        "Rights lawyers",
        "accused",
        "the police of heavy-handed tactics",
        False,
    ),
    (
        "The coroner's office put the toll at 304.",
        "The coroner's office",
        "put the toll at",
        "304",
        False,
    ),
    (
        "The judiciary announced that three men had been sentenced to death.",
        "The judiciary",
        "announced",
        "three men had been sentenced to death",
        False,
    ),
    (
        "Activists alleged that detainees had been beaten in custody.",
        "Activists",
        "alleged",
        "detainees had been beaten in custody",
        False,
    ),
    (
        "The spokesman insisted that no one had been killed.",
        "The spokesman",
        "insisted",
        "no one had been killed",
        False,
    ),
    (
        "Amnesty International's figures show that 82 people were killed in the city.",
        "Amnesty International",
        "figures show",
        "82 people were killed in the city",
        False,
    ),
    (
        'As one shopkeeper put it, "the bazaar is dead."',
        "one shopkeeper",
        "put it",
        "the bazaar is dead.",
        True,
    ),
    (
        "The lawmaker was quoted as saying that 230 people had died.",
        "The lawmaker",
        "was quoted as saying",
        "230 people had died",
        False,
    ),
    (
        '"We will not stop until our demands are met," said Ali Rezaei, a teachers\' union leader.',
        "Ali Rezaei, a teachers' union leader",
        "said",
        "We will not stop until our demands are met",
        True,
    ),
    (
        "The union's spokeswoman told the Tehran Times: “The strike will continue next week.”",
        "The union's spokeswoman",
        "told",
        "The strike will continue next week.",
        True,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "cue", "content", "quote"), FORMS)
def test_attribution_forms(
    nlp: Language, text: str, speaker: str, cue: str, content: str, quote: bool
) -> None:
    claims = claims_of(nlp, text)
    assert len(claims) == 1, [c.to_dict() for c in claims]
    (c,) = claims
    assert c.speaker.text == speaker
    assert c.cue.text == cue
    assert c.content.text == content
    assert c.quote is quote
    assert c.evidence.text == text


def test_parenthetical_frames(nlp: Language) -> None:
    text = (
        "Troops burned more than 300 houses over the weekend, killing at least seven villagers, "
        "residents told Mizzima. The crackdown, one activist said, would only harden the resistance."
    )
    first, second = claims_of(nlp, text)
    assert (first.speaker.text, first.cue.text) == ("residents", "told")
    assert first.content.text == (
        "Troops burned more than 300 houses over the weekend, killing at least seven villagers"
    )
    assert (second.speaker.text, second.cue.text) == ("one activist", "said")
    assert second.content.text == "The crackdown, one activist said, would only harden the resistance"


def test_passive_with_a_relaying_agent(nlp: Language) -> None:
    text = "The minister was quoted by IRNA as saying that 230 people had died."
    (c,) = claims_of(nlp, text)
    assert c.speaker.text == "The minister"
    assert [a.text for a in c.chain] == ["IRNA"]
    assert c.cue.text == "was quoted by IRNA as saying"
    assert c.content.text == "230 people had died"


def test_quoted_as_saying_puts_the_relay_in_the_chain(nlp: Language) -> None:
    text = "IRNA quoted the provincial governor as saying that 12 people had died in the clashes."
    (c,) = claims_of(nlp, text)
    assert c.speaker.text == "the provincial governor"
    assert [a.text for a in c.chain] == ["IRNA"]
    assert c.cue.text == "quoted the provincial governor as saying"
    assert c.content.text == "12 people had died in the clashes"


def test_semicolon_separates_two_speakers(nlp: Language) -> None:
    text = (
        "The main farmers' union said that more than 100 blockades were in place on Tuesday; "
        "the interior ministry counted about 10,000 farmers taking part in 105 actions."
    )
    first, second = claims_of(nlp, text)
    assert (first.speaker.text, first.content.text) == (
        "The main farmers' union",
        "more than 100 blockades were in place on Tuesday",
    )
    assert (second.speaker.text, second.cue.text) == ("the interior ministry", "counted")
    assert second.content.text == "about 10,000 farmers taking part in 105 actions"
    assert second.chain == ()


def test_citing_keeps_the_outer_speaker(nlp: Language) -> None:
    # docs/gold-format.md S3: the cited party has no verb of saying of its own
    text = "State television, citing the provincial police, said that 12 rioters were arrested."
    (c,) = claims_of(nlp, text)
    assert c.speaker.text == "State television"
    assert [a.text for a in c.chain] == ["the provincial police"]
    assert c.content.text == "12 rioters were arrested"


def test_quoting_puts_the_quoted_speaker_first(nlp: Language) -> None:
    text = "State television, quoting the provincial police, said that 12 rioters were arrested."
    (c,) = claims_of(nlp, text)
    assert c.speaker.text == "the provincial police"
    assert [a.text for a in c.chain] == ["State television"]


def test_added_continues_the_speaker(nlp: Language) -> None:
    text = (
        "Hengaw, a Kurdish rights group, said 304 people were killed in the province. "
        "The group added that at least 1,000 were wounded."
    )
    first, second = claims_of(nlp, text)
    assert first.speaker.name == "Hengaw"
    assert second.speaker.text == "The group"
    assert second.speaker.name == "Hengaw"
    assert second.speaker.kind == "rights_group"
    assert second.cue.text == "added"


@pytest.mark.parametrize(
    "text",
    [
        "Two protesters were reported to have been shot dead in Javanrud.",
        "The governor is said to have resigned after the clashes.",
        "Security forces reportedly opened fire on mourners in Izeh.",
        "A video shared online shows riot police beating a woman.",
        'Protesters chanted "death to the dictator" outside the bazaar.',
        "The ministry will announce the results of the inquiry on Sunday.",
    ],
)
def test_unattributed_reports_are_not_claims(nlp: Language, text: str) -> None:
    assert claims_of(nlp, text) == []


def test_pronoun_and_role_carry_over(nlp: Language) -> None:
    text = (
        "Iran's Interior Ministry said 40 people were arrested in Tehran. "
        "Ali Karimi, a lawyer for several detainees, said his clients had been denied visits. "
        "He said they had not been charged. "
        "The ministry said order had been restored, and it added that shops would reopen on Saturday."
    )
    claims = claims_of(nlp, text)
    by_cue_text = [(c.speaker.text, c.speaker.name) for c in claims]
    assert by_cue_text[0] == ("Iran's Interior Ministry", "Iran's Interior Ministry")
    assert by_cue_text[1] == ("Ali Karimi, a lawyer for several detainees", "Ali Karimi")
    assert by_cue_text[2] == ("He", "Ali Karimi")
    assert by_cue_text[3] == ("The ministry", "Iran's Interior Ministry")
    assert by_cue_text[4] == ("it", "Iran's Interior Ministry")
    assert claims[2].speaker.start_char == text.index("He said")


def test_nested_attribution_keeps_the_chain(nlp: Language) -> None:
    text = "State TV reported that police said 230 people were killed in the clashes."
    (c,) = claims_of(nlp, text)
    assert c.speaker.text == "police"
    assert c.speaker.kind == "security_forces"
    assert [a.text for a in c.chain] == ["State TV"]
    assert c.content.text == "230 people were killed in the clashes"


def test_according_to_is_the_outer_speaker(nlp: Language) -> None:
    text = "Police said on Friday that 12 protesters were detained, according to state TV."
    (c,) = claims_of(nlp, text)
    assert c.speaker.text == "Police"
    assert [a.text for a in c.chain] == ["state TV"]
    assert c.content.text == "12 protesters were detained"


def test_multi_sentence_and_multi_paragraph_quotes(nlp: Language) -> None:
    text = (
        '"They came at night. They broke the door and took my son," said Maryam, a teacher in Zahedan. '
        '"Nobody tells us where he is. We have asked the prosecutor many times.\n\n'
        '"We will go to the court again on Sunday," she said.'
    )
    claims = claims_of(nlp, text)
    assert [c.content.text for c in claims] == [
        "They came at night. They broke the door and took my son",
        'Nobody tells us where he is. We have asked the prosecutor many times.\n\n"We will go to the court '
        "again on Sunday",
    ]
    assert all(c.quote for c in claims)
    assert claims[0].speaker.name == claims[1].speaker.name == "Maryam"


def test_quote_continued_in_next_sentence_is_one_claim(nlp: Language) -> None:
    text = (
        '"We will not go back to work," said Reza Ahmadi, a driver in Bandar Abbas. '
        '"The fuel price has doubled and our pay has not moved in two years."'
    )
    (claim,) = claims_of(nlp, text)
    assert claim.quote
    assert claim.speaker.name == "Reza Ahmadi"
    assert claim.content.text.startswith("We will not go back to work")
    assert claim.content.text.endswith("our pay has not moved in two years.")
    assert claim.evidence.end == len(text)


def test_split_and_short_continued_quotes(nlp: Language) -> None:
    text = (
        '"We were peaceful," said Omid, a student at Tehran University, "and they attacked us with batons." '
        "“They took everything,” the shopkeeper said. “Even the doors.”"
    )
    claims = claims_of(nlp, text)
    assert [(c.speaker.name, c.content.text, c.quote) for c in claims] == [
        (
            "Omid",
            'We were peaceful," said Omid, a student at Tehran University, '
            '"and they attacked us with batons.',
            True,
        ),
        ("shopkeeper", "They took everything,” the shopkeeper said. “Even the doors.", True),
    ]


def test_quote_going_on_after_another_sentence_or_paragraph_stays_apart(nlp: Language) -> None:
    text = (
        '"We were peaceful," said Omid, a student. He was arrested on Monday. "They beat us with batons."'
        '\n\n"Nobody came to help," Omid said.\n\n"We will march again on Friday."'
    )
    claims = claims_of(nlp, text)
    contents = [c.content.text for c in claims]
    assert "We were peaceful" in contents
    assert "We will march again on Friday." in contents


def test_according_to_inside_a_coordination(nlp: Language) -> None:
    text = (
        "Police cleared the square early on Wednesday, firing tear gas and, according to the opposition, "
        "live ammunition, ending a three-day march on the capital."
    )
    (c,) = claims_of(nlp, text)
    assert c.speaker.text == "the opposition"
    assert c.cue.text == "according to"
    assert c.content.text == "live ammunition"


def test_partial_quote(nlp: Language) -> None:
    text = 'The ministry said the protesters were "rioters and thugs" paid by foreign enemies.'
    (c,) = claims_of(nlp, text)
    assert c.content.text == 'the protesters were "rioters and thugs" paid by foreign enemies'
    assert c.quote is False


def test_contested_figures_four_speakers(nlp: Language) -> None:
    text = (
        "The death toll from the crackdown remained disputed on Monday. "
        "The government said 230 people were killed. "
        "Iran Human Rights said 304 people had died, while Amnesty International put the toll at 1,000. "
        "An opposition group claimed that 1,500 protesters were killed."
    )
    figures = tuple(
        magnitude(text, phrase, value)
        for phrase, value in [
            ("230 people", 230),
            ("304 people", 304),
            ("1,000", 1000),
            ("1,500 protesters", 1500),
        ]
    )
    claims = claims_of(nlp, text, magnitudes=figures)
    got = {c.speaker.name: [m.value for m in c.magnitudes] for c in claims}
    assert got == {
        "government": [230],
        "Iran Human Rights": [304],
        "Amnesty International": [1000],
        "opposition group": [1500],
    }


def test_headline_claim_merges_with_later_attribution(nlp: Language) -> None:
    text = (
        "Iran says 230 killed in protests\n\n"
        "A member of parliament said on Sunday that 230 people were killed in the unrest, "
        "the first official toll."
    )
    (c,) = claims_of(nlp, text)
    assert c.speaker.text == "A member of parliament"
    assert c.content.start > text.index("\n")


def test_headline_claim_stands_when_not_repeated(nlp: Language) -> None:
    text = "Iran says 230 killed in protests\n\nSecurity forces fired on crowds in several cities on Friday."
    (c,) = claims_of(nlp, text)
    assert (c.speaker.text, c.cue.text, c.content.text) == ("Iran", "says", "230 killed in protests")
    assert c.speaker.kind == "state"
    assert c.evidence.text == "Iran says 230 killed in protests"


def test_time_of_saying(nlp: Language) -> None:
    text = "Police said on Friday that 12 protesters were detained."
    start = text.index("Friday")
    friday = Time("Friday", start, start + 6, "2023-02-03", "2023-02-03", "2023-02-03", "day", "document")
    (c,) = claims_of(nlp, text, times=(friday,))
    assert c.time == friday


def test_speaker_takes_the_canonical_actor(nlp: Language) -> None:
    text = "The IRGC said its forces had arrested 14 members of a terrorist cell."
    start = text.index("IRGC")
    irgc = Actor(
        "IRGC",
        start,
        start + 4,
        "Islamic Revolutionary Guard Corps",
        ("IRGC",),
        "security_forces",
        None,
        "IR",
        identifier="Q271110",
    )
    (c,) = claims_of(nlp, text, actors=(irgc,))
    assert c.speaker.name == "Islamic Revolutionary Guard Corps"
    assert c.speaker.text == "The IRGC"
    assert c.speaker.kind == "security_forces"
    assert c.speaker.country == "IR"
    assert c.speaker.role == "speaker"


def test_claim_ids_follow_text_order(nlp: Language) -> None:
    text = (
        '"We are afraid," said a resident of Izeh. '
        "Local officials said the city was calm. "
        "According to witnesses, shops stayed closed."
    )
    claims = claims_of(nlp, text)
    assert [c.id for c in claims] == ["cl1", "cl2", "cl3"]
    assert [c.cue.start for c in claims] == sorted(c.cue.start for c in claims)


def test_empty_document(nlp: Language) -> None:
    assert claims_of(nlp, " ") == []


def test_pronoun_without_earlier_speaker_takes_the_last_named_person(nlp: Language) -> None:
    text = (
        "A 24-year-old graphic artist was abducted in Nairobi after posting cartoons of the president. "
        "He told reporters on Friday that he had been beaten for three days."
    )
    (c,) = claims_of(nlp, text)
    assert c.speaker.text == "He"
    assert c.speaker.name.endswith("graphic artist")
    assert c.content.text == "he had been beaten for three days"


def test_named_actor_in_an_appositive_beats_a_generic_head(nlp: Language) -> None:
    text = "The main farmers' union, the FNSEA, said that 100 blockades were in place."
    union = text.index("union")
    fnsea = text.index("FNSEA")
    actors = (
        Actor(
            "union",
            union,
            union + 5,
            "Labour unions",
            (),
            "labor",
            None,
            None,
            identifier="ew:generic-unions",
        ),
        Actor("FNSEA", fnsea, fnsea + 5, "FNSEA", (), "labor", None, "FR", identifier="Q3064130"),
    )
    (c,) = claims_of(nlp, text, actors=actors)
    assert c.speaker.text == "The main farmers' union, the FNSEA"
    assert c.speaker.name == "FNSEA"
    assert c.speaker.country == "FR"


def test_role_noun_refers_back_to_a_named_actor(nlp: Language) -> None:
    text = (
        "The Central Committee of Sudanese Doctors documented the injuries of 40 marchers. "
        "The committee said two people were killed by live fire."
    )
    start = text.index("Central Committee")
    end = start + len("Central Committee of Sudanese Doctors")
    doctors = Actor(
        text[start:end], start, end, "Central Committee of Sudanese Doctors", (), "labor", None, "SD", "Q1"
    )
    claims = claims_of(nlp, text, actors=(doctors,))
    said = next(c for c in claims if c.cue.text == "said")
    assert said.speaker.text == "The committee"
    assert said.speaker.name == "Central Committee of Sudanese Doctors"
    assert said.speaker.country == "SD"


def test_generic_names_drop_articles_and_possessives(nlp: Language) -> None:
    text = "The junta's information team said troops had come under attack near the villages."
    (c,) = claims_of(nlp, text)
    assert c.speaker.text == "The junta's information team"
    assert c.speaker.name == "junta information team"


def test_reported_seeing(nlp: Language) -> None:
    text = "Witnesses reported hearing heavy gunfire near the governor's office."
    (c,) = claims_of(nlp, text)
    assert (c.speaker.text, c.cue.text) == ("Witnesses", "reported")
    assert c.content.text == "hearing heavy gunfire near the governor's office"


@pytest.mark.parametrize("seed", range(6))
def test_documents_built_from_many_forms_keep_exact_offsets(nlp: Language, seed: int) -> None:
    """Any mix of the forms, as sentences or paragraphs, keeps offsets exact and ids in order."""
    import random

    rng = random.Random(seed)
    picked = rng.sample(FORMS, 6)
    joiners = [rng.choice([" ", "\n\n", "\n"]) for _ in picked]
    text = "".join(form[0] + joiner for form, joiner in zip(picked, joiners, strict=True)).strip()
    claims = claims_of(nlp, text)  # checks every offset, the ids and the evidence
    assert len(claims) >= 5
    starts = [min(c.cue.start, c.content.start, c.speaker.start_char or c.cue.start) for c in claims]
    assert starts == sorted(starts)


def test_generic_role_resolves_to_a_named_alias_and_self_reports_stay_with_the_speaker(nlp: Language) -> None:
    text = (
        "Georgia's public defender called for an inquiry into the raids. "
        "The ombudsman's office said it had documented injuries on at least 11 detainees."
    )
    named = Actor(
        "Georgia's public defender",
        0,
        25,
        "Public Defender of Georgia",
        ("Georgian Ombudsman",),
        "state",
        None,
        "GE",
        "ew:ge-public-defender",
    )
    start = text.index("ombudsman's office")
    generic = Actor(
        "ombudsman's office", start, start + 18, "Ombudsman", (), "state", None, None, "ew:generic-ombudsman"
    )
    claims = claims_of(nlp, text, actors=(named, generic))
    said = [c for c in claims if c.cue.text == "said"]
    assert len(said) == 1
    assert said[0].speaker.name == "Public Defender of Georgia"
    assert said[0].content.text == "it had documented injuries on at least 11 detainees"
    assert not any(c.cue.text == "had documented" for c in claims)


def test_two_frames_over_one_quotation_give_one_claim(nlp: Language) -> None:
    text = (
        '"Most of the dead were traders and people waiting for buses," the doctor said by telephone, '
        "asking not to be named for fear of reprisals."
    )
    (claim,) = claims_of(nlp, text)
    assert claim.cue.text == "said"
    assert claim.content.text == "Most of the dead were traders and people waiting for buses"


@pytest.mark.parametrize(
    "text",
    [
        'Thousands gathered at the barricades, which residents call "resistance points", on Friday.',
        'Protesters occupied the seafront in a camp they called "GotaGoGama" for months.',
    ],
)
def test_a_name_given_to_something_is_no_claim(nlp: Language, text: str) -> None:
    assert claims_of(nlp, text) == []


def test_naming_verbs_that_frame_statements_stay_claims(nlp: Language) -> None:
    (claim,) = claims_of(nlp, '"We will return," she called out to the crowd.')
    assert claim.content.text == "We will return"
    claims = claims_of(nlp, 'The president called the protesters "terrorists" and vowed to crush them.')
    assert [c.cue.text for c in claims] == ["called", "vowed"]


@pytest.mark.parametrize(
    "text",
    [
        "The government has not acknowledged ordering the internet restrictions.",
        "Police did not confirm that 12 people were killed.",
        "The ministry never commented on the reports.",
    ],
)
def test_a_negated_verb_of_saying_says_nothing(nlp: Language, text: str) -> None:
    assert claims_of(nlp, text) == []


def test_negation_inside_the_content_keeps_the_claim(nlp: Language) -> None:
    (claim,) = claims_of(nlp, "The ministry said it had not fired on protesters.")
    assert claim.content.text == "it had not fired on protesters"


def _day(text: str, word: str) -> Time:
    start = text.index(word)
    return Time(word, start, start + len(word), "2023-02-03", "2023-02-03", "2023-02-03", "day", "document")


@pytest.mark.parametrize(
    "text",
    [
        "In a statement issued on Monday, the ministry said 20 people were arrested.",
        "The ministry said in a statement on Monday that 20 people were arrested.",
        "Speaking at a news conference on Monday, the governor said 20 people were arrested.",
    ],
)
def test_time_of_saying_through_the_statement_or_the_occasion(nlp: Language, text: str) -> None:
    monday = _day(text, "Monday")
    (c,) = claims_of(nlp, text, times=(monday,))
    assert c.time == monday


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said 20 people were arrested on Monday.",
        "Police arrested 20 people on Monday, the ministry said.",
        "The group, founded on Monday, said 20 people were arrested.",
    ],
)
def test_time_of_the_content_or_the_speaker_is_not_the_time_of_saying(nlp: Language, text: str) -> None:
    (c,) = claims_of(nlp, text, times=(_day(text, "Monday"),))
    assert c.time is None


def test_a_not_quoted_before_the_frame_keeps_the_claim(nlp: Language) -> None:
    claims = claims_of(nlp, '"Are we where we need to be? Probably not," Ms. Moore said.')
    assert [c.cue.text for c in claims] == ["said"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The Ombudsman's Office put the number of deaths at 24, "
            "of which 11 were linked to police action.",
            "24, of which 11 were linked to police action",
        ),
        ("The health ministry put the toll at 41, including five children.", "41, including five children"),
        ("The union put turnout at 3.5 million, while police said 800,000 marched.", "3.5 million"),
    ],
)
def test_a_figure_keeps_the_breakdown_written_after_it(nlp: Language, text: str, content: str) -> None:
    claims = claims_of(nlp, text)
    assert claims[0].content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The minister said in December that 96 people had died, including 17 police officers, "
            "and insisted that officers had fired only in self-defence.",
            "96 people had died, including 17 police officers",
        ),
        (
            "The army said 27 soldiers had been injured, four of them seriously.",
            "27 soldiers had been injured, four of them seriously",
        ),
    ],
)
def test_a_reported_figure_keeps_its_breakdown(nlp: Language, text: str, content: str) -> None:
    assert claims_of(nlp, text)[0].content.text == content
