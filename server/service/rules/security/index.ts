import type { Rule } from '../rule';
import { createSlrUnscoped } from './createSlrUnscoped';
import { passRoleUnscoped } from './passRoleUnscoped';

export const securityRules: Rule[] = [passRoleUnscoped, createSlrUnscoped];
