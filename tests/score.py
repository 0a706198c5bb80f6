# Copied unchanged from ../shared/eval/score.py (the contract's scorer), so the tests run without it.
#!/usr/bin/env python3
"""Score an extractor's tidy table against a gold file (see ../spec/figures.md).

    score.py --gold GOLD.jsonl --texts DIR --pred PRED.csv [--json] [--misses]
    score.py --gold GOLD.jsonl --texts DIR --check

GOLD.jsonl holds one figure a line: doc (file stem of DIR/<doc>.txt), context
(a substring that occurs once in the text and holds raw), raw, value, unit,
measure, basis, qualifier, period, topic, metric, metric_keys, required.
PRED.csv is the extractor's table with at least doc_id, start, end, raw,
value, unit; the other columns are scored where present. With a `review`
column it also reports flagged_share (rows marked for review) and
unflagged_precision (of the unmarked rows that overlap a required figure or
no figure at all, the share right in every column).
"""
import argparse
import csv
import json
import math
import sys
from pathlib import Path


def load_texts(folder):
    return {p.stem: p.read_text(encoding="utf-8") for p in Path(folder).glob("*.txt")}


def locate(gold, texts):
    """Give every gold row its span; report rows whose context is not unique."""
    problems = []
    for i, g in enumerate(gold):
        text = texts.get(g["doc"])
        if text is None:
            problems.append(f"line {i + 1}: no text for doc {g['doc']!r}")
            continue
        at = text.find(g["context"])
        if at < 0 or text.find(g["context"], at + 1) >= 0:
            problems.append(f"line {i + 1}: context {'missing' if at < 0 else 'not unique'}: {g['context']!r}")
            continue
        inner = g["context"].find(g["raw"])
        if inner < 0:
            problems.append(f"line {i + 1}: raw {g['raw']!r} not inside its context")
            continue
        g["start"] = at + inner
        g["end"] = g["start"] + len(g["raw"])
    return problems


def same_value(a, b):
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def norm(s):
    return (s or "").strip()


def whole_year(period):
    """`2024-01/2024-12` is the year `2024`."""
    if len(period) == 15 and period[4:8] == "-01/" and period[:4] == period[8:12] and period.endswith("-12"):
        return period[:4]
    return period


def period_ok(pred, gold):
    pred, gold = whole_year(norm(pred)), whole_year(norm(gold))
    return pred == gold or (pred[:4] == gold[:4] and "/" not in gold and "/" not in pred)


REGION_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "新区", "省", "市", "县", "区", "镇", "旗")
NATION = ("全国", "我国", "中国", "全国范围")


def region_core(name):
    """A place's name without its administrative suffix; the nation as 全国."""
    name = norm(name)
    if name in NATION:
        return "全国"
    for suffix in REGION_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def region_ok(pred, gold):
    """Same place once suffixes are dropped; one name may be the other's start (`琼中` and
    `琼中黎族苗族自治县`)."""
    a, b = region_core(pred), region_core(gold)
    return a == b or (min(len(a), len(b)) >= 2 and (a.startswith(b) or b.startswith(a)))


def flagged(p):
    """The row is marked for review (a `review` column of true/1/yes)."""
    return norm(str(p.get("review", ""))).lower() in ("true", "1", "yes")


def score(gold, preds, texts):
    by_doc = {}
    for p in preds:
        by_doc.setdefault(p.get("doc_id", ""), []).append(p)
    used = set()
    found, correct, strict = [], 0, 0
    unflagged_right, unflagged_rows = 0, 0  # rows not marked for review: right in every column / all
    attrs = {k: [0, 0] for k in ("measure", "qualifier", "period", "topic", "metric", "region")}
    misses = []
    for g in gold:
        if "start" not in g:
            continue
        cands = [
            (i, p) for i, p in enumerate(by_doc.get(g["doc"], []))
            if int(p["start"]) < g["end"] and g["start"] < int(p["end"]) and (g["doc"], i) not in used
        ]
        if not cands:
            if g.get("required", True):
                misses.append(("missed", g, None))
            continue
        cands.sort(key=lambda c: not (same_value(c[1].get("value"), g["value"]) and norm(c[1].get("unit")) == g["unit"]))
        i, p = cands[0]
        used.add((g["doc"], i))
        if not g.get("required", True):
            continue
        found.append(g)
        if not flagged(p):
            unflagged_rows += 1
        ok = same_value(p.get("value"), g["value"]) and norm(p.get("unit")) == g["unit"]
        correct += ok
        if not ok:
            misses.append(("wrong", g, p))
        all_right = ok
        for k in attrs:
            if k == "region" and "region" not in g:
                continue
            if k not in p:
                all_right = False
                continue
            if k == "period" and not g.get("period"):
                continue
            if k == "region" and "region" not in g:
                continue  # gold without regions: not scored
            if k == "metric":
                hit = any(key in norm(p["metric"]) for key in g.get("metric_keys", []))
            elif k == "period":
                hit = period_ok(p[k], g[k])
            elif k == "region":
                hit = region_ok(p[k], g[k])
            else:
                hit = norm(p[k]) == norm(g.get(k))
            attrs[k][0] += hit
            attrs[k][1] += 1
            all_right = all_right and hit
            if not hit:
                misses.append((f"{k}", g, p))
        strict += all_right
        if all_right and not flagged(p):
            unflagged_right += 1
    false_pos = []
    for doc, rows in by_doc.items():
        for i, p in enumerate(rows):
            if (doc, i) in used:
                continue
            optional = [g for g in gold if g["doc"] == doc and "start" in g and not g.get("required", True)]
            if any(int(p["start"]) < g["end"] and g["start"] < int(p["end"]) for g in optional):
                continue  # an optional figure is neither rewarded nor penalised
            false_pos.append(p)  # no figure here, or a second row for one already counted
    required = sum(1 for g in gold if g.get("required", True) and "start" in g)
    predicted = correct + (len(found) - correct) + len(false_pos)
    precision = correct / predicted if predicted else 0.0
    recall = correct / required if required else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    strict_p = strict / predicted if predicted else 0.0
    strict_r = strict / required if required else 0.0
    summary = {
        "required": required,
        "found": len(found),
        "correct": correct,
        "false_positives": len(false_pos),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "strict_f1": round(2 * strict_p * strict_r / (strict_p + strict_r), 4) if strict_p + strict_r else 0.0,
    }
    for k, (hit, n) in attrs.items():
        summary[f"{k}_acc"] = round(hit / n, 4) if n else None
    if any("review" in p for p in preds):
        unflagged_rows += sum(1 for p in false_pos if not flagged(p))
        summary["flagged_share"] = round(sum(map(flagged, preds)) / len(preds), 4) if preds else 0.0
        summary["unflagged_precision"] = round(unflagged_right / unflagged_rows, 4) if unflagged_rows else None
    return summary, misses, false_pos


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--texts", required=True)
    ap.add_argument("--pred")
    ap.add_argument("--check", action="store_true", help="only validate the gold file")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--misses", action="store_true", help="list what was missed or wrong")
    ap.add_argument("--per-doc", action="store_true", help="one line for each document too")
    a = ap.parse_args()
    texts = load_texts(a.texts)
    gold = [json.loads(line) for line in open(a.gold, encoding="utf-8") if line.strip()]
    problems = locate(gold, texts)
    for p in problems:
        print("gold:", p, file=sys.stderr)
    if a.check:
        print(f"{len(gold)} gold rows, {len(problems)} problems")
        return 1 if problems else 0
    if not a.pred:
        ap.error("--pred is required unless --check")
    with open(a.pred, encoding="utf-8", newline="") as f:
        preds = list(csv.DictReader(f))
    summary, misses, false_pos = score(gold, preds, texts)
    if a.misses:
        for kind, g, p in misses:
            got = "" if p is None else f" | got {p.get('raw')!r} value={p.get('value')} unit={p.get('unit')} {kind}={p.get(kind, '')!r}"
            want = g.get(kind, "") if kind not in ("missed", "wrong") else f"value={g['value']} unit={g['unit']}"
            print(f"{kind:9} {g['doc']}: {g['raw']!r} want {want!r}{got}")
        for p in false_pos:
            print(f"false+    {p.get('doc_id')}: {p.get('raw')!r} in {p.get('sentence', '')[:60]!r}")
    if a.per_doc:
        for doc in sorted({g["doc"] for g in gold}):
            part, _, _ = score([g for g in gold if g["doc"] == doc], [p for p in preds if p.get("doc_id") == doc], texts)
            print(f"{doc}: " + " ".join(f"{k}={v}" for k, v in part.items()))
    if a.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print(" ".join(f"{k}={v}" for k, v in summary.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
