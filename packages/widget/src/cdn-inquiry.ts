/**
 * The inquiry form's chunk of the script-tag build: registers `<temadag-inquiry>`. The form's
 * words come in a file per language (see src/cdn-words.ts), which the form waits for.
 */
import { useWordFiles } from './cdn-words.js';
import { TemadagInquiry } from './inquiry/inquiry.js';

useWordFiles();
if (!customElements.get('temadag-inquiry'))
  customElements.define('temadag-inquiry', TemadagInquiry);
