import { useMemo, useState } from 'react';
import { Alert, Button, Flex, Tooltip } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import { v7 as uuidv7 } from 'uuid';
import { formatPlainNumber, weightTotal, type ContractTarget, type DirectorContract } from '#shared/domain/index.ts';
import { targetIdentity, targetImportRefusal, targetImportSpec, type TargetImportMode } from '#shared/import/index.ts';
import { importContractTargets, useDatabase } from '#renderer/db/index.ts';
import type { ImportMode } from './ImportDialog.tsx';
import { LazyImportDialog as ImportDialog } from './LazyImportDialog.tsx';

interface TargetImportProps {
  contract: DirectorContract;
  /** The draft's targets now: what 替换 removes and 追加 follows. */
  targets: ContractTarget[];
}

const HINT =
  '每行一个考核指标：需要“指标名称”和“权重”列，可选 维度、单位、方向（↑/↓/监测）、基线年份、基线值、各年度目标（表头写年份，如 2027、2027年目标）、' +
  '计分方式（达标计分、比例计分、分档计分、定性评价、一票否决；空为达标计分）和计分参数（封顶系数如 1.2；档位如 ≥90:100%；<90:0）。' +
  '指标库中的指标按名称或编号识别；其他名称作为自定义指标导入，须填写维度和方向。';

/** The weight total after the import, and for 追加 the KPIs that would then appear twice. */
function Outcome({ existing, lines, mode }: { existing: ContractTarget[]; lines: ContractTarget[]; mode: TargetImportMode }) {
  const total = weightTotal(mode === 'replace' ? lines : [...existing, ...lines]);
  const have = new Set(existing.map(targetIdentity));
  const twice = mode === 'append' ? lines.filter((t) => have.has(targetIdentity(t))).map((t) => t.name) : [];
  return (
    <Flex vertical gap={8}>
      {total === 100 ? (
        <Alert type="success" showIcon data-testid="import-weight" title="导入后计分指标的权重合计为 100" />
      ) : (
        <Alert
          type="warning"
          showIcon
          data-testid="import-weight"
          title={`导入后计分指标的权重合计为 ${formatPlainNumber(total)}，应为 100`}
          description="可以先导入，再在指标表中调整权重；权重合计为 100 之前，责任书不能提交审核。"
        />
      )}
      {twice.length > 0 && (
        <Alert type="warning" showIcon title={`追加后这些指标将重复出现：${twice.join('、')}`} description="提交审核前需删除重复的一条，或改用“替换”。" />
      )}
    </Flex>
  );
}

/** 考核指标's 导入指标: targets of a draft contract from a sheet, replacing its table or appended to it. */
export function TargetImportButton({ contract, targets }: TargetImportProps) {
  const db = useDatabase();
  const [open, setOpen] = useState(false);
  const { start, end } = contract.term;
  const spec = useMemo(() => targetImportSpec({ start, end }), [start, end]);
  const refusal = targetImportRefusal(contract);
  const outcome = (mode: TargetImportMode) => (lines: ContractTarget[]) => <Outcome existing={targets} lines={lines} mode={mode} />;
  const modes: ImportMode<ContractTarget>[] =
    targets.length === 0
      ? [{ value: 'append', label: '导入为本责任书的指标', outcome: outcome('append') }]
      : [
          { value: 'replace', label: `替换现有的 ${targets.length} 个指标`, outcome: outcome('replace') },
          { value: 'append', label: '追加到现有指标之后', outcome: outcome('append') },
        ];
  return (
    <>
      {/* The span takes the hover a disabled button does not, so the reason shows. */}
      <Tooltip title={refusal?.message}>
        <span data-testid="target-import-wrap">
          <Button icon={<ImportOutlined />} size="small" disabled={refusal !== null} onClick={() => setOpen(true)} data-testid="target-import">
            导入指标
          </Button>
        </span>
      </Tooltip>
      {open && (
        <ImportDialog
          title={`导入考核指标 · ${contract.title}`}
          noun="指标"
          spec={spec}
          hint={HINT}
          modes={modes}
          loadContext={() => Promise.resolve({ contract, at: new Date().toISOString(), newId: uuidv7 })}
          onImport={(lines, remembered, mode) => importContractTargets(db, contract.id, lines, mode === 'replace' ? 'replace' : 'append', remembered)}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
