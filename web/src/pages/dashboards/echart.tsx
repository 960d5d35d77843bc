// One ECharts chart: only the parts the dashboards use (tree-shaken), the SVG renderer (sharp at any
// zoom, text in the DOM), the Dutch or English locale fixed at init, and aria on so the chart carries
// a generated description. It is always drawn inside a <figure> with a data table beside it.
import { useEffect, useRef } from 'react';
import { init, registerLocale, use, type EChartsCoreOption } from 'echarts/core';
import { BarChart, LineChart, SankeyChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import langNL from 'echarts/lib/i18n/langNL.js';
import langEN from 'echarts/lib/i18n/langEN.js';
import { useT } from '../../i18n/language.js';

use([
  BarChart,
  LineChart,
  SankeyChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  SVGRenderer,
]);
type LocaleObject = Parameters<typeof registerLocale>[1];
registerLocale('NL', langNL as LocaleObject);
registerLocale('EN', langEN as LocaleObject);

export interface EChartProps {
  option: EChartsCoreOption;
  /** Short description for assistive technology; the table beside the chart has the figures. */
  description: string;
  height?: number;
  /** Called with the name of a clicked element (a bar's category, a flow node). */
  onSelect?: (name: string) => void;
}

export function EChart({ option, description, height = 360, onSelect }: EChartProps) {
  const { language } = useT();
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    // The locale is fixed when a chart is created, so a language switch recreates it.
    const chart = init(element.current, undefined, {
      renderer: 'svg',
      locale: language === 'nl' ? 'NL' : 'EN',
    });
    chart.setOption({
      ...option,
      aria: { enabled: true, label: { description }, decal: { show: true } },
    });
    if (onSelect) chart.on('click', (event) => onSelect(String(event.name)));
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option, description, language, onSelect]);
  return <div ref={element} className="ggm-chart" style={{ height }} />;
}
