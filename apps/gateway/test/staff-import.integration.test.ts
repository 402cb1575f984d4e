import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { startTestGateway, type GraphQLResponse, type TestGateway } from './test-gateway.js';

const IMPORT = `mutation ($file: File!, $confirm: Boolean!) { importStaff(file: $file, confirm: $confirm) { rowCount written issueCount issues { row column rule } } }`;
type Result = { importStaff: { rowCount: number; written: number; issueCount: number; issues: { row: number; column: string | null; rule: string }[] } };

const HEADER = ['工号', '姓名', '电话', '岗位', '到岗日期', '超编说明'];
/** Hall clerks beyond the headcount of 3, each with the reason an appointment beyond it needs. */
const clerkRow = (i: number) => [`IMP-${String(i).padStart(3, '0')}`, `新员工${i}`, `1360000${String(i).padStart(4, '0')}`, '服务大厅服务人员', '2026-12-01', '新馆开业扩编'];

async function sheet(rows: (string | number | Date)[][], header = HEADER): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('s');
  if (header.length) ws.addRow(header);
  for (const row of rows) ws.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe.each(enginesUnderTest())('importing staff from Excel (%s)', (engine) => {
  let gw: TestGateway;
  let director: string;
  const send = async (bytes: Uint8Array | Blob, confirm: boolean, cookie = director) => {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: IMPORT, variables: { file: null, confirm } }));
    form.set('map', JSON.stringify({ 0: ['variables.file'] }));
    form.set('0', bytes instanceof Blob ? bytes : new Blob([new Uint8Array(bytes)]), 'staff.xlsx');
    const response = await gw.yoga.fetch('http://kefu.test/graphql', { method: 'POST', headers: { cookie, 'x-kefu-csrf': '1' }, body: form });
    return (await response.json()) as GraphQLResponse<Result>;
  };
  const imported = async () =>
    (
      await gw.db.query<{ people: number; appointed: number; audited: number }>(
        `SELECT (SELECT count(*)::int FROM staff WHERE employee_no LIKE 'IMP-%') AS people,
                (SELECT count(*)::int FROM assignments a JOIN staff s ON s.id = a.staff_id WHERE s.employee_no LIKE 'IMP-%') AS appointed,
                (SELECT count(*)::int FROM org_changes c JOIN staff s ON s.id = c.staff_id WHERE s.employee_no LIKE 'IMP-%' AND c.kind = 'assignment.start') AS audited`,
      )
    )[0]!;

  beforeAll(async () => {
    gw = await startTestGateway(engine);
    director = await gw.login('director');
  });
  afterAll(() => gw.close());

  it('previews 60 people with wrong rows, writes nothing, and after the fix writes every record and appointment at once', async () => {
    const [taken] = await gw.db.query<{ employee_no: string }>(`SELECT employee_no FROM staff ORDER BY employee_no LIMIT 1`);
    const rows = Array.from({ length: 60 }, (_, i) => clerkRow(i + 1));
    rows[9]![2] = 'abc';
    rows[19]![3] = '保安队长';
    rows[29]![0] = rows[28]![0]!;
    rows[39]![0] = taken!.employee_no;
    rows[49]![5] = '';
    const preview = await send(await sheet(rows), false);
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.importStaff).toEqual({
      rowCount: 60,
      written: 0,
      issueCount: 5,
      issues: [
        { row: 11, column: '电话', rule: 'phone_format' },
        { row: 21, column: '岗位', rule: 'invalid_choice' },
        { row: 31, column: '工号', rule: 'duplicate' },
        { row: 41, column: '工号', rule: 'duplicate' },
        { row: 51, column: '岗位', rule: 'over_strength' },
      ],
    });
    const refused = await send(await sheet(rows), true);
    expect(refused.data!.importStaff.written).toBe(0);
    expect(await imported()).toEqual({ people: 0, appointed: 0, audited: 0 });

    const fixed = Array.from({ length: 60 }, (_, i) => clerkRow(i + 1));
    // A start day typed as an Excel date, and a position named by its code.
    fixed[0]![4] = new Date('2026-12-01T00:00:00Z') as unknown as string;
    fixed[1]![3] = 'hall_clerk';
    const confirmed = await send(await sheet(fixed), true);
    expect(confirmed.data!.importStaff).toEqual({ rowCount: 60, written: 60, issueCount: 0, issues: [] });
    expect(await imported()).toEqual({ people: 60, appointed: 60, audited: 60 });

    // The same sheet again: every number and phone is now on file.
    const again = await send(await sheet(fixed.slice(0, 1)), false);
    expect(again.data!.importStaff.issues).toEqual([
      { row: 2, column: '工号', rule: 'duplicate' },
      { row: 2, column: '电话', rule: 'duplicate' },
    ]);
  });

  it('refuses a file that is not xlsx, is over 10 MB, or has no header row, with a clear error on the file', async () => {
    const notXlsx = await send(new TextEncoder().encode('工号,姓名\nKF-1,x'), false);
    expect(notXlsx.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file', rule: 'file_type' }] });
    const tooLarge = await send(new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04]), new Uint8Array(10 * 1024 * 1024)]), false);
    expect(tooLarge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file', rule: 'file_too_large', limit: 10 }] });
    const noHeader = await send(await sheet([clerkRow(900)], []), false);
    expect(noHeader.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file', rule: 'required' }] });
  });

  it('needs staff.edit, and the deputy appoints only below itself', async () => {
    const clerk = await gw.login('hall_clerk');
    expect((await send(await sheet([clerkRow(901)]), false, clerk)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gw.gql('{ staffImportTemplate }', {}, { cookie: clerk })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const deputy = await gw.login('deputy');
    const aboveItself = await send(await sheet([['IMP-902', '新经理', '', '客户服务部经理', '2026-12-01', '交接'], clerkRow(903)]), false, deputy);
    expect(aboveItself.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await send(await sheet([clerkRow(904)]), false, deputy)).data!.importStaff.issueCount).toBe(0);

    const template = await gw.gql<{ staffImportTemplate: string }>('{ staffImportTemplate }', {}, { cookie: director });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(template.data!.staffImportTemplate, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(1).values).toEqual([undefined, ...HEADER]);
  });
});
