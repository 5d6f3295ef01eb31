#!/usr/bin/env python3
"""Write a JSONL benchmark corpus of whole articles: copies of one article with its paragraphs
shuffled (fixed seed), until the corpus holds SIZE_MB megabytes of text. Whole articles (not
sentences drawn from many) measure the per-document work (the story's country, names introduced
earlier, discourse) as a news archive has it. For measuring only: don't commit the output.

Usage: python3 tools/make_article_corpus.py OUT.jsonl SIZE_MB ARTICLE.txt
  e.g. python3 tools/make_article_corpus.py /tmp/kp10.jsonl 10 Examples/kim-putin-2023-09-13.txt
       atalaya bench --corpus /tmp/kp10.jsonl
"""
import json
import random
import sys

out, size_mb, article = sys.argv[1], float(sys.argv[2]), sys.argv[3]
paragraphs = [p for p in open(article, encoding="utf-8").read().split("\n") if p.strip()]
rng = random.Random(1)
size, n = 0, 0
with open(out, "w", encoding="utf-8") as f:
    while size < size_mb * 1_000_000:
        rng.shuffle(paragraphs)
        text = "\n".join(paragraphs)
        f.write(json.dumps({"id": f"article-{n}", "date": "2023-09-13", "text": text}, ensure_ascii=False) + "\n")
        size += len(text.encode("utf-8"))
        n += 1
print(f"{n} articles, {size / 1_000_000:.1f} MB written to {out}")
