import { useState } from 'react';
import { Alert, Button, Flex, Result, Segmented, Skeleton, Tabs, Tag } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { isContractLocked, versionLabel } from '#shared/domain/index.ts';
import { PageHeader } from '#renderer/ui/PageHeader.tsx';
import { AssessmentPanel } from './AssessmentPanel.tsx';
import { ContractTermsForm } from './ContractTermsForm.tsx';
import { STATUS_COLORS } from './labels.ts';
import { StatusLog } from './StatusLog.tsx';
import { TargetEditor } from './TargetEditor.tsx';
import { signedLineage, useLineage } from './useContracts.ts';
import { VersionHistory } from './VersionHistory.tsx';
import { DeleteDraftButton } from './DeleteDraftButton.tsx';
import { WorkflowActions } from './WorkflowActions.tsx';

/** One contract: its versions, the editor (read-only once signed), workflow, yearly assessment and history. */
export function ContractDetailPage() {
  const { rootId = '' } = useParams();
  const navigate = useNavigate();
  const lineage = useLineage(rootId);
  const [picked, setPicked] = useState<number | null>(null);
  const [tab, setTab] = useState('contract');

  if (!lineage) return <Skeleton active />;
  const { versions } = lineage;
  if (versions.length === 0) {
    return <Result status="404" title="找不到这份责任书" extra={<Button onClick={() => void navigate('/contracts')}>返回列表</Button>} />;
  }
  const latest = versions[versions.length - 1]!;
  const shown = versions.find((v) => v.contract.versionNo === picked) ?? latest;
  const { contract, targets } = shown;
  const locked = isContractLocked(contract);
  const isLatest = shown === latest;
  const contracts = versions.map((v) => v.contract);
  const signed = signedLineage(versions);

  return (
    <>
      <PageHeader
        title={contract.title}
        article="四.9"
        description={
          <Flex gap={8} align="center" wrap>
            <Tag color={STATUS_COLORS[contract.status]} data-testid="contract-status">
              {versionLabel(contracts, contract)}
            </Tag>
            <span data-testid="contract-version">第 {contract.versionNo} 版</span>
            {contract.amendmentNote && <span>补充协议：{contract.amendmentNote}</span>}
          </Flex>
        }
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/contracts')}>
              返回列表
            </Button>
            {isLatest && contract.status === 'DRAFT' && (
              <DeleteDraftButton contract={contract} onDeleted={() => (contract.versionNo === 1 ? void navigate('/contracts') : setPicked(null))} />
            )}
            {isLatest && <WorkflowActions version={shown} onAmended={(no) => setPicked(no)} />}
          </>
        }
      />
      {versions.length > 1 && (
        <Segmented
          style={{ marginBottom: 12 }}
          data-testid="version-picker"
          value={contract.versionNo}
          onChange={(no) => setPicked(no)}
          options={versions.map((v) => ({ value: v.contract.versionNo, label: `第 ${v.contract.versionNo} 版 · ${versionLabel(contracts, v.contract)}` }))}
        />
      )}
      {locked && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="contract-locked"
          title={
            isLatest && (contract.status === 'SIGNED' || contract.status === 'ACTIVE')
              ? '本版本已签署，内容只读；如需变更请点击“发起补充协议”，生成新版本后修改。'
              : '本版本内容只读。'
          }
        />
      )}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'contract',
            label: '责任书内容',
            children: (
              <Flex vertical gap={16}>
                <TargetEditor contract={contract} targets={targets} />
                <ContractTermsForm key={`${contract.id}:${contract.version}`} contract={contract} />
              </Flex>
            ),
          },
          {
            key: 'assessment',
            label: '年度考核',
            children: signed.length > 0 ? (
              <AssessmentPanel versions={signed} actuals={lineage.actuals} qualitative={lineage.qualitative} />
            ) : (
              <Alert type="warning" showIcon title="责任书签署后才能进行年度考核" />
            ),
          },
          {
            key: 'history',
            label: `版本与流程（${versions.length}）`,
            children: (
              <Flex vertical gap={16}>
                <VersionHistory versions={versions} />
                <StatusLog contract={contract} />
              </Flex>
            ),
          },
        ]}
      />
    </>
  );
}
