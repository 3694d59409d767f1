import type { ReactNode } from 'react';
import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  CloudSyncOutlined,
  DashboardOutlined,
  ExportOutlined,
  FieldTimeOutlined,
  FileTextOutlined,
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
  { path: '/home', label: '总览', icon: <DashboardOutlined /> },
  { path: '/hospital', label: '医院概况', icon: <BankOutlined /> },
  { path: '/disciplines', label: '学科梳理', icon: <ApartmentOutlined /> },
  { path: '/specialties', label: '临床专科', icon: <MedicineBoxOutlined /> },
  { path: '/plan', label: '规划文本', icon: <FileTextOutlined /> },
  { path: '/roadmap', label: '路线图', icon: <FieldTimeOutlined /> },
  { path: '/contracts', label: '目标责任书', icon: <AuditOutlined /> },
  { path: '/qc', label: '质控指标', icon: <SafetyCertificateOutlined /> },
  { path: '/export', label: '导出与提交', icon: <ExportOutlined /> },
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
