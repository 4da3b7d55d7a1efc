from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.loader import DemoContentLoader


class Command(BaseCommand):
    help = (
        "Load the bilingual demo content (English source, Norwegian translations). Safe to run again. "
        "Runs only with DEBUG on, unless --force is given."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load the demo into a site running with DEBUG off (no admin/admin user is created there).",
        )

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["force"]:
            raise CommandError("Demo content is for development sites (DEBUG on); give --force to load it here.")
        verbose = options["verbosity"] > 1

        def log(message):
            if verbose or not message.startswith("  "):
                self.stdout.write(message)

        created = DemoContentLoader(log=log, create_admin=settings.DEBUG).load()
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({created} new objects)."))
