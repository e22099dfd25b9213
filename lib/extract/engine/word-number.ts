/** A number read from words: its value, the token after it, its scale word and the base before the scale. */
export interface WordNumber {
  end: number;
  value: number;
  scale: number;
  base: number;
}
