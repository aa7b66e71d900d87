'use strict';
// console.table's box drawing, node 24's layout (cells left-aligned).

function renderRow(row, widths) {
  let out = '│';
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    const len = width(cell);
    // node 24 left-aligns every cell.
    out += ' ' + cell + ' '.repeat(widths[i] - len + 1) + '│';
  }
  return out;
}

function width(s) {
  // Visible width: strip ANSI escapes; count full-width code points as 2.
  s = s.replace(/\x1b\[[0-9;]*m/g, '');
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0);
    w += (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1f64f) || (c >= 0x20000 && c <= 0x3fffd))) ? 2 : 1;
  }
  return w;
}

function table(head, columns) {
  const rows = [];
  const widths = head.map((h) => width(h) + 2);
  const longest = Math.max(...columns.map((c) => c.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longest; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      const w = widths[i] || 0;
      const cw = width(value) + 2;
      widths[i] = Math.max(w, cw);
    }
  }
  const divider = widths.map((w) => '─'.repeat(w));
  let result = `┌${divider.join('┬')}┐\n${renderRow(head, widths.map((w) => w - 2))}\n├${divider.join('┼')}┤\n`;
  for (const row of rows) result += `${renderRow(row, widths.map((w) => w - 2))}\n`;
  result += `└${divider.join('┴')}┘`;
  return result;
}

function renderTable(data, properties, inspect) {
  const fmt = (v) => inspect(v, { depth: 1, maxArrayLength: 3, breakLength: Infinity, colors: false });
  const indexKey = '(index)';
  const valuesKey = 'Values';
  const iterKey = '(iteration index)';
  const isMap = data instanceof Map;
  const isSet = data instanceof Set;
  if (isMap || isSet) {
    const idx = [], keys = [], vals = [];
    let i = 0;
    for (const entry of isMap ? data.entries() : data.values()) {
      idx.push(String(i++));
      if (isMap) { keys.push(fmt(entry[0])); vals.push(fmt(entry[1])); }
      else vals.push(fmt(entry));
    }
    return isMap ? table([iterKey, 'Key', valuesKey], [idx, keys, vals]) : table([iterKey, valuesKey], [idx, vals]);
  }
  const map = Object.create(null);
  let hasPrimitives = false;
  const valuesKeyArray = [];
  const indexKeyArray = Object.keys(data);
  for (let i = 0; i < indexKeyArray.length; i++) {
    const item = data[indexKeyArray[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesKeyArray[i] = fmt(item);
    } else {
      const keys = properties || Object.keys(item);
      for (const key of keys) {
        map[key] ??= [];
        if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) map[key][i] = '';
        else map[key][i] = fmt(item[key]);
      }
    }
  }
  const keys = Object.keys(map);
  const values = Object.values(map);
  if (hasPrimitives) { keys.push(valuesKey); values.push(valuesKeyArray); }
  keys.unshift(indexKey);
  values.unshift(indexKeyArray);
  return table(keys, values);
}

module.exports = { renderTable };
