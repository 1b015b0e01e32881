import React, { useEffect, useId, useMemo, useRef, useState } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { CAMPS } from '../../data/camps';
import type { Camp, Stance } from '../../data/camps.types';
import { useCurrentLocale } from '../useCurrentLocale';
import CopyLink from '../CopyLink';
import { DIMENSIONS, STANCE_ORDER, cellId, dimensionLabel, rowId, stanceLabel, supportLabel } from './labels';
import { filterCamps, sortCamps, type SortDir, type SortKey } from './sort';
import styles from './styles.module.css';

export interface CampTableProps {
  /** Camp ids to show, in data order; all camps when absent. */
  readonly only?: readonly string[];
}

function SortButton({ label, active, dir, onClick }: { label: string; active: boolean; dir: SortDir; onClick: () => void }) {
  return (
    <button type="button" className={styles.sort} onClick={onClick}>
      {label}
      <span aria-hidden="true" className={styles.arrow}>{active ? (dir === 'ascending' ? '▲' : '▼') : '↕'}</span>
    </button>
  );
}

/**
 * The camp comparison: every camp against the same dimensions, from typed data. A real
 * table for screen readers (explicit roles keep the semantics when CSS turns rows into
 * cards on a phone); sortable and filterable; every row and cell answers to `#id`.
 */
export default function CampTable({ only }: CampTableProps) {
  const locale = useCurrentLocale();
  const brokenLinks = useBrokenLinks();
  const camps = useMemo(() => {
    if (!only) return CAMPS;
    const unknown = only.filter((id) => !CAMPS.some((c) => c.id === id));
    if (unknown.length) throw new Error(`<CampTable only>: unknown camp id(s) ${unknown.join(', ')} (see src/data/camps.ts)`);
    return CAMPS.filter((c) => only.includes(c.id));
  }, [only]);
  for (const c of camps) {
    brokenLinks.collectAnchor(rowId(c));
    for (const d of [...DIMENSIONS, 'claim', 'support']) brokenLinks.collectAnchor(cellId(c, d));
  }
  const [key, setKey] = useState<SortKey>('order');
  const [dir, setDir] = useState<SortDir>('ascending');
  const [query, setQuery] = useState('');
  const [stance, setStance] = useState<Stance | 'all'>('all');
  const captionId = useId();
  const tableRef = useRef<HTMLTableElement>(null);
  useTableRolesInCardMode(tableRef);
  const rows = sortCamps(filterCamps(camps, query, stance, locale), key, dir, locale);
  const sortBy = (k: SortKey) => {
    if (k === key) setDir(dir === 'ascending' ? 'descending' : 'ascending');
    else {
      setKey(k);
      setDir('ascending');
    }
  };
  const ariaSort = (k: SortKey) => (key === k ? dir : 'none');

  return (
    <div className={styles.wrap}>
      <div className={styles.controls}>
        <label className={styles.control}>
          <span><Translate id="camps.filter">Filter</Translate></span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={translate({ id: 'camps.filter.placeholder', message: 'e.g. data, RL, power' })} />
        </label>
        <label className={styles.control}>
          <span><Translate id="camps.col.stance">Stance</Translate></span>
          <select value={stance} onChange={(e) => setStance(e.target.value as Stance | 'all')}>
            <option value="all">{translate({ id: 'camps.stance.all', message: 'All stances' })}</option>
            {STANCE_ORDER.map((s) => <option key={s} value={s}>{stanceLabel(s)}</option>)}
          </select>
        </label>
        <span className={styles.count} aria-live="polite">
          {translate({ id: 'camps.count', message: '{n} of {total} camps' }).replace('{n}', String(rows.length)).replace('{total}', String(camps.length))}
        </span>
      </div>
      <table ref={tableRef} className={styles.table} aria-labelledby={captionId}>
        <caption id={captionId} className={styles.caption}>
          <Translate id="camps.caption">Who says what about scaling, on the same dimensions</Translate>
        </caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={ariaSort('name')}>
              <SortButton label={dimensionLabel('camp')} active={key === 'name'} dir={dir} onClick={() => sortBy('name')} />
            </th>
            <th scope="col" aria-sort={ariaSort('stance')}>
              <SortButton label={dimensionLabel('stance')} active={key === 'stance'} dir={dir} onClick={() => sortBy('stance')} />
            </th>
            {DIMENSIONS.map((d) => <th key={d} scope="col">{dimensionLabel(d)}</th>)}
            <th scope="col">{dimensionLabel('claim')}</th>
            <th scope="col" aria-sort={ariaSort('support')}>
              <SortButton label={dimensionLabel('support')} active={key === 'support'} dir={dir} onClick={() => sortBy('support')} />
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => <CampRow key={c.id} camp={c} />)}
        </tbody>
      </table>
      {rows.length === 0 && <p className={styles.empty}><Translate id="camps.none">No camp matches this filter.</Translate></p>}
    </div>
  );
}

const CARD_MODE = '(max-width: 996px)';
const ROLES: readonly [string, string][] = [['table', 'table'], ['thead, tbody', 'rowgroup'], ['tr', 'row'], ['thead th', 'columnheader'], ['tbody th', 'rowheader'], ['td', 'cell']];

/**
 * On narrow screens the CSS turns rows into cards (display: block), and some browsers
 * (Safari) then stop exposing the table to screen readers. Restore the semantics with
 * explicit roles only while in card mode: the static HTML stays a plain, valid table.
 */
function useTableRolesInCardMode(ref: React.RefObject<HTMLTableElement | null>) {
  useEffect(() => {
    const table = ref.current;
    if (!table || typeof window.matchMedia !== 'function') return undefined;
    const mq = window.matchMedia(CARD_MODE);
    const apply = () => {
      for (const [selector, role] of ROLES) {
        const els = selector === 'table' ? [table] : Array.from(table.querySelectorAll(selector));
        for (const el of els) {
          if (mq.matches) el.setAttribute('role', role);
          else el.removeAttribute('role');
        }
      }
    };
    apply();
    mq.addEventListener('change', apply);
    return () => mq.removeEventListener('change', apply);
  });
}

function CampRow({ camp }: { camp: Camp }) {
  const locale = useCurrentLocale();
  const rowLabel = translate({ id: 'camps.rowLabel', message: 'camp {name}' }).replace('{name}', camp.name[locale]);
  return (
    <tr id={rowId(camp)} className={styles.row} data-stance={camp.stance}>
      <th scope="row" className={styles.name}>
        <span className={styles.nameText}>{camp.name[locale]}</span>
        <span className={styles.members}>{camp.members[locale]}</span>
        <CopyLink target={rowId(camp)} label={rowLabel} />
      </th>
      <td data-label={dimensionLabel('stance')}>
        <span className={styles.stance} data-stance={camp.stance}>{stanceLabel(camp.stance)}</span>
      </td>
      {DIMENSIONS.map((d) => (
        <td key={d} id={cellId(camp, d)} data-label={dimensionLabel(d)}>{camp[d][locale]}</td>
      ))}
      <td id={cellId(camp, 'claim')} data-label={dimensionLabel('claim')}>
        <Link to={`/${camp.page}#${camp.representativeClaim}`} className={styles.claimLink}>{camp.representativeClaim}</Link>
      </td>
      <td id={cellId(camp, 'support')} data-label={dimensionLabel('support')}>
        <span className={styles.support} data-support={camp.support}>{supportLabel(camp.support)}</span>
        <span className={styles.supportNote}>{camp.supportNote[locale]}</span>
      </td>
    </tr>
  );
}
