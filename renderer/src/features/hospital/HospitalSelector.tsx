import { useMemo } from 'react';
import { Select } from 'antd';
import type { Hospital } from '#shared/domain/index.ts';
import { setCurrentHospital, useDatabase } from '#renderer/db/index.ts';

/** Chooses the hospital the app plans for; only shown when the database holds more than one (province sample). */
export function HospitalSelector({ hospitals, currentId }: { hospitals: Hospital[]; currentId: string | undefined }) {
  const db = useDatabase();
  const options = useMemo(
    () => hospitals.map((h) => ({ value: h.id, label: `${h.name}（${h.city}）`, title: h.name })),
    [hospitals],
  );
  return (
    <Select
      data-testid="hospital-selector"
      aria-label="当前医院"
      style={{ width: 320 }}
      showSearch={{ optionFilterProp: 'label' }}
      value={currentId}
      options={options}
      onChange={(id: string) => void setCurrentHospital(db, id)}
      placeholder="选择当前医院"
    />
  );
}
