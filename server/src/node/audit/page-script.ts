/**
 * The audit page's only script, inlined into the page: sort by a header click (again to reverse),
 * filter by any column or by all at once (case-insensitive, every word must match), open a row's
 * findings. Plain ES2017 without modules, so any browser an office has runs it from disk.
 */
export const PAGE_SCRIPT = `
(function () {
  'use strict';
  var table = document.getElementById('audit');
  var rows = Array.prototype.slice.call(table.tBodies);
  var heads = table.querySelectorAll('tr.headers th');
  var inputs = table.querySelectorAll('tr.filters input');
  var all = document.getElementById('filter-all');
  var shown = document.getElementById('shown');

  function cell(row, col) { return row.rows[0].cells[col]; }
  function key(row, col) {
    var td = cell(row, col);
    return td.hasAttribute('data-num') ? Number(td.getAttribute('data-sort')) : td.getAttribute('data-sort');
  }

  Array.prototype.forEach.call(heads, function (th) {
    th.querySelector('button').addEventListener('click', function () {
      var col = Number(th.getAttribute('data-col'));
      var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      Array.prototype.forEach.call(heads, function (h) { h.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      var order = rows.map(function (row, i) { return { row: row, i: i, k: key(row, col) }; });
      order.sort(function (a, b) {
        var c = typeof a.k === 'number' && typeof b.k === 'number' ? a.k - b.k : String(a.k).localeCompare(String(b.k), 'zh-CN');
        return c * dir || a.i - b.i;
      });
      order.forEach(function (o) { table.appendChild(o.row); });
    });
  });

  function words(s) { return s.toLowerCase().split(/\\s+/).filter(Boolean); }
  function matches(text, ws) {
    text = text.toLowerCase();
    return ws.every(function (w) { return text.indexOf(w) >= 0; });
  }
  function filter() {
    var per = Array.prototype.map.call(inputs, function (inp) { return { col: Number(inp.getAttribute('data-col')), ws: words(inp.value) }; })
      .filter(function (f) { return f.ws.length; });
    var global = words(all.value);
    var n = 0;
    rows.forEach(function (row) {
      var ok = per.every(function (f) { return matches(cell(row, f.col).textContent, f.ws); }) &&
        (!global.length || matches(row.rows[0].textContent, global));
      row.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = table.getAttribute('data-shown-label') + ' ' + n + ' ' + table.getAttribute('data-of-label') + ' ' + rows.length;
  }
  Array.prototype.forEach.call(inputs, function (inp) { inp.addEventListener('input', filter); });
  all.addEventListener('input', filter);

  table.addEventListener('click', function (e) {
    var button = e.target.closest && e.target.closest('button.toggle');
    if (!button) return;
    var details = document.getElementById(button.getAttribute('aria-controls'));
    var open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    details.hidden = !open;
  });
})();
`;
