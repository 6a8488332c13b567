/** A school reads its report by the indicators' names: the content schema refuses a second id or name. */
import { describe, expect, it } from 'vitest';
import { investigationSchema } from '../../../src/schemas/investigation.ts';
import { plainReference } from '../../../src/schemas/reference.ts';
import { INVESTIGATION_FRONTMATTER } from './fixtures-investigation.ts';

const schema = investigationSchema(plainReference);
const withIndicator = (change: Record<string, string>) => {
  const [first, second, ...rest] = INVESTIGATION_FRONTMATTER.indicators;
  return { ...INVESTIGATION_FRONTMATTER, indicators: [first, { ...second!, ...change }, ...rest] };
};

describe('indicator names', () => {
  it('accepts the sample investigation', () => {
    expect(schema.safeParse(INVESTIGATION_FRONTMATTER).success).toBe(true);
  });

  it('refuses a name used twice, at the second indicator, in Dutch', () => {
    const r = schema.safeParse(withIndicator({ label: 'Leestijd' }));
    expect(r.success).toBe(false);
    const issue = r.error!.issues.find((i) => i.path.join('.') === 'indicators.1.label');
    expect(issue?.message).toMatch(/staat al bij een andere indicator; geef elke indicator een eigen naam/);
  });

  it('refuses an id used twice', () => {
    const r = schema.safeParse(withIndicator({ id: 'leestijd' }));
    expect(r.success).toBe(false);
    expect(r.error!.issues.some((i) => i.path.join('.') === 'indicators.1.id')).toBe(true);
  });
});
