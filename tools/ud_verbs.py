#!/usr/bin/env python3
"""Common verbs of a Universal Dependencies treebank that a language's verbs.txt and patterns.tsv
do not yet name, for appending to <lang>/verbs.txt.

The coder conjugates each listed infinitive, so a clause whose verb no pattern names is still seen
as a clause ("Hombres que cubrían sus rostros asesinaron …": without "cubrir" the relative clause
runs on into the main one and its subject is lost).

Source: Universal Dependencies UD_Spanish-GSD / UD_English-EWT (CC BY-SA 4.0), dev and test
files (https://github.com/UniversalDependencies/UD_Spanish-GSD), given on the command line. Only the
lemmas and their counts are used; no sentence is copied.

Usage: python3 tools/ud_verbs.py LANG MIN_COUNT TREEBANK.conllu... >> Sources/Atalaya/Resources/LANG/verbs.txt
"""
import collections
import re
import sys

INFINITIVE = {"es": r"[a-záéíóúñü]+(ar|er|ir|ír)", "en": r"[a-z]+"}


def known_verbs(lang):
    base = f"Sources/Atalaya/Resources/{lang}/"
    known = set()
    for line in open(base + "verbs.txt", encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            known.add(line.strip())
    for line in open(base + "patterns.tsv", encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if len(fields) > 1 and not line.startswith("#"):
            known.update(v.strip() for v in fields[1].split("|"))
    return known


def main():
    lang, least, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    counts = collections.Counter()
    for path in files:
        for line in open(path, encoding="utf-8"):
            cols = line.split("\t")
            if len(cols) > 4 and cols[3] == "VERB":
                counts[cols[2].lower()] += 1
    known = known_verbs(lang)
    shape = re.compile(INFINITIVE[lang])
    print(f"# Common verbs of UD treebanks ({', '.join(p.rsplit('/', 1)[-1] for p in files)}; CC BY-SA 4.0),"
          f" {least} or more times, by tools/ud_verbs.py")
    for verb, n in counts.most_common():
        if n >= least and verb not in known and shape.fullmatch(verb):
            print(verb)


if __name__ == "__main__":
    main()
