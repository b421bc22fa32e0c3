/** The inquiry form's chunk of the script-tag build: registers `<temadag-inquiry>`. */
import { TemadagInquiry } from './inquiry/inquiry.js';

if (!customElements.get('temadag-inquiry'))
  customElements.define('temadag-inquiry', TemadagInquiry);
