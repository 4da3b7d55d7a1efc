"""The Cancer Crosslinks 2025 recap, told in our own words from the seed facts."""

from .text import Text

GALLERY_SIZE = 6
CREDIT_KIND = "illustration"  # PhotoBlock's credit_kind: the credit line says "Illustration:"

RECAP = {
    "slug": Text("cancer-crosslinks-2025", "cancer-crosslinks-2025"),
    "title": Text(
        "Cancer Crosslinks 2025: new ways to see and treat cancer",
        "Cancer Crosslinks 2025: nye måter å se og behandle kreft på",
    ),
    "event_name": Text("Cancer Crosslinks 2025", "Cancer Crosslinks 2025"),
    "start_date": "2025-01-23",
    "venue": Text("Oslo Cancer Cluster Innovation Park", "Oslo Cancer Cluster Innovasjonspark"),
    "organiser": Text("Oslo Cancer Cluster", "Oslo Cancer Cluster"),
    "attendance": 300,
    "standfirst": Text(
        "Around 300 people spent a full day at the Innovation Park hearing how research and technology are changing cancer care.",
        "Rundt 300 deltakere brukte en hel dag i innovasjonsparken på å høre hvordan forskning og teknologi endrer kreftbehandlingen.",
    ),
    "sponsors": [("BMS", ""), ("Kite, a Gilead Company", "")],
    "speakers": [
        (
            "magnus-essand",
            Text(
                "Seeing cancer differently, treating it differently",
                "Å se kreft på en ny måte, og behandle den annerledes",
            ),
        ),
        ("vivek-subbiah", Text("Tumour-agnostic therapies", "Tumoragnostisk behandling")),
        ("ruth-plummer", Text("Molecular biology and precision medicine", "Molekylærbiologi og presisjonsmedisin")),
        (
            "inge-marie-svane",
            Text("Immunology and the progress of cell therapy", "Immunologi og fremskritt i celleterapi"),
        ),
        ("ingrid-stenstadvold-ross", Text("Digital solutions in cancer care", "Digitale løsninger i kreftomsorgen")),
        ("joel-hedlund", Text("Infrastructure for sharing health data", "Infrastruktur for deling av helsedata")),
    ],
    "intro": [
        Text(
            "The seventeenth Cancer Crosslinks, a full-day programme of learning and networking for the oncology community, "
            "took place on Thursday 23 January at the Oslo Cancer Cluster Innovation Park.",
            "Den syttende Cancer Crosslinks, en hel dag med faglig påfyll og nettverksbygging for onkologimiljøet, "
            "ble holdt torsdag 23. januar i Oslo Cancer Cluster Innovasjonspark.",
        ),
        Text(
            "Speakers from the UK, the US and the Nordic countries covered new ways to diagnose and treat both solid tumours and blood cancers: "
            "tumour-agnostic therapies, precision medicine, better cell therapy and digital innovation.",
            "Foredragsholdere fra Storbritannia, USA og Norden tok for seg nye måter å diagnostisere og behandle både solide svulster og blodkreft på: "
            "tumoragnostisk behandling, presisjonsmedisin, bedre celleterapi og digital innovasjon.",
        ),
    ],
    "programme_heading": Text(
        "From the lab bench to data infrastructure", "Fra laboratoriebenken til datainfrastruktur"
    ),
    "quotes": [
        {
            "person": "marine-jeanmougin",
            "text": Text(
                "Magnus Essand summed up the day well: we understand cancer differently now than a decade ago, and we treat it differently too. "
                "The talks on molecular biology and immunology showed where new treatments come from, and digital tools and shared data will bring more change still.",
                "Magnus Essand oppsummerte dagen godt: vi forstår kreft annerledes enn for ti år siden, og vi behandler den annerledes. "
                "Foredragene om molekylærbiologi og immunologi viste hvor de nye behandlingene kommer fra, og digitale verktøy og delte data vil føre til enda flere endringer.",
            ),
        },
        {
            "person": "charlotte-wu-homme",
            "text": Text(
                "Cancer Crosslinks is one of the ways our members share knowledge and work together. "
                "Thank you to everyone who came, and to our members BMS and Kite, a Gilead Company, whose sponsorship made a meeting this size possible.",
                "Cancer Crosslinks er en av måtene medlemmene våre deler kunnskap og samarbeider på. "
                "Takk til alle som kom, og til medlemmene våre BMS og Kite, a Gilead Company, som gjorde et så stort møte mulig som sponsorer.",
            ),
        },
    ],
    "audience": Text(
        "Academics, clinicians, patient representatives, health administrators and people from industry came from across Norway and abroad.",
        "Akademikere, klinikere, pasientrepresentanter, ansatte i helseforvaltningen og folk fra industrien kom fra hele Norge og fra utlandet.",
    ),
    "more": Text(
        'Read more about the conference at <a href="https://www.cancercrosslinks.com/">cancercrosslinks.com</a>.',
        'Les mer om konferansen på <a href="https://www.cancercrosslinks.com/">cancercrosslinks.com</a>.',
    ),
    "gallery_title": Text("Pictures from the day", "Bilder fra dagen"),
    "gallery": [
        Text("The audience settles in before the first talk", "Publikum finner plassene sine før første foredrag"),
        Text("A speaker takes questions from the floor", "En foredragsholder svarer på spørsmål fra salen"),
        Text("Networking over lunch in the atrium", "Nettverksbygging over lunsj i atriet"),
        Text("A panel on digital solutions in cancer care", "Panel om digitale løsninger i kreftomsorgen"),
        Text("Posters from research groups in the cluster", "Plakater fra forskningsgrupper i klyngen"),
        Text("Closing remarks at the end of the day", "Avslutning mot slutten av dagen"),
    ],
    "alt_text": Text(
        "Illustration of cells under a microscope, standing in for a photograph: {caption}",
        "Illustrasjon av celler i mikroskop, i stedet for et fotografi: {caption}",
    ),
    # The demo's pictures are drawn, not photographed: credited as illustrations (``CREDIT_KIND``),
    # so the caption reads "Illustration: drawn for the demo", never "Photo: …".
    "credit": Text("drawn for the demo", "tegnet for demoen"),
}
