from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self):
        from . import upstream_fixes
        from .page_cache import invalidation

        upstream_fixes.connect()
        invalidation.connect()
