/**
 * What Payload's admin (3.90.1) does not let us configure, rewritten in the installed
 * @payloadcms/ui and @payloadcms/richtext-lexical, in place and idempotently, before every build
 * (scripts/adminAssets.ts):
 * - a document lock names its holder by email ("Người dùng: 3" when the email is not readable) and
 *   its time in US English ("Nov 30, 2026, 2:12 AM"): now the holder's name (then email, then id)
 *   and the time as dd/MM/yyyy HH:mm in Vietnam time;
 * - the JSON and code fields' editor (Monaco) is fetched from a CDN by the copy of
 *   @monaco-editor/loader bundled inside @payloadcms/ui (so `loader.config` from the app cannot
 *   reach it): now from `/monaco-editor/vs`, the copy the build puts in `public/`;
 * - the API key's "Revoke API key" button and its confirmation are English literals: now the app's
 *   texts (`custom:apiKey.*`);
 * - a checkbox shows its field's path as a tooltip ("figures.inspected", the `title` of the input):
 *   gone (the box is named by its label);
 * - the JSON/code editor's screen-reader name ("Editor content") and the rich-text editor's drag and
 *   add-block handles, its "insert paragraph" strip and its link buttons are English only: now in
 *   the page's language.
 * A text not found (another Payload version) stops with a message rather than building an admin
 * that silently lost the fix.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const vietnamTime = (date) =>
  `(p=>p.day+"/"+p.month+"/"+p.year+" "+p.hour+":"+p.minute)(Object.fromEntries(new Intl.DateTimeFormat("en-GB",{day:"2-digit",month:"2-digit",year:"numeric",hour:"2-digit",minute:"2-digit",hourCycle:"h23",timeZone:"Asia/Ho_Chi_Minh"}).formatToParts(new Date(${date})).map(q=>[q.type,q.value])))`

/** [file under node_modules/@payloadcms, text as shipped, text wanted] */
const edits = [
  [
    'ui/dist/exports/client/index.js',
    'new Intl.DateTimeFormat("en-US",{day:"numeric",hour:"numeric",hour12:!0,minute:"numeric",month:"short",year:"numeric"}).format(new Date(t))',
    vietnamTime('t'),
  ],
  [
    'ui/dist/exports/client/chunk-2GZJJKQF.js',
    'paths:{vs:"https://cdn.jsdelivr.net/npm/monaco-editor@0.55.1/min/vs"}',
    'paths:{vs:"/monaco-editor/vs"}',
  ],
  ['ui/dist/exports/client/index.js', 'b=hg(l)?l.email??l.id:', 'b=hg(l)?l.name??l.email??l.id:'],
  ['ui/dist/exports/client/index.js', 'l=hg(n)?n.email??n.id:', 'l=hg(n)?n.name??n.email??n.id:'],
  [
    'ui/dist/elements/DocumentLocked/index.js',
    'isClientUserObject(user) ? user.email ?? user.id :',
    'isClientUserObject(user) ? user.name ?? user.email ?? user.id :',
  ],
  [
    'ui/dist/elements/DocumentLocked/index.js',
    `return new Intl.DateTimeFormat('en-US', {
    day: 'numeric',
    hour: 'numeric',
    hour12: true,
    minute: 'numeric',
    month: 'short',
    year: 'numeric'
  }).format(new Date(date));`,
    `return ${vietnamTime('date')};`,
  ],
  [
    'ui/dist/elements/Locked/index.js',
    'isClientUserObject(user) ? user.email ?? user.id :',
    'isClientUserObject(user) ? user.name ?? user.email ?? user.id :',
  ],
  // The API key's revoke button and its confirmation are English literals: now the app's texts.
  [
    'ui/dist/exports/client/index.js',
    'children:b("authentication:generateNewAPIKey")})),!t&&$&&Ja("div",{className:`${Os}__actions`,children:[vr(te,{buttonStyle:"secondary",className:`${Os}__revoke-button`,id:"revoke-api-key",onClick:()=>C(D),size:"small",children:"Revoke API key"}),vr(rt,{body:Ja("span",{children:["Are you sure you want to revoke the API key for user ",vr("strong",{children:w}),"? The key will no longer be usable, and this action cannot be undone."]}),confirmLabel:"Revoke",heading:"Revoke API key?"',
    'children:b("authentication:generateNewAPIKey")})),!t&&$&&Ja("div",{className:`${Os}__actions`,children:[vr(te,{buttonStyle:"secondary",className:`${Os}__revoke-button`,id:"revoke-api-key",onClick:()=>C(D),size:"small",children:b("custom:apiKey.revoke")}),vr(rt,{body:Ja("span",{children:[b("custom:apiKey.revokeBefore"),vr("strong",{children:w}),b("custom:apiKey.revokeAfter")]}),confirmLabel:b("custom:apiKey.revokeConfirm"),heading:b("custom:apiKey.revokeHeading")',
  ],
  [
    'ui/dist/views/Edit/Auth/APIKey.js',
    'children: "Revoke API key"',
    "children: t('custom:apiKey.revoke')",
  ],
  [
    'ui/dist/views/Edit/Auth/APIKey.js',
    'children: ["Are you sure you want to revoke the API key for user ", /*#__PURE__*/_jsx("strong", {',
    'children: [t(\'custom:apiKey.revokeBefore\'), /*#__PURE__*/_jsx("strong", {',
  ],
  [
    'ui/dist/views/Edit/Auth/APIKey.js',
    '"? The key will no longer be usable, and this action cannot be undone."]',
    "t('custom:apiKey.revokeAfter')]",
  ],
  [
    'ui/dist/views/Edit/Auth/APIKey.js',
    `confirmLabel: "Revoke",
        heading: "Revoke API key?",`,
    `confirmLabel: t('custom:apiKey.revokeConfirm'),
        heading: t('custom:apiKey.revokeHeading'),`,
  ],
  // The JSON and code editor (Monaco) names itself "Editor content" to screen readers: now in the
  // page's language (a field's own editorOptions.ariaLabel still wins).
  [
    'ui/dist/exports/client/chunk-2GZJJKQF.js',
    'options:{...qe,...C,readOnly:!!c,detectIndentation:!1',
    'options:{...qe,ariaLabel:(typeof document<"u"&&document.documentElement.lang==="en"?"Editor content":"Nội dung trình soạn thảo"),...C,readOnly:!!c,detectIndentation:!1',
  ],
  // A checkbox's tooltip is its field's path ("figures.inspected"); its label names it.
  [
    'ui/dist/exports/client/index.js',
    'name:n,onChange:f,ref:a,required:h,title:n,type:"checkbox"}',
    'name:n,onChange:f,ref:a,required:h,type:"checkbox"}',
  ],
  // The rich-text editor's handles and link buttons are named in English only (aria-labels): now in
  // the page's language (Payload sets <html lang> to the reader's).
  ...[
    ['exports/client/Field-YZR46UCY.js', 'Drag to move', 'Kéo để di chuyển'],
    ['exports/client/Field-YZR46UCY.js', 'Add block', 'Thêm khối'],
    ['exports/client/Field-YZR46UCY.js', 'Insert Paragraph', 'Thêm đoạn văn'],
    ['exports/client/index.js', 'Edit link', 'Sửa liên kết'],
    ['exports/client/index.js', 'Remove link', 'Gỡ liên kết'],
  ].map(([file, en, vi]) => [
    `richtext-lexical/dist/${file}`,
    `"aria-label":"${en}"`,
    `"aria-label":(typeof document<"u"&&document.documentElement.lang==="en"?"${en}":"${vi}")`,
  ]),
]

export const patchPayloadUi = (root = process.cwd()) => {
  const dist = path.join(root, 'node_modules', '@payloadcms')
  if (!fs.existsSync(path.join(dist, 'ui'))) return
  const files = new Map()
  for (const [file, shipped, wanted] of edits) {
    const full = path.join(dist, file)
    const text = files.get(full) ?? fs.readFileSync(full, 'utf8')
    if (text.includes(wanted)) {
      files.set(full, text)
      continue
    }
    if (!text.includes(shipped))
      throw new Error(
        `patchPayloadUi: "${shipped.slice(0, 60)}…" not found in @payloadcms/${file}; ` +
          'has Payload been upgraded? Check the texts listed in scripts/patchPayloadUi.mjs and update it.',
      )
    // A function, so "$&" in the wanted text stays as written (a string replacement would expand it).
    files.set(
      full,
      text.replace(shipped, () => wanted),
    )
  }
  for (const [full, text] of files) fs.writeFileSync(full, text)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) patchPayloadUi()
