from wagtail.search.backends.opensearch2 import OpenSearch2SearchBackend

from . import language_aware

SearchBackend = language_aware(OpenSearch2SearchBackend)
