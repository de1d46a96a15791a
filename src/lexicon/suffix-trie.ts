// Which listed words a string ends in, found by walking it backwards once: the role
// heads ("…präsident", "…sprecher") are tested against every new capitalised word, and
// trying each head length with a slice and a hash probe cost more than the rest of the
// role logic together.

interface TrieNode {
  children: Map<string, TrieNode>;
  /** A listed word ends here (read backwards, it starts here). */
  terminal: boolean;
}

const node = (): TrieNode => ({ children: new Map(), terminal: false });

export class SuffixTrie {
  private readonly root = node();

  constructor(words: Iterable<string>) {
    for (const word of words) this.add(word);
  }

  private add(word: string): void {
    let at = this.root;
    for (let i = word.length - 1; i >= 0; i--) {
      let next = at.children.get(word[i]!);
      if (!next) at.children.set(word[i]!, (next = node()));
      at = next;
    }
    at.terminal = true;
  }

  /**
   * The start of the longest listed word that ends at `end` in `text` and that `accept`
   * allows (it is given that start), or -1.
   */
  longestEndingAt(text: string, end: number, accept: (start: number) => boolean): number {
    let best = -1;
    let at: TrieNode | undefined = this.root;
    for (let i = end - 1; i >= 0; i--) {
      at = at.children.get(text[i]!);
      if (!at) break;
      if (at.terminal && accept(i)) best = i;
    }
    return best;
  }
}
