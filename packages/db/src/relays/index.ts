export {
  findDepartmentByCode,
  findDepartmentById,
  findDepartmentsByIds,
  findDepartmentsByPeer,
  findDepartmentsOfStaff,
  insertDefaultDepartments,
  insertDepartment,
  listDepartments,
  updateDepartment,
  type DepartmentPage,
} from './department.repository.js';
export {
  claimRelayOverdueNotice,
  findOverdueRelaysToNotify,
  type OverdueCursor,
  countRelayAccuracy,
  findRelayById, findRelaysOfTicket, insertRelay, listRelays, updateRelayAnswer, type RelayFilter, type RelayPage } from './relay.repository.js';
export { findInboundById, findNoticeOfRequester, insertInbound, listInbound, markInboundAcknowledged, type InboundFilter, type InboundPage } from './inbound.repository.js';
