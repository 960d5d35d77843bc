// /herkomst: choose a column; /herkomst/:kolom (or ?kolom=): its lineage graph and list;
// /herkomst/bron:<naam>: a source and the files loaded from it, where lineage ends upstream.
import { Route, Routes, useParams, useSearchParams } from 'react-router';
import './lineage.css';
import { LineagePage } from './lineage-page.js';

function FromPath() {
  const { kolom = '' } = useParams();
  return <LineagePage column={kolom} />;
}

function FromQuery() {
  const [params] = useSearchParams();
  return <LineagePage column={params.get('kolom') ?? ''} />;
}

export default function LineageArea() {
  return (
    <Routes>
      <Route index element={<FromQuery />} />
      <Route path=":kolom" element={<FromPath />} />
    </Routes>
  );
}
