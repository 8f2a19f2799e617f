import * as migration_20261121_054703_initial from './20261121_054703_initial';
import * as migration_20261121_060755_content from './20261121_060755_content';
import * as migration_20261121_061855_editorial_trail from './20261121_061855_editorial_trail';
import * as migration_20261121_063007_campaigns from './20261121_063007_campaigns';
import * as migration_20261121_070444_broadcast_tallies from './20261121_070444_broadcast_tallies';

export const migrations = [
  {
    up: migration_20261121_054703_initial.up,
    down: migration_20261121_054703_initial.down,
    name: '20261121_054703_initial',
  },
  {
    up: migration_20261121_060755_content.up,
    down: migration_20261121_060755_content.down,
    name: '20261121_060755_content',
  },
  {
    up: migration_20261121_061855_editorial_trail.up,
    down: migration_20261121_061855_editorial_trail.down,
    name: '20261121_061855_editorial_trail',
  },
  {
    up: migration_20261121_063007_campaigns.up,
    down: migration_20261121_063007_campaigns.down,
    name: '20261121_063007_campaigns',
  },
  {
    up: migration_20261121_070444_broadcast_tallies.up,
    down: migration_20261121_070444_broadcast_tallies.down,
    name: '20261121_070444_broadcast_tallies'
  },
];
