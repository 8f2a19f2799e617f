import * as migration_20261121_054703_initial from './20261121_054703_initial';
import * as migration_20261121_060755_content from './20261121_060755_content';
import * as migration_20261121_061855_editorial_trail from './20261121_061855_editorial_trail';
import * as migration_20261121_063007_campaigns from './20261121_063007_campaigns';
import * as migration_20261121_070444_broadcast_tallies from './20261121_070444_broadcast_tallies';
import * as migration_20261121_084059_calendar_tokens from './20261121_084059_calendar_tokens';
import * as migration_20261121_084152_public_cache_state from './20261121_084152_public_cache_state';
import * as migration_20261121_084411_schedules_outbox from './20261121_084411_schedules_outbox';
import * as migration_20261121_090705_webhooks from './20261121_090705_webhooks';
import * as migration_20261129_205927_rename_owner_unit from './20261129_205927_rename_owner_unit';
import * as migration_20261129_205938_module_layout from './20261129_205938_module_layout';
import * as migration_20261129_213701_media_storage from './20261129_213701_media_storage';
import * as migration_20261129_214439_scorecard_stamps from './20261129_214439_scorecard_stamps';
import * as migration_20261130_000505_units_lifecycle_before from './20261130_000505_units_lifecycle_before';
import * as migration_20261130_000506_units_lifecycle from './20261130_000506_units_lifecycle';
import * as migration_20261130_000507_units_lifecycle_after from './20261130_000507_units_lifecycle_after';
import * as migration_20261130_003733_sign_in_guard from './20261130_003733_sign_in_guard';
import * as migration_20261130_010141_audit_log from './20261130_010141_audit_log';
import * as migration_20261130_015428_official_documents from './20261130_015428_official_documents';
import * as migration_20261130_032449_reporting_windows from './20261130_032449_reporting_windows';
import * as migration_20261130_035657_consolidated_report_register from './20261130_035657_consolidated_report_register';
import * as migration_20261130_040244_unit_document_symbol from './20261130_040244_unit_document_symbol';
import * as migration_20261130_043624_personal_data from './20261130_043624_personal_data';
import * as migration_20261130_044042_users_second_factor from './20261130_044042_users_second_factor';
import * as migration_20261130_061130_personal_data_breaches from './20261130_061130_personal_data_breaches';
import * as migration_20261130_070327_personal_data_requests from './20261130_070327_personal_data_requests';
import * as migration_20261130_072508_media_visibility_by_uploader from './20261130_072508_media_visibility_by_uploader';
import * as migration_20261130_091615_airing_titles from './20261130_091615_airing_titles';
import * as migration_20261130_091616_airing_titles_fill from './20261130_091616_airing_titles_fill';
import * as migration_20261130_123447_notifications from './20261130_123447_notifications';

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
    name: '20261121_070444_broadcast_tallies',
  },
  {
    up: migration_20261121_084059_calendar_tokens.up,
    down: migration_20261121_084059_calendar_tokens.down,
    name: '20261121_084059_calendar_tokens',
  },
  {
    up: migration_20261121_084152_public_cache_state.up,
    down: migration_20261121_084152_public_cache_state.down,
    name: '20261121_084152_public_cache_state',
  },
  {
    up: migration_20261121_084411_schedules_outbox.up,
    down: migration_20261121_084411_schedules_outbox.down,
    name: '20261121_084411_schedules_outbox',
  },
  {
    up: migration_20261121_090705_webhooks.up,
    down: migration_20261121_090705_webhooks.down,
    name: '20261121_090705_webhooks',
  },
  {
    up: migration_20261129_205927_rename_owner_unit.up,
    down: migration_20261129_205927_rename_owner_unit.down,
    name: '20261129_205927_rename_owner_unit',
  },
  {
    up: migration_20261129_205938_module_layout.up,
    down: migration_20261129_205938_module_layout.down,
    name: '20261129_205938_module_layout',
  },
  {
    up: migration_20261129_213701_media_storage.up,
    down: migration_20261129_213701_media_storage.down,
    name: '20261129_213701_media_storage',
  },
  {
    up: migration_20261129_214439_scorecard_stamps.up,
    down: migration_20261129_214439_scorecard_stamps.down,
    name: '20261129_214439_scorecard_stamps',
  },
  {
    up: migration_20261130_000505_units_lifecycle_before.up,
    down: migration_20261130_000505_units_lifecycle_before.down,
    name: '20261130_000505_units_lifecycle_before',
  },
  {
    up: migration_20261130_000506_units_lifecycle.up,
    down: migration_20261130_000506_units_lifecycle.down,
    name: '20261130_000506_units_lifecycle',
  },
  {
    up: migration_20261130_000507_units_lifecycle_after.up,
    down: migration_20261130_000507_units_lifecycle_after.down,
    name: '20261130_000507_units_lifecycle_after',
  },
  {
    up: migration_20261130_003733_sign_in_guard.up,
    down: migration_20261130_003733_sign_in_guard.down,
    name: '20261130_003733_sign_in_guard',
  },
  {
    up: migration_20261130_010141_audit_log.up,
    down: migration_20261130_010141_audit_log.down,
    name: '20261130_010141_audit_log',
  },
  {
    up: migration_20261130_015428_official_documents.up,
    down: migration_20261130_015428_official_documents.down,
    name: '20261130_015428_official_documents',
  },
  {
    up: migration_20261130_032449_reporting_windows.up,
    down: migration_20261130_032449_reporting_windows.down,
    name: '20261130_032449_reporting_windows',
  },
  {
    up: migration_20261130_035657_consolidated_report_register.up,
    down: migration_20261130_035657_consolidated_report_register.down,
    name: '20261130_035657_consolidated_report_register',
  },
  {
    up: migration_20261130_040244_unit_document_symbol.up,
    down: migration_20261130_040244_unit_document_symbol.down,
    name: '20261130_040244_unit_document_symbol',
  },
  {
    up: migration_20261130_043624_personal_data.up,
    down: migration_20261130_043624_personal_data.down,
    name: '20261130_043624_personal_data',
  },
  {
    up: migration_20261130_044042_users_second_factor.up,
    down: migration_20261130_044042_users_second_factor.down,
    name: '20261130_044042_users_second_factor',
  },
  {
    up: migration_20261130_061130_personal_data_breaches.up,
    down: migration_20261130_061130_personal_data_breaches.down,
    name: '20261130_061130_personal_data_breaches',
  },
  {
    up: migration_20261130_070327_personal_data_requests.up,
    down: migration_20261130_070327_personal_data_requests.down,
    name: '20261130_070327_personal_data_requests',
  },
  {
    up: migration_20261130_072508_media_visibility_by_uploader.up,
    down: migration_20261130_072508_media_visibility_by_uploader.down,
    name: '20261130_072508_media_visibility_by_uploader',
  },
  {
    up: migration_20261130_091615_airing_titles.up,
    down: migration_20261130_091615_airing_titles.down,
    name: '20261130_091615_airing_titles',
  },
  {
    up: migration_20261130_091616_airing_titles_fill.up,
    down: migration_20261130_091616_airing_titles_fill.down,
    name: '20261130_091616_airing_titles_fill',
  },
  {
    up: migration_20261130_123447_notifications.up,
    down: migration_20261130_123447_notifications.down,
    name: '20261130_123447_notifications'
  },
];
