export { startProduct, type ProductClient, type RunningProduct, type GraphQLResult } from './product.js';
export { openBrowser, checkAccessibility, chromiumPath, type AccessibilityViolation } from './browser.js';
export {
  BUILT_APPS,
  createServerDatabase,
  runSetupCli,
  startProductionProduct,
  type InstallTarget,
  type ServerDatabase,
  type SetupRun,
  type ProductionProduct,
} from './first-run.js';
