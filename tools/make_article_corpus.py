#!/usr/bin/env python3
"""Write a JSONL benchmark corpus of whole articles: copies of the articles given, each with its
paragraphs shuffled (fixed seed), until the corpus holds SIZE_MB megabytes of text. Whole
articles (not sentences drawn from many) measure the per-document work (the story's country,
names introduced earlier, discourse) as a news archive has it. For measuring only: don't commit
the output.

An article is a text file (dated 2023-09-13) or a JSONL file of documents ({"text", "date",
"lang"}, as `atalaya ingest` reads them), e.g. the development gold of ../shared/gold. With
--one-day-apart, each round of copies is dated a day after the one before, so that their events
are new to the store, as an archive's are; without it every copy keeps its article's date.

Usage: python3 tools/make_article_corpus.py OUT.jsonl SIZE_MB ARTICLE... [--one-day-apart]
  e.g. python3 tools/make_article_corpus.py /tmp/kp10.jsonl 10 Examples/kim-putin-2023-09-13.txt
       python3 tools/make_article_corpus.py /tmp/real.jsonl 11 ../shared/gold/articles-es-dev.jsonl \
           ../shared/gold/articles-en-dev.jsonl --one-day-apart
       atalaya bench --corpus /tmp/kp10.jsonl
"""
import datetime
import json
import random
import sys

args = [a for a in sys.argv[1:] if not a.startswith("--")]
apart = "--one-day-apart" in sys.argv[1:]
out, size_mb, sources = args[0], float(args[1]), args[2:]

articles = []
for path in sources:
    if path.endswith(".jsonl"):
        for line in open(path, encoding="utf-8"):
            d = json.loads(line)
            articles.append((d["text"], d.get("date", "2023-09-13")[:10], d.get("lang")))
    else:
        articles.append((open(path, encoding="utf-8").read(), "2023-09-13", None))
# Each article's paragraphs, shuffled again (in place) for each copy.
articles = [([p for p in text.split("\n") if p.strip()], date, lang) for text, date, lang in articles]

rng = random.Random(1)
size, n = 0, 0
with open(out, "w", encoding="utf-8") as f:
    while size < size_mb * 1_000_000:
        for paragraphs, date, lang in articles:
            rng.shuffle(paragraphs)
            text = "\n".join(paragraphs)
            day = datetime.date.fromisoformat(date) + datetime.timedelta(days=n // len(articles) if apart else 0)
            doc = {"id": f"article-{n}", "date": day.isoformat(), "text": text}
            if lang:
                doc["lang"] = lang
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
            size += len(text.encode("utf-8"))
            n += 1
print(f"{n} articles, {size / 1_000_000:.1f} MB written to {out}")
