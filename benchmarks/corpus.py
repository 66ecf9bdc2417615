"""A generated corpus of news-like articles for throughput benchmarks (deterministic per seed).

Articles are assembled from wire-style sentence templates (protests, strikes,
arrests, killings, claims with figures, background paragraphs) with real place
names, so that every pipeline stage has realistic work. Lengths follow real
news: 200 to 1,500 words.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

PLACES = [
    ("Tehran", "Iran", "Iranian"),
    ("Mashhad", "Iran", "Iranian"),
    ("Zahedan", "Iran", "Iranian"),
    ("Isfahan", "Iran", "Iranian"),
    ("Tabriz", "Iran", "Iranian"),
    ("Minsk", "Belarus", "Belarusian"),
    ("Khartoum", "Sudan", "Sudanese"),
    ("Baghdad", "Iraq", "Iraqi"),
    ("Basra", "Iraq", "Iraqi"),
    ("Yangon", "Myanmar", "Myanmar"),
    ("Lahore", "Pakistan", "Pakistani"),
    ("Caracas", "Venezuela", "Venezuelan"),
    ("Tbilisi", "Georgia", "Georgian"),
    ("Nairobi", "Kenya", "Kenyan"),
    ("Dhaka", "Bangladesh", "Bangladeshi"),
    ("Santiago", "Chile", "Chilean"),
    ("Belgrade", "Serbia", "Serbian"),
    ("Lagos", "Nigeria", "Nigerian"),
]
GROUPS = [
    "teachers",
    "pensioners",
    "oil workers",
    "students",
    "truck drivers",
    "bazaar merchants",
    "nurses",
    "farmers",
    "retirees",
    "factory workers",
]
SPEAKERS = [
    "Amnesty International",
    "Human Rights Watch",
    "the interior ministry",
    "state television",
    "a local rights group",
    "an opposition party",
    "the provincial governor",
    "the United Nations",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

EVENT_SENTENCES = [
    "Hundreds of {group} took to the streets of {city} on {day}, chanting slogans against rising prices.",
    "{n} {group} staged a sit-in outside the governor's office in {city} {when}.",
    "Riot police fired tear gas to disperse protesters gathered in central {city} on {day}.",
    "Security forces shot dead at least {n} protesters in {city} {when}, witnesses said.",
    "Authorities arrested {n} people in {city} after the demonstrations, according to {speaker}.",
    "Shops in the {city} bazaar stayed shut on {day} as merchants went on strike.",
    "{speaker} said {n} people had been killed in the crackdown in {city} since the start of the month.",
    "The judiciary said {n} men convicted over the unrest were hanged in a prison near {city} {when}.",
    "Graffiti and banners calling for a general strike appeared in at least {n} cities overnight.",
    "A bomb exploded near a police station in {city} on {day}, killing {n} people, officials said.",
    "Mobile internet was cut across the {adj} capital on {day} as the protests spread.",
    "Detainees told {speaker} they had been beaten and tortured in custody in {city}.",
    "Protests were reported in more than {n} cities across {country} {when}.",
    "Crowds set fire to a government building in {city} on {day}, and police fired live ammunition.",
]
BACKGROUND = [
    "The unrest began after the government raised fuel prices by as much as 50 percent.",
    "{country} has seen repeated waves of protest over the past decade, most of them over living costs.",
    "The {adj} government has blamed foreign media for what it calls riots.",
    "Officials did not respond to requests for comment on the figures.",
    "Independent verification of the reports was not possible because of restrictions on journalists.",
    "Analysts said the economic situation was unlikely to improve before the end of the year.",
    "The country's currency has lost more than half of its value against the dollar since last year.",
    "Rights groups have repeatedly called for an independent investigation into the use of force.",
]


def _article(rng: random.Random, idx: int, published: date) -> dict[str, str]:
    city, country, adj = rng.choice(PLACES)
    target_words = rng.randint(200, 1500)
    lines = [f"{published.strftime('%A, %B')} {published.day}, {published.year}", ""]
    words = 0
    while words < target_words:
        template = rng.choice(EVENT_SENTENCES if rng.random() < 0.55 else BACKGROUND)
        other_city, _, _ = rng.choice(PLACES) if rng.random() < 0.3 else (city, country, adj)
        sentence = template.format(
            group=rng.choice(GROUPS),
            city=other_city,
            country=country,
            adj=adj,
            n=rng.choice([3, 7, 12, 20, 41, 57, 120, 300, "dozens of", "hundreds of"]),
            day=rng.choice(WEEKDAYS),
            speaker=rng.choice(SPEAKERS),
            when=rng.choice(["last week", "on Friday", "two days ago", "earlier this month", "overnight"]),
        )
        sentence = sentence[0].upper() + sentence[1:]
        lines.append(sentence)
        words += len(sentence.split())
        if rng.random() < 0.3:
            lines.append("")
    text = " ".join(lines[2:]).replace("  ", "\n\n")
    return {
        "id": f"bench-{idx:06d}",
        "text": f"{lines[0]}\n\n{text}",
        "title": f"Unrest in {city}",
        "publisher": "Benchmark Wire",
        "published": published.isoformat(),
    }


def generate(n: int, *, seed: int = 0) -> Iterator[dict[str, str]]:
    rng = random.Random(seed)
    start = date(2022, 9, 1)
    for i in range(n):
        yield _article(rng, i, start + timedelta(days=rng.randint(0, 500)))


def write_jsonl(path: Path, n: int, *, seed: int = 0) -> int:
    """Write ``n`` articles to ``path``; returns the number of whitespace words."""
    words = 0
    with path.open("w", encoding="utf-8") as fh:
        for item in generate(n, seed=seed):
            words += len(item["text"].split())
            fh.write(json.dumps(item) + "\n")
    return words
