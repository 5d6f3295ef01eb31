#!/usr/bin/env python3
"""Derive Resources/optional/phoenix-people/actors/people-phoenix.tsv from Phoenix's CountryInfo actor dictionary.

Source: Phoenix.Countries.actors.txt (Open Event Data Alliance, generated 2014-01-30 from
CountryInfo.140130.txt by the Computational Event Data System Project), MIT License; a copy is in
../shared/research-data/event-coding/universalpetrarch/dictionaries/english/.

What it keeps: people (the entries CountryInfo made, marked "# CountryInfo.txt") named by at least
two words, with their dated roles in Atalaya's people format (code <TAB> names <TAB> from <TAB> to).
What it leaves out or changes:
- people already in actors/people.tsv (our hand-checked roles and dates win);
- undated roles ("[RUSELI]": Atalaya already codes a person <country>ELI once a role has ended);
- variants with a title or a single word ("PRESIDENT_PUTIN_", "PUTIN_"): a surname alone is
  read only in a story that names the person in full (the file is loaded without surnames);
- people who held none of the offices event data is mostly about (head of state or government,
  defence, justice, interior and police, intelligence, economy and trade, parliament: GOV, GOVMIL,
  GOVJUD, GOVCOP, GOVSPY, GOVBUS, GOVLEG, MIL, SPY) after 1990, the start of the news archives
  Atalaya codes; 17,000 people would double the dictionaries' load time for names seldom in the news.
  Even so the list is optional (`atalaya code --with phoenix-people`): it adds ~80 ms to every load;
- roles that end before 1945, and ELI roles (Atalaya codes a person <country>ELI once a dated
  role has ended, and the country alone before their first);
- agent codes Atalaya's cameo/agents.tsv does not list (AFGGOVMUS → AFGGOV), and roles whose
  country actors/countries.tsv does not know;
- overlapping roles: the same code's are joined (and so are its roles two months apart or less); a
  later different one starts when the earlier ends.
Open-ended roles (">060728") end on the source's date, 2014-01-30: after that the source cannot
say whether the person still holds the office.

Usage: python3 tools/phoenix_people.py PHOENIX.Countries.actors.txt Sources/Atalaya/Resources > Sources/Atalaya/Resources/optional/phoenix-people/actors/people-phoenix.tsv
"""
import re
import sys
import unicodedata

SOURCE_DATE = "2014-01-30"
CORE = {"GOV", "GOVMIL", "GOVJUD", "GOVCOP", "GOVSPY", "GOVBUS", "GOVLEG", "MIL", "SPY"}
TITLES = {"PRESIDENT", "PRIME", "MINISTER", "SIR", "DAME", "DR", "GENERAL", "GEN", "KING", "QUEEN", "PRINCE",
          "PRINCESS", "SHEIKH", "SHEIK", "MR", "MRS", "MS", "LORD", "LADY", "COL", "COLONEL", "ADMIRAL", "MARSHAL",
          "CHAIRMAN", "SECRETARY", "AMBASSADOR", "SENATOR", "GOVERNOR", "MAYOR", "EMIR", "SULTAN", "FOREIGN",
          "DEFENSE", "DEFENCE", "VICE", "DEPUTY", "FORMER", "SPEAKER", "JUDGE", "JUSTICE", "BISHOP", "POPE",
          "CARDINAL", "AYATOLLAH", "IMAM", "REV", "REVEREND", "CAPTAIN", "CAPT", "MAJOR", "LT", "SGT"}
PARTICLES = {"DE", "DEL", "LA", "LAS", "LOS", "DA", "DO", "DOS", "DAS", "VAN", "VON", "DER", "DEN", "Y", "E", "BIN", "BEN",
             "IBN", "AL", "EL", "ABU", "BINTI", "BINT", "DI", "DU", "LE"}
CODE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")


def fold(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def words(raw):
    return [w for w in raw.split("#")[0].strip().strip("_").split("_") if w]


def spell(ws):
    out = []
    for i, w in enumerate(ws):
        if i > 0 and w in PARTICLES and i < len(ws) - 1:
            out.append(w.lower())
        else:
            out.append("-".join(p[:1] + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def date(s):
    s = s.strip()
    if len(s) == 6:
        s = ("19" if int(s[:2]) > 30 else "20") + s
    if len(s) != 8 or not s.isdigit():
        return None
    return f"{s[:4]}-{s[4:6]}-{s[6:8]}"


def table(path):
    return {l.split("\t")[0].strip() for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")}


def known_code(code, countries, agents):
    """The code cut before its first agent Atalaya does not know; None for an unknown country."""
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    if parts[0] not in countries:
        return None
    kept = [parts[0]]
    for p in parts[1:]:
        if p not in agents:
            break
        kept.append(p)
    return "".join(kept)


def role(spec, countries, agents):
    """'[BHSGOV 681101-720101]' → (code, from, to); None for undated, ELI or malformed roles."""
    m = re.match(r"\[~?([A-Z]+)\s+(.*)\]$", spec.strip())
    if not m or not CODE.match(m.group(1)):
        return None
    code, rest = known_code(m.group(1), countries, agents), m.group(2).strip()
    if code is None or code.endswith("ELI") or len(code) == 3:
        return None
    if rest.startswith(">"):
        start, end = date(rest[1:]), SOURCE_DATE
    elif rest.startswith("<"):
        start, end = "", date(rest[1:])
    elif "-" in rest:
        a, b = rest.split("-", 1)
        start, end = date(a), date(b)
    else:
        return None
    if start is None or end is None or (start and start > end) or end < "1945":
        return None
    if start and start > SOURCE_DATE:
        return None
    return code, start, end


def days_between(a, b):
    import datetime
    return (datetime.date.fromisoformat(b) - datetime.date.fromisoformat(a)).days


def without_overlaps(roles):
    out = []
    for code, start, end in sorted(set(roles), key=lambda r: (r[1] or "0000", r[2])):
        # CountryInfo records offices month by month: a gap of a month or two is the same office.
        if out and code == out[-1][0] and start and start >= out[-1][2] and days_between(out[-1][2], start) <= 62:
            out[-1] = (code, out[-1][1], max(end, out[-1][2]))
            continue
        if out and (start or "0000") < out[-1][2]:
            if code == out[-1][0]:
                out[-1] = (code, out[-1][1], max(end, out[-1][2]))
                continue
            start = out[-1][2]
            if start >= end:
                continue
        out.append((code, start, end))
    return out


def entries(path):
    cur = None
    for line in open(path, encoding="latin-1"):
        s = line.strip()
        if not s or s.startswith("#") or s.startswith("<!"):
            continue
        if s.startswith("["):
            if cur:
                cur["roles"].append(s)
        elif s.startswith("+"):
            if cur:
                cur["variants"].append(s[1:])
        else:
            if cur:
                yield cur
            cur = {"name": s.split()[0], "variants": [], "roles": [], "person": "# CountryInfo" in s}
    if cur:
        yield cur


def main():
    phoenix, resources = sys.argv[1], sys.argv[2]
    countries = table(resources + "/actors/countries.tsv")
    agents = table(resources + "/cameo/agents.tsv")
    known = set()
    for line in open(resources + "/actors/people.tsv", encoding="utf-8"):
        if line.startswith("#") or "\t" not in line:
            continue
        for n in line.split("\t")[1].split("|"):
            known.add(fold(n.strip()))
    print("# People with dated roles, derived by tools/phoenix_people.py from Phoenix.Countries.actors.txt")
    print("# (Open Event Data Alliance, CountryInfo 2014-01-30; MIT License). Same format as people.tsv; loaded")
    print("# after it, without surnames alone. Open-ended roles end on 2014-01-30, the source's date.")
    seen = set()
    for e in entries(phoenix):
        if not e["person"]:
            continue
        names = []
        for raw in [e["name"]] + e["variants"]:
            ws = words(raw)
            if len(ws) < 2 or any(w in TITLES for w in ws) or not all(re.match(r"^[A-Z][A-Z'.-]*$", w) for w in ws):
                continue
            name = spell(ws)
            if fold(name) not in [fold(n) for n in names]:
                names.append(name)
        if not names or any(fold(n) in known or fold(n) in seen for n in names):
            continue
        roles = without_overlaps([r for r in (role(x, countries, agents) for x in e["roles"]) if r])
        if not any(code[3:] in CORE and end >= "1990" for code, _, end in roles):
            continue
        seen.update(fold(n) for n in names)
        for code, start, end in roles:
            print(f"{code}\t{'|'.join(names)}\t{start}\t{end}")


if __name__ == "__main__":
    main()
