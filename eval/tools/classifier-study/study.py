#!/usr/bin/env python3
"""Offline study: explainable linear layer on top of the Modus rule extractor.
Usage: python3 study.py [main|ablate|all]   (results -> stdout; cached pieces in $STUDY_DIR, default /tmp/clf)
Never opens ads-v2.jsonl; drops ads-v8 records with split=="test" at load time.
"""
import json, re, sys, time, unicodedata, os, pickle
from collections import defaultdict, Counter
import numpy as np, scipy.sparse as sp
from scipy.optimize import minimize

B = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "blind") + "/"
WORK = os.environ.get("STUDY_DIR", "/tmp/clf")
SETS = ["ads", "ads-v3", "ads-v4", "ads-v5", "ads-v6", "ads-v7", "ads-v8"]
FAM5 = ["platform", "recruitment_channel", "payment_method", "deceptive_recruitment", "ad_indicator"]
FAM4 = ["recruitment_channel", "payment_method", "deceptive_recruitment", "ad_indicator"]
HELDOUT = ["ads-v7", "ads-v8"]
MINPOS = 8

def load(s):
    assert s != "ads-v2"
    R = [json.loads(l) for l in open(B + s + ".jsonl")]
    if s == "ads-v8":
        R = [r for r in R if r.get("split") != "test"]
    for r in R: r["set"] = s
    return R

def rule_preds(s, ads):
    f = os.path.join(WORK, "rule-errors-%s.txt" % ("ads-v8-dev" if s == "ads-v8" else s))
    fn, fp = defaultdict(set), defaultdict(set)
    for l in open(f):
        m = re.match(r"^\s+(\S+) (FN|FP) (\S+)\s*$", l)
        if m: (fn if m.group(2) == "FN" else fp)[m.group(1)].add(m.group(3))
    out = {}
    for a in ads:
        g = {l for l in a["labels"] if l.split("/")[0] in FAM5}
        out[a["id"]] = (g - fn[a["id"]]) | fp[a["id"]]
    return out

# ---------------------------------------------------------------- features
def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn")

CUR = {"€": "eur", "$": "usd", "£": "gbp", "¥": "yen", "₱": "php", "₦": "ngn", "₹": "inr",
       "eur": "eur", "euro": "eur", "euros": "eur", "usd": "usd", "dollars": "usd", "dolares": "usd", "dollar": "usd",
       "gbp": "gbp", "pounds": "gbp", "pesos": "mxn", "peso": "mxn", "mxn": "mxn", "cad": "usd", "aud": "usd",
       "chf": "eur", "francs": "eur", "dh": "mad", "dhs": "mad", "aed": "mad", "k": None}
TOKRE = re.compile(r"[a-z]+|\d+(?:[.,']\d+)*|[€$£¥₱₦₹@#]|https?|www")

# compact gazetteer: ISO2 -> folded names (en/fr/es) and a few big cities
GAZ = {
 "US": "united states|usa|estados unidos|etats unis|eeuu|new york|miami|los angeles|las vegas|texas|california|florida",
 "CA": "canada|canadá|toronto|montreal|vancouver|quebec", "GB": "uk|united kingdom|england|london|londres|royaume uni|reino unido|angleterre|inglaterra",
 "FR": "france|francia|paris|marseille|lyon|nice", "ES": "spain|espagne|espana|madrid|barcelona|barcelone|valencia|malaga|ibiza",
 "DE": "germany|allemagne|alemania|berlin|munich|frankfurt", "IT": "italy|italie|italia|rome|roma|milan", "BE": "belgium|belgique|belgica|bruxelles|brussels",
 "CH": "switzerland|suisse|suiza|geneve|zurich", "NL": "netherlands|pays bas|holanda|amsterdam", "PT": "portugal|lisbon|lisbonne|lisboa",
 "PL": "poland|pologne|polonia", "GR": "greece|grece|grecia|athens", "CY": "cyprus|chypre|chipre", "MT": "malta|malte",
 "MX": "mexico|mexique|cancun|tijuana|guadalajara|monterrey", "CO": "colombia|colombie|bogota|medellin|cali", "VE": "venezuela|caracas",
 "AR": "argentina|argentine|buenos aires", "PE": "peru|perou|lima", "CL": "chile|chili|santiago", "EC": "ecuador|equateur|quito",
 "DO": "dominican republic|republica dominicana|republique dominicaine|santo domingo", "HN": "honduras", "GT": "guatemala", "SV": "el salvador",
 "NI": "nicaragua", "CU": "cuba", "PA": "panama", "CR": "costa rica", "BO": "bolivia|bolivie", "PY": "paraguay", "UY": "uruguay",
 "BR": "brazil|bresil|brasil", "PH": "philippines|filipinas|manila", "IN": "india|inde|delhi|mumbai", "NG": "nigeria|lagos|abuja",
 "GH": "ghana|accra", "SN": "senegal|dakar", "CI": "cote d ivoire|ivory coast|costa de marfil|abidjan", "CM": "cameroon|cameroun|camerun|douala|yaounde",
 "MA": "morocco|maroc|marruecos|casablanca", "DZ": "algeria|algerie|argelia|alger", "TN": "tunisia|tunisie|tunez", "CD": "congo|kinshasa",
 "HT": "haiti", "AE": "uae|dubai|dubái|emirates|emirats|emiratos|abu dhabi", "SA": "saudi|arabie saoudite|arabia saudita|riyadh", "QA": "qatar|doha",
 "KW": "kuwait|koweit", "LB": "lebanon|liban|libano|beirut", "TR": "turkey|turquie|turquia|istanbul", "RU": "russia|russie|rusia|moscow",
 "UA": "ukraine|ucrania|kyiv|kiev", "RO": "romania|roumanie|rumania", "JP": "japan|japon|tokyo", "KR": "korea|coree|corea|seoul",
 "CN": "china|chine|beijing|shanghai", "TW": "taiwan|taipei|taoyuan", "HK": "hong kong", "SG": "singapore|singapour|singapur", "MY": "malaysia|malaisie|malasia|kuala lumpur",
 "TH": "thailand|thailande|tailandia|bangkok|pattaya", "AU": "australia|australie|sydney|melbourne", "NZ": "new zealand|nouvelle zelande|nueva zelanda",
 "IE": "ireland|irlande|irlanda|dublin", "KE": "kenya|nairobi", "ZA": "south africa|afrique du sud|sudafrica", "LU": "luxembourg|luxemburgo", "MC": "monaco",
}
GAZRE = [(iso, re.compile(r"\b(?:%s)\b" % "|".join(re.escape(fold(n)) for n in names.split("|")))) for iso, names in GAZ.items()]

def feats(a, cfg):
    txt = fold(a["title"] + " . " + a["text"])
    raw = TOKRE.findall(txt)
    toks = []
    for t in raw:
        if t[0].isdigit():
            if cfg.get("num"):
                d = re.sub(r"\D", "", t); toks.append("<num%d>" % min(len(d), 6))
            else:
                toks.append(t)
        else:
            toks.append(t)
    F = set()
    if cfg.get("uni", True): F |= {"w=" + t for t in toks}
    if cfg.get("bi"): F |= {"b=" + toks[i] + "_" + toks[i + 1] for i in range(len(toks) - 1)}
    if cfg.get("num"):
        for i, t in enumerate(raw):
            if t[0].isdigit():
                for j in (i - 1, i + 1):
                    if 0 <= j < len(raw) and CUR.get(raw[j]):
                        F.add("amt_cur"); F.add("amt_%s_%d" % (CUR[raw[j]], min(len(re.sub(r"\D", "", t)), 6)))
    if cfg.get("char"):
        for t in set(toks):
            if t.isalpha() and len(t) >= 3:
                w = "<" + t + ">"
                for n in (3, 4, 5):
                    for i in range(len(w) - n + 1): F.add("c=" + w[i:i + n])
    if cfg.get("geo"):
        hit = {iso for iso, rx in GAZRE if rx.search(txt)}
        for iso in hit: F.add("geo_home" if iso == a["country"] else "geo_foreign")
        F.add("ctry=" + a["country"])
    if cfg.get("lang"):  # shared + language-specific copies
        F |= {a["lang"] + ":" + f for f in list(F)}
    F.add("lang=" + a["lang"])
    return F

def build(train, test, cfg, mindf=2):
    FT = [feats(a, cfg) for a in train]; FE = [feats(a, cfg) for a in test]
    df = Counter(f for s in FT for f in s)
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in df.items() if c >= mindf))}
    def mat(FS):
        rows, cols = [], []
        for i, s in enumerate(FS):
            js = [vocab[f] for f in s if f in vocab]
            rows += [i] * len(js); cols += js
        M = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(FS), len(vocab)))
        n = np.sqrt(np.maximum(1, M.getnnz(axis=1)))  # unit L2 row norm (binary features)
        return sp.diags(1 / n) @ M
    return mat(FT), mat(FE), vocab

def rulemat(ads, rp, rcats):
    idx = {c: i for i, c in enumerate(rcats)}
    rows, cols = [], []
    for i, a in enumerate(ads):
        for c in rp[a["key"]]:
            if c in idx: rows.append(i); cols.append(idx[c])
    return sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(ads), len(rcats)))

# ---------------------------------------------------------------- model: K independent L2-LR, optimised jointly
def fit(X, Y, lam=0.01, maxiter=300):
    n, d = X.shape; K = Y.shape[1]; XT = X.T.tocsr()
    def f(theta):
        W = theta[:d * K].reshape(d, K); b = theta[d * K:]
        Z = X @ W + b
        L = np.logaddexp(0, Z) - Y * Z
        P = 1 / (1 + np.exp(-Z)); G = P - Y
        gW = XT @ G + lam * W; gb = G.sum(0)
        return L.sum() + 0.5 * lam * (W * W).sum(), np.concatenate([gW.ravel(), gb])
    th0 = np.zeros(d * K + K)
    th0[d * K:] = np.log((Y.mean(0) + 1e-3) / (1 - Y.mean(0) + 1e-3))
    r = minimize(f, th0, jac=True, method="L-BFGS-B", options=dict(maxiter=maxiter, gtol=1e-3))
    return r.x[:d * K].reshape(d, K), r.x[d * K:]

def predict(X, W, b): return 1 / (1 + np.exp(-(X @ W + b)))

# ---------------------------------------------------------------- scoring
def prf(tp, fp, fn):
    p = tp / max(1, tp + fp); r = tp / max(1, tp + fn); return p, r, 2 * tp / max(1, 2 * tp + fp + fn)

def score(ads, predsets, fams=FAM4):
    """predsets: list of sets of labels per ad. Returns dict fam->(tp,fp,fn) plus 'micro'."""
    out = defaultdict(lambda: np.zeros(3, int))
    for a, P in zip(ads, predsets):
        G = {l for l in a["labels"] if l.split("/")[0] in fams}
        P = {l for l in P if l.split("/")[0] in fams}
        for l in G | P:
            v = np.array([l in G and l in P, l in P and l not in G, l in G and l not in P], int)
            out[l.split("/")[0]] += v; out["micro"] += v
    return out

def combine(ads, rp, cats, prob, mode, thr):
    """mode: rule | clf | or | stack.  thr: scalar or per-cat array. Categories w/o model fall back to rule (except clf)."""
    thr = np.broadcast_to(np.asarray(thr, float), (len(cats),))
    cs = set(cats); res = []
    for i, a in enumerate(ads):
        R = set(rp[a["key"]])
        C = {c for k, c in enumerate(cats) if prob is not None and prob[i, k] > thr[k]}
        if mode == "rule": res.append(R)
        elif mode == "clf": res.append(C)
        elif mode == "or": res.append(R | C)
        elif mode == "stack": res.append({c for c in R if c not in cs} | C)
    return res

def best_thr(ads, rp, cats, prob, mode, grid=np.round(np.arange(0.05, 0.96, 0.05), 2)):
    """global and per-category thresholds maximising (micro) F1 on out-of-fold predictions."""
    gl = max(grid, key=lambda t: (score(ads, combine(ads, rp, cats, prob, mode, t))["micro"] @ [2, -1, -1], t))
    per = np.full(len(cats), gl)
    G = np.array([[c in a["labels"] for c in cats] for a in ads])
    Rm = np.array([[c in rp[a["key"]] for c in cats] for a in ads])
    for k in range(len(cats)):
        def gain(t):
            P = prob[:, k] > t
            if mode == "or": P = P | Rm[:, k]
            tp = (P & G[:, k]).sum(); fp = (P & ~G[:, k]).sum(); fn = (~P & G[:, k]).sum()
            return 2 * tp - fp - fn  # = contribution to micro-F1 numerator-ish (monotone in F1 for fixed support)
        per[k] = max(grid, key=lambda t: (gain(t), -abs(t - gl)))
    return gl, per

def fmt(c):
    p, r, f = prf(*c); return "%.3f (%.2f/%.2f)" % (f, p, r)

# ---------------------------------------------------------------- driver
ALL = {}
def data():
    if not ALL:
        for s in SETS:
            ads = load(s); rp = rule_preds(s, ads)
            for a in ads: a["key"] = s + "|" + a["id"]
            ALL[s] = (ads, {s + "|" + k: v for k, v in rp.items()})
    return ALL

FC = {}
def featcache(ads, cfg):
    key = json.dumps(cfg, sort_keys=True)
    c = FC.setdefault(key, {})
    for a in ads:
        if a["key"] not in c: c[a["key"]] = feats(a, cfg)
    return [c[a["key"]] for a in ads]

def build2(train, test, cfg, mindf=2):
    FT = featcache(train, cfg); FE = featcache(test, cfg)
    df = Counter(f for s in FT for f in s)
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in df.items() if c >= mindf))}
    def mat(FS):
        rows, cols = [], []
        for i, s in enumerate(FS):
            js = [vocab[f] for f in s if f in vocab]; rows += [i] * len(js); cols += js
        M = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(FS), len(vocab)))
        return sp.diags(1 / np.sqrt(np.maximum(1, M.getnnz(axis=1)))) @ M
    return mat(FT), mat(FE), vocab

def train_predict(train, test, rp, cats, rcats, cfg, lam, stack=False, ret_model=False):
    Xtr, Xte, vocab = build2(train, test, cfg)
    if stack:
        Xtr = sp.hstack([Xtr, rulemat(train, rp, rcats)]).tocsr(); Xte = sp.hstack([Xte, rulemat(test, rp, rcats)]).tocsr()
    Y = np.array([[c in a["labels"] for c in cats] for a in train], float)
    W, b = fit(Xtr, Y, lam)
    P = predict(Xte, W, b)
    return (P, W, b, vocab) if ret_model else P

def setup(ho):
    D = data()
    trs = [s for s in SETS if s != ho]
    train = [a for s in trs for a in D[s][0]]; test = D[ho][0]
    rp = {}
    for s in SETS: rp.update(D[s][1])
    cnt = Counter(l for a in train for l in a["labels"] if l.split("/")[0] in FAM4)
    cats = sorted(c for c, n in cnt.items() if n >= MINPOS)
    rcats = sorted({l for a in train for l in rp[a["key"]]} | {l for a in train for l in a["labels"] if l.split("/")[0] in FAM5})
    return trs, train, test, rp, cats, rcats

MAINCFG = dict(uni=True, bi=True, num=True, geo=True)   # fixed a priori; lambda=0.01 picked on an inner fold of training data
LAM = 0.01

def run_main(ho):
    t0 = time.time()
    trs, train, test, rp, cats, rcats = setup(ho)
    # inner CV on training sets only: 3 folds of 2 sets each -> out-of-fold probs for threshold choice
    groups = [trs[i::3] for i in range(3)]
    oof = np.zeros((len(train), len(cats))); oofs = np.zeros_like(oof)
    for g in groups:
        itr = [a for a in train if a["set"] not in g]; ite_idx = [i for i, a in enumerate(train) if a["set"] in g]
        ite = [train[i] for i in ite_idx]
        oof[ite_idx] = train_predict(itr, ite, rp, cats, rcats, MAINCFG, LAM)
        oofs[ite_idx] = train_predict(itr, ite, rp, cats, rcats, MAINCFG, LAM, stack=True)
        print(ho, "inner", g, "%.0fs" % (time.time() - t0), flush=True)
    thr = {m: best_thr(train, rp, cats, pr, m) for m, pr in [("clf", oof), ("or", oof), ("stack", oofs)]}
    P, W, b, vocab = train_predict(train, test, rp, cats, rcats, MAINCFG, LAM, ret_model=True)
    PS, WS, bS, _ = train_predict(train, test, rp, cats, rcats, MAINCFG, LAM, stack=True, ret_model=True)
    res = dict(ho=ho, cats=cats, rcats=rcats, thr=thr, P=P, PS=PS, W=W, b=b, WS=WS, bS=bS, vocab=vocab,
               oof=oof, oofs=oofs, keys=[a["key"] for a in test])
    pickle.dump(res, open(os.path.join(WORK, "cache-main-%s.pkl" % ho), "wb"))
    print(ho, "done %.0fs" % (time.time() - t0), flush=True)

ABL = {
    "uni+bi": dict(uni=True, bi=True),
    "uni+bi+num": dict(uni=True, bi=True, num=True),
    "main+lang-specific": dict(MAINCFG, lang=True),
    "main+char3-5": dict(MAINCFG, char=True),
}
def run_ablate(ho):
    trs, train, test, rp, cats, rcats = setup(ho); out = {}
    for name, cfg in ABL.items():
        t = time.time()
        out[name] = train_predict(train, test, rp, cats, rcats, cfg, LAM)
        print(ho, name, "%.0fs" % (time.time() - t), flush=True)
    pickle.dump(dict(cats=cats, out=out), open(os.path.join(WORK, "cache-abl-%s.pkl" % ho), "wb"))

if __name__ == "__main__":
    what, ho = sys.argv[1], sys.argv[2]
    {"main": run_main, "ablate": run_ablate}[what](ho)
