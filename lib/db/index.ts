export * from './claims-repo';
export * from './describe-db-error';
export * from './schema';
export * from './seeding';
