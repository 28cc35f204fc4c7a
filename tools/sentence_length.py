#!/usr/bin/env python3
"""Measures the plain-language figures of lesson packs: lessons, steps, assessment questions, and
the average sentence length of the text a learner reads as guidance, in each language's unit:
words for English and Mongolian, syllables for Vietnamese (written one per space-separated
token), and eojeol (space-separated units) for Korean. Each pack is compared with its language's
limit; the exit status is 1 when any pack's average is over it.

Usage: python3 tools/sentence_length.py [PACK.toml ...]   (default: every pack under lessons/)

Counted: summary, goal, step card, instruction, hints, explanation, every kind of feedback,
consequence titles and explanations, assessment scenarios and explanations. Not counted: the text
*inside* a simulated screen (a scammer's message is in the story, not our guidance) and option
labels (often short phrases, which would flatter the average).
"""
import glob
import re
import sys
import tomllib

SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+")

# language: (unit, the highest average sentence length allowed)
LIMITS = {
    "en": ("words", 15),
    "mn": ("words", 15),
    "vi": ("syllables", 25),
    "ko": ("eojeol", 12),
}


def sentences(text):
    for part in SENTENCE_END.split(text.strip()):
        words = part.split()
        if words:
            yield len(words)


def guidance(pack):
    yield pack.get("summary", "")
    for lesson in pack.get("lessons", []):
        yield lesson.get("goal", "")
        yield from lesson.get("step_card", [])
        for step in lesson.get("steps", []):
            yield step.get("instruction", "")
            yield from step.get("hints", [])
            yield step.get("explanation", "")
            yield step.get("feedback", "")
            for group in ("options", "taps", "mistakes"):
                for item in step.get(group, []):
                    yield item.get("feedback", "")
        for c in lesson.get("consequences", []):
            yield c.get("explanation", "")
    for q in pack.get("assessment", {}).get("questions", []):
        yield q.get("scenario", "")
        yield q.get("explanation", "")
        for o in q.get("options", []):
            yield o.get("feedback", "")


def main(paths):
    reference = ("glossary.toml", "cast.toml")  # lessons/ files that are not packs
    paths = paths or sorted(
        p for p in glob.glob("lessons/**/*.toml", recursive=True) if not p.endswith(reference)
    )
    print(f"{'pack':<22}{'lang':>5}{'lessons':>8}{'steps':>7}{'questions':>10}{'sentences':>10}{'average':>8}{'limit':>6}{'longest':>8}  unit")
    over = []
    for path in paths:
        with open(path, "rb") as f:
            pack = tomllib.load(f)
        language = pack.get("language", "en")
        unit, limit = LIMITS.get(language.split("-")[0], ("words", 15))
        lengths = [n for text in guidance(pack) if text for n in sentences(text)]
        lessons = pack.get("lessons", [])
        steps = sum(len(l.get("steps", [])) for l in lessons)
        questions = len(pack.get("assessment", {}).get("questions", []))
        avg = sum(lengths) / len(lengths) if lengths else 0.0
        if avg > limit:
            over.append(f"{path}: {avg:.1f} {unit} on average, over {limit}")
        print(f"{pack.get('id', path):<22}{language:>5}{len(lessons):>8}{steps:>7}{questions:>10}{len(lengths):>10}{avg:>8.1f}{limit:>6}{max(lengths, default=0):>8}  {unit}")
    for line in over:
        print(f"over the limit: {line}", file=sys.stderr)
    if over:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
