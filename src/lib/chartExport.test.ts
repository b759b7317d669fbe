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
});

describe('standaloneSvg', () => {
  const file = standaloneSvg(BODY, FRAME);

  it('writes the title and the source line exactly, however the lines break', () => {
    expect(textOf(file.svg, 'chart-title')).toBe(FRAME.title);
    expect(textOf(file.svg, 'chart-source')).toBe(FRAME.source);
    // At 380 px the title takes four lines of at most 42 characters (356 px of 14 px bold).
    expect(file.svg.match(/<text id="chart-title"[^>]*>(.*?)<\/text>/)![1]!.match(/<tspan/g)).toHaveLength(4);
    expect(file.svg).toContain(`<title>${escapeXml(FRAME.title)}</title>`);
  });

  it('is as wide as the chart on the page, on white, with the chart below the title and key', () => {
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
});

describe('keyRows', () => {
  it('starts a new row where the next item would pass the right edge', () => {
    const items = ['Category 1', 'Category 2', 'Category 3', 'High-need cut (lowest 93)'].map((label) => ({ label, colour: '#000', mark: 'dot' as const }));
    expect(keyRows(items, 380).map((row) => row.map((item) => item.label))).toEqual([['Category 1', 'Category 2', 'Category 3'], ['High-need cut (lowest 93)']]);
  });
});

describe('chartFileName', () => {
  it('names what the chart is, then what it is of', () => {
    expect(chartFileName(['scatter', 'HLE males 2009–13'], 'svg')).toBe('health-gap-map-scatter-hle-males-2009-13.svg');
    expect(chartFileName(['trend', 'hle-male-ons2026', 'Kingston upon Hull, City of'], 'png')).toBe('health-gap-map-trend-hle-male-ons2026-kingston-upon-hull-city-of.png');
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

  it('writes opacity, which does not inherit, wherever it is not 1', () => {
    const parent = computed({ opacity: '0.2' });
    expect(styleAttribute(computed({ opacity: '0.2' }), parent)).toBe('opacity:0.2');
    expect(styleAttribute(computed({ opacity: '1' }), parent)).toBe('');
  });

  it('leaves out a value that still names a CSS variable', () => {
    expect(styleAttribute(computed({ fill: 'var(--accent)', stroke: 'rgb(1, 1, 1)' }), null)).toBe('stroke:rgb(1, 1, 1)');
  });
});
