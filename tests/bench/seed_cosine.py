#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The seed notebook's dense search, timed like `pagelens-cli bench dense`.

The notebook (shared/seed/research-lesson-11-multimodal.md, `search_multimodal`) keeps each page's
embedding as its own numpy array (`np.array(result.embeddings[0].values)`, so float64) in a list
of dicts and, per query, runs `cosine_similarity([query], embeddings)` and `np.argsort`. This
script does exactly that over synthetic unit vectors (the same low-rank-plus-noise model as the
C++ bench) and prints the same JSON keys.

Run it with Debian's python3, which has numpy and scikit-learn:
    /usr/bin/python3 tests/bench/seed_cosine.py --pages N --dim D --queries Q

build_ms: building the list of per-page arrays from the generated matrix.
load_ms: `pickle.load` of that list from a temporary file (the notebook keeps it in memory only;
pickle is the persistence in its style).
"""
import argparse
import json
import os
import pickle
import tempfile
import time

import numpy as np
from sklearn.metrics.pairwise import cosine_similarity

RANK = 32
NOISE = 0.5


def make_vectors(rng, basis, n):
    x = rng.standard_normal((n, RANK), dtype=np.float32) @ basis
    x += NOISE * rng.standard_normal(x.shape, dtype=np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    return x


def search_like_the_notebook(query, docs, top_k):
    embeddings = [doc["embedding"] for doc in docs]
    similarities = cosine_similarity([query], embeddings).flatten()
    return np.argsort(similarities)[::-1][:top_k]


def percentile(sorted_values, p):
    rank = max(1, min(len(sorted_values), int(np.ceil(p * len(sorted_values)))))
    return sorted_values[rank - 1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10000)
    parser.add_argument("--dim", type=int, default=768)
    parser.add_argument("--queries", type=int, default=20)
    parser.add_argument("--k", type=int, default=10)
    args = parser.parse_args()

    rng = np.random.default_rng(1)
    basis = rng.standard_normal((RANK, args.dim), dtype=np.float32) / np.sqrt(RANK)
    data = make_vectors(rng, basis, args.pages)
    queries = make_vectors(rng, basis, args.queries).astype(np.float64)

    start = time.perf_counter()
    docs = [{"page": i, "embedding": data[i].astype(np.float64)} for i in range(args.pages)]
    build_ms = (time.perf_counter() - start) * 1e3
    del data

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "docs.pickle")
        with open(path, "wb") as f:
            pickle.dump(docs, f, protocol=pickle.HIGHEST_PROTOCOL)
        del docs
        start = time.perf_counter()
        with open(path, "rb") as f:
            docs = pickle.load(f)
        load_ms = (time.perf_counter() - start) * 1e3

    search_like_the_notebook(queries[0], docs, args.k)  # warm-up
    latencies = []
    for query in queries:
        start = time.perf_counter()
        search_like_the_notebook(query, docs, args.k)
        latencies.append((time.perf_counter() - start) * 1e3)
    latencies.sort()

    print(json.dumps({
        "pages": args.pages,
        "dim": args.dim,
        "kind": "sklearn cosine_similarity over a list of float64 arrays",
        "queries": args.queries,
        "build_ms": round(build_ms, 2),
        "load_ms": round(load_ms, 2),
        "query_p50_ms": round(percentile(latencies, 0.50), 2),
        "query_p99_ms": round(percentile(latencies, 0.99), 2),
        "numpy": np.__version__,
    }, indent=4))


if __name__ == "__main__":
    main()
