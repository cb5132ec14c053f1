#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The seed's MaxSim rerank, timed like `pagelens-cli bench maxsim`.

The ColPali + Milvus post in the seed (shared/seed/research-lesson-11-multimodal.md) reranks each
candidate page in Python: `np.dot(query, doc.T).max(1).sum()` over the page's float32 patch
vectors. This script scores every page that way for each query (the exact search), over synthetic
pages of the same shape and the same clustering model as the C++ bench (topics per page in bands
of grid rows, each band mixing three of its topic's concepts, blank-paper patches shared by all
pages, extra vectors after the grid, noise; queries about concepts of three topics of one page plus
filler tokens). The random numbers differ from the C++ bench
(numpy's generator), the sizes and the structure do not.

    /usr/bin/python3 tests/bench/seed_maxsim.py --pages N [--patches 1030] [--dim 128] [--query-tokens 20]

float32 pages take patches × dim × 4 bytes each (527 KB for ColPali): beyond --resident-pages
(default 10000, 5.3 GB) page i reuses the array of page i mod resident-pages, so the loop still does
one full np.dot per page, on arrays that do not fit any cache.
"""
import argparse
import json
import time

import numpy as np

TOPICS = 256
CONCEPTS = 8
CONCEPT_SPREAD = 1.0
PAGE_TOPICS = 6
PAGE_CONCEPTS = 3
PAGE_TWIST = 0.6
BLANK_SHARE = 0.3
PATCH_NOISE = 0.8
QUERY_TOPICS = 3
FILLER_TOKENS = 4
QUERY_NOISE = 1.0
GRID_COLUMNS = 32


def normalized(x):
    return x / np.linalg.norm(x, axis=-1, keepdims=True)


def noisy(rng, centres, noise):
    dim = centres.shape[-1]
    return normalized(centres + rng.standard_normal(centres.shape, dtype=np.float32) * (noise / np.sqrt(dim)))


def page_topics(rng, concepts):
    """The page's own take on PAGE_CONCEPTS concepts of each of its topics: (PAGE_TOPICS, PAGE_CONCEPTS, dim)."""
    picked = rng.choice(TOPICS, PAGE_TOPICS, replace=False)
    shown = np.stack([rng.choice(CONCEPTS, PAGE_CONCEPTS, replace=False) for _ in range(PAGE_TOPICS)])
    return noisy(rng, concepts[picked[:, None], shown], PAGE_TWIST)


def make_page(rng, centres, topics, patches):
    grid = min(patches, GRID_COLUMNS * GRID_COLUMNS)
    rows = -(-grid // GRID_COLUMNS)
    index = np.arange(patches)
    band = np.minimum((index // GRID_COLUMNS) * PAGE_TOPICS // max(rows, 1), PAGE_TOPICS - 1)
    chosen = topics[band, rng.integers(PAGE_CONCEPTS, size=patches)]
    blank = rng.random(patches) < BLANK_SHARE
    chosen[blank] = centres[TOPICS]
    chosen[index >= grid] = centres[TOPICS + 1]
    return noisy(rng, chosen, PATCH_NOISE).astype(np.float32)


def make_query(rng, centres, topics, tokens):
    asked = rng.choice(PAGE_TOPICS, QUERY_TOPICS, replace=False)
    chosen = np.stack([centres[TOPICS + 2] if t < FILLER_TOKENS
                       else topics[asked[t % QUERY_TOPICS], rng.integers(PAGE_CONCEPTS)]
                       for t in range(tokens)])
    return noisy(rng, chosen, QUERY_NOISE).astype(np.float32)


def percentile(sorted_values, p):
    rank = max(1, min(len(sorted_values), int(np.ceil(p * len(sorted_values)))))
    return sorted_values[rank - 1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10000)
    parser.add_argument("--patches", type=int, default=1030)
    parser.add_argument("--dim", type=int, default=128)
    parser.add_argument("--query-tokens", type=int, default=20)
    parser.add_argument("--queries", type=int, default=10)
    parser.add_argument("--resident-pages", type=int, default=10000)
    parser.add_argument("--k", type=int, default=10)
    args = parser.parse_args()

    rng = np.random.default_rng(1)
    centres = normalized(rng.standard_normal((TOPICS + 3, args.dim), dtype=np.float32))
    concepts = noisy(rng, np.repeat(centres[:TOPICS, None, :], CONCEPTS, axis=1), CONCEPT_SPREAD)
    resident = min(args.pages, args.resident_pages)
    start = time.perf_counter()
    topics = [page_topics(rng, concepts) for _ in range(resident)]
    docs = [make_page(rng, centres, topics[i], args.patches) for i in range(resident)]
    generate_ms = (time.perf_counter() - start) * 1e3

    def search(query):
        scores = np.empty(args.pages, dtype=np.float32)
        for i in range(args.pages):
            d = docs[i % resident]
            scores[i] = np.dot(query, d.T).max(1).sum()
        return np.argsort(scores)[::-1][:args.k]

    queries = [make_query(rng, centres, topics[rng.integers(resident)], args.query_tokens)
               for _ in range(args.queries + 1)]
    search(queries[-1])  # warm-up
    latencies = []
    for query in queries[:-1]:
        start = time.perf_counter()
        search(query)
        latencies.append((time.perf_counter() - start) * 1e3)
    latencies.sort()

    print(json.dumps({
        "pages": args.pages,
        "patches": args.patches,
        "dim": args.dim,
        "query_tokens": args.query_tokens,
        "kind": "numpy np.dot(q, d.T).max(1).sum() per page, float32",
        "queries": args.queries,
        "resident_pages": resident,
        "generate_ms": round(generate_ms, 2),
        "exact_p50_ms": round(percentile(latencies, 0.50), 2),
        "exact_p99_ms": round(percentile(latencies, 0.99), 2),
        "numpy": np.__version__,
    }, indent=4))


if __name__ == "__main__":
    main()
