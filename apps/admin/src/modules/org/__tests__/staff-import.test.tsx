import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { viewerFixture } from '../../../test/fixtures';
import { answerOperations, server } from '../../../test/msw-server';
import { renderApp } from '../../../test/render';
import { orgChartAnswer } from './org-fixtures';

const staffAnswer = { data: { staffMembers: { __typename: 'StaffConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } };
type Sent = { query: string; confirm: boolean; withFile: boolean };

/** The gateway's side of the multipart import: what was sent, and the answer for each call in turn. */
function answerImports(...answers: Record<string, unknown>[]): Sent[] {
  const sent: Sent[] = [];
  server.use(
    http.post('*/graphql', async ({ request }) => {
      if (!request.headers.get('content-type')?.startsWith('multipart/form-data')) return undefined;
      const form = await request.formData();
      const operations = JSON.parse(String(form.get('operations'))) as { query: string; variables: { confirm: boolean } };
      sent.push({ query: operations.query, confirm: operations.variables.confirm, withFile: form.has('0') && String(form.get('map')) === JSON.stringify({ 0: ['variables.file'] }) });
      return HttpResponse.json({ data: { importStaff: answers[Math.min(sent.length - 1, answers.length - 1)] } });
    }),
  );
  return sent;
}

const sheetFile = (name: string) => new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04])], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });

describe('importing staff from Excel (从 Excel 导入员工)', () => {
  it('shows every problem by row and column and writes nothing; the fixed sheet is written once confirmed', async () => {
    const log = answerOperations({ Viewer: { data: { viewer: viewerFixture() } }, OrgChart: orgChartAnswer, StaffDirectory: staffAnswer });
    const sent = answerImports(
      {
        rowCount: 60,
        written: 0,
        issueCount: 2,
        issues: [
          { row: 11, column: '电话', rule: 'phone_format' },
          { row: 21, column: '岗位', rule: 'invalid_choice' },
        ],
      },
      { rowCount: 60, written: 0, issueCount: 0, issues: [] },
      { rowCount: 60, written: 60, issueCount: 0, issues: [] },
    );
    const { user } = renderApp({ route: '/staff' });
    await user.click(await screen.findByRole('button', { name: '从 Excel 导入' }));
    const dialog = await screen.findByRole('dialog', { name: '从 Excel 导入员工' });
    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, sheetFile('staff.xlsx'));
    await user.click(within(dialog).getByRole('button', { name: '检查' }));

    const issues = await within(dialog).findByRole('table', { name: '问题清单' });
    const rows = within(issues).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['11', '电话', '电话格式不对：手机 11 位、以 1 开头；座机为区号加号码，如 0571-87654321'],
      ['21', '岗位', '没有这个岗位：请填写组织架构中的岗位名称或岗位代码'],
    ]);
    expect(within(dialog).getByRole('alert')).toHaveTextContent('共 60 行，发现 2 处问题，未写入任何数据。');
    expect(within(dialog).queryByRole('button', { name: /确认导入/ })).not.toBeInTheDocument();

    await user.upload(input, sheetFile('staff-fixed.xlsx'));
    await user.click(within(dialog).getByRole('button', { name: '检查' }));
    expect(await within(dialog).findByText('共 60 行，全部通过检查，尚未写入。')).toBeInTheDocument();
    const directoryReads = log.filter((call) => call.name === 'StaffDirectory').length;
    await user.click(within(dialog).getByRole('button', { name: '确认导入 60 行' }));
    expect(await within(dialog).findByText('已写入 60 名员工及其岗位任命。')).toBeInTheDocument();

    // Two previews, then the import of the sheet that passed: the sheet goes along each time.
    expect(sent.map(({ confirm, withFile }) => [confirm, withFile])).toEqual([
      [false, true],
      [false, true],
      [true, true],
    ]);
    expect(sent[0]!.query).toContain('importStaff(file: $file, confirm: $confirm)');
    // The directory shows the people written.
    await waitFor(() => expect(log.filter((call) => call.name === 'StaffDirectory').length).toBeGreaterThan(directoryReads));
  });

  it('says what is wrong with a file the gateway refuses', async () => {
    answerOperations({ Viewer: { data: { viewer: viewerFixture() } }, OrgChart: orgChartAnswer, StaffDirectory: staffAnswer });
    server.use(
      http.post('*/graphql', ({ request }) =>
        request.headers.get('content-type')?.startsWith('multipart/form-data')
          ? HttpResponse.json({
              data: null,
              errors: [{ message: '请检查填写的内容', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'file', rule: 'file_type', message: '文件须为 .xlsx 格式。' }] } }],
            })
          : undefined,
      ),
    );
    const { user } = renderApp({ route: '/staff' });
    await user.click(await screen.findByRole('button', { name: '从 Excel 导入' }));
    const dialog = await screen.findByRole('dialog', { name: '从 Excel 导入员工' });
    await user.upload(dialog.querySelector<HTMLInputElement>('input[type="file"]')!, sheetFile('staff.xlsx'));
    await user.click(within(dialog).getByRole('button', { name: '检查' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('文件须为 .xlsx 格式。');
  });
});
