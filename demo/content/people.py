"""
People named in the seed material. Speakers' talk subjects come from the programme's topics.
Norwegian roles are written in lower case, as Norwegian writes titles ("Marine Jeanmougin, leder
for EU-saker"); a template that starts a line with one capitalises it.
"""

from .text import Text

SPEAKER = Text("Speaker, Cancer Crosslinks 2025", "foredragsholder, Cancer Crosslinks 2025")

PEOPLE = [
    {
        "slug": "sofia-linden",
        "name": "Sofia Linden",
        "role": Text("Writer", "skribent"),
        "organisation": "Oslo Cancer Cluster",
        "biography": Text(
            "Sofia Linden writes news and event reports for Oslo Cancer Cluster.",
            "Sofia Linden skriver nyheter og arrangementsreferater for Oslo Cancer Cluster.",
        ),
    },
    {
        "slug": "marine-jeanmougin",
        "name": "Marine Jeanmougin",
        "role": Text("Lead EU Affairs and Digital Innovations", "leder for EU-saker og digital innovasjon"),
        "organisation": "Oslo Cancer Cluster",
        "biography": Text(
            "Marine Jeanmougin follows European policy and digital innovation in oncology for the cluster.",
            "Marine Jeanmougin følger europeisk politikk og digital innovasjon innen onkologi for klyngen.",
        ),
    },
    {
        "slug": "charlotte-wu-homme",
        "name": "Charlotte Wu Homme",
        "role": Text("Head of Membership and Events", "leder for medlemskap og arrangementer"),
        "organisation": "Oslo Cancer Cluster",
        "biography": Text(
            "Charlotte Wu Homme looks after the cluster's members and runs its events, Cancer Crosslinks among them.",
            "Charlotte Wu Homme har ansvar for klyngens medlemmer og arrangementer, blant dem Cancer Crosslinks.",
        ),
    },
    {
        "slug": "magnus-essand",
        "name": "Magnus Essand",
        "role": SPEAKER,
        "organisation": "",
        "biography": Text(
            "Magnus Essand spoke at Cancer Crosslinks 2025 about how the way we understand and treat cancer has changed.",
            "Magnus Essand holdt foredrag på Cancer Crosslinks 2025 om hvordan vi forstår og behandler kreft på nye måter.",
        ),
    },
    {
        "slug": "vivek-subbiah",
        "name": "Vivek Subbiah",
        "role": SPEAKER,
        "organisation": "",
        "biography": Text(
            "Vivek Subbiah came from the United States to talk about tumour-agnostic therapies.",
            "Vivek Subbiah kom fra USA for å snakke om tumoragnostisk behandling.",
        ),
    },
    {
        "slug": "ruth-plummer",
        "name": "Ruth Plummer",
        "role": SPEAKER,
        "organisation": "",
        "biography": Text(
            "Ruth Plummer, from the United Kingdom, showed how molecular biology opens the way to precision medicine.",
            "Ruth Plummer fra Storbritannia viste hvordan molekylærbiologi åpner for presisjonsmedisin.",
        ),
    },
    {
        "slug": "inge-marie-svane",
        "name": "Inge Marie Svane",
        "role": SPEAKER,
        "organisation": "",
        "biography": Text(
            "Inge Marie Svane spoke about immunology and the progress of cell therapy.",
            "Inge Marie Svane snakket om immunologi og fremskritt innen celleterapi.",
        ),
    },
    {
        "slug": "ingrid-stenstadvold-ross",
        "name": "Ingrid Stenstadvold Ross",
        "role": SPEAKER,
        "organisation": "",
        "biography": Text(
            "Ingrid Stenstadvold Ross described the digital solutions coming to cancer care.",
            "Ingrid Stenstadvold Ross beskrev de digitale løsningene som er på vei inn i kreftomsorgen.",
        ),
    },
    {
        "slug": "joel-hedlund",
        "name": "Joel Hedlund",
        "role": SPEAKER,
        "organisation": "",
        "biography": Text(
            "Joel Hedlund talked about infrastructures that let researchers share health data.",
            "Joel Hedlund snakket om infrastruktur som lar forskere dele helsedata.",
        ),
    },
    {
        "slug": "geir-hetland",
        "name": "Geir Hetland",
        "role": Text("Chief Financial Officer", "finansdirektør"),
        "organisation": "Thermo Fisher Scientific",
        "biography": Text(
            "Geir Hetland is finance director at Thermo Fisher Scientific and the newest member of the cluster's board.",
            "Geir Hetland er finansdirektør i Thermo Fisher Scientific og det nyeste medlemmet av klyngens styre.",
        ),
        "board_role": Text("Board member", "Styremedlem"),
        "board_term_start": "2025-01-01",
    },
]
