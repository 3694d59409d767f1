import { useState } from 'react';
import { Button, Skeleton } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { setCurrentHospital, useDatabase } from '#renderer/db/index.ts';
import { EmptyDatabase } from '#renderer/ui/EmptyDatabase.tsx';
import { PageHeader } from '#renderer/ui/PageHeader.tsx';
import { HospitalForm } from './HospitalForm.tsx';
import { HospitalSelector } from './HospitalSelector.tsx';
import { useCurrentHospital, useHospitals } from './useHospitals.ts';

/** 医院概况: the profile of the hospital being planned; ?new=1 opens a blank form (from the empty-database hint). */
export function HospitalPage() {
  const db = useDatabase();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const hospitals = useHospitals();
  const current = useCurrentHospital();
  const [creatingByButton, setCreating] = useState(false);
  const creating = creatingByButton || params.get('new') === '1';

  const stopCreating = () => {
    setCreating(false);
    if (params.has('new')) void navigate('/hospital', { replace: true });
  };

  if (hospitals === undefined || current === undefined) return <Skeleton active />;

  const header = (
    <PageHeader
      title="医院概况"
      article="四.5、四.13"
      description="医院的等级、类型和床位决定了应具备的基础学科与平台学科，医联体关系用于基层帮扶。"
      extra={
        !creating && (
          <>
            {hospitals.length > 1 && <HospitalSelector hospitals={hospitals} currentId={current?.id} />}
            {current && (
              <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                新增医院
              </Button>
            )}
          </>
        )
      }
    />
  );

  if (!creating && !current) {
    return (
      <>
        {header}
        <EmptyDatabase />
      </>
    );
  }

  return (
    <>
      {header}
      <HospitalForm
        key={creating ? 'new' : current?.id}
        hospital={creating ? undefined : (current ?? undefined)}
        onCancel={creating ? stopCreating : undefined}
        onSaved={(saved, created) => {
          if (!created) return;
          // A hospital created here becomes the one the app plans for.
          void setCurrentHospital(db, saved.id).then(stopCreating);
        }}
      />
    </>
  );
}
