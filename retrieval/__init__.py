"""belegbot's retrieval side: corpus, segmentation, index, search, attribution and answers.

Importing it makes most of a starting process's long-lived objects, so the cycle collector runs less often until
``Belegbot`` is built (:func:`retrieval.memory.few_collections`).
"""

from retrieval import memory as _memory

_memory.few_collections()
