#!/usr/bin/env python3
"""Measures the plain-language figures of lesson packs: lessons, steps, assessment questions, and
the average sentence length (in words) of the text a learner reads as guidance.

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
    print(f"{'pack':<22}{'lessons':>8}{'steps':>7}{'questions':>10}{'sentences':>10}{'avg words':>10}{'longest':>8}")
    worst = 0.0
    for path in paths:
        with open(path, "rb") as f:
            pack = tomllib.load(f)
        lengths = [n for text in guidance(pack) if text for n in sentences(text)]
        lessons = pack.get("lessons", [])
        steps = sum(len(l.get("steps", [])) for l in lessons)
        questions = len(pack.get("assessment", {}).get("questions", []))
        avg = sum(lengths) / len(lengths) if lengths else 0.0
        worst = max(worst, avg)
        print(f"{pack.get('id', path):<22}{len(lessons):>8}{steps:>7}{questions:>10}{len(lengths):>10}{avg:>10.1f}{max(lengths, default=0):>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
