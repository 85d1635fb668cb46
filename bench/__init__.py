"""belegbot's benchmarks, kept out of the runtime package: ``make bench`` runs ``python -m bench``.

``run`` measures speed (indexing, latency, cold start, growth); ``recall.py`` and ``eval_attribution.py``
score retrieval and attribution against the eval data in ``../shared/eval``.
"""
