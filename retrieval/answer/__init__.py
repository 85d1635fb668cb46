"""The answer stage: from a question and what search finds to an ``Answer`` whose every quote is verbatim."""

from retrieval.answer.answerer import Answerer

__all__ = ["Answerer"]
