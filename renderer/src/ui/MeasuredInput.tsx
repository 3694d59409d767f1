import { useState } from 'react';
import { Input, Tooltip } from 'antd';
import { formatPlainNumber, parseMeasuredValue } from '#shared/domain/index.ts';

interface MeasuredInputProps {
  value: number | null;
  /** Field name in the Chinese message: '实际值', '权重', '2026 年目标'. */
  label: string;
  /** Called with a parsed number (or null when cleared and `allowEmpty`) when the field is left or Enter pressed. */
  onCommit: (value: number | null) => void;
  /** Called on every keystroke that parses, for live totals. */
  onDraft?: (value: number | null) => void;
  allowEmpty?: boolean;
  disabled?: boolean;
  width?: number;
  testId?: string;
  suffix?: string;
}

const show = (v: number | null) => (v === null ? '' : formatPlainNumber(v));

/**
 * A number field that accepts what people type ('82.5%', '1,234', full-width digits) and refuses anything else
 * at the field, in Chinese, without calling onCommit: nothing is saved from a bad entry.
 */
export function MeasuredInput({ value, label, onCommit, onDraft, allowEmpty, disabled, width = 96, testId, suffix }: MeasuredInputProps) {
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = text ?? show(value);

  const parse = (input: string) => (input.trim() === '' && allowEmpty ? ({ ok: true, value: null } as const) : parseMeasuredValue(input, label));

  const commit = () => {
    if (text === null) return;
    const parsed = parse(text);
    if (!parsed.ok) return setError(parsed.message);
    setError(null);
    setText(null);
    if (parsed.value !== value) onCommit(parsed.value);
  };

  return (
    <Tooltip title={error} open={error !== null} color="#cf1322" placement="bottom">
      <Input
        size="small"
        style={{ width }}
        value={shown}
        disabled={disabled}
        status={error ? 'error' : undefined}
        aria-label={label}
        aria-invalid={error !== null}
        data-testid={testId}
        suffix={suffix}
        onChange={(e) => {
          setText(e.target.value);
          const parsed = parse(e.target.value);
          if (parsed.ok) {
            setError(null);
            onDraft?.(parsed.value);
          }
        }}
        onBlur={commit}
        onPressEnter={commit}
      />
    </Tooltip>
  );
}
