"""Every error the front ends handle, in one place: ``from retrieval.errors import IndexBusy, ...``.

- :class:`IndexUnavailable`: the index cannot be opened or written (a Chroma server out of reach, a
  read-only folder, a full disk, Chroma's data lost); the message says what to do.
- :class:`IndexModelMismatch`: the index was built with another embedding model (``index --rebuild``).
- :class:`IndexBusy`: another writer holds the index lock; :func:`describe` says who, in words.
- :class:`EmbeddingError`: the embedding model cannot be loaded.
- :class:`UploadRefused`: an upload that was not saved (too many articles, an id or text clash).

The classes are defined next to the code that raises them (the store, the embedder) and re-exported here;
the front ends import them only from this module.
"""

from __future__ import annotations

from retrieval.embedding import EmbeddingError
from retrieval.store import IndexBusy, IndexModelMismatch
from retrieval.store import IndexError_ as IndexUnavailable
from retrieval.store.lock import describe
from retrieval.uploads import UploadRefused

__all__ = ["EmbeddingError", "IndexBusy", "IndexModelMismatch", "IndexUnavailable", "UploadRefused", "describe"]
