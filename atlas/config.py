"""Paths, keys, vocabularies and settings shared by every module. Imports nothing from the app or Streamlit."""

from __future__ import annotations

import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLED_DATA_DIR = ROOT / "data"
GEO_DIR = ROOT / "geo"
STATIC_DIR = ROOT / "static"

REGION_KEY = "region_iso"  # ISO 3166-2 code such as "RU-SMO": the only join key
REGION_CODE_TEXT = r"RU-[A-Z]{2,3}"  # a Russian region's ISO 3166-2 code, as a piece of a larger pattern
REGION_CODE = re.compile(f"^{REGION_CODE_TEXT}$")  # a whole value that is such a code
COUNTRY_TOTAL = "RU"  # region_iso of rows that describe all of Russia (national totals), not a region
WGS84 = "EPSG:4326"

REGIONS_GEOJSON = GEO_DIR / "ru_regions.geojson"
BELARUS_GEOJSON = GEO_DIR / "belarus.geojson"
# What the browser loads for the map: the same shapes projected into SVG path strings (atlas/geo/projection.py),
# served by Streamlit from static/ and cached by the browser, so a map's message carries colours, not geometry
# (written by `python -m atlas.geo.build`).
STATIC_MAP = STATIC_DIR / "ru_map.json"
STATIC_URL = "/app/static/"

# Which regions the map draws: every region of data/regions.csv whose `has_polygon` is true. Regions without a
# polygon in the boundary source (DCW) are never dropped: they count in totals and tables and are listed under the
# map. Set ATLAS_MAP_REGIONS=all-with-polygons (default) or a comma-separated list of codes to restrict the map.
MAP_REGIONS_SETTING = os.environ.get("ATLAS_MAP_REGIONS", "all-with-polygons")


def data_dir() -> Path:
    """The data folder in use: $ATLAS_DATA_DIR if set, else the bundled `data/`."""
    override = os.environ.get("ATLAS_DATA_DIR", "").strip()
    return Path(override).expanduser().resolve() if override else BUNDLED_DATA_DIR


MEASURES = ("turnover", "export_from_belarus", "import_to_belarus")
UNITS = ("USD million", "RUB billion")
TARGET_FIRMNESS = ("target", "aim")  # a task set ("задача", "цель") or a hope / possibility ("может", "под силу")
MAP_UNIT = "USD million"  # the colour scale never mixes units: roubles are shown apart, never converted

FEDERAL_DISTRICTS = (
    "central",
    "northwestern",
    "southern",
    "north_caucasian",
    "volga",
    "ural",
    "siberian",
    "far_eastern",
)
VISIT_DIRECTIONS = ("RU->BY", "BY->RU")
VISIT_LEVELS = (  # highest rank first: the timelines, their colours and filters follow this order
    "president",
    "prime_minister",
    "deputy_prime_minister",
    "head_of_region",
    "oblast_governor",
    "minister",
    "ambassador",
    "deputy_governor",
    "regional_minister",
    "other",
)
BELARUS_PARTIES = ("government", "oblast", "minsk_city", "ministry", "other")  # who signed for Belarus
AGREEMENT_STATUSES = ("signed", "in_force", "planned", "expired", "unknown")
BODY_KINDS = ("working_group", "business_council", "commission", "other")  # cooperation bodies of a region

# Indicators of data/mfa_totals.csv: the Ministry of Foreign Affairs' yearly summary of work with Russian regions.
MFA_INDICATORS = (
    "agreements_total",  # agreements on trade-economic, sci-tech and cultural cooperation in force
    "agreement_regions",  # Russian regions those agreements cover
    "intergovernmental_signed",  # intergovernmental agreements signed in the year
    "ru_head_delegations",  # delegations led by heads of Russian regions that visited Belarus
    "ru_head_delegations_forum",  # ... of which in addition at the Forum of Regions
    "ru_deputy_governor_delegations",  # delegations led by deputy governors
    "ru_regional_minister_delegations",  # delegations led by regional ministers and their deputies
    "by_delegations",  # Belarusian delegations to Russian regions
    "by_prime_minister_visits",  # ... of which led by the Prime Minister
    "by_deputy_pm_visits",  # ... of which led by Deputy Prime Ministers
    "ambassador_meetings",  # visits/meetings of Belarus's Ambassador with regional leaders
    "curated_regions",  # Russian regions assigned to Belarusian curators
    "curators",  # members of Government and heads of organisations acting as curators
    "wg_meetings",  # meetings of bilateral working groups / business councils
    "medium_term_plans",  # medium-term plans of measures signed
    "wg_protocols",  # protocols of working-group meetings signed
)
REPORT_YEAR = 2024  # the year of the Ministry's summary (data/mfa_totals.csv) the overview, visits and groups show
YEAR_SPAN = (2014, 2026)  # the years the atlas covers, the shared year filter's range (from the first Forum, 2014)
MFA_SOURCE_URL = "https://russia.mfa.gov.by/ru/bilateral_relations/regions/"
