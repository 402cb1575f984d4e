import type { LocalizedText } from '../shared/localized-text.js';
import type { Authority, DutyGroup, Position, PositionCode, Qualifications, UnitCode, WorkEnvironment } from './position.js';

/**
 * The department as the seed job descriptions describe it (`seeds/002_…`, authorities from
 * `seeds/000_…`). Reference data for every new site: storage seeds from it, the admin app
 * shows it. Chinese is the seed's own wording; English is a faithful translation.
 */
export type PositionTemplate = Omit<Position, 'id' | 'siteId' | 'unitId' | 'reportsTo' | 'code'> & {
  code: PositionCode;
  unit: UnitCode;
  reportsTo: PositionCode[];
};

export type UnitTemplate = { code: UnitCode; name: LocalizedText; parent: UnitCode | null };

const t = (zh: string, en: string): LocalizedText => ({ zh, en });
const group = (fn: LocalizedText, ...duties: LocalizedText[]): DutyGroup => ({ function: fn, duties });
const env = (...shares: [LocalizedText, number][]): WorkEnvironment => shares.map(([place, share]) => ({ place, share }));

export const UNIT_CATALOGUE: readonly UnitTemplate[] = [
  { code: 'department', name: t('客户服务部', 'Customer service department'), parent: null },
  { code: 'merchant_service', name: t('商户服务部', 'Merchant service centre'), parent: 'department' },
  { code: 'floor_service', name: t('卖场客户服务中心', 'Sales-floor service centre'), parent: 'department' },
  { code: 'shuttle_team', name: t('导购车辆队', 'Shuttle-cart team'), parent: 'department' },
];

// Functions (职能) used across the descriptions.
const F = {
  business: t('业务管理', 'Business management'),
  department: t('部门管理', 'Department management'),
  assisting: t('协助管理', 'Assisting management'),
  reception: t('客户接待', 'Customer reception'),
  serviceReception: t('客服接待', 'Customer-service reception'),
  complaints: t('投诉受理', 'Complaint handling'),
  letters: t('信函分发', 'Letter distribution'),
  custody: t('物品保管', 'Custody of items'),
  enquiries: t('信息咨询', 'Information and enquiries'),
  registration: t('登记备案', 'Registration and records'),
  archives: t('档案管理', 'Archive management'),
  image: t('形象宣传', 'Image and promotion'),
  driving: t('安全驾驶', 'Safe driving'),
  vehicles: t('车辆维护', 'Vehicle maintenance'),
  statistics: t('信息统计', 'Information statistics'),
  other: t('其他', 'Other'),
};

// Managers share the seed's knowledge and skill requirements word for word.
const MANAGER_KNOWLEDGE: LocalizedText[] = [
  t('非常熟悉现代礼仪管理知识', 'Thorough knowledge of modern etiquette management'),
  t(
    '熟悉国内外大中型建材市场的结构体系,熟悉各类建材厂商的产品类型及经营模式,先进的管理理念、战略观念,熟悉现代营销理论',
    'Familiar with how large and medium building-materials markets at home and abroad are structured, with the product types and business models of building-materials manufacturers, with advanced management and strategic thinking, and with modern marketing theory',
  ),
  t(
    '全面理解公司的发展远景,熟悉公司的业务整体运作流程及制度,熟悉公司各部门的职能、职责、职权',
    "Full understanding of the company's vision; familiar with its overall business processes and rules and with the functions, duties and authorities of each department",
  ),
  t('熟悉建材行业及市场基本运营模式', 'Familiar with the building-materials trade and how markets basically operate'),
  t('了解财务、法律等方面的相关知识', 'Working knowledge of finance, law and related fields'),
];
const MANAGER_ABILITIES: LocalizedText[] = [
  t('很强的客户沟通协调能力', 'Very strong customer communication and coordination'),
  t('很强的计划管理能力,能有效制定本部门相关制度及流程并督导实施', "Very strong planning: able to draw up the department's rules and procedures and see them carried out"),
  t('很强的组织实施能力,能有效完成本部门的各项工作', "Very strong execution: able to get all of the department's work done"),
  t(
    '很强的协调能力和沟通能力,能有效处理日常管理工作出现的问题,培训及引导员工有效完成本职工作',
    'Very strong coordination and communication: handles day-to-day management problems, trains and guides staff to do their jobs well',
  ),
  t('敏捷观察、系统思维、准确判断、果断处事、很强的适应和应变能力', 'Quick observation, systematic thinking, sound judgement, decisiveness, strong adaptability'),
];
const MANAGER_GENERAL_SKILLS: LocalizedText[] = [
  t('很强的写作技能,能准确有效地完成工作计划、总结以及相关文件的编制、修改工作', 'Very strong writing: drafts and revises work plans, summaries and related documents accurately'),
  t(
    '熟练掌握计算机使用技能,能运用网络和办公软件,顺利完成各项文件的编制、管理,进行工作相关信息的搜集整理等',
    'Proficient with computers, the internet and office software for preparing and managing documents and gathering work information',
  ),
];
const MANAGER_QUALITIES: LocalizedText[] = [
  t('敬业精神强', 'Strong dedication'),
  t('职业道德高尚', 'High professional ethics'),
  t('团队精神和主动性强', 'Strong team spirit and initiative'),
];
const STAFF_QUALITIES: LocalizedText[] = [t('具备工作热情、责任心', 'Enthusiasm and a sense of responsibility'), ...MANAGER_QUALITIES];
const CLERK_GENERAL_SKILLS: LocalizedText[] = [
  t('基本的写作技能', 'Basic writing skills'),
  t(
    '掌握计算机及网络和办公软件,顺利完成各项文件的编制、管理,进行工作相关信息的搜集整理和沟通等',
    'Uses computers, the internet and office software to prepare and manage documents and gather and share work information',
  ),
];
const CART_KNOWLEDGE: LocalizedText[] = [
  t('非常熟悉卖场位置', 'Knows the sales floors and their layout thoroughly'),
  t('熟悉电瓶导购车的使用和维护基本常识', 'Knows the basics of operating and maintaining electric shuttle carts'),
  t('了解各卖场内知名品牌', 'Knows the well-known brands on each sales floor'),
];
const CART_ABILITIES: LocalizedText[] = [
  t('较强的导购车辆驾驶技能,用过硬的技术为顾客提供良好的乘车环境', 'Good cart-driving skills that give shoppers a comfortable ride'),
  t('较强的沟通协调能力,与顾客达成良好沟通,正确导购', 'Good communication with shoppers, guiding them correctly'),
];
const OFFICE_MARKET = env([t('办公室', 'Office'), 40], [t('市场', 'Market'), 60]);

// Sales-floor clerk and service-hall clerk share their enquiry, registration and other duties.
const HALL_RECEPTION = group(
  F.serviceReception,
  t('负责客户的接待工作,为客户提供良好咨询、导购的服务', 'Receive customers and give them good advice and shopping guidance'),
  t('接听电话及转接,信息的传达,信息登记反馈工作', 'Answer and transfer calls; relay, register and report back on information'),
  t('分发赠券、赠品,开会员卡,配合相关宣传的资料发送工作及相关汇总反馈工作', 'Hand out vouchers and gifts, issue membership cards, distribute promotional material and summarise and report on it'),
  t('退换货受理及全程导购工作', 'Accept returns and exchanges and guide the customer through the whole process'),
);
const HALL_COMPLAINTS = group(
  F.complaints,
  t(
    '电话投诉,现场投诉接待受理工作,若自己现场不能解决的,要及时传递给相关负责人进行解决,并跟踪到底',
    'Receive and accept phone and on-site complaints; what cannot be solved on the spot is passed promptly to the person responsible and tracked to the end',
  ),
);
const HALL_ENQUIRIES = group(
  F.enquiries,
  t('负责客户对市场基础信息咨询服务工作', "Answer customers' enquiries about basic market information"),
  t('负责客户购物咨询服务工作', "Answer customers' shopping enquiries"),
  t('对客户、商户电话咨询、现场咨询受理接待工作及登记反馈工作', 'Accept, register and answer phone and on-site enquiries from customers and merchants'),
  t('负责客户招商咨询服务工作', "Answer customers' leasing enquiries"),
);
const REGISTRATION_HEAD: LocalizedText[] = [
  t('负责接待信息的分类登记', 'Register reception information by category'),
  t('负责客户投诉信息整理、分析、建立档案', 'Organise and analyse customer-complaint information and keep complaint files'),
  t('负责保险卡服务反馈表的办理、发放工作,录入客户信息、建立客户档案', 'Process and issue service insurance cards and feedback forms, enter customer information and keep customer files'),
  t(
    '定期、不定期的电话回访监督工作,监督了解相关服务人员的服务质量,出现问题及时协调解决,并作好回访信息的登记、统计、分析、反馈工作',
    'Make regular and ad-hoc follow-up calls to check the service quality of the staff concerned, resolve problems promptly, and register, count, analyse and report follow-up information',
  ),
];
const REGISTRATION_TAIL: LocalizedText[] = [
  t('对客户物流配送需求的登记,信息传达到物流部进行物流服务工作的安排', "Register customers' delivery requests and relay them to the logistics department for scheduling"),
  t('对客户技术服务需求的登记,信息传达到技术部进行技术服务工作的安排', "Register customers' technical-service requests and relay them to the technical department for scheduling"),
  t('定期开展顾客满意度、商户满意度调查', 'Run customer and merchant satisfaction surveys periodically'),
];
const HALL_OTHER = group(
  F.other,
  t('配合卖场的促销活动', 'Support sales-floor promotions'),
  t('配合招商人员并引导客户与之洽谈', 'Support the leasing staff and bring prospective tenants to them'),
  t('根据实际情况协调好顾客、厂家和商场之间的关系', 'Keep relations between shoppers, manufacturers and the mall in good order as circumstances require'),
  t(
    '负责工作区域内的物品安全、卫生工作;保证管辖区域看不到与工作无关的物品,办公用品摆放整齐',
    'Keep the work area safe and clean, free of unrelated items, with office supplies in order',
  ),
  t('完成上级交办的其他临时性工作', 'Carry out other ad-hoc tasks assigned by superiors'),
  t('按商户服务部主管的日常目标工作计划开展日常工作', "Work to the merchant-service supervisor's daily targets and plans"),
  t('积极参加商户服务部服务人员的组织培训,贯彻公司服务精神、提高业务素质、服务水准', "Take part in the merchant-service centre's staff training, live the company's service ethos and raise skills and service standards"),
  t('认真实施落实公司及客服部各项规范、流程、制度、标准、表单和相关管理规定', "Apply the company's and the department's norms, procedures, rules, standards, forms and regulations conscientiously"),
  t('对其他部门传达的信息及时受理反馈', 'Accept and respond promptly to information relayed by other departments'),
  t('对商户反映的信息及时反馈到相关部门进行解决并反馈给部门主管', "Pass merchants' reports promptly to the department concerned for resolution and report back to the supervisor"),
);
const HALL_QUALIFICATIONS: Qualifications = {
  education: t('中专以上,专业不限', 'Vocational secondary school or above, any major'),
  experience: t('1年以上相关工作经验', 'At least 1 year of relevant experience'),
  knowledge: [
    t('非常熟悉礼仪、礼节相关知识', 'Thorough knowledge of etiquette and manners'),
    t('熟悉卖场内各个品牌', 'Knows the brands on the sales floor'),
    t('了解客户信息', 'Knows the customers'),
  ],
  skills: [
    t('具备较强语言沟通能力和服务意识', 'Good verbal communication and service attitude'),
    t('一定的应变能力', 'Some ability to adapt'),
    t('树立卖场良好的服务形象', 'Builds a good service image for the sales floor'),
    t('一定的计算机应用技能', 'Some computer skills'),
    t('一定的写作能力', 'Some writing ability'),
    ...STAFF_QUALITIES,
  ],
};

const MANAGER_PERSONNEL_SUBJECT = t('部门员工岗位调整、人事任免', 'Transfers and appointments of department staff');
const SUPERVISOR_AUTHORITIES: Authority[] = [
  { verb: 'propose', domain: 'business', subject: t('公司的客服体系', "The company's customer-service system") },
  { verb: 'oversee', domain: 'business', subject: t('公司客服标准的实施', "Implementation of the company's service standards") },
];

export const POSITION_CATALOGUE: readonly PositionTemplate[] = [
  {
    code: 'director',
    title: t('客户服务部经理', 'Director of customer service'),
    unit: 'department',
    // 直接上级 is the marketing director (市场总监), outside the department.
    reportsTo: [],
    headcount: 1,
    purpose: t(
      '负责客户服务部的整体运营,主要包括公司卖场商户服务及客户的售前、售中、售后服务,导购车辆导购服务等,全面工作的开展。',
      "Runs the customer-service department as a whole: service to the mall's merchants, pre-sale, in-sale and after-sale service to customers, the shuttle-cart guide service and all other work of the department.",
    ),
    duties: [
      group(
        F.business,
        t('督导来电、来访人员的接待工作', 'Supervise the reception of callers and visitors'),
        t('督导公司电话总机的接听、转接、留言记录等服务工作及文件、报纸、信函的收发整理工作', "Supervise the switchboard (answering, transferring, taking messages) and the handling of documents, newspapers and letters"),
        t(
          '督导商户、顾客来电、来访投诉正确受理,并对投诉处理工作过程跟踪监督及重大投诉的受理工作',
          'Ensure complaints from merchants and customers by phone or in person are accepted correctly, track and oversee their handling, and take major complaints personally',
        ),
        t('督导相关人员对意见客户、商户的定时回访并建立和分析投诉档案', 'Ensure timely follow-up of dissatisfied customers and merchants, and that complaint files are kept and analysed'),
        t('负责定期对本部门统计的信息及顾客投诉情况进行分析总结,并反馈到公司相关部门', "Regularly analyse and summarise the department's statistics and customer complaints and report them to the departments concerned"),
        t('督导卖场客流的统计,并组织定期开展顾客满意度、商户满意度调查', 'Supervise sales-floor passenger-flow counts and organise periodic customer and merchant satisfaction surveys'),
        t('督导公司信息和销售活动的宣传和促销工作', 'Supervise the publicity and promotion of company information and sales campaigns'),
        t('督导公司导购车辆的安全驾驶、定时检查、保养和维修工作', 'Supervise safe driving, scheduled inspection, maintenance and repair of the shuttle carts'),
        t(
          '负责制订本商场相关的服务标准,服务管理制度、服务流程及对本部门人员岗位工作的实施监督检查',
          "Set the mall's service standards, service rules and procedures, and inspect how the department's staff carry out their jobs",
        ),
        t('负责定期对本部门员工及商户服务人员组织培训工作,提高业务素质、服务水准和管理水平', "Organise regular training of the department's staff and merchants' service staff to raise skills, service and management standards"),
        t('对客服部内部各部门之间的工作协调及问题受理', 'Coordinate work and take up problems between the units of the department'),
      ),
      group(
        F.department,
        t('制定部门年度、季度、月度工作计划,分解计划并组织实施,定期完成工作总结', 'Draw up yearly, quarterly and monthly plans, break them down, carry them out and summarise regularly'),
        t('定期组织部门例会与工作述职会', 'Hold regular department meetings and work-report meetings'),
        t('拟定本部门财务预算计划,管理各项费用的支出', "Draft the department's budget and manage its spending"),
        t('对客服部内部各部门之间的工作协调及问题受理,负责部门内固定资产的管理', "Coordinate between the department's units and manage the department's fixed assets"),
        t('协调客服部与公司其他各部门之间的工作衔接和配合关系', 'Coordinate hand-offs and cooperation between customer service and the other departments'),
        t('部门相关文件资料的归档整理', "File and organise the department's documents"),
        t('配合人力资源部进行部门人员的招聘、考核及内部提升培训', 'Work with human resources on recruiting, appraising and developing department staff'),
      ),
      group(F.other, t('完成上级交办的其他临时性工作', 'Carry out other ad-hoc tasks assigned by superiors')),
    ],
    kpis: [
      t('部门投诉率', 'Department complaint rate'),
      t('服务问题率', 'Service-problem rate'),
      t('有效投诉次数', 'Number of valid complaints'),
      t('团队管理', 'Team management'),
    ],
    authorities: [
      { verb: 'propose', domain: 'business', subject: t('公司客户服务战略规划', "The company's customer-service strategy") },
      { verb: 'approve', domain: 'business', subject: t('本部门内部制度建设', "The department's internal rules") },
      { verb: 'propose', domain: 'expenses', subject: t('本部门的费用支出', "The department's spending") },
      { verb: 'review', domain: 'expenses', subject: t('本部门年度预算内费用(初步审核)', "In-budget spending of the department (initial review)") },
      { verb: 'appraise', domain: 'personnel', subject: t('部门员工绩效', 'Performance of department staff') },
      { verb: 'propose', domain: 'personnel', subject: MANAGER_PERSONNEL_SUBJECT },
      { verb: 'review', domain: 'personnel', subject: MANAGER_PERSONNEL_SUBJECT },
    ],
    qualifications: {
      education: t('本科,专业不限', "Bachelor's degree, any major"),
      experience: t('5年以上客户服务相关工作经验,3年以上管理工作经验', '5+ years in customer service, 3+ years in management'),
      knowledge: MANAGER_KNOWLEDGE,
      skills: [
        ...MANAGER_ABILITIES,
        t('学习及创新能力', 'Learning and innovation'),
        ...MANAGER_GENERAL_SKILLS,
        ...MANAGER_QUALITIES,
        t('前瞻性并能知人善任', 'Foresight; knows people and puts them in the right place'),
      ],
    },
    workEnvironment: OFFICE_MARKET,
  },
  {
    code: 'deputy',
    title: t('客户服务部副经理', 'Deputy manager of customer service'),
    unit: 'department',
    reportsTo: ['director'],
    headcount: 1,
    purpose: t(
      '配合客服部经理负责客户服务部的运营工作,主要包括公司卖场商户服务及客户的售前、售中、售后服务,导购车辆导购服务等,全面工作的开展。',
      "Works with the director to run the department: service to the mall's merchants, pre-sale, in-sale and after-sale service to customers, the shuttle-cart guide service and all other work of the department.",
    ),
    duties: [
      group(
        F.business,
        t('协助客服部经理督导卖场前台来电、来访人员的接待工作及信息反馈工作', "Help the director supervise the front desk's reception of callers and visitors and its reporting back"),
        t(
          '协助客服部经理督导商户、顾客来电、来访投诉正确受理,并对投诉处理工作过程跟踪监督及重大投诉的受理工作',
          'Help the director ensure complaints are accepted correctly, track and oversee their handling, and take major complaints',
        ),
        t('协助客服部经理督导进行意见客户、商户的定时回访并建立和分析投诉档案', 'Help the director ensure timely follow-up of dissatisfied customers and merchants and the keeping and analysis of complaint files'),
        t('协助客服部经理督导卖场客流的统计,并组织定期开展顾客满意度、商户满意度调查', 'Help the director supervise passenger-flow counts and organise periodic satisfaction surveys'),
        t('协助客服部经理督导公司信息和销售活动的宣传和促销工作', 'Help the director supervise publicity and promotion of company information and sales campaigns'),
        t('协助客服部经理督导公司导购车辆的安全驾驶工作,督导导购车辆的定时检查、保养和维修', 'Help the director supervise safe driving and the scheduled inspection, maintenance and repair of the shuttle carts'),
        t(
          '协助客服部经理负责制订本商场相关的服务标准,服务管理制度、服务流程及对本部门人员岗位工作的实施监督检查',
          "Help the director set service standards, rules and procedures and inspect how the department's staff carry out their jobs",
        ),
        t('协助客服部经理负责对本部门员工及商户的组织培训工作,提高业务素质、服务水准和管理水平', 'Help the director organise training of department staff and merchants'),
        t('协助客服部经理对客服部内部各部门之间的工作协调及问题受理', "Help the director coordinate and take up problems between the department's units"),
        t('协助客服部经理协调客服部与公司其他各部门之间的工作衔接和配合关系', 'Help the director coordinate with the other departments of the company'),
      ),
      group(
        F.department,
        t('协助客服部经理制定部门年度、季度、月度工作计划,分解计划并组织实施,定期完成工作总结', 'Help the director draw up, break down and carry out yearly, quarterly and monthly plans and summarise regularly'),
        t('协助客服部经理定期组织部门例会与工作述职会', 'Help the director hold department meetings and work-report meetings'),
        t('协助客服部经理拟定本部门财务预算计划,管理各项费用的支出', 'Help the director draft the budget and manage spending'),
        t('协助客服部经理负责部门内固定资产的管理', "Help the director manage the department's fixed assets"),
        t('协助客服部经理部门相关文件资料的归档整理', "Help the director file the department's documents"),
        t('协助客服部经理配合人力资源部进行部门人员的招聘、考核及内部提升培训', 'Help the director work with human resources on recruiting, appraising and developing staff'),
      ),
      group(F.other, t('负责完成公司及客服部经理下达的各项工作', 'Carry out all tasks given by the company and the director')),
    ],
    kpis: [
      t('服务问题率', 'Service-problem rate'),
      t('所属下级的有效投诉率', "Subordinates' valid-complaint rate"),
      t('个人有效投诉次数', 'Own number of valid complaints'),
      t('团队管理', 'Team management'),
    ],
    // A subset of the director's: the deputy proposes and appraises but approves nothing.
    authorities: [
      { verb: 'propose', domain: 'business', subject: t('公司客户服务战略规划', "The company's customer-service strategy") },
      { verb: 'propose', domain: 'expenses', subject: t('本部门的费用支出', "The department's spending") },
      { verb: 'appraise', domain: 'personnel', subject: t('部门员工绩效', 'Performance of department staff') },
      { verb: 'propose', domain: 'personnel', subject: MANAGER_PERSONNEL_SUBJECT },
    ],
    qualifications: {
      education: t('本科,专业不限', "Bachelor's degree, any major"),
      experience: t('3年以上客户服务相关工作经验,2年以上管理工作经验', '3+ years in customer service, 2+ years in management'),
      knowledge: MANAGER_KNOWLEDGE,
      skills: [
        ...MANAGER_ABILITIES,
        t('学习及创新能力', 'Learning and innovation'),
        ...MANAGER_GENERAL_SKILLS,
        ...MANAGER_QUALITIES,
        t('前瞻性并能知人善任', 'Foresight; knows people and puts them in the right place'),
      ],
    },
    workEnvironment: OFFICE_MARKET,
  },
  {
    code: 'merchant_supervisor',
    title: t('商户客服主管', 'Merchant-service supervisor'),
    unit: 'merchant_service',
    reportsTo: ['director', 'deputy'],
    headcount: 1,
    purpose: t('配合客服部经理及副经理负责对商户服务部的全面服务管理工作。', 'Works with the director and the deputy to manage all service work of the merchant service centre.'),
    duties: [
      group(
        F.department,
        t('编制商户服务部的周工作计划及日常工作计划,并分解落实到人', "Draw up the centre's weekly and daily work plans and assign them to individuals"),
        t('督导公司本部门前台及服务大厅服务人员对来电、来访人员的接待及信息反馈工作', 'Supervise how front-desk and service-hall staff receive callers and visitors and report back'),
        t(
          '协助本部门前台及服务大厅服务人员对商户、顾客来电、来访投诉的正确受理及传达跟踪反馈回访工作,并对重大投诉的直接参与受理,并及时上报反馈到相关部门进行处理。事后进行总结建立和分析投诉档案并反馈到客服经理处',
          'Help front-desk and hall staff accept, relay, track, report on and follow up complaints correctly; take part directly in major complaints and report them promptly to the departments concerned; afterwards summarise, keep and analyse complaint files and report to the director',
        ),
        t('督导部门前台及服务大厅服务人员对公司每次促销活动的信息详细登记并总结分析上报到客服经理处', 'Ensure front-desk and hall staff register every promotion in detail, summarise and analyse it, and report to the director'),
        t('及时收集各卖场前台受理的商户投诉和服务申请,传递到相关部门并监督解决', 'Collect merchant complaints and service requests taken at the sales-floor desks promptly, pass them to the departments concerned and see them resolved'),
        t('负责对公司及客服部各项管理流程制度及商户服务部人员岗位职责的实施监督检查', "Inspect how the company's and department's procedures and the centre's job duties are carried out"),
        t('负责对商户服务部与其他各部门之间的工作协调', 'Coordinate the centre with other departments'),
        t('和商户服务部人员一并作好商户服务部的日常服务工作', "Do the centre's day-to-day service work together with its staff"),
        t('对本部门人员定期开会,总结协调解决工作中的问题,并把会议结果及时上报客服经理', 'Meet the staff regularly, resolve problems and report the results to the director promptly'),
        t('负责对商户服务部服务人员的组织培训工作,提高业务素质、服务水准', "Organise training of the centre's service staff"),
        t('负责对导购车辆服务队伍的日常管理工作', 'Manage the shuttle-cart team day to day'),
        t('协助服务前台做好市场中心的后勤保障工作', "Help the front desk with the market centre's back-office support"),
        t('协助档案员做好档案建立及管理工作', 'Help the archive clerk build and manage the archives'),
        t('协助服务人员做好21条商户服务工作', 'Help the staff deliver the 21 merchant services'),
        t('负责所管辖工作区域的工作环境和设施安全', 'Be responsible for the working environment and safety of facilities in the area'),
        t('负责商务会所的全面服务工作', 'Run all services of the business club'),
      ),
      group(
        F.assisting,
        t('协助客服部经理制定部门年度、季度、月度工作计划,分解计划并组织实施,定期完成工作总结', 'Help the director with yearly, quarterly and monthly plans and summaries'),
        t('协助客服部经理定期组织客服部部门例会与工作述职会', 'Help the director hold department meetings and work-report meetings'),
        t('协助客服部经理拟定整个客服部财务预算计划,管理各项费用的支出', "Help the director draft the whole department's budget and manage spending"),
        t('协助客服部经理负责整个客服部部门内固定资产的管理', "Help the director manage the department's fixed assets"),
        t('协助客服部经理对整个客服部部门相关文件资料的归档整理', "Help the director file the department's documents"),
        t('协助客服部经理配合人力资源部进行部门人员的招聘、考核及内部提升培训', 'Help the director work with human resources on recruiting, appraising and developing staff'),
        t('协助客服部经理的日常行政文秘工作', "Help with the director's day-to-day administrative and secretarial work"),
      ),
      group(F.other, t('负责完成公司及客服部经理下达的各项工作', 'Carry out all tasks given by the company and the director')),
    ],
    kpis: [
      t('商户、客户满意度', 'Merchant and customer satisfaction'),
      t('市场中心后勤保障工作质量', 'Quality of back-office support to the market centre'),
      t('有效投诉次数', 'Number of valid complaints'),
      t('团队管理', 'Team management'),
    ],
    authorities: SUPERVISOR_AUTHORITIES,
    qualifications: {
      education: t('本科,专业不限', "Bachelor's degree, any major"),
      experience: t('3年以上客户服务相关工作经验,2年以上管理工作经验', '3+ years in customer service, 2+ years in management'),
      knowledge: MANAGER_KNOWLEDGE,
      skills: [
        ...MANAGER_ABILITIES,
        t('学习及创新能力', 'Learning and innovation'),
        ...MANAGER_GENERAL_SKILLS,
        ...MANAGER_QUALITIES,
        t('前瞻性并能知人善任', 'Foresight; knows people and puts them in the right place'),
      ],
    },
    workEnvironment: OFFICE_MARKET,
  },
  {
    code: 'floor_supervisor',
    title: t('卖场客服主管', 'Sales-floor service supervisor'),
    unit: 'floor_service',
    // Also reports to the floor's 卖场经理, who is outside the department.
    reportsTo: ['deputy'],
    headcount: 1,
    purpose: t('配合客服部副经理负责客服人员管理、配合卖场经理开展客户服务的全面工作。', 'Works with the deputy to manage the service staff, and with the floor manager on all customer-service work of the floor.'),
    duties: [
      group(
        F.department,
        t('编制客户服务中心的周工作计划和日常目标工作计划,并分解落实到人', "Draw up the service centre's weekly plans and daily targets and assign them to individuals"),
        t(
          '负责对客户服务中心服务人员及商户服务人员的组织培训工作,贯彻公司服务精神、提高业务素质、服务水准;落实服务中心人员岗位职责',
          "Organise training of the centre's staff and merchants' service staff to spread the company's service ethos and raise standards; see that the centre's job duties are carried out",
        ),
        t('负责对公司及客服部各项规范、流程、制度、标准和相关管理制度实施监督检查', "Inspect how the company's and department's norms, procedures, rules and standards are carried out"),
        t('负责监督落实卖场内的导示设施、资料的到位摆放情况', 'See that signage and printed material on the floor are in place'),
        t('负责工作区域的工作环境和设施安全', 'Be responsible for the working environment and safety of facilities in the area'),
        t(
          '根据市场变化对相关规范、流程、制度、标准提出修改调整意见,补充完善管理工具;并及时上报卖场经理及客服经理',
          'Propose changes to norms, procedures, rules and standards as the market changes, improve management tools, and report promptly to the floor manager and the director',
        ),
        t('负责对客户服务中心与其他各部门之间的工作协调', 'Coordinate the service centre with other departments'),
        t('协助客服部经理督导服务人员对公司信息的传播,促销活动的宣传、咨询和促销礼品发放、客流统计等工作', 'Help the director supervise staff in spreading company information, promoting campaigns, answering enquiries, handing out gifts and counting passenger flow'),
        t('协助服务人员对顾客及商户的投诉问题进行受理、解决、传达、跟踪,并及时反馈给相关部门、卖场经理及客服部经理', "Help the staff accept, resolve, relay and track customers' and merchants' complaints and report promptly to the departments concerned, the floor manager and the director"),
        t('负责对客户服务中心收集的信息及顾客投诉情况进行统计分析总结,并反馈给卖场经理、客服经理及其他相关部门', "Count, analyse and summarise the centre's information and customer complaints and report to the floor manager, the director and other departments"),
        t('和客户服务中心人员一并作好客户服务中心的日常服务工作', "Do the centre's day-to-day service work together with its staff"),
        t('对其他部门传达的信息及时受理反馈', 'Accept and respond promptly to information relayed by other departments'),
        t('协助服务人员做好对顾客的咨询导购工作', 'Help the staff advise and guide shoppers'),
        t('协助服务人员为顾客办理服务保险卡、收发服务反馈表、建立客户档案、监督商户服务人员的服务过程', "Help the staff issue service insurance cards, hand out and collect feedback forms, keep customer files and oversee merchants' service staff"),
        t('协助服务人员配合物流技术部做好售后服务工作', 'Help the staff support the logistics and technical departments in after-sale service'),
        t('对商户反映的信息及时反馈到相关部门进行解决并反馈到商户服务中心', "Pass merchants' reports promptly to the departments concerned and report back to the merchant service centre"),
        t('定期组织部门人员进行工作总结协调会,认真做好总结并反馈问题到客服经理及卖场经理处', 'Hold regular review meetings, summarise carefully and report problems to the director and the floor manager'),
        t('配合服务人员做好卖场经理安排的其他客户服务工作', 'Support the staff in other service work set by the floor manager'),
      ),
      group(F.other, t('负责完成公司及客服副经理下达的其他临时性工作', 'Carry out other ad-hoc tasks given by the company and the deputy')),
    ],
    kpis: [
      t('客户满意度', 'Customer satisfaction'),
      t('满意度调查完成率', 'Satisfaction-survey completion rate'),
      t('有效投诉次数', 'Number of valid complaints'),
      t('团队管理', 'Team management'),
    ],
    authorities: SUPERVISOR_AUTHORITIES,
    qualifications: {
      education: t('专科,专业不限', 'College diploma, any major'),
      experience: t('2年以上客户服务相关工作经验,1年以上管理工作经验', '2+ years in customer service, 1+ year in management'),
      knowledge: [MANAGER_KNOWLEDGE[0]!, MANAGER_KNOWLEDGE[1]!, MANAGER_KNOWLEDGE[3]!, MANAGER_KNOWLEDGE[4]!],
      skills: [...MANAGER_ABILITIES, ...MANAGER_GENERAL_SKILLS, ...MANAGER_QUALITIES],
    },
    workEnvironment: env([t('市场', 'Market'), 100]),
  },
  {
    code: 'office_clerk',
    title: t('办公前、后台客服', 'Front/back-office clerk'),
    unit: 'merchant_service',
    reportsTo: ['merchant_supervisor'],
    headcount: 2,
    purpose: t(
      '负责公司来电来客的接待及信息登记、反馈工作,办公区后勤服务工作,商户服务工作,树立公司良好的服务形象。',
      "Receives the company's callers and visitors and registers and reports back on their information; provides back-office services for the office area and services to merchants; builds a good service image for the company.",
    ),
    duties: [
      group(
        F.reception,
        t('接听并转接集团电话,并及时分类登记客户信息', "Answer and transfer the group's calls and register customer information by category promptly"),
        t('接待客户来访,负责登记与引导工作', 'Receive visitors, register and guide them'),
        t(
          '商户直接电话投诉、现场投诉、客户服务中心反馈的商户投诉受理传达工作,并及时反馈给上级领导及其他相关部门,客户服务事项办理',
          'Accept and relay merchant complaints made by phone, in person or passed on by the service centre, report promptly to superiors and other departments, and handle service matters',
        ),
        t(
          '协调好商户与公司之间的关系,定期不定期的进行商户的拜访工作,以及根据需要组织商户进行一些有益于促进商户与公司之间关系的公益活动',
          'Keep relations between merchants and the company good: visit merchants regularly and ad hoc, and organise community activities that bring them closer',
        ),
        t('对商户定期不定期的进行组织培训工作', 'Organise training for merchants regularly and ad hoc'),
        t('对各部门搜集的商户信息进行建档备案,并汇总,分析,反馈', 'File the merchant information collected by the departments, and summarise, analyse and report it'),
        t('认真落实商户服务部的日常工作计划', "Carry out the merchant service centre's daily work plan"),
        t('对公司每次促销活动的信息详细登记并总结分析上报到主管处', 'Register every promotion in detail, summarise and analyse it and report to the supervisor'),
        t('及时收集各卖场前台受理的商户投诉和服务申请,传递到相关部门并监督解决', 'Collect merchant complaints and service requests taken at the sales-floor desks promptly, pass them on and see them resolved'),
        t('认真落实公司及客服部各项管理流程制度及商户服务部人员的岗位职责', "Apply the company's and department's procedures and the centre's job duties"),
        t('认真学习商户服务部所组织的培训工作,提高业务素质、服务水准', "Take the centre's training seriously and raise skills and service standards"),
        t('做好市场中心的日常后勤保障工作', "Provide the market centre's day-to-day back-office support"),
        t('做好认真做好21条商户服务工作', 'Deliver the 21 merchant services'),
        t('负责所管辖工作区域的工作环境和设施安全', 'Be responsible for the working environment and safety of facilities in the area'),
      ),
      group(F.complaints, t('受理、反馈、跟踪、回访客户投诉,整理、分析、备案客户投诉信息', 'Accept, respond to, track and follow up customer complaints; organise, analyse and file complaint information')),
      group(F.letters, t('分发信函、记录结果', 'Distribute letters and record the outcome')),
      group(F.custody, t('负责督促收发导购人员的车辆钥匙和播音磁带,并妥善保存', "Issue and take back the cart guides' vehicle keys and broadcast tapes and keep them safe")),
      group(
        F.other,
        t('配合各部门促销活动及公司活动的宣传及客户电话咨询的传达工作', "Support departments' promotions and company events, and relay customers' phone enquiries"),
        t('完成上级交办的其他临时性工作', 'Carry out other ad-hoc tasks assigned by superiors'),
      ),
    ],
    kpis: [
      t('有效投诉次数', 'Number of valid complaints'),
      t('来客准时接待率', 'On-time reception rate'),
      t('信息传递准确率', 'Information-relay accuracy'),
      t('客户意见定时回访率', 'On-time follow-up rate on customer feedback'),
      t('个人管理', 'Self-management'),
    ],
    authorities: [],
    qualifications: {
      education: t('专科,专业不限', 'College diploma, any major'),
      experience: t('1年以上相关工作经验', 'At least 1 year of relevant experience'),
      knowledge: [
        t('非常熟悉礼仪、礼节的相关知识', 'Thorough knowledge of etiquette and manners'),
        t('熟悉客户的档案资料', 'Knows the customer files'),
        t('了解市场行业信息', 'Knows the market and the trade'),
      ],
      skills: [t('较强语言沟通能力', 'Good verbal communication'), ...CLERK_GENERAL_SKILLS, ...STAFF_QUALITIES],
    },
    workEnvironment: env([t('办公室', 'Office'), 100]),
  },
  {
    code: 'archive_clerk',
    title: t('客服档案文员', 'Customer-service archive clerk'),
    unit: 'merchant_service',
    reportsTo: ['merchant_supervisor'],
    headcount: 1,
    purpose: t('负责市场中心档案管理工作,客户档案管理。', "Manages the market centre's archives and the customer files."),
    duties: [
      group(
        F.archives,
        t('负责市场管理中心、运营中心各部门档案资料', 'Keep the records of the departments of the market management centre and the operations centre'),
        t('负责市场商户档案资料的保管及更新', 'Keep merchant files safe and up to date'),
        t('协助市场管理中心、运营中心各部门档案移交公司档案室', "Help the departments hand their records over to the company archive"),
        t('负责市场信息的收集、汇总、查询', 'Collect, summarise and look up market information'),
        t('协助商户服务主管做好商户服务工作', 'Help the merchant-service supervisor serve merchants'),
      ),
      group(
        F.other,
        t('完成上级交办的其他临时性工作', 'Carry out other ad-hoc tasks assigned by superiors'),
        t('协助商户服务部主管做好商户服务部的日常工作', "Help the supervisor with the merchant service centre's daily work"),
      ),
    ],
    kpis: [t('有效投诉次数', 'Number of valid complaints'), t('信息传递准确率', 'Information-relay accuracy'), t('个人管理', 'Self-management')],
    authorities: [],
    qualifications: {
      education: t('专科,专业不限', 'College diploma, any major'),
      experience: t('1年以上相关工作经验', 'At least 1 year of relevant experience'),
      knowledge: [
        t('熟悉档案管理的相关知识', 'Knows records management'),
        t('熟悉客户的档案资料', 'Knows the customer files'),
        t('了解市场行业信息', 'Knows the market and the trade'),
      ],
      skills: [t('较强语言沟通能力', 'Good verbal communication'), ...CLERK_GENERAL_SKILLS, ...STAFF_QUALITIES],
    },
    workEnvironment: env([t('办公室', 'Office'), 100]),
  },
  {
    code: 'hall_clerk',
    title: t('服务大厅服务人员', 'Service-hall clerk'),
    unit: 'merchant_service',
    reportsTo: ['merchant_supervisor'],
    headcount: 3,
    purpose: t(
      '负责服务大厅的客户(商户和顾客)日常接待服务、咨询、投诉受理等工作。',
      "Receives, advises and takes complaints from the service hall's customers (merchants and shoppers) day to day.",
    ),
    duties: [
      HALL_RECEPTION,
      HALL_COMPLAINTS,
      HALL_ENQUIRIES,
      group(F.registration, ...REGISTRATION_HEAD, ...REGISTRATION_TAIL),
      HALL_OTHER,
    ],
    kpis: [
      t('有效投诉次数', 'Number of valid complaints'),
      t('客户意见定时回访率', 'On-time follow-up rate on customer feedback'),
      t('信息传递准确率', 'Information-relay accuracy'),
      t('满意度调查完成率', 'Satisfaction-survey completion rate'),
      t('个人管理', 'Self-management'),
    ],
    authorities: [],
    qualifications: HALL_QUALIFICATIONS,
    workEnvironment: env([t('卖场', 'Sales floor'), 100]),
  },
  {
    code: 'floor_clerk',
    title: t('卖场客服员', 'Sales-floor clerk'),
    unit: 'floor_service',
    reportsTo: ['floor_supervisor'],
    headcount: 4,
    purpose: t(
      '负责卖场客服中心的客户(商户和顾客)日常接待服务、咨询、投诉受理等工作。',
      "Receives, advises and takes complaints from the sales-floor service centre's customers (merchants and shoppers) day to day.",
    ),
    // The seed breaks off at duty 17; the rest of the description, qualifications and work
    // environment follow the parallel service-hall clerk description.
    duties: [
      HALL_RECEPTION,
      HALL_COMPLAINTS,
      HALL_ENQUIRIES,
      group(F.registration, ...REGISTRATION_HEAD, t('卖场客流统计', 'Count sales-floor passenger flow'), ...REGISTRATION_TAIL),
      HALL_OTHER,
    ],
    kpis: [
      t('有效投诉次数', 'Number of valid complaints'),
      t('客户意见定时回访率', 'On-time follow-up rate on customer feedback'),
      t('信息传递准确率', 'Information-relay accuracy'),
      t('满意度调查完成率', 'Satisfaction-survey completion rate'),
      t('卖场客流统计', 'Sales-floor passenger-flow counts'),
      t('个人管理', 'Self-management'),
    ],
    authorities: [],
    qualifications: HALL_QUALIFICATIONS,
    workEnvironment: env([t('卖场', 'Sales floor'), 100]),
  },
  {
    code: 'cart_captain',
    title: t('导购车辆队长', 'Shuttle-cart team leader'),
    unit: 'shuttle_team',
    reportsTo: ['merchant_supervisor'],
    headcount: 1,
    purpose: t('负责导购车辆服务队伍的全面导购服务工作。', "Leads all guide services of the shuttle-cart team."),
    duties: [
      group(
        F.image,
        t('提供公司市场内动态传播和宣传,树立良好的市场形象', 'Spread news and publicity inside the market and build a good market image'),
        t('负责公司政策、杂志及促销活动的宣传,为顾客更好地传输市场信息', "Publicise company policies, magazines and promotions, bringing market information to shoppers"),
        t('负责市场内知名品牌的宣传和导购工作,树立市场形象', "Promote and guide shoppers to the market's well-known brands"),
      ),
      group(
        F.driving,
        t('负责公司导购车辆队伍的安全驾驶工作,避免交通事故的发生', 'Ensure the cart team drives safely and avoids accidents'),
        t('负责对导购车辆导购人员的安全培训及服务培训工作', 'Train the cart guides in safety and service'),
      ),
      group(
        F.vehicles,
        t('负责相关车辆的检查和维护,并及时定期向上级主管汇报车辆的运行状况和安全状况', 'Inspect and maintain the carts and report their running and safety condition to the supervisor regularly'),
        t('负责车辆日常卫生工作', 'Keep the carts clean day to day'),
      ),
      group(
        F.statistics,
        t('统计市场客流量', 'Count passenger flow in the market'),
        t('收集顾客购物信息', "Collect shoppers' shopping information"),
        t('将统计的信息进行汇总并提交给上级主管进行归档', 'Summarise the figures and submit them to the supervisor for filing'),
      ),
      group(
        F.other,
        t('完成上级交办的其他临时性工作', 'Carry out other ad-hoc tasks assigned by superiors'),
        t('积极参加商户服务部服务人员的组织培训,贯彻公司服务精神、提高业务素质、服务水准', "Take part in the merchant service centre's staff training and raise service standards"),
      ),
    ],
    kpis: [
      t('按时出车率', 'On-time departure rate'),
      t('有效投诉次数', 'Number of valid complaints'),
      t('客流统计汇总完成情况', 'Completion of passenger-flow summaries'),
      t('定期对导购车辆检查次数', 'Number of regular cart inspections'),
      t('团队管理', 'Team management'),
    ],
    authorities: [],
    qualifications: {
      education: t('高中以上学历,专业不限', 'High school or above, any major'),
      experience: t('1年以上相关工作经验', 'At least 1 year of relevant experience'),
      knowledge: CART_KNOWLEDGE,
      skills: [
        ...CART_ABILITIES,
        t('很强的组织实施能力,能有效完成本部门的各项工作', "Very strong execution: able to get all of the team's work done"),
        t('普通话标准', 'Standard Mandarin'),
        ...STAFF_QUALITIES,
      ],
    },
    workEnvironment: env([t('室外', 'Outdoors'), 100]),
  },
  {
    code: 'cart_driver',
    title: t('导购车辆导购', 'Shuttle-cart guide'),
    unit: 'shuttle_team',
    reportsTo: ['cart_captain'],
    headcount: 4,
    purpose: t('负责导购车辆驾驶,实施顾客导购、客流统计等职能。', 'Drives the shuttle cart, guides shoppers and counts passenger flow.'),
    duties: [
      group(
        F.image,
        t('提供公司市场内动态传播和宣传,树立良好的市场形象', 'Spread news and publicity inside the market and build a good market image'),
        t('负责公司政策、杂志及促销活动的宣传,为顾客更好地传输市场信息', "Publicise company policies, magazines and promotions, bringing market information to shoppers"),
        t('负责市场内知名品牌的宣传和导购工作,树立市场形象', "Promote and guide shoppers to the market's well-known brands"),
      ),
      group(F.driving, t('负责公司导购车辆的安全驾驶工作,避免交通事故的发生', 'Drive the cart safely and avoid accidents')),
      group(
        F.vehicles,
        t('负责相关车辆的检查和维护,并及时定期向上级汇报车辆的运行状况和安全状况', 'Inspect and maintain the cart and report its running and safety condition to the team leader regularly'),
        t('负责相关车辆的日常卫生工作', 'Keep the cart clean day to day'),
      ),
      group(F.statistics, t('统计市场客流量', 'Count passenger flow in the market'), t('收集顾客购物信息', "Collect shoppers' shopping information")),
      group(
        F.other,
        t('完成上级交办的其他临时性工作', 'Carry out other ad-hoc tasks assigned by superiors'),
        t('积极参加商户服务部服务人员的组织培训,贯彻公司服务精神、提高业务素质、服务水准', "Take part in the merchant service centre's staff training and raise service standards"),
      ),
    ],
    kpis: [
      t('按时出车率', 'On-time departure rate'),
      t('有效投诉次数', 'Number of valid complaints'),
      t('客流统计完成情况', 'Completion of passenger-flow counts'),
      t('个人管理', 'Self-management'),
    ],
    authorities: [],
    qualifications: {
      education: t('高中及以上,专业不限', 'High school or above, any major'),
      experience: t('1年以上相关工作经验', 'At least 1 year of relevant experience'),
      knowledge: CART_KNOWLEDGE,
      skills: [...CART_ABILITIES, t('普通话标准', 'Standard Mandarin'), ...STAFF_QUALITIES],
    },
    workEnvironment: env([t('室外', 'Outdoors'), 100]),
  },
];
