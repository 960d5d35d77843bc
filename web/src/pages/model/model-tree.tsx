// The model as a tree (WAI-ARIA tree pattern): domains → packages → subpackages, diagrams and classes.
// One item is in the tab order at a time (roving tabindex); the arrow keys move, open and close, Enter
// opens a class or diagram. A package's children load when it is first opened, classes 50 at a time.
import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import {
  classPath,
  diagramPath,
  modelApi,
  type ClassItem,
  type PackageDetail,
  type PackageSummary,
} from './model-api.js';
import { useModelTexts } from './model-texts.js';

interface Loaded {
  detail: PackageDetail;
  classes: ClassItem[];
  total: number;
  nextPage: number;
}

/** One visible row of the tree, in reading order. */
interface Row {
  key: string;
  parent?: string;
  kind: 'package' | 'class' | 'diagram' | 'more';
  id: string;
}

export function ModelTree({ domains }: { domains: PackageSummary[] }) {
  const tx = useModelTexts();
  const navigate = useNavigate();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [loaded, setLoaded] = useState<ReadonlyMap<string, Loaded>>(new Map());
  const [loading, setLoading] = useState<ReadonlySet<string>>(new Set());
  const [focused, setFocused] = useState<string>(domains[0] ? `p:${domains[0].id}` : '');
  const items = useRef(new Map<string, HTMLSpanElement>());
  const moveFocus = useRef(false);

  const loadMore = useCallback(async (id: string, current?: Loaded) => {
    setLoading((s) => new Set(s).add(id));
    try {
      const [detail, page] = await Promise.all([
        current ? Promise.resolve(current.detail) : modelApi.package(id),
        modelApi.packageClasses(id, current?.nextPage ?? 1),
      ]);
      setLoaded((m) =>
        new Map(m).set(id, {
          detail,
          classes: [...(current?.classes ?? []), ...page._embedded.klassen],
          total: page.page.totalElements,
          nextPage: page.page.number + 1,
        }),
      );
    } finally {
      setLoading((s) => {
        const next = new Set(s);
        next.delete(id);
        return next;
      });
    }
  }, []);

  const toggle = (id: string, open: boolean) => {
    setExpanded((s) => {
      const next = new Set(s);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
    if (open && !loaded.has(id) && !loading.has(id)) void loadMore(id);
  };

  // The visible rows in order, for the arrow keys.
  const rows: Row[] = [];
  const walk = (pkgs: PackageSummary[], parent?: string) => {
    for (const p of pkgs) {
      const key = `p:${p.id}`;
      rows.push({ key, kind: 'package', id: p.id, ...(parent ? { parent } : {}) });
      const l = loaded.get(p.id);
      if (!expanded.has(p.id) || !l) continue;
      walk(l.detail.subpakketten, key);
      for (const d of l.detail.diagrammen)
        rows.push({ key: `d:${d.id}`, parent: key, kind: 'diagram', id: d.id });
      for (const c of l.classes) rows.push({ key: `c:${c.naam}`, parent: key, kind: 'class', id: c.naam });
      if (l.classes.length < l.total) rows.push({ key: `m:${p.id}`, parent: key, kind: 'more', id: p.id });
    }
  };
  walk(domains);

  useLayoutEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    items.current.get(focused)?.focus();
  }, [focused, rows.length]);

  const activate = (row: Row) => {
    if (row.kind === 'package') toggle(row.id, !expanded.has(row.id));
    else if (row.kind === 'class') void navigate(classPath(row.id));
    else if (row.kind === 'diagram') void navigate(diagramPath(row.id));
    else void loadMore(row.id, loaded.get(row.id));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const at = rows.findIndex((r) => r.key === focused);
    const row = rows[at];
    if (!row) return;
    const go = (target: Row | undefined) => {
      if (!target) return;
      moveFocus.current = true;
      setFocused(target.key);
    };
    switch (event.key) {
      case 'ArrowDown':
        go(rows[at + 1]);
        break;
      case 'ArrowUp':
        go(rows[at - 1]);
        break;
      case 'Home':
        go(rows[0]);
        break;
      case 'End':
        go(rows[rows.length - 1]);
        break;
      case 'ArrowRight':
        if (row.kind !== 'package') return;
        if (!expanded.has(row.id)) toggle(row.id, true);
        else if (rows[at + 1]?.parent === row.key) go(rows[at + 1]);
        break;
      case 'ArrowLeft':
        if (row.kind === 'package' && expanded.has(row.id)) toggle(row.id, false);
        else go(rows.find((r) => r.key === row.parent));
        break;
      case 'Enter':
      case ' ':
        activate(row);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  // The treeitem is the label only; its children's group is a sibling it owns (aria-owns), so an
  // item's name is its own text, not its whole open subtree (APG navigation treeview).
  const itemProps = (row: Row, level: number, setsize: number, posinset: number) => ({
    role: 'treeitem',
    'aria-level': level,
    'aria-setsize': setsize,
    'aria-posinset': posinset,
    tabIndex: focused === row.key ? 0 : -1,
    ref: (el: HTMLSpanElement | null) => {
      if (el) items.current.set(row.key, el);
      else items.current.delete(row.key);
    },
    onClick: () => {
      setFocused(row.key);
      activate(row);
    },
    onFocus: () => setFocused(row.key),
  });

  const renderPackages = (pkgs: PackageSummary[], level: number, parent?: string) =>
    pkgs.map((p, i) => {
      const l = loaded.get(p.id);
      const open = expanded.has(p.id);
      const key = `p:${p.id}`;
      const groupId = `ggm-tree-groep-${p.id}`;
      const children: { row: Row; label: string; className: string }[] = [];
      if (open && l) {
        for (const d of l.detail.diagrammen)
          children.push({
            row: { key: `d:${d.id}`, parent: key, kind: 'diagram', id: d.id },
            label: tx('diagramItem', { name: d.naam }),
            className: 'ggm-tree__leaf ggm-tree__leaf--diagram',
          });
        for (const c of l.classes)
          children.push({
            row: { key: `c:${c.naam}`, parent: key, kind: 'class', id: c.naam },
            label: tx('classItem', { name: c.naam }),
            className: 'ggm-tree__leaf ggm-tree__leaf--class',
          });
        if (l.classes.length < l.total)
          children.push({
            row: { key: `m:${p.id}`, parent: key, kind: 'more', id: p.id },
            label: tx('moreClasses', { shown: l.classes.length, total: l.total }),
            className: 'ggm-tree__leaf ggm-tree__leaf--more',
          });
      }
      const setsize = (l?.detail.subpakketten.length ?? 0) + children.length;
      const expandable = p.aantalSubpakketten + p.aantalKlassen + p.aantalDiagrammen > 0;
      return (
        <li key={key} role="none">
          <span
            {...itemProps(
              { key, kind: 'package', id: p.id, ...(parent ? { parent } : {}) },
              level,
              pkgs.length,
              i + 1,
            )}
            className="ggm-tree__label ggm-tree__label--package"
            aria-expanded={expandable ? open : undefined}
            aria-owns={open && l ? groupId : undefined}
            aria-busy={loading.has(p.id) || undefined}
          >
            <span aria-hidden="true" className="ggm-tree__toggle">
              {open ? '▾' : '▸'}
            </span>
            {p.naam}
            {p.aantalKlassen > 0 && (
              <span className="ggm-tree__count"> ({tx('classesCount', { count: p.aantalKlassen })})</span>
            )}
          </span>
          {open && l && (
            <ul role="group" id={groupId} className="ggm-tree__group" aria-label={p.naam}>
              {renderPackages(l.detail.subpakketten, level + 1, key)}
              {children.map((c, j) => (
                <li key={c.row.key} role="none">
                  <span
                    {...itemProps(c.row, level + 1, setsize, l.detail.subpakketten.length + j + 1)}
                    className={`ggm-tree__label ${c.className}`}
                  >
                    {c.label}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </li>
      );
    });

  return (
    <>
      <p className="utrecht-paragraph" id="ggm-model-tree-help">
        {tx('treeHelp')}
      </p>
      <ul
        role="tree"
        className="ggm-tree"
        aria-label={tx('treeLabel')}
        aria-describedby="ggm-model-tree-help"
        onKeyDown={onKeyDown}
      >
        {renderPackages(domains, 1)}
      </ul>
    </>
  );
}
