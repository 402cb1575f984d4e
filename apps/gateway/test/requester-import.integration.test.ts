import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { startTestGateway, type GraphQLResponse, type TestGateway } from './test-gateway.js';

const IMPORT = `mutation ($file: File!, $confirm: Boolean!) { importRequesters(file: $file, confirm: $confirm) { rowCount written issueCount issues { row column rule } } }`;
type Result = { importRequesters: { rowCount: number; written: number; issueCount: number; issues: { row: number; column: string | null; rule: string }[] } };

const HEADER = ['类别', '店名', '姓名', '铺位', '电话', '经营类别', '合同开始', '合同结束'];
const merchantRow = (i: number) => ['商户', `导入店${i}`, `老板${i}`, `X${String(i).padStart(3, '0')}`, `1370000${String(i).padStart(4, '0')}`, '瓷砖', '2025-01-01', '2027-12-31'];

async function sheet(rows: (string | number)[][], header = HEADER): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('s');
  if (header.length) ws.addRow(header);
  for (const row of rows) ws.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe.each(enginesUnderTest())('importing merchants from Excel (%s)', (engine) => {
  let gw: TestGateway;
  let director: string;
  const send = async (bytes: Uint8Array, confirm: boolean, cookie = director) => {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: IMPORT, variables: { file: null, confirm } }));
    form.set('map', JSON.stringify({ 0: ['variables.file'] }));
    form.set('0', new Blob([new Uint8Array(bytes)]), 'merchants.xlsx');
    const response = await gw.yoga.fetch('http://kefu.test/graphql', { method: 'POST', headers: { cookie, 'x-kefu-csrf': '1' }, body: form });
    return (await response.json()) as GraphQLResponse<Result>;
  };
  const imported = async () => (await gw.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM requesters WHERE shop_name LIKE '导入店%'`))[0]!.n;

  beforeAll(async () => {
    gw = await startTestGateway(engine);
    director = await gw.login('director');
  });
  afterAll(() => gw.close());

  it('previews 200 merchants with one wrong row, writes nothing, and after the fix writes all 200 at once', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => merchantRow(i + 1));
    rows[41]![4] = 'abc';
    const preview = await send(await sheet(rows), false);
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.importRequesters).toEqual({ rowCount: 200, written: 0, issueCount: 1, issues: [{ row: 43, column: '电话', rule: 'phone_format' }] });
    const refused = await send(await sheet(rows), true);
    expect(refused.data!.importRequesters.written).toBe(0);
    expect(await imported()).toBe(0);

    rows[41]![4] = '13700000042';
    const confirmed = await send(await sheet(rows), true);
    expect(confirmed.data!.importRequesters).toEqual({ rowCount: 200, written: 200, issueCount: 0, issues: [] });
    expect(await imported()).toBe(200);

    // The same sheet again: every row is now on file.
    const again = await send(await sheet(rows.slice(0, 2)), false);
    expect(again.data!.importRequesters.issues).toEqual([
      { row: 2, column: '铺位', rule: 'duplicate' },
      { row: 2, column: '电话', rule: 'duplicate' },
      { row: 3, column: '铺位', rule: 'duplicate' },
      { row: 3, column: '电话', rule: 'duplicate' },
    ]);
  });

  it('refuses a file that is not xlsx, or has no header row, with a clear error on the file', async () => {
    const notXlsx = await send(new TextEncoder().encode('类别,店名\n商户,x'), false);
    expect(notXlsx.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file', rule: 'file_type' }] });
    const noHeader = await send(await sheet([merchantRow(900)], []), false);
    expect(noHeader.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file', rule: 'required' }] });
  });

  it('is for the director, the deputy and the archive clerk only', async () => {
    const clerk = await gw.login('hall_clerk');
    const refused = await send(await sheet([merchantRow(901)]), true, clerk);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const template = await gw.gql<{ requesterImportTemplate: string }>('{ requesterImportTemplate }', {}, { cookie: director });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(template.data!.requesterImportTemplate, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(1).values).toEqual([undefined, ...HEADER]);
  });
});
