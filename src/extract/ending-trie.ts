// Which of a list of lower-case endings a word ends in, found by walking it backwards
// once over a trie kept flat in typed arrays. Role heads ("…präsident") and personnel
// nouns ("…soldaten") are tested against every capitalised token: a few array reads
// answer "no" for nearly all of them, where slicing and hashing each candidate suffix
// cost more than the rest of those rules together.

/** Code units below this have their lower case in a table; the rest are lower-cased on demand. */
const TABLE_END = 0x250;
const LOWER = Int32Array.from({ length: TABLE_END }, (_, c) => lowerOf(c));

/** What toLowerCase makes of one code unit, or -1 when that is more than one unit ("İ"). */
function lowerOf(c: number): number {
  const s = String.fromCharCode(c).toLowerCase();
  return s.length === 1 ? s.charCodeAt(0) : -1;
}

const lower = (c: number): number => (c < TABLE_END ? LOWER[c]! : lowerOf(c));

export class EndingTrie {
  /** Lower-case code unit → its letter number in the trie (0: in no ending). */
  private readonly letters = new Map<number, number>();
  /** letter of each code unit below TABLE_END once lower-cased: one read for the common case. */
  private readonly tableLetters = new Uint8Array(TABLE_END);
  private readonly stride: number;
  /** Child of node n by letter l at n * stride + l; 0 is "none" (the root is no one's child). */
  private next: Int32Array;
  /** 1 where a whole ending has been read. */
  private readonly complete: number[] = [0];

  /** `endings` in lower case. */
  constructor(endings: Iterable<string>) {
    const list = [...endings];
    for (const ending of list) {
      for (let i = 0; i < ending.length; i++) {
        const c = ending.charCodeAt(i);
        if (!this.letters.has(c)) this.letters.set(c, this.letters.size + 1);
      }
    }
    this.stride = this.letters.size + 1;
    for (let c = 0; c < TABLE_END; c++) this.tableLetters[c] = this.letters.get(LOWER[c]!) ?? 0;
    this.next = new Int32Array(64 * this.stride);
    for (const ending of list) this.add(ending);
  }

  private add(ending: string): void {
    let node = 0;
    for (let i = ending.length - 1; i >= 0; i--) {
      const at = node * this.stride + this.letters.get(ending.charCodeAt(i))!;
      if (this.next[at] === 0) {
        if ((this.complete.length + 1) * this.stride > this.next.length) {
          const grown = new Int32Array(this.next.length * 2);
          grown.set(this.next);
          this.next = grown;
        }
        this.next[at] = this.complete.length;
        this.complete.push(0);
      }
      node = this.next[at]!;
    }
    this.complete[node] = 1;
  }

  /** The letter of code unit c once lower-cased: 0 in no ending, -1 when lower-casing makes more than one unit. */
  private letterOf(c: number): number {
    if (c < TABLE_END) return LOWER[c] === -1 ? -1 : this.tableLetters[c]!;
    const l = lowerOf(c);
    return l === -1 ? -1 : this.letters.get(l) ?? 0;
  }

  /**
   * Whether text[start, end), lower-cased, ends in one of the endings. A code unit whose
   * lower case is longer than one unit answers true: the caller's full test decides.
   */
  endsIn(text: string, start: number, end: number): boolean {
    let node = 0;
    for (let i = end - 1; i >= start; i--) {
      const letter = this.letterOf(text.charCodeAt(i));
      if (letter === -1) return true;
      if (letter === 0) return false;
      node = this.next[node * this.stride + letter]!;
      if (node === 0) return false;
      if (this.complete[node] === 1) return true;
    }
    return false;
  }

  /**
   * The start of the longest ending that ends at `end` in lower-case `text` and that
   * `accept` allows (it is given that start), or -1.
   */
  longestEndingAt(text: string, end: number, accept: (start: number) => boolean): number {
    let best = -1;
    let node = 0;
    for (let i = end - 1; i >= 0; i--) {
      const letter = this.letters.get(lower(text.charCodeAt(i))) ?? 0;
      if (letter === 0) break;
      node = this.next[node * this.stride + letter]!;
      if (node === 0) break;
      if (this.complete[node] === 1 && accept(i)) best = i;
    }
    return best;
  }
}
