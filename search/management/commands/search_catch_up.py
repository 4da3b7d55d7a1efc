from django.core.management.base import BaseCommand

from search.outage import send_missed_updates_now


class Command(BaseCommand):
    help = "Send the search engine the index updates it missed while it was unreachable."

    def handle(self, *args, **options):
        sent, still_missed = send_missed_updates_now()
        self.stdout.write(f"{sent} missed index updates sent, {still_missed} still to send.")
        if still_missed:
            self.stderr.write("The search engine is still failing; the updates are kept for the next run.")
            raise SystemExit(1)
