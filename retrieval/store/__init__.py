"""The store: vectors in Chroma, texts and BM25 in SQLite, generations, record ids and the writer lock.

The only package that imports ``chromadb`` or ``sqlite3``. Readers (search) use :class:`Store`'s typed
read API; the indexer uses its write API.
"""

from retrieval.store.chroma import (
    COLLECTIONS,
    ChromaEmbeddingFunction,
    IndexDataLost,
    IndexError_,
    IndexModelMismatch,
    IndexWriteFailed,
    StoreError,
    connect,
)
from retrieval.store.lock import IndexBusy, IndexLock
from retrieval.store.rows import (
    Family,
    Key,
    LexicalHit,
    PassageHit,
    SentenceHit,
    StoredPassage,
    StoredSentence,
    StoreStats,
)
from retrieval.store.store import ArticleRecords, Store, stored_units

__all__ = [
    "COLLECTIONS",
    "ArticleRecords",
    "ChromaEmbeddingFunction",
    "Family",
    "IndexBusy",
    "IndexDataLost",
    "IndexError_",
    "IndexLock",
    "IndexModelMismatch",
    "IndexWriteFailed",
    "Key",
    "LexicalHit",
    "PassageHit",
    "SentenceHit",
    "Store",
    "StoreError",
    "StoreStats",
    "StoredPassage",
    "StoredSentence",
    "connect",
    "stored_units",
]
