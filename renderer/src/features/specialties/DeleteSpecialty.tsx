import { useCallback } from 'react';
import { App } from 'antd';
import type { ClinicalSpecialty } from '#shared/domain/index.ts';
import { COMMON } from '#renderer/i18n/index.ts';
import { useSpecialtyActions } from './useSpecialties.ts';

/**
 * Delete with a confirm that names what goes with the specialty (every child row, counted per table), or a
 * refusal naming the 目标责任书 that still binds it. The delete itself is one transaction (deleteSpecialty).
 */
export function useDeleteSpecialty(onDeleted?: () => void) {
  const { modal, message } = App.useApp();
  const actions = useSpecialtyActions();
  return useCallback(
    (specialty: ClinicalSpecialty) => {
      void actions.describeDelete(specialty.id).then((impact) => {
        if (impact.contracts.length > 0) {
          modal.warning({
            title: `不能删除临床专科「${specialty.name}」`,
            content: `该专科仍有目标责任书：${impact.contracts.map((t) => `「${t}」`).join('、')}。请先在 目标责任书 中处理后再删除。`,
            okText: COMMON.confirm,
          });
          return;
        }
        const children = impact.children.map((c) => `${c.label} ${c.count} 条`).join('、');
        modal.confirm({
          title: `删除临床专科「${specialty.name}」？`,
          content: (
            <span data-testid="specialty-delete-impact">
              {children ? `将同时删除：${children}。` : '该专科尚无下属记录。'}删除后不可恢复（可先在 设置 中导出备份）。
            </span>
          ),
          okText: COMMON.delete,
          okButtonProps: { danger: true },
          cancelText: COMMON.cancel,
          onOk: async () => {
            try {
              await actions.remove(specialty.id);
              void message.success(`已删除临床专科「${specialty.name}」`);
              onDeleted?.();
            } catch (error) {
              void message.error(`未删除：${error instanceof Error ? error.message : String(error)}`);
            }
          },
        });
      });
    },
    [actions, modal, message, onDeleted],
  );
}
