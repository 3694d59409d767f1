import { Button, Flex, Layout, Menu, Tag, Typography } from 'antd';
import { BankOutlined, MedicineBoxFilled, ReadOutlined } from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { APP_NAME, COMMON, POLICY_REF } from '#renderer/i18n/index.ts';
import { useCurrentHospital } from '#renderer/features/hospital/useHospitals.ts';
import { NAV_ITEMS } from './navigation.tsx';

const SIDER_WIDTH = 200;

function CurrentHospital() {
  const hospital = useCurrentHospital();
  if (hospital === undefined) return null;
  return (
    <Flex align="center" gap={8} data-testid="current-hospital">
      <BankOutlined style={{ color: '#0f6e6e' }} />
      <Typography.Text strong data-testid="current-hospital-name">
        {hospital ? hospital.name : COMMON.noHospital}
      </Typography.Text>
      {hospital && <Tag>{hospital.level}</Tag>}
    </Flex>
  );
}

/** The frame around every page: left navigation, header with the app and current hospital, routed content. */
export function AppShell() {
  const location = useLocation();
  const navigate = useNavigate();
  // 提交前检查 (/readiness) belongs to the 导出与提交 menu item.
  const path = location.pathname.startsWith('/readiness') ? '/export' : location.pathname;
  const selected = NAV_ITEMS.find((item) => path.startsWith(item.path))?.path;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={SIDER_WIDTH} style={{ position: 'fixed', insetBlock: 0, left: 0, overflow: 'auto' }}>
        <Flex align="center" gap={8} style={{ height: 56, padding: '0 20px', color: '#fff' }}>
          <MedicineBoxFilled style={{ fontSize: 20, color: '#7fd1c7' }} />
          <span style={{ fontWeight: 600, letterSpacing: 1 }}>专科建设规划</span>
        </Flex>
        <Menu
          theme="dark"
          mode="inline"
          aria-label="主导航"
          selectedKeys={selected ? [selected] : []}
          items={NAV_ITEMS.map((item) => ({ key: item.path, icon: item.icon, label: item.label }))}
          onClick={({ key }) => void navigate(key)}
        />
      </Layout.Sider>
      <Layout style={{ marginLeft: SIDER_WIDTH }}>
        <Layout.Header
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 10,
            borderBottom: '1px solid #e3e8e8',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
          }}
        >
          <Flex align="baseline" gap={12}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {APP_NAME}
            </Typography.Title>
            <Typography.Text type="secondary">{POLICY_REF}</Typography.Text>
          </Flex>
          <Flex align="center" gap={16}>
            <Button
              icon={<ReadOutlined />}
              type={location.pathname.startsWith('/policy') ? 'primary' : 'default'}
              onClick={() => void navigate('/policy')}
              data-testid="open-policy"
            >
              政策依据
            </Button>
            <CurrentHospital />
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
