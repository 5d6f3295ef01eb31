#!/usr/bin/env python3
"""Write a JSONL benchmark corpus of about SIZE_MB megabytes from real sentences.

Sentences come from the texts given (plain text, or PETRARCH-style validation XML whose
<Text> elements are used); documents of 8-20 sentences are drawn with a fixed seed, so the
corpus is the same on every machine. The corpus is for measuring only: don't commit it.

Usage: python3 tools/make_bench_corpus.py OUT.jsonl SIZE_MB FILE...
  e.g. python3 tools/make_bench_corpus.py /tmp/bench.jsonl 100 \
         ../shared/research-data/event-coding/universalpetrarch/spanish/*.xml Examples/*.txt
"""
import json
import random
import re
import sys
import xml.etree.ElementTree as ET

out, size_mb, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
sentences = []
for f in files:
    if f.endswith(".xml"):
        for s in ET.parse(f).getroot().iter("Sentence"):
            t = (s.findtext("Text") or "").strip()
            t = re.sub(r"^\d{8}\s+\S+\s*\|\s*", "", t)  # drop "date id |" prefixes
            if len(t) > 20:
                sentences.append(t)
    else:
        text = open(f, encoding="utf-8").read()
        sentences += [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.strip()) > 20]
rng = random.Random(42)
written, n = 0, 0
with open(out, "w", encoding="utf-8") as fh:
    while written < size_mb * 1_000_000:
        n += 1
        body = " ".join(rng.choice(sentences) for _ in range(rng.randint(8, 20)))
        line = json.dumps({"id": f"bench-{n}", "date": "2023-09-13", "text": body}, ensure_ascii=False) + "\n"
        fh.write(line)
        written += len(line.encode("utf-8"))
print(f"{out}: {n} documents, {written / 1e6:.1f} MB from {len(sentences)} sentences")
