// Charts of the supervisors' dashboard (Apache ECharts from its WebJar). The content security
// policy allows no inline script: the figures come in the data-charts attribute of #chart-data,
// computed by the server from the same figures as the tables.
(function () {
  'use strict';
  var holder = document.getElementById('chart-data');
  if (!holder || typeof echarts === 'undefined') {
    return;
  }
  var charts = JSON.parse(holder.getAttribute('data-charts') || '{}');
  var palette = ['#c62828', '#1565c0', '#2e7d32', '#f9a825', '#6a1b9a', '#00838f', '#8d6e63'];

  function option(spec) {
    if (spec.type === 'pie') {
      return {
        color: palette,
        tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
        legend: { bottom: 0, type: 'scroll' },
        series: [{ name: spec.name, type: 'pie', radius: ['35%', '65%'], data: spec.data,
          label: { formatter: '{b}\n{c}' } }]
      };
    }
    return {
      color: palette,
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 40, right: 16, top: 16, bottom: 56 },
      xAxis: { type: 'category', data: spec.labels, axisLabel: { interval: 0, rotate: spec.labels.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value' },
      series: spec.series.map(function (s) {
        return { name: s.name, type: spec.type, data: s.data, smooth: spec.type === 'line' };
      })
    };
  }

  var rendered = [];
  document.querySelectorAll('[data-chart]').forEach(function (node) {
    var spec = charts[node.getAttribute('data-chart')];
    if (!spec) {
      return;
    }
    var chart = echarts.init(node, null, { renderer: 'canvas' });
    chart.setOption(option(spec));
    node.setAttribute('data-rendered', 'true');
    rendered.push(chart);
  });
  window.addEventListener('resize', function () {
    rendered.forEach(function (c) { c.resize(); });
  });
})();
