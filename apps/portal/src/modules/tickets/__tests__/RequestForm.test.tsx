import { fireEvent, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { graphql, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../../test/msw-server';
import { renderWithI18n } from '../../../test/render-app';
import { Link, routePath } from '../../../app/router';
import { RequestForm } from '../components/RequestForm';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

const fill = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(screen.getByRole('radio', { name: '报修' }));
  await user.type(screen.getByLabelText('情况描述'), '卷帘门升到一半卡住了');
  await user.type(screen.getByLabelText('地点（铺位号或位置）'), 'A1-018');
  await user.type(screen.getByLabelText('方便联系的时间（选填）'), '工作日 14:00 以后');
};

describe('new request form', () => {
  it('shows what is missing next to each field, and sends nothing', async () => {
    const submitted = vi.fn();
    server.use(graphql.mutation('SubmitRequest', () => (submitted(), HttpResponse.json({ data: null }))));
    const user = userEvent.setup();
    renderWithI18n(<RequestForm onSubmitted={() => {}} />);
    await user.click(screen.getByRole('button', { name: '提交' }));
    expect(screen.getAllByText('此项必填。')).toHaveLength(2);
    expect(screen.getByLabelText('情况描述')).toHaveAccessibleDescription('此项必填。 0 / 4000');
    expect(screen.getByLabelText('情况描述')).toHaveAttribute('aria-invalid', 'true');
    expect(submitted).not.toHaveBeenCalled();
  });

  it('puts the gateway’s field messages next to their fields', async () => {
    server.use(
      graphql.mutation('SubmitRequest', () =>
        HttpResponse.json({
          data: null,
          errors: [
            {
              message: '输入有误，请检查标出的字段。',
              extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'location', rule: 'too_long', message: '位置过长，最多 120 个字符。' }] },
            },
          ],
        }),
      ),
    );
    const user = userEvent.setup();
    renderWithI18n(<RequestForm onSubmitted={() => {}} />);
    await fill(user);
    await user.click(screen.getByRole('button', { name: '提交' }));
    await waitFor(() => expect(screen.getByLabelText('地点（铺位号或位置）')).toHaveAccessibleDescription('位置过长，最多 120 个字符。 6 / 120'));
  });

  it('sends one request for a double tap, with the photo, the contact time and an idempotency key', async () => {
    const calls: { idempotencyKey: string; input: Record<string, unknown> }[] = [];
    const uploads: { csrf: string | null; fileType: string | undefined }[] = [];
    server.use(
      http.post('*/graphql', async ({ request }) => {
        if (!request.headers.get('content-type')?.startsWith('multipart/form-data')) return undefined;
        const form = await request.formData();
        uploads.push({ csrf: request.headers.get('x-kefu-csrf'), fileType: (form.get('0') as File | null)?.type });
        return HttpResponse.json({ data: { uploadRequestPhoto: { id: 'photo-1', url: '/attachments/photo-1' } } });
      }),
      graphql.mutation('SubmitRequest', async ({ variables }) => {
        calls.push(variables as (typeof calls)[number]);
        await new Promise((r) => setTimeout(r, 50));
        return HttpResponse.json({ data: { submitRequest: { id: 'TXlSZXF1ZXN0Ojk=' } } });
      }),
    );
    const onSubmitted = vi.fn();
    const user = userEvent.setup();
    renderWithI18n(<RequestForm onSubmitted={onSubmitted} />);
    await fill(user);
    await user.upload(screen.getByLabelText(/添加照片/), new File([PNG], 'door.png', { type: 'image/png' }));
    await waitFor(() => expect(screen.getByRole('button', { name: '提交' })).toBeEnabled());
    const button = screen.getByRole('button', { name: '提交' });
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledWith('TXlSZXF1ZXN0Ojk='));
    expect(uploads).toEqual([{ csrf: '1', fileType: 'image/png' }]);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.idempotencyKey).toMatch(/\S{16,}/);
    expect(calls[0]!.input).toEqual({
      kind: 'REPAIR',
      title: '卷帘门升到一半卡住了',
      description: '卷帘门升到一半卡住了',
      location: 'A1-018',
      preferredContactTime: '工作日 14:00 以后',
      photoIds: ['photo-1'],
    });
  });

  it("fills in the requester's own shop unit as the place, which they may change", async () => {
    const user = userEvent.setup();
    renderWithI18n(<RequestForm shopUnit="A1-018" onSubmitted={() => {}} />);
    const where = screen.getByLabelText('地点（铺位号或位置）');
    expect(where).toHaveValue('A1-018');
    await user.clear(where);
    await user.type(where, 'B区二楼卫生间');
    expect(where).toHaveValue('B区二楼卫生间');
  });

  it('refuses a file that is not a photo before uploading it', async () => {
    const uploaded = vi.fn();
    server.use(http.post('*/graphql', () => (uploaded(), HttpResponse.json({ data: null }))));
    const user = userEvent.setup({ applyAccept: false });
    renderWithI18n(<RequestForm onSubmitted={() => {}} />);
    await user.upload(screen.getByLabelText(/添加照片/), new File(['%PDF-1.4'], 'invoice.pdf', { type: 'application/pdf' }));
    expect(screen.getByText('“invoice.pdf” 不是 JPG、PNG 或 WebP 照片。')).toBeInTheDocument();
    expect(uploaded).not.toHaveBeenCalled();
  });

  it('counts each text against its limit, keeps pasted text whole and refuses to send it over the limit', async () => {
    const submitted = vi.fn();
    server.use(graphql.mutation('SubmitRequest', () => (submitted(), HttpResponse.json({ data: null }))));
    const user = userEvent.setup();
    renderWithI18n(<RequestForm onSubmitted={() => {}} />);
    await fill(user);
    const location = screen.getByLabelText('地点（铺位号或位置）');
    expect(location).toHaveAccessibleDescription(/^如 A1-018、B区二楼卫生间 6 \/ 120$/);

    await user.click(location);
    await user.paste('号'.repeat(124));
    expect(location).toHaveValue(`A1-018${'号'.repeat(124)}`);
    expect(screen.getByText('130 / 120')).toHaveClass('field__count--over');

    await user.click(screen.getByRole('button', { name: '提交' }));
    expect(location).toHaveAccessibleDescription('内容过长：最多 120 个字，当前 130 个字，请删减。 130 / 120');
    expect(submitted).not.toHaveBeenCalled();
  });

  it('asks before leaving with unsaved input, and stays when the answer is no', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const user = userEvent.setup();
    history.replaceState(null, '', routePath({ name: 'new' }));
    renderWithI18n(
      <>
        <Link to={{ name: 'requests' }}>返回</Link>
        <RequestForm onSubmitted={() => {}} />
      </>,
    );
    await user.click(screen.getByRole('link', { name: '返回' }));
    expect(confirm).not.toHaveBeenCalled();
    history.replaceState(null, '', routePath({ name: 'new' }));

    await user.type(screen.getByLabelText('情况描述'), '卷帘门卡住');
    await user.click(screen.getByRole('link', { name: '返回' }));
    expect(confirm).toHaveBeenCalledWith('您填写的内容还没有提交，离开后将丢失。确定离开吗？');
    expect(location.pathname).toBe(routePath({ name: 'new' }));
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    confirm.mockReturnValue(true);
    await user.click(screen.getByRole('link', { name: '返回' }));
    expect(location.pathname).toBe(routePath({ name: 'requests' }));
    confirm.mockRestore();
  });
});
