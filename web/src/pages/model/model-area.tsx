// The Model area (/model/*): search and the package tree, class pages, diagrams, release difference.
import { NavLink, Route, Routes } from 'react-router';
import { useT } from '../../i18n/language.js';
import { ClassPage } from './class-page.js';
import { DiagramList } from './diagram-list.js';
import { DiagramPage } from './diagram-page.js';
import { DiffPage } from './diff-page.js';
import { ModelHome } from './model-home.js';
import { useModelTexts } from './model-texts.js';
import './model.css';

export default function ModelArea() {
  const tx = useModelTexts();
  const { t } = useT();
  const link = ({ isActive }: { isActive: boolean }) =>
    `utrecht-link ggm-model-subnav__link${isActive ? ' ggm-model-subnav__link--current' : ''}`;
  return (
    <>
      <nav className="ggm-model-subnav" aria-label={tx('subnav')}>
        <ul>
          <li>
            <NavLink to="/model" end className={link}>
              {tx('home')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/model/diagrammen" end className={link}>
              {tx('diagrams')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/model/verschil" className={link}>
              {tx('diff')}
            </NavLink>
          </li>
        </ul>
      </nav>
      <Routes>
        <Route index element={<ModelHome />} />
        <Route path="klassen/:naam" element={<ClassPage />} />
        <Route path="diagrammen" element={<DiagramList />} />
        <Route path="diagrammen/:id" element={<DiagramPage />} />
        <Route path="verschil" element={<DiffPage />} />
        <Route path="*" element={<p className="utrecht-paragraph">{t('common.notFound')}</p>} />
      </Routes>
    </>
  );
}
