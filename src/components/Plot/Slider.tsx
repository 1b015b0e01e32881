import React, { type ReactNode } from 'react';
import styles from './styles.module.css';

export interface SliderProps {
  readonly label: ReactNode;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly value: number;
  readonly onChange: (value: number) => void;
  /** What the value means, read out by screen readers and shown beside the slider. */
  readonly readout: string;
}

/** A plot's labelled range control with its live readout. */
export default function Slider({ label, min, max, step, value, onChange, readout }: SliderProps) {
  return (
    <label className={styles.slider}>
      <span>{label}</span>
      <input type="range" min={min} max={max} step={step} value={value} onChange={(e) => onChange(Number(e.target.value))} aria-valuetext={readout} />
      <span className={styles.readout}>{readout}</span>
    </label>
  );
}
