import * as migration_20261128_213058_initial from './20261128_213058_initial';

export const migrations = [
  {
    up: migration_20261128_213058_initial.up,
    down: migration_20261128_213058_initial.down,
    name: '20261128_213058_initial'
  },
];
