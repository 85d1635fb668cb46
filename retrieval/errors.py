"""Every error the front ends handle, in one place: ``from retrieval.errors import IndexBusy, ...``.

- :class:`IndexUnavailable`: the index cannot be opened or written (a Chroma server out of reach, a
  broken folder); the message says what to do.
- :class:`IndexModelMismatch`: the index was built with another embedding model (``index --rebuild``).
- :class:`IndexBusy`: another writer holds the index lock; :func:`describe` says who, in words.
- :class:`EmbeddingError`: the embedding model cannot be loaded.
- :class:`UploadRefused`: an upload that was not saved (too many articles, an id or text clash).

The classes are still defined next to the code that raises them and re-exported here; the front ends
import them only from this module.
"""

from __future__ import annotations

from retrieval.embedding import EmbeddingError
from retrieval.index import IndexError_ as IndexUnavailable
from retrieval.index import IndexModelMismatch
from retrieval.lock import IndexBusy, describe
from retrieval.uploads import UploadRefused

__all__ = ["EmbeddingError", "IndexBusy", "IndexModelMismatch", "IndexUnavailable", "UploadRefused", "describe"]
