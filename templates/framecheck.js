/* framecheck report: sortable tables, the findings filters and search, and Escape to dismiss a
   highlight's tooltip. No libraries and no requests, so it runs from a local folder and from a CI artifact.
   Without it the report still works: every row shows and the filters stay hidden. */
(function () {
  'use strict';

  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  function sortKey(row, column, numeric) {
    var cell = row.cells[column];
    var key = cell ? (cell.getAttribute('data-sort') || cell.textContent.trim()) : '';
    return numeric ? parseFloat(key) || 0 : key.toLowerCase();
  }

  /* A header's sort button sorts by its column, ascending first, then toggles. Ties keep the
     original (path and position) order, so every sort is stable. */
  function sortable(table) {
    var body = table.tBodies[0];
    each(body.rows, function (row, i) { row.setAttribute('data-order', i); });
    each(table.querySelectorAll('thead th button.sort'), function (button) {
      var th = button.closest('th');
      button.addEventListener('click', function () {
        var column = th.cellIndex;
        var numeric = th.hasAttribute('data-numeric');
        var descending = th.getAttribute('aria-sort') === 'ascending';
        each(table.querySelectorAll('thead th'), function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = sortKey(a, column, numeric), y = sortKey(b, column, numeric);
          var order = x < y ? -1 : x > y ? 1 : 0;
          if (descending) { order = -order; }
          return order || a.getAttribute('data-order') - b.getAttribute('data-order');
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  /* The filters form names its table in data-table; each select filters on the row attribute of its
     name (data-category, data-author…), the "new" box on data-new (new since the baseline), and the
     search box matches any text in the row. */
  function filterable(form) {
    var table = document.getElementById(form.getAttribute('data-table'));
    var rows = table.tBodies[0].rows;
    var status = document.getElementById(form.getAttribute('data-status'));
    var noun = form.getAttribute('data-noun') || 'rows';
    function apply() {
      var query = form.elements.q.value.trim().toLowerCase();
      var onlyNew = form.elements['new'] ? form.elements['new'].checked : false;
      var chosen = [];
      each(form.querySelectorAll('select'), function (select) {
        if (select.value) { chosen.push([select.name, select.value]); }
      });
      var shown = 0;
      each(rows, function (row) {
        var match = chosen.every(function (c) { return row.getAttribute('data-' + c[0]) === c[1]; })
          && (!query || row.textContent.toLowerCase().indexOf(query) >= 0)
          && (!onlyNew || row.getAttribute('data-new') === 'true');
        row.hidden = !match;
        if (match) { shown++; }
      });
      status.textContent = shown === rows.length
        ? 'Showing all ' + rows.length + ' ' + noun + '.'
        : 'Showing ' + shown + ' of ' + rows.length + ' ' + noun + '.';
    }
    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    form.addEventListener('reset', function () { window.setTimeout(apply, 0); });
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    form.hidden = false;
    apply();
  }

  /* WCAG 1.4.13: a tooltip shown on hover or focus can be dismissed without moving the pointer or focus. */
  function dismissibleTips() {
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape') { return; }
      each(document.querySelectorAll('mark.hl:hover, mark.hl:focus'), function (mark) { mark.classList.add('tip-off'); });
    });
    each(document.querySelectorAll('mark.hl'), function (mark) {
      function reset() { mark.classList.remove('tip-off'); }
      mark.addEventListener('mouseleave', reset);
      mark.addEventListener('blur', reset);
    });
  }

  each(document.querySelectorAll('table.sortable'), sortable);
  each(document.querySelectorAll('form.filters'), filterable);
  dismissibleTips();
}());
