from django.conf import settings
from django.core.management.base import BaseCommand
from wagtail.search.backends import get_search_backend

from search.models import MissedIndexUpdate


class Command(BaseCommand):
    help = "Send the search engine the index updates it missed while it was unreachable."

    def handle(self, *args, **options):
        done = failed = 0
        for missed in MissedIndexUpdate.objects.select_related("content_type").order_by("missed_at"):
            if missed.backend not in settings.WAGTAILSEARCH_BACKENDS:
                missed.delete()
                continue
            backend = get_search_backend(missed.backend)
            model = missed.content_type.model_class()
            obj = model.objects.filter(pk=missed.object_id).first() if model else None
            try:
                if obj is not None and missed.action == MissedIndexUpdate.ADD:
                    backend.add(obj.specific if hasattr(obj, "specific") else obj)
                elif model is not None:
                    backend.delete(obj or model(pk=missed.object_id))
            except Exception as error:
                failed += 1
                self.stderr.write(f"Still failing for {model} {missed.object_id}: {error}")
                continue
            missed.delete()
            done += 1
        self.stdout.write(f"{done} missed index updates sent, {failed} still failing.")
        if failed:
            raise SystemExit(1)
