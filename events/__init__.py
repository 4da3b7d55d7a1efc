# This app shares its name with the PyPI package "Events", which opensearch-py imports as
# `from events import Events`. Let this package also search that one's directory, and re-export
# its two names, so both keep working. (A workaround for a name clash, not for an upstream bug.)
import pkgutil

__path__ = pkgutil.extend_path(__path__, __name__)

from .events import Events, EventsException  # noqa: E402, F401  (the PyPI package's module)
