import type { Assignment } from '@kefu/domain/org';
import { builder } from '../../builder.js';

/**
 * The Assignment type's reference, apart from its fields: Position and Staff list assignments
 * and an assignment names its position and staff, so the fields (assignment.ts) import those
 * two and they import only this.
 */
export const AssignmentRef = builder.objectRef<Assignment>('Assignment');
