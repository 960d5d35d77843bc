// /dashboards: the list of gold metrics; /dashboards/:metric: one metric's time series, breakdown
// (or, for the zorgpad flows, the flow diagram), definition and CSV download.
import { Route, Routes } from 'react-router';
import './dashboards.css';
import { MetricList } from './metric-list.js';
import { MetricPage } from './metric-page.js';

export default function DashboardsArea() {
  return (
    <Routes>
      <Route index element={<MetricList />} />
      <Route path=":metric" element={<MetricPage />} />
    </Routes>
  );
}
