from django.core.management.base import BaseCommand

from core.page_cache.store import new_generation


class Command(BaseCommand):
    help = (
        "Start a new page-cache generation: every app server renders every page afresh. Saving content "
        "does this by itself; use it after changing content outside Django's signals (SQL, QuerySet.update())."
    )

    def handle(self, *args, **options):
        new_generation()
        self.stdout.write("The page cache starts afresh.")
