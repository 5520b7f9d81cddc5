"""Fit the resolver's ranking weights on the public geoparsing corpora, leave-one-corpus-out.

    python benchmarks/fit_ranker.py [--corpora lgl trnews geovirus geocorpora wiktor]
        [--rounds 2] [--folds] [--write geo/places/ranker.json]

The recipe (Mordecai 3's, in numpy): every place mention the pipeline ranks gives a row
per candidate (``geo.places.ranker.FEATURES``) and one "none of these" row. A candidate is
right when it lies within 161 km of the gold point, or, when none does, when it is the
country or first-level region holding the gold point (a corpus's point for a large area
is not ours). With no right candidate, "none of these" is right. A conditional logit
(softmax over a mention's rows) is fitted by cross-entropy with an L2 penalty on
standardised features, each corpus weighing the same. The threshold below which a name
is left unresolved is the probability that maximises (right - wrong) resolutions on the
training corpora. Candidates' context (the article's other places) comes from the
pipeline run with the current weights, so ``--rounds 2`` runs it again with the first
fit's weights and refits.

``--folds`` fits on four corpora and scores the fifth with the real pipeline
(``geoparsing.py``'s ``predict`` and ``score_toponyms.py``), under that corpus's
convention, for every corpus; then fits on all five, which ``--write`` saves as the
shipped weights with this recipe, the fold table and the commit it was run at. The dev
articles and ACLED notes are never used.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np
from geoparsing import SCORER, predict

from geo.model import km_between
from geo.pipeline import find_places
from geo.places.ranker import FEATURES, NULL_FEATURES, Weights, load_weights
from geo.sources.gazetteer import Gazetteer

CORPORA = ["lgl", "trnews", "geovirus", "geocorpora", "wiktor"]
#: Each corpus's own convention of what a toponym is (see geoparsing_report.py).
CONVENTION = {"lgl": frozenset({"actors", "demonyms"}), "trnews": frozenset({"actors", "demonyms"}),
              "geovirus": frozenset({"actors"}), "geocorpora": frozenset(), "wiktor": frozenset()}
RIGHT_KM = 161.0
L2 = 0.01


def load_corpus(name: str) -> list[dict]:
    path = SCORER.parent / "corpora" / f"{name}.jsonl"
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


class Units:
    """Which country and first-level region hold a point (for large-area gold)."""

    def __init__(self) -> None:
        import geopandas as gpd

        from geo.sources.boundaries import load_admin1, load_countries

        self.admin1 = load_admin1()[["admin1_iso", "geometry"]]
        self.countries = load_countries()[["country", "geometry"]]
        self._gpd = gpd

    def holding(self, points: list[tuple[float, float]]) -> list[tuple[str | None, str | None]]:
        """(country, admin1_iso) holding each (lat, lon)."""
        gpd = self._gpd
        frame = gpd.GeoDataFrame(geometry=gpd.points_from_xy([p[1] for p in points],
                                                             [p[0] for p in points]), crs=4326)
        out: list[list] = [[None, None] for _ in points]
        for col, (layer, key) in enumerate([(self.countries, "country"),
                                            (self.admin1, "admin1_iso")]):
            hit = gpd.sjoin(frame, layer, predicate="within")
            for i, value in hit[key].groupby(level=0).first().items():
                out[i][col] = value
        return [tuple(o) for o in out]


def trace_corpus(name: str, gazetteer: Gazetteer, weights: Weights, units: Units) -> dict:
    """Run recognition and resolution over a corpus; return its labelled ranking rows."""
    rows, segments, right, null_rows, null_right, none_allowed = [], [], [], [], [], []
    records = []
    for article in load_corpus(name):
        text = article["text"]
        trace: list = []
        find_places(text, gazetteer, weights=weights, trace=trace)
        gold = article["toponyms"]
        for rec in trace:
            g = next((t for t in gold if t["start"] < rec["end"] and rec["start"] < t["end"]),
                     None)
            if g is not None:
                records.append((rec, g))
    held = units.holding([(g["lat"], g["lon"]) for _rec, g in records])
    for (rec, g), (country, region) in zip(records, held, strict=True):
        places = [p for p, _row in rec["candidates"]]
        near = [km_between(g["lat"], g["lon"], p.lat, p.lon) <= RIGHT_KM for p in places]
        if not any(near):  # a large area: the unit that holds the gold point
            near = [(p.kind == "country" and p.country == country)
                    or (p.kind == "admin1" and p.admin1_iso is not None and p.admin1_iso == region)
                    for p in places]
        k = len(null_rows)
        for (_p, row), ok in zip(rec["candidates"], near, strict=True):
            rows.append(row)
            segments.append(k)
            right.append(ok)
        n = len(places)
        fuzzy = all(r[FEATURES.index("fuzzy")] for r in (row for _p, row in rec["candidates"]))
        null_rows.append([1.0, float(fuzzy), math.log10(max(n, 1))])
        null_right.append(not any(near))
        none_allowed.append(rec["none_allowed"])
    return {"X": np.array(rows, float).reshape(-1, len(FEATURES)), "seg": np.array(segments, int),
            "right": np.array(right, bool), "N": np.array(null_rows, float),
            "null_right": np.array(null_right, bool), "none": np.array(none_allowed, bool)}


def fit(data: list[dict], *, iters: int = 800, lr: float = 0.05) -> Weights:
    """Conditional logit with a "none of these" row; each corpus weighs the same."""
    X = np.concatenate([d["X"] for d in data])
    N = np.concatenate([d["N"] for d in data])
    mu, sd = X.mean(0), X.std(0) + 1e-9
    nmu, nsd = N.mean(0), N.std(0) + 1e-9
    nmu[0], nsd[0] = 0.0, 1.0  # the bias stays a bias
    Xs, Ns = (X - mu) / sd, (N - nmu) / nsd
    seg = np.concatenate([d["seg"] + sum(len(e["N"]) for e in data[:k])
                          for k, d in enumerate(data)])
    right = np.concatenate([d["right"] for d in data])
    # a mention the text narrowed down has no "none of these" row
    none = np.concatenate([d["none"] for d in data])
    null_right = np.concatenate([d["null_right"] for d in data]) & none
    weight = np.concatenate([np.full(len(d["N"]), 1.0 / len(d["N"])) for d in data])
    weight /= weight.sum()
    m = len(Ns)
    beta, gamma = np.zeros(X.shape[1]), np.zeros(N.shape[1])
    state = [np.zeros(X.shape[1] + N.shape[1]) for _ in range(2)]
    for t in range(1, iters + 1):
        s, s0 = Xs @ beta, Ns @ gamma
        top = np.maximum(s0, np.full(m, -np.inf))
        np.maximum.at(top, seg, s)
        e, e0 = np.exp(s - top[seg]), np.exp(s0 - top) * none
        z = e0 + np.bincount(seg, weights=e, minlength=m)
        p, p0 = e / z[seg], e0 / z
        # P(right set) per mention: the right candidates, or the "none" row
        pr = np.bincount(seg, weights=p * right, minlength=m) + p0 * null_right
        pr = np.maximum(pr, 1e-12)
        # gradient of -sum w log P(right) = sum w (E_p[x] - E_{p|right}[x])
        q = (p * right) / pr[seg]
        q0 = (p0 * null_right) / pr
        wr = weight[seg]
        g_beta = Xs.T @ (wr * (p - q)) + L2 * beta
        g_gamma = Ns.T @ (weight * (p0 - q0)) + L2 * np.r_[0.0, gamma[1:]]
        grad = np.r_[g_beta, g_gamma]
        state[0] = 0.9 * state[0] + 0.1 * grad
        state[1] = 0.999 * state[1] + 0.001 * grad * grad
        step = lr * (state[0] / (1 - 0.9**t)) / (np.sqrt(state[1] / (1 - 0.999**t)) + 1e-8)
        beta -= step[: len(beta)]
        gamma -= step[len(beta) :]
    # back to raw feature scale (a constant shift of every candidate's score moves to "none")
    raw = beta / sd
    shift = float(-(mu / sd) @ beta)
    null = gamma / nsd
    null_bias = float(gamma[0] - (nmu / nsd) @ gamma - shift)
    weights = Weights(features={f: round(float(w), 4) for f, w in zip(FEATURES, raw, strict=True)},
                      null={"null_bias": round(null_bias, 4),
                            **{f: round(float(w), 4) for f, w in
                               zip(NULL_FEATURES[1:], null[1:], strict=True)}})
    return Weights(weights.features, weights.null, threshold=_threshold(data, weights))


def _threshold(data: list[dict], weights: Weights) -> float:
    """The probability below which leaving a name unresolved gains more right answers
    than it loses (on the training corpora, each weighing the same)."""
    grid = np.linspace(0.0, 0.8, 33)
    gain = np.zeros_like(grid)
    w = np.array(weights.vector)
    w_null = np.array([weights.null.get(f, 0.0) for f in NULL_FEATURES])
    for d in data:
        s = d["X"] @ w
        s0 = d["N"] @ w_null
        m = len(s0)
        best = np.full(m, -np.inf)
        np.maximum.at(best, d["seg"], s)
        e0 = np.exp(np.minimum(s0 - best, 50)) * d["none"]
        z = e0 + np.bincount(d["seg"], weights=np.exp(s - best[d["seg"]]), minlength=m)
        p_best = 1.0 / z
        is_best = s >= best[d["seg"]] - 1e-12
        ok = np.zeros(m, bool)
        np.logical_or.at(ok, d["seg"][is_best], d["right"][is_best])
        resolved = p_best > e0 / z  # the "none" row does not win
        for i, tau in enumerate(grid):
            keep = resolved & (p_best >= tau)
            gain[i] += ((ok & keep).sum() - (~ok & keep).sum()) / m
    return round(float(grid[int(np.argmax(gain))]), 3)


def e2e(name: str, gazetteer: Gazetteer, weights: Weights) -> float:
    """End-to-end acc@161 of the pipeline with these weights, under the corpus's convention."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "pred.jsonl"
        with out.open("w", encoding="utf-8") as f:
            for a in load_corpus(name):
                toponyms = predict(a["text"], gazetteer, extras=CONVENTION[name], weights=weights)
                f.write(json.dumps({"id": a["id"], "toponyms": toponyms}) + "\n")
        figures = Path(tmp) / "figures.json"
        subprocess.run([sys.executable, str(SCORER), str(SCORER.parent / "corpora" /
                        f"{name}.jsonl"), str(out), "--json", str(figures)],
                       check=True, capture_output=True)
        return json.loads(figures.read_text())["end_to_end"]["acc161"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", nargs="+", default=CORPORA)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--folds", action="store_true", help="score each corpus held out")
    ap.add_argument("--write", type=Path, help="save the all-corpora fit here")
    args = ap.parse_args(argv)
    gazetteer, units = Gazetteer(), Units()
    weights = load_weights()
    started = time.perf_counter()
    for round_ in range(1, args.rounds + 1):
        data = {c: trace_corpus(c, gazetteer, weights, units) for c in args.corpora}
        weights = fit(list(data.values()))
        print(f"round {round_}: {sum(len(d['N']) for d in data.values())} mentions, "
              f"{time.perf_counter() - started:.0f} s", flush=True)
    folds = {}
    if args.folds:
        print(f"{'held out':11} {'fitted on the other four':>24} {'all five (in-sample)':>21}")
        for held in args.corpora:
            fold = fit([d for c, d in data.items() if c != held])
            folds[held] = {"held_out": round(e2e(held, gazetteer, fold), 3),
                           "in_sample": round(e2e(held, gazetteer, weights), 3),
                           "threshold": fold.threshold}
            print(f"{held:11} {folds[held]['held_out']:24.3f} {folds[held]['in_sample']:21.3f}",
                  flush=True)
    print("all-corpora fit (raw-scale weights):")
    for name, w in sorted(weights.features.items(), key=lambda kv: -abs(kv[1])):
        print(f"   {name:20} {w:+.3f}")
    print(f"   none of these: {weights.null}; threshold {weights.threshold}")
    if args.write:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, cwd=Path(__file__).parent).stdout.strip()
        about = {"recipe": "benchmarks/fit_ranker.py (conditional logit with a 'none of these' "
                           f"row, L2 {L2} on standardised features, each corpus weighing the "
                           f"same, {args.rounds} rounds)",
                 "fitted_on": args.corpora, "date": date.today().isoformat(), "commit": commit,
                 "held_out_e2e_acc161": folds}
        args.write.write_text(json.dumps({"features": weights.features, "null": weights.null,
                                          "threshold": weights.threshold, "about": about},
                                         indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.write}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
