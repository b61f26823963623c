// Adds "Xuất Excel · Xuất CSV" under every table.exportable: the table's header and cell texts go to
// POST /exports/table, which answers the file (cells a spreadsheet would run as formulas neutralised).
(function () {
    function texts(cells) {
        return Array.prototype.map.call(cells, function (c) { return c.textContent.replace(/\s+/g, " ").trim(); });
    }

    function download(table, format) {
        var head = table.tHead && table.tHead.rows.length ? table.tHead.rows[table.tHead.rows.length - 1] : null;
        var rows = [];
        Array.prototype.forEach.call(table.tBodies, function (body) {
            Array.prototype.forEach.call(body.rows, function (r) {
                if (r.cells.length > 1 || !r.cells[0] || r.cells[0].colSpan <= 1) {
                    rows.push(texts(r.cells));
                }
            });
        });
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        var headers = {"Content-Type": "application/json"};
        if (token && header) {
            headers[header.content] = token.content;
        }
        var name = table.dataset.exportName || document.title.split(" · ")[0];
        fetch("/exports/table?format=" + format
                + "&name=" + encodeURIComponent(name), {
            method: "POST", headers: headers, credentials: "same-origin",
            body: JSON.stringify({headers: head ? texts(head.cells) : [], rows: rows})
        }).then(function (res) {
            if (!res.ok) {
                return res.text().then(function (message) { window.alert(message); });
            }
            return res.blob().then(function (blob) {
                var a = document.createElement("a");
                a.href = URL.createObjectURL(blob);
                a.download = name + "." + format;
                document.body.appendChild(a);
                a.click();
                a.remove();
                setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
            });
        });
    }

    function link(text, onClick) {
        var a = document.createElement("a");
        a.href = "#";
        a.textContent = text;
        a.addEventListener("click", function (e) { e.preventDefault(); onClick(); });
        return a;
    }

    function decorate(table) {
        if (table.dataset.exportReady) {
            return;
        }
        table.dataset.exportReady = "1";
        var vi = (document.documentElement.lang || "vi") !== "en";
        var tools = document.createElement("div");
        tools.className = "table-tools";
        tools.appendChild(link(vi ? "Xuất Excel" : "Export Excel", function () { download(table, "xlsx"); }));
        tools.appendChild(document.createTextNode(" · "));
        tools.appendChild(link(vi ? "Xuất CSV" : "Export CSV", function () { download(table, "csv"); }));
        table.insertAdjacentElement("afterend", tools);
    }

    function scan(root) {
        if (root.matches && root.matches("table.exportable")) {
            decorate(root);
        }
        (root.querySelectorAll ? root : document).querySelectorAll("table.exportable").forEach(decorate);
    }

    document.addEventListener("DOMContentLoaded", function () { scan(document); });
    // tables htmx swaps in (the dashboard's tiles refresh every minute)
    document.addEventListener("htmx:afterSettle", function (e) { scan(e.target); });
})();
