import { App, Button } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import type { DirectorContract } from '#shared/domain/index.ts';
import { COMMON } from '#renderer/i18n/index.ts';
import { useContractActions } from './useContracts.ts';

/**
 * 删除草稿: only a draft can go. The confirm says what goes with it — the whole contract for a first draft,
 * only the amendment for a later version — so nobody deletes a signed agreement by mistake.
 */
export function DeleteDraftButton({ contract, onDeleted }: { contract: DirectorContract; onDeleted: () => void }) {
  const { modal, message } = App.useApp();
  const actions = useContractActions();
  const first = contract.versionNo === 1;

  const confirm = () =>
    modal.confirm({
      title: first ? `删除责任书「${contract.title}」？` : `删除第 ${contract.versionNo} 版补充协议草稿？`,
      content: first
        ? '草稿及其全部考核指标将被删除，不可恢复。'
        : `第 ${contract.versionNo} 版及其指标将被删除；已签署的第 ${contract.versionNo - 1} 版保持不变。`,
      okText: '删除',
      okButtonProps: { danger: true, 'data-testid': 'confirm-delete-draft' },
      cancelText: COMMON.cancel,
      onOk: () =>
        actions.remove(contract.id).then(
          () => {
            void message.success(first ? `已删除责任书「${contract.title}」` : `已删除第 ${contract.versionNo} 版草稿`);
            onDeleted();
          },
          (error: unknown) => void message.error(error instanceof Error ? error.message : String(error)),
        ),
    });

  return (
    <Button danger icon={<DeleteOutlined />} onClick={() => void confirm()} data-testid="delete-draft">
      删除草稿
    </Button>
  );
}
