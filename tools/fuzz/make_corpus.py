#!/usr/bin/env python3
"""Writes the fuzz seed corpus (tools/fuzz/corpus) from the sentences in the tests and Examples.

Each seed starts with its mode byte ('0' Spanish text, '1' English text, '2' Spanish JSONL,
'3' English JSONL; see FuzzTarget.swift). Run from the repository root; the output is committed.
"""
import glob, hashlib, json, os, re

OUT = "tools/fuzz/corpus"
ENGLISH = re.compile(r"\b(the|The|was|has|did|his|her|of the|and)\b|'s\b")


def strings():
    found = []
    for path in sorted(glob.glob("Tests/AtalayaTests/*.swift")):
        src = open(path, encoding="utf-8").read()
        english_file = "English" in path
        for s in re.findall(r'"([^"\\\n]{12,400})"', src):
            if " " in s and not s.startswith((" ", "http", "SELECT", "INSERT")) and not re.search(r"[(){}\]\[]", s):
                found.append((s, english_file or bool(ENGLISH.search(s))))
        for s in re.findall(r'#"(\{.*?\})"#', src):
            found.append((s, None))
    return found


def write(seeds, mode, body):
    data = (mode + body).encode("utf-8")[:4096]
    seeds[hashlib.sha1(data).hexdigest()[:16]] = data


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in glob.glob(OUT + "/*"):
        os.remove(f)
    seeds = {}
    texts = {True: [], False: []}
    for s, english in strings():
        if english is None:
            write(seeds, "2", s + "\n")
            write(seeds, "3", s + "\n")
            continue
        write(seeds, "1" if english else "0", s)
        texts[english].append(s)
    for english, items in texts.items():
        for i in range(0, len(items), 4):
            lines = [json.dumps({"id": f"t{i + j}", "date": "2023-09-13", "text": t}, ensure_ascii=j % 2 == 0)
                     for j, t in enumerate(items[i:i + 4])]
            write(seeds, "3" if english else "2", "\n".join(lines) + "\n")
    article = open("Examples/kim-putin-2023-09-13.txt", encoding="utf-8").read()
    for i, para in enumerate(p for p in article.split("\n") if p.strip()):
        write(seeds, "0", para)
    write(seeds, "0", article[:3000])
    for line in open("Examples/kim-putin-2023-09-13.gold.jsonl", encoding="utf-8").read().splitlines()[:6]:
        write(seeds, "2", line + "\n")
    for name, data in sorted(seeds.items()):
        open(os.path.join(OUT, name), "wb").write(data)
    print(f"{len(seeds)} seeds, {sum(map(len, seeds.values()))} bytes")


main()
