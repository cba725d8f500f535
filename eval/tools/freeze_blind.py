#!/usr/bin/env python3
"""Freezes the blind evaluation sets written by authors who never saw the lexicon or the code.

Reads the authors' files (given folder), checks them, assigns each record to the dev or the test half
(seeded shuffle within each stratum: language and kind for ads, language for narratives and canary
records, the sampling stratum for ChainBreaker rows) and writes the files under eval/. Labels whose id
is not in taxonomy-v1 (a platform the author named that the taxonomy does not list) are kept apart in
`unscored_labels`, never silently dropped. Run once, commit the output before changing the code it judges.
"""
import csv, json, random, sys
from collections import defaultdict
from pathlib import Path

src = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/blind")
only = set((sys.argv[2] if len(sys.argv) > 2 else "ads,narratives,chainbreaker,canary").split(","))
root = Path(__file__).resolve().parents[2]
known = set()
family_of = defaultdict(set)
with open(root / "data-schemas/taxonomy/taxonomy-v1.csv", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        known.add(f"{r['family']}/{r['category']}")
        family_of[r["category"]].add(r["family"])
SEED = 20261204


def qualify(label):
    """One author wrote bare category ids ("job_abroad"). Category ids are unique across the taxonomy's
    families, so the family is added mechanically; a bare id the taxonomy lacks is a platform the author
    named (the only family the brief let authors extend)."""
    if "/" in label:
        return label
    families = family_of.get(label, set())
    if len(families) > 1:
        raise SystemExit(f"bare label {label} is ambiguous: {sorted(families)}")
    return f"{next(iter(families))}/{label}" if families else f"platform/{label}"


def split_labels(labels):
    labels = [qualify(l) for l in labels]
    ok = [l for l in labels if l in known]
    bad = [l for l in labels if l not in known]
    return sorted(set(ok)), sorted(set(bad))


def assign(records, stratum):
    by = defaultdict(list)
    for r in records:
        by[stratum(r)].append(r)
    rng = random.Random(SEED)
    for key in sorted(by):
        items = sorted(by[key], key=lambda r: r["id"])
        rng.shuffle(items)
        for i, r in enumerate(items):
            r["split"] = "dev" if i % 2 == 0 else "test"


def write(path, records):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for r in sorted(records, key=lambda r: r["id"]):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{path.relative_to(root)}: {len(records)} records", file=sys.stderr)


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


AD_FAMILIES = ["platform", "recruitment_channel", "payment_method", "deceptive_recruitment", "ad_indicator"]


def freeze_ads(out="eval/blind/ads.jsonl", folder="", id_prefix=None):
    """id_prefix: the set's own prefix for ids its authors wrote as "blind-en-001" ("b6" gives "b6-en-001"),
    so that ids stay unique across sets."""
    ads = []
    for lang in ("en", "fr", "es"):
        for a in read_jsonl(src / folder / f"ads-{lang}" / "ads.jsonl"):
            if id_prefix and a["id"].startswith("blind-"):
                a["id"] = id_prefix + a["id"][len("blind"):]
            labels, unscored = split_labels(a.get("labels", []))
            neg, neg_unscored = split_labels(a.get("negated_labels", []))
            ads.append({"id": a["id"], "lang": a["lang"], "country": a.get("country"), "kind": a.get("kind"),
                        "title": a.get("title", ""), "text": a["text"], "labels": labels, "negated_labels": neg,
                        "unscored_labels": unscored + neg_unscored, "labelled_families": AD_FAMILIES,
                        "notes": a.get("notes", "")})
    ids = [a["id"] for a in ads]
    if len(ids) != len(set(ids)):
        raise SystemExit("ad ids are not unique")
    assign(ads, lambda r: (r["lang"], r["kind"]))
    write(root / out, ads)


def freeze_narratives():
    narr = []
    for a in read_jsonl(src / "narratives" / "narratives.jsonl"):
        labels, unscored = split_labels(a.get("labels", []))
        neg, _ = split_labels(a.get("negated_labels", []))
        narr.append({"id": a["id"], "lang": a["lang"], "text": a["text"], "labels": labels,
                     "negated_labels": neg, "unscored_labels": unscored,
                     "labelled_families": ["control_coercion", "deceptive_recruitment"],
                     "notes": a.get("notes", "")})
    assign(narr, lambda r: r["lang"])
    write(root / "eval/blind/narratives.jsonl", narr)


def freeze_chainbreaker(sample=None, out="eval/real/chainbreaker-labels.jsonl", id_prefix="cb-"):
    strata = {}
    with open(sample or src / "chainbreaker-sample.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            strata[int(r["row_index"])] = (r["source_label"], r["group_kind"])
    cb = []
    for part in ("a", "b"):
        folder = src / f"chainbreaker-{part}" if sample is None else src / f"cb-{part}"
        for a in read_jsonl(folder / "labels.jsonl"):
            labels, unscored = split_labels(a.get("labels", []))
            neg, _ = split_labels(a.get("negated_labels", []))
            unc = [l for l in a.get("uncertain", []) if l in known]
            cb.append({"id": f"{id_prefix}{a['row_index']}", "row_index": a["row_index"], "lang": "en",
                       "labels": labels, "negated_labels": neg, "uncertain_labels": unc,
                       "unscored_labels": unscored,
                       "labelled_families": ["ad_indicator", "platform", "recruitment_channel", "payment_method"],
                       "annotator": part})
    missing = set(strata) - {r["row_index"] for r in cb}
    if missing:
        raise SystemExit(f"{len(missing)} sampled rows have no labels")
    assign(cb, lambda r: strata[r["row_index"]])
    write(root / out, cb)


def freeze_canary(folders=("canary-a", "canary-b"), out="eval/blind/canary.jsonl", stratum=lambda r: r["lang"]):
    canary = []
    for folder in folders:
        for a in read_jsonl(src / folder / "canary.jsonl"):
            for item in a.get("identifiers", []) + a.get("benign", []):
                field = a["record"].get(item["field"])
                if not isinstance(field, str) or item["value"] not in field:
                    raise SystemExit(f"{a['id']}: value not in field {item['field']}")
            canary.append(a)
    ids = [a["id"] for a in canary]
    if len(ids) != len(set(ids)):
        raise SystemExit("canary ids are not unique")
    assign(canary, stratum)
    write(root / out, canary)


def freeze_canary2():
    """The second canary, by another blind author (session 7): scored only when a detector change is done."""
    freeze_canary(("canary-v2",), "eval/blind/canary-v2.jsonl")


def freeze_v2():
    """Session 9's blind sets, by new authors, from /work/blind/v2: a second ad set, a third canary and a
    second ChainBreaker sample (rows of groups the first sample did not draw)."""
    freeze_ads("eval/blind/ads-v2.jsonl")
    freeze_canary(("canary-v3",), "eval/blind/canary-v3.jsonl")
    freeze_chainbreaker(root / "eval/real/chainbreaker-sample-v2.csv", "eval/real/chainbreaker-labels-v2.jsonl", "cb2-")


def freeze_v3():
    """Session 10's canary, by another blind author, from /work/blind/v3 (the v4 author's run failed and left
    no set, so this one is v5)."""
    freeze_canary(("canary-v5",), "eval/blind/canary-v5.jsonl")


def freeze_v6():
    """Session 12's canary, by two more blind authors, from /work/blind/v6 (their two files, one set)."""
    # by author (id prefix) and language, so that each half holds both authors' forms
    freeze_canary(("v6/canary-v6a", "v6/canary-v6b"), "eval/blind/canary-v6.jsonl",
                  lambda r: (r["id"].split("-")[0], r["lang"]))


def freeze_v7():
    """Session 12's third blind ad set, one author per language, from /work/blind/v7."""
    freeze_ads("eval/blind/ads-v3.jsonl", "v7")


def freeze_s13_canary():
    """Session 13's canary, by two more blind authors, from /work/blind/s13 (their two files, one set)."""
    freeze_canary(("s13/canary-v7a", "s13/canary-v7b"), "eval/blind/canary-v7.jsonl",
                  lambda r: (r["id"].split("-")[0], r["lang"]))


def freeze_s14_canary():
    """Session 14's canary, by two more blind authors, from /work/blind/s14 (their two files, one set)."""
    freeze_canary(("s14/canary-v8a", "s14/canary-v8b"), "eval/blind/canary-v8.jsonl",
                  lambda r: (r["id"].split("-")[0], r["lang"]))


def freeze_s15_ads():
    """Session 15's fifth blind ad set, one new author per language, from /work/blind/s15."""
    freeze_ads("eval/blind/ads-v5.jsonl", "s15")


def freeze_s16():
    """Session 16's sets, by five new blind authors, from /work/blind/s16: a sixth ad set (one author per
    language) and canary v9 (two authors, their two files one set)."""
    freeze_ads("eval/blind/ads-v6.jsonl", "s16", "b6")
    freeze_canary(("s16/canary-v9a", "s16/canary-v9b"), "eval/blind/canary-v9.jsonl",
                  lambda r: (r["id"].split("-")[0], r["lang"]))


def freeze_s17():
    """Session 17's sets, by five new blind authors, from /work/blind/s17: a seventh ad set (one author
    per language) and canary v10 (two authors, their two files one set)."""
    freeze_ads("eval/blind/ads-v7.jsonl", "s17", "b7")
    freeze_canary(("s17/canary-v10a", "s17/canary-v10b"), "eval/blind/canary-v10.jsonl",
                  lambda r: (r["id"].split("-")[0], r["lang"]))


def freeze_s17b():
    """Session 17's second canary, by two more blind authors, from /work/blind/s17b: canary v11, asked
    once canary v10's test half had been scored, to judge the round that tuned on v10."""
    freeze_canary(("s17b/canary-v11a", "s17b/canary-v11b"), "eval/blind/canary-v11.jsonl",
                  lambda r: (r["id"].split("-")[0], r["lang"]))


def freeze_s20():
    """Session 20's tenth ad set, one new blind author per language, from /work/blind/s20: asked once
    ad set v9's test half had been scored, to judge the classifier retrained after it."""
    freeze_ads("eval/blind/ads-v10.jsonl", "s20", "b10")


def freeze_s19():
    """Session 19's canary v13, by three blind authors, from /work/blind/s19. Two authors were given the
    same brief and folder by mistake (canary-v13a) and noticed each other: one kept the folder's top
    level, the other moved to canary-v13a/b2 and reused the first one's two generator modules. Both sets
    are kept; the second one's ids (written as C13A-...) are renamed C13C-... so the ids stay unique and
    each author is a stratum of its own."""
    renamed = src / "s19/canary-v13c/canary.jsonl"
    renamed.parent.mkdir(parents=True, exist_ok=True)
    with open(renamed, "w", encoding="utf-8") as f:
        for a in read_jsonl(src / "s19/canary-v13a/b2/canary.jsonl"):
            a["id"] = a["id"].replace("C13A-", "C13C-", 1)
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    freeze_canary(("s19/canary-v13a", "s19/canary-v13c", "s19/canary-v13b"), "eval/blind/canary-v13.jsonl",
                  lambda r: (r["id"].split("-")[0], r["lang"]))


def freeze_s21():
    """Session 21's canary v14, by two new blind authors, from /work/blind/s21: asked once canary
    v13's test half had been scored, to judge the round that tuned on v13 whole; frozen before that
    round's detector changes were committed."""
    freeze_canary(("s21/canary-v14a", "s21/canary-v14b"), "eval/blind/canary-v14.jsonl",
                  lambda r: (r["id"].split("-")[0], r["lang"]))


def freeze_s21b():
    """Session 21's second canary, v15, by two more blind authors, from /work/blind/s21b: asked once
    canary v14 had been scored, to judge the round that tuned on v14 whole; frozen before that
    round's detector changes were committed."""
    freeze_canary(("s21b/canary-v15a", "s21b/canary-v15b"), "eval/blind/canary-v15.jsonl",
                  lambda r: (r["id"].split("-")[0], r["lang"]))


def freeze_s21c():
    """Session 21's third canary, v16, by two more blind authors, from /work/blind/s21c: asked once
    canary v15 had been scored, to judge the rounds that tuned on v15 whole; frozen before the
    second of them was committed (the first, 6e550d7, was committed before v16 was asked for)."""
    freeze_canary(("s21c/canary-v16a", "s21c/canary-v16b"), "eval/blind/canary-v16.jsonl",
                  lambda r: (r["id"].split("-")[0], r["lang"]))


def freeze_s22():
    """Session 22's canary v17, by two new blind authors, from /work/blind/s22: asked at the session's
    start, before the round that tunes on canaries v8-v16; the brief's last line asks the authors to
    be adversarial (obfuscations, values broken across lines, mixed scripts, unusual separators)."""
    freeze_canary(("s22/canary-v17a", "s22/canary-v17b"), "eval/blind/canary-v17.jsonl",
                  lambda r: (r["id"].split("-")[0], r["lang"]))


def freeze_s18():
    """Session 18's sets, by five new blind authors, from /work/blind/s18: an eighth ad set (one author
    per language; the held-out set for the round after ad set v7 was spent) and canary v12 (two authors,
    their two files one set)."""
    freeze_ads("eval/blind/ads-v8.jsonl", "s18", "b8")
    freeze_canary(("s18/canary-v12a", "s18/canary-v12b"), "eval/blind/canary-v12.jsonl",
                  lambda r: (r["id"].split("-")[0], r["lang"]))


def freeze_s18b():
    """Session 18's second ad set, by three more blind authors, from /work/blind/s18b: ad set v9,
    asked once ad set v8's test half had been scored, to judge the statistical layer planned on top
    of the rules (its test half is scored once, when that layer is done)."""
    freeze_ads("eval/blind/ads-v9.jsonl", "s18b", "b9")


def freeze_s13_ads():
    """Session 13's fourth blind ad set, one new author per language, from /work/blind/s13."""
    freeze_ads("eval/blind/ads-v4.jsonl", "s13")


for name, fn in [("s22", freeze_s22), ("s21c", freeze_s21c), ("s21b", freeze_s21b), ("s21", freeze_s21), ("s20", freeze_s20), ("s19", freeze_s19), ("s18b", freeze_s18b), ("s18", freeze_s18), ("s17b", freeze_s17b), ("s17", freeze_s17), ("s16", freeze_s16), ("s15-ads", freeze_s15_ads), ("s14-canary", freeze_s14_canary), ("s13-canary", freeze_s13_canary), ("s13-ads", freeze_s13_ads), ("v7", freeze_v7), ("v6", freeze_v6), ("v3", freeze_v3), ("v2", freeze_v2), ("ads", freeze_ads), ("narratives", freeze_narratives), ("chainbreaker", freeze_chainbreaker),
                 ("canary", freeze_canary), ("canary2", freeze_canary2)]:
    if name in only:
        fn()
