"""Region names, the regions a dataset refers to, and the shared filters applied to a frame."""

from __future__ import annotations

import pandas as pd

from atlas import config
from atlas.text import lookup as i18n


def region_names(regions: pd.DataFrame, lang: str) -> dict[str, str]:
    """region_iso → name in `lang`, with Russia's total row named too."""
    column = f"name_{i18n.data_lang(lang)}"
    names = dict(zip(regions[config.REGION_KEY], regions[column], strict=True))
    names[config.COUNTRY_TOTAL] = i18n.t("region.russia_total", lang)
    return names


def unmapped_regions(regions: pd.DataFrame, referenced: set[str]) -> list[str]:
    """Codes the data mentions that have no polygon to draw, in registry order."""
    no_polygon = regions.loc[~regions["has_polygon"], config.REGION_KEY]
    return [code for code in no_polygon if code in referenced]


def referenced_regions(frames: dict[str, pd.DataFrame]) -> set[str]:
    """Every region code that any loaded dataset mentions (Russia's total excluded)."""
    codes: set[str] = set()
    for name, frame in frames.items():
        if name != "regions" and config.REGION_KEY in frame.columns:
            codes |= set(frame[config.REGION_KEY])
    return codes - {config.COUNTRY_TOTAL}


def filter_rows(
    frame: pd.DataFrame,
    regions: pd.DataFrame,
    *,
    years: tuple[int, int] | None = None,
    districts: tuple[str, ...] = (),
    codes: tuple[str, ...] = (),
    year_column: str | None = None,
) -> pd.DataFrame:
    """Rows within the year span (by `year_column`, a year or a partial-date `<col>_start`), districts and regions.

    A row without a date is kept only when no year span narrows the view (its year is unknown, not outside).
    """
    keep = pd.Series(True, index=frame.index)
    if years is not None and year_column is not None:
        column = frame[year_column]
        year = column.dt.year if pd.api.types.is_datetime64_any_dtype(column) else column
        keep &= year.between(years[0], years[1]).fillna(False).astype(bool)
    if districts:
        in_districts = set(regions.loc[regions["federal_district"].isin(districts), config.REGION_KEY])
        keep &= frame[config.REGION_KEY].isin(in_districts)
    if codes:
        keep &= frame[config.REGION_KEY].isin(codes)
    return frame[keep]
