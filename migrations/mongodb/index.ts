import * as migration_20261129_205954_rename_owner_unit from './20261129_205954_rename_owner_unit';
import * as migration_20261129_214800_units_lifecycle from './20261129_214800_units_lifecycle';
import * as migration_20261130_091616_airing_titles from './20261130_091616_airing_titles';

export const migrations = [
  {
    up: migration_20261129_205954_rename_owner_unit.up,
    down: migration_20261129_205954_rename_owner_unit.down,
    name: '20261129_205954_rename_owner_unit'
  },
  {
    up: migration_20261129_214800_units_lifecycle.up,
    down: migration_20261129_214800_units_lifecycle.down,
    name: '20261129_214800_units_lifecycle',
  },
  {
    up: migration_20261130_091616_airing_titles.up,
    down: migration_20261130_091616_airing_titles.down,
    name: '20261130_091616_airing_titles',
  },
];
