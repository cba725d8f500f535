#!/usr/bin/env python3
"""Draws the stratified sample of ChainBreaker ads that blind annotators label.

Reads the real corpus from ../shared/data/real/chainbreaker-ads/raw.csv (never copied into the repo),
groups near-duplicate templates (word 3-gram Jaccard >= 0.5, union-find), keeps one representative per
group (its lowest row index) and draws groups stratified by the source's own label (0/1) and by whether
the group is a template (size > 1) or a singleton, proportionally, seed 20261204. Prints the chosen row
indices with their group and stratum as CSV: no text leaves this script.

A later sample passes the earlier samples' CSVs (comma-separated) and its own seed: groups whose
representative was drawn before are left out, so the new sample's rows are unseen templates.
Usage: sample_chainbreaker.py RAW_CSV N [EXCLUDE_CSV[,EXCLUDE_CSV...] [SEED]]
"""
import csv, random, re, sys
from collections import defaultdict

path = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/real/chainbreaker-ads/raw.csv"
n_target = int(sys.argv[2]) if len(sys.argv) > 2 else 420
excluded = set()
if len(sys.argv) > 3 and sys.argv[3]:
    for ex in sys.argv[3].split(","):
        with open(ex, newline="", encoding="utf-8") as f:
            excluded |= {int(r["row_index"]) for r in csv.DictReader(f)}
seed = int(sys.argv[4]) if len(sys.argv) > 4 else 20261204
csv.field_size_limit(10**8)
rows = []
with open(path, newline="", encoding="utf-8") as f:
    r = csv.reader(f, delimiter=";")
    next(r)
    for rec in r:
        rows.append((int(rec[0]), rec[1], rec[2]))

def shingles(t):
    w = re.findall(r"[a-z0-9]+", t.lower())
    return {" ".join(w[i:i + 3]) for i in range(max(1, len(w) - 2))}

sh = [shingles(t) for _, t, _ in rows]
parent = list(range(len(rows)))
def find(i):
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i
# candidate pairs through shared rare-ish shingles keeps this well under a second per thousand ads
index = defaultdict(list)
for i, s in enumerate(sh):
    for g in s:
        index[g].append(i)
cand = set()
for g, ids in index.items():
    if len(ids) > 200:
        continue
    for a in range(len(ids)):
        for b in range(a + 1, len(ids)):
            cand.add((ids[a], ids[b]))
for a, b in cand:
    inter = len(sh[a] & sh[b])
    if inter and inter / len(sh[a] | sh[b]) >= 0.5:
        parent[find(a)] = find(b)
groups = defaultdict(list)
for i in range(len(rows)):
    groups[find(i)].append(i)
strata = defaultdict(list)
for members in groups.values():
    rep = min(members, key=lambda i: rows[i][0])
    if rows[rep][0] in excluded:
        continue
    label = "1" if rows[rep][2].startswith("1") else "0"
    kind = "template" if len(members) > 1 else "single"
    strata[(label, kind)].append((rows[rep][0], len(members)))
total = sum(len(v) for v in strata.values())
rng = random.Random(seed)
print("row_index,group_size,source_label,group_kind")
chosen = []
for key in sorted(strata):
    items = sorted(strata[key])
    k = round(n_target * len(items) / total)
    for idx, size in rng.sample(items, min(k, len(items))):
        chosen.append((idx, size, key[0], key[1]))
for c in sorted(chosen):
    print(f"{c[0]},{c[1]},{c[2]},{c[3]}")
print(f"# rows={len(rows)} groups={total} strata={ {k: len(v) for k, v in sorted(strata.items())} } chosen={len(chosen)}", file=sys.stderr)
