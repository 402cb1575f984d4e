import { Button, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Shown both for a ticket that does not exist and for one outside the viewer's reach: the gateway does not tell them apart. */
export function TicketNotFound() {
  const { t } = useTranslation('tickets');
  return (
    <Paper withBorder p="xl" radius="md" ta="center" maw={560} mx="auto" mt="xl">
      <Title order={1} size="h3">
        {t('detail.notFound.title')}
      </Title>
      <Text c="gray.7" mt="sm">
        {t('detail.notFound.body')}
      </Text>
      <Button component={Link} to="/tickets" mt="lg">
        {t('detail.notFound.back')}
      </Button>
    </Paper>
  );
}
