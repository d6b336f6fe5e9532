/**
 * CSV as Danish Excel opens it with a double click: UTF-8 with a byte order
 * mark, ';' between fields, CRLF between rows. Quoting follows RFC 4180: a
 * field holding the separator, a comma, a quote or a line break is quoted, and
 * its quotes doubled. Only csv-parse is installed, so this small encoder
 * stands in for csv-stringify.
 */
export const csvSeparator = ';';
const byteOrderMark = '\uFEFF';

/**
 * A text that a spreadsheet would run as a formula (=, +, -, @, or a leading
 * tab or carriage return) gets a leading apostrophe: a member's free-text
 * reason must not become a formula on the secretariat's machine.
 */
const formulaStart = /^[=+\-@\t\r]/;

export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = formulaStart.test(value) ? `'${value}` : value;
  return /[;,"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function encodeCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return byteOrderMark + rows.map((row) => row.map(csvField).join(csvSeparator) + '\r\n').join('');
}
