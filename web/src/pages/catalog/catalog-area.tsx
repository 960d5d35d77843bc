// /catalogus: search and filter the silver and gold tables; /catalogus/:tabel: one table.
import { Route, Routes } from 'react-router';
import './catalog.css';
import { CatalogList } from './catalog-list.js';
import { TablePage } from './table-page.js';

export default function CatalogArea() {
  return (
    <Routes>
      <Route index element={<CatalogList />} />
      <Route path=":tabel" element={<TablePage />} />
    </Routes>
  );
}
