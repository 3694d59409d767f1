import { describe, expect, it } from 'vitest';
import { QcIndicatorSchema, latestQcStatus, qcYearStatus, type QcIndicator } from '#shared/domain/specialties/index.ts';

function indicator(patch: Partial<QcIndicator> = {}): QcIndicator {
  return {
    id: 'q-1',
    updatedAt: '2024-01-08T09:30:00.000Z',
    version: 1,
    specialtyId: 's-1',
    name: '急性心肌梗死再灌注治疗率',
    unit: '%',
    direction: 'UP',
    baseline: { year: 2023, value: 80 },
    annualTargets: [
      { year: 2024, value: 85 },
      { year: 2025, value: 90 },
    ],
    observations: [],
    ...patch,
  };
}

describe('QC status against the annual target', () => {
  it('is green when an ↑ indicator meets its target, amber when better than the baseline, red otherwise', () => {
    expect(qcYearStatus(indicator({ observations: [{ year: 2024, value: 85 }] }), 2024).status).toBe('GREEN');
    expect(qcYearStatus(indicator({ observations: [{ year: 2024, value: 82 }] }), 2024).status).toBe('AMBER');
    expect(qcYearStatus(indicator({ observations: [{ year: 2024, value: 79 }] }), 2024).status).toBe('RED');
  });

  it('turns the comparison round for ↓ indicators, and actual 0 meets a ↓ target', () => {
    const down = (value: number) =>
      qcYearStatus(
        indicator({ direction: 'DOWN', baseline: { year: 2023, value: 2 }, annualTargets: [{ year: 2024, value: 1.5 }], observations: [{ year: 2024, value }] }),
        2024,
      ).status;
    expect(down(0)).toBe('GREEN');
    expect(down(1.5)).toBe('GREEN');
    expect(down(1.8)).toBe('AMBER');
    expect(down(2.2)).toBe('RED');
  });

  it('counts a miss within 5 % of the target as amber even without a baseline', () => {
    expect(qcYearStatus(indicator({ baseline: null, observations: [{ year: 2025, value: 86 }] }), 2025).status).toBe('AMBER');
    expect(qcYearStatus(indicator({ baseline: null, observations: [{ year: 2025, value: 85 }] }), 2025).status).toBe('RED');
  });

  it('never shows a missing observation as red, and says when the year has no target', () => {
    expect(qcYearStatus(indicator(), 2024)).toEqual({ year: 2024, target: 85, observed: null, status: 'NOT_REPORTED' });
    expect(qcYearStatus(indicator({ observations: [{ year: 2026, value: 99 }] }), 2026).status).toBe('NO_TARGET');
    expect(qcYearStatus(indicator({ direction: 'MONITOR', observations: [{ year: 2024, value: 1 }] }), 2024).status).toBe('MONITOR');
  });

  it('reports the latest observed year, or the first target year as not reported', () => {
    const observed = indicator({ observations: [{ year: 2024, value: 86 }, { year: 2025, value: 70 }] });
    expect(latestQcStatus(observed)).toMatchObject({ year: 2025, status: 'RED' });
    expect(latestQcStatus(indicator())).toMatchObject({ year: 2024, status: 'NOT_REPORTED' });
    expect(latestQcStatus(indicator({ annualTargets: [] }))).toBeNull();
  });
});

describe('QC observations in the schema', () => {
  it('defaults to none for records written before observations existed', () => {
    const { observations: _omitted, ...old } = indicator();
    expect(QcIndicatorSchema.parse(old).observations).toEqual([]);
  });

  it('refuses a year observed twice with a Chinese message', () => {
    const result = QcIndicatorSchema.safeParse(indicator({ observations: [{ year: 2024, value: 1 }, { year: 2024, value: 2 }] }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('2024 年的监测值重复填写');
  });
});
