import { render } from 'preact';
import { PopupApp, type Section } from '../../components/popup/PopupApp';
import { openDb } from '../../lib/db';
import { broadcastClaimChanges } from '../../lib/messages/claims-changed';
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
