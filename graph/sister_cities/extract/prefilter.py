"""A look-ahead on a pattern's possible first characters, for the long cue alternations, and a gate
of the words every match must hold, for the longest of them.

Python's engine tries every alternative of ``sister city|twinned with|kota kembar|...`` at every
position of a sentence; a look-ahead ``(?=[stk...])`` in front rejects most positions at once, which
makes the lexicon's long case-insensitive alternations two to three times faster. The look-ahead is
zero-width and names only characters the pattern must start with, so matches, spans and groups are
those of the pattern itself (tests compare both on real text). Where the first characters cannot be
known (a class like ``\\w``, a pattern that can match nothing), the pattern is returned unchanged.
"""
from __future__ import annotations

import re
import sys

try:  # the parser behind re.compile: re._parser since Python 3.11, sre_parse before
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())


MOST_LETTERS = 16  # a pattern that may start with more letters than this (of 26) gains nothing


class _Unknown(Exception):
    """The first characters cannot be told from the pattern's structure."""


def _first(items) -> tuple[set[int], bool]:
    """The code points a sequence can start with, and whether it can match the empty string."""
    chars: set[int] = set()
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            return chars | {arg}, False
        if op is _c.IN:
            for kind, value in arg:
                if kind is _c.LITERAL:
                    chars.add(value)
                elif kind is _c.RANGE:
                    chars.update(range(value[0], value[1] + 1))
                else:
                    raise _Unknown  # a negated class or a category: any character may start it
            return chars, False
        if op is _c.SUBPATTERN:
            first, empty = _first(arg[-1])
        elif op is _c.BRANCH:
            firsts = [_first(branch) for branch in arg[1]]
            first, empty = set().union(*(f for f, _ in firsts)), any(e for _, e in firsts)
        elif op in _REPEATS:
            first, empty = _first(arg[2])
            empty = empty or arg[0] == 0
        elif getattr(_c, "ATOMIC_GROUP", None) is op:
            first, empty = _first(arg)
        else:
            raise _Unknown
        chars |= first
        if not empty:
            return chars, False
    return chars, True


def _class(chars: set[int]) -> str:
    return "".join(re.escape(chr(c)) for c in sorted(chars))


def prefiltered(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` with a look-ahead on its first characters, or ``pattern`` itself where they
    cannot be known."""
    if pattern.flags & re.VERBOSE:
        return pattern
    try:
        chars, empty = _first(_p.parse(pattern.pattern, pattern.flags & ~re.UNICODE))
    except (_Unknown, re.error, TypeError, AttributeError):
        return pattern
    letters = {chr(c).lower() for c in chars if chr(c).isalpha()}
    if empty or not chars or len(letters) > MOST_LETTERS or len(letters) < len({chr(c).lower() for c in chars}):
        return pattern  # a look-ahead that lets most positions through only adds work
    try:
        return re.compile(f"(?=[{_class(chars)}])(?:{pattern.pattern})", pattern.flags & ~re.UNICODE)
    except re.error:  # inline global flags must open a pattern
        return pattern


# letters that a case-insensitive pattern reads as i and s, and lower() does not make so ("SİSTER CITY")
_AS_IGNORECASE_READS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


class KeywordGated:
    """``pattern``, searched only where one of ``words`` (lower case) occurs: every match of the
    pattern holds one of them, so a sentence without any (most sentences) is passed over by a few
    substring tests instead of a scan. Matches are the pattern's own (tests compare them on real
    text); a look-behind may reach up to ``reach`` characters before the position searched from."""

    def __init__(self, pattern: re.Pattern, words: tuple[str, ...], reach: int = 40) -> None:
        self.inner, self.words, self.reach = pattern, words, reach
        self.pattern, self.flags = pattern.pattern, pattern.flags

    def _may_match(self, string: str, pos: int, endpos: int) -> bool:
        window = string[max(0, pos - self.reach):endpos].translate(_AS_IGNORECASE_READS).lower()
        return any(word in window for word in self.words)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.inner.search(string, pos, endpos) if self._may_match(string, pos, endpos) else None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.inner.match(string, pos, endpos) if self._may_match(string, pos, endpos) else None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.inner.finditer(string, pos, endpos) if self._may_match(string, pos, endpos) else iter(())
