export { startProduct, type ProductClient, type RunningProduct, type GraphQLResult } from './product.js';
export { openBrowser, checkAccessibility, chromiumPath, type AccessibilityViolation } from './browser.js';
