import { useMemo, useState } from 'react';
import { AutoComplete, Col, Form, Input, Row, Tag } from 'antd';
import {
  diseaseAreaOfCode,
  findIcd10,
  normalizeIcd10,
  parseIcd10,
  searchIcd10,
  type CoreDisease,
  type MajorDiseaseArea,
} from '#shared/domain/index.ts';
import type { SpecialtyDetail } from '#renderer/db/index.ts';
import { damagedTextRule } from '#renderer/ui/damagedText.ts';
import { ChildRowsTable } from '../ChildRowsTable.tsx';
import type { ChildRowsConfig } from '../childRows.ts';

interface Values {
  icd10Code: string;
  name: string;
}

/** The code field: suggestions from the seeded catalogue (the specialty's own area first), free entry allowed. */
function CodeField({ area }: { area: MajorDiseaseArea | undefined }) {
  const form = Form.useFormInstance<Values>();
  const [query, setQuery] = useState('');
  const options = useMemo(() => {
    const own = area ? searchIcd10(query, { area, limit: 12 }) : [];
    const rest = searchIcd10(query, { limit: 20 }).filter((e) => !own.includes(e));
    return [...own, ...rest].slice(0, 20).map((e) => ({ value: e.code, label: `${e.code} ${e.name}`, name: e.name }));
  }, [area, query]);
  return (
    <Form.Item
      name="icd10Code"
      label="ICD-10 编码"
      required
      validateTrigger="onBlur"
      extra="可输入编码或病种名称搜索；目录外的编码可直接填写"
      rules={[{ validator: (_r, value: string) => (parseIcd10(value ?? '').ok ? Promise.resolve() : Promise.reject(new Error((parseIcd10(value ?? '') as { error: string }).error))) }]}
    >
      <AutoComplete
        options={options}
        onSearch={setQuery}
        onSelect={(_value, option: { name: string }) => form.setFieldValue('name', option.name)}
        data-testid="icd10-code"
      >
        <Input placeholder="如：I21.0 或 心肌梗死" />
      </AutoComplete>
    </Form.Item>
  );
}

/** 四.4 核心病种: ICD-10 code and the name the hospital uses for it. */
export function CoreDiseasesTab({ detail }: { detail: SpecialtyDetail }) {
  const { specialty } = detail;
  const area = specialty.diseaseArea === 'OTHER' ? undefined : specialty.diseaseArea;
  const config = useMemo(
    (): ChildRowsConfig<'coreDiseases', Values> => ({
      table: 'coreDiseases',
      noun: '核心病种',
      describe: (r) => `${r.icd10Code} ${r.name}`,
      blank: () => ({ icd10Code: '', name: '' }),
      toValues: (r) => ({ icd10Code: r.icd10Code, name: r.name }),
      // Tidied before the schema sees it: full-width text, a lower-case letter or a missing dot are accepted.
      toFields: (v) => ({ icd10Code: normalizeIcd10(v.icd10Code ?? ''), name: v.name ?? '' }),
      textFields: ['name'],
      order: (a, b) => a.icd10Code.localeCompare(b.icd10Code),
      columns: [
        { title: 'ICD-10', dataIndex: 'icd10Code', width: 130, render: (code: string) => <code>{code}</code> },
        { title: '病种名称', dataIndex: 'name' },
        { title: '疾病领域', key: 'area', width: 140, render: (_, r: CoreDisease) => diseaseAreaOfCode(r.icd10Code) ?? '其他' },
        {
          title: '来源',
          key: 'source',
          width: 100,
          render: (_, r: CoreDisease) => (findIcd10(r.icd10Code) ? <Tag color="green">目录</Tag> : <Tag>自填</Tag>),
        },
      ],
      fields: (
        <Row gutter={16}>
          <Col span={10}>
            <CodeField area={area} />
          </Col>
          <Col span={14}>
            <Form.Item name="name" label="病种名称" required rules={[damagedTextRule]}>
              <Input placeholder="如：急性心肌梗死" data-testid="disease-name" />
            </Form.Item>
          </Col>
        </Row>
      ),
    }),
    [area],
  );
  return <ChildRowsTable config={config} specialtyId={specialty.id} rows={detail.children.coreDiseases} />;
}
