import { mount } from 'svelte';
import './app.css';
import './print.css';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
// Compiling and running the modules is one long task on a phone, and mounting the page another: a timer between
// them lets the browser take input and paint in between, so that neither blocks it for as long as both would.
// (A timer, not a top-level await: with one, the bundler moves every shared module out of the entry chunk.)
setTimeout(() => mount(App, { target }), 0);
