"""Entrypoint: page config, language, URL state, navigation. No data work here."""

from pathlib import Path

import streamlit as st

from atlas.app import panels, state, widgets
from atlas.server import probes
from atlas.text import lookup as i18n

state.init()
presenting = state.presenting()
st.set_page_config(
    page_title="Беларусь — регионы России",
    page_icon=str(Path(__file__).parent / "static" / "favicon.png"),
    layout="wide",
    initial_sidebar_state="collapsed" if presenting else "auto",
)
panels.page_style(state.lang())  # the language the link or the last click chose
lang = widgets.language_selector() if not presenting else state.lang()


def _page(path: str, key: str, icon: str, **kwargs: object) -> st.Page:
    return st.Page(path, title=i18n.t(key, lang), icon=icon, **kwargs)  # type: ignore[arg-type]


present = _page(
    "app_pages/present.py",
    "nav.present",
    ":material/slideshow:",
    url_path="present",
    visibility="visible" if presenting else "hidden",  # opened from the sidebar link below the navigation
)
# A flat list: sections would put their headers inside the navigation's <ul> as <div>s, which screen readers and
# accessibility checks read as a broken list.
page = st.navigation(
    [
        _page("app_pages/overview.py", "nav.overview", ":material/map:", default=True),
        _page("app_pages/region.py", "nav.region", ":material/location_on:", url_path="region"),
        _page("app_pages/compare.py", "nav.compare", ":material/compare_arrows:", url_path="compare"),
        _page("app_pages/visits.py", "nav.visits", ":material/flight_takeoff:", url_path="visits"),
        _page("app_pages/working_groups.py", "nav.working_groups", ":material/groups:", url_path="working-groups"),
        _page("app_pages/forums.py", "nav.forums", ":material/event:", url_path="forums"),
        _page("app_pages/analysis.py", "nav.analysis", ":material/query_stats:", url_path="analysis"),
        _page("app_pages/targets.py", "nav.targets", ":material/flag:", url_path="targets"),
        _page("app_pages/links.py", "nav.links", ":material/conversion_path:", url_path="links"),
        _page("app_pages/sources.py", "nav.sources", ":material/info:"),
        present,
    ],
    position="hidden" if presenting else "sidebar",
)
if presenting and page.url_path != present.url_path:
    # `?present=1` shows the slides from any address (`/?present=1` too). The presenter page is never the default
    # page, whose address is `/`: a reload of `/present` would then ask for a page the navigation no longer knows.
    st.switch_page(present, query_params=st.query_params.to_dict())
if not presenting:
    widgets.sidebar_tools(lang, present)
panels.link_notices(lang, set(probes.PAGE_PATHS))
panels.data_lang_note(lang)
st.session_state[state.PAGE] = page.url_path  # downloads make their links absolute from it
try:
    page.run()
finally:
    state.write_url()  # after the page's widgets have taken this run's values
