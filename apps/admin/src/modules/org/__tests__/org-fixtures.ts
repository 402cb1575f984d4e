import type { AssignmentFieldsFragment, PositionDetailQuery, PositionSummaryFragment } from '../../../gql/graphql';

const text = (zh: string, en: string) => ({ __typename: 'LocalizedText' as const, zh, en });
const unit = { __typename: 'Unit' as const, id: 'VW5pdDox', code: 'dept', name: text('客户服务部', 'Customer service') };

export function assignmentFixture(overrides: Partial<AssignmentFieldsFragment> = {}): AssignmentFieldsFragment {
  return {
    __typename: 'Assignment',
    id: 'QXNzaWdubWVudDox',
    acting: false,
    current: true,
    startsOn: '2024-03-01',
    endsOn: null,
    staff: { __typename: 'Staff', id: 'U3RhZmY6MQ==', name: '王经理', employeeNo: 'KF-001' },
    position: { __typename: 'Position', id: 'UG9zaXRpb246MQ==', title: text('客户服务部经理', 'Director of customer service') },
    ...overrides,
  };
}

function position(id: string, code: string, zh: string, en: string, reportsTo: string[], holders: AssignmentFieldsFragment[], vacancies = 0): PositionSummaryFragment {
  return {
    __typename: 'Position',
    id,
    code,
    title: text(zh, en),
    headcount: holders.length + vacancies,
    vacancies,
    overStrength: 0,
    unit,
    reportsTo: reportsTo.map((r) => ({ __typename: 'Position' as const, id: r })),
    holders,
  };
}

export const DIRECTOR_ID = 'UG9zaXRpb246MQ==';
export const DEPUTY_ID = 'UG9zaXRpb246Mg==';
export const CAPTAIN_ID = 'UG9zaXRpb246OQ==';

export const chartPositions: PositionSummaryFragment[] = [
  position(DIRECTOR_ID, 'director', '客户服务部经理', 'Director of customer service', [], [assignmentFixture()]),
  position(DEPUTY_ID, 'deputy', '客户服务部副经理', 'Deputy manager', [DIRECTOR_ID], [], 1),
  position(CAPTAIN_ID, 'cart_captain', '导购车辆队长', 'Shuttle-cart team leader', [DEPUTY_ID], [
    assignmentFixture({ id: 'QXNzaWdubWVudDo5', staff: { __typename: 'Staff', id: 'U3RhZmY6OQ==', name: '赵队长', employeeNo: 'KF-019' } }),
  ]),
];

export const orgChartAnswer = { data: { orgChart: { __typename: 'OrgChart', units: [unit], positions: chartPositions } } };

type Detail = Extract<NonNullable<PositionDetailQuery['node']>, { __typename?: 'Position' }>;

export function positionDetailAnswer(base: PositionSummaryFragment = chartPositions[2]!, scheduledChanges: Detail['scheduledChanges'] = []) {
  const detail: Detail = {
    ...base,
    version: 3,
    purpose: text('负责导购车辆队的日常管理。', 'Runs the shuttle-cart team day to day.'),
    duties: [{ __typename: 'DutyGroup', function: text('安全驾驶', 'Safe driving'), duties: [text('按时出车', 'Depart on time')] }],
    kpis: [text('按时出车率', 'On-time departure rate')],
    authorities: [],
    qualifications: {
      __typename: 'Qualifications',
      education: text('高中', 'High school'),
      experience: text('两年', 'Two years'),
      knowledge: [],
      skills: [],
    },
    workEnvironment: [{ __typename: 'WorkShare', share: 100, place: text('卖场', 'Market floor') }],
    directReports: [],
    assignmentHistory: base.holders,
    scheduledChanges,
  };
  return { data: { node: detail } };
}
