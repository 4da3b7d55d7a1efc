#!/usr/bin/env python
"""
Search benchmark: prints figures, asserts nothing.

    .venv/bin/python scripts/benchmark_search.py                       # database backend, 10,000 pages
    SEARCH_URL=opensearch://127.0.0.1:9201 .venv/bin/python scripts/benchmark_search.py
    .venv/bin/python scripts/benchmark_search.py --pages 2000 --rounds 3
    .venv/bin/python scripts/benchmark_search.py --pages 100000 --corpus-only   # build now, time later
    .venv/bin/python scripts/benchmark_search.py --reuse-index                   # time the last run's index again

It generates a corpus of N bilingual news articles (half Norwegian, half English) in a database
of its own (var/benchmark-N.sqlite3, reused by later runs, or BENCHMARK_DATABASE_URL), indexes
it into the configured backend(s), waits for an engine to finish merging what it wrote, then
times a fixed mixed query set with 1 and 8 concurrent clients, each after one untimed pass: the
backend query alone (the top 10) and the whole search service behind the page (matches, facets,
snippets).
"""

import argparse
import os
import random
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NB_WORDS = (
    "kreft behandling kreftbehandling pasient pasientgrupper immunterapi celleterapi forskning forsker "
    "studie klinisk sykehus helse helsedata data deling medisin presisjonsmedisin legemiddel svulst "
    "diagnose genetisk endring blodkreft lungekreft brystkreft tarmkreft strålebehandling cellegift "
    "bivirkninger sykepleier onkolog klynge medlemmer innovasjon oppstart selskap finansiering "
    "samarbeid nettverk konferanse seminar foredrag program digital verktøy plattform register "
    "biobank prøve analyse resultat oppfølging rehabilitering livskvalitet overlevelse tidlig "
    "screening vaksine antistoff protein molekyl laboratorium produksjon kapasitet ventetid norsk "
    "nordisk europeisk nasjonal regional ny viktig stor liten bedre raskere tryggere målrettet"
).split()
EN_WORDS = (
    "cancer treatment patient groups immunotherapy cell therapy research researcher study clinical "
    "hospital health data sharing medicine precision drug tumour diagnosis genetic change blood lung "
    "breast bowel radiotherapy chemotherapy side effects nurse oncologist cluster members innovation "
    "startup company funding collaboration network conference seminar talk programme digital tool "
    "platform registry biobank sample analysis result follow-up rehabilitation quality life survival "
    "early screening vaccine antibody protein molecule laboratory manufacturing capacity waiting time "
    "norwegian nordic european national regional new important large small better faster safer targeted"
).split()
BATCH = 500  # articles per transaction while building the corpus
NAMES = ["Magnus Essand", "Ruth Plummer", "Vivek Subbiah", "Inge Marie Svane", "Joel Hedlund", "Geir Hetland"]

QUERIES = [
    ("nb", "kreft"),
    ("nb", "kreftbehandling"),
    ("nb", "behandling av kreft"),
    ("nb", "immunterapi"),
    ("nb", "imunterapi"),
    ("nb", "helsedata deling"),
    ("nb", "celleterapi produksjon"),
    ("nb", "Essand"),
    ("nb", "små pasientgrupper"),
    ("nb", "klinisk studie lungekreft"),
    ("en", "cancer"),
    ("en", "cancer treatment"),
    ("en", "immunotherapy"),
    ("en", "imunotherapy"),
    ("en", "health data sharing"),
    ("en", "Hetland"),
    ("en", "clinical study lung"),
    ("en", "tumour"),
    ("en", "precision medicine"),
    ("en", "waiting time manufacturing"),
]


def sentence(rng, words, low, high):
    text = " ".join(rng.choice(words) for _ in range(rng.randint(low, high)))
    return text[0].upper() + text[1:]


def setup_django(pages):
    database_url = (
        os.environ.get("BENCHMARK_DATABASE_URL") or f"sqlite:///{ROOT / 'var' / f'benchmark-{pages}.sqlite3'}"
    )
    (ROOT / "var").mkdir(exist_ok=True)
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("SEARCH_INDEX_PREFIX", "benchmark")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()
    from django.conf import settings

    settings.DEBUG = False
    for backend in settings.WAGTAILSEARCH_BACKENDS.values():
        backend["AUTO_UPDATE"] = False  # index in one go below, timed
    return database_url


def build_corpus(pages, seed=2025):
    from django.core.management import call_command
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage
    from news.models import NewsIndexPage, NewsPage

    call_command("migrate", verbosity=0)
    call_command("createcachetable")
    existing = NewsPage.objects.count()
    if existing >= pages:
        print(f"corpus: {existing} articles already in the benchmark database")
        return
    english, _ = Locale.objects.get_or_create(language_code="en")
    norwegian, _ = Locale.objects.get_or_create(language_code="nb")
    root = Page.get_first_root_node()
    root.get_children().filter(depth=2).exclude(slug__in=["bench-en", "bench-nb"]).delete()
    home_en = HomePage.objects.filter(slug="bench-en").first()
    if home_en is None:
        home_en = root.add_child(instance=HomePage(title="Benchmark", slug="bench-en", locale=english))
        home_nb = home_en.copy_for_translation(norwegian)
        home_nb.slug = "bench-nb"
        home_nb.save()
        Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": home_en})
        for home, locale in ((home_en, english), (home_nb, norwegian)):
            home.add_child(instance=NewsIndexPage(title="News", slug="news", locale=locale))
    indexes = {index.locale.language_code: index for index in NewsIndexPage.objects.select_related("locale")}
    rng = random.Random(seed)
    started = time.perf_counter()
    for batch_start in range(existing, pages, BATCH):
        batch = []
        for number in range(batch_start, min(batch_start + BATCH, pages)):
            language = "nb" if number % 2 == 0 else "en"
            words = NB_WORDS if language == "nb" else EN_WORDS
            body = [
                {"type": "paragraph", "value": f"<p>{sentence(rng, words, 40, 80)}. {rng.choice(NAMES)}.</p>"}
                for _ in range(3)
            ]
            article = NewsPage(
                title=sentence(rng, words, 4, 8),
                slug=f"article-{number}",
                date=f"{rng.randint(2019, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                standfirst=sentence(rng, words, 15, 25),
                body=body,
            )
            batch.append((indexes[language], article))
        add_live_children(batch)
        done = batch_start + len(batch) - existing
        rate = done / (time.perf_counter() - started)
        print(f"corpus: {batch_start + len(batch)}/{pages} articles ({rate:.0f}/s)", flush=True)


def add_live_children(batch):
    """
    Insert (parent, article) pairs as live pages, a batch at a time: the page rows in one
    ``bulk_create`` (paths numbered after each parent's last child, as treebeard's ``add_child``
    would), then each article's own row alone (``save_base(raw=True)``, as fixtures load). Wagtail's
    ``add_child`` takes one page at a time, with several queries each: 100,000 would take an hour.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone
    from wagtail.models import Page

    now = timezone.now()
    content_type = ContentType.objects.get_for_model(type(batch[0][1]))
    page_fields = [field.attname for field in Page._meta.concrete_fields if field.attname != "id"]
    with transaction.atomic():
        last_steps = {}
        for parent, _ in batch:
            if parent.pk not in last_steps:
                last = parent.get_last_child()
                last_steps[parent.pk] = int(last.path[-Page.steplen :], 36) if last else 0
        rows = []
        for parent, article in batch:
            last_steps[parent.pk] += 1
            article.path = parent.path + base36(last_steps[parent.pk]).rjust(Page.steplen, "0")
            article.depth = parent.depth + 1
            article.url_path = f"{parent.url_path}{article.slug}/"
            article.locale_id = parent.locale_id
            article.content_type = content_type
            article.draft_title = article.title
            article.live, article.has_unpublished_changes = True, False
            article.first_published_at = article.last_published_at = now
            rows.append((parent, article))
        created = Page.objects.bulk_create(
            [Page(**{name: getattr(article, name) for name in page_fields}) for _, article in rows]
        )
        for page, (_, article) in zip(created, rows, strict=True):
            article.pk = article.page_ptr_id = page.pk
            article.save_base(raw=True, force_insert=True)
        for parent in {parent for parent, _ in rows}:
            # The next batch reads the parent's last child, which treebeard skips while the
            # parent's own numchild says it has none.
            parent.numchild = Page.objects.filter(depth=parent.depth + 1, path__startswith=parent.path).count()
            Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild)


def base36(number):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while number:
        number, remainder = divmod(number, 36)
        text = digits[remainder] + text
    return text or "0"


def index_all():
    from django.conf import settings
    from django.core.management import call_command
    from wagtail.models import Page

    from news.models import NewsPage

    names = [name for name in settings.WAGTAILSEARCH_BACKENDS if name != "default"] or ["default"]
    articles = NewsPage.objects.count()
    figures = {}
    for name in names:
        started = time.perf_counter()
        call_command("update_index", backend_name=name, verbosity=0)
        figures[name] = time.perf_counter() - started
    total = sum(figures.values())
    per_backend = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in figures.items())
    print(
        f"index: {Page.objects.count()} pages ({articles} articles) in {total:.1f} s ({per_backend}); {articles / total:.0f} articles/s"
    )
    return names


def settle_engines(names):
    """
    Waits (a minute at most) until each engine has merged the segments the bulk load wrote: a live
    site's index is not in the middle of merging a whole re-index, and queries timed during one are.
    """
    from wagtail.search.backends import get_search_backend

    for name in names:
        client = getattr(get_search_backend(name), "es", None)
        if client is None:
            continue  # a database backend
        client.indices.refresh()
        started = time.perf_counter()
        while time.perf_counter() - started < 60:
            nodes = client.nodes.stats(metric="indices", index_metric="merge")["nodes"].values()
            if not any(node["indices"]["merges"]["current"] for node in nodes):
                break
            time.sleep(1)
        print(f"{name}: merges settled after {time.perf_counter() - started:.1f} s")


def timed(function, clients, rounds):
    from django.db import connections

    for language, query in QUERIES:  # one untimed pass: caches and the engine's JIT warm, as on a live site
        function(language, query)
    latencies = []
    lock = threading.Lock()

    def client(offset):
        mine = []
        queries = QUERIES[offset:] + QUERIES[:offset]
        for _round in range(rounds):
            for language, query in queries:
                started = time.perf_counter()
                function(language, query)
                mine.append((time.perf_counter() - started) * 1000)
        connections.close_all()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client, args=(n * 3 % len(QUERIES),)) for n in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    latencies.sort()
    p50 = statistics.median(latencies)
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    return p50, p95, len(latencies) / wall


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=10_000, help="articles in the corpus (half per language)")
    parser.add_argument("--rounds", type=int, default=3, help="times each client runs the query set")
    parser.add_argument("--corpus-only", action="store_true", help="build the corpus, then stop (time it later)")
    parser.add_argument("--reuse-index", action="store_true", help="time the index an earlier run built, as it is")
    args = parser.parse_args()

    database_url = setup_django(args.pages)
    from django.test import RequestFactory
    from django.utils import translation

    from search.service import SearchRequest, ranked_page_ids, run_search, searchable_pages

    engine = os.environ.get("SEARCH_URL") or "none (database backend)"
    print(f"database: {database_url.split('@')[-1]}; search engine: {engine}")
    build_corpus(args.pages)
    if args.corpus_only:
        return
    if not args.reuse_index:
        settle_engines(index_all())

    factory = RequestFactory()

    def backend_top10(language, query):
        ranked_page_ids(searchable_pages(factory.get("/"), [language]), query, language, "and", limit=10)

    def whole_search(language, query):
        request = factory.get(f"/{language}/search/")
        with translation.override(language):
            run_search(request, SearchRequest(query=query, language=language))

    for label, function in (("backend query, top 10", backend_top10), ("whole search service", whole_search)):
        for clients in (1, 8):
            p50, p95, throughput = timed(function, clients, args.rounds)
            print(f"{label}: {clients} client(s): p50 {p50:.1f} ms, p95 {p95:.1f} ms, {throughput:.0f} queries/s")


if __name__ == "__main__":
    main()
