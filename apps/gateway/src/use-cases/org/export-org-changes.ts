import ExcelJS from 'exceljs';
import { listNamedOrgChanges, type NamedOrgChange } from '@kefu/db/org';
import { findSiteById } from '@kefu/db/sites';
import type { OrgChangeKind } from '@kefu/domain/org';
import { toSiteLocalDateTime } from '@kefu/domain/sites';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';

/** The most entries one export holds: years of a department's changes, and a bounded workbook. */
export const ORG_CHANGES_EXPORT_MAX = 10_000;

const KIND_LABELS: Record<OrgChangeKind, string> = {
  'position.create': '新建岗位',
  'position.edit': '编辑岗位',
  'position.retire': '撤销岗位',
  'reportingLine.change': '调整汇报',
  'grant.change': '调整权限',
  'assignment.start': '任命',
  'assignment.end': '免职',
};

const FIELD_LABELS: Record<string, string> = {
  title: '岗位名称',
  unitId: '所属部门',
  reportsTo: '直接上级',
  headcount: '岗位定员',
  purpose: '职位概要',
  duties: '职责',
  kpis: '关键绩效指标',
  authorities: '工作职权',
  qualifications: '任职资格',
  workEnvironment: '工作环境',
  retiredOn: '撤销日期',
  startsOn: '起始日',
  endsOn: '截止日',
  acting: '代理',
  effectiveOn: '生效日期',
  scheduledOn: '撤销的预约生效日',
};

/** A stored value as a cell: text as itself, anything else as its JSON. */
const cell = (value: unknown): string => (value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value));

/**
 * The org's audit trail as .xlsx, newest first: one row per field changed (who, when in the
 * site's time, what kind, which position and person, the field, before → after), so the
 * director can file or filter it away from the product. Grant fields keep their action name.
 */
export async function orgChangesWorkbook(changes: readonly NamedOrgChange[], timeZone: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('组织变更记录');
  sheet.addRow(['时间', '操作人', '变更', '岗位', '员工', '字段', '原值', '新值']);
  for (const change of changes) {
    const head = [toSiteLocalDateTime(change.at, timeZone).replace('T', ' '), change.actorName, KIND_LABELS[change.kind], change.positionTitle.zh, change.staffName ?? ''];
    for (const field of change.changes) sheet.addRow([...head, FIELD_LABELS[field.field] ?? field.field, cell(field.before), cell(field.after)]);
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column, i) => (column.width = i === 6 || i === 7 ? 40 : 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The viewer's site's trail as .xlsx (the newest ORG_CHANGES_EXPORT_MAX entries). */
export async function exportOrgChanges(uc: UseCaseContext): Promise<Buffer> {
  const { siteId } = asStaff(uc).principal;
  const site = await findSiteById(uc.db, siteId);
  return orgChangesWorkbook(await listNamedOrgChanges(uc.db, siteId, ORG_CHANGES_EXPORT_MAX), site?.timeZone ?? 'Asia/Shanghai');
}
