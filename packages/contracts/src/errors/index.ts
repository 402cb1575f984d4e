export { PUBLIC_ERROR_CODES, isPublicErrorCode, type PublicErrorCode } from './public-error-code.js';
