import { describe, expect, it } from 'vitest';
import { methodText } from './whatIfText';

describe('method text', () => {
  it('names the measure, the group size and the tie and missing-value rules', () => {
    const text = methodText({ healthMeasure: 'healthy life expectancy (males, 2009–13)', groupSize: 93 });
    expect(text).toContain('the 93 areas with the most need (as many as category 1 holds among the ranked areas)');
    expect(text).toContain("whose only figure for the health measure is its county's or a successor authority's is not ranked at all, whatever the weights");
    expect(text).toContain('a figure for healthy life expectancy (males, 2009–13)');
    expect(text).toContain('then IMD rank (most deprived first), then area code');
    expect(text).toContain('is not ranked and is shown as no data');
    expect(text).toContain('whose inputs are not in our data');
  });
});
