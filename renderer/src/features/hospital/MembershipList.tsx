import { Button, Col, Form, Input, Row, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { MEMBERSHIP_KINDS } from '#shared/domain/index.ts';

const KIND_OPTIONS = MEMBERSHIP_KINDS.map((k) => ({ value: k, label: k }));
const ROLE_OPTIONS = ['牵头单位', '成员单位'].map((r) => ({ value: r, label: r }));

/** Measure 13: the 城市医疗集团 / 县域医共体 / 专科联盟 the hospital belongs to, one editable row each. */
export function MembershipList() {
  return (
    <Form.List name="memberships">
      {(fields, { add, remove }) => (
        <>
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary">尚未登记医联体、医共体或专科联盟。</Typography.Paragraph>
          )}
          {fields.map((field, index) => (
            <Row key={field.key} gutter={12} align="top" data-testid={`membership-${index}`}>
              <Col span={6}>
                <Form.Item name={[field.name, 'kind']} label={index === 0 ? '组织类型' : undefined} required>
                  <Select options={KIND_OPTIONS} placeholder="选择类型" aria-label="组织类型" />
                </Form.Item>
              </Col>
              <Col span={11}>
                <Form.Item name={[field.name, 'name']} label={index === 0 ? '组织名称' : undefined} required>
                  <Input placeholder="如：示例市第一医疗集团" aria-label="组织名称" />
                </Form.Item>
              </Col>
              <Col span={5}>
                <Form.Item name={[field.name, 'role']} label={index === 0 ? '本院角色' : undefined} required>
                  <Select options={ROLE_OPTIONS} placeholder="选择角色" aria-label="本院角色" />
                </Form.Item>
              </Col>
              <Col span={2}>
                <Form.Item label={index === 0 ? ' ' : undefined}>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`删除第 ${index + 1} 个组织`}
                    onClick={() => remove(field.name)}
                  />
                </Form.Item>
              </Col>
            </Row>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ kind: undefined, name: '', role: '成员单位' })}
          >
            添加医联体/专科联盟
          </Button>
        </>
      )}
    </Form.List>
  );
}
