export * from './claims-repo';
export * from './describe-db-error';
export * from './open-or-explain';
export * from './schema';
export * from './seeding';
