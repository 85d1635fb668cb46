"""numpy's BLAS on one thread in a serving process: an answer's products are small, and the machine's cores are
wanted by the embedding engine and by the other side of the search running beside them.

OpenBLAS (numpy's) starts a thread per core for a product above a small size and lets its threads spin waiting for
the next one. The question guard's two layers (twelve products of a question's ~20 token states with 384 x 1536
weights) are above that size; their threads then fought OpenVINO's, which embeds the question and the counted noun
beside them, and every other process for the cores. Measured in one process over the bench's 300 questions, in
rounds with 2 and 1 BLAS threads alternating (medians of the rounds; 2026-12-06, stop 36, gnad36, 2 cores shared
with other jobs): at load 3-5 as the bench times them (``bench.timing.time_questions``), answer p50 55.9 -> 55.8 ms
and p95 297 -> 97 ms; at load 9-11, p50 135 -> 79 ms and p95 659 -> 172 ms (the guard's vector 315 -> 40 ms). Every
answer and every guard vector identical to the byte (OpenBLAS splits a product's output between its threads, not its
sums: one thread adds the same numbers in the same order).
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
