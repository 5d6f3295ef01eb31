#!/usr/bin/env python3
"""Convert PETRARCH verb dictionaries into Atalaya event patterns, and select what helps.

Sources (MIT License):
  - English: PETRARCH-2's CAMEO verb dictionary `CAMEO.2.0.txt` (Copyright (c) 2015 Open Event
    Data Alliance), as shipped in openeventdata/UniversalPetrarch `data/dictionaries/`;
  - Spanish: UniversalPetrarch's `verbpatterns_es_190128.txt` (openeventdata/UniversalPetrarch
    `data/dictionaries/spanish/`, MIT, Copyright (c) Open Event Data Alliance).
  Both are in ../shared/research-data/event-coding/universalpetrarch/dictionaries/ (license:
  ../LICENSE.UniversalPetrarch.txt). Lines written from them keep that MIT notice (see NOTICE).

Usage:
  python3 tools/convert_petrarch.py --language es|en SOURCE_DIR OUT.tsv [selection options]

SOURCE_DIR is the dictionaries folder (with english/ and spanish/) or the language's own folder.
Without selection options every line that can be expressed is written; each skipped line is
counted by reason in the summary printed on stderr. Selection options (all optional):
  --roots 01,02,...     keep only these CAMEO roots (2 digits)
  --shapes S,...        keep only these pattern shapes: `verb` (a verb alone), `complement`
                        (verb and words after it), `target` (a verb or complement with an explicit
                        target marker)
  --ud FILE.conllu      a Universal Dependencies treebank (repeatable) to count verbs in
  --min-verb-freq N     keep a head verb only if its lemma is a VERB at least N times in --ud
  --min-verb-share F    keep a head verb only if at least F of the treebank tokens of its forms
                        are verbs (drops words mostly used as nouns, "march", "strike")
  --max-slots N         drop patterns with more than N complement words
  --min-slots N         drop patterns with fewer than N complement words
  --exclude-bundled     drop lines whose heads and complement the bundled patterns already code
  --new-heads-only      drop head verbs the bundled patterns already have (their hand-written
                        patterns, tried first by specificity, would otherwise lose to longer ones)

Shipped today: nothing. Measured with `atalaya eval --dictionaries DIR` (DIR/<lang>/patterns.tsv
= this tool's output) on the development sets, no selection raised cue and dyad recall while
keeping the precision floors (Spanish article gold dyad P >= 0.60, English >= 0.50) and the AFP,
seed and regression figures: imported lines that match mostly find no target (dyad precision
falls), the Spanish verb blocks are machine-translated WordNet synonym sets ("190 encantar|ganar|
participar|rodear"), and longer imported patterns outrank the hand-written ones of the same verb
(hence --new-heads-only). The most neutral candidate, for a later engine that can require a
target, is:
  U=../shared/research-data/event-coding/universalpetrarch/dictionaries
  UD=../shared/research-data/ud
  python3 tools/convert_petrarch.py --language es $U /tmp/es.tsv --shapes target --new-heads-only \
      --max-slots 2 --ud $UD/es_gsd-ud-dev.conllu --ud $UD/es_gsd-ud-test.conllu --min-verb-freq 5
  python3 tools/convert_petrarch.py --language en $U /tmp/en.tsv --shapes target --new-heads-only \
      --max-slots 2 --ud $UD/en_ewt-ud-dev.conllu --ud $UD/en_ewt-ud-test.conllu \
      --min-verb-freq 3 --min-verb-share 0.5
(the treebanks only count verbs; nothing of them is written). With `--append OUT` names a
patterns.tsv and the lines replace its section after `# --- Imported from PETRARCH ---`.
"""
import argparse
import collections
import os
import re
import sys

from select_petrarch import SECTION, complement_text, plural, select

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESOURCES = os.path.join(REPO, "Sources", "Atalaya", "Resources")
FILES = {"es": ("spanish", "verbpatterns_es_190128.txt"), "en": ("english", "CAMEO.2.0.txt")}
# Where PETRARCH names no target ("+"), its target is the verb's object or the actor after it.
DEFAULT_TARGET = {"es": "OBJ|a|contra|con", "en": "OBJ|to|against|with|on"}
WORD = re.compile(r"^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'\-]*$")


def read_words(lang, cls):
    """The words of one class in <lang>/words.tsv (prepositions mark targets)."""
    with open(os.path.join(RESOURCES, lang, "words.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 2 and cols[0] == cls:
                return set(cols[1].split())
    return set()


def read_codes():
    with open(os.path.join(RESOURCES, "cameo", "codes.tsv"), encoding="utf-8") as f:
        return {l.split("\t")[0] for l in f if l.strip() and not l.startswith("#")}


def strip_comment(line):
    return re.sub(r"<!--.*?-->", "", line.split("#")[0]).rstrip()


class Source:
    """A PETRARCH verb file read into synonym sets and verb blocks (verbs, patterns)."""

    def __init__(self, path, lang):
        self.lang, self.sets, self.blocks = lang, {}, []
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = f.read().split("\n")
        in_verbs, current_set, block = False, None, None
        for n, raw in enumerate(lines, 1):
            if raw.startswith("####### VERB PATTERNS"):
                in_verbs = True
                continue
            if "TRANSFORMATIONS" in raw and raw.startswith("#"):
                break
            line = strip_comment(raw).strip()
            if not line:
                current_set = None
                continue
            if line.startswith("&"):
                current_set = line.split()[0]
                self.sets[current_set] = []
                continue
            if current_set and line.startswith("+"):
                self.sets[current_set].append(line[1:].strip())
                continue
            if not in_verbs:
                continue
            if line.startswith("---"):
                m = re.search(r"\[([^\]]*)\]", line)
                block = {"line": n, "code": m.group(1).strip() if m else "---", "verbs": [], "patterns": []}
                self.blocks.append(block)
            elif block is None:
                continue
            elif line.startswith("-"):
                block["patterns"].append((n, line[1:].strip()))
            else:
                block["verbs"].append((n, line))


class Converter:
    def __init__(self, lang, source, codes):
        self.lang, self.src, self.codes = lang, source, codes
        self.prepositions = read_words(lang, "preposition")
        self.skipped = collections.Counter()
        self.read = 0
        self.converted = set()  # source lines that gave at least one pattern line
        self.out = []  # dicts: code, heads, slots, target, options, shape, line

    # -- verbs ---------------------------------------------------------------
    def head(self, text):
        """(lemma, particle words, reflexive) of a verb line's first field, or None."""
        text = re.sub(r"\{[^}]*\}", "", text)
        text = re.sub(r"\[[^\]]*\]", "", text).strip()
        if not text:
            return None
        first = text.split()[0]
        multi = first.startswith("+")
        words = [w for w in first.lstrip("+").lower().split("_") if w]
        if not words or not all(WORD.match(w) for w in words):
            return None
        verb, particle, reflexive = words[0], words[1:], False
        if self.lang == "es":
            if verb.endswith("se") and len(verb) > 4 and verb[-4:-2] in ("ar", "er", "ir", "ír"):
                verb, reflexive = verb[:-2], True
            if not re.search(r"(ar|er|ir|ír)$", verb):
                return None
        return verb, tuple(particle), reflexive

    def verb_code(self, line, block):
        m = re.search(r"\[([^\]]*)\]", re.sub(r"\{[^}]*\}", "", line))
        return m.group(1).strip() if m else block["code"]

    # -- patterns ------------------------------------------------------------
    def tokens(self, text):
        text = text.replace("*", " * ").replace("{", " { ").replace("}", " } ")
        text = text.replace("(", " ( ").replace(")", " ) ")
        return text.split()

    def alternatives(self, token):
        """Single-word alternatives of a word or synonym set; None when it cannot be a slot."""
        if token.startswith("&"):
            members = self.src.sets.get(token.rstrip("_")) or self.src.sets.get(token)
            if members is None:
                return None, "undefined synonym set"
            words = [m.lower().rstrip("_") for m in members if "_" not in m.rstrip("_") and " " not in m.strip()]
            words = [w for w in words if WORD.match(w)]
            if self.lang == "en" and not token.endswith("_"):
                words += [plural(w) for w in words if not w.endswith("s")]
            return (sorted(set(words)), None) if words else (None, "synonym set of phrases only")
        w = token.lower().rstrip("_")
        if not WORD.match(w):
            return None, "word with digits or symbols"
        return [w], None

    def pattern(self, text):
        """(slots, target, options) of one pattern, or (None, reason)."""
        m = re.search(r"\[([^\]]*)\]", text)
        if not m:
            return None, "no code"
        body = text[:m.start()]
        if "*" not in body:
            return None, "no verb position (*)"
        pre, post = body.split("*", 1)
        pre = [t for t in self.tokens(pre) if t not in "{}()"]
        options = []
        if pre == ["%"]:
            options.append("recip")
        elif pre and pre != ["$"]:
            return None, "words or actors before the verb"
        slots, target, gap, seen_target = [], None, False, False
        for tok in self.tokens(post.replace("*", " ")):
            if tok in ("{", "}", "(", ")"):
                continue
            if seen_target:
                return None, "words after the target"
            if tok == "$" or tok == "%":
                return None, "source after the verb"
            if tok == "^":
                gap = True
                continue
            if tok == "+":
                seen_target = True
                if slots and all(w in self.prepositions for w in slots[-1][1]):
                    target = "|".join(slots.pop()[1])
                else:
                    target = "OBJ"
                continue
            for part in tok.split("_") if not tok.startswith("&") else [tok]:
                if not part:
                    continue
                words, reason = self.alternatives(part)
                if words is None:
                    return None, reason
                slots.append((gap, words))
                gap = False
        # A final preposition with nothing after it marks the target: "(AGAINST)", "CON".
        if target is None and slots and all(w in self.prepositions for w in slots[-1][1]):
            target = "|".join(slots.pop()[1])
        return (slots, target, options), None

    def code(self, raw):
        """A CAMEO code from "[190]" or "[050:050]" (both ways: recip), or (None, reason)."""
        if raw == "---":
            return None, "null code (no event)"
        parts = raw.split(":")
        if len(parts) == 2 and parts[0] != parts[1]:
            return None, "different codes each way"
        if parts[0] not in self.codes:
            return None, "code not in CAMEO"
        return (parts[0], len(parts) == 2), None

    def convert(self):
        default = DEFAULT_TARGET[self.lang]
        for block in self.src.blocks:
            heads = []
            for n, line in block["verbs"]:
                self.read += 1
                h = self.head(line)
                if h is None:
                    self.skipped["verb: not an infinitive or not a word"] += 1
                    continue
                heads.append(h)
                c, why = self.code(self.verb_code(line, block))
                if c is None:
                    self.skipped["verb: " + why] += 1
                    continue
                self.emit(c, [h], [], default, [], "verb", n)
            for n, text in block["patterns"]:
                self.read += 1
                m = re.search(r"\[([^\]]*)\]", text)
                c, why = self.code(m.group(1).strip()) if m else (None, "no code")
                if c is None:
                    self.skipped["pattern: " + why] += 1
                    continue
                p, why = self.pattern(text)
                if p is None:
                    self.skipped["pattern: " + why] += 1
                    continue
                if not heads:
                    self.skipped["pattern: block without usable verbs"] += 1
                    continue
                slots, target, options = p
                shape = "target" if target else ("complement" if slots else "verb")
                if not slots and not target:
                    self.skipped["pattern: nothing after the verb"] += 1
                    continue
                self.emit(c, heads, slots, target or default, options, shape, n)

    def emit(self, code_recip, heads, slots, target, options, shape, line):
        code, recip = code_recip
        opts = list(options) + (["recip"] if recip and "recip" not in options else [])
        # Heads sharing particle and reflexivity share a line; a particle opens the complement.
        groups = collections.defaultdict(list)
        for verb, particle, reflexive in heads:
            groups[(particle, reflexive)].append(verb)
        for (particle, reflexive), verbs in groups.items():
            s = [(False, [w]) for w in particle] + list(slots)
            o = opts + (["se"] if reflexive else [])
            self.out.append({"code": code, "heads": sorted(set(verbs)), "slots": s, "target": target,
                             "options": sorted(set(o)), "shape": shape if not particle or slots else "complement",
                             "line": line})
        self.converted.add(line)


def lines_of(rows):
    """Pattern lines, merged where only the heads differ, in code order; duplicates dropped."""
    merged = collections.OrderedDict()
    for r in rows:
        key = (r["code"], complement_text(r["slots"]), r["target"], " ".join(r["options"]))
        merged.setdefault(key, set()).update(r["heads"])
    out = []
    for (code, comp, target, opts), heads in sorted(merged.items(), key=lambda kv: (kv[0][0], kv[0][1], sorted(kv[1]))):
        out.append("\t".join([code, "|".join(sorted(heads)), comp, target, opts]).rstrip("\t"))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--language", choices=["es", "en"], required=True)
    ap.add_argument("source")
    ap.add_argument("out", help="output .tsv, or with --append the patterns.tsv whose imported section to replace")
    ap.add_argument("--roots")
    ap.add_argument("--shapes")
    ap.add_argument("--ud", action="append")
    ap.add_argument("--min-verb-freq", type=int, default=0)
    ap.add_argument("--min-verb-share", type=float, default=0.0)
    ap.add_argument("--max-slots", type=int)
    ap.add_argument("--min-slots", type=int, default=0)
    ap.add_argument("--exclude-bundled", action="store_true")
    ap.add_argument("--new-heads-only", action="store_true")
    ap.add_argument("--append", action="store_true", help="write into OUT's imported section")
    args = ap.parse_args()
    sub, name = FILES[args.language]
    path = os.path.join(args.source, sub, name)
    if not os.path.exists(path):
        path = os.path.join(args.source, name)
    if not os.path.exists(path):
        sys.exit(f"{args.source}: no {sub}/{name}")
    conv = Converter(args.language, Source(path, args.language), read_codes())
    conv.convert()
    rows, dropped = select(conv.out, args, args.language)
    lines = lines_of(rows)
    summary(conv, rows, dropped, lines, path, args)
    header = [SECTION,
              f"# Converted by tools/convert_petrarch.py from {name} (MIT, Copyright (c) Open Event Data Alliance;",
              "# see NOTICE) with: " + " ".join(a for a in sys.argv[1:] if a not in (args.source, args.out)),
              ]
    if args.append:
        with open(args.out, encoding="utf-8") as f:
            kept = f.read().split(SECTION)[0].rstrip("\n") + "\n"
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(kept + "\n".join(header + lines) + "\n")
    else:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write("\n".join(header + lines) + "\n")


def summary(conv, rows, dropped, lines, path, args):
    err = sys.stderr
    print(f"{path}: {conv.read} lines read (verb and pattern lines), {len(conv.converted)} converted, "
          f"{sum(conv.skipped.values())} skipped", file=err)
    for reason, n in conv.skipped.most_common():
        print(f"  skipped {n:6d}  {reason}", file=err)
    shapes = collections.Counter(r["shape"] for r in conv.out)
    print("  converted rows (a line per particle or reflexive group of heads) by shape: " + ", ".join(f"{k} {v}" for k, v in sorted(shapes.items())), file=err)
    if dropped:
        for reason, n in dropped.most_common():
            print(f"  not selected {n:6d}  {reason}", file=err)
    roots = collections.Counter(r["code"][:2] for r in rows)
    print(f"  selected {len(rows)} → {len(lines)} pattern lines; by root: "
          + " ".join(f"{k}:{v}" for k, v in sorted(roots.items())), file=err)


if __name__ == "__main__":
    main()
