"""Analysis: what moved trade (turnover before and after events) and who has gone quiet (no contact for N months).

Two tabs, only the open one built (widgets.lazy_tabs); every choice is in the link.
"""

import streamlit as st

from atlas.app import cache, panels, state, widgets
from atlas.text import lookup as i18n

lang = state.lang()
st.title(i18n.t("analysis.title", lang))
st.caption(i18n.t("analysis.caption", lang))

with panels.guarded(lang):
    if panels.datasets_ready(["regions", "trade", "agreements", "visits", "wg_meetings"], lang):
        tabs = widgets.lazy_tabs({"moved": "analysis.tab.moved", "quiet": "analysis.tab.quiet"},
                                 state.ANALYSIS_VIEW, state.ANALYSIS_TAB, lang)  # fmt: skip
        if tabs["moved"].open:
            with tabs["moved"]:
                kind, window = widgets.event_controls(lang)
                moved, figure = cache.moved(kind, window, lang)
                st.info(moved.summary, icon=":material/query_stats:")
                st.caption(f"{moved.caveat} {moved.method} {moved.counts}")
                if figure is not None:
                    panels.chart(figure, key=state.ANALYSIS_MOVED_CHART, alt=moved.summary)
                    st.header(i18n.t("moved.table", lang))
                    widgets.data_table(moved.table, key=state.ANALYSIS_MOVED, filename=f"moved-{kind}-{window}y",
                                       lang=lang, column_config=widgets.link_columns(moved.links, lang))  # fmt: skip
                st.header(i18n.t("moved.excluded", lang))
                st.caption(i18n.t("moved.excluded.caption", lang))
                widgets.data_table(moved.excluded, key=state.ANALYSIS_EXCLUDED,
                                   filename=f"moved-excluded-{kind}-{window}y", lang=lang,
                                   column_config=widgets.link_column(lang))  # fmt: skip
        if tabs["quiet"].open:
            with tabs["quiet"]:
                months, reference = widgets.quiet_controls(lang)
                quiet = cache.quiet(months, reference, lang)
                st.info(quiet.summary, icon=":material/notifications:")
                st.caption(quiet.method)
                widgets.data_table(quiet.table, key=state.ANALYSIS_QUIET, filename=f"quiet-{months}m", lang=lang,
                                   column_config=widgets.link_column(lang))  # fmt: skip
