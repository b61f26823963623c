// Draws the dashboard's charts from /wards/{w}/dashboard/charts (built in Java) and, in wall mode,
// rotates the panels every 20 s. The tiles refresh themselves through htmx (hx-trigger="every 60s").
(function () {
    'use strict';

    var count = new Intl.NumberFormat('vi-VN', {maximumFractionDigits: 2});
    var percent = new Intl.NumberFormat('vi-VN', {minimumFractionDigits: 2, maximumFractionDigits: 2});

    function fmtCount(v) { return v == null ? '—' : count.format(v); }
    function fmtPercent(v) { return v == null ? '—' : percent.format(v) + '%'; }

    function tooltip(format) {
        return {
            trigger: 'axis',
            formatter: function (items) {
                var lines = [items[0].axisValueLabel];
                items.forEach(function (i) {
                    lines.push(i.marker + i.seriesName + ': ' + format(Array.isArray(i.value) ? i.value[1] : i.value));
                });
                return lines.join('<br>');
            }
        };
    }

    var charts = [];
    var turns = null;

    function make(id) {
        var el = document.getElementById(id);
        if (!el) { return null; }
        var chart = window.ward57Chart(el);
        charts.push(chart);
        return chart;
    }

    function draw(box, data) {
        var L = box.dataset;
        var grid = {left: 48, right: 16, top: 36, bottom: 28};
        var dossiers = make('chart-dossiers');
        if (dossiers) {
            dossiers.setOption({
                grid: grid, legend: {top: 0}, tooltip: tooltip(fmtCount),
                xAxis: {type: 'category', data: data.months},
                yAxis: {type: 'value', axisLabel: {formatter: fmtCount}},
                series: [
                    {name: L.labelOnline, type: 'bar', stack: 'c', data: data.online},
                    {name: L.labelInPerson, type: 'bar', stack: 'c', data: data.inPerson},
                    {name: L.labelPostal, type: 'bar', stack: 'c', data: data.postal}
                ]
            });
        }
        var onTime = make('chart-on-time');
        if (onTime) {
            var series = [
                {name: L.labelOnTime, type: 'line', data: data.onTimeRate, connectNulls: true},
                {name: L.labelFullMark, type: 'line', symbol: 'none', lineStyle: {type: 'dashed'},
                    data: data.months.map(function () { return data.fullMark; })}
            ];
            if (data.planTarget != null) {
                series.push({name: L.labelPlan + (data.planTargetYear ? ' (' + data.planTargetYear + ')' : ''),
                    type: 'line', symbol: 'none', lineStyle: {type: 'dotted'},
                    data: data.months.map(function () { return data.planTarget; })});
            }
            onTime.setOption({
                grid: grid, legend: {top: 0}, tooltip: tooltip(fmtPercent),
                xAxis: {type: 'category', data: data.months},
                yAxis: {type: 'value', min: function (v) { return Math.max(0, Math.floor(v.min / 10) * 10); }, max: 100,
                    axisLabel: {formatter: function (v) { return fmtCount(v) + '%'; }}},
                series: series
            });
        }
        var indicator = make('chart-indicator');
        var select = document.getElementById('chart-indicator-select');
        var shown = data.indicators.filter(function (s) { return s.values.some(function (v) { return v != null; }); });
        function showIndicator(i) {
            var s = shown[i];
            if (!indicator || !s) { return; }
            var fmt = s.unit === 'PERCENT' ? fmtPercent : fmtCount;
            indicator.setOption({
                title: select ? undefined : {text: s.name, textStyle: {fontSize: 13}, top: 0},
                grid: grid, legend: {top: select ? 0 : 18, right: 0}, tooltip: tooltip(fmt),
                xAxis: {type: 'category', data: s.periods},
                yAxis: {type: 'value', axisLabel: {formatter: fmtCount}},
                series: [
                    {name: L.labelValue, type: 'bar', data: s.values},
                    {name: L.labelTarget, type: 'line', data: s.targets, connectNulls: true}
                ]
            }, true);
        }
        if (select) {
            shown.forEach(function (s, i) {
                var o = document.createElement('option');
                o.value = i;
                o.textContent = s.name;
                select.appendChild(o);
            });
            select.onchange = function () { showIndicator(Number(select.value)); };
        }
        showIndicator(0);
        clearInterval(turns);
        if (!select && shown.length > 1) {   // wall mode: the indicators take turns
            var at = 0;
            turns = setInterval(function () { at = (at + 1) % shown.length; showIndicator(at); }, 10000);
        }
        var units = make('chart-units');
        if (units) {
            var names = data.units.map(function (u) { return u.name || L.labelNoUnit; });
            function column(key) { return data.units.map(function (u) { return u[key]; }); }
            units.setOption({
                grid: {left: 8, right: 16, top: 60, bottom: 8, containLabel: true}, legend: {top: 0},
                tooltip: tooltip(fmtCount),
                yAxis: {type: 'category', data: names, axisLabel: {width: 150, overflow: 'truncate'}},
                xAxis: {type: 'value', axisLabel: {formatter: fmtCount}},
                color: ['#2e8b57', '#d4a017', '#3a78c2', '#c0392b'],
                series: [
                    {name: L.labelDoneOnTime, type: 'bar', stack: 't', data: column('doneOnTime')},
                    {name: L.labelDoneLate, type: 'bar', stack: 't', data: column('doneLate')},
                    {name: L.labelInProgress, type: 'bar', stack: 't', data: column('inProgress')},
                    {name: L.labelOverdue, type: 'bar', stack: 't', data: column('overdue')}
                ]
            });
        }
    }

    function load(box) {
        fetch(box.dataset.src, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
            .then(function (r) { return r.json(); })
            .then(function (data) {
                charts.forEach(function (c) { c.dispose(); });
                charts = [];
                var select = document.getElementById('chart-indicator-select');
                if (select) { select.innerHTML = ''; }
                draw(box, data);
            });
    }

    function rotate() {
        var panels = Array.prototype.slice.call(document.querySelectorAll('.wall [data-panel]'));
        if (panels.length < 2) { return; }
        var at = 0;
        function show() {
            panels.forEach(function (p, i) { p.hidden = i !== at; });
        }
        show();
        setInterval(function () { at = (at + 1) % panels.length; show(); }, 20000);
    }

    document.addEventListener('DOMContentLoaded', function () {
        var box = document.getElementById('charts');
        if (box && window.echarts) {
            load(box);
            if (document.body.classList.contains('wall')) {   // the wall's charts follow the tiles' minute
                setInterval(function () { load(box); }, 60000);
            }
        }
        rotate();
    });
})();
