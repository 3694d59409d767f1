import { describe, expect, it } from 'vitest';
import { runChecks } from '#shared/checks/index.ts';
import { DEMO_WEIGHT_95_UNIT, generateSample } from '#shared/sample/index.ts';
import { CONTRACT_RULES } from '#shared/checks/contracts.ts';

const contractFindings = (tables: ReturnType<typeof generateSample>) => runChecks(tables, { rules: CONTRACT_RULES });

describe('checks: contract rules', () => {
  it('CONTRACT-WEIGHTS names the demo draft whose weights sum to 95, and is quiet once it is 100', () => {
    const tables = generateSample({ size: 'demo' });
    const findings = contractFindings(tables).filter((f) => f.ruleId === 'CONTRACT-WEIGHTS');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain(DEMO_WEIGHT_95_UNIT);
    expect(findings[0]!.message).toContain('权重合计为 95，应为 100');
    expect(findings[0]!.article).toBe('四.9');

    const contractId = findings[0]!.target.id;
    const scored = tables.contractTargets.find((t) => t.contractId === contractId && t.rule.kind !== 'VETO')!;
    scored.weight += 5;
    expect(contractFindings(tables).filter((f) => f.ruleId === 'CONTRACT-WEIGHTS')).toEqual([]);
  });

  it('CONTRACT-INVALID reports a term that ends before it starts, and nothing on the clean demo contracts', () => {
    const tables = generateSample({ size: 'demo' });
    expect(contractFindings(tables).filter((f) => f.ruleId === 'CONTRACT-INVALID')).toEqual([]);

    const contract = tables.contracts.find((c) => c.status === 'DRAFT' && !c.title.includes(DEMO_WEIGHT_95_UNIT))!;
    contract.term = { start: '2026-01-01', end: '2025-12-31' };
    const findings = contractFindings(tables).filter((f) => f.ruleId === 'CONTRACT-INVALID');
    expect(findings.map((f) => f.target)).toEqual([{ table: 'contracts', id: contract.id, field: 'term.end' }]);
    expect(findings[0]!.message).toContain(contract.title);
  });
});
