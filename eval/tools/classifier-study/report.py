import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from study import *
rng = np.random.default_rng(0)
def famstr(sc): return " ".join("%s=%.3f" % (f[:6], prf(*sc[f])[2]) for f in FAM4)
def perad(ads, preds):
    return np.array([score([a], [p])["micro"] for a, p in zip(ads, preds)])
def boot(ads, pa, pb, n=2000):
    A, Bv = perad(ads, pa), perad(ads, pb); d = []
    for _ in range(n):
        i = rng.integers(0, len(ads), len(ads)); a, b = A[i].sum(0), Bv[i].sum(0)
        d.append(prf(*b)[2] - prf(*a)[2])
    return np.percentile(d, [2.5, 97.5])

D = data()
for ho in HELDOUT:
    R = pickle.load(open(os.path.join(WORK, "cache-main-%s.pkl" % ho), "rb"))
    trs, train, test, rp, cats, rcats = setup(ho); assert cats == R["cats"]
    P, PS, thr = R["P"], R["PS"], R["thr"]
    print("\n==== held out %s (%d ads, %d modelled cats); training rule micro (optimistic): %s ; held-out rule: %s" % (
        ho, len(test), len(cats), fmt(score(train, [rp[a["key"]] for a in train])["micro"]), fmt(score(test, [rp[a["key"]] for a in test])["micro"])))
    print("CV thresholds: clf global %.2f, OR global %.2f, stack global %.2f" % (thr["clf"][0], thr["or"][0], thr["stack"][0]))
    print("OR per-cat thr:", " ".join("%s=%.2f" % (c.split("/")[1][:10], t) for c, t in zip(cats, thr["or"][1])))
    rows = [("rules", combine(test, rp, cats, None, "rule", 1))]
    rows += [("clf@0.5", combine(test, rp, cats, P, "clf", 0.5)),
             ("clf@cv-global %.2f" % thr["clf"][0], combine(test, rp, cats, P, "clf", thr["clf"][0])),
             ("clf@cv-percat", combine(test, rp, cats, P, "clf", thr["clf"][1]))]
    rows += [("OR@%.1f" % t, combine(test, rp, cats, P, "or", t)) for t in (0.5, 0.6, 0.7, 0.8)]
    rows += [("OR@cv-global %.2f" % thr["or"][0], combine(test, rp, cats, P, "or", thr["or"][0])),
             ("OR@cv-percat", combine(test, rp, cats, P, "or", thr["or"][1]))]
    rows += [("stack@0.5", combine(test, rp, cats, PS, "stack", 0.5)),
             ("stack@cv-global %.2f" % thr["stack"][0], combine(test, rp, cats, PS, "stack", thr["stack"][0])),
             ("stack@cv-percat", combine(test, rp, cats, PS, "stack", thr["stack"][1])),
             ("rule OR stack@0.5", combine(test, rp, cats, PS, "or", 0.5))]
    base = rows[0][1]
    for name, pr in rows:
        sc = score(test, pr)
        ci = "" if name == "rules" else " dF1 95%%CI [%+.3f,%+.3f]" % tuple(boot(test, base, pr, 1000))
        print("  %-22s micro %s | %s%s" % (name, fmt(sc["micro"]), famstr(sc), ci))
    # Q4: what does the stacked model do with rule positives (modelled cats only)
    for tname, t in [("0.5", 0.5), ("cv-global", thr["stack"][0])]:
        drop_fp = drop_tp = add_tp = add_fp = 0
        for i, a in enumerate(test):
            for k, c in enumerate(cats):
                r = c in rp[a["key"]]; s = PS[i, k] > t; g = c in a["labels"]
                if r and not s: drop_fp += not g; drop_tp += g
                if s and not r: add_tp += g; add_fp += not g
        nfp = sum(1 for a in test for c in rp[a["key"]] if c in cats and c not in a["labels"])
        print("  stack@%s vs rule: removes %d of %d rule FPs but also %d rule TPs; adds %d TP / %d FP" % (tname, drop_fp, nfp, drop_tp, add_tp, add_fp))
    nt = len(R["vocab"])
    own = [R["WS"][nt + rcats.index(c), k] for k, c in enumerate(cats) if c in rcats]
    print("  stacked weight of own-rule feature: median %.1f (text weights |w| p99 %.1f)" % (np.median(own), np.percentile(np.abs(R["WS"][:nt]), 99)))
    # model size + pruning (portable: normalise by # fired features present in the kept vocabulary)
    W, b = R["W"], R["b"]; inv = {i: f for f, i in R["vocab"].items()}
    print("  model size: vocab %d x %d cats = %d weights (L2 -> dense)" % (nt, len(cats), W.size))
    FE = featcache(test, MAINCFG)
    for k_keep in (50, 150, 400):
        Wp = np.zeros_like(W)
        for k in range(len(cats)):
            top = np.argsort(-np.abs(W[:, k]))[:k_keep]; Wp[top, k] = W[top, k]
        keep = np.where(np.abs(Wp).sum(1) > 0)[0]; kv = {inv[j]: j for j in keep}
        rows_, cols_ = [], []
        for i, s in enumerate(FE):
            js = [kv[f] for f in s if f in kv]; rows_ += [i] * len(js); cols_ += js
        M = sp.csr_matrix((np.ones(len(rows_)), (rows_, cols_)), shape=(len(FE), nt))
        M = sp.diags(1 / np.sqrt(np.maximum(1, M.getnnz(axis=1)))) @ M
        Pp = predict(M, Wp, b)
        print("  pruned top-%d/cat: %d nnz weights, %d features; OR@cv-global %s ; OR@0.5 %s" % (k_keep, (Wp != 0).sum(), len(keep),
              fmt(score(test, combine(test, rp, cats, Pp, "or", thr["or"][0]))["micro"]), fmt(score(test, combine(test, rp, cats, Pp, "or", 0.5))["micro"])))
    # per-category deltas for OR@cv-global
    print("  per-category F1 rule -> OR@cv-global (|d|>=0.03):")
    orp = combine(test, rp, cats, P, "or", thr["or"][0])
    for c in cats:
        def f1(pr):
            tp = sum(c in p and c in a["labels"] for a, p in zip(test, pr)); fp = sum(c in p and c not in a["labels"] for a, p in zip(test, pr))
            fn = sum(c not in p and c in a["labels"] for a, p in zip(test, pr)); return prf(tp, fp, fn)[2], tp + fn
        (f0, n), (f1_, _) = f1(base), f1(orp)
        if abs(f1_ - f0) >= 0.03: print("    %-45s n=%3d %.2f -> %.2f" % (c, n, f0, f1_))
    if ho == "ads-v7":  # one explanation example
        for i, a in enumerate(test):
            k = [k for k, c in enumerate(cats) if c in a["labels"] and c not in rp[a["key"]] and P[i, k] > thr["or"][0]]
            if k and a["lang"] == "en":
                k = k[0]; fs = [f for f in FE[i] if f in R["vocab"]]; nrm = np.sqrt(len(fs))
                contrib = sorted(((R["W"][R["vocab"][f], k] / nrm, f) for f in fs), reverse=True)[:6]
                print("  EXPLAIN %s %s p=%.2f: %s" % (a["id"], cats[k], P[i, k], ", ".join("%s %+.2f" % (f, w) for w, f in contrib)))
                break

print("\n==== feature ablation (text-only classifier; thresholds fixed) ")
for ho in HELDOUT:
    try: A = pickle.load(open(os.path.join(WORK, "cache-abl-%s.pkl" % ho), "rb"))
    except FileNotFoundError: continue
    trs, train, test, rp, cats, rcats = setup(ho)
    A["out"]["uni+bi+num+geo (main)"] = pickle.load(open(os.path.join(WORK, "cache-main-%s.pkl" % ho), "rb"))["P"]
    for name, P in A["out"].items():
        print("  %s %-24s clf@0.5 %s | OR@0.5 %s | OR@0.7 %s" % (ho, name, fmt(score(test, combine(test, rp, cats, P, "clf", 0.5))["micro"]),
              fmt(score(test, combine(test, rp, cats, P, "or", 0.5))["micro"]), fmt(score(test, combine(test, rp, cats, P, "or", 0.7))["micro"])))
