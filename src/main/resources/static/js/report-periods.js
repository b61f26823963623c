// Quick buttons of the "draft a report" form: fill from/to with this month, last month, this quarter,
// the first six months, this year, or the 18-month review (01/01 of last year to 30/6 of this year);
// a named period of the picker (calendar or Decree 09 cut-off window) fills them with its own dates.
(function () {
    "use strict";

    function iso(d) {
        var m = d.getMonth() + 1;
        var day = d.getDate();
        return d.getFullYear() + "-" + (m < 10 ? "0" : "") + m + "-" + (day < 10 ? "0" : "") + day;
    }

    // month: 0-based; the last day of a month is day 0 of the next
    function range(kind, today) {
        var y = today.getFullYear();
        var m = today.getMonth();
        switch (kind) {
            case "month": return [new Date(y, m, 1), new Date(y, m + 1, 0)];
            case "last-month": return [new Date(y, m - 1, 1), new Date(y, m, 0)];
            case "quarter":
                var q = Math.floor(m / 3) * 3;
                return [new Date(y, q, 1), new Date(y, q + 3, 0)];
            case "half": return [new Date(y, 0, 1), new Date(y, 5, 30)];
            case "year": return [new Date(y, 0, 1), new Date(y, 11, 31)];
            case "18-months": return [new Date(y - 1, 0, 1), new Date(y, 5, 30)];
            default: return null;
        }
    }

    document.addEventListener("click", function (event) {
        var button = event.target.closest ? event.target.closest("button[data-period]") : null;
        if (!button) {
            return;
        }
        var dates = range(button.getAttribute("data-period"), new Date());
        var form = button.closest("form");
        if (dates && form) {
            form.querySelector("input[name=from]").value = iso(dates[0]);
            form.querySelector("input[name=to]").value = iso(dates[1]);
        }
    });

    document.addEventListener("change", function (event) {
        var select = event.target;
        if (select.name !== "period" || !select.form || !select.form.querySelector("input[name=from]")) {
            return;
        }
        var option = select.options[select.selectedIndex];
        if (option && option.getAttribute("data-from")) {
            select.form.querySelector("input[name=from]").value = option.getAttribute("data-from");
            select.form.querySelector("input[name=to]").value = option.getAttribute("data-to");
        }
    });
})();
