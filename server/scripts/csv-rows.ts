import Papa from "papaparse";
import type { CsvError } from "./csv-collect";

export type CsvRow = { line: number; cells: string[] };

/**
 * Reads CSV text (BOM, CRLF or LF, quoted fields spanning lines) into rows that carry the 1-based
 * file line where each row starts; papaparse only reports character offsets, so lines are counted
 * from its cursor.
 */
export function readCsvRows(text: string): { header: string[] | undefined; rows: CsvRow[]; errors: CsvError[] } {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  const errors: CsvError[] = [];
  let offset = 0; // where the next row may start
  let countedTo = 0;
  let line = 1;
  Papa.parse<string[]>(source, {
    delimiter: ",",
    skipEmptyLines: true,
    step: (result) => {
      // skip the line breaks of the previous row and of any blank lines in between
      while (source[offset] === "\r" || source[offset] === "\n") offset += 1;
      for (; countedTo < offset; countedTo += 1) if (source[countedTo] === "\n") line += 1;
      for (const e of result.errors) errors.push({ line, message: `CSV syntax: ${e.message}` });
      rows.push({ line, cells: result.data });
      offset = result.meta.cursor;
    },
  });
  const [header, ...body] = rows;
  return { header: header?.cells, rows: body, errors };
}
