#!/usr/bin/env python3
"""Convert a PETRARCH/TABARI actor dictionary into Atalaya's actor file format, so that a test
suite written for PETRARCH (fictional actors: Arnor, Gondor) can be measured with
`atalaya eval --dictionaries DIR`.

Input format (PETRARCH): a name line ``NAME_WITH_UNDERSCORES [CODE]`` or ``NAME`` followed by
``+SYNONYM`` lines and ``[CODE]`` / ``[CODE >YYMMDD]`` / ``[CODE <YYMMDD]`` / ``[CODE YYYYMMDD-YYYYMMDD]``
role lines; ``#`` comments; ``<!-- -->`` blocks.

Output: DIR/actors/organizations.tsv (code <TAB> names <TAB> from <TAB> to), lower-case names so
they match in any case.

Usage: python3 tools/petrarch_actors.py PETR.Validate.actors.txt OUTDIR
The PETRARCH validation dictionaries are MIT-licensed (openeventdata/petrarch2); don't commit the output.
"""
import os
import re
import sys

src, out = sys.argv[1], sys.argv[2]


def date(s):
    s = s.strip()
    if len(s) == 6:  # YYMMDD
        yy = int(s[:2])
        s = ("19" if yy > 30 else "20") + s
    return f"{s[:4]}-{s[4:6]}-{s[6:8]}" if len(s) == 8 else ""


def role(spec):
    parts = spec.split()
    code = parts[0].upper().strip("~")
    rest = " ".join(parts[1:])
    start = end = ""
    if rest.startswith(">"):
        start = date(rest[1:])
    elif rest.startswith("<"):
        end = date(rest[1:])
    elif "-" in rest:
        a, b = rest.split("-", 1)
        start, end = date(a), date(b)
    return code, start, end


entries = []  # (names, roles)
text = re.sub(r"<!--.*?-->", "", open(src, encoding="utf-8", errors="replace").read(), flags=re.S)
for raw in text.split("\n"):
    line = raw.split("#", 1)[0].rstrip()
    if not line.strip():
        continue
    codes = re.findall(r"\[([^\]]*)\]", line)
    head = re.sub(r"\[[^\]]*\]", "", line).strip()
    if line[0] in " \t" or (not head and codes):
        if entries:
            entries[-1][1].extend(role(c) for c in codes)
        continue
    if head.startswith("+"):
        if entries:
            entries[-1][0].append(head[1:].strip())
        continue
    entries.append(([head], [role(c) for c in codes]))

os.makedirs(os.path.join(out, "actors"), exist_ok=True)
valid = re.compile(r"^(?:[A-Z]{3})+$")
n = 0
with open(os.path.join(out, "actors", "organizations.tsv"), "w", encoding="utf-8") as f:
    f.write("# Converted by tools/petrarch_actors.py from a PETRARCH actor dictionary.\n")
    for names, roles in entries:
        names = [x.replace("_", " ").lower() for x in names if x]
        for code, start, end in roles:
            if valid.match(code):
                f.write(f"{code}\t{'|'.join(names)}\t{start}\t{end}\n")
                n += 1
print(f"{n} roles of {len(entries)} actors")
