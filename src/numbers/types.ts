/**
 * A number phrase found in German text. `value` is the figure as stated (null for
 * vague plurals and ranges); `min`/`max` bound it, null where open ("mehr als
 * 100.000": min 100001, max null; "bis zu 8500": min null, max 8500).
 */
export interface Quantity {
  value: number | null;
  min: number | null;
  max: number | null;
  approx: boolean;
  start: number;
  end: number;
  text: string;
  /** The named rules that read it, joined by '+': evidence for tests and debugging. */
  rule: string;
}
