from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    label = "site_search"
    verbose_name = "Search"

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from .corrections import forget_vocabulary

        page_published.connect(forget_vocabulary, dispatch_uid="search_forget_vocabulary_published")
        page_unpublished.connect(forget_vocabulary, dispatch_uid="search_forget_vocabulary_unpublished")
