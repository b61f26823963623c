// Draws one indicator's chart (indicator/indicator.html) from its data attribute, built in Java: the values at
// their periods' ends, the straight line to the target, and the projection from the last value. Numbers as the
// dashboard writes them (static/js/dashboard.js): 12.456, 98,70%.
(function () {
    'use strict';

    var count = new Intl.NumberFormat('vi-VN', {maximumFractionDigits: 2});
    var percent = new Intl.NumberFormat('vi-VN', {minimumFractionDigits: 2, maximumFractionDigits: 2});

    // a month as the pages name it (common/web/PeriodNames): "Tháng 1/2027", in English "January 2027"
    function month(d) {
        var date = new Date(d);
        if (document.documentElement.lang === 'en') {
            return date.toLocaleDateString('en-GB', {month: 'long', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh'});
        }
        return 'Tháng ' + (date.getMonth() + 1) + '/' + date.getFullYear();
    }

    document.addEventListener('DOMContentLoaded', function () {
        var el = document.getElementById('indicator-chart');
        if (!el || !window.echarts) { return; }
        var data = JSON.parse(el.dataset.chart);
        var L = el.dataset;
        var fmt = data.unit === 'PERCENT'
            ? function (v) { return v == null ? '—' : percent.format(v) + '%'; }
            : function (v) { return v == null ? '—' : count.format(v); };
        function points(list) {
            return list.map(function (p) { return {value: [p.at, p.value], name: p.name}; });
        }
        var chart = window.ward57Chart(el);
        var narrow = el.clientWidth < 500;   // a phone: fewer dates on the axis
        chart.setOption({
            // the legend under the chart, where its lines may wrap without covering the target's line
            grid: {left: 8, right: 16, top: 16, bottom: narrow ? 60 : 36, containLabel: true},
            legend: {bottom: 0},
            tooltip: {
                trigger: 'item',
                formatter: function (i) {
                    return i.marker + (i.data.name || (i.seriesName + ' · ' + month(i.value[0]))) + ': ' + fmt(i.value[1]);
                }
            },
            xAxis: {type: 'time', splitNumber: narrow ? 3 : 6,
                axisLabel: {formatter: function (v) { return month(v); }, hideOverlap: true}},
            yAxis: {type: 'value', scale: true, axisLabel: {formatter: function (v) { return count.format(v); }}},
            // a line without points (no target, no projection) stays out of the legend too
            series: [
                {name: L.labelValue, type: 'line', data: points(data.values), symbolSize: 8},
                {name: L.labelPath, type: 'line', data: points(data.path), symbol: 'diamond',
                    lineStyle: {type: 'dashed'}},
                {name: L.labelProjection, type: 'line', data: points(data.projection), symbol: 'emptyCircle',
                    lineStyle: {type: 'dotted'}}
            ].filter(function (s) { return s.data.length > 0; })
        });
    });
})();
