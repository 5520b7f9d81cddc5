"""Sentences of an article, with character offsets: lines cut after a full stop."""

from __future__ import annotations

import re

_WORD_WINDOW = 64  # longer than any abbreviation the sentence splitter knows
#: The most characters read as one sentence. A longer run with no full stop (a list, a
#: table on one line, a page without punctuation) is read as sentences of at most this
#: length, cut after the last ";" or "," (else space) in the second half of each, so the
#: work on a sentence and the quotes of its events stay bounded. The longest sentence of
#: the dev articles and the geoparsing corpora (85,000 sentences) has 1,864 characters.
MAX_SENTENCE = 2_000
_CLAUSE_END = re.compile(r"[;,]\s")
_LINE = re.compile(r"[^\n]+")
_STOP = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])")
#: The word before a stop (tried only where a word begins: not again from each of its letters).
_WORD_BEFORE_STOP = re.compile(r"(?<![\w.])([\w.]+)[.!?][\"”’')]*\s*$")
_INITIAL = re.compile(r"[A-Za-z]")
_ABBREVIATIONS = {"u.s", "u.n", "u.k", "e.u", "p.m", "a.m", "mr", "mrs", "ms", "dr", "st",
                  "gen", "lt", "col", "sgt", "jan", "feb", "aug", "sept", "sep", "oct", "nov",
                  "dec", "no", "vs", "etc", "km"}  # fmt: skip


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans in ``text``: lines, cut after ., ! or ? before a capital or quote."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        begin, line_text = line.start(), line.group(0)
        for m in _STOP.finditer(line_text):
            # The word before the stop; a window keeps one long line linear.
            window = line_text[max(0, m.start() - _WORD_WINDOW) : m.start() + 1]
            word = _WORD_BEFORE_STOP.search(window)
            if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
                continue
            if word and _INITIAL.fullmatch(word.group(1)):
                continue
            cut = line.start() + m.end()
            spans += _bounded(text, begin, cut)
            begin = cut
        spans += _bounded(text, begin, line.end())
    return [s for s in spans if s[1] > s[0]]


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence's span, cut into spans of at most ``MAX_SENTENCE`` characters."""
    spans = []
    while end - start > MAX_SENTENCE:
        half = start + MAX_SENTENCE // 2
        clause_ends = [m.end() for m in _CLAUSE_END.finditer(text, half, start + MAX_SENTENCE)]
        cut = clause_ends[-1] if clause_ends else text.rfind(" ", half, start + MAX_SENTENCE) + 1
        cut = cut if cut > half else start + MAX_SENTENCE
        spans.append(_strip(text, start, cut))
        start = cut
    spans.append(_strip(text, start, end))
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
