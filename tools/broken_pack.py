#!/usr/bin/env python3
"""Writes a lesson pack with many problems, to measure how checking a broken pack grows.

Usage: python3 tools/broken_pack.py N OUT.toml

The pack is the small valid test pack with a step card of N empty entries: each `"",` (3 bytes)
is one `empty-step-card` problem, so 40,000 problems make a file of about 120 KB.
"""
import sys

count, out = int(sys.argv[1]), sys.argv[2]
card = "step_card = [" + '"",' * count + "]\n"
text = f'''format_version = 1
id = "broken"
topic = "qr-codes"
language = "en"
title = "A broken pack"
summary = "A pack with many problems, for measuring."

[[lessons]]
id = "one"
title = "One lesson"
goal = "Press Enter."
{card}
[[lessons.steps]]
id = "read"
instruction = "Read this, then press Enter."
do = "continue"

[lessons.steps.screen]
kind = "info"
text = "Nothing here can break."
'''
with open(out, "w", encoding="utf-8") as f:
    f.write(text)
