import { CalendarFeedsPanel as CalendarFeedsPanel_87f06b0c290c4e80e0ae857b0a47f909 } from '../../../../src/modules/organisation/collections/Units/components/CalendarFeedsPanel'
import { ImportUnits as ImportUnits_7a20fb0a6ff6256c6864e9f6dde3ac7d } from '../../../../src/modules/organisation/collections/Units/components/ImportUnits'
import { ReorganiseUnits as ReorganiseUnits_1f52d1a00b8c273cd3aa69797dfeb1cc } from '../../../../src/modules/organisation/collections/Units/components/ReorganiseUnits'
import { PasswordField as PasswordField_3817bf644402e67bfe6577f60ef982de } from '@payloadcms/ui'
import { AccountSecurity as AccountSecurity_cb101dbec35136b4d5b91d5a67ddc014 } from '../../../../src/modules/organisation/collections/Users/components/AccountSecurity'
import { OutboxPreview as OutboxPreview_c877fa7300f439c03a3d8e90b63d6b91 } from '../../../../src/modules/messaging/collections/Outbox/components/OutboxPreview'
import { OutboxActions as OutboxActions_77d47a4b8ddf6591aeace1e4bb3799ec } from '../../../../src/modules/messaging/collections/Outbox/components/OutboxActions'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { EditorialActions as EditorialActions_d8fe01c85b8df5a1f9943ae1e0413951 } from '../../../../src/modules/content/components/EditorialActions'
import { GuardedPublishButton as GuardedPublishButton_047aff1a22456478a9dd4ec8765d96b5 } from '../../../../src/modules/content/components/GuardedPublishButton'
import { PublishAsFaqButton as PublishAsFaqButton_964bab88c7c4bf19f99cb5c00c513d22 } from '../../../../src/modules/content/collections/CitizenQuestions/components/PublishAsFaqButton'
import { NoticeDownload as NoticeDownload_a9438bd009932863fac6d5b8f24dbc97 } from '../../../../src/modules/content/collections/PersonalDataBreaches/components/NoticeDownload'
import { RequestActions as RequestActions_bf7b43cfe7249802f08f67d38bde1890 } from '../../../../src/modules/content/collections/PersonalDataRequests/components/RequestActions'
import { ScorecardLink as ScorecardLink_434fb8c5f2e20341a7e39a13fa3f442f } from '../../../../src/modules/campaigns/collections/CampaignPlans/components/ScorecardLink'
import { VietnameseNumberField as VietnameseNumberField_795ff28cd68c8e3b7e4030ffd72a6fb9 } from '../../../../src/platform/fields/components/VietnameseNumberField'
import { OccurrencesPanel as OccurrencesPanel_009e907254508f83f7d1d599b5eb323e } from '../../../../src/modules/campaigns/collections/BroadcastItems/components/OccurrencesPanel'
import { PlanFigures as PlanFigures_b0757f8d18fd8fafaf09938016a4b189 } from '../../../../src/modules/campaigns/collections/UnitReports/components/PlanFigures'
import { ReportActions as ReportActions_cd8fad16cfe38d074a5b7590c34eb3a9 } from '../../../../src/modules/campaigns/collections/UnitReports/components/ReportActions'
import { DocumentDownload as DocumentDownload_57b5ff4c1b06f4d8cc9d153bf29e3f5f } from '../../../../src/modules/campaigns/collections/UnitReports/components/DocumentDownload'
import { RetryJobButton as RetryJobButton_f9ae56d3663ba4619928434d334c4664 } from '../../../../src/platform/jobs/components/RetryJobButton'
import { BrandIcon as BrandIcon_24eb544363bd1f0056af06bd5da8b728 } from '../../../../src/platform/admin/Brand'
import { BrandLogo as BrandLogo_24eb544363bd1f0056af06bd5da8b728 } from '../../../../src/platform/admin/Brand'
import { NotificationBell as NotificationBell_1961f216d6a02357a4491d42a3f9a1e1 } from '../../../../src/modules/messaging/collections/Notifications/components/NotificationBell'
import { CampaignNavLinks as CampaignNavLinks_0be4a65f96cfc95013dddcd4fb745816 } from '../../../../src/modules/campaigns/components/CampaignNavLinks'
import { MyTasks as MyTasks_1ac19c4f71f9f38c25ef4e85336d2993 } from '../../../../src/modules/organisation/components/MyTasks'
import { SecondFactorLogin as SecondFactorLogin_87099678e58519e3ec739f8ad19b3b2a } from '../../../../src/modules/organisation/collections/Users/components/SecondFactorLogin'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { ScorecardView as ScorecardView_4cabf1980936ecda2a27eaae691e0d47 } from '../../../../src/modules/campaigns/views/Scorecard'
import { BroadcastCalendarView as BroadcastCalendarView_198a211bceb1bb87266f8195c91f501f } from '../../../../src/modules/campaigns/views/BroadcastCalendar'
import { AiringsDueView as AiringsDueView_c940b79941b3c855f08c104a181243fe } from '../../../../src/modules/campaigns/views/AiringsDue'
import { ReportPrintView as ReportPrintView_6fa471b62e1dc52f204ccd2b913336a3 } from '../../../../src/modules/campaigns/views/ReportPrint'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/modules/organisation/collections/Units/components/CalendarFeedsPanel#CalendarFeedsPanel": CalendarFeedsPanel_87f06b0c290c4e80e0ae857b0a47f909,
  "/src/modules/organisation/collections/Units/components/ImportUnits#ImportUnits": ImportUnits_7a20fb0a6ff6256c6864e9f6dde3ac7d,
  "/src/modules/organisation/collections/Units/components/ReorganiseUnits#ReorganiseUnits": ReorganiseUnits_1f52d1a00b8c273cd3aa69797dfeb1cc,
  "@payloadcms/ui#PasswordField": PasswordField_3817bf644402e67bfe6577f60ef982de,
  "/src/modules/organisation/collections/Users/components/AccountSecurity#AccountSecurity": AccountSecurity_cb101dbec35136b4d5b91d5a67ddc014,
  "/src/modules/messaging/collections/Outbox/components/OutboxPreview#OutboxPreview": OutboxPreview_c877fa7300f439c03a3d8e90b63d6b91,
  "/src/modules/messaging/collections/Outbox/components/OutboxActions#OutboxActions": OutboxActions_77d47a4b8ddf6591aeace1e4bb3799ec,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "/src/modules/content/components/EditorialActions#EditorialActions": EditorialActions_d8fe01c85b8df5a1f9943ae1e0413951,
  "/src/modules/content/components/GuardedPublishButton#GuardedPublishButton": GuardedPublishButton_047aff1a22456478a9dd4ec8765d96b5,
  "/src/modules/content/collections/CitizenQuestions/components/PublishAsFaqButton#PublishAsFaqButton": PublishAsFaqButton_964bab88c7c4bf19f99cb5c00c513d22,
  "/src/modules/content/collections/PersonalDataBreaches/components/NoticeDownload#NoticeDownload": NoticeDownload_a9438bd009932863fac6d5b8f24dbc97,
  "/src/modules/content/collections/PersonalDataRequests/components/RequestActions#RequestActions": RequestActions_bf7b43cfe7249802f08f67d38bde1890,
  "/src/modules/campaigns/collections/CampaignPlans/components/ScorecardLink#ScorecardLink": ScorecardLink_434fb8c5f2e20341a7e39a13fa3f442f,
  "/src/platform/fields/components/VietnameseNumberField#VietnameseNumberField": VietnameseNumberField_795ff28cd68c8e3b7e4030ffd72a6fb9,
  "/src/modules/campaigns/collections/BroadcastItems/components/OccurrencesPanel#OccurrencesPanel": OccurrencesPanel_009e907254508f83f7d1d599b5eb323e,
  "/src/modules/campaigns/collections/UnitReports/components/PlanFigures#PlanFigures": PlanFigures_b0757f8d18fd8fafaf09938016a4b189,
  "/src/modules/campaigns/collections/UnitReports/components/ReportActions#ReportActions": ReportActions_cd8fad16cfe38d074a5b7590c34eb3a9,
  "/src/modules/campaigns/collections/UnitReports/components/DocumentDownload#DocumentDownload": DocumentDownload_57b5ff4c1b06f4d8cc9d153bf29e3f5f,
  "/src/platform/jobs/components/RetryJobButton#RetryJobButton": RetryJobButton_f9ae56d3663ba4619928434d334c4664,
  "/src/platform/admin/Brand#BrandIcon": BrandIcon_24eb544363bd1f0056af06bd5da8b728,
  "/src/platform/admin/Brand#BrandLogo": BrandLogo_24eb544363bd1f0056af06bd5da8b728,
  "/src/modules/messaging/collections/Notifications/components/NotificationBell#NotificationBell": NotificationBell_1961f216d6a02357a4491d42a3f9a1e1,
  "/src/modules/campaigns/components/CampaignNavLinks#CampaignNavLinks": CampaignNavLinks_0be4a65f96cfc95013dddcd4fb745816,
  "/src/modules/organisation/components/MyTasks#MyTasks": MyTasks_1ac19c4f71f9f38c25ef4e85336d2993,
  "/src/modules/organisation/collections/Users/components/SecondFactorLogin#SecondFactorLogin": SecondFactorLogin_87099678e58519e3ec739f8ad19b3b2a,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/src/modules/campaigns/views/Scorecard#ScorecardView": ScorecardView_4cabf1980936ecda2a27eaae691e0d47,
  "/src/modules/campaigns/views/BroadcastCalendar#BroadcastCalendarView": BroadcastCalendarView_198a211bceb1bb87266f8195c91f501f,
  "/src/modules/campaigns/views/AiringsDue#AiringsDueView": AiringsDueView_c940b79941b3c855f08c104a181243fe,
  "/src/modules/campaigns/views/ReportPrint#ReportPrintView": ReportPrintView_6fa471b62e1dc52f204ccd2b913336a3,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
