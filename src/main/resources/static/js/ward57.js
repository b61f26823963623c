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
