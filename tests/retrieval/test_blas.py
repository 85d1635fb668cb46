"""A serving process runs numpy's products on one BLAS thread (``retrieval.blas``), with the same results."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from threadpoolctl import threadpool_info, threadpool_limits

from retrieval import blas


@pytest.fixture
def restored() -> Iterator[None]:
    keep = threadpool_limits(limits=None)  # a no-op limit that remembers the process's own
    yield
    keep.restore_original_limits()


def test_few_threads_limits_every_loaded_blas(restored: None) -> None:
    blas.few_threads()
    loaded = [info for info in threadpool_info() if info["user_api"] == "blas"]
    assert loaded, "numpy loads a BLAS library"
    assert all(info["num_threads"] == blas.THREADS for info in loaded)


def test_one_thread_computes_the_same_products(restored: None) -> None:
    rng = np.random.default_rng(7)
    states = rng.standard_normal((23, 384), dtype=np.float32)
    weights = rng.standard_normal((1536, 384), dtype=np.float32)
    with threadpool_limits(limits=2, user_api="blas"):
        two = states @ weights.T
    blas.few_threads()
    assert (states @ weights.T).tobytes() == two.tobytes()
