"""Forums: the annual Forum of Regions of Belarus and Russia on a timeline, with hosts, themes and contracts."""

import streamlit as st

from atlas.app import cache, panels, state, widgets
from atlas.figures import timelines
from atlas.text import lookup as i18n
from atlas.views import forums as forums_view

lang = state.lang()
_, filters = panels.filtered_page("forums.title", "forums.caption", lang)

with panels.guarded(lang):
    if panels.datasets_ready(["forums"], lang):
        panels.filters_not_applied(lang, applied=("years",))  # a forum is every region's, not one region's
        forums = cache.frame("forums")
        shown = forums[forums["year"].between(*filters.years)]
        panels.chart(
            timelines.forums_timeline(shown, lang), key=state.FORUMS_TIMELINE, alt=i18n.t("forums.title", lang)
        )
        st.header(i18n.t("forums.table", lang))
        widgets.data_table(forums_view.forums_table(shown, lang), key=state.FORUMS_TABLE, filename="forums", lang=lang,
                      column_config=widgets.link_column(lang), filters=filters.only("years"))  # fmt: skip
        st.caption(i18n.t("forums.contracts_note", lang))
