import type { ReactNode } from 'react';
import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  CloudSyncOutlined,
  ExportOutlined,
  FieldTimeOutlined,
  MedicineBoxOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
} from '@ant-design/icons';

export interface NavItem {
  path: string;
  label: string;
  icon: ReactNode;
  /** Set for pages not built yet: what the page will do and the guidance article it serves. */
  comingSoon?: { purpose: string; article: string };
}

/** The left menu, in the order a planning office works through the guidance. */
export const NAV_ITEMS: NavItem[] = [
  { path: '/hospital', label: '医院概况', icon: <BankOutlined /> },
  { path: '/disciplines', label: '学科梳理', icon: <ApartmentOutlined /> },
  {
    path: '/specialties',
    label: '临床专科',
    icon: <MedicineBoxOutlined />,
    comingSoon: {
      purpose: '以优势学科或重点扶持学科牵头组建“1+N”学科群，明确核心病种、建设目标和人员、设备、技术等要素需求。',
      article: '四.4、四.6',
    },
  },
  {
    path: '/roadmap',
    label: '路线图',
    icon: <FieldTimeOutlined />,
    comingSoon: {
      purpose: '把各专科的建设任务排成时间表和路线图，标出 2025 年底和 2030 年两个目标节点。',
      article: '二、五（一）',
    },
  },
  {
    path: '/contracts',
    label: '目标责任书',
    icon: <AuditOutlined />,
  },
  {
    path: '/qc',
    label: '质控指标',
    icon: <SafetyCertificateOutlined />,
    comingSoon: {
      purpose: '为每个专科设置质控专员，确定质量安全基线和年度目标，并记录年度监测值。',
      article: '四.11',
    },
  },
  {
    path: '/export',
    label: '导出与提交',
    icon: <ExportOutlined />,
  },
  {
    path: '/sync',
    label: '同步',
    icon: <CloudSyncOutlined />,
    comingSoon: {
      purpose: '联网时与本院同步服务器交换数据，让负责部门和各科室在同一份规划上协作，冲突由人工确认。',
      article: '五（一）',
    },
  },
  { path: '/settings', label: '设置', icon: <SettingOutlined /> },
];
