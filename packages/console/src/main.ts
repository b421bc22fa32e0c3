// The entry of the static site's script: registers every element; index.html holds
// <temadag-console>.
import './define.js';
