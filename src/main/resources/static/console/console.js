// Channel Hub console: small progressive enhancements. Every page works without this script.
(function () {
  'use strict';

  // Shopify store address: say what is wrong while typing, before the form goes anywhere.
  var SHOP = /^[a-zA-Z0-9][a-zA-Z0-9-]*\.myshopify\.com$/;
  document.querySelectorAll('form[data-validate-shop]').forEach(function (form) {
    var input = form.querySelector('input[name=shop]');
    var error = form.querySelector('#shop-error');
    var field = input.closest('.field');
    function check(showEmpty) {
      var value = input.value.trim();
      var message = '';
      if (!value) {
        message = showEmpty ? 'Enter the store\'s address, e.g. my-store.myshopify.com.' : '';
      } else if (!SHOP.test(value)) {
        message = /^https?:\/\//i.test(value)
          ? 'Leave out https:// — just name.myshopify.com.'
          : 'Use the store\'s myshopify.com address, e.g. my-store.myshopify.com (not its own domain).';
      }
      error.textContent = message;
      error.hidden = !message;
      field.classList.toggle('has-error', !!message);
      input.setAttribute('aria-invalid', message ? 'true' : 'false');
      return !message;
    }
    input.addEventListener('input', function () { if (field.classList.contains('has-error')) { check(false); } });
    input.addEventListener('blur', function () { check(false); });
    form.addEventListener('submit', function (event) {
      if (!check(true)) { event.preventDefault(); input.focus(); }
    });
  });

  // Amazon region: only the chosen region's marketplaces are shown and sent.
  document.querySelectorAll('form[data-region-form]').forEach(function (form) {
    var select = form.querySelector('[data-region-select]');
    if (!select) { return; }
    function show() {
      form.querySelectorAll('fieldset[data-region]').forEach(function (fieldset) {
        var active = fieldset.getAttribute('data-region') === select.value;
        fieldset.hidden = !active;
        fieldset.querySelectorAll('input').forEach(function (box) { box.disabled = !active; });
        if (active && !fieldset.querySelector('input:checked')) {
          var first = fieldset.querySelector('input');
          if (first) { first.checked = true; }
        }
      });
    }
    select.addEventListener('change', show);
    show();
  });

  // Live progress of the running pull: poll the console's JSON endpoint until the run ends, then reload once so
  // the history and the chart include it.
  var block = document.querySelector('[data-progress]');
  if (block && block.getAttribute('data-run-status') === 'RUNNING') {
    var url = block.getAttribute('data-url');
    var status = block.querySelector('[data-progress-status]');
    var text = block.querySelector('[data-progress-text]');
    var errorText = block.querySelector('[data-progress-error]');
    var LABELS = { RUNNING: 'Running', SUCCEEDED: 'Succeeded', PARTIAL: 'Partly failed', FAILED: 'Failed', CANCELLED: 'Cancelled' };
    var poll = function () {
      fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) { throw new Error('status ' + response.status); }
          return response.json();
        })
        .then(function (data) {
          var run = data.run || {};
          if (!run.status) { return; }
          var done = (run.processedItems || 0) + (run.failedItems || 0);
          var finished = run.status !== 'RUNNING';
          var bar = block.querySelector('progress');
          // a run that ended well fills the bar; one that failed or was cancelled shows how far it got
          var complete = run.status === 'SUCCEEDED' || run.status === 'PARTIAL';
          var max = finished && (complete || !run.totalItems) ? Math.max(done, 1) : run.totalItems;
          if (max) {
            bar.max = max;
            bar.value = finished && complete ? max : Math.min(done, max);
          }
          status.textContent = LABELS[run.status] || run.status;
          var words = done + (run.totalItems ? ' of ' + run.totalItems : '') + ' items';
          if (run.failedItems) { words += ', ' + run.failedItems + ' failed'; }
          if (run.itemsPerSecond) { words += ' · ' + run.itemsPerSecond + ' items/s'; }
          if (!finished && run.etaSeconds != null) { words += ' · about ' + run.etaSeconds + ' s left'; }
          text.textContent = words;
          if (run.errorSummary) { errorText.textContent = run.errorSummary; errorText.hidden = false; }
          block.setAttribute('data-run-status', run.status);
          if (finished) {
            var cancel = document.querySelector('[data-cancel-form]');
            if (cancel) { cancel.hidden = true; }
            setTimeout(function () { window.location.reload(); }, 1500);
          } else {
            setTimeout(poll, 1000);
          }
        })
        .catch(function () {
          text.textContent = 'Progress is not available right now; reload the page to see where the pull is.';
        });
    };
    setTimeout(poll, 500);
  }

  // Live counts of a price or inventory batch being sent: poll its JSON until every channel has answered, then reload
  // once so the items show their results.
  var batch = document.querySelector('[data-batch]');
  var OPEN = { ACCEPTED: true, IN_PROGRESS: true };
  if (batch && OPEN[batch.getAttribute('data-batch-status')]) {
    var batchLabels = { ACCEPTED: 'Waiting to be sent', IN_PROGRESS: 'Sending', COMPLETED: 'Completed',
      COMPLETED_WITH_ERRORS: 'Completed with errors' };
    var pollBatch = function () {
      fetch(batch.getAttribute('data-url'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) { throw new Error('status ' + response.status); }
          return response.json();
        })
        .then(function (data) {
          var targets = data.targets || {};
          var total = 0;
          Object.keys(targets).forEach(function (s) { total += targets[s]; });
          var done = total - (targets.PENDING || 0) - (targets.IN_FLIGHT || 0);
          var bar = batch.querySelector('progress');
          if (bar) { bar.max = Math.max(total, 1); bar.value = done; }
          var text = batch.querySelector('[data-batch-progress-text]');
          if (text) { text.textContent = done + ' of ' + total + ' ' + batch.getAttribute('data-batch-values') + ' done'; }
          (data.channels || []).forEach(function (channel) {
            Object.keys(channel.targets || {}).forEach(function (s) {
              var cell = document.querySelector('[data-count="' + channel.integrationId + ':' + s + '"]');
              if (cell) { cell.textContent = channel.targets[s]; }
            });
          });
          batch.querySelector('[data-batch-status-label]').textContent = batchLabels[data.status] || data.status;
          batch.setAttribute('data-batch-status', data.status);
          if (OPEN[data.status]) {
            setTimeout(pollBatch, 1000);
          } else {
            setTimeout(function () { window.location.reload(); }, 800);
          }
        })
        .catch(function () {
          var text = batch.querySelector('[data-batch-progress-text]');
          if (text) { text.textContent = 'Live counts are not available right now; reload the page to see them.'; }
        });
    };
    setTimeout(pollBatch, 500);
  }

  // Sync history chart: duration and items of each finished run over time (the table holds the same figures).
  var chart = document.querySelector('[data-chart]');
  if (chart && window.uPlot) {
    var points = JSON.parse(chart.getAttribute('data-chart') || '[]');
    if (points.length) {
      var data = [
        points.map(function (p) { return p.startedAt; }),
        points.map(function (p) { return p.durationSeconds; }),
        points.map(function (p) { return p.items; })
      ];
      var width = function () { return Math.max(260, chart.clientWidth); };
      // a lone run (or runs seconds apart) still gets a readable time axis: at least ten minutes wide
      var first = data[0][0];
      var last = data[0][data[0].length - 1];
      var pad = Math.max(300, (last - first) * 0.05);
      var plot = new window.uPlot({
        width: width(),
        height: 220,
        // the page gives every time in UTC; so does the chart
        tzDate: function (ts) { return window.uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'); },
        scales: { x: { time: true, range: function () { return [first - pad, last + pad]; } } },
        series: [
          {},
          { label: 'Duration (s)', stroke: '#0b5cad', width: 2, scale: 's', points: { show: true } },
          { label: 'Items', stroke: '#1a6b35', width: 2, scale: 'n', points: { show: true } }
        ],
        axes: [
          { label: 'UTC' },
          { scale: 's', label: 'seconds' },
          { scale: 'n', side: 1, label: 'items', grid: { show: false } }
        ]
      }, data, chart);
      window.addEventListener('resize', function () { plot.setSize({ width: width(), height: 220 }); });
    }
  }
})();
