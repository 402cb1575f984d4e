export { createTestDatabase, enginesUnderTest, type EngineName, type TestDatabase } from './test-database.js';
export { seedKpiMonth } from '../kpi/testing/kpi-month-fixture.js';
