// Sends the CSRF token with every htmx request, and submits selects marked data-autosubmit.
document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});
document.addEventListener("change", function (event) {
    if (event.target.matches("select[data-autosubmit]") && event.target.value) {
        event.target.form.submit();
    }
});
// Asks before a form marked data-confirm is sent (deleting), with or without htmx.
document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.dataset.confirm && !form.hasAttribute("hx-post") && !window.confirm(form.dataset.confirm)) {
        event.preventDefault();
    }
}, true);
// A form whose button is marked data-busy (a check that reads a file for some seconds) says it is working and
// cannot be sent twice; the page that answers replaces it.
document.addEventListener("submit", function (event) {
    var button = event.target.querySelector("button[data-busy]");
    if (button && !event.defaultPrevented) {
        button.disabled = true;
        button.textContent = button.dataset.busyText || button.textContent;
        event.target.setAttribute("aria-busy", "true");
    }
});
// The menu (fragments :: header) is a <details>: open on a wide screen, where its button is hidden (browsers
// without ::details-content would otherwise show it folded there), folded on a phone until its button is pressed.
(function () {
    var wide = window.matchMedia("(min-width: 801px)");
    function fit() {
        var menu = document.getElementById("menu");
        if (menu) { menu.open = wide.matches; }
    }
    document.addEventListener("DOMContentLoaded", fit);
    wide.addEventListener("change", fit);
})();
// A wide table scrolls inside its own box (.table-wrap, its first column fixed), not the whole page sideways:
// every table of a page, also those htmx brings, is put in one unless it already is (or is a dashboard tile's).
document.addEventListener("htmx:load", function (event) { wrapTables(event.detail.elt); });
document.addEventListener("DOMContentLoaded", function () { wrapTables(document.body); });
function wrapTables(root) {
    var tables = root.tagName === "TABLE" ? [root] : Array.prototype.slice.call(root.querySelectorAll("table"));
    tables.forEach(function (table) {
        var parent = table.parentElement;
        if (!parent || parent.classList.contains("table-wrap") || table.closest(".tile")) { return; }
        var wrap = document.createElement("div");
        wrap.className = "table-wrap";
        parent.insertBefore(wrap, table);
        wrap.appendChild(table);
        if (wrap.scrollWidth > wrap.clientWidth) { wrap.tabIndex = 0; }   // the keyboard scrolls it too
    });
}
// An ECharts chart that follows its box's size (the window's, a panel shown, a phone turned): the one way the
// pages make their charts (dashboard.js, overview.js).
window.ward57Chart = function (element) {
    var chart = echarts.init(element);
    if (window.ResizeObserver) {
        var watch = new ResizeObserver(function () {
            if (chart.isDisposed()) { watch.disconnect(); } else { chart.resize(); }
        });
        watch.observe(element);
    }
    return chart;
};
