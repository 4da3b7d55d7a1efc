# This app shares its name with the PyPI package "Events", which opensearch-py imports as
# `from events import Events`. Let this package also search that one's directory and, when it is
# installed (it comes with opensearch-py, which is optional), re-export its two names.
import pkgutil

__path__ = pkgutil.extend_path(__path__, __name__)

try:
    from .events import Events, EventsException  # noqa: F401  (the PyPI package's module)
except ModuleNotFoundError as error:
    if error.name != f"{__name__}.events":
        raise
