from django.core.management.base import BaseCommand

from home.demo.loader import DemoContentLoader


class Command(BaseCommand):
    help = "Load the bilingual demo content (English source, Norwegian translations). Safe to run again."

    def handle(self, *args, **options):
        verbose = options["verbosity"] > 1

        def log(message):
            if verbose or not message.startswith("  "):
                self.stdout.write(message)

        created = DemoContentLoader(log=log).load()
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({created} new objects)."))
