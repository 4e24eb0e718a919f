/**
 * The page's schema checks: yes where the value follows the contract's schema, no (proving nothing about
 * why) otherwise. When the site is built this file is replaced by the generated code itself (see
 * page-checks-build.ts); under node (tests) the same generated code is evaluated.
 */
import { evaluatePageChecks } from './page-checks-build';
import type { EventFlag, SCHEMA_VERSION as Version, TextShard, Timeline } from './timeline';

const checks = evaluatePageChecks();

export const isTimeline = checks.isTimeline as (value: unknown) => value is Timeline;
export const isTextShard = checks.isTextShard as (value: unknown) => value is TextShard;
export const isEventFlag = checks.isEventFlag as (value: unknown) => value is EventFlag;
export const SCHEMA_VERSION = checks.SCHEMA_VERSION as typeof Version;
