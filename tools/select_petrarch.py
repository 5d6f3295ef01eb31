"""Selection step of tools/convert_petrarch.py: which converted PETRARCH lines to keep.

Filters by CAMEO root, pattern shape, number of complement words, how often a head verb is a
verb in a Universal Dependencies treebank (counted only, nothing of it is written), and against
the bundled hand-written patterns. Used by convert_petrarch.py (see its header for the options
and the commands); not run on its own.
"""
import collections
import os

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESOURCES = os.path.join(REPO, "Sources", "Atalaya", "Resources")
SECTION = "# --- Imported from PETRARCH ---"


def plural(w):
    """English regular plural (and third person): PETRARCH's rule for synonym sets."""
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    return w + ("es" if w.endswith(("ss", "sh", "ch", "x")) else "s")


def complement_text(slots):
    """A row's complement column: slots as "|"-joined words, "*" before a long gap, "-" if none."""
    if not slots:
        return "-"
    parts = []
    for gap, words in slots:
        if gap:
            parts.append("*")
        parts.append("|".join(words))
    return " ".join(parts)


def ud_counts(paths):
    """Per lemma: verb count; per lower-case form: (verb tokens, all tokens)."""
    lemma, form = collections.Counter(), collections.defaultdict(lambda: [0, 0])
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for line in f:
                c = line.split("\t")
                if len(c) < 4 or not c[0].isdigit():
                    continue
                f_, l_, pos = c[1].lower(), c[2].lower(), c[3]
                form[f_][1] += 1
                if pos == "VERB":
                    lemma[l_] += 1
                    form[f_][0] += 1
    return lemma, form


def bundled_keys(lang):
    """(head, complement) pairs and heads of the bundled patterns (above the imported section)."""
    keys = set()
    with open(os.path.join(RESOURCES, lang, "patterns.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith(SECTION):
                break
            c = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(c) < 4:
                continue
            for h in c[1].split("|"):
                keys.add((h, c[2]))
                keys.add(h)
    return keys


def select(rows, args, lang):
    """Rows kept by the selection options; counts dropped rows by reason."""
    dropped = collections.Counter()
    roots = set(args.roots.split(",")) if args.roots else None
    shapes = set(args.shapes.split(",")) if args.shapes else None
    lemma, form = ud_counts(args.ud) if args.ud else (None, None)
    bundled = bundled_keys(lang) if args.exclude_bundled or args.new_heads_only else set()
    kept = []
    for r in rows:
        if roots and r["code"][:2] not in roots:
            dropped["root not selected"] += 1
            continue
        if shapes and r["shape"] not in shapes:
            dropped["shape not selected"] += 1
            continue
        if len(r["slots"]) < args.min_slots:
            dropped["too few complement words"] += 1
            continue
        if args.max_slots is not None and len(r["slots"]) > args.max_slots:
            dropped["too many complement words"] += 1
            continue
        heads = r["heads"]
        if lemma is not None:
            heads = [h for h in heads if lemma[h] >= args.min_verb_freq and verb_share(h, form, lang) >= args.min_verb_share]
        if args.exclude_bundled:
            heads = [h for h in heads if (h, complement_text(r["slots"])) not in bundled]
        if args.new_heads_only:
            heads = [h for h in heads if h not in bundled]
        if not heads:
            dropped["no head verb left (frequency, share or bundled)"] += 1
            continue
        kept.append(dict(r, heads=heads))
    return kept, dropped


def verb_share(lemma, form, lang):
    """Share of the treebank tokens spelt like the verb's base (and English -s) form that are verbs."""
    forms = [lemma] + ([plural(lemma)] if lang == "en" else [])
    v = sum(form[f][0] for f in forms if f in form)
    t = sum(form[f][1] for f in forms if f in form)
    return v / t if t else 0.0
