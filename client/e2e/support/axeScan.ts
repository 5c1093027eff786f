import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** A serious or critical accessibility violation, summarised for an assertion message. */
export interface SevereViolation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: string[];
}

/** Runs axe-core (WCAG 2.x A/AA rules) on the page and returns the serious and critical violations. */
export async function axeScan(page: Page): Promise<SevereViolation[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}
