import type { PositionCode } from '@kefu/domain/org';

/** A span in a position, in days before the seed's `now`; `endsDaysAgo` is exclusive like `ends_on`. */
export type DemoAssignment = { position: PositionCode; startsDaysAgo: number; endsDaysAgo?: number; acting?: boolean };

export type DemoStaff = {
  name: string;
  employeeNo: string;
  phone: string;
  active: boolean;
  assignments: DemoAssignment[];
  /** This person signs in as the position's demo user (username = the position code). */
  login?: PositionCode;
};

/**
 * A member of a department outside customer service with a staff account: relays to that
 * department arrive in their own queue (seed 002: "对其他部门传达的信息及时受理反馈" — the other side
 * accepts and answers). They hold a desk position of their department, not a customer-service one.
 */
export type DemoDepartmentStaff = {
  username: string;
  name: string;
  employeeNo: string;
  phone: string;
  /** The department's code (demo-departments.ts). */
  department: string;
  /** The position's code and title; a custom position, so it holds only the baseline grants. */
  position: { code: string; title: { zh: string; en: string } };
};

/** `username` signs in to the portal. */
export type DemoMerchant = { username: string; name: string; shopName: string; shopUnit: string; trade: string; phone: string };
export type DemoOwner = { username: string; name: string; shopUnit: string; phone: string };
export type DemoCustomer = { name: string; phone: string };

// 138 0000 xxxx numbers are fake; digits only, so the intake lookup's exact phone match finds them.
const staff = (
  no: number,
  name: string,
  assignments: DemoAssignment[],
  extra: { login?: PositionCode; active?: boolean } = {},
): DemoStaff => ({
  name,
  employeeNo: `KF${String(no).padStart(4, '0')}`,
  phone: `13800001${String(no).padStart(3, '0')}`,
  active: extra.active ?? true,
  assignments,
  ...(extra.login ? { login: extra.login } : {}),
});

const holds = (position: PositionCode, startsDaysAgo: number, endsDaysAgo?: number): DemoAssignment =>
  endsDaysAgo === undefined ? { position, startsDaysAgo } : { position, startsDaysAgo, endsDaysAgo };

/**
 * The department's people. Nineteen seats (岗位定员); at `now` two are open: the sales-floor
 * supervisor left 45 days ago and 孙丽 acts for the post (代理) besides her own, and a sales-floor
 * clerk left 20 days ago. Former staff keep their ended assignments as history; two new hires
 * are still in induction without a position.
 */
const STAFF: DemoStaff[] = [
  staff(1, '王建华', [holds('director', 2200)], { login: 'director' }),
  staff(2, '李秀兰', [holds('deputy', 1500)], { login: 'deputy' }),
  staff(3, '张伟', [holds('merchant_supervisor', 1300)], { login: 'merchant_supervisor' }),
  staff(4, '马建国', [holds('floor_supervisor', 1800, 45)], { active: false }),
  staff(5, '陈静', [holds('office_clerk', 1100)], { login: 'office_clerk' }),
  staff(6, '杨帆', [holds('office_clerk', 400)]),
  staff(7, '黄丽娟', [holds('archive_clerk', 900)], { login: 'archive_clerk' }),
  staff(8, '周婷', [holds('hall_clerk', 800)], { login: 'hall_clerk' }),
  staff(9, '吴雪', [holds('hall_clerk', 500)]),
  staff(10, '徐磊', [holds('hall_clerk', 150)]),
  staff(11, '孙丽', [holds('floor_clerk', 1000), { position: 'floor_supervisor', startsDaysAgo: 45, acting: true }], {
    login: 'floor_supervisor',
  }),
  staff(12, '胡斌', [holds('floor_clerk', 700)], { login: 'floor_clerk' }),
  staff(13, '朱琳', [holds('floor_clerk', 300)]),
  // Promoted from driver to team leader.
  staff(14, '赵强', [holds('cart_driver', 1400, 260), holds('cart_captain', 260)], { login: 'cart_captain' }),
  staff(15, '郭鹏', [holds('cart_driver', 600)], { login: 'cart_driver' }),
  staff(16, '何军', [holds('cart_driver', 420)]),
  staff(17, '高翔', [holds('cart_driver', 250)]),
  staff(18, '林涛', [holds('cart_driver', 90)]),
  staff(19, '罗敏', [holds('hall_clerk', 1200, 500)], { active: false }),
  staff(20, '郑浩', [holds('cart_driver', 1100, 430)], { active: false }),
  staff(21, '梁晓燕', [holds('floor_clerk', 950, 20)], { active: false }),
  staff(22, '宋文', [holds('office_clerk', 1000, 400)], { active: false }),
  staff(23, '谢志刚', [holds('cart_driver', 700, 255)], { active: false }),
  staff(24, '韩雪梅', []),
  staff(25, '唐磊', []),
];

const merchant = (no: number, name: string, shopName: string, shopUnit: string, trade: string): DemoMerchant => ({
  username: `merchant${no}`,
  name,
  shopName,
  shopUnit,
  trade,
  phone: `13800002${String(no).padStart(3, '0')}`,
});

/** Shops of the building-materials market. */
const MERCHANTS: DemoMerchant[] = [
  merchant(1, '刘志强', '鑫源瓷砖', 'A1-018', '瓷砖'),
  merchant(2, '陈美玲', '美居卫浴', 'A1-026', '卫浴'),
  merchant(3, '王海涛', '华彩灯饰', 'A2-103', '灯饰'),
  merchant(4, '赵建军', '森宝实木地板', 'B1-012', '地板'),
  merchant(5, '黄晓梅', '佳和整体橱柜', 'B1-035', '橱柜'),
  merchant(6, '周国庆', '金盾门窗', 'B2-007', '门窗'),
  merchant(7, '吴丽华', '彩虹环保涂料', 'C1-021', '涂料'),
  merchant(8, '郑伟明', '恒达五金', 'C1-044', '五金'),
  merchant(9, '孙雅琴', '雅居家具', 'D1-101', '家具'),
  merchant(10, '冯春燕', '锦绣窗帘布艺', 'D2-016', '窗帘'),
];

/** 业主: own shop units in the market and lease them out. */
const OWNERS: DemoOwner[] = [
  { username: 'owner1', name: '钱正华', shopUnit: 'B2-118', phone: '13800003001' },
  { username: 'owner2', name: '曹淑芬', shopUnit: 'C2-209', phone: '13800003002' },
  { username: 'owner3', name: '彭立新', shopUnit: 'D1-105', phone: '13800003003' },
];

/** Shoppers: they call or walk in, and have no portal account. */
const CUSTOMERS: DemoCustomer[] = [
  '李明', '王芳', '张丽娜', '刘强', '陈磊', '杨洋', '赵敏', '黄勇', '周杰', '吴娜', '徐涛', '孙静', '马超', '朱红', '胡亮',
].map((name, i) => ({ name, phone: `13800004${String(i + 1).padStart(3, '0')}` }));

/** The engineering department's duty desk answers the relays sent to it. 138 0000 5xxx are fake. */
const DEPARTMENT_STAFF: DemoDepartmentStaff[] = [
  {
    username: 'engineering',
    name: '邓志成',
    employeeNo: 'GC0001',
    phone: '13800005001',
    department: 'engineering',
    position: { code: 'engineering_desk', title: { zh: '工程维修部值班员', en: 'Engineering duty officer' } },
  },
];

export const DEMO_PEOPLE = {
  staff: STAFF,
  departmentStaff: DEPARTMENT_STAFF,
  merchants: MERCHANTS,
  owners: OWNERS,
  customers: CUSTOMERS,
} as const;
