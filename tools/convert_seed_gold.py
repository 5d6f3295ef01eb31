#!/usr/bin/env python3
"""Convert the seed article's gold events (shared/seed/gold-events.jsonl, one event a line) into
Atalaya's gold JSONL format (one document a line, with its text and events).

Usage: python3 tools/convert_seed_gold.py ../shared/seed/gold-events.jsonl Examples/kim-putin-2023-09-13.txt \
           2023-09-13 > Examples/kim-putin-2023-09-13.gold.jsonl
"""
import json
import sys

gold_path, text_path, date = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(text_path, encoding="utf-8").read()
events = []
for line in open(gold_path, encoding="utf-8"):
    if not line.strip():
        continue
    g = json.loads(line)
    e = {"sentence": g["sentence"], "source": g["source"], "target": g["target"], "code": g["code"], "tier": g["tier"]}
    if g.get("reciprocal"):
        e["reciprocal"] = True
    if g.get("date"):
        e["date"] = g["date"]
    events.append(e)
doc = {"id": text_path.split("/")[-1].rsplit(".", 1)[0], "date": date, "text": text, "events": events}
print(json.dumps(doc, ensure_ascii=False))
