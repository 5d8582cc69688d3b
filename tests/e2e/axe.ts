import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * axe on the page as it is now: no serious or critical violation of WCAG 2.1 AA or best practice.
 * `exclude`: selectors of repeated blocks past the first few (a list of a whole questionnaire's
 * questions), which take axe long and would only repeat the first ones' findings.
 */
export async function expectNoSeriousViolations(page: Page, screen: string, exclude: string[] = [], { only }: { only?: string } = {}) {
  // Every rule still runs and every violating node is reported; only the nodes that pass are not all
  // listed (one per rule), which the check never reads and which take axe long to gather and send.
  let builder = new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  // `only`: one part of a screen another spec checks whole.
  if (only) builder = builder.include(only);
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe on ${screen}`).toEqual([]);
}
