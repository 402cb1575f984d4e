import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../test/msw-server';
import { renderWithI18n } from '../../../test/render-app';
import { ProfileForm } from '../components/ProfileForm';

const mine = { id: 'r-2', kind: 'MERCHANT', name: '陈老板', shopName: '美家灯饰', shopUnit: 'B2-006', phone: '13800002002', preferredContactTime: null };

describe('my profile', () => {
  it('shows the own profile and saves a corrected phone and contact time', async () => {
    const sent: unknown[] = [];
    server.use(
      graphql.query('MyProfile', () => HttpResponse.json({ data: { viewer: { requester: mine } } })),
      graphql.mutation('UpdateMyContact', ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({ data: { updateMyContact: { id: 'r-2', phone: '13955556666', preferredContactTime: '工作日 14:00 以后' } } });
      }),
    );
    renderWithI18n(<ProfileForm />);
    const phone = await screen.findByLabelText('联系电话');
    expect(phone).toHaveValue('13800002002');
    expect(screen.getByText('美家灯饰')).toBeInTheDocument();
    fireEvent.input(phone, { target: { value: '139 5555 6666' } });
    fireEvent.input(screen.getByLabelText('方便联系的时间（选填）'), { target: { value: '工作日 14:00 以后' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已保存。')).toBeInTheDocument();
    expect(sent).toEqual([{ input: { phone: '139 5555 6666', preferredContactTime: '工作日 14:00 以后' } }]);
    expect(phone).toHaveValue('13955556666');
  });

  it('puts the gateway’s phone rule on the field', async () => {
    server.use(
      graphql.query('MyProfile', () => HttpResponse.json({ data: { viewer: { requester: mine } } })),
      graphql.mutation('UpdateMyContact', () =>
        HttpResponse.json({ data: null, errors: [{ message: '请检查填写的内容', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.phone', rule: 'phone_format', message: '手机号为 1 开头的 11 位数字' }] } }] }),
      ),
    );
    renderWithI18n(<ProfileForm />);
    fireEvent.input(await screen.findByLabelText('联系电话'), { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.getByLabelText('联系电话')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByRole('alert')).toHaveTextContent('手机号为 1 开头的 11 位数字');
  });
});
