"""Deprecated path: the writer lock lives in :mod:`retrieval.store.lock`. Kept only for ``bot/`` until it
imports through ``retrieval.api``; remove then."""

from retrieval.store.lock import IndexBusy, IndexLock, describe, holder

__all__ = ["IndexBusy", "IndexLock", "describe", "holder"]
