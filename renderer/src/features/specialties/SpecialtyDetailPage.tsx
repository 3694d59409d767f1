import { useState, type ComponentType } from 'react';
import { Button, Result, Skeleton, Tabs } from 'antd';
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { SpecialtyDetail } from '#renderer/db/index.ts';
import { PageHeader } from '#renderer/ui/PageHeader.tsx';
import { useDeleteSpecialty } from './DeleteSpecialty.tsx';
import { TAB_KEYS, type TabKey } from './labels.ts';
import { SpecialtyFindings } from './SpecialtyFindings.tsx';
import { SpecialtyForm } from './SpecialtyForm.tsx';
import { SpecialtySummary } from './SpecialtySummary.tsx';
import { CoreDiseasesTab } from './tabs/CoreDiseasesTab.tsx';
import { GoalsTab } from './tabs/GoalsTab.tsx';
import { GrassrootsTab } from './tabs/GrassrootsTab.tsx';
import { MilestonesTab } from './tabs/MilestonesTab.tsx';
import { NeedsTab } from './tabs/NeedsTab.tsx';
import { QcTab } from './tabs/QcTab.tsx';
import { TalentTab } from './tabs/TalentTab.tsx';
import { TechnologyTab } from './tabs/TechnologyTab.tsx';
import { useSpecialtyDetail } from './useSpecialties.ts';

/** Each tab: its label, the article it serves, the table whose rows it counts, and its component. */
const TABS: Record<TabKey, { label: string; article: string; count: keyof SpecialtyDetail['children']; Component: ComponentType<{ detail: SpecialtyDetail }> }> = {
  diseases: { label: '核心病种', article: '四.4', count: 'coreDiseases', Component: CoreDiseasesTab },
  goals: { label: '建设目标', article: '二', count: 'goals', Component: GoalsTab },
  needs: { label: '资源需求', article: '四.6', count: 'resourceNeeds', Component: NeedsTab },
  tech: { label: '技术项目', article: '四.10', count: 'technologyProjects', Component: TechnologyTab },
  talent: { label: '人才梯队', article: '四.9', count: 'talentEntries', Component: TalentTab },
  grassroots: { label: '基层帮扶', article: '四.13', count: 'grassrootsActivities', Component: GrassrootsTab },
  qc: { label: '质控指标', article: '四.11', count: 'qcIndicators', Component: QcTab },
  milestones: { label: '里程碑', article: '五.（一）', count: 'milestones', Component: MilestonesTab },
};

const isTab = (value: string | null): value is TabKey => TAB_KEYS.includes(value as TabKey);

/** One clinical specialty: its summary and readiness findings, and a tab per kind of child row. */
export function SpecialtyDetailPage() {
  const { specialtyId = '' } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const detail = useSpecialtyDetail(specialtyId);
  const [editing, setEditing] = useState(false);
  const confirmDelete = useDeleteSpecialty(() => void navigate('/specialties'));
  const tabParam = params.get('tab');
  const tab: TabKey = isTab(tabParam) ? tabParam : 'diseases';
  const openTab = (key: string) => setParams((p) => (p.set('tab', key), p), { replace: true });

  if (detail === undefined) return <Skeleton active />;
  if (detail === null) {
    return <Result status="404" title="找不到这个临床专科" subTitle="它可能已被删除" extra={<Button onClick={() => void navigate('/specialties')}>返回列表</Button>} />;
  }
  const { specialty } = detail;
  return (
    <>
      <PageHeader
        title={specialty.name}
        article={TABS[tab].article === '四.6' ? '四.6' : `四.6、${TABS[tab].article}`}
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/specialties')}>
              返回列表
            </Button>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="specialty-edit">
              编辑专科
            </Button>
            <Button danger icon={<DeleteOutlined />} onClick={() => confirmDelete(specialty)} data-testid="specialty-delete">
              删除
            </Button>
          </>
        }
      />
      <SpecialtySummary detail={detail} />
      <SpecialtyFindings detail={detail} onOpenTab={openTab} onEdit={() => setEditing(true)} />
      <Tabs
        activeKey={tab}
        onChange={openTab}
        data-testid="specialty-tabs"
        items={TAB_KEYS.map((key) => {
          const { label, count, Component } = TABS[key];
          return { key, label: `${label}（${detail.children[count].length}）`, children: <Component detail={detail} /> };
        })}
      />
      {editing && (
        <SpecialtyForm
          specialty={specialty}
          hospitalId={specialty.hospitalId}
          specialties={detail.specialties}
          disciplines={detail.disciplines}
          onClose={() => setEditing(false)}
        />
      )}
    </>
  );
}
