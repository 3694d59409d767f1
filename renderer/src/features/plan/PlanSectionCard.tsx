import { useMemo } from 'react';
import { Alert, Card, Flex, Typography } from 'antd';
import { PLAN_SECTION_ARTICLES, PLAN_SECTION_LABELS, type PlanBlock, type PlanSectionKey } from '#shared/domain/index.ts';
import { ArticleLink } from '#renderer/ui/ArticleLink.tsx';
import { SectionEditor } from './editor/SectionEditor.tsx';
import { chineseNumeral } from './planDocument.ts';
import { damagedBlocks } from './sectionIssues.ts';

interface PlanSectionCardProps {
  section: PlanSectionKey;
  index: number;
  initial: readonly PlanBlock[];
  current: readonly PlanBlock[];
  errors: string[] | undefined;
  readOnly: boolean;
  onChange: (section: PlanSectionKey, blocks: PlanBlock[]) => void;
}

/** One of the five standard sections: its number and name, the article it answers to, the text and its problems. */
export function PlanSectionCard({ section, index, initial, current, errors, readOnly, onChange }: PlanSectionCardProps) {
  const label = PLAN_SECTION_LABELS[section];
  const damaged = useMemo(() => damagedBlocks(current), [current]);
  return (
    <Card
      size="small"
      data-testid={`plan-section-${section}`}
      title={
        <Flex gap={8} align="center">
          <Typography.Text strong style={{ fontSize: 16 }}>
            {chineseNumeral(index + 1)}、{label}
          </Typography.Text>
          <ArticleLink article={PLAN_SECTION_ARTICLES[section]} />
        </Flex>
      }
    >
      <SectionEditor section={section} label={label} initial={initial} readOnly={readOnly} onChange={(blocks) => onChange(section, blocks)} />
      {errors && errors.length > 0 && (
        <Alert type="error" showIcon style={{ marginTop: 8 }} data-testid={`plan-section-errors-${section}`} title={errors.join('；')} />
      )}
      {damaged.length > 0 && (
        <Alert type="warning" showIcon style={{ marginTop: 8 }} data-testid={`plan-section-damaged-${section}`} title={damaged.join('；')} />
      )}
    </Card>
  );
}
