/** Moved to scripts/many/run-build.ts (production code of build:many and build:region); kept so older imports work. */
export * from '../many/run-build.ts';
