// Draws the dashboard's charts with Apache ECharts from the figures the page carries in data
// attributes (the tables beside them hold the same figures for readers without scripts).
(function () {
  'use strict';

  var charts = [];

  function pareto(element) {
    var data = JSON.parse(element.getAttribute('data-pareto'));
    var chart = echarts.init(element);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: [data.complaintsLabel, data.cumulativeLabel] },
      grid: { left: 50, right: 60, bottom: 70 },
      xAxis: { type: 'category', data: data.names, axisLabel: { interval: 0, rotate: data.names.length > 6 ? 30 : 0 } },
      yAxis: [
        { type: 'value', name: data.complaintsLabel, minInterval: 1 },
        { type: 'value', name: data.cumulativeLabel, min: 0, max: 100, axisLabel: { formatter: '{value} %' } }
      ],
      series: [
        { name: data.complaintsLabel, type: 'bar', data: data.complaints, cursor: 'pointer', itemStyle: { color: '#2b6cb0' } },
        { name: data.cumulativeLabel, type: 'line', yAxisIndex: 1, data: data.cumulative, itemStyle: { color: '#c05621' },
          // the 80 % line: the bars left of where the curve crosses it are the vital few
          markLine: { silent: true, symbol: 'none', label: { formatter: '80 %', position: 'insideStartTop' }, data: [{ yAxis: 80 }] } }
      ]
    });
    // a bar opens the list of its cases
    chart.on('click', function (event) {
      if (event.seriesType === 'bar' && data.links[event.dataIndex]) {
        window.location.href = data.links[event.dataIndex];
      }
    });
    return chart;
  }

  function trends(element) {
    var data = JSON.parse(element.getAttribute('data-trends'));
    var names = Object.keys(data.series);
    var chart = echarts.init(element);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: names },
      grid: { left: 50, right: 30, bottom: 40 },
      xAxis: { type: 'category', data: data.periods },
      yAxis: { type: 'value', minInterval: 1 },
      series: names.map(function (name) { return { name: name, type: 'line', data: data.series[name] }; })
    });
    return chart;
  }

  function draw() {
    document.querySelectorAll('[data-pareto]').forEach(function (element) { charts.push(pareto(element)); });
    document.querySelectorAll('[data-trends]').forEach(function (element) { charts.push(trends(element)); });
    document.body.setAttribute('data-charts-drawn', String(charts.length));
  }

  window.addEventListener('resize', function () { charts.forEach(function (chart) { chart.resize(); }); });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
