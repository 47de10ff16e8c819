import * as migration_0001_initial from './0001_initial';
import * as migration_0002_read_indexes from './0002_read_indexes';
import * as migration_0003_versions_read_indexes from './0003_versions_read_indexes';
import * as migration_0004_event_occurrences from './0004_event_occurrences';
import * as migration_0005_districts_in_menus from './0005_districts_in_menus';

export const migrations = [
  {
    up: migration_0001_initial.up,
    down: migration_0001_initial.down,
    name: '0001_initial',
  },
  {
    up: migration_0002_read_indexes.up,
    down: migration_0002_read_indexes.down,
    name: '0002_read_indexes',
  },
  {
    up: migration_0003_versions_read_indexes.up,
    down: migration_0003_versions_read_indexes.down,
    name: '0003_versions_read_indexes',
  },
  {
    up: migration_0004_event_occurrences.up,
    down: migration_0004_event_occurrences.down,
    name: '0004_event_occurrences',
  },
  {
    up: migration_0005_districts_in_menus.up,
    down: migration_0005_districts_in_menus.down,
    name: '0005_districts_in_menus',
  },
];
