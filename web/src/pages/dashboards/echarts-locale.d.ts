// ECharts ships its locales as plain objects without type declarations.
declare module 'echarts/lib/i18n/langNL.js' {
  const locale: object;
  export default locale;
}
declare module 'echarts/lib/i18n/langEN.js' {
  const locale: object;
  export default locale;
}
