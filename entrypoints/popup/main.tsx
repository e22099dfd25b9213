import { render } from 'preact';
import { PopupApp, type Section } from '../../components/PopupApp';
import { broadcastClaimChanges } from '../../lib/claims-changed';
import { openDb } from '../../lib/db';
import './popup.css';

const SECTIONS: readonly Section[] = ['page', 'claims', 'io', 'settings'];
const asked = location.hash.slice(1) as Section;
const app = document.getElementById('app');
// Edits made here show at once in the popovers open in tabs.
broadcastClaimChanges();
// Opened from the toolbar the page has no hash; "open Claimline in a tab" links to popup.html#io.
if (app)
  render(
    <PopupApp
      db={openDb()}
      initialSection={SECTIONS.includes(asked) ? asked : 'page'}
      inPopup={location.hash === ''}
    />,
    app,
  );
