import { DEFAULT_DEPARTMENTS, type DepartmentContact, type DepartmentFields } from '@kefu/domain/relays';

// 138 0000 2xxx numbers are fake.
const CONTACTS: Record<string, DepartmentContact[]> = {
  engineering: [
    { name: '刘强', role: '经理', phone: '13800002001' },
    { name: '工程值班室', role: '24小时值班', phone: '13800002002' },
  ],
  logistics: [{ name: '赵鹏', role: '调度', phone: '13800002011' }],
  technical: [{ name: '钱晓东', role: '主管', phone: '13800002021' }],
  leasing: [{ name: '孙倩', role: '招商经理', phone: '13800002031' }],
  marketing: [{ name: '李娜', role: '活动策划', phone: '13800002041' }],
  advertising: [{ name: '周洋', role: '经理', phone: '13800002051' }],
  property: [{ name: '吴刚', role: '物业主管', phone: '13800002061' }],
  floor_manager: [{ name: '郑卫东', role: '卖场经理', phone: '13800002071' }],
  security: [
    { name: '冯军', role: '保安队长', phone: '13800002081' },
    { name: '监控中心', role: '24小时值班', phone: '13800002082' },
  ],
};

/** The demo mall's departments outside customer service: the site defaults, each with its contacts. */
export const DEMO_DEPARTMENTS: readonly DepartmentFields[] = DEFAULT_DEPARTMENTS.map((d) => ({
  ...d,
  contacts: CONTACTS[d.code] ?? [],
  memberStaffIds: [],
  active: true,
}));
