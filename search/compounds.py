"""
Splitting Norwegian (Bokmål) compounds into their parts, for the backends without a decompounder.

The parts are the lemmas in ``search/lexicon/nb_compound_parts.txt`` (derived from a Norwegian
dictionary by ``scripts/build_compound_parts.py``). A word is split when it can be read whole as
parts joined by nothing or by a linking ``s`` or ``e`` (``behandling-s-form``; ``lungekreft`` is
``lunge`` + ``kreft``), its last part possibly inflected (``kreftomsorg-en``). Of the readings,
the one with the fewest parts wins, then the one with the fewest linking letters and endings,
then the one with the longest parts; a part ending in -ing, -sjon, -het (and the like) that is
followed by no linking ``s`` counts as two more linking letters, since such words nearly always
take it (``behandlings`` + ``time``, not ``behandling`` + ``stime``). Where three equal consonants
met and were written as two, the second begins the next part (``eggstokk`` + ``kreft`` is written
``eggstokkreft``).

The engine's ``dictionary_decompounder`` gets a stricter list, ``nb_decompounder_parts.txt``
(see ``decompounder_parts``).
"""

from functools import cache, lru_cache
from pathlib import Path

LEXICON = Path(__file__).resolve().parent / "lexicon"
LINKS = ("", "s", "e")
# What a noun's last part may carry: the definite and plural endings and the genitive -s.
ENDINGS = frozenset(
    {"", "s", "e", "n", "t", "a", "r", "ns", "ts", "as", "rs", "ne", "en", "et", "er", "es"}
    | {"nes", "ens", "ets", "ers", "ene", "enes"}
)
VOWELS = frozenset("aeiouyæøåé")
MAX_WORD = 64  # longer "words" (a pasted hash, a run of letters) are not split; nor do they recurse deep
S_LINKED = ("ing", "sjon", "het", "skap", "else", "itet", "dom", "nad")


def _read(name):
    lines = (LEXICON / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


@cache
def compound_parts():
    """The splitter's parts, read once: a frozenset of lower-case lemmas."""
    return _read("nb_compound_parts.txt")


@cache
def decompounder_parts():
    """The engine decompounder's word list, read once: the parts it can look for inside any word."""
    return _read("nb_decompounder_parts.txt")


class CompoundSplitter:
    """Splits words into the given parts; remembers the last 16,384 words it was asked about (~5 MB)."""

    def __init__(self, parts):
        self.parts = frozenset(parts)
        self.lengths = tuple(sorted({len(part) for part in self.parts}))
        self.readings = lru_cache(maxsize=16384)(self._readings)

    def split(self, word):
        """The parts of a compound, lower-cased, the last one as written; [] for any other word."""
        return [part for part, _start in self.readings(word.lower())]

    def split_points(self, word):
        """Where each part after the first begins in ``word``."""
        return [start for _part, start in self.readings(word.lower())[1:]]

    def _readings(self, word):
        size = len(word)
        if not self.lengths or size < 2 * self.lengths[0] or size > MAX_WORD:
            return ()
        best = {}  # start -> (cost, ((part, start), ...)): the best reading of word[start:]

        def reading(start):
            if start in best:
                return best[start]
            found = None
            for length in self.lengths:
                end = start + length
                if end > size:
                    break
                part = word[start:end]
                if part not in self.parts:
                    continue
                candidates = []
                rest = word[end:]
                if rest in ENDINGS:  # the last part, perhaps inflected
                    candidates.append(((1, len(rest), -(length**2)), ((word[start:], start),)))
                for link in LINKS:
                    following = end + len(link)
                    if following < size and word.startswith(link, end):
                        candidates.append(_joined(part, start, len(link), reading(following)))
                if length > 2 and part[-1] == part[-2] and part[-1] not in VOWELS and end < size:
                    candidates.append(_joined(part, start, 0, reading(end - 1)))  # stokk + kreft
                for candidate in candidates:
                    if candidate and (found is None or candidate[0] < found[0]):
                        found = candidate
            best[start] = found
            return found

        result = reading(0)
        return result[1] if result and result[0][0] > 1 else ()


def _joined(part, start, link_letters, rest):
    if rest is None:
        return None
    (count, extra, longness), tail = rest
    if not link_letters and part.endswith(S_LINKED):
        link_letters = 2
    return (count + 1, extra + link_letters, longness - len(part) ** 2), ((part, start), *tail)


@cache
def default_splitter():
    return CompoundSplitter(compound_parts())


def split_compound(word):
    """The parts of a Norwegian compound, lower-cased, the last one as written; [] for any other word."""
    return default_splitter().split(word)


def split_points(word):
    """Where each part after the first begins in ``word`` (for evaluating the splitter)."""
    return default_splitter().split_points(word)
