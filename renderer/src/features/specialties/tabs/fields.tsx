import { Button, DatePicker, Flex, Form, Input, InputNumber } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { damagedTextRule } from '#renderer/ui/damagedText.ts';

/** A DatePicker whose form value is the stored 'YYYY-MM-DD' text, so values need no conversion on save. */
export function DateField({ value, onChange, testId }: { value?: string; onChange?: (v: string) => void; testId?: string }) {
  return (
    <DatePicker
      style={{ width: '100%' }}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange?.(d ? d.format('YYYY-MM-DD') : '')}
      data-testid={testId}
    />
  );
}

interface YearValueListProps {
  /** Form list name: 'annualTargets', 'plannedCounts'. */
  name: string;
  label: string;
  /** The number's key in each entry ('value' or 'count') and its label. */
  valueKey: string;
  valueLabel: string;
  /** Suggested year of a new entry: the one after the last. */
  firstYear: number;
  integer?: boolean;
}

/** Per-year entries (年度目标, 计划数量): one year and one number a line; the schema refuses a repeated year. */
export function YearValueList({ name, label, valueKey, valueLabel, firstYear, integer }: YearValueListProps) {
  const form = Form.useFormInstance();
  return (
    <Form.Item label={label} data-testid={`${name}-list`}>
      <Form.List name={name}>
        {(items, { add, remove }) => (
          <Flex vertical gap={8}>
            {items.map((item) => (
              <Flex key={item.key} gap={8} align="center">
                <Form.Item name={[item.name, 'year']} noStyle>
                  <InputNumber aria-label="年份" precision={0} suffix="年" style={{ width: 120 }} />
                </Form.Item>
                <Form.Item name={[item.name, valueKey]} noStyle>
                  <InputNumber aria-label={valueLabel} precision={integer ? 0 : undefined} placeholder={valueLabel} style={{ width: 160 }} />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(item.name)} aria-label="删除该年" />
              </Flex>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              style={{ width: 288 }}
              onClick={() => {
                const list = (form.getFieldValue(name) as { year: number }[] | undefined) ?? [];
                add({ year: list.length > 0 ? Math.max(...list.map((e) => e.year)) + 1 : firstYear, [valueKey]: null });
              }}
            >
              添加年份
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}

/** The free-text 说明 most child rows carry, with the damaged-text warning. */
export function NotesField() {
  return (
    <Form.Item name="notes" label="说明" rules={[damagedTextRule]}>
      <Input.TextArea rows={2} />
    </Form.Item>
  );
}
