import { useLazyQuery } from '@apollo/client';
import { useMemo } from 'react';
import { COMPLAINT_SUBJECT_OPTIONS_QUERY } from '../graphql/queries/complaint-subject-options.query';

type Text = { zh: string; en: string };
/** A person a complaint may name, with the position they hold today. */
export type SubjectPerson = { id: string; name: string; employeeNo: string; positionTitle: Text; acting: boolean };

/**
 * The site's units, positions and active people for the complaint-subject picker: read when the
 * picker first opens (`load`), so the intake form does not wait for the org chart.
 */
export function useComplaintSubjectOptions() {
  const [load, { data, loading }] = useLazyQuery(COMPLAINT_SUBJECT_OPTIONS_QUERY);
  return useMemo(() => {
    const chart = data?.orgChart;
    const positions = chart?.positions ?? [];
    const seen = new Set<string>();
    const people: SubjectPerson[] = [];
    for (const position of positions) {
      for (const holder of position.holders) {
        if (!holder.staff.active || seen.has(holder.staff.id)) continue;
        seen.add(holder.staff.id);
        people.push({ id: holder.staff.id, name: holder.staff.name, employeeNo: holder.staff.employeeNo, positionTitle: position.title, acting: holder.acting });
      }
    }
    return { units: chart?.units ?? [], positions, people, loading, load };
  }, [data, loading, load]);
}
