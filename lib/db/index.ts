export * from './claims-repo';
export * from './describe-db-error';
export * from './edits';
export * from './open-or-explain';
export * from './reopen';
export * from './schema';
export * from './seeding';
export * from './write';
