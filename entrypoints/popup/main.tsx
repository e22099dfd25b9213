import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { openDb } from '../../lib/db';
import './popup.css';

const app = document.getElementById('app');
if (app) render(<PopupApp db={openDb()} />, app);
