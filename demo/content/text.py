from typing import NamedTuple


class Text(NamedTuple):
    """The same text in English (the source language of the demo content) and Norwegian Bokmål."""

    en: str
    nb: str

    def __call__(self, language):
        return getattr(self, language)
