import { useEffect } from 'react';
import type { FormInstance, FormRule } from 'antd';
import { detectDamagedText } from '#shared/policy-text/index.ts';

/**
 * An antd rule that warns, never blocks (warningOnly): text that looks like a damaged conversion (domain.md)
 * shows "疑似乱码或转换错误：…" at the field before saving, and the user may still save it after checking the
 * original. Validation proper stays with the zod schema; this only adds the warning.
 */
export const damagedTextRule: FormRule = {
  warningOnly: true,
  validator: (_rule, value: unknown) => {
    const { damaged, reasons } = typeof value === 'string' && value !== '' ? detectDamagedText(value) : { damaged: false, reasons: [] };
    return damaged ? Promise.reject(new Error(`疑似乱码或转换错误：${reasons.join('；')}，请核对原文`)) : Promise.resolve();
  },
};

/**
 * antd runs rules on change only: a record opened with damaged text already in it would look clean. Checks
 * the given fields once when the form opens, so the warning shows on the stored value too. Pass a constant
 * array: a new one per render would re-validate on every keystroke.
 */
export function useDamagedTextOnOpen(form: FormInstance, fields: readonly (string | readonly string[])[]): void {
  useEffect(() => {
    // Rejects only when a field has an error; warnings resolve, and errors here are zod's, shown on submit.
    form.validateFields(fields.map((f) => (typeof f === 'string' ? f : [...f]))).catch(() => undefined);
  }, [form, fields]);
}
