// The province view: sorting the wards' table by any column (names in Vietnamese order), and its charts.
(function () {
    var collator = new Intl.Collator("vi");

    function sortBy(table, index, type, ascending) {
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows).filter(function (r) { return r.cells.length > index; });
        rows.sort(function (a, b) {
            var x = a.cells[index], y = b.cells[index];
            var d = type === "number"
                ? parseFloat(x.dataset.value) - parseFloat(y.dataset.value)
                : collator.compare(x.textContent.trim(), y.textContent.trim());
            return ascending ? d : -d;
        });
        rows.forEach(function (r) { body.appendChild(r); });
    }

    document.querySelectorAll("table.sortable").forEach(function (table) {
        table.querySelectorAll("th[data-sort]").forEach(function (th, index) {
            th.tabIndex = 0;
            th.style.cursor = "pointer";
            var go = function () {
                var ascending = th.getAttribute("aria-sort") !== "ascending";
                table.querySelectorAll("th[aria-sort]").forEach(function (o) { o.removeAttribute("aria-sort"); });
                th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
                sortBy(table, index, th.dataset.sort, ascending);
            };
            th.addEventListener("click", go);
            th.addEventListener("keydown", function (e) { if (e.key === "Enter") { go(); } });
        });
    });

    var holder = document.getElementById("province-charts");
    if (!holder || typeof echarts === "undefined") {
        return;
    }
    var data = JSON.parse(holder.dataset.chart);
    var months = data.months;  // named in the page's language by the server ("Tháng 1/2026")
    var channels = window.ward57Chart(document.getElementById("chart-channels"));
    channels.setOption({
        tooltip: {trigger: "axis"},
        legend: {},
        xAxis: {type: "category", data: months},
        yAxis: {type: "value"},
        series: [
            {name: holder.dataset.online, type: "bar", stack: "new", data: data.online},
            {name: holder.dataset.inPerson, type: "bar", stack: "new", data: data.inPerson},
            {name: holder.dataset.postal, type: "bar", stack: "new", data: data.postal}
        ]
    });
    var onTime = window.ward57Chart(document.getElementById("chart-on-time"));
    onTime.setOption({
        tooltip: {trigger: "axis", valueFormatter: function (v) {
            return v == null ? "—" : Number(v).toLocaleString("vi-VN", {maximumFractionDigits: 2}) + "%";
        }},
        legend: {},
        xAxis: {type: "category", data: months},
        yAxis: {type: "value", min: 0, max: 100, axisLabel: {formatter: "{value}%"}},
        series: [{name: holder.dataset.onTime, type: "line", data: data.onTimeRate, connectNulls: false}]
    });
})();
