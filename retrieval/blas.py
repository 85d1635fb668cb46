"""numpy's BLAS on one thread in a serving process: an answer's products are small, and the machine's cores are
wanted by the embedding engine and by the other side of the search running beside them.

OpenBLAS (numpy's) starts a thread per core for a product above a small size and lets its threads spin waiting for
the next one. The question guard's two layers (twelve products of a question's ~20 token states with 384 x 1536
weights) are above that size; their threads then fought OpenVINO's, which embeds the question and the counted noun
beside them, and every other process for the cores. Measured in one process over the bench's 300 questions,
alternating rounds with and without the limit (2026-12-06, stop 36, gnad36, a busy 2-core machine): answer p50
108.4 -> 80.8 ms, p95 693 -> 191 ms, the guard's vector 315 -> 40 ms (median); every answer and every guard vector
identical to the byte (the products split their output between threads, never a sum, so one thread adds the same
numbers in the same order).
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

THREADS = 1  # BLAS threads of a serving process


def few_threads() -> None:
    """Limit the BLAS libraries loaded so far (numpy's, scipy's) to ``THREADS`` threads for the whole process."""
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=THREADS, user_api="blas")
    except Exception as error:  # threadpoolctl reads the loaded libraries: a speed-up only, never a failure
        log.debug("could not limit the BLAS threads: %s", error)
