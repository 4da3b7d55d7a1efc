"""Topics and news articles. The first two are the related news named in the seed material."""

from .text import Text

TOPICS = [
    ("precision-medicine", Text("Precision medicine", "Presisjonsmedisin")),
    ("immunotherapy", Text("Immunotherapy", "Immunterapi")),
    ("cell-therapy", Text("Cell therapy", "Celleterapi")),
    ("digital-health", Text("Digital health", "Digital helse")),
    ("cluster-news", Text("Cluster news", "Klyngenytt")),
]

SECTIONS = {
    "home": {
        "slug": Text("home", "hjem"),
        "title": Text("Oslo Cancer Cluster News", "Nyheter fra Oslo Cancer Cluster"),
        "introduction": Text(
            "<p>News, event recaps and the people behind the oncology cluster in Oslo.</p>",
            "<p>Nyheter, arrangementsreferater og menneskene bak onkologiklyngen i Oslo.</p>",
        ),
    },
    "news": {
        "slug": Text("news", "nyheter"),
        "title": Text("News", "Nyheter"),
        "introduction": Text(
            "<p>What is happening in cancer research and innovation around the cluster.</p>",
            "<p>Hva som skjer innen kreftforskning og innovasjon rundt klyngen.</p>",
        ),
    },
    "events": {
        "slug": Text("events", "arrangementer"),
        "title": Text("Events", "Arrangementer"),
        "introduction": Text(
            "<p>Recaps of our conferences, seminars and meeting places.</p>",
            "<p>Referater fra våre konferanser, seminarer og møteplasser.</p>",
        ),
    },
    "people": {
        "slug": Text("people", "personer"),
        "title": Text("People", "Personer"),
        "introduction": Text(
            "<p>Speakers, board members and staff.</p>",
            "<p>Foredragsholdere, styremedlemmer og ansatte.</p>",
        ),
    },
}

HERO_ALT_TEXT = Text(
    "Illustration of cells under a microscope, standing in for a news photograph",
    "Illustrasjon av celler i mikroskop, i stedet for et nyhetsfoto",
)

ARTICLES = [
    {
        "slug": Text(
            "personalised-medicine-to-relieve-the-health-service", "persontilpasset-medisin-kan-avlaste-helsetjenesten"
        ),
        "title": Text(
            "Personalised medicine to relieve the health service", "Persontilpasset medisin kan avlaste helsetjenesten"
        ),
        "date": "2025-01-21",
        "standfirst": Text(
            "Cancer care in Norway is moving towards smaller groups of patients and treatments aimed at each group.",
            "Kreftomsorgen i Norge går mot mindre pasientgrupper og behandling som er rettet mot hver av dem.",
        ),
        "body": [
            Text(
                "Targeted treatment means fewer patients receive medicines that do not work for them.",
                "Målrettet kreftbehandling betyr at færre pasienter får medisiner som ikke virker for dem.",
            ),
            Text(
                "That can spare patients side effects and spare hospitals costly treatment that brings little benefit.",
                "Det kan spare pasienter for bivirkninger og sykehusene for kostbar behandling med liten nytte.",
            ),
        ],
        "topics": ["precision-medicine"],
        "authors": ["sofia-linden"],
        "mentions": [],
        "featured": True,
        "related_to_recap": True,
    },
    {
        "slug": Text("geir-hetland-joins-the-board", "geir-hetland-inn-i-styret"),
        "title": Text("Geir Hetland joins the board", "Geir Hetland går inn i styret"),
        "date": "2025-01-14",
        "standfirst": Text(
            "The finance director of Thermo Fisher Scientific is the newest member of the Oslo Cancer Cluster board.",
            "Finansdirektøren i Thermo Fisher Scientific er det nyeste medlemmet av styret i Oslo Cancer Cluster.",
        ),
        "body": [
            Text(
                "Geir Hetland brings experience from finance in the life science industry to the board.",
                "Geir Hetland tar med seg erfaring fra økonomi i life science-industrien inn i styret.",
            ),
        ],
        "topics": ["cluster-news"],
        "authors": ["sofia-linden"],
        "mentions": ["geir-hetland"],
        "featured": True,
        "related_to_recap": True,
    },
    {
        "slug": Text("immunotherapy-explained-for-patients", "immunterapi-forklart-for-pasienter"),
        "title": Text("Immunotherapy explained for patients", "Immunterapi forklart for pasienter"),
        "date": "2024-03-12",
        "standfirst": Text(
            "A new guide explains in plain words how immunotherapy helps the body's own defences fight a tumour.",
            "En ny veileder forklarer med enkle ord hvordan immunterapi hjelper kroppens eget forsvar å bekjempe en svulst.",
        ),
        "body": [
            Text(
                "Patients and their families asked for an explanation without jargon.",
                "Pasienter og pårørende ba om en forklaring uten faguttrykk.",
            ),
            Text(
                "The guide also covers what to expect during treatment and which side effects to report.",
                "Veilederen tar også for seg hva man kan vente seg under behandlingen og hvilke bivirkninger man bør melde fra om.",
            ),
        ],
        "topics": ["immunotherapy"],
        "authors": [],
        "mentions": [],
    },
    {
        "slug": Text("cell-therapy-workshop-draws-clinicians", "verksted-om-celleterapi-samlet-klinikere"),
        "title": Text(
            "Cell therapy workshop draws clinicians and researchers",
            "Verksted om celleterapi samlet klinikere og forskere",
        ),
        "date": "2024-05-07",
        "standfirst": Text(
            "Doctors and laboratory scientists compared notes on bringing cell therapy from the lab to the ward.",
            "Leger og laboratorieforskere delte erfaringer med å ta celleterapi fra laboratoriet til sykehusavdelingen.",
        ),
        "body": [
            Text(
                "The workshop focused on logistics: collecting cells, modifying them and giving them back to the patient.",
                "Verkstedet handlet om logistikk: å hente ut celler, endre dem og gi dem tilbake til pasienten.",
            ),
        ],
        "topics": ["cell-therapy"],
        "authors": ["sofia-linden"],
        "mentions": [],
    },
    {
        "slug": Text("sharing-health-data-safely", "trygg-deling-av-helsedata"),
        "title": Text(
            "Sharing health data safely across borders", "Trygg deling av helsedata på tvers av landegrenser"
        ),
        "date": "2024-06-18",
        "standfirst": Text(
            "Researchers need data from many countries; patients need to know it is handled with care.",
            "Forskere trenger data fra mange land; pasienter må kunne stole på at dataene behandles med omhu.",
        ),
        "body": [
            Text(
                "A seminar at the Innovation Park looked at European rules for health data and what they mean for Norwegian research.",
                "Et seminar i innovasjonsparken så på europeiske regler for helsedata og hva de betyr for norsk forskning.",
            ),
        ],
        "topics": ["digital-health"],
        "authors": [],
        "mentions": ["marine-jeanmougin"],
    },
    {
        "slug": Text("new-members-join-the-cluster", "nye-medlemmer-i-klyngen"),
        "title": Text("New members join the cluster", "Nye medlemmer i klyngen"),
        "date": "2024-09-03",
        "standfirst": Text(
            "Start-ups, hospitals and suppliers are among the organisations that joined the cluster this autumn.",
            "Oppstartsselskaper, sykehus og leverandører er blant organisasjonene som ble med i klyngen denne høsten.",
        ),
        "body": [
            Text(
                "Membership gives access to meeting places, advice and a network across the oncology field.",
                "Medlemskap gir tilgang til møteplasser, rådgivning og et nettverk på tvers av onkologifeltet.",
            ),
        ],
        "topics": ["cluster-news"],
        "authors": [],
        "mentions": ["charlotte-wu-homme"],
    },
    {
        "slug": Text("what-tumour-agnostic-treatment-means", "hva-tumoragnostisk-behandling-betyr"),
        "title": Text("What tumour-agnostic treatment means", "Hva tumoragnostisk behandling betyr"),
        "date": "2024-10-22",
        "standfirst": Text(
            "Some medicines are now approved for a genetic change, whatever organ the tumour started in.",
            "Noen legemidler godkjennes nå for en genetisk endring, uansett hvilket organ svulsten startet i.",
        ),
        "body": [
            Text(
                "Testing the tumour's genes decides who can benefit, rather than where the cancer is found.",
                "Det er testing av svulstens gener som avgjør hvem som kan ha nytte av behandlingen, ikke hvor kreften sitter.",
            ),
        ],
        "topics": ["precision-medicine"],
        "authors": ["sofia-linden"],
        "mentions": [],
    },
    {
        "slug": Text("students-meet-researchers", "elever-moter-forskere"),
        "title": Text("Students meet researchers at the Innovation Park", "Elever møter forskere i innovasjonsparken"),
        "date": "2024-11-14",
        "standfirst": Text(
            "Upper secondary pupils spent a day in the laboratories next door to their school.",
            "Elever i videregående skole tilbrakte en dag i laboratoriene ved siden av skolen sin.",
        ),
        "body": [
            Text(
                "They extracted DNA, looked at cancer cells under the microscope and asked researchers about their careers.",
                "De hentet ut DNA, så på kreftceller i mikroskop og spurte forskerne om hvordan de valgte yrket sitt.",
            ),
        ],
        "topics": ["cluster-news"],
        "authors": [],
        "mentions": [],
    },
    {
        "slug": Text("registration-opens-for-cancer-crosslinks-2025", "pamelding-apnet-til-cancer-crosslinks-2025"),
        "title": Text(
            "Registration opens for Cancer Crosslinks 2025", "Påmeldingen til Cancer Crosslinks 2025 er åpnet"
        ),
        "date": "2024-12-02",
        "standfirst": Text(
            "The seventeenth Cancer Crosslinks will be a full day of talks and networking for the oncology community.",
            "Den syttende Cancer Crosslinks blir en hel dag med foredrag og nettverksbygging for onkologimiljøet.",
        ),
        "body": [
            Text(
                "Speakers from the UK, the US and the Nordic countries are on the programme.",
                "Foredragsholdere fra Storbritannia, USA og Norden står på programmet.",
            ),
        ],
        "topics": ["cluster-news"],
        "authors": [],
        "mentions": ["charlotte-wu-homme"],
        "featured": True,
    },
    {
        "slug": Text("digital-tools-in-the-clinic", "digitale-verktoy-i-klinikken"),
        "title": Text(
            "Digital tools in the clinic: what patients want", "Digitale verktøy i klinikken: hva pasientene ønsker seg"
        ),
        "date": "2025-03-11",
        "standfirst": Text(
            "Patient representatives asked for tools that save them trips to hospital without losing the human contact.",
            "Pasientrepresentanter etterlyste verktøy som sparer dem for reiser til sykehuset uten at den menneskelige kontakten går tapt.",
        ),
        "body": [
            Text(
                "Reporting symptoms from home and seeing test results sooner topped the list.",
                "Å kunne melde symptomer hjemmefra og se prøvesvar raskere sto øverst på listen.",
            ),
        ],
        "topics": ["digital-health"],
        "authors": ["sofia-linden"],
        "mentions": [],
    },
    {
        "slug": Text("immunotherapy-side-effects-seminar", "seminar-om-bivirkninger-av-immunterapi"),
        "title": Text(
            "Immunotherapy side effects: a seminar for nurses", "Bivirkninger av immunterapi: seminar for sykepleiere"
        ),
        "date": "2025-04-29",
        "standfirst": Text(
            "Nurses are often the first to notice when immunotherapy affects healthy organs.",
            "Sykepleiere er ofte de første som merker når immunterapi rammer friske organer.",
        ),
        "body": [
            Text(
                "The seminar went through early warning signs and when to call the oncologist.",
                "Seminaret gikk gjennom tidlige varselsignaler og når man bør kontakte onkologen.",
            ),
        ],
        "topics": ["immunotherapy"],
        "authors": [],
        "mentions": [],
    },
    {
        "slug": Text("treating-cancer-in-small-patient-groups", "behandling-av-kreft-i-sma-pasientgrupper"),
        "title": Text("Treating cancer in small patient groups", "Behandling av kreft i små pasientgrupper"),
        "date": "2025-06-10",
        "standfirst": Text(
            "When a diagnosis is split into many small groups, clinical trials have to be designed differently.",
            "Når en diagnose deles opp i mange små grupper, må kliniske studier legges opp på en annen måte.",
        ),
        "body": [
            Text(
                "Trials that follow a single genetic change across several cancers are one answer.",
                "Studier som følger én genetisk endring på tvers av flere krefttyper er ett svar.",
            ),
        ],
        "topics": ["precision-medicine"],
        "authors": [],
        "mentions": [],
    },
    {
        "slug": Text("cell-therapy-manufacturing-in-the-nordics", "produksjon-av-celleterapi-i-norden"),
        "title": Text("Cell therapy manufacturing in the Nordics", "Produksjon av celleterapi i Norden"),
        "date": "2025-09-16",
        "standfirst": Text(
            "Making cell therapies close to the patient could shorten waiting times.",
            "Å lage celleterapier nær pasienten kan korte ned ventetiden.",
        ),
        "body": [
            Text(
                "Hospitals and companies in the Nordic countries are discussing how to share production capacity.",
                "Sykehus og selskaper i Norden diskuterer hvordan de kan dele produksjonskapasitet.",
            ),
        ],
        "topics": ["cell-therapy"],
        "authors": ["sofia-linden"],
        "mentions": [],
    },
    {
        "slug": Text("eu-funding-for-digital-cancer-research", "eu-midler-til-digital-kreftforskning"),
        "title": Text("EU funding for digital cancer research", "EU-midler til digital kreftforskning"),
        "date": "2026-02-03",
        "standfirst": Text(
            "New European calls support projects that use data and software to improve cancer care.",
            "Nye europeiske utlysninger støtter prosjekter som bruker data og programvare for å bedre kreftomsorgen.",
        ),
        "body": [
            Text(
                "Members who want to apply can get help finding partners in other countries.",
                "Medlemmer som vil søke, kan få hjelp til å finne samarbeidspartnere i andre land.",
            ),
        ],
        "topics": ["digital-health"],
        "authors": [],
        "mentions": ["marine-jeanmougin"],
    },
    {
        # Published in English only, on purpose (``"translate": False``): the translation status report
        # lists it as missing in Norwegian. Not featured on the home page, so no Norwegian page links to it.
        "slug": Text("visiting-delegation-from-boston", None),
        "title": Text("A delegation from Boston visits Oslo", None),
        "date": "2025-05-20",
        "standfirst": Text(
            "Biotech founders from Massachusetts spent two days with companies at the Oslo Science City campus.",
            None,
        ),
        "body": [
            Text(
                "The visitors compared notes on licensing, seed investment and hiring across the Atlantic.",
                None,
            ),
        ],
        "topics": [],
        "authors": ["sofia-linden"],
        "mentions": [],
        "translate": False,
    },
]

# Changed in English after its Norwegian translation was synced, on purpose: the translation status
# report lists the Norwegian page as out of date, naming the body.
OUT_OF_DATE_ARTICLE = {
    "slug": "cell-therapy-manufacturing-in-the-nordics",
    "paragraph": 0,
    "text": (
        "Hospitals and companies in the Nordic countries are discussing how to share production capacity. "
        "A first shared production line could open in 2027."
    ),
}
