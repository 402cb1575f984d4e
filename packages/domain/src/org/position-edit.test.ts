import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/validation.js';
import { buildChartFromCatalogue } from './build-chart-from-catalogue.js';
import { editPosition } from './position-edit.js';

const archive = buildChartFromCatalogue('site').positions.find((p) => p.code === 'archive_clerk')!;

describe('editPosition', () => {
  it('changes only what was given, trimmed', () => {
    const next = editPosition(archive, { headcount: 2, title: { zh: ' 档案员 ', en: 'Archivist ' } });
    expect(next).toEqual({ ...archive, headcount: 2, title: { zh: '档案员', en: 'Archivist' } });
  });

  it('reports every bad field at once', () => {
    try {
      editPosition(archive, { headcount: -1, purpose: { zh: '', en: 'x'.repeat(2001) } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => `${i.field}:${i.rule}`)).toEqual([
        'input.headcount:out_of_range',
        'input.purpose.zh:required',
        'input.purpose.en:too_long',
      ]);
    }
  });
});
