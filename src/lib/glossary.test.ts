import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryEntry, glossSegments, glossTexts, termsIn } from './glossary';
import { STATUS_FLAGS, indicator } from './indicators/catalogue';
import { LAYERS } from './indicators/layers';

describe('the glossary', () => {
  it('holds each term once, and each form of a word under one term only', () => {
    const ids = GLOSSARY.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    const forms = GLOSSARY.flatMap((entry) => entry.forms);
    expect(new Set(forms).size).toBe(forms.length);
  });

  it('explains every word a newcomer could not read, in one or two sentences', () => {
    expect(GLOSSARY.map((entry) => entry.id)).toEqual([
      'hle',
      'luf',
      'imd',
      'rank-of-average-rank',
      'extent',
      'local-concentration',
      'msoa',
      'quintile',
      'draws',
      'estimate',
    ]);
    for (const entry of GLOSSARY) {
      const sentences = entry.explanation.split(/(?<=[.!?])\s+(?=[A-Z“])/);
      expect(sentences.length, entry.id).toBeLessThanOrEqual(2);
      expect(entry.explanation.endsWith('.'), entry.id).toBe(true);
    }
  });

  it('finds the words where the app uses them: layer labels, legend notes, status flags, lists', () => {
    expect(termsIn(indicator('imd').label)).toEqual(['imd', 'rank-of-average-rank']);
    expect(termsIn(indicator('imd-extent').shortLabel)).toEqual(['imd', 'extent']);
    expect(termsIn(indicator('imd-local-concentration').label)).toEqual(['imd', 'local-concentration']);
    expect(termsIn(indicator('hle-male').shortLabel)).toEqual(['hle']);
    expect(termsIn(indicator('luf').shortLabel)).toEqual(['luf']);
    expect(termsIn('Fifths of areas (quintiles); darker = fewer years in good health.')).toEqual(['quintile']);
    expect(termsIn('Rank of average rank among 314 districts; 1 = most deprived.')).toEqual(['rank-of-average-rank']);
    expect(termsIn(STATUS_FLAGS.estimate)).toEqual(['estimate']);
    expect(termsIn("Fifths of England's 6,791 neighbourhoods (MSOAs, 2011); district borders in black.")).toEqual(['msoa']);
    expect(termsIn('In list')).toEqual(['draws']);
  });

  it('has an explanation for a word in every layer short label that abbreviates one', () => {
    const abbreviations = new Set(LAYERS.flatMap((layer) => layer.shortLabel.match(/\b[A-Z]{3,}\b/g) ?? []));
    // ONS and CVD name a publisher and a disease in full in the layer's label; the rest are explained.
    const explained = [...abbreviations].filter((word) => !['ONS', 'CVD'].includes(word));
    expect(explained.sort()).toEqual(['HLE', 'IMD', 'LUF']);
    for (const word of explained) expect(termsIn(word)).toHaveLength(1);
  });
});

describe('glossaryEntry', () => {
  it('gives the heading and explanation a toggletip shows', () => {
    expect(glossaryEntry('msoa')).toMatchObject({
      term: 'MSOA',
      explanation: 'Middle layer super output area: an ONS census neighbourhood of 5,000 to 15,000 people, about 7,200 on average when drawn. This map uses the 6,791 MSOAs of England on their 2011 boundaries.',
    });
    expect(glossaryEntry('hle').term).toBe('Healthy life expectancy (HLE)');
  });
});

describe('glossSegments', () => {
  it('cuts a text into plain words and terms, keeping every character', () => {
    expect(glossSegments('HLE males 2009–13')).toEqual([
      { text: 'HLE', term: 'hle' },
      { text: ' males 2009–13', term: null },
    ]);
    expect(glossSegments('Index of Multiple Deprivation 2019: rank of average rank (1 = most deprived)')).toEqual([
      { text: 'Index of Multiple Deprivation 2019', term: 'imd' },
      { text: ': ', term: null },
      { text: 'rank of average rank', term: 'rank-of-average-rank' },
      { text: ' (1 = most deprived)', term: null },
    ]);
  });

  it('makes only the first use of a word a term, and only whole words', () => {
    expect(glossSegments('LUF and LUF again')).toEqual([
      { text: 'LUF', term: 'luf' },
      { text: ' and LUF again', term: null },
    ]);
    expect(glossSegments('extents and HLEs and MSOAs')).toEqual([
      { text: 'extents and HLEs and ', term: null },
      { text: 'MSOAs', term: 'msoa' },
    ]);
  });

  it('takes a word’s earliest form in the text, whichever form is listed first', () => {
    expect(glossSegments('HLE, or healthy life expectancy')).toEqual([
      { text: 'HLE', term: 'hle' },
      { text: ', or healthy life expectancy', term: null },
    ]);
  });

  it('finds terms in the order of the text, not of the glossary', () => {
    expect(glossSegments('MSOAs with the lowest HLE')).toEqual([
      { text: 'MSOAs', term: 'msoa' },
      { text: ' with the lowest ', term: null },
      { text: 'HLE', term: 'hle' },
    ]);
    expect(glossSegments('LUF and healthy life expectancy')).toEqual([
      { text: 'LUF', term: 'luf' },
      { text: ' and ', term: null },
      { text: 'healthy life expectancy', term: 'hle' },
    ]);
  });

  it('takes a word at either end of the text, but not one joined to a letter or digit there', () => {
    expect(glossSegments('LUF')).toEqual([{ text: 'LUF', term: 'luf' }]);
    expect(glossSegments('xLUF or LUF2')).toEqual([{ text: 'xLUF or LUF2', term: null }]);
  });

  it('keeps to the words asked for', () => {
    expect(glossSegments('Healthy life expectancy and Levelling Up Fund', ['luf'])).toEqual([
      { text: 'Healthy life expectancy and ', term: null },
      { text: 'Levelling Up Fund', term: 'luf' },
    ]);
    expect(glossSegments('', ['luf'])).toEqual([{ text: '', term: null }]);
  });

  it('across the parts of one sentence, explains a word at its first use only', () => {
    const parts = glossTexts(['lowest healthy life expectancy were not in the ', "Levelling Up Fund's top group; ", 'healthy life expectancy again'], ['hle', 'luf']);
    expect(parts.map((segments) => segments.filter((s) => s.term).map((s) => s.term))).toEqual([['hle'], ['luf'], []]);
  });
});
