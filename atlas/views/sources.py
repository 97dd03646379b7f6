"""The sources page: the health of every dataset."""

from __future__ import annotations

import pandas as pd

from atlas.datasets import loaders
from atlas.text import lookup as i18n


def dataset_health(loaded: loaders.Datasets, lang: str) -> pd.DataFrame:
    """One row per data file: name, rows loaded, status (ok / warnings / errors) and the first problem."""
    rows = []
    for name in loaders.LOAD_ORDER:
        problems = loaded.problems.get(name, [])
        frame = loaded.frames.get(name)
        if frame is None:
            status = i18n.t("sources.status.error", lang)
        elif problems:
            status = i18n.t("sources.status.warning", lang)
        else:
            status = i18n.t("sources.status.ok", lang)
        rows.append(
            {
                i18n.t("sources.col.file", lang): f"{name}.csv",
                i18n.t("sources.col.status", lang): status,
                i18n.t("sources.col.rows", lang): None if frame is None else len(frame),
                i18n.t("sources.col.problem", lang): str(problems[0]) if problems else "",
            }
        )
    return pd.DataFrame(rows)
