import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import { CAMPS } from '../../data/camps';
import { useCurrentLocale } from '../useCurrentLocale';
import { STANCE_ORDER, rowId, stanceLabel, supportLabel } from './labels';
import styles from './map.module.css';

/**
 * The compact camp map for the overview: the same camp data, laid out by stance from
 * "a wall" to "continues", each camp linked to its row in the full table.
 */
export default function CampMap() {
  const locale = useCurrentLocale();
  return (
    <nav className={styles.map} aria-labelledby="camp-map-title">
      <p id="camp-map-title" className={styles.title}>
        <Translate id="campMap.title">The camps, from “a wall” to “scaling continues”</Translate>
      </p>
      <ol className={styles.columns}>
        {STANCE_ORDER.map((stance) => (
          <li key={stance} className={styles.column} data-stance={stance}>
            <span className={styles.stance}>{stanceLabel(stance)}</span>
            <ul className={styles.camps}>
              {CAMPS.filter((c) => c.stance === stance).map((c) => (
                <li key={c.id}>
                  <Link to={`/camps/#${rowId(c)}`} className={styles.camp} data-support={c.support}>
                    <span className={styles.name}>{c.name[locale]}</span>
                    <span className={styles.gain}>{c.nextGains[locale]}</span>
                    <span className={styles.support}>{supportLabel(c.support)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </nav>
  );
}
