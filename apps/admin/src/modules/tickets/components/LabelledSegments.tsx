import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';

type Props<T extends string> = {
  label: string;
  value: T;
  data: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  error?: string | null;
  description?: string;
};

/** A segmented radio group with a visible label that screen readers announce with it. */
export function LabelledSegments<T extends string>({ label, value, data, onChange, error, description }: Props<T>) {
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text component="div" id={labelId} size="sm" fw={500}>
        {label}
      </Text>
      <SegmentedControl
        role="radiogroup"
        aria-labelledby={labelId}
        fullWidth
        value={value}
        data={data.map((d) => ({ value: d.value, label: d.label }))}
        onChange={(next) => onChange(next as T)}
      />
      {description && (
        <Text size="xs" c="gray.7">
          {description}
        </Text>
      )}
      {error && (
        <Text size="xs" c="red.8" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
