/**
 * The documentation page's contrast (WCAG 2.1 AA, 4.5:1 for text), over Swagger UI's defaults:
 * white on the GET badge (#61affe, 2.6:1) and on the version badges (#7d8492, #89bf04), links in
 * #4990e2 (3.4:1), the parameters' "query"/"path" and the undocumented codes in grey. Served as
 * the page's second style sheet (see openapi.ts).
 */
export const DOCS_CSS = `.swagger-ui .opblock.opblock-get .opblock-summary-method {
  background: #0b5ea8;
}
.swagger-ui .info .title small {
  background: #4a5160;
}
.swagger-ui .info .title small.version-stamp {
  background-color: #3d6b00;
}
.swagger-ui .info a,
.swagger-ui .info a .url {
  color: #1a5fb4;
}
.swagger-ui .parameter__in,
.swagger-ui .parameter__extension,
.swagger-ui .response-col_status .response-undocumented,
.swagger-ui .response-col_links .response-undocumented,
.swagger-ui .model .property,
.swagger-ui .model .property.primitive,
.swagger-ui .json-schema-2020-12__attribute--muted,
.swagger-ui .json-schema-2020-12-keyword--description,
.swagger-ui .json-schema-2020-12-keyword__name--secondary,
.swagger-ui .json-schema-2020-12-keyword__value,
.swagger-ui .json-schema-2020-12-keyword__value--secondary,
.swagger-ui .json-schema-2020-12-json-viewer__name--secondary,
.swagger-ui .prop-format,
.swagger-ui .model-title {
  color: #4a4a4a;
}
.swagger-ui .markdown code,
.swagger-ui .renderedMarkdown code {
  color: #6a0dbf;
}
.swagger-ui .response-control-media-type__accept-message {
  color: #1e6b1e;
}
/* One server only: its chooser (an unlabelled select) offers no choice. */
.swagger-ui .scheme-container {
  display: none;
}
`
