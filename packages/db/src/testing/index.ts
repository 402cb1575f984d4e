export { createTestDatabase, enginesUnderTest, type EngineName, type TestDatabase } from './test-database.js';
