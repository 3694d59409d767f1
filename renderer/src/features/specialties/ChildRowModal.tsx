import { useState } from 'react';
import { Alert, App, Form, Modal } from 'antd';
import type { ChildTableName, SpecialtyRecord } from '#shared/domain/index.ts';
import type { ChildDraft } from '#renderer/db/index.ts';
import { COMMON } from '#renderer/i18n/index.ts';
import { useDamagedTextOnOpen } from '#renderer/ui/damagedText.ts';
import { clearChangedErrors, submitWithIssues } from '#renderer/ui/formErrors.ts';
import type { ChildRowsConfig } from './childRows.ts';
import { useSpecialtyActions } from './useSpecialties.ts';

const NO_TEXT_FIELDS: readonly string[] = [];

interface ChildRowModalProps<T extends ChildTableName, V extends object> {
  config: ChildRowsConfig<T, V>;
  specialtyId: string;
  /** null adds a row. */
  row: SpecialtyRecord<T> | null;
  onClose: () => void;
}

/** Add/edit dialog of one child row; antd rules check at the field as the user types, the schema on save. */
export function ChildRowModal<T extends ChildTableName, V extends object>({ config, specialtyId, row, onClose }: ChildRowModalProps<T, V>) {
  const { message } = App.useApp();
  const actions = useSpecialtyActions();
  const [form] = Form.useForm<V>();
  const [saving, setSaving] = useState(false);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  useDamagedTextOnOpen(form, config.textFields ?? NO_TEXT_FIELDS);

  const submit = async (values: V) => {
    setSaving(true);
    try {
      const draft = { ...config.toFields(values, row), specialtyId, id: row?.id } as ChildDraft<T>;
      const result = await submitWithIssues(form, () => actions.saveChild(config.table, draft));
      setUnplaced(result.ok ? [] : result.unplaced);
      if (!result.ok) return void message.error(COMMON.notSaved);
      void message.success(`已保存${config.noun}「${config.describe(result.value)}」`);
      onClose();
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      width={config.modalWidth ?? 640}
      title={row ? `编辑${config.noun}` : `添加${config.noun}`}
      okText={COMMON.save}
      cancelText={COMMON.cancel}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': `${config.table}-save` }}
      destroyOnHidden
    >
      <div data-testid={`${config.table}-form`}>
        <Form<V>
          form={form}
          layout="vertical"
          initialValues={row ? config.toValues(row) : config.blank()}
          onFinish={(values) => void submit(values)}
          onFinishFailed={() => void message.error(COMMON.notSaved)}
          onValuesChange={(changed) => clearChangedErrors(form, changed)}
        >
          {config.fields}
          {unplaced.length > 0 && <Alert type="error" showIcon title={unplaced.join('；')} />}
        </Form>
      </div>
    </Modal>
  );
}
