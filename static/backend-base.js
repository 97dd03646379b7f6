// Loaded before Streamlit's frontend on a page's own address (atlas/server/probes.py): the server is at the site's root, so
// the frontend need not probe /<page>/_stcore/health first (a 404 in the console).
window.__streamlit = Object.assign({}, window.__streamlit, { BACKEND_BASE_URL: `${window.location.origin}/` });
