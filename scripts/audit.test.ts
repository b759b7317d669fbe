import { describe, expect, it } from 'vitest';
import { lighthouseFindings, misses, pa11yFinding } from './audit.ts';

const audit = (score: number | null, title: string, scoreDisplayMode = 'binary') => ({ score, title, scoreDisplayMode });

const report = {
  categories: {
    accessibility: { score: 0.98, auditRefs: [{ id: 'skip-link', weight: 3 }, { id: 'color-contrast', weight: 7 }, { id: 'tabindex', weight: 0 }, { id: 'video-caption', weight: 10 }] },
    'best-practices': { score: 1, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
    seo: { score: 0.91, auditRefs: [{ id: 'robots-txt', weight: 1 }] },
  },
  audits: {
    'skip-link': audit(0, 'Skip links are not focusable.'),
    'color-contrast': audit(1, 'Background and foreground colors have a sufficient contrast ratio'),
    tabindex: audit(0, 'Some elements have a tabindex value greater than 0'),
    'video-caption': audit(null, 'Video captions', 'notApplicable'),
    'errors-in-console': audit(1, 'No browser errors logged to the console'),
    'robots-txt': audit(0, 'robots.txt is not valid'),
  },
};

describe('audit findings', () => {
  it('turns Lighthouse scores into whole numbers out of 100, naming the weighted audits that failed', () => {
    expect(lighthouseFindings(report, 'mobile')).toEqual([
      { check: 'Lighthouse accessibility (mobile)', score: 98, target: 100, targetIs: 'minimum', details: ['skip-link: Skip links are not focusable.'] },
      { check: 'Lighthouse best-practices (mobile)', score: 100, target: 100, targetIs: 'minimum', details: [] },
      { check: 'Lighthouse seo (mobile)', score: 91, target: 100, targetIs: 'minimum', details: ['robots-txt: robots.txt is not valid'] },
    ]);
  });

  it('fails a score below its target and any pa11y issue, and passes the rest', () => {
    expect(lighthouseFindings(report, 'desktop').map(misses)).toEqual([true, false, true]);
    expect(misses(pa11yFinding([]))).toBe(false);
    const one = pa11yFinding([{ code: 'WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Fail', selector: '#x', message: 'contrast' }]);
    expect(one).toMatchObject({ score: 1, details: ['WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Fail at #x: contrast'] });
    expect(misses(one)).toBe(true);
  });
});
