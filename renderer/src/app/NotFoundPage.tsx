import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';

export function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="地址有误，或该页面已移动。"
      extra={
        <Button type="primary" onClick={() => void navigate('/hospital')}>
          返回医院概况
        </Button>
      }
    />
  );
}
