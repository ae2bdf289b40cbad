// 统计 · 数据驾驶舱: draws each [data-chart] with ECharts from the numbers the page carries. Every chart's
// numbers are also a table on the page; without scripts the tables are all there is.
(function () {
  'use strict';
  var charts = {};
  window.zongzhiCharts = charts;

  function colourOf(rate) {
    if (rate < 0) { return '#cbd5e1'; }
    // red below 60 %, amber to 90 %, green above
    if (rate < 0.6) { return '#dc2626'; }
    if (rate < 0.9) { return '#f59e0b'; }
    return '#16a34a';
  }

  function option(spec, el) {
    var base = { animation: false, tooltip: { trigger: spec.type === 'line' || spec.type === 'bar' ? 'axis' : 'item' } };
    if (spec.type === 'line') {
      base.legend = { top: 0 };
      base.grid = { left: 40, right: 16, top: 32, bottom: 28 };
      base.xAxis = { type: 'category', data: spec.labels };
      base.yAxis = { type: 'value', minInterval: 1 };
      base.series = spec.series.map(function (s) { return { name: s.name, type: 'line', data: s.data, smooth: true }; });
    } else if (spec.type === 'bar') {
      base.grid = { left: 120, right: 24, top: 8, bottom: 24 };
      base.xAxis = { type: 'value', minInterval: 1 };
      base.yAxis = { type: 'category', data: spec.labels, inverse: true,
        axisLabel: { width: 110, overflow: 'truncate' } };
      base.series = spec.series.map(function (s) { return { name: s.name, type: 'bar', data: s.data, barMaxWidth: 18 }; });
    } else if (spec.type === 'pie') {
      base.series = [{
        name: spec.series[0].name, type: 'pie', radius: ['35%', '65%'],
        data: spec.labels.map(function (label, i) { return { name: label, value: spec.series[0].data[i] }; })
      }];
    } else if (spec.type === 'treemap') {
      base.tooltip = { formatter: function (p) {
        var rate = p.data.rate < 0 ? '—' : (Math.round(p.data.rate * 1000) / 10) + '%';
        return p.name + '<br>受理总量 ' + p.value + '<br>化解率 ' + rate;
      } };
      base.series = [{
        type: 'treemap', roam: false, nodeClick: false, breadcrumb: { show: false },
        label: { formatter: '{b}\n{c} 件' },
        data: spec.items.map(function (item) {
          return { name: item.name, value: item.value, code: item.code, rate: item.rate,
            itemStyle: { color: colourOf(item.rate) } };
        })
      }];
    }
    return base;
  }

  function draw(el) {
    var spec = JSON.parse(el.getAttribute('data-chart'));
    var empty = spec.type === 'treemap' ? spec.items.length === 0
      : spec.labels.length === 0;
    if (empty) {
      el.classList.add('empty');
      el.textContent = '本期暂无数据';
      return;
    }
    var wall = document.body.classList.contains('wall');
    var chart = echarts.init(el, wall ? 'dark' : null, { renderer: 'svg' });
    var options = option(spec, el);
    if (wall) { options.backgroundColor = 'transparent'; }
    chart.setOption(options);
    if (spec.type === 'treemap') {
      chart.on('click', function (p) {
        var link = document.querySelector('#ranking tr[data-code="' + p.data.code + '"] td a');
        if (link) { window.location.href = link.getAttribute('href'); }
      });
    }
    charts[el.id] = chart;
  }

  if (window.echarts) {
    document.querySelectorAll('[data-chart]').forEach(draw);
    window.addEventListener('resize', function () {
      Object.keys(charts).forEach(function (id) { charts[id].resize(); });
    });
  }
  var refresh = document.body.getAttribute('data-refresh');
  if (refresh) {
    window.setTimeout(function () { window.location.reload(); }, parseInt(refresh, 10) * 1000);
  }
}());
