import { css } from 'lit';

/** The shell: a DKFDS-like header with the navigation, then the page. */
export const shellStyles = css`
  /* The console is a page of its own: it sets the font the widget otherwise takes from its host
     page (a system stack: no font files, no third-party requests). */
  :host {
    --temadag-font-family:
      system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  }
  header {
    border-bottom: 1px solid var(--_rule);
    background: var(--_surface);
  }
  .bar,
  main {
    max-width: 72rem;
    margin: 0 auto;
    padding: calc(var(--_space) * 2);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 3);
    align-items: center;
    justify-content: space-between;
  }
  .brand {
    font-weight: 700;
    font-size: 1.25em;
    color: var(--_text);
    text-decoration: none;
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  nav a {
    display: inline-block;
    padding: calc(var(--_space) / 2) 0;
  }
  nav a[aria-current='page'] {
    font-weight: 700;
    text-decoration-thickness: 3px;
  }
  .account {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  main:focus {
    outline: none;
  }
`;
