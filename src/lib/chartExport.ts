// A chart on the page as a file that stands on its own: its title, a key, the chart as drawn, and the source
// line, on white, with every style written into the file (no stylesheet, no CSS variable, no web font, no
// request). The SVG is the one the browser draws; the PNG is that SVG rasterised at twice its size.
import { downloadBlob } from './download';
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

function blockHeight(lines: number, px: number): number {
  return lines === 0 ? 0 : px + (lines - 1) * px * LEADING + px * 0.35;
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

/** Attributes that belong to the page (its classes, focus, test ids), not to the picture. */
const PAGE_ATTRIBUTE = /^(class|style|tabindex|role|aria-.*|data-testid|on.*)$/;

/** The chart's SVG as drawn, with its computed styles written into each element. Needs the page. */
export function chartBody(svg: SVGSVGElement): ChartBody {
  const box = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const walk = (original: Element, copy: Element, parent: CSSStyleDeclaration | null): void => {
    const computed = getComputedStyle(original);
    if (computed.display === 'none') {
      copy.remove();
      return;
    }
    for (const name of copy.getAttributeNames()) if (PAGE_ATTRIBUTE.test(name)) copy.removeAttribute(name);
    const style = styleAttribute(
      (property) => computed.getPropertyValue(property),
      parent && ((property) => parent.getPropertyValue(property)),
    );
    if (style) copy.setAttribute('style', style);
    const originals = [...original.children].filter((child) => !['title', 'desc'].includes(child.localName));
    const copies = [...copy.children].filter((child) => !['title', 'desc'].includes(child.localName));
    originals.forEach((child, i) => walk(child, copies[i]!, computed));
  };
  walk(svg, clone, null);
  // Svelte's anchors are empty comments: of no use in a file.
  const comments = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
  const found: Node[] = [];
  while (comments.nextNode()) found.push(comments.currentNode);
  for (const node of found) node.parentNode?.removeChild(node);
  const rootStyle = clone.getAttribute('style');
  const serializer = new XMLSerializer();
  // Each child serialised alone repeats the namespace the file's root already declares.
  const content = [...clone.childNodes].map((node) => serializer.serializeToString(node).replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, '')).join('');
  // The root's own inherited styles go on a group, since the nested <svg> carries only geometry.
  return {
    viewBox: svg.getAttribute('viewBox') ?? `0 0 ${box.width} ${box.height}`,
    width: box.width,
    height: box.height,
    content: rootStyle ? `<g style="${escapeXml(rootStyle)}">${content}</g>` : content,
  };
}

/** The SVG drawn onto a canvas `scale` times its size: no network, the image is a data: URL. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the image.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))), 'image/png'));
}

/** Saves the chart on the page as an SVG or PNG file named from `nameParts`. */
export async function saveChart(svg: SVGSVGElement, frame: ChartFrame, nameParts: readonly string[], format: 'svg' | 'png'): Promise<void> {
  const file = standaloneSvg(chartBody(svg), frame);
  const blob = format === 'svg' ? new Blob([file.svg], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(file.svg, file.width, file.height);
  downloadBlob(blob, chartFileName(nameParts, format));
}
