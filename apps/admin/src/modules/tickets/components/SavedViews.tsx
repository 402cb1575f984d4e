import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SavedViewKey } from '../utils/saved-views';

type Props = {
  views: readonly { key: SavedViewKey }[];
  active: SavedViewKey | null;
  onSelect: (key: SavedViewKey) => void;
};

export function SavedViews({ views, active, onSelect }: Props) {
  const { t } = useTranslation('tickets');
  return (
    <Group gap="xs" role="group" aria-label={t('views.label')}>
      {views.map(({ key }) => (
        <Button
          key={key}
          size="compact-sm"
          radius="xl"
          variant={key === active ? 'filled' : 'default'}
          aria-pressed={key === active}
          onClick={() => onSelect(key)}
        >
          {t(`views.${key}`)}
        </Button>
      ))}
    </Group>
  );
}
