from wagtail.search.backends.opensearch3 import OpenSearch3SearchBackend

from . import language_aware

SearchBackend = language_aware(OpenSearch3SearchBackend)
