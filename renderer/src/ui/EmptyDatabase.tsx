import { Button, Card, Empty, Flex } from 'antd';
import { useNavigate } from 'react-router';
import { EMPTY_DATABASE } from '#renderer/i18n/index.ts';

/** The one way every page says "no data yet", always with a way forward (never a dead end). */
export function EmptyDatabase() {
  const navigate = useNavigate();
  return (
    <Card data-testid="empty-database">
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={`${EMPTY_DATABASE.title} — ${EMPTY_DATABASE.description}`}
      >
        <Flex gap={8} justify="center">
          <Button type="primary" onClick={() => void navigate('/settings')}>
            {EMPTY_DATABASE.toSettings}
          </Button>
          <Button onClick={() => void navigate('/hospital?new=1')}>{EMPTY_DATABASE.newHospital}</Button>
        </Flex>
      </Empty>
    </Card>
  );
}
