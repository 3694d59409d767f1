import { useState } from 'react';
import { Button, Flex, Segmented, Select } from 'antd';
import type { ClinicalSpecialty, Hospital } from '#shared/domain/index.ts';
import { useRoadmapFilters, type RoadmapScope, type RoadmapZoom } from '#renderer/stores/roadmapFilters.ts';
import { ZOOM_LABELS } from './timeline/RoadmapTimeline.tsx';

interface RoadmapToolbarProps {
  specialties: readonly ClinicalSpecialty[];
  hospitals: readonly Hospital[];
  owners: readonly string[];
  /** More than one hospital in the database: offer 全部医院. */
  multiHospital: boolean;
  scope: RoadmapScope;
  onScope: (scope: RoadmapScope) => void;
  groupIds: readonly string[];
}

const ZOOMS: RoadmapZoom[] = ['YEAR', 'QUARTER', 'MONTH'];

type Option = { value: string; label: string };

/**
 * Options built only while the dropdown is open (otherwise just the chosen ones, for their labels): with every
 * hospital there are 535 specialties and thousands of owners, and building them costs the first paint ~150 ms.
 */
function useLazyOptions(build: () => Option[], chosen: readonly string[]) {
  const [open, setOpen] = useState(false);
  const options = open ? build() : chosen.length === 0 ? [] : build().filter((o) => chosen.includes(o.value));
  return { options, onOpenChange: setOpen };
}

/** Zoom, scope, specialty and owner filters, fold / unfold all. State lives in the roadmap filter store. */
export function RoadmapToolbar({ specialties, hospitals, owners, multiHospital, scope, onScope, groupIds }: RoadmapToolbarProps) {
  const f = useRoadmapFilters();
  const hospitalNames = new Map(hospitals.map((h) => [h.id, h.name]));
  const label = (s: ClinicalSpecialty) => (scope === 'ALL' ? `${s.name}（${hospitalNames.get(s.hospitalId) ?? ''}）` : s.name);
  const specialtyOptions = useLazyOptions(() => specialties.map((s) => ({ value: s.id, label: label(s) })), f.specialtyIds);
  const ownerOptions = useLazyOptions(() => owners.map((o) => ({ value: o, label: o })), f.owner ? [f.owner] : []);
  return (
    <Flex gap={12} wrap align="center" data-testid="roadmap-toolbar">
      <Segmented<RoadmapZoom> data-testid="roadmap-zoom" value={f.zoom} onChange={f.setZoom} options={ZOOMS.map((z) => ({ value: z, label: ZOOM_LABELS[z] }))} />
      {multiHospital && (
        <Select<RoadmapScope>
          aria-label="医院范围"
          data-testid="roadmap-scope"
          value={scope}
          onChange={onScope}
          style={{ width: 120 }}
          options={[
            { value: 'CURRENT', label: '本院' },
            { value: 'ALL', label: '全部医院' },
          ]}
        />
      )}
      <Select<string[]>
        mode="multiple"
        aria-label="按专科筛选"
        data-testid="roadmap-specialty-filter"
        placeholder="全部专科"
        allowClear
        maxTagCount="responsive"
        value={f.specialtyIds}
        onChange={f.setSpecialtyIds}
        style={{ minWidth: 240, maxWidth: 420 }}
        showSearch={{ optionFilterProp: 'label' }}
        {...specialtyOptions}
      />
      <Select<string>
        aria-label="按负责人筛选"
        data-testid="roadmap-owner-filter"
        placeholder="全部负责人"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={f.owner ?? undefined}
        onChange={(v) => f.setOwner(v ?? null)}
        style={{ width: 160 }}
        {...ownerOptions}
      />
      <Button onClick={() => f.setCollapsed([])}>全部展开</Button>
      <Button onClick={() => f.setCollapsed(groupIds)}>全部折叠</Button>
    </Flex>
  );
}
