import type { Assignment, Position, Staff } from '@kefu/domain/org';
import { builder } from '../../builder.js';

// Declared apart from their types: an assignment names its position and its person, and both
// list their assignments. Each type's own module implements it and re-exports its ref.
export const PositionRef = builder.objectRef<Position>('Position');
export const StaffRef = builder.objectRef<Staff>('Staff');
export const AssignmentRef = builder.objectRef<Assignment>('Assignment');
