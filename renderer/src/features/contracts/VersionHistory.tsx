import { Card, Empty, Timeline, Typography } from 'antd';
import { diffVersions, versionLabel, type ContractVersion } from '#shared/domain/index.ts';

/** 版本历史: each amendment with what it changed (diffVersions), newest first. */
export function VersionHistory({ versions }: { versions: ContractVersion[] }) {
  const contracts = versions.map((v) => v.contract);
  const items = [...versions].reverse().map((v) => {
    const previous = versions.find((p) => p.contract.id === v.contract.previousVersionId);
    const changes = previous ? diffVersions(previous, v) : [];
    return {
      key: v.contract.id,
      children: (
        <div data-testid={`version-${v.contract.versionNo}`}>
          <Typography.Text strong>
            第 {v.contract.versionNo} 版 · {versionLabel(contracts, v.contract)}
          </Typography.Text>
          {v.contract.amendmentNote && <Typography.Text type="secondary"> — {v.contract.amendmentNote}</Typography.Text>}
          {!previous && <div>初始版本，{v.targets.length} 项考核指标</div>}
          {previous && changes.length === 0 && <div>与第 {previous.contract.versionNo} 版相比尚无变更</div>}
          {changes.length > 0 && (
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
              {changes.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      ),
    };
  });
  return (
    <Card size="small" title="版本历史" data-testid="version-history">
      {items.length === 0 ? <Empty /> : <Timeline items={items} />}
    </Card>
  );
}
