// A chart on the page as a file that stands on its own: its title, a key, the chart as drawn, and the source
// line, on white, with every style written into the file (no stylesheet, no CSS variable, no web font, no
// request). This module lays the file out; chartSave.ts reads the chart off the page and saves it.
import { fileSlug } from './format';

export interface ChartKeyItem {
  label: string;
  colour: string;
  /** How the chart draws it: a dot, a line, a dashed line or a shaded band. */
  mark: 'dot' | 'line' | 'dash' | 'band';
}

export interface ChartFrame {
  /** What is plotted, for which area, period and measure: the file's first line. */
  title: string;
  /** A sentence under the title, where the key alone does not say enough. */
  subtitle?: string;
  key: ChartKeyItem[];
  /** The credit line: attribution.ts's publisherLine for the measures drawn. */
  source: string;
}

/** The chart's own SVG: its viewBox, its size on the page, and its content with styles written in. */
export interface ChartBody {
  viewBox: string;
  width: number;
  height: number;
  content: string;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', Arial, sans-serif";
const PAD = 12;
const TITLE_PX = 14;
const TEXT_PX = 11;
const LEADING = 1.3;
const SWATCH = 18;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * A generous guess at a line's width: there is no text measurement without a browser, so lines are broken
 * early rather than run past the edge (0.55 em a character, 0.6 bold: more than system-ui's average).
 */
function textWidth(text: string, px: number, bold = false): number {
  return text.length * px * (bold ? 0.6 : 0.55);
}

/** Words into lines no wider than `width`; a word longer than a line gets a line of its own. */
export function wrapLines(text: string, width: number, px: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, px, bold) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Lines of text as one <text> element, each line a <tspan>. Every line but the last keeps the space it was
 * broken at, so the element's text is the sentence exactly as written.
 */
function textBlock(id: string, lines: string[], top: number, px: number, attributes: string): string {
  const spans = lines.map((line, i) => `<tspan x="${PAD}" y="${(top + px + i * px * LEADING).toFixed(1)}">${escapeXml(i < lines.length - 1 ? `${line} ` : line)}</tspan>`);
  return `<text id="${id}" font-size="${px}" ${attributes}>${spans.join('')}</text>`;
}

/** How deep a block of `lines` lines is, one or more: the title and source always have one, a subtitle is drawn only when it has. */
function blockHeight(lines: number, px: number): number {
  return px + (lines - 1) * px * LEADING + px * 0.35;
}

function keyMark(item: ChartKeyItem, x: number, middle: number): string {
  const colour = escapeXml(item.colour);
  switch (item.mark) {
    case 'dot':
      return `<circle cx="${x + SWATCH / 2}" cy="${middle}" r="4" fill="${colour}" stroke="#333333" stroke-width="0.5"/>`;
    case 'band':
      return `<rect x="${x}" y="${middle - 5}" width="${SWATCH}" height="10" fill="${colour}" fill-opacity="0.2"/>`;
    default:
      return `<line x1="${x}" x2="${x + SWATCH}" y1="${middle}" y2="${middle}" stroke="${colour}" stroke-width="2"${item.mark === 'dash' ? ' stroke-dasharray="4 3"' : ''}/>`;
  }
}

/** The key's items left to right, a new row where the next would pass the right edge. */
export function keyRows(items: readonly ChartKeyItem[], width: number): ChartKeyItem[][] {
  const rows: ChartKeyItem[][] = [];
  let row: ChartKeyItem[] = [];
  let used = 0;
  for (const item of items) {
    const size = SWATCH + 4 + textWidth(item.label, TEXT_PX) + 12;
    if (row.length > 0 && PAD + used + size > width - PAD) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push(item);
    used += size;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function keyBlock(rows: ChartKeyItem[][], top: number): string {
  const rowHeight = TEXT_PX * 1.6;
  const parts = rows.flatMap((row, r) => {
    const middle = top + r * rowHeight + rowHeight / 2;
    let x = PAD;
    return row.map((item) => {
      const mark = keyMark(item, x, middle);
      const label = `<text x="${x + SWATCH + 4}" y="${middle}" dominant-baseline="middle" font-size="${TEXT_PX}" fill="#333333">${escapeXml(item.label)}</text>`;
      x += SWATCH + 4 + textWidth(item.label, TEXT_PX) + 12;
      return mark + label;
    });
  });
  return `<g id="chart-key">${parts.join('')}</g>`;
}

/** The file: title, subtitle and key above the chart, the source line below it, all on white. */
export function standaloneSvg(body: ChartBody, frame: ChartFrame): { svg: string; width: number; height: number } {
  const width = Math.round(body.width);
  const textWidthAvailable = width - 2 * PAD;
  const titleLines = wrapLines(frame.title, textWidthAvailable, TITLE_PX, true);
  const subtitleLines = frame.subtitle ? wrapLines(frame.subtitle, textWidthAvailable, TEXT_PX) : [];
  const rows = keyRows(frame.key, width);
  const sourceLines = wrapLines(frame.source, textWidthAvailable, TEXT_PX);

  let y = PAD;
  const title = textBlock('chart-title', titleLines, y, TITLE_PX, 'font-weight="700" fill="#111111"');
  y += blockHeight(titleLines.length, TITLE_PX);
  let subtitle = '';
  if (subtitleLines.length > 0) {
    y += 4;
    subtitle = textBlock('chart-subtitle', subtitleLines, y, TEXT_PX, 'fill="#333333"');
    y += blockHeight(subtitleLines.length, TEXT_PX);
  }
  let key = '';
  if (rows.length > 0) {
    y += 4;
    key = keyBlock(rows, y);
    y += rows.length * TEXT_PX * 1.6;
  }
  y += 6;
  const chartTop = Math.round(y);
  const chartHeight = Math.round(body.height);
  const sourceTop = chartTop + chartHeight + 6;
  const source = textBlock('chart-source', sourceLines, sourceTop, TEXT_PX, 'fill="#333333"');
  const height = Math.ceil(sourceTop + blockHeight(sourceLines.length, TEXT_PX) + PAD);

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">` +
    `<title>${escapeXml(frame.title)}</title><desc>${escapeXml(frame.source)}</desc>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    title +
    subtitle +
    key +
    `<svg id="chart" x="0" y="${chartTop}" width="${width}" height="${chartHeight}" viewBox="${escapeXml(body.viewBox)}">${body.content}</svg>` +
    source +
    `</svg>`;
  return { svg, width, height };
}

/** "health-gap-map-scatter-hle-males-2009-13.svg": what the chart is, then what it is of. */
export function chartFileName(parts: readonly string[], extension: 'svg' | 'png'): string {
  return `health-gap-map-${parts.map(fileSlug).filter(Boolean).join('-')}.${extension}`;
}

// The presentation properties the charts' stylesheets set. Fonts come from the file's own font-family
// (FONT, local fonts only), never the page's.
const INHERITED = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin', 'paint-order', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'visibility'];
const NOT_INHERITED: Readonly<Record<string, string>> = { opacity: '1' };

/**
 * The style attribute that gives an element the look the page's stylesheet gave it. An inherited property is
 * written where it differs from the parent's (the root writes them all); a property that does not inherit,
 * where it is not its initial value. A value the file could not resolve on its own (a CSS variable) is left
 * out rather than written broken.
 */
export function styleAttribute(own: (property: string) => string, parent: ((property: string) => string) | null): string {
  const declarations: string[] = [];
  for (const property of INHERITED) {
    const value = own(property);
    if (value && !value.includes('var(') && (!parent || parent(property) !== value)) declarations.push(`${property}:${value}`);
  }
  for (const [property, initial] of Object.entries(NOT_INHERITED)) {
    const value = own(property);
    if (value && !value.includes('var(') && value !== initial) declarations.push(`${property}:${value}`);
  }
  return declarations.join(';');
}
