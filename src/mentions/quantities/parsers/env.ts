/** What every parser step receives besides the text: the compiled language and the floor no look-back may cross. */
import type { CompiledLanguage } from '../_compile.js';

export interface Env {
  L: CompiledLanguage;
  /** End of the previous quantity: look-backs stop here so that two quantities never share a word. */
  floor: number;
}
