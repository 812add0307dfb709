// Optional: show the ticket number the endpoint answered with. The form works without this file.
import { ticketNumber } from '../shared/receipt.js';

const form = document.querySelector('sf-form');
const receipt = document.querySelector('#receipt');

form.addEventListener('sf-submitted', async (event) => {
  receipt.textContent = `Recebido: ${await ticketNumber(event.detail)}`;
});
