"""The answer stage: from a question and what search finds to an ``Answer`` whose every quote is verbatim."""

from retrieval.answer.answerer import Answerer
from retrieval.answer.library import IndexLibrary

__all__ = ["Answerer", "IndexLibrary"]
