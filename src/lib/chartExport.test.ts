import { describe, expect, it } from 'vitest';
import { chartFileName, escapeXml, keyRows, standaloneSvg, styleAttribute, wrapLines, type ChartFrame } from './chartExport';

const FRAME: ChartFrame = {
  title: 'Healthy life expectancy at birth, males, 2009–13 against deprivation (IMD 2019 rank): 304 areas with a figure of their own',
  key: [
    { label: 'Category 1', colour: '#cc0000', mark: 'dot' },
    { label: 'England value', colour: '#0072b2', mark: 'dash' },
  ],
  source: 'Sources: ONS, MHCLG. Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2019.',
};
const BODY = { viewBox: '0 0 360 250', width: 380.4, height: 264.2, content: '<circle cx="1" cy="2" r="3" style="fill:rgb(1, 2, 3)"/>' };

/** The text of the element with this id, tags removed and entities decoded: what a reader of the file sees. */
function textOf(svg: string, id: string): string {
  const match = new RegExp(`<text id="${id}"[^>]*>(.*?)</text>`).exec(svg);
  if (!match) throw new Error(`no #${id}`);
  return match[1]!.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

describe('wrapLines', () => {
  it('breaks at spaces before a line would pass the width', () => {
    // 11 px at 0.55 em a character: 6.05 px each, so 60 px holds 9 characters.
    expect(wrapLines('one two three four', 60, 11)).toEqual(['one two', 'three', 'four']);
  });
  it('gives a word longer than a line a line of its own', () => {
    expect(wrapLines('a extraordinarily b', 40, 11)).toEqual(['a', 'extraordinarily', 'b']);
  });
  it('keeps a line exactly as wide as the width, and breaks one a fraction wider', () => {
    // "one two": 7 characters at 6.05 px, 42.35 px.
    expect(wrapLines('one two', 42.35, 11)).toEqual(['one two']);
    expect(wrapLines('one two', 42.3, 11)).toEqual(['one', 'two']);
  });
  it('allows bold text more room: 0.6 em a character against 0.55', () => {
    // Ten characters at 14 px: 77 px regular, 84 px bold.
    expect(wrapLines('abcde fghi', 80, 14)).toEqual(['abcde fghi']);
    expect(wrapLines('abcde fghi', 80, 14, true)).toEqual(['abcde', 'fghi']);
  });
  it('drops runs of spaces, tabs and line breaks, and gives no line for no text', () => {
    expect(wrapLines('  one \t two\n\nthree ', 200, 11)).toEqual(['one two three']);
    expect(wrapLines('', 200, 11)).toEqual([]);
  });
});

describe('escapeXml', () => {
  it('escapes the five characters XML reserves', () => {
    expect(escapeXml(`Brighton & Hove's "<best>"`)).toBe('Brighton &amp; Hove&apos;s &quot;&lt;best&gt;&quot;');
  });
});

describe('standaloneSvg', () => {
  // Made in each test, not when the file is collected, so that mutation testing sees which test reads what.

  it('lays out title, subtitle, a key of two rows, the chart and the source line, exactly', () => {
    const laid = standaloneSvg(
      { viewBox: '0 0 300 200', width: 300.4, height: 199.6, content: '<circle cx="5" cy="5" r="2"/>' },
      {
        title: 'Healthy life expectancy, males',
        subtitle: 'Each dot is an area; the line is England’s value, the band its 95% interval.',
        key: [
          { label: 'Category 1', colour: '#cc0000', mark: 'dot' },
          { label: 'England', colour: '#0072b2', mark: 'line' },
          { label: 'Trend', colour: '#009e73', mark: 'dash' },
          { label: '95% interval', colour: '#e69f00', mark: 'band' },
        ],
        source: 'Source: ONS & MHCLG.',
      },
    );
    // Title: 12 px padding, a 14 px line (baseline 26), 4.9 px below it. Subtitle 4 px lower: 11 px lines 14.3 apart,
    // broken before "value," (42 characters, 254 px, fit in 276). Key 4 px lower: rows 17.6 px high, each item
    // 34 px plus 6.05 a character wide, "95% interval" past 288 px so on a second row. Chart 6 px lower at
    // y 109.25, rounded; the source 6 px below its 200 px; the file ends 12 px under the source's 14.85 px.
    expect(laid.height).toBe(342);
    expect(laid.svg.split(/(?<=>)(?=<)/)).toEqual([
      `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="342" viewBox="0 0 300 342" font-family="system-ui, -apple-system, &apos;Segoe UI&apos;, Roboto, &apos;Liberation Sans&apos;, Arial, sans-serif">`,
      '<title>Healthy life expectancy, males</title>',
      '<desc>Source: ONS &amp; MHCLG.</desc>',
      '<rect width="300" height="342" fill="#ffffff"/>',
      '<text id="chart-title" font-size="14" font-weight="700" fill="#111111">',
      '<tspan x="12" y="26.0">Healthy life expectancy, males</tspan>',
      '</text>',
      '<text id="chart-subtitle" font-size="11" fill="#333333">',
      '<tspan x="12" y="45.9">Each dot is an area; the line is England’s </tspan>',
      '<tspan x="12" y="60.2">value, the band its 95% interval.</tspan>',
      '</text>',
      '<g id="chart-key">',
      '<circle cx="21" cy="76.85" r="4" fill="#cc0000" stroke="#333333" stroke-width="0.5"/>',
      '<text x="34" y="76.85" dominant-baseline="middle" font-size="11" fill="#333333">Category 1</text>',
      '<line x1="106.5" x2="124.5" y1="76.85" y2="76.85" stroke="#0072b2" stroke-width="2"/>',
      '<text x="128.5" y="76.85" dominant-baseline="middle" font-size="11" fill="#333333">England</text>',
      '<line x1="182.85" x2="200.85" y1="76.85" y2="76.85" stroke="#009e73" stroke-width="2" stroke-dasharray="4 3"/>',
      '<text x="204.85" y="76.85" dominant-baseline="middle" font-size="11" fill="#333333">Trend</text>',
      '<rect x="12" y="89.45" width="18" height="10" fill="#e69f00" fill-opacity="0.2"/>',
      '<text x="34" y="94.45" dominant-baseline="middle" font-size="11" fill="#333333">95% interval</text>',
      '</g>',
      '<svg id="chart" x="0" y="109" width="300" height="200" viewBox="0 0 300 200">',
      '<circle cx="5" cy="5" r="2"/>',
      '</svg>',
      '<text id="chart-source" font-size="11" fill="#333333">',
      '<tspan x="12" y="326.0">Source: ONS &amp; MHCLG.</tspan>',
      '</text>',
      '</svg>',
    ]);
  });

  it('writes the title and the source line exactly, however the lines break', () => {
    const file = standaloneSvg(BODY, FRAME);
    expect(textOf(file.svg, 'chart-title')).toBe(FRAME.title);
    expect(textOf(file.svg, 'chart-source')).toBe(FRAME.source);
    // At 380 px the title takes four lines of at most 42 characters (356 px of 14 px bold).
    expect(file.svg.match(/<text id="chart-title"[^>]*>(.*?)<\/text>/)![1]!.match(/<tspan/g)).toHaveLength(4);
    expect(file.svg).toContain(`<title>${escapeXml(FRAME.title)}</title>`);
  });

  it('is as wide as the chart on the page, on white, with the chart below the title and key', () => {
    const file = standaloneSvg(BODY, FRAME);
    expect(file.width).toBe(380);
    expect(file.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="380" height="\d+" viewBox="0 0 380 \d+"/);
    expect(file.svg).toContain(`<rect width="380" height="${file.height}" fill="#ffffff"/>`);
    const chart = /<svg id="chart" x="0" y="(\d+)" width="380" height="264" viewBox="0 0 360 250">(.*?)<\/svg>/.exec(file.svg);
    expect(chart?.[2]).toBe(BODY.content);
    const top = Number(chart![1]);
    // Four lines of title and a row of key above the chart; the source line below it.
    expect(top).toBeGreaterThan(12 + 14 * 4 + 11);
    expect(file.height).toBeGreaterThan(top + 264 + 11);
    expect(file.svg).not.toContain('var(');
  });

  it('draws each key item with its mark and label', () => {
    const file = standaloneSvg(BODY, FRAME);
    expect(file.svg).toContain('<circle cx="21" cy="');
    expect(file.svg).toContain('fill="#cc0000"');
    expect(file.svg).toContain('stroke="#0072b2" stroke-width="2" stroke-dasharray="4 3"/>');
    expect(file.svg).toContain('>Category 1</text>');
    expect(file.svg).toContain('>England value</text>');
  });

  it('escapes what the text holds', () => {
    const odd = standaloneSvg(BODY, { ...FRAME, title: 'Brighton & Hove <"2022">', key: [] });
    expect(textOf(odd.svg, 'chart-title')).toBe('Brighton & Hove <"2022">');
    expect(odd.svg).toContain('Brighton &amp; Hove &lt;&quot;2022&quot;&gt;');
    expect(odd.svg).not.toContain('chart-key');
  });

  it('without a subtitle or key, puts the chart 6 px under the title', () => {
    const bare = standaloneSvg({ ...BODY, content: '' }, { title: 'Trend', key: [], source: 'Source: ONS.' });
    // Title baseline at 26, the line 18.9 px deep from 12: the chart at 36.9, rounded; the source 6 px under
    // its 264 px, 14.85 px deep, and 12 px under that the file's end: 333.85, rounded up.
    expect(bare.height).toBe(334);
    expect(bare.svg.split(/(?<=>)(?=<)/).slice(1)).toEqual([
      '<title>Trend</title>',
      '<desc>Source: ONS.</desc>',
      '<rect width="380" height="334" fill="#ffffff"/>',
      '<text id="chart-title" font-size="14" font-weight="700" fill="#111111">',
      '<tspan x="12" y="26.0">Trend</tspan>',
      '</text>',
      '<svg id="chart" x="0" y="37" width="380" height="264" viewBox="0 0 360 250">',
      '</svg>',
      '<text id="chart-source" font-size="11" fill="#333333">',
      '<tspan x="12" y="318.0">Source: ONS.</tspan>',
      '</text>',
      '</svg>',
    ]);
  });
});

describe('keyRows', () => {
  const dots = (...labels: string[]) => labels.map((label) => ({ label, colour: '#000', mark: 'dot' as const }));
  const labels = (rows: ReturnType<typeof keyRows>) => rows.map((row) => row.map((item) => item.label));

  it('starts a new row where the next item would pass the right edge', () => {
    expect(labels(keyRows(dots('Category 1', 'Category 2', 'Category 3', 'High-need cut (lowest 93)'), 380))).toEqual([['Category 1', 'Category 2', 'Category 3'], ['High-need cut (lowest 93)']]);
  });
  it('keeps an item that ends exactly at the right padding on the row', () => {
    // 12 px padding, then items of 34 px plus 6.05 a character: 94.5 and 155 px, ending at 261.5, 12 px short of 273.5.
    const items = dots('Category 1', 'Twenty characters!!!');
    expect(labels(keyRows(items, 273.5))).toEqual([['Category 1', 'Twenty characters!!!']]);
    expect(labels(keyRows(items, 273.4))).toEqual([['Category 1'], ['Twenty characters!!!']]);
  });
  it('puts an item wider than the file on a row of its own, with no empty row before it; no items, no rows', () => {
    expect(labels(keyRows(dots('High-need cut (lowest 93)', 'A'), 100))).toEqual([['High-need cut (lowest 93)'], ['A']]);
    expect(keyRows([], 300)).toEqual([]);
  });
});

describe('chartFileName', () => {
  it('names what the chart is, then what it is of', () => {
    expect(chartFileName(['scatter', 'HLE males 2009–13'], 'svg')).toBe('health-gap-map-scatter-hle-males-2009-13.svg');
    expect(chartFileName(['trend', 'hle-male-ons2026', 'Kingston upon Hull, City of'], 'png')).toBe('health-gap-map-trend-hle-male-ons2026-kingston-upon-hull-city-of.png');
  });
  it('skips a part with nothing to name it by, rather than leave a double hyphen', () => {
    expect(chartFileName(['reach', '—', 'Hartlepool'], 'svg')).toBe('health-gap-map-reach-hartlepool.svg');
  });
});

describe('styleAttribute', () => {
  const computed = (values: Record<string, string>) => (property: string) => values[property] ?? '';

  it('writes every set property at the root, and a child only where it differs from its parent', () => {
    const parent = computed({ fill: 'rgb(0, 0, 0)', 'font-size': '9px', stroke: 'none', opacity: '1' });
    expect(styleAttribute(parent, null)).toBe('fill:rgb(0, 0, 0);stroke:none;font-size:9px');
    const child = computed({ fill: 'rgb(37, 52, 148)', 'font-size': '9px', stroke: 'none', opacity: '1' });
    expect(styleAttribute(child, parent)).toBe('fill:rgb(37, 52, 148)');
  });

  it('carries every presentation property the charts set, in this order', () => {
    const all = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin', 'paint-order', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'visibility', 'opacity'];
    const values = Object.fromEntries(all.map((property, i) => [property, `v${i}`]));
    expect(styleAttribute(computed(values), null)).toBe(all.map((property, i) => `${property}:v${i}`).join(';'));
  });

  it('writes opacity, which does not inherit, wherever it is not 1', () => {
    const parent = computed({ opacity: '0.2' });
    expect(styleAttribute(computed({ opacity: '0.2' }), parent)).toBe('opacity:0.2');
    expect(styleAttribute(computed({ opacity: '1' }), parent)).toBe('');
  });

  it('leaves out a value that still names a CSS variable', () => {
    expect(styleAttribute(computed({ fill: 'var(--accent)', stroke: 'rgb(1, 1, 1)' }), null)).toBe('stroke:rgb(1, 1, 1)');
  });
});
