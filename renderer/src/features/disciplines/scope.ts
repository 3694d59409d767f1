import type { Hospital } from '#shared/domain/index.ts';
import type { HospitalScope } from '#renderer/stores/disciplineFilters.ts';

/**
 * Which hospitals' disciplines were asked for. A link may name the scope (`#/disciplines?hospital=all` or
 * `?hospital=<id>`); it wins over the filter stored from the last visit.
 */
export function requestedScope(params: URLSearchParams, stored: HospitalScope): HospitalScope {
  const linked = params.get('hospital');
  return linked === 'all' ? 'ALL' : linked ? { hospitalId: linked } : stored;
}

/**
 * The hospital whose disciplines are shown: null for every hospital, else the one asked for when it exists,
 * else the current one (null too when the database has no hospital).
 */
export function scopeHospitalId(scope: HospitalScope, hospitals: readonly Hospital[], current: Hospital | null): string | null {
  if (scope === 'ALL') return null;
  const chosen = typeof scope === 'object' && hospitals.some((h) => h.id === scope.hospitalId) ? scope.hospitalId : null;
  return chosen ?? current?.id ?? null;
}
