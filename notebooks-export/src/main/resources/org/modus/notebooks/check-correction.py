# Recompute the corrected shares: Rogan-Gladen, (share + Sp - 1) / (Se + Sp - 1) clamped to [0, 1],
# from each published cell's raw counts and the sensitivity and specificity in the run's copy of the
# extractor's quality file (report/extraction-quality.json, written with the report), and check them
# against the trends table's corrected_share. Suppressed cells publish neither and are skipped.
quality = spark.read.option("multiLine", True).json(f"{RUN_DIR}/report/extraction-quality.json")
rates = {}
for c in quality.selectExpr("explode(categories) AS c").select("c.*").collect():
    rates[(c["family"], c["category"])] = (c["tp"] / (c["tp"] + c["fn"]), c["tn"] / (c["tn"] + c["fp"]))
checked = 0
for r in spark.sql("SELECT family, category, count, total, corrected_share FROM trends "
                   "WHERE correction_status = 'corrected' AND NOT suppressed").collect():
    se, sp = rates[(r["family"], r["category"])]
    point = min(1.0, max(0.0, (r["count"] / r["total"] + sp - 1) / (se + sp - 1)))
    assert abs(point - r["corrected_share"]) < 1e-9, (r["family"], r["category"], point, r["corrected_share"])
    checked += 1
print(f"{checked} corrected shares recomputed from the raw counts and the quality file: all agree")
